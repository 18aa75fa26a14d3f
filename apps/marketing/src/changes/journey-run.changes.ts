import { CrmError } from '@crm/errors';
import { runChange, scopeOfJob, type Change, type ChangeScope } from '@crm/subgraph-kit';
import { findCustomerProfile } from '../data/customer-profile.repository';
import { Journey } from '../data/journey.entity';
import { JourneyRun } from '../data/journey-run.entity';
import { customerMatches, definitionOfVersion, logStepCompleted } from '../data/journey.repository';
import { END, MAX_STEPS, stepAfter, stepById, type JourneyStep } from '../domain/journey-definition';
import { journeyRunEvent } from '../events/journey.events';
import type { MessageSettings } from '../messages/message-settings';
import { queueMarketingMessage } from './message-send.changes';
import { editStaticList } from './segment.changes';

/** What a step did: done (going on in order, or to where a branch jumps), waiting, or leaving. */
type StepOutcome =
  | { kind: 'done'; outcome: string; jumpTo?: string | null }
  | { kind: 'wait'; until: Date }
  | { kind: 'exit' };

type ExitReason = 'COMPLETED' | 'EXIT_STEP' | 'JOURNEY_ARCHIVED' | 'CUSTOMER_ERASED' | 'CUSTOMER_MERGED';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const UPDATE = { action: 'advanceJourneyRun' };

/**
 * Takes one customer's run as far as it goes now: each step is done, logged and published in this
 * transaction, up to a WAIT that is not over, an EXIT or the end. A run that is not due is left
 * alone, so a repeated runner pass changes nothing. Returns the ids of the messages it queued, for
 * the caller to hand to the relay after the commit.
 */
export function advanceJourneyRun(
  scope: ChangeScope,
  runId: string,
  messages: MessageSettings,
  now: Date,
): Promise<string[]> {
  return runChange(scope, async (change) => {
    let run = await change.lock(JourneyRun, runId);
    if (run.status !== 'RUNNING' || !run.nextRunAt || run.nextRunAt > now) return [];
    const journey = await change.manager.findOneByOrFail(Journey, { id: run.journeyId });
    const profile = await findCustomerProfile(change.manager, run.customerId);
    if (journey.status === 'ARCHIVED') return endRun(change, run, 'JOURNEY_ARCHIVED', now);
    if (profile?.erased) return endRun(change, run, 'CUSTOMER_ERASED', now);
    const definition = await definitionOfVersion(change.manager, run.journeyId, run.journeyVersion);
    const queued: string[] = [];
    for (let done = 0; done < MAX_STEPS && run.stepId; done += 1) {
      const step = stepById(definition, run.stepId);
      if (!step) break;
      const outcome = await performStep(change, run, step, { messages, now, queued });
      if (outcome.kind === 'wait') {
        await change.update(
          JourneyRun,
          run,
          { waitingUntil: outcome.until, nextRunAt: outcome.until },
          UPDATE,
        );
        return queued;
      }
      await logStepCompleted(change.manager, run.id, step.id, now);
      change.publish(
        journeyRunEvent('crm.marketing.journey.step_completed', run, now, change.origin, {
          stepId: step.id,
          stepKind: step.kind,
          outcome: outcome.kind === 'exit' ? 'exit' : outcome.outcome,
        }),
      );
      if (outcome.kind === 'exit') return endRun(change, run, 'EXIT_STEP', now, queued);
      const next = outcome.jumpTo !== undefined ? outcome.jumpTo : stepAfter(definition, step.id);
      run = await change.update(JourneyRun, run, { stepId: next, waitingUntil: null }, UPDATE);
    }
    return endRun(change, run, 'COMPLETED', now, queued);
  });
}

/** Ends a run for `reason`, publishing journey.exited; returns the messages the run queued. */
export async function endRun(
  change: Change,
  run: JourneyRun,
  reason: ExitReason,
  now: Date,
  queued: string[] = [],
): Promise<string[]> {
  const status = reason === 'COMPLETED' ? 'COMPLETED' : 'EXITED';
  const ended = await change.update(
    JourneyRun,
    run,
    { status, stepId: null, waitingUntil: null, nextRunAt: null, endedAt: now },
    UPDATE,
  );
  change.publish(journeyRunEvent('crm.marketing.journey.exited', ended, now, change.origin, { reason }));
  return queued;
}

interface StepContext {
  messages: MessageSettings;
  now: Date;
  queued: string[];
}

/** A rule of another part refused the step (e.g. a list that is not static): the step is skipped, saying why. */
async function unlessRefused<T>(work: () => Promise<T>): Promise<T | string> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof CrmError) return `skipped: ${error.message}`;
    throw error;
  }
}

async function performStep(
  change: Change,
  run: JourneyRun,
  step: JourneyStep,
  { messages, now, queued }: StepContext,
): Promise<StepOutcome> {
  const inner = scopeOfJob('marketing', change.manager, change.origin);
  switch (step.kind) {
    case 'SEND': {
      const request = {
        templateId: step.templateId,
        customerId: run.customerId,
        campaignId: step.campaignId ?? null,
        variables: step.variables,
      };
      const sent = await unlessRefused(() => queueMarketingMessage(inner, request, messages, now));
      if (typeof sent === 'string') return { kind: 'done', outcome: sent };
      if (sent.status === 'QUEUED') queued.push(sent.id);
      return { kind: 'done', outcome: `message ${sent.id} ${sent.status}` };
    }
    case 'WAIT':
      if (!run.waitingUntil) return { kind: 'wait', until: new Date(now.getTime() + step.hours * HOUR_MS) };
      return { kind: 'done', outcome: `waited ${step.hours} h` };
    case 'BRANCH': {
      const matched = await customerMatches(change.manager, run.customerId, step.rule, now);
      const target = matched ? step.then : step.else;
      return { kind: 'done', outcome: matched ? 'then' : 'else', jumpTo: target === END ? null : target };
    }
    case 'ADD_TO_LIST':
    case 'REMOVE_FROM_LIST': {
      const edit = step.kind === 'ADD_TO_LIST' ? 'add' : 'remove';
      const edited = await unlessRefused(() =>
        editStaticList(inner, step.segmentId, [run.customerId], edit, now),
      );
      return { kind: 'done', outcome: typeof edited === 'string' ? edited : `${edit}ed` };
    }
    case 'FOLLOW_UP': {
      const dueAt = new Date(now.getTime() + step.dueInDays * DAY_MS);
      change.publish(
        journeyRunEvent('crm.marketing.journey.follow_up_requested', run, now, change.origin, {
          note: step.note,
          dueAt: dueAt.toISOString(),
        }),
      );
      return { kind: 'done', outcome: 'follow-up requested' };
    }
    case 'EXIT':
      return { kind: 'exit' };
  }
}
