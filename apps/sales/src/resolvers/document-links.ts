import { withinScope } from '@crm/permissions';
import type { SalesContext } from '../sales-context';

/*
 * A document's links to other sales records of this subgraph. They resolve here (not as federated
 * stubs) and, like references, to null when the record is outside the caller's scope.
 */

export async function dealShown(id: string | null, context: SalesContext) {
  if (!id) return null;
  return withinScope(context.caller, 'opportunity:read', await context.loaders.opportunityById.load(id));
}

export async function quoteShown(id: string | null, context: SalesContext) {
  if (!id) return null;
  return withinScope(context.caller, 'order:read', await context.loaders.quoteById.load(id));
}

export async function contractShown(id: string | null, context: SalesContext) {
  if (!id) return null;
  return withinScope(context.caller, 'order:read', await context.loaders.contractById.load(id));
}

export async function orderShown(id: string, context: SalesContext) {
  return withinScope(context.caller, 'order:read', await context.loaders.orderById.load(id));
}
