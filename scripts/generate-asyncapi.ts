import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Parser } from '@asyncapi/parser';
import { format, resolveConfig } from 'prettier';
import { EVENT_TYPES, generateAsyncApiDocument } from '@crm/events';

// DiagnosticSeverity.Error of @asyncapi/parser (https://github.com/asyncapi/parser-js).
const ERROR = 0;
const OUTPUT = path.resolve(__dirname, '..', 'docs', 'asyncapi.json');

/** Writes the AsyncAPI document of the event catalogue to docs/asyncapi.json (checked in CI to be current). */
async function main(): Promise<void> {
  console.log(`Generating the AsyncAPI document of ${EVENT_TYPES.length} event types...`);
  const document = generateAsyncApiDocument();
  const diagnostics = await new Parser().validate(document);
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === ERROR);
  for (const { message, path: at } of errors) console.error(`  ${at.join('.')}: ${message}`);
  if (errors.length > 0)
    throw new Error(`The generated document is not valid AsyncAPI (${errors.length} errors)`);
  // Formatted as `npm run format` would, so the two never fight over the file.
  const options = await resolveConfig(OUTPUT);
  const json = await format(JSON.stringify(document), { ...options, filepath: OUTPUT });
  mkdirSync(path.dirname(OUTPUT), { recursive: true });
  writeFileSync(OUTPUT, json);
  console.log(`Wrote ${path.relative(process.cwd(), OUTPUT)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
