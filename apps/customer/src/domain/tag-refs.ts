import { z } from 'zod';
import { InputProblems } from '@crm/errors';
import { dictionaryKey } from './dictionary-codes';
import { parseInput } from './parse-input';
import { DICTIONARY_CODE } from './profile-fields';

/** A tag named within its group (created on first use), or an existing tag by id. */
export type TagRef = { id: string } | { group: string; name: string };

export const TAG_NAME = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(50, 'must be at most 50 characters');

const tagRefSchema = z.object({
  id: z.uuid('must be a tag id (UUID)').nullish(),
  group: DICTIONARY_CODE.nullish(),
  name: TAG_NAME.nullish(),
});

/** Each reference is either an id or a group and a name, never both or neither; all problems at once. */
export function parseTagRefs(input: unknown, path = 'tags'): TagRef[] {
  const refs = parseInput(z.array(tagRefSchema).min(1, 'must name at least one tag').max(50), input, path);
  const problems = new InputProblems();
  const parsed = refs.map((ref, index): TagRef | null => {
    const given = (value: string | null | undefined) => value !== null && value !== undefined;
    if (given(ref.id) && !given(ref.group) && !given(ref.name)) return { id: ref.id! };
    if (!given(ref.id) && given(ref.group) && given(ref.name)) return { group: ref.group!, name: ref.name! };
    problems.add(`${path}.${index}`, 'must give either an id, or a group and a name');
    return null;
  });
  problems.throwIfAny();
  return parsed as TagRef[];
}

/** Named tags must belong to an active TAG_GROUP of the data dictionary; every other one is reported. */
export function assertActiveTagGroups(refs: TagRef[], activeKeys: ReadonlySet<string>, path = 'tags'): void {
  const problems = new InputProblems();
  refs.forEach((ref, index) => {
    if ('group' in ref && !activeKeys.has(dictionaryKey('TAG_GROUP', ref.group)))
      problems.add(
        `${path}.${index}.group`,
        `${ref.group} is not an active TAG_GROUP of the data dictionary`,
      );
  });
  problems.throwIfAny();
}
