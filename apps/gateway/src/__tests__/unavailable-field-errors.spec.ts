import { parse } from 'graphql';
import { pathsOfFetch, unavailableFieldErrors } from '../unavailable-field-errors';

// Fetch operations as @apollo/gateway's query planner writes them for a subgraph.
const ROOT_FETCH = parse(`query Q__analytics__0 { customersSeen seen: customersSeen __typename }`);
const ENTITY_FETCH = parse(`
  query Q__analytics__1($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Customer { __typename metrics { openOpportunities } timeline { totalCount } }
      ... on Campaign { performance { roi } }
    }
  }`);
const WITH_FRAGMENT = parse(`
  query Q($representations: [_Any!]!) { _entities(representations: $representations) { ...CustomerValue } }
  fragment CustomerValue on Customer { metrics { openOpportunities } }`);

describe('pathsOfFetch', () => {
  it('names each root field of a root fetch by its response name, without __typename', () => {
    expect(pathsOfFetch(ROOT_FETCH, undefined)).toEqual([['customersSeen'], ['seen']]);
  });

  it('names the fields of each representation of an entity fetch, by its type', () => {
    const representations = [
      { __typename: 'Customer', id: 'c1' },
      { __typename: 'Campaign', id: 'k1' },
      { __typename: 'Customer', id: 'c2' },
    ];
    expect(pathsOfFetch(ENTITY_FETCH, representations)).toEqual([
      ['_entities', 0, 'metrics'],
      ['_entities', 0, 'timeline'],
      ['_entities', 1, 'performance'],
      ['_entities', 2, 'metrics'],
      ['_entities', 2, 'timeline'],
    ]);
  });

  it('follows named fragments', () => {
    expect(pathsOfFetch(WITH_FRAGMENT, [{ __typename: 'Customer', id: 'c1' }])).toEqual([
      ['_entities', 0, 'metrics'],
    ]);
  });
});

describe('unavailableFieldErrors', () => {
  it('gives one SERVICE_UNAVAILABLE error per field, naming the service and the reason only', () => {
    const errors = unavailableFieldErrors('analytics', 'it refused the connection', ROOT_FETCH, undefined);
    expect(errors).toEqual([
      {
        message:
          'The analytics service is unavailable (it refused the connection); its fields are null. Retry in a few seconds.',
        path: ['customersSeen'],
        extensions: { code: 'SERVICE_UNAVAILABLE', service: 'analytics' },
      },
      expect.objectContaining({ path: ['seen'] }),
    ]);
  });

  it('still says what failed when the fetch asked for no field', () => {
    const errors = unavailableFieldErrors(
      'sales',
      'it answered HTTP 502',
      parse('{ __typename }'),
      undefined,
    );
    expect(errors).toEqual([
      expect.objectContaining({ extensions: { code: 'SERVICE_UNAVAILABLE', service: 'sales' } }),
    ]);
    expect(errors[0].path).toBeUndefined();
  });
});
