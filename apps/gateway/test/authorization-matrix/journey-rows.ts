import { MATRIX_JOURNEY_DEFINITION } from '../journey-fixtures';
import { CAMPAIGN_READERS, type MatrixRow } from './matrix-row';
import type { Role } from '@crm/permissions';

const JOURNEY_WRITERS: readonly Role[] = ['ADMIN', 'MARKETER'];
const INPUT = { name: 'Matrix', definition: MATRIX_JOURNEY_DEFINITION };

/** The automation-journey rows of the authorization matrix (issue 13 §3). */
export const JOURNEY_ROWS: readonly MatrixRow[] = [
  {
    operation: 'journey',
    subgraph: 'marketing',
    document: `query ($id: ID!) { journey(id: $id) { id status stats { entered } } }`,
    variables: (own) => ({ id: own.journeys.toRead }),
    resultPath: ['journey'],
    allowed: CAMPAIGN_READERS,
  },
  {
    operation: 'journeys',
    subgraph: 'marketing',
    document: `{ journeys(first: 5) { edges { node { id } } } }`,
    resultPath: ['journeys'],
    allowed: CAMPAIGN_READERS,
  },
  {
    operation: 'journeyTemplates',
    subgraph: 'marketing',
    document: `{ journeyTemplates { key } }`,
    resultPath: ['journeyTemplates'],
    allowed: CAMPAIGN_READERS,
  },
  {
    operation: 'createJourney',
    subgraph: 'marketing',
    document: `mutation ($input: JourneyInput!) { createJourney(input: $input) { id } }`,
    variables: () => ({ input: INPUT }),
    resultPath: ['createJourney'],
    allowed: JOURNEY_WRITERS,
  },
  {
    operation: 'updateJourney',
    subgraph: 'marketing',
    document: `mutation ($id: ID!, $input: JourneyInput!) { updateJourney(id: $id, version: 1, input: $input) { id } }`,
    variables: (own) => ({ id: own.journeys.toUpdate, input: INPUT }),
    resultPath: ['updateJourney'],
    allowed: JOURNEY_WRITERS,
  },
  {
    operation: 'publishJourney',
    subgraph: 'marketing',
    document: `mutation ($id: ID!) { publishJourney(id: $id, version: 1) { id } }`,
    variables: (own) => ({ id: own.journeys.toPublish }),
    resultPath: ['publishJourney'],
    allowed: JOURNEY_WRITERS,
  },
  {
    operation: 'archiveJourney',
    subgraph: 'marketing',
    document: `mutation ($id: ID!) { archiveJourney(id: $id, version: 1) { id } }`,
    variables: (own) => ({ id: own.journeys.toArchive }),
    resultPath: ['archiveJourney'],
    allowed: JOURNEY_WRITERS,
  },
];
