import { formatGatewayError } from '../format-gateway-error';

describe('formatGatewayError', () => {
  it('strips the subgraph response and stack but keeps code and field', () => {
    const formatted = formatGatewayError({
      message: 'input.name: must not be empty',
      extensions: {
        code: 'BAD_USER_INPUT',
        field: 'input.name',
        response: { status: 200, body: {} },
        stacktrace: ['at x'],
      },
    });
    expect(formatted.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.name' });
  });
});
