import net from 'node:net';
import { freePort, readTestEnvironment } from '@crm/testing';

/**
 * A local TCP door to the test broker that starts closed: a client bootstrapping through it sees
 * Kafka down until the door opens (kafkajs then learns the real broker address from metadata).
 */
export class KafkaDoor {
  private readonly server: net.Server;

  private constructor(readonly port: number) {
    const [host, brokerPort] = readTestEnvironment().kafkaBrokers.split(',')[0].split(':');
    this.server = net.createServer((client) => {
      const broker = net.connect(Number(brokerPort), host);
      client.pipe(broker).pipe(client);
      client.on('error', () => broker.destroy());
      broker.on('error', () => client.destroy());
    });
  }

  static async closed(): Promise<KafkaDoor> {
    return new KafkaDoor(await freePort());
  }

  get broker(): string {
    return `127.0.0.1:${this.port}`;
  }

  open(): Promise<void> {
    return new Promise((resolve) => this.server.listen(this.port, '127.0.0.1', resolve));
  }

  close(): Promise<void> {
    return new Promise((resolve) => (this.server.listening ? this.server.close(() => resolve()) : resolve()));
  }
}
