import { formatGatewayError } from '../format-gateway-error';

describe('formatGatewayError', () => {
  it('strips the subgraph response and stack but keeps code, field and fields', () => {
    const fields = [
      { field: 'input.name', message: 'must not be empty' },
      { field: 'input.email', message: 'is not an email address' },
    ];
    const formatted = formatGatewayError({
      message: 'input.name: must not be empty; input.email: is not an email address',
      extensions: {
        code: 'BAD_USER_INPUT',
        field: 'input.name',
        fields,
        response: { status: 200, body: {} },
        stacktrace: ['at x'],
      },
    });
    expect(formatted.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.name', fields });
  });
});
