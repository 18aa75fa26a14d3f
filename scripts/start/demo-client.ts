export type Send = (query: string, variables?: Record<string, unknown>) => Promise<Record<string, unknown>>;

export function clientFor(gatewayUrl: string, token: string): Send {
  return async (query, variables = {}) => {
    const response = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as {
      data?: Record<string, unknown>;
      errors?: { message: string }[];
    };
    if (body.errors?.length) throw new Error(body.errors.map((error) => error.message).join('; '));
    return body.data ?? {};
  };
}
