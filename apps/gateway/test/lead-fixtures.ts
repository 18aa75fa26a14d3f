import { randomUUID } from 'node:crypto';

/**
 * Leads of one caller for the authorization matrix's lead rows: each mutating row gets its own
 * lead in the status it starts from, so rows never disturb each other.
 */
export interface LeadFixture {
  /** NEW leads at version 1. */
  toRead: string;
  toUpdate: string;
  toFollowUp: string;
  toDisqualify: string;
  toAssign: string;
  /** CONTACTED. */
  toQualify: string;
  /** QUALIFIED. */
  toConvert: string;
  /** An inactive assignment rule (version 1) routing to the caller, so it routes no other test's leads. */
  ruleId: string;
}

type Send = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

const CREATE_LEAD = `mutation ($ownerId: ID) {
  createLead(input: { firstName: "Matrix", lastName: "Lead", source: MANUAL, ownerId: $ownerId }) { id }
}`;
const FOLLOW_UP = `mutation ($id: ID!) { logLeadFollowUp(leadId: $id, input: { type: CALL }) { id } }`;
const QUALIFY = `mutation ($id: ID!) { qualifyLead(id: $id) { id } }`;
const CREATE_RULE = `mutation ($region: String!, $ownerId: ID!) {
  createLeadAssignmentRule(input: { name: "Matrix", priority: 1, region: $region, assigneeIds: [$ownerId], active: false }) { id }
}`;

/** Made by an admin for `ownerId`. */
export async function createLeadFixture(send: Send, ownerId: string): Promise<LeadFixture> {
  const lead = async () =>
    (await send<{ createLead: { id: string } }>(CREATE_LEAD, { ownerId })).createLead.id;
  const [toRead, toUpdate, toFollowUp, toDisqualify, toAssign, toQualify, toConvert] = [
    await lead(),
    await lead(),
    await lead(),
    await lead(),
    await lead(),
    await lead(),
    await lead(),
  ];
  for (const id of [toQualify, toConvert]) await send(FOLLOW_UP, { id });
  await send(QUALIFY, { id: toConvert });
  const { createLeadAssignmentRule } = await send<{ createLeadAssignmentRule: { id: string } }>(CREATE_RULE, {
    region: `MATRIX-${randomUUID()}`,
    ownerId,
  });
  return {
    toRead,
    toUpdate,
    toFollowUp,
    toDisqualify,
    toAssign,
    toQualify,
    toConvert,
    ruleId: createLeadAssignmentRule.id,
  };
}
