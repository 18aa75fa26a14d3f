import { errors, jwtVerify, SignJWT } from 'jose';
import type { Caller } from '@crm/auth';
import type { ReportName } from '../../generated/resolvers-types';
import type { ReportQuery } from '../report-definition';
import { isReportName } from '../report-registry';
import type { ExportSettings } from './export-settings';

/** What a download link carries: which report, for which period and filter, and who asked. */
export interface ReportLinkClaims {
  report: ReportName;
  period: ReportQuery['period'];
  filter: ReportQuery['filter'];
  caller: Caller;
}

const ALGORITHM = 'HS256';
const AUDIENCE = 'crm-analytics-report-export';

const seconds = (date: Date) => Math.floor(date.getTime() / 1000);

/** Signs the claims (HMAC-SHA256, jose) for `linkTtlSeconds` from the settings' clock. */
export async function signReportLink(
  claims: ReportLinkClaims,
  settings: ExportSettings,
): Promise<{ token: string; expiresAt: Date }> {
  const issuedAt = seconds(settings.clock.now());
  const expiresAt = new Date((issuedAt + settings.linkTtlSeconds) * 1000);
  const token = await new SignJWT({
    report: claims.report,
    period: claims.period,
    filter: claims.filter,
    caller: claims.caller,
  })
    .setProtectedHeader({ alg: ALGORITHM })
    .setAudience(AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(seconds(expiresAt))
    .sign(settings.linkSecret);
  return { token, expiresAt };
}

/** Why a link is refused: too old (ask for a new one) or not one this service signed. */
export type ReportLinkProblem = 'expired' | 'invalid';

/** The claims of a valid link, or why it is refused (never throws for a bad token). */
export async function verifyReportLink(
  token: string,
  settings: ExportSettings,
): Promise<ReportLinkClaims | ReportLinkProblem> {
  try {
    const { payload } = await jwtVerify(token, settings.linkSecret, {
      algorithms: [ALGORITHM],
      audience: AUDIENCE,
      currentDate: settings.clock.now(),
      requiredClaims: ['exp'],
    });
    const { report, period, filter, caller } = payload as Partial<ReportLinkClaims>;
    if (typeof report !== 'string' || !isReportName(report) || !period || !filter || !caller?.userId) {
      return 'invalid';
    }
    return { report, period, filter, caller };
  } catch (error) {
    if (error instanceof errors.JWTExpired) return 'expired';
    if (error instanceof errors.JOSEError) return 'invalid';
    throw error;
  }
}
