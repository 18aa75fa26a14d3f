import Decimal from 'decimal.js';
import { badUserInput } from '@crm/errors';
import { parseDecimal } from './loyalty-programme';

export interface CampaignBonusWindow {
  pointsMultiplier: string;
  /** ISO dates (UTC), both included. */
  startsOn: string;
  endsOn: string;
}

/**
 * The campaign multiplier for a payment received at `receivedAt`: the highest of the bonuses whose
 * window holds its UTC date (campaigns do not stack), "1" without one.
 */
export function campaignMultiplierAt(bonuses: CampaignBonusWindow[], receivedAt: Date): string {
  const day = receivedAt.toISOString().slice(0, 10);
  return bonuses
    .filter((bonus) => bonus.startsOn <= day && day <= bonus.endsOn)
    .reduce((best, bonus) => Decimal.max(best, bonus.pointsMultiplier), new Decimal(1))
    .toFixed();
}

/** Validates a bonus: a multiplier above 0 (at most 100) and a window that does not end before it starts. */
export function parseCampaignBonus(input: CampaignBonusWindow, path = 'input'): CampaignBonusWindow {
  const pointsMultiplier = parseDecimal(`${path}.pointsMultiplier`, input.pointsMultiplier, {
    min: 0,
    max: 100,
    decimals: 4,
    above: true,
  });
  if (input.endsOn < input.startsOn) {
    throw badUserInput(
      `${path}.endsOn`,
      `must be on or after startsOn ${input.startsOn} (got ${input.endsOn})`,
    );
  }
  return { pointsMultiplier, startsOn: input.startsOn, endsOn: input.endsOn };
}
