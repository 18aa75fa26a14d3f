import { newId } from '@crm/db';
import { runChange, type Change, type ChangeScope } from '@crm/subgraph-kit';
import { findKnownTeam } from '../data/known-team.repository';
import { Survey } from '../data/survey.entity';
import { lockActiveSurveyOf } from '../data/survey.repository';
import type { SurveyDesign } from '../domain/survey-design';
import { assertEditable, assertSurveyMove } from '../domain/survey-status';
import { assertQueueExists } from '../domain/ticket-references';
import { surveyPublished } from '../events/survey-published.event';
import { surveyRetired } from '../events/survey-retired.event';

/** A survey as the caller read it: its id and the version they saw. */
export interface SurveyVersion {
  id: string;
  version: number;
}

async function assertQueueOf(change: Change, design: SurveyDesign): Promise<void> {
  if (design.queueId)
    assertQueueExists(await findKnownTeam(change.manager, design.queueId), design.queueId, 'input.queueId');
}

/** A new survey, as a DRAFT nobody receives yet. */
export function createSurvey(scope: ChangeScope, design: SurveyDesign): Promise<Survey> {
  return runChange(scope, async (change) => {
    await assertQueueOf(change, design);
    const now = new Date();
    const survey = Object.assign(new Survey(), {
      id: newId(),
      ...design,
      status: 'DRAFT',
      activatedAt: null,
      retiredAt: null,
      createdBy: change.caller.userId,
      createdAt: now,
      updatedAt: now,
      version: 1,
    } satisfies Survey);
    return change.insert(Survey, survey, { action: 'createSurvey' });
  });
}

/** A draft's new design; any other status refuses (answers must keep their meaning). */
export function updateSurvey(scope: ChangeScope, seen: SurveyVersion, design: SurveyDesign): Promise<Survey> {
  return runChange(scope, async (change) => {
    const before = await change.lock(Survey, seen.id, { version: seen.version, field: 'id' });
    assertEditable(before.status, 'id');
    await assertQueueOf(change, design);
    return change.update(Survey, before, design, { action: 'updateSurvey' });
  });
}

async function retire(change: Change, survey: Survey, replacedBy: string | null, action: string) {
  const retired = await change.update(
    Survey,
    survey,
    { status: 'RETIRED', retiredAt: new Date() },
    { action },
  );
  change.publish(surveyRetired(retired, replacedBy, change.origin));
  return retired;
}

/**
 * DRAFT → ACTIVE. The queue's active survey (or the active default, for a default survey) is
 * retired in the same change: a queue always sends exactly one survey.
 */
export function activateSurvey(scope: ChangeScope, seen: SurveyVersion): Promise<Survey> {
  return runChange(scope, async (change) => {
    const before = await change.lock(Survey, seen.id, { version: seen.version, field: 'id' });
    assertSurveyMove(before.status, 'ACTIVE', 'id');
    const replaced = await lockActiveSurveyOf(change.manager, before.queueId);
    if (replaced) await retire(change, replaced, before.id, 'activateSurvey');
    const active = await change.update(
      Survey,
      before,
      { status: 'ACTIVE', activatedAt: new Date() },
      { action: 'activateSurvey' },
    );
    change.publish(surveyPublished(active, replaced?.id ?? null, change.origin));
    return active;
  });
}

/** ACTIVE → RETIRED: resolved tickets stop inviting to it; invitations sent can still be answered. */
export function retireSurvey(scope: ChangeScope, seen: SurveyVersion): Promise<Survey> {
  return runChange(scope, async (change) => {
    const before = await change.lock(Survey, seen.id, { version: seen.version, field: 'id' });
    assertSurveyMove(before.status, 'RETIRED', 'id');
    return retire(change, before, null, 'retireSurvey');
  });
}
