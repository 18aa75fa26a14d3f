/**
 * Records of one caller for the authorization matrix's opportunity and activity rows: each
 * mutating row gets its own deal or activity at a known version, so rows never disturb each other.
 */
export interface PipelineFixture {
  /** Open deals at version 1; toReopen is lost (version 2). */
  deals: { toUpdate: string; toMove: string; toWin: string; toLose: string; toReopen: string };
  /** Open activities at version 1, about the caller's customer. */
  activities: { toUpdate: string; toComplete: string };
}

type Send = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

const CREATE_DEAL = `mutation ($customerId: ID!, $ownerId: ID) {
  createOpportunity(input: { customerId: $customerId, ownerId: $ownerId, name: "Matrix", amount: "1", currency: "EUR" }) { id }
}`;
const SCHEDULE = `mutation ($customerId: ID!, $ownerId: ID) {
  scheduleActivity(input: { type: TODO, subject: "Matrix", dueAt: "2030-01-01T00:00:00Z", customerId: $customerId, ownerId: $ownerId }) { id }
}`;

/** Made by an admin for `ownerId`, on a customer sales already knows. */
export async function createPipelineFixture(
  send: Send,
  customerId: string,
  ownerId: string,
): Promise<PipelineFixture> {
  const deal = async () =>
    (await send<{ createOpportunity: { id: string } }>(CREATE_DEAL, { customerId, ownerId }))
      .createOpportunity.id;
  const activity = async () =>
    (await send<{ scheduleActivity: { id: string } }>(SCHEDULE, { customerId, ownerId })).scheduleActivity.id;
  const deals = {
    toUpdate: await deal(),
    toMove: await deal(),
    toWin: await deal(),
    toLose: await deal(),
    toReopen: await deal(),
  };
  await send(`mutation ($id: ID!) { loseOpportunity(id: $id, version: 1, reason: "Matrix") { id } }`, {
    id: deals.toReopen,
  });
  return { deals, activities: { toUpdate: await activity(), toComplete: await activity() } };
}
