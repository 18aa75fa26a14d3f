import net from 'node:net';

const CONNECT_WITHIN_MS = 1_000;

function accepts(broker: string): Promise<boolean> {
  const separator = broker.lastIndexOf(':');
  const host = broker.slice(0, separator);
  const port = Number(broker.slice(separator + 1));
  return new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: CONNECT_WITHIN_MS });
    const done = (reachable: boolean) => {
      socket.destroy();
      resolve(reachable);
    };
    socket.once('connect', () => done(true));
    socket.once('timeout', () => done(false));
    socket.once('error', () => done(false));
  });
}

/**
 * Whether any broker accepts a TCP connection within a second. kafkajs retries a refused
 * connection for about 10 s before it gives up; this tells a broker that is down at once.
 */
export async function anyBrokerAccepts(brokers: string[]): Promise<boolean> {
  const answers = await Promise.all(brokers.map(accepts));
  return answers.some(Boolean);
}
