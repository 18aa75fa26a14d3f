import { buildSchema, parse } from 'graphql';
import { argumentProblems } from '../argument-problems';

const schema = buildSchema(`
  scalar DateTime
  scalar LocalDate
  input Line { description: String dueDate: LocalDate }
  input OrderInput { note: String at: DateTime lines: [Line!] tags: [String!] }
  type Query { orders(region: String, after: LocalDate): Int }
  type Mutation { placeOrder(input: OrderInput!): Int }
`);

const problemsOf = (query: string, variables?: Record<string, unknown>) =>
  argumentProblems(schema, parse(query), variables);

describe('argument problems', () => {
  it('find none in good arguments', () => {
    expect(problemsOf('{ orders(region: "EU", after: "2026-02-28") }')).toEqual([]);
    expect(
      problemsOf('mutation ($i: OrderInput!) { placeOrder(input: $i) }', {
        i: { note: 'ok', at: '2026-02-28T10:00:00Z', lines: [{ dueDate: '2028-02-29' }], tags: ['a'] },
      }),
    ).toEqual([]);
  });

  it('find a NUL character anywhere, on its path', () => {
    expect(problemsOf('{ orders(region: "a\\u0000") }')).toEqual([
      { field: 'region', message: expect.stringMatching(/NUL/) },
    ]);
    expect(
      problemsOf('mutation ($i: OrderInput!) { placeOrder(input: $i) }', {
        i: { note: '\u0000', lines: [{ description: 'x' }, { description: 'y\u0000' }], tags: ['\u0000'] },
      }).map((problem) => problem.field),
    ).toEqual(['input.note', 'input.lines.1.description', 'input.tags.0']);
  });

  it('find text that is not well-formed Unicode (an unpaired surrogate)', () => {
    expect(problemsOf('query ($r: String) { orders(region: $r) }', { r: 'a\ud800' })).toEqual([
      { field: 'region', message: expect.stringMatching(/unpaired surrogates/) },
    ]);
    expect(problemsOf('{ orders(region: "👩‍💻 ok") }')).toEqual([]);
  });

  it('find dates that do not exist, in literals, variables and variable defaults', () => {
    expect(problemsOf('{ orders(after: "2026-02-30") }')).toEqual([
      { field: 'after', message: expect.stringMatching(/calendar date .*\(got "2026-02-30"\)/) },
    ]);
    expect(problemsOf('query ($d: LocalDate = "2026-13-01") { orders(after: $d) }')[0].field).toBe('after');
    expect(
      problemsOf(
        'mutation ($at: DateTime) { placeOrder(input: { at: $at, lines: [{ dueDate: "2027-02-29" }] }) }',
        {
          at: '2026-04-31T00:00:00Z',
        },
      ).map((problem) => problem.field),
    ).toEqual(['input.at', 'input.lines.0.dueDate']);
  });

  it('leave values of the wrong shape to GraphQL', () => {
    expect(problemsOf('mutation ($i: OrderInput!) { placeOrder(input: $i) }', { i: 'text' })).toEqual([]);
    expect(problemsOf('{ orders(after: 5) }')).toEqual([
      { field: 'after', message: expect.stringMatching(/calendar date/) },
    ]);
  });
});
