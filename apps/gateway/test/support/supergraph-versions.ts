import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { SUPERGRAPH_FILE } from '@crm/gateway';

/** The field the reload tests take out of the graph and put back: analytics answers it alone. */
export const RELOADED_FIELD_QUERY = '{ customersSeen }';
/** The field's definition with its one-line description. */
const RELOADED_FIELD_LINE = /^(?: *""".*"""\n)? *customersSeen: Int! @join__field\(graph: ANALYTICS\)\n/m;

export const sha256 = (sdl: string): string => createHash('sha256').update(sdl).digest('hex');

/** Versions of the repository's supergraph, as a team would deliver them to a running gateway. */
export function supergraphVersions() {
  const current = readFileSync(SUPERGRAPH_FILE, 'utf8');
  const withoutField = current.replace(RELOADED_FIELD_LINE, '');
  if (withoutField === current) throw new Error(`${SUPERGRAPH_FILE} has no line ${RELOADED_FIELD_LINE}`);
  return {
    current,
    withoutField,
    /** What a reader sees of a file half written: it does not build. */
    halfWritten: current.slice(0, Math.floor(current.length / 2)),
    /** Parses, but names a type it does not define. */
    unbuildable: current.replace('customersSeen: Int!', 'customersSeen: Nowhere!'),
  };
}
