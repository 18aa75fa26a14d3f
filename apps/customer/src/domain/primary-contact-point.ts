/** An email address or phone number entry of a customer's list. */
export interface ContactPointEntry {
  label: string | null;
  primary: boolean;
}

/** The value of the list's primary entry: what customers.email / customers.phone mirror. */
export function primaryValueOf<E extends ContactPointEntry>(
  entries: E[],
  valueOf: (entry: E) => string,
): string | null {
  const primary = entries.find((entry) => entry.primary);
  return primary ? valueOf(primary) : null;
}

/**
 * The list after the single primary value was set on its own (`email`/`phone` without the list):
 * the primary entry takes the new value; null removes it and the next entry, if any, becomes primary.
 */
export function withPrimaryValue<E extends ContactPointEntry>(
  entries: E[],
  value: string | null,
  valueOf: (entry: E) => string,
  entryOf: (value: string) => E,
): E[] {
  const others = entries.filter((entry) => !entry.primary && valueOf(entry) !== value);
  const current = entries.find((entry) => entry.primary);
  if (value === null) return others.map((entry, index) => ({ ...entry, primary: index === 0 }));
  const label = entries.find((entry) => valueOf(entry) === value)?.label ?? current?.label ?? null;
  const primary = { ...entryOf(value), label };
  return [primary, ...others];
}
