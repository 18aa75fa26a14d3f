import { clientErrorsAsGraphQLResponse } from '../subgraph-client-errors';

const json = { 'content-type': 'application/json; charset=utf-8' };
const refusal = {
  errors: [{ message: 'Variable "$at" got invalid value', extensions: { code: 'BAD_USER_INPUT' } }],
};

describe('a subgraph client error', () => {
  it('reaches the gateway as a GraphQL response, with its codes', () => {
    const body = JSON.stringify(refusal);
    const passed = clientErrorsAsGraphQLResponse({ status: 400, headers: json, body });
    expect(passed.status).toBe(200);
    expect(JSON.parse(passed.body)).toEqual(refusal);
  });

  it.each([
    ['a refused gateway token', 401, JSON.stringify(refusal), json],
    ['a 4xx without GraphQL errors', 400, '{"message":"no"}', json],
    ['a 4xx in HTML', 400, '<html>Bad</html>', { 'content-type': 'text/html' }],
  ])('but not %s', (_case, status, body, headers) => {
    const passed = clientErrorsAsGraphQLResponse({ status, headers, body });
    expect(passed.status).toBe(status);
    expect(passed.body).toBe(body);
  });
});
