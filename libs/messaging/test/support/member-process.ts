import { EventConsumer } from '../../src/event-consumer';
import { scratchDataSource, testKafka, testLogger } from '../messaging-fixture';

/**
 * A consumer group member in a process of its own, so a test can kill -9 it: it records what it
 * applies in `handover_effects` and prints `joined` once it is in the group.
 * Usage: member-process.ts <groupId> <member name>
 */
async function main([groupId, name]: string[]) {
  const { dataSource } = await scratchDataSource();
  const consumer = new EventConsumer({
    kafka: testKafka(),
    dataSource,
    groupId,
    startFrom: 'latest',
    logger: testLogger,
    handlers: {
      'crm.customer.customer.created': async (event, manager) => {
        await manager.query('INSERT INTO handover_effects (name, member) VALUES ($1, $2)', [
          event.data.name,
          name,
        ]);
      },
    },
  });
  await consumer.start();
  console.log('joined');
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
