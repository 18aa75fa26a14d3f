import { withPrimaryValue } from '../primary-contact-point';

type Entry = { value: string; label: string | null; primary: boolean };
const valueOf = (entry: Entry) => entry.value;
const entryOf = (value: string): Entry => ({ value, label: null, primary: true });

describe('withPrimaryValue', () => {
  const list: Entry[] = [
    { value: 'a', label: 'work', primary: true },
    { value: 'b', label: 'home', primary: false },
  ];

  it('adds a primary entry to an empty list', () => {
    expect(withPrimaryValue([], 'a', valueOf, entryOf)).toEqual([{ value: 'a', label: null, primary: true }]);
  });

  it('promotes an existing entry with its own label instead of listing it twice', () => {
    expect(withPrimaryValue(list, 'b', valueOf, entryOf)).toEqual([
      { value: 'b', label: 'home', primary: true },
    ]);
  });

  it('removes the primary entry on null and promotes the next one', () => {
    expect(withPrimaryValue(list, null, valueOf, entryOf)).toEqual([
      { value: 'b', label: 'home', primary: true },
    ]);
  });
});
