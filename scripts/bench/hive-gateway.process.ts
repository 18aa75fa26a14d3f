import { createServer } from 'node:http';
import { createGatewayRuntime } from '@graphql-hive/gateway';
import { internalAuthorization, readPeerGatewayEnv } from './peer-gateway-env';

/**
 * Peer C of the gateway bench: Hive Gateway's runtime with its default settings on the same
 * supergraph file, served by node:http as its docs show. The one addition is bench-only:
 * propagateHeaders sends the internal token the bench signed for each subgraph.
 */
async function main() {
  const { port, supergraphPath, internalTokens } = readPeerGatewayEnv();
  const gateway = createGatewayRuntime({
    supergraph: supergraphPath,
    propagateHeaders: {
      fromClientToSubgraphs: ({ subgraphName }) => ({
        authorization: internalAuthorization(internalTokens, subgraphName),
      }),
    },
  });
  const server = createServer(gateway);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  process.send?.({ ready: `http://127.0.0.1:${port}${gateway.graphqlEndpoint}` });
}

// Forked by the bench: when the bench goes, so does this peer.
process.on('disconnect', () => process.exit(0));

main().catch((error: unknown) => {
  console.error('Hive Gateway failed to start:', error);
  process.exit(1);
});
