/**
 * A hub as its own process (so a test can SIGKILL it): opens the box of argv[2], network mode
 * on 127.0.0.1:argv[3], prints READY. The test prepared the box (election, pairing) before.
 */
import path from 'node:path';
import { startBox } from '../../../src-main/core/start-box';
import { NetworkHub } from '../../../src-main/host/network-hub';

const [dataDir, port] = process.argv.slice(2);
if (!dataDir || !port) throw new Error('usage: hub-process DATA_DIR PORT');
let hub!: NetworkHub;
const { box } = startBox(dataDir, undefined, undefined, (b) => {
  hub = new NetworkHub({
    box: b,
    staticDir: path.join(dataDir, '..'),
    port: Number(port),
    bindHost: '127.0.0.1',
  });
  return hub;
});
await hub.start();
console.log(`READY ${hub.port}`);
process.on('SIGTERM', () => {
  void hub.stop().then(() => {
    box.shutdown();
    process.exit(0);
  });
});
