import { startPlatform, tokenFor, type TestPlatform } from '@crm/platform-testing';
import { clientFor } from '../demo-client';
import { loadDemoJourneys } from '../demo-journeys';

/** The demo journey as `npm start` loads it: the shipped welcome series, live. */
describe('demo journey', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await startPlatform();
  });
  afterAll(() => platform?.stop());

  it('publishes the welcome series with the demo welcome mail', async () => {
    const send = clientFor(platform.gatewayUrl, await tokenFor());
    const { createMessageTemplate } = (await send(
      'mutation { createMessageTemplate(input: { name: "Welcome", channel: EMAIL, subject: "Hi", textBody: "Hi {{customerName}}, {{offer}}" }) { id } }',
    )) as { createMessageTemplate: { id: string } };
    await loadDemoJourneys(send, createMessageTemplate.id, () => undefined);

    const { journeys } = (await send(
      '{ journeys(first: 200) { edges { node { name status liveVersion definition } } } }',
    )) as {
      journeys: {
        edges: {
          node: {
            name: string;
            status: string;
            liveVersion: number;
            definition: { steps: { templateId?: string }[] };
          };
        }[];
      };
    };
    // Ours is the one sending our template: other files of this worker made journeys too, some on
    // a later test clock (so listed before it).
    const journey = journeys.edges
      .map((edge) => edge.node)
      .find((node) => node.definition.steps.some((step) => step.templateId === createMessageTemplate.id));
    expect(journey).toMatchObject({ name: 'Welcome series', status: 'ACTIVE', liveVersion: 1 });
    const sends = journey!.definition.steps.filter((step) => step.templateId);
    expect(sends.map((step) => step.templateId)).toEqual([
      createMessageTemplate.id,
      createMessageTemplate.id,
    ]);
  });
});
