import { withinScope } from '@crm/permissions';
import type { RequestContext } from '@crm/subgraph-kit';
import type { SalesLoaders } from '../sales-loaders';

type Context = RequestContext<SalesLoaders>;

/*
 * A document's links to other sales records of this subgraph. They resolve here (not as federated
 * stubs) and, like references, to null when the record is outside the caller's scope.
 */

export async function dealShown(id: string | null, context: Context) {
  if (!id) return null;
  return withinScope(context.caller, 'opportunity:read', await context.loaders.opportunityById.load(id));
}

export async function quoteShown(id: string | null, context: Context) {
  if (!id) return null;
  return withinScope(context.caller, 'order:read', await context.loaders.quoteById.load(id));
}

export async function contractShown(id: string | null, context: Context) {
  if (!id) return null;
  return withinScope(context.caller, 'order:read', await context.loaders.contractById.load(id));
}

export async function orderShown(id: string, context: Context) {
  return withinScope(context.caller, 'order:read', await context.loaders.orderById.load(id));
}
