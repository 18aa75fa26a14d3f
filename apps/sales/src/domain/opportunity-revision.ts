import type { OpportunityStage } from './opportunity-stage';

/** The fields of a deal that opportunity.updated reports as changed. */
export const DEAL_DETAIL_FIELDS = [
  'name',
  'amount',
  'currency',
  'probability',
  'expectedCloseDate',
  'ownerId',
  'competitors',
] as const;

export type DealDetailField = (typeof DEAL_DETAIL_FIELDS)[number];

export interface DealSnapshot {
  stage: OpportunityStage;
  probability: number;
  amount: string;
  currency: string;
}

type DealDetails = DealSnapshot & Record<DealDetailField, unknown>;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The detail fields that differ between two versions of a deal, in catalogue order. */
export function changedDealFields(before: DealDetails, after: DealDetails): DealDetailField[] {
  return DEAL_DETAIL_FIELDS.filter((field) => !same(before[field], after[field]));
}

/** Whether the values a forecast replays (stage, probability, amount) moved: then history gets a line. */
export function snapshotMoved(before: DealSnapshot, after: DealSnapshot): boolean {
  return (['stage', 'probability', 'amount', 'currency'] as const).some(
    (field) => after[field] !== before[field],
  );
}
