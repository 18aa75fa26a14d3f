/**
 * Surveys of one caller's support team for the authorization matrix's survey rows: each mutating
 * row gets its own survey in the status it starts from, so rows never disturb each other.
 */
export interface SurveyFixture {
  /** DRAFT, version 1, in the caller's team's queue. */
  toRead: string;
  toUpdate: string;
  /** A default survey (no queue), DRAFT at version 1: activating it retires nothing another row uses. */
  toActivate: string;
  /** ACTIVE, version 2, in the caller's team's queue. */
  toRetire: string;
}

type Send = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

const CREATE = `mutation ($queueId: ID) {
  createSurvey(input: { name: "Matrix", queueId: $queueId, questions: [{ kind: CSAT, prompt: "How did we do?" }] }) { id }
}`;
const ACTIVATE = `mutation ($id: ID!) { activateSurvey(id: $id, version: 1) { id } }`;

/** Made by an admin; `teamId` must be known to the service already (a ticket was opened in it). */
export async function createSurveyFixture(send: Send, teamId: string): Promise<SurveyFixture> {
  const survey = async (queueId: string | null) =>
    (await send<{ createSurvey: { id: string } }>(CREATE, { queueId })).createSurvey.id;
  const toRetire = await survey(teamId);
  await send(ACTIVATE, { id: toRetire });
  return {
    toRead: await survey(teamId),
    toUpdate: await survey(teamId),
    toActivate: await survey(null),
    toRetire,
  };
}
