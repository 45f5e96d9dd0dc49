/** A TCP relay on 127.0.0.1 that a test can stall, cut and restore (the room's flaky Wi-Fi). */
import net from 'node:net';

export interface Relay {
  port: number;
  stall(): void;
  cut(): void;
  restore(): void;
  close(): Promise<void>;
}

export async function startRelay(targetPort: number): Promise<Relay> {
  let mode: 'up' | 'stalled' | 'cut' = 'up';
  const pairs = new Set<[net.Socket, net.Socket]>();
  const server = net.createServer((client) => {
    if (mode === 'cut') return client.destroy();
    const up = net.connect(targetPort, '127.0.0.1');
    const pair: [net.Socket, net.Socket] = [client, up];
    pairs.add(pair);
    client.pipe(up).pipe(client);
    if (mode === 'stalled') {
      client.pause();
      up.pause();
    }
    const drop = () => {
      pairs.delete(pair);
      client.destroy();
      up.destroy();
    };
    client.on('error', drop).on('close', drop);
    up.on('error', drop).on('close', drop);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as net.AddressInfo).port;
  return {
    port,
    stall() {
      mode = 'stalled';
      for (const [a, b] of pairs) {
        a.pause();
        b.pause();
      }
    },
    cut() {
      mode = 'cut';
      for (const [a, b] of [...pairs]) {
        a.destroy();
        b.destroy();
      }
    },
    restore() {
      mode = 'up';
      for (const [a, b] of pairs) {
        a.resume();
        b.resume();
      }
    },
    async close() {
      for (const [a, b] of [...pairs]) {
        a.destroy();
        b.destroy();
      }
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
