import { parseAllowFile } from '../allow-file';
import { schemaCheckVerdict } from '../schema-check-verdict';

const FILE = 'schema-changes.allow.json';
const ENTRY = {
  subject: 'customer',
  change: "Field 'email' was removed from object type 'Customer'",
  reason: 'No client reads it',
  reviewedBy: 'sales-team',
};

describe('parseAllowFile', () => {
  it('reads the entries of a valid file, and none when there is no file', () => {
    expect(parseAllowFile(JSON.stringify({ allowed: [ENTRY] }), FILE)).toEqual({
      entries: [ENTRY],
      problems: [],
    });
    expect(parseAllowFile(undefined, FILE)).toEqual({ entries: [], problems: [] });
  });

  it('refuses an entry without a reason or a reviewer, and the check fails on it', () => {
    const { reason: _reason, ...unexplained } = ENTRY;
    const allowList = parseAllowFile(
      JSON.stringify({ allowed: [{ ...unexplained, reviewedBy: ' ' }] }),
      FILE,
    );
    expect(allowList.entries).toEqual([]);
    expect(allowList.problems).toEqual([
      expect.stringMatching(/^schema-changes.allow.json allowed\[0\]: "reason" must be a non-empty string/),
      expect.stringMatching(
        /^schema-changes.allow.json allowed\[0\]: "reviewedBy" must be a non-empty string/,
      ),
    ]);
    expect(schemaCheckVerdict([], allowList, []).passed).toBe(false);
  });

  it('refuses a file that is not JSON or not { "allowed": [...] }', () => {
    expect(parseAllowFile('{', FILE).problems).toEqual([expect.stringMatching(/is not JSON/)]);
    expect(parseAllowFile('[]', FILE).problems).toEqual([`${FILE} must be { "allowed": [ ... ] }`]);
  });
});
