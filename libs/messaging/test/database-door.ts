import net from 'node:net';
import { freePort } from '@crm/testing';

/**
 * A local TCP door in front of the shared Postgres: a data source that connects through it sees
 * the database go away when the door closes (open connections cut, new ones refused) and come
 * back when it opens, while the server itself, which every test run shares, keeps running.
 */
export class DatabaseDoor {
  private readonly connections = new Set<net.Socket>();
  private server: net.Server | undefined;

  private constructor(
    private readonly target: URL,
    readonly port: number,
  ) {}

  static async open(databaseUrl: string): Promise<DatabaseDoor> {
    const door = new DatabaseDoor(new URL(databaseUrl), await freePort());
    await door.reopen();
    return door;
  }

  /** The same database, reached through the door. */
  get url(): string {
    const through = new URL(this.target);
    through.hostname = '127.0.0.1';
    through.port = String(this.port);
    return through.toString();
  }

  async reopen(): Promise<void> {
    const server = net.createServer((client) => this.relay(client));
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.server = server;
  }

  /** Cuts every connection through the door and refuses new ones. */
  async close(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    for (const socket of this.connections) socket.destroy();
    if (server) await new Promise((resolve) => server.close(resolve));
  }

  private relay(client: net.Socket): void {
    const database = net.connect(Number(this.target.port || 5432), this.target.hostname);
    for (const socket of [client, database]) {
      this.connections.add(socket);
      socket.on('close', () => this.connections.delete(socket));
    }
    client.on('close', () => database.destroy());
    database.on('close', () => client.destroy());
    client.on('error', () => database.destroy());
    database.on('error', () => client.destroy());
    client.pipe(database).pipe(client);
  }
}
