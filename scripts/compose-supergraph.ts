import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { composeSupergraph, SUPERGRAPH_FILE } from '../apps/gateway/src/compose-supergraph';

const { supergraphSdl, errors } = composeSupergraph();
if (!supergraphSdl) {
  console.error(`Composition failed:\n${errors.map((error) => `  - ${error}`).join('\n')}`);
  process.exit(1);
}
writeFileSync(SUPERGRAPH_FILE, supergraphSdl);
console.log(`Wrote ${relative(process.cwd(), SUPERGRAPH_FILE)}`);
