import { badUserInput } from '@crm/errors';
import { assertTransition, type CampaignStatus } from './campaign-status';

/** What the lifecycle rules read of a campaign. */
export interface CampaignDates {
  status: CampaignStatus;
  startsOn: string | null;
  endsOn: string | null;
}

const FINAL: readonly CampaignStatus[] = ['COMPLETED', 'CANCELLED'];

/** The calendar day of an instant in UTC (campaign dates are UTC days), e.g. 2026-12-03. */
export const dayOf = (now: Date): string => now.toISOString().slice(0, 10);

export function isFinal(status: CampaignStatus): boolean {
  return FINAL.includes(status);
}

/** A completed or cancelled campaign is history: its plan no longer changes. */
export function assertEditable(status: CampaignStatus, field: string): void {
  if (isFinal(status)) throw badUserInput(field, `a ${status} campaign can no longer be changed`);
}

/** DRAFT → SCHEDULED needs a start date for the calendar job to act on. */
export function assertSchedulable(campaign: CampaignDates, field: string): void {
  assertTransition(campaign.status, 'SCHEDULED', field);
  if (campaign.startsOn === null)
    throw badUserInput(field, 'a campaign needs startsOn to be scheduled; set it with updateCampaign first');
}

/** A scheduled campaign keeps a start date (the calendar job starts it on that day). */
export function assertKeepsStart(status: CampaignStatus, startsOn: string | null, field: string): void {
  if (startsOn === null && status === 'SCHEDULED')
    throw badUserInput(field, 'a SCHEDULED campaign needs startsOn; cancel it instead of clearing the date');
}

/** SCHEDULED and its start day has come (by the marketing clock). */
export function isDueToStart(campaign: CampaignDates, today: string): boolean {
  return campaign.status === 'SCHEDULED' && campaign.startsOn !== null && campaign.startsOn <= today;
}

/** ACTIVE and its last day is over. */
export function isDueToComplete(campaign: CampaignDates, today: string): boolean {
  return campaign.status === 'ACTIVE' && campaign.endsOn !== null && campaign.endsOn < today;
}

/** Members are contacted and answer once a campaign is planned, and answers still arrive after it ends. */
export function assertReachable(status: CampaignStatus, field: string): void {
  if (status === 'DRAFT' || status === 'CANCELLED')
    throw badUserInput(field, `a ${status} campaign reaches nobody; schedule it first`);
}

export function parseCancellationReason(reason: string, field: string): string {
  const trimmed = reason.trim();
  if (trimmed.length < 1 || trimmed.length > 500)
    throw badUserInput(field, `must be 1 to 500 characters (got ${trimmed.length})`);
  return trimmed;
}
