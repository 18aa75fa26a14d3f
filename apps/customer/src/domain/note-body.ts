import { z } from 'zod';
import { parseInput } from './parse-input';

const NOTE_BODY = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(10_000, 'must be at most 10000 characters');

/** A note's text, trimmed. */
export function parseNoteBody(body: unknown, path = 'body'): string {
  return parseInput(NOTE_BODY, body, path);
}
