/**
 * The package entry of @crm/gateway: what other projects may use of this app (the in-process test
 * platform, `npm run compose`). main.ts runs the gateway; nothing else reaches into src/.
 */
export { startGateway, type RunningGateway } from './start-gateway';
export { composeSupergraph, subgraphSourceDir, SUPERGRAPH_FILE } from './compose-supergraph';
