import { parseArgs } from 'node:util';
import { isServiceName, loadInfrastructureConfig, SERVICE_NAMES } from '@crm/config';
import { createLogger } from '@crm/logger';
import {
  createKafka,
  deadLetterTopicOf,
  kafkaTopicOf,
  listDeadLetters,
  replayDeadLetters,
  type DeadLetterEntry,
} from '@crm/messaging';

const USAGE = `usage: npm run -s dlq -- list <service|groupId>                       the messages a consumer parked
       npm run -s dlq -- show <service|groupId> <eventId>             one of them: original headers and payload
       npm run -s dlq -- replay <service|groupId> [--event-id <id>]   send them back once their cause is fixed
A service (${SERVICE_NAMES.join(', ')}) names its consumer group: KAFKA_GROUP_ID if set, otherwise crm.<service>.`;

class UsageError extends Error {}

const log = (message: string) => console.error(`[dlq] ${message}`);

function describe(entry: DeadLetterEntry): string {
  const replayed = entry.replayedAt ? `replayed ${entry.replayedAt}` : 'not replayed';
  return [
    `${entry.eventId ?? '(not an event)'}  ${entry.eventType ?? '?'}`,
    `  failed at ${entry.failedAt} after ${entry.attempts} attempts; ${replayed}`,
    `  from ${entry.originalTopic}: ${entry.error}`,
  ].join('\n');
}

/** A service's consumer group as the service would name it (KAFKA_GROUP_ID, else crm.<service>), or a group id. */
const groupOf = (serviceOrGroup: string) =>
  isServiceName(serviceOrGroup) ? process.env.KAFKA_GROUP_ID || `crm.${serviceOrGroup}` : serviceOrGroup;

async function list(groupId: string) {
  const kafka = createKafka('crm-dlq', loadInfrastructureConfig().kafkaBrokers, createLogger('dlq', 'error'));
  log(`reading ${kafkaTopicOf(deadLetterTopicOf(groupId))}`);
  const entries = await listDeadLetters(kafka, groupId);
  for (const entry of entries) console.log(describe(entry));
  const waiting = entries.filter((entry) => !entry.replayedAt && entry.eventId).length;
  log(`${entries.length} parked, ${waiting} waiting for a replay`);
}

async function show(groupId: string, eventId: string) {
  const kafka = createKafka('crm-dlq', loadInfrastructureConfig().kafkaBrokers, createLogger('dlq', 'error'));
  const entry = (await listDeadLetters(kafka, groupId)).find((parked) => parked.eventId === eventId);
  if (!entry) throw new UsageError(`event ${eventId} is not parked by ${groupId} (see: dlq list)`);
  console.log(describe(entry));
  console.log(
    `  from partition ${entry.originalPartition} at offset ${entry.originalOffset}, key ${entry.key ?? '(none)'}`,
  );
  console.log('  headers:');
  for (const [name, value] of Object.entries(entry.headers)) console.log(`    ${name}: ${value}`);
  console.log('  payload:');
  console.log(prettyPayload(entry.payload).replace(/^/gm, '    '));
}

function prettyPayload(payload: string): string {
  try {
    return JSON.stringify(JSON.parse(payload), null, 2);
  } catch {
    return payload; // parked because it is not JSON: shown as it came
  }
}

async function replay(groupId: string, eventId: string | undefined) {
  const kafka = createKafka('crm-dlq', loadInfrastructureConfig().kafkaBrokers, createLogger('dlq', 'error'));
  log(`replaying ${eventId ? `event ${eventId}` : 'every parked event not replayed yet'} of ${groupId}`);
  const replayed = await replayDeadLetters(kafka, groupId, {
    eventId,
    onReplayed: (entry) => log(`sent ${entry.eventId} (${entry.eventType}) back to ${entry.originalTopic}`),
  });
  if (eventId && replayed.length === 0)
    throw new UsageError(
      `event ${eventId} is not parked by ${groupId}, or was replayed already (see: dlq list)`,
    );
  log(`${replayed.length} replayed; consumers skip any that were applied meanwhile (inbox)`);
}

async function main(argv: string[]) {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { 'event-id': { type: 'string' }, help: { type: 'boolean' } },
  });
  const [command, serviceOrGroup, ...extra] = positionals;
  if (values.help) return console.log(USAGE);
  if (!serviceOrGroup) throw new UsageError('expected a command and a service or consumer group id');
  const groupId = groupOf(serviceOrGroup);
  if (command === 'show') {
    if (extra.length !== 1) throw new UsageError('show takes one event id');
    return show(groupId, extra[0]);
  }
  if (extra.length > 0) throw new UsageError(`unexpected ${extra.join(' ')}`);
  if (command === 'list') return list(groupId);
  if (command === 'replay') return replay(groupId, values['event-id']);
  throw new UsageError(`unknown command ${command}`);
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (error: unknown) => {
    if (error instanceof UsageError) console.error(`${error.message}\n${USAGE}`);
    else console.error(error);
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
