import { gatewayAddressEnv, loadStartPorts, serviceAddressEnv } from '../start-ports';

describe('loadStartPorts', () => {
  it('uses the ports of DESIGN §7 by default', () => {
    expect(loadStartPorts({})).toEqual({
      gateway: 4000,
      services: {
        identity: 4001,
        customer: 4002,
        sales: 4003,
        service: 4004,
        marketing: 4005,
        analytics: 4006,
        notification: 4007,
      },
    });
  });

  it('moves every app with GATEWAY_PORT and <SERVICE>_PORT, and tells the others where it went', () => {
    const ports = loadStartPorts({ GATEWAY_PORT: '4100', IDENTITY_PORT: '4101', SALES_PORT: '4103' });

    expect(serviceAddressEnv('sales', ports)).toEqual({
      PORT: '4103',
      GATEWAY_JWKS_URL: 'http://127.0.0.1:4100/.well-known/jwks.json',
    });
    expect(gatewayAddressEnv(ports)).toMatchObject({
      PORT: '4100',
      IDENTITY_JWKS_URL: 'http://127.0.0.1:4101/.well-known/jwks.json',
      IDENTITY_URL: 'http://127.0.0.1:4101/graphql',
      SALES_URL: 'http://127.0.0.1:4103/graphql',
      CUSTOMER_URL: 'http://127.0.0.1:4002/graphql',
    });
  });

  it('names the variable of a bad port', () => {
    expect(() => loadStartPorts({ SALES_PORT: 'eighty' })).toThrow(/SALES_PORT: .* \(got "eighty"\)/);
  });
});
