import { readFileSync } from 'node:fs';
import { composeSupergraph, SUPERGRAPH_FILE } from '../compose-supergraph';

describe('the committed supergraph', () => {
  const { supergraphSdl, errors } = composeSupergraph();

  it('composes without errors', () => {
    expect(errors).toEqual([]);
  });

  it('is current: run `npm run compose` after changing a subgraph SDL', () => {
    expect(readFileSync(SUPERGRAPH_FILE, 'utf8')).toBe(supergraphSdl);
  });
});
