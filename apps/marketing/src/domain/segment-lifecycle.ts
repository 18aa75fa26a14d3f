import { z } from 'zod';
import { badUserInput } from '@crm/errors';
import { parseSegmentRule } from './segment-rule.parser';
import type { SegmentRule } from './segment-rule';

export const SEGMENT_KINDS = ['DYNAMIC', 'STATIC'] as const;
export type SegmentKind = (typeof SEGMENT_KINDS)[number];
/** An ACTIVE segment is kept current; an ARCHIVED one is frozen with the members it had. */
export type SegmentStatus = 'ACTIVE' | 'ARCHIVED';

export interface NewSegment {
  name: string;
  description: string | null;
  kind: SegmentKind;
  rule: SegmentRule | null;
}

export interface SegmentEdit {
  name?: string;
  description?: string | null;
  /** A new rule: the segment's membership is computed again. */
  rule?: SegmentRule;
}

const name = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');
const description = z.string().trim().max(2000, 'must be at most 2000 characters').nullish();

function parseWith<T extends z.ZodType>(schema: T, raw: unknown, field: string): z.output<T> {
  const result = schema.safeParse(raw);
  if (!result.success) throw badUserInput(field, result.error.issues[0].message);
  return result.data;
}

/** createSegment's input: a DYNAMIC segment needs a rule, a STATIC list takes none. */
export function parseNewSegment(
  input: { name: string; description?: string | null; kind: SegmentKind; rule?: unknown },
  path = 'input',
): NewSegment {
  const rule = input.rule ?? null;
  if (input.kind === 'DYNAMIC' && rule === null)
    throw badUserInput(`${path}.rule`, 'a DYNAMIC segment needs a rule');
  if (input.kind === 'STATIC' && rule !== null)
    throw badUserInput(`${path}.rule`, 'a STATIC list takes no rule; add members to it instead');
  return {
    name: parseWith(name, input.name, `${path}.name`),
    description: parseWith(description, input.description, `${path}.description`) || null,
    kind: input.kind,
    rule: rule === null ? null : parseSegmentRule(rule, `${path}.rule`),
  };
}

/** updateSegment's input: only what is given changes; a STATIC list takes no rule. */
export function parseSegmentEdit(
  input: { name?: string | null; description?: string | null; rule?: unknown },
  kind: SegmentKind,
  path = 'input',
): SegmentEdit {
  const edit: SegmentEdit = {};
  if (input.name !== undefined && input.name !== null)
    edit.name = parseWith(name, input.name, `${path}.name`);
  if (input.description !== undefined)
    edit.description = parseWith(description, input.description, `${path}.description`) || null;
  if (input.rule !== undefined && input.rule !== null) {
    if (kind === 'STATIC') throw badUserInput(`${path}.rule`, 'a STATIC list takes no rule');
    edit.rule = parseSegmentRule(input.rule, `${path}.rule`);
  }
  return edit;
}

/** Archived segments are frozen: no edits, no list changes. */
export function assertActive(status: SegmentStatus, field: string): void {
  if (status === 'ARCHIVED')
    throw badUserInput(field, 'the segment is archived; archived segments do not change');
}

export function assertStaticList(kind: SegmentKind, field: string): void {
  if (kind !== 'STATIC')
    throw badUserInput(field, 'only STATIC lists take members by hand; a DYNAMIC segment follows its rule');
}
