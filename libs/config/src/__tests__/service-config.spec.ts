import { ConfigError } from '../config-error';
import { loadServiceConfig } from '../service-config';
import { loadGatewayConfig } from '../gateway-config';

describe('loadServiceConfig', () => {
  it('falls back to the defaults of DESIGN §7', () => {
    const config = loadServiceConfig('sales', {});
    expect(config.port).toBe(4003);
    expect(config.kafkaBrokers).toEqual(['127.0.0.1:9092']);
    expect(config.databaseUrl).toBe('postgres://crm_sales:crm_sales@127.0.0.1:5432/crm');
    expect(config.consumerGroupId).toBe('crm.sales');
  });

  it('reads overrides from the environment', () => {
    const config = loadServiceConfig('customer', { PORT: '5002', KAFKA_BROKERS: 'a:1, b:2' });
    expect(config.port).toBe(5002);
    expect(config.kafkaBrokers).toEqual(['a:1', 'b:2']);
  });

  it('names every bad variable and its value', () => {
    expect.assertions(3);
    try {
      loadServiceConfig('customer', { PORT: 'eighty', DATABASE_URL: 'mysql://x' });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems).toHaveLength(2);
      expect((error as ConfigError).message).toMatch(/PORT: .*\(got "eighty"\)/);
    }
  });
});

describe('loadGatewayConfig', () => {
  it('knows every subgraph URL', () => {
    const config = loadGatewayConfig({ SALES_URL: 'http://sales.internal:80/graphql' });
    expect(config.subgraphUrls.sales).toBe('http://sales.internal:80/graphql');
    expect(config.subgraphUrls.identity).toBe('http://127.0.0.1:4001/graphql');
  });

  it('reads the subgraph breaker settings, with defaults', () => {
    expect(loadGatewayConfig({}).subgraphBreaker).toEqual({
      errorPercent: 50,
      minCalls: 5,
      windowMs: 10_000,
      openMs: 5_000,
    });
    const tuned = loadGatewayConfig({ SUBGRAPH_BREAKER_MIN_CALLS: '3', SUBGRAPH_BREAKER_OPEN_MS: '1000' });
    expect(tuned.subgraphBreaker).toMatchObject({ minCalls: 3, openMs: 1_000 });
    expect(() => loadGatewayConfig({ SUBGRAPH_BREAKER_ERROR_PERCENT: '150' })).toThrow(
      /SUBGRAPH_BREAKER_ERROR_PERCENT/,
    );
  });

  it('runs one gateway process unless GATEWAY_WORKERS asks for more', () => {
    expect(loadGatewayConfig({}).workers).toBe(1);
    expect(loadGatewayConfig({ GATEWAY_WORKERS: '4' }).workers).toBe(4);
    expect(() => loadGatewayConfig({ GATEWAY_WORKERS: '0' })).toThrow(/GATEWAY_WORKERS/);
  });

  it('reads the supergraph from the file unless SUPERGRAPH_URL names a server, and polls every 2 s', () => {
    expect(loadGatewayConfig({}).supergraph).toEqual({
      path: 'supergraph.graphql',
      url: undefined,
      pollIntervalMs: 2_000,
    });
    const served = loadGatewayConfig({
      SUPERGRAPH_URL: 'http://registry.internal/supergraph.graphql',
      SUPERGRAPH_POLL_INTERVAL_MS: '10000',
    });
    expect(served.supergraph).toMatchObject({
      url: 'http://registry.internal/supergraph.graphql',
      pollIntervalMs: 10_000,
    });
    expect(() => loadGatewayConfig({ SUPERGRAPH_URL: 'registry' })).toThrow(/SUPERGRAPH_URL/);
  });
});
