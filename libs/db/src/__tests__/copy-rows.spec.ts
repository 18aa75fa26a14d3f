import { copyTextLine } from '../copy-rows';

describe('copyTextLine (COPY text format)', () => {
  it('separates cells with tabs, ends the line, and writes null and undefined as \\N', () => {
    expect(copyTextLine(['a', null, undefined, 3, true])).toBe('a\t\\N\t\\N\t3\ttrue\n');
  });

  it('escapes backslash, tab, newline and carriage return so a cell cannot break the row', () => {
    expect(copyTextLine(['C:\\temp', 'a\tb', 'line\nbreak', 'cr\r'])).toBe(
      'C:\\\\temp\ta\\tb\tline\\nbreak\tcr\\r\n',
    );
  });

  it('writes dates as ISO-8601 and objects as JSON, escaped like any text', () => {
    const at = new Date('2026-12-04T10:00:00.000Z');
    expect(copyTextLine([at, [{ note: 'x\ny' }]])).toBe('2026-12-04T10:00:00.000Z\t[{"note":"x\\\\ny"}]\n');
  });
});
