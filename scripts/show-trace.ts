import { readFileSync } from 'node:fs';
import { DEFAULT_TRACES_FILE, type SpanLine } from '@crm/telemetry';

const USAGE =
  'usage: npm run -s trace -- [<trace id>]   (the latest trace of $CRM_TRACES_FILE when none is named)';

/**
 * Draws one trace of the file that `OTEL_TRACES_EXPORTER=file` writes: each span under its parent,
 * with its service, kind and duration. Development only; a collector and a trace UI do it for real.
 */
function main(): void {
  const file = process.env.CRM_TRACES_FILE ?? DEFAULT_TRACES_FILE;
  const wanted = process.argv[2];
  if (wanted === '--help') return console.log(USAGE);
  const spans = readSpans(file);
  const traceId = wanted ?? spans.at(-1)?.traceId;
  const trace = spans.filter((span) => span.traceId === traceId);
  if (trace.length === 0) throw new Error(`${file} has no spans of trace ${traceId ?? '(none yet)'}`);
  console.log(`trace ${traceId} (${trace.length} spans) from ${file}`);
  const known = new Set(trace.map((span) => span.spanId));
  const roots = trace.filter((span) => !span.parentSpanId || !known.has(span.parentSpanId));
  for (const root of byStart(roots)) draw(root, trace, '');
}

function readSpans(file: string): SpanLine[] {
  const text = readFileSync(file, 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as SpanLine);
}

const byStart = (spans: SpanLine[]) => [...spans].sort((a, b) => a.startTime.localeCompare(b.startTime));

function draw(span: SpanLine, trace: SpanLine[], indent: string): void {
  const status = span.status === 'OK' ? '' : `  ${span.status}`;
  console.log(
    `${indent}${span.name}  [${span.service} ${span.kind}] ${span.durationMs.toFixed(1)} ms${status}`,
  );
  const children = trace.filter((child) => child.parentSpanId === span.spanId);
  for (const child of byStart(children)) draw(child, trace, `${indent}  `);
}

try {
  main();
} catch (error) {
  console.error(`[trace] ${(error as Error).message}\n${USAGE}`);
  process.exit(1);
}
