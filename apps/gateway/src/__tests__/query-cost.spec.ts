import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { operationCost } from '../query-cost';

const schema = buildSchema(`
  type Query { customers(first: Int = 20): CustomerConnection }
  type CustomerConnection { edges: [CustomerEdge] }
  type CustomerEdge { node: Customer }
  type Customer { id: ID name: String deals(first: Int = 20): CustomerConnection }
`);

const costOf = (query: string, variables: Record<string, unknown> = {}) => {
  const document = parse(query);
  return operationCost(schema, document, document.definitions[0] as OperationDefinitionNode, variables);
};

describe('operation cost', () => {
  const literal = costOf('{ customers(first: 200) { edges { node { id } } } }');

  it('weighs a list by the page it asks for', () => {
    expect(literal).toBe(costOf('{ customers(first: 100) { edges { node { id } } } }') * 2);
  });

  it('reads page sizes from variables, their defaults and the schema default', () => {
    expect(costOf('query ($n: Int) { customers(first: $n) { edges { node { id } } } }', { n: 200 })).toBe(
      literal,
    );
    expect(costOf('query ($n: Int = 200) { customers(first: $n) { edges { node { id } } } }')).toBe(literal);
    expect(costOf('{ customers { edges { node { id } } } }')).toBe(
      costOf('{ customers(first: 20) { edges { node { id } } } }'),
    );
  });

  it('counts fragments as if written in place', () => {
    const inline = costOf('{ customers(first: 5) { edges { node { id name } } } }');
    expect(
      costOf('{ customers(first: 5) { edges { node { ...F } } } } fragment F on Customer { id name }'),
    ).toBe(inline);
    expect(costOf('{ customers(first: 5) { edges { node { ... on Customer { id name } } } } }')).toBe(inline);
  });

  it('multiplies nested pages', () => {
    const nested = costOf(
      'query ($n: Int) { customers(first: $n) { edges { node { deals(first: $n) { edges { node { id } } } } } } }',
      {
        n: 200,
      },
    );
    expect(nested).toBeGreaterThan(200 * 200);
  });
});
