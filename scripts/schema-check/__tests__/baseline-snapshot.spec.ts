import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { baselineSnapshot } from '../baseline-snapshot';
import { baselineCommit } from '../git-baseline';

const ASYNCAPI = {
  components: {
    messages: {
      'crm.sales.opportunity.won': {
        payload: {
          properties: {
            dataschema: { const: 'urn:crm:schema:crm.sales.opportunity.won:3' },
            data: { type: 'object' },
          },
        },
      },
      'dead-letter': { payload: { description: 'no event type' } },
    },
  },
};

describe('baselineSnapshot', () => {
  const repository = mkdtempSync(join(tmpdir(), 'crm-schema-check-'));
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.com', ...args], {
      cwd: repository,
      encoding: 'utf8',
    }).trim();
  const write = (path: string, content: string) => {
    mkdirSync(dirname(join(repository, path)), { recursive: true });
    writeFileSync(join(repository, path), content);
  };
  afterAll(() => rmSync(repository, { recursive: true, force: true }));

  beforeAll(() => {
    git('init', '--quiet', '--initial-branch=main');
    write('apps/service/src/schema/tickets.graphql', 'type Ticket { id: ID! }');
    write('apps/service/src/schema/sla.graphql', 'type Sla { id: ID! }');
    write('apps/gateway/src/main.ts', '');
    write('supergraph.graphql', 'type Query { ticket: Ticket }');
    write('docs/asyncapi.json', JSON.stringify(ASYNCAPI));
    git('add', '.');
    git('commit', '--quiet', '-m', 'baseline');
  });

  it("reads each subgraph's SDL files in name order, the supergraph and the event schemas at a commit", () => {
    const snapshot = baselineSnapshot(repository, baselineCommit(repository, 'main'));
    expect(snapshot.subgraphs).toEqual(
      new Map([['service', 'type Sla { id: ID! }\ntype Ticket { id: ID! }']]),
    );
    expect(snapshot.supergraph).toBe('type Query { ticket: Ticket }');
    expect(snapshot.events).toEqual(
      new Map([['crm.sales.opportunity.won', { version: 3, data: { type: 'object' } }]]),
    );
  });

  it('compares with where the branch left main, not with what main did since', () => {
    const forkPoint = git('rev-parse', 'HEAD');
    git('checkout', '--quiet', '-b', 'feature');
    git('checkout', '--quiet', 'main');
    write('apps/service/src/schema/tickets.graphql', 'type Ticket { id: ID! subject: String }');
    git('commit', '--quiet', '-am', 'main moves on');
    git('checkout', '--quiet', 'feature');
    expect(baselineCommit(repository, 'main')).toBe(forkPoint);
  });

  it('names a base that does not exist and says what to do', () => {
    expect(() => baselineCommit(repository, 'origin/nowhere')).toThrow(/--base <ref>/);
  });

  it('reads no supergraph and no events at a commit that had none', () => {
    git('rm', '--quiet', 'supergraph.graphql', 'docs/asyncapi.json');
    git('commit', '--quiet', '-m', 'without generated files');
    const snapshot = baselineSnapshot(repository, baselineCommit(repository, 'HEAD'));
    expect(snapshot.supergraph).toBeUndefined();
    expect(snapshot.events.size).toBe(0);
  });
});
