import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { composeSupergraph, SUPERGRAPH_FILE } from '@crm/gateway';

const { supergraphSdl, errors } = composeSupergraph();
if (!supergraphSdl) {
  console.error(`Composition failed:\n${errors.map((error) => `  - ${error}`).join('\n')}`);
  process.exit(1);
}
writeFileSync(SUPERGRAPH_FILE, supergraphSdl);
console.log(`Wrote ${relative(process.cwd(), SUPERGRAPH_FILE)}`);
