import type { ReportQuery } from '../report-definition';

/**
 * Which roll-ups answer a period's own months or days: whole months bucketed by month or coarser
 * read month tables; any other period (days, weeks, months cut short) reads day tables, and what
 * came before its first month reads months.
 */
export function rollupResolutionOf(period: ReportQuery['period']): 'month' | 'day' {
  const coarse = ['MONTH', 'QUARTER', 'YEAR'].includes(period.granularity);
  return coarse && isWholeMonths(period) ? 'month' : 'day';
}

function isWholeMonths(period: ReportQuery['period']): boolean {
  const dayAfter = new Date(Date.parse(`${period.to}T00:00:00.000Z`) + 86_400_000);
  return period.from.endsWith('-01') && dayAfter.getUTCDate() === 1;
}
