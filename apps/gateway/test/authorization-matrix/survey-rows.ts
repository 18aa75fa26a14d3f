import type { Role } from '@crm/permissions';
import { byCustomer, EVERYONE, type MatrixRow } from './matrix-row';

/** survey:read: everyone but sales reps. */
const SURVEY_READERS: readonly Role[] = EVERYONE.filter((role) => role !== 'SALES_REP');
/** survey:write: who designs surveys. */
const SURVEY_DESIGNERS: readonly Role[] = ['ADMIN', 'SUPPORT_MANAGER'];

const QUESTIONS = `questions: [{ kind: CSAT, prompt: "How did we do?" }, { kind: NPS, prompt: "Recommend us?" }]`;

/** The satisfaction-survey rows of the authorization matrix (answerSurvey is public: no row). */
export const SURVEY_ROWS: readonly MatrixRow[] = [
  {
    operation: 'survey',
    subgraph: 'service',
    document: `query ($id: ID!) { survey(id: $id) { id status } }`,
    variables: (own) => ({ id: own.surveys.toRead }),
    resultPath: ['survey'],
    allowed: SURVEY_READERS,
  },
  {
    operation: 'surveys',
    subgraph: 'service',
    document: `query ($queueId: ID) { surveys(queueId: $queueId) { id } }`,
    variables: (own) => ({ queueId: own.teamId }),
    resultPath: ['surveys'],
    allowed: SURVEY_READERS,
  },
  {
    operation: 'satisfactionReport',
    subgraph: 'service',
    document: `query ($queueId: ID) {
      satisfactionReport(filter: { from: "2026-01-01T00:00:00Z", to: "2027-01-01T00:00:00Z", queueId: $queueId }) {
        overall { csat nps }
      }
    }`,
    variables: (own) => ({ queueId: own.teamId }),
    resultPath: ['satisfactionReport'],
    allowed: SURVEY_READERS,
  },
  {
    operation: 'Customer.satisfaction',
    subgraph: 'service',
    document: `query ($id: ID!) { customer(id: $id) { id satisfaction { responses csatTrend } } }`,
    variables: byCustomer,
    resultPath: ['customer', 'satisfaction'],
    allowed: SURVEY_READERS,
  },
  {
    operation: 'createSurvey',
    subgraph: 'service',
    document: `mutation ($queueId: ID) { createSurvey(input: { name: "Matrix", queueId: $queueId, ${QUESTIONS} }) { id } }`,
    variables: (own) => ({ queueId: own.teamId }),
    resultPath: ['createSurvey'],
    allowed: SURVEY_DESIGNERS,
  },
  {
    operation: 'updateSurvey',
    subgraph: 'service',
    document: `mutation ($id: ID!) { updateSurvey(id: $id, version: 1, input: { name: "Matrix v2", ${QUESTIONS} }) { id } }`,
    variables: (own) => ({ id: own.surveys.toUpdate }),
    resultPath: ['updateSurvey'],
    allowed: SURVEY_DESIGNERS,
  },
  {
    operation: 'activateSurvey',
    subgraph: 'service',
    document: `mutation ($id: ID!) { activateSurvey(id: $id, version: 1) { id status } }`,
    variables: (own) => ({ id: own.surveys.toActivate }),
    resultPath: ['activateSurvey'],
    allowed: SURVEY_DESIGNERS,
  },
  {
    operation: 'retireSurvey',
    subgraph: 'service',
    document: `mutation ($id: ID!) { retireSurvey(id: $id, version: 2) { id status } }`,
    variables: (own) => ({ id: own.surveys.toRetire }),
    resultPath: ['retireSurvey'],
    allowed: SURVEY_DESIGNERS,
  },
];
