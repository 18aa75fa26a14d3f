import type { SlaTarget } from './sla-policy';
import type { TargetClock, TicketSla } from './ticket-sla';

/** A moment the scheduler announces once per ticket and target: the warning share, then the target. */
export type SlaMilestoneKind = 'WARNING' | 'BREACH';

export interface SlaMilestone {
  target: SlaTarget;
  kind: SlaMilestoneKind;
  at: Date;
}

export const milestoneKey = (milestone: Pick<SlaMilestone, 'target' | 'kind'>) =>
  `${milestone.target}:${milestone.kind}`;

/** The milestones of the open targets, known so far (a paused clock has none ahead). */
function milestonesOf(clock: TargetClock): SlaMilestone[] {
  if (clock.metAt) return [];
  const milestones: SlaMilestone[] = [];
  if (clock.warnAt) milestones.push({ target: clock.target, kind: 'WARNING', at: clock.warnAt });
  if (clock.dueAt) milestones.push({ target: clock.target, kind: 'BREACH', at: clock.dueAt });
  return milestones;
}

/** Milestones not announced yet, in time order. */
export function pendingMilestones(sla: TicketSla, announced: Set<string>): SlaMilestone[] {
  return [...milestonesOf(sla.firstResponse), ...milestonesOf(sla.resolution)]
    .filter((milestone) => !announced.has(milestoneKey(milestone)))
    .sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** The pending milestones that have come by `now`: what a scheduler run announces. */
export const milestonesDue = (sla: TicketSla, announced: Set<string>, now: Date) =>
  pendingMilestones(sla, announced).filter((milestone) => milestone.at <= now);

/** When the scheduler must look at the ticket next; null: nothing ahead until the ticket changes. */
export const nextCheckAt = (sla: TicketSla, announced: Set<string>): Date | null =>
  pendingMilestones(sla, announced)[0]?.at ?? null;

/** The earliest due time of a target still open: the ticket is overdue once it passed. */
export function earliestOpenDue(sla: TicketSla): Date | null {
  const dues = [sla.firstResponse, sla.resolution]
    .filter((clock) => !clock.metAt && clock.dueAt)
    .map((clock) => clock.dueAt!.getTime());
  return dues.length ? new Date(Math.min(...dues)) : null;
}
