import type { EventHandlers, HandlerOf } from './event-handler';

/**
 * One handler map from several, for a service where more than one read model reacts to the same
 * event type: the handlers of a type run one after the other in the event's transaction.
 */
export function combineHandlers(...maps: EventHandlers[]): EventHandlers {
  const byType = new Map<string, HandlerOf[]>();
  for (const map of maps) {
    for (const [type, handler] of Object.entries(map)) {
      byType.set(type, [...(byType.get(type) ?? []), handler as HandlerOf]);
    }
  }
  const combined: Record<string, HandlerOf> = {};
  for (const [type, handlers] of byType) {
    combined[type] =
      handlers.length === 1
        ? handlers[0]
        : async (event, manager) => {
            for (const handler of handlers) await handler(event, manager);
          };
  }
  return combined as EventHandlers;
}
