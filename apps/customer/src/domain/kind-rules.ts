import { InputProblems } from '@crm/errors';
import type { CustomerKind } from './customer-vocabulary';

/** Profile fields that only make sense for one kind of customer. */
const ONLY_FOR: Record<string, { kind: CustomerKind; message: string }> = {
  birthDate: { kind: 'PERSON', message: 'only a PERSON has a birth date' },
  gender: { kind: 'PERSON', message: 'only a PERSON has a gender' },
  companySize: { kind: 'COMPANY', message: 'only a COMPANY has a company size' },
};

/** Adds a problem for each kind-specific field set (non-null) on a customer of the other kind. */
export function checkFieldsFitKind(
  problems: InputProblems,
  kind: CustomerKind,
  fields: Record<string, unknown>,
  path: string,
): void {
  for (const [field, rule] of Object.entries(ONLY_FOR)) {
    const value = fields[field];
    if (value !== undefined && value !== null && rule.kind !== kind)
      problems.add(`${path}.${field}`, `${rule.message} (this customer is a ${kind})`);
  }
}

/** Refuses every kind-specific field set (non-null) on a customer of the other kind. */
export function assertFieldsFitKind(kind: CustomerKind, fields: Record<string, unknown>, path: string): void {
  const problems = new InputProblems();
  checkFieldsFitKind(problems, kind, fields, path);
  problems.throwIfAny();
}
