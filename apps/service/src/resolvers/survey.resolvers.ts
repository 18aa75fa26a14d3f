import { notFound } from '@crm/errors';
import { guard } from '@crm/permissions';
import { parseId, scopeOfRequest } from '@crm/subgraph-kit';
import { activateSurvey, createSurvey, retireSurvey, updateSurvey } from '../changes/survey.changes';
import { listSurveys } from '../data/survey.repository';
import type { Survey } from '../data/survey.entity';
import { parseSurveyDesign } from '../domain/survey-design';
import type { Resolvers } from '../generated/resolvers-types';
import type { ServiceContext } from '../service-context';

async function surveyById(id: string, context: ServiceContext): Promise<Survey> {
  const survey = await context.loaders.surveyById.load(parseId('id', id));
  if (!survey) throw notFound('Survey', id, 'id');
  return survey;
}

const seen = (id: string, version: number) => ({ id: parseId('id', id), version });

/** Support managers design surveys (survey:write); agents, analysts and the others read them. */
export const surveyResolvers: Resolvers = {
  Query: {
    survey: guard('survey:read', (_, { id }, context) => surveyById(id, context)),
    surveys: guard('survey:read', (_, { status, queueId }, context) =>
      listSurveys(context.dataSource, {
        status: status ?? null,
        queueId: queueId ? parseId('queueId', queueId) : null,
      }),
    ),
  },
  Mutation: {
    createSurvey: guard('survey:write', (_, { input }, context) =>
      createSurvey(scopeOfRequest(context), parseSurveyDesign(input)),
    ),
    updateSurvey: guard('survey:write', (_, { id, version, input }, context) =>
      updateSurvey(scopeOfRequest(context), seen(id, version), parseSurveyDesign(input)),
    ),
    activateSurvey: guard('survey:write', (_, { id, version }, context) =>
      activateSurvey(scopeOfRequest(context), seen(id, version)),
    ),
    retireSurvey: guard('survey:write', (_, { id, version }, context) =>
      retireSurvey(scopeOfRequest(context), seen(id, version)),
    ),
  },
  Survey: {
    queue: (survey) => (survey.queueId ? { id: survey.queueId } : null),
  },
};
