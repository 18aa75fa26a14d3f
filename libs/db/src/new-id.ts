import { v7 as uuidv7, validate, version } from 'uuid';

/** Ids are UUID v7, made by the application: time-ordered, so B-tree inserts stay local (DESIGN §5). */
export function newId(): string {
  return uuidv7();
}

export function isUuid(value: string): boolean {
  return validate(value) && version(value) >= 1;
}
