/** The channels of a communication record (客户沟通记录). */
export const INTERACTION_TYPES = ['CALL', 'EMAIL', 'MEETING', 'VISIT', 'SOCIAL_MESSAGE'] as const;
export type InteractionType = (typeof INTERACTION_TYPES)[number];

/** Who started it: the customer (INBOUND) or us (OUTBOUND). */
export const INTERACTION_DIRECTIONS = ['INBOUND', 'OUTBOUND'] as const;
export type InteractionDirection = (typeof INTERACTION_DIRECTIONS)[number];

/**
 * How it went, as a fixed scale so outcomes can be counted and filtered; the free-text
 * `outcomeNote` says the rest ("send the quote by Friday").
 */
export const INTERACTION_OUTCOMES = ['POSITIVE', 'NEUTRAL', 'NEGATIVE', 'FOLLOW_UP_REQUIRED'] as const;
export type InteractionOutcome = (typeof INTERACTION_OUTCOMES)[number];

/** Conversations take time, so their length is part of the record; messages are not timed. */
export const TIMED_INTERACTION_TYPES: ReadonlySet<InteractionType> = new Set(['CALL', 'MEETING', 'VISIT']);

export const MAX_SUMMARY_LENGTH = 5000;
export const MAX_OUTCOME_NOTE_LENGTH = 1000;
/** A working day and then some: longer is a typo (hours entered as minutes). */
export const MAX_DURATION_MINUTES = 24 * 60;
export const MAX_PARTICIPANTS_PER_KIND = 50;
/** Clock skew tolerated between a client and us before "occurred in the future" is refused. */
export const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;
