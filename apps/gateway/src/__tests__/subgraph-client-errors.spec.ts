import { Response } from 'node-fetch';
import { clientErrorsAsGraphQLResponse } from '../subgraph-client-errors';

const json = { 'content-type': 'application/json; charset=utf-8' };
const refusal = {
  errors: [{ message: 'Variable "$at" got invalid value', extensions: { code: 'BAD_USER_INPUT' } }],
};

describe('a subgraph client error', () => {
  it('reaches the gateway as a GraphQL response, with its codes', async () => {
    const passed = await clientErrorsAsGraphQLResponse(
      new Response(JSON.stringify(refusal), { status: 400, headers: json }),
    );
    expect(passed.ok).toBe(true);
    await expect(passed.json()).resolves.toEqual(refusal);
  });

  it.each([
    ['a refused gateway token', 401, JSON.stringify(refusal), json],
    ['a server error', 500, JSON.stringify(refusal), json],
    ['a 4xx without GraphQL errors', 400, '{"message":"no"}', json],
    ['a 4xx in HTML', 400, '<html>Bad</html>', { 'content-type': 'text/html' }],
  ])('but not %s', async (_case, status, body, headers) => {
    const passed = await clientErrorsAsGraphQLResponse(new Response(body, { status, headers }));
    expect(passed.status).toBe(status);
    await expect(passed.text()).resolves.toBe(body);
  });
});
