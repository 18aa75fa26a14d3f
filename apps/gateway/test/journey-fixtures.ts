/**
 * Journeys made for one caller for the authorization matrix's journey rows: each mutating row gets
 * its own DRAFT journey at version 1, so rows never disturb each other.
 */
export interface JourneyFixture {
  toRead: string;
  toUpdate: string;
  toPublish: string;
  toArchive: string;
}

type Send = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

export const MATRIX_JOURNEY_DEFINITION = {
  trigger: { kind: 'EVENT', eventType: 'crm.service.ticket.closed' },
  steps: [{ id: 'leave', kind: 'EXIT' }],
};
const CREATE = `mutation ($input: JourneyInput!) { createJourney(input: $input) { id } }`;

/** Made by an admin. */
export async function createJourneyFixture(send: Send): Promise<JourneyFixture> {
  const journey = async () =>
    (
      await send<{ createJourney: { id: string } }>(CREATE, {
        input: { name: 'Matrix', definition: MATRIX_JOURNEY_DEFINITION },
      })
    ).createJourney.id;
  return {
    toRead: await journey(),
    toUpdate: await journey(),
    toPublish: await journey(),
    toArchive: await journey(),
  };
}
