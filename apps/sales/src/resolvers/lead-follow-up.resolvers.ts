import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { newId } from '@crm/db';
import { badUserInput } from '@crm/errors';
import { guard } from '@crm/permissions';
import { recordCreation, type RequestContext } from '@crm/subgraph-kit';
import { LeadFollowUp } from '../data/lead-follow-up.entity';
import { followUpTypesOf, lockLead } from '../data/lead.repository';
import { statusAfterFollowUp } from '../domain/lead-status';
import { parseNewLeadFollowUp } from '../domain/new-lead-follow-up';
import type { SalesLoaders } from '../sales-loaders';
import { assertLeadAccess, saveLeadChange, scoreColumns } from './lead-changes';

type Context = RequestContext<SalesLoaders>;

interface LogFollowUpArgs {
  leadId: string;
  input: { type: string; note?: string | null; at?: Date | null };
}

/** Records a touch; it counts towards the engagement score and the first one marks the lead CONTACTED. */
async function logLeadFollowUp({ leadId, input }: LogFollowUpArgs, context: Context): Promise<LeadFollowUp> {
  const now = new Date();
  const fields = parseNewLeadFollowUp(input, now);
  return context.dataSource.transaction(async (manager) => {
    const lead = await lockLead(manager, leadId, 'leadId');
    assertLeadAccess(context, lead, 'lead:write');
    if (lead.status === 'CONVERTED' || lead.status === 'DISQUALIFIED')
      throw badUserInput(
        'leadId',
        `a ${lead.status} lead takes no more follow-ups; log them on the customer`,
      );
    const followUp = Object.assign(new LeadFollowUp(), {
      ...fields,
      id: newId(),
      leadId: lead.id,
      byUserId: context.caller.userId.toLowerCase(),
      createdAt: now,
    });
    await manager.insert(LeadFollowUp, followUp);
    await recordCreation(manager, context, 'logLeadFollowUp', 'LeadFollowUp', followUp);
    const score = scoreColumns(lead, await followUpTypesOf(manager, lead.id));
    await saveLeadChange(manager, context, 'logLeadFollowUp', lead, {
      ...score,
      status: statusAfterFollowUp(lead.status),
    });
    return followUp;
  });
}

export const leadFollowUpResolvers: GraphQLResolverMap<Context> = {
  Mutation: {
    logLeadFollowUp: guard('lead:write', (_: unknown, args: LogFollowUpArgs, context: Context) =>
      logLeadFollowUp(args, context),
    ),
  },
};
