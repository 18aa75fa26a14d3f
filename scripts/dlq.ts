import { parseArgs } from 'node:util';
import { loadInfrastructureConfig } from '@crm/config';
import { createLogger } from '@crm/logger';
import {
  createKafka,
  deadLetterTopicOf,
  kafkaTopicOf,
  listDeadLetters,
  replayDeadLetters,
  type DeadLetterEntry,
} from '@crm/messaging';

const USAGE = `usage: npm run -s dlq -- list <groupId>                       the messages a consumer group parked
       npm run -s dlq -- replay <groupId> [--event-id <id>]   send them back once their cause is fixed
A group's id is KAFKA_GROUP_ID of its service, crm.<service> by default (e.g. crm.analytics).`;

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

async function list(groupId: string) {
  const kafka = createKafka('crm-dlq', loadInfrastructureConfig().kafkaBrokers, createLogger('dlq', 'error'));
  log(`reading ${kafkaTopicOf(deadLetterTopicOf(groupId))}`);
  const entries = await listDeadLetters(kafka, groupId);
  for (const entry of entries) console.log(describe(entry));
  const waiting = entries.filter((entry) => !entry.replayedAt && entry.eventId).length;
  log(`${entries.length} parked, ${waiting} waiting for a replay`);
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
  const [command, groupId, ...extra] = positionals;
  if (values.help) return console.log(USAGE);
  if (!groupId || extra.length > 0) throw new UsageError('expected a command and one consumer group id');
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
