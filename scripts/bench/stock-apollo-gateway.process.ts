import { readFileSync } from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { internalAuthorization, readPeerGatewayEnv } from './peer-gateway-env';

/**
 * Peer B of the gateway bench: stock @apollo/gateway in a default @apollo/server (standalone),
 * on the same supergraph. The one addition is bench-only: willSendRequest sends the internal
 * token the bench signed for each subgraph, since our subgraphs refuse any other caller.
 */
async function main() {
  const { port, supergraphPath, internalTokens } = readPeerGatewayEnv();
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(supergraphPath, 'utf8'),
    buildService: ({ name, url }) =>
      new RemoteGraphQLDataSource({
        url,
        willSendRequest({ request }) {
          request.http?.headers.set('authorization', internalAuthorization(internalTokens, name));
        },
      }),
  });
  const server = new ApolloServer({ gateway });
  const { url } = await startStandaloneServer(server, { listen: { port, host: '127.0.0.1' } });
  process.send?.({ ready: url });
}

// Forked by the bench: when the bench goes, so does this peer.
process.on('disconnect', () => process.exit(0));

main().catch((error: unknown) => {
  console.error('stock @apollo/gateway failed to start:', error);
  process.exit(1);
});
