import type { Send } from './demo-client';

const CREATE = 'mutation ($input: JourneyInput!) { createJourney(input: $input) { id version } }';
const PUBLISH = 'mutation ($id: ID!, $version: Int!) { publishJourney(id: $id, version: $version) { id } }';

/**
 * The demo's live journey: the shipped welcome series with the demo welcome mail, published, so
 * every customer created from now on enters it (the runner takes them each minute).
 */
export async function loadDemoJourneys(
  send: Send,
  welcomeTemplateId: string,
  log: (message: string) => void,
) {
  log('loading the demo journey: a live welcome series for new customers');
  const { journeyTemplates } = (await send('{ journeyTemplates { key definition } }')) as {
    journeyTemplates: { key: string; definition: object }[];
  };
  const welcome = journeyTemplates.find((template) => template.key === 'welcome-series');
  if (!welcome) throw new Error('the welcome-series journey template is missing');
  // Both mails of the series are the demo welcome mail; the follow-up goes to the customer's owner.
  const definition = JSON.parse(
    JSON.stringify(welcome.definition).replace(/<[^>]+ template id>/g, welcomeTemplateId),
  ) as { steps: { kind: string; variables?: Record<string, string> }[] };
  for (const step of definition.steps) if (step.kind === 'SEND') step.variables = { offer: '10 % off' };
  const { createJourney } = (await send(CREATE, { input: { name: 'Welcome series', definition } })) as {
    createJourney: { id: string; version: number };
  };
  await send(PUBLISH, createJourney);
}
