import type { ClvInputs } from '../domain/clv';

/** What the scores and the churn loop are tuned with; README "Analytics scores" lists the variables. */
export interface ScoreSettings {
  clv: ClvInputs;
  /** The churn-risk score at which a customer is announced at risk, 0 < t ≤ 1. */
  churnRiskThreshold: number;
  /** Days after a lead's conversion its campaign is credited with the customer's payments. */
  attributionWindowDays: number;
}

function decimalSetting(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: string,
  accept: (value: number) => boolean,
  rule: string,
): string {
  const raw = env[name]?.trim() || fallback;
  if (!/^\d+(\.\d+)?$/.test(raw) || !accept(Number(raw)))
    throw new Error(`${name}: must be ${rule} (got "${raw}")`);
  return raw;
}

/** Reads the settings once at start; a bad value stops the start with what to fix. */
export function scoreSettings(env: NodeJS.ProcessEnv): ScoreSettings {
  const share = (value: number) => value > 0 && value <= 1;
  return {
    clv: {
      marginShare: decimalSetting(env, 'ANALYTICS_CLV_MARGIN_SHARE', '0.3', share, 'a decimal in (0, 1]'),
      retention: decimalSetting(
        env,
        'ANALYTICS_CLV_RETENTION',
        '0.8',
        (v) => v >= 0 && v < 1,
        'a decimal in [0, 1)',
      ),
      discountRate: decimalSetting(env, 'ANALYTICS_CLV_DISCOUNT_RATE', '0.1', (v) => v >= 0, 'a decimal ≥ 0'),
    },
    churnRiskThreshold: Number(
      decimalSetting(env, 'ANALYTICS_CHURN_RISK_THRESHOLD', '0.7', share, 'a decimal in (0, 1]'),
    ),
    attributionWindowDays: Number(
      decimalSetting(
        env,
        'ANALYTICS_ATTRIBUTION_WINDOW_DAYS',
        '365',
        (v) => Number.isInteger(v) && v > 0,
        'a whole number of days > 0',
      ),
    ),
  };
}
