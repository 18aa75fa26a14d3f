import Decimal from 'decimal.js';

/**
 * Which campaign earns a payment (issue 14 §5). A lead whose source was a campaign and that was
 * converted to a customer "touches" that customer's payments received from its conversion up to
 * `windowDays` after it. When several of a customer's leads touch a payment, first touch credits
 * the campaign of the lead created first, last touch the one created last.
 */
export type AttributionModel = 'FIRST_TOUCH' | 'LAST_TOUCH';

export interface ConvertedLead {
  leadId: string;
  campaignId: string;
  customerId: string;
  createdAt: Date;
  convertedAt: Date;
}

export interface CustomerPayment {
  customerId: string;
  /** Already in the reporting currency. */
  amount: string;
  receivedAt: Date;
}

const DAY = 86_400_000;

const touches = (lead: ConvertedLead, payment: CustomerPayment, windowDays: number) =>
  lead.customerId === payment.customerId &&
  payment.receivedAt >= lead.convertedAt &&
  payment.receivedAt.getTime() <= lead.convertedAt.getTime() + windowDays * DAY;

/** Earlier created first; the lead id breaks a tie so the answer never depends on input order. */
const byCreation = (a: ConvertedLead, b: ConvertedLead) =>
  a.createdAt.getTime() - b.createdAt.getTime() || a.leadId.localeCompare(b.leadId);

/** The campaign a payment is credited to under `model`, or null when no lead touches it. */
export function creditedCampaign(
  leads: readonly ConvertedLead[],
  payment: CustomerPayment,
  model: AttributionModel,
  windowDays: number,
): string | null {
  const touching = leads.filter((lead) => touches(lead, payment, windowDays)).sort(byCreation);
  const credited = model === 'FIRST_TOUCH' ? touching[0] : touching.at(-1);
  return credited?.campaignId ?? null;
}

/** Revenue per campaign under `model`, exact; campaigns without any stay out of the map. */
export function attributeRevenue(
  leads: readonly ConvertedLead[],
  payments: readonly CustomerPayment[],
  model: AttributionModel,
  windowDays: number,
): Map<string, string> {
  const leadsOf = new Map<string, ConvertedLead[]>();
  for (const lead of leads) leadsOf.set(lead.customerId, [...(leadsOf.get(lead.customerId) ?? []), lead]);
  const totals = new Map<string, Decimal>();
  for (const payment of payments) {
    const campaignId = creditedCampaign(leadsOf.get(payment.customerId) ?? [], payment, model, windowDays);
    if (campaignId) totals.set(campaignId, (totals.get(campaignId) ?? new Decimal(0)).plus(payment.amount));
  }
  return new Map([...totals].map(([campaignId, total]) => [campaignId, total.toFixed()]));
}
