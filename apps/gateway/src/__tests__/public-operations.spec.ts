import { isPublicOperation } from '../public-operations';

describe('isPublicOperation', () => {
  it('lets login and token refresh through without a token', () => {
    expect(
      isPublicOperation({ query: 'mutation { login(email: "a", password: "b") { accessToken } }' }),
    ).toBe(true);
    expect(
      isPublicOperation({ query: 'mutation R { refreshAccessToken(refreshToken: "x") { accessToken } }' }),
    ).toBe(true);
  });

  it('lets a customer answer a survey with its invitation token, without a login', () => {
    expect(
      isPublicOperation({ query: 'mutation { answerSurvey(token: "t", answers: []) { recordedAt } }' }),
    ).toBe(true);
  });

  it.each([
    ['a query', '{ customers { edges { cursor } } }'],
    [
      'answerSurvey with a survey design',
      'mutation { answerSurvey(token: "t", answers: []) { recordedAt } createSurvey(input: {}) { id } }',
    ],
    [
      'login with another mutation',
      'mutation { login(email: "a", password: "b") { accessToken } createCustomer(input: {}) { id } }',
    ],
    [
      'a fragment spread at the root',
      'mutation { ...F } fragment F on Mutation { createCustomer(input: {}) { id } }',
    ],
    ['garbage', 'mutation {'],
  ])('refuses %s', (_case, query) => {
    expect(isPublicOperation({ query })).toBe(false);
  });

  it('looks at the operation the request names', () => {
    const query =
      'mutation A { login(email: "a", password: "b") { accessToken } } mutation B { createUser(input: {}) { id } }';
    expect(isPublicOperation({ query, operationName: 'A' })).toBe(true);
    expect(isPublicOperation({ query, operationName: 'B' })).toBe(false);
  });
});
