/**
 * The two ends of mDNS discovery as processes, for test/network/mdns-netns.test.ts, which runs
 * them inside network namespaces it made (`ip netns exec`): never on this machine's interfaces.
 *
 *   hub DATA_DIR ADDRESS NAME   a real hub (box + NetworkHub + advertiseHub) listening on
 *                               ADDRESS; prints `READY <port> <fingerprint>`; reads `off`
 *                               (network mode off: goodbye) and `on` lines from stdin.
 *   browse ADDRESS              prints `LIST <json>` of browseHubs().list() every 100 ms, for
 *                               at most 30 s.
 */
import path from 'node:path';
import readline from 'node:readline';
import { startBox } from '../../../src-main/core/start-box';
import { advertiseHub, browseHubs } from '../../../src-main/core/network/hub-discovery';
import { NetworkHub } from '../../../src-main/host/network-hub';

const [mode, ...args] = process.argv.slice(2);

if (mode === 'hub') {
  const [dataDir, address, name] = args;
  if (!dataDir || !address || !name) throw new Error('usage: hub DATA_DIR ADDRESS NAME');
  let hub!: NetworkHub;
  const { box } = startBox(dataDir, undefined, undefined, (b) => {
    hub = new NetworkHub({
      box: b,
      staticDir: path.join(dataDir, '..'),
      port: 0,
      bindHost: address,
      name,
      advertise: (o) => advertiseHub({ ...o, interfaceAddress: address }),
    });
    return hub;
  });
  await hub.start();
  console.log(`READY ${hub.port} ${hub.status().fingerprint}`);
  const lines = readline.createInterface({ input: process.stdin });
  lines.on('line', (line) => {
    const on = line.trim() === 'on';
    void hub.setOn(on).then(() => console.log(on ? 'ON' : 'OFF'));
  });
  lines.on('close', () => {
    void hub.stop().then(() => {
      box.shutdown();
      process.exit(0);
    });
  });
} else if (mode === 'browse') {
  const [address] = args;
  const browser = browseHubs(address ? { interfaceAddress: address } : undefined, {
    refreshMs: 500,
  });
  let ticks = 0;
  const timer = setInterval(() => {
    console.log(`LIST ${JSON.stringify(browser.list())}`);
    if (++ticks >= 300) {
      clearInterval(timer);
      browser.stop();
      process.exit(0);
    }
  }, 100);
} else {
  throw new Error('usage: mdns-child hub|browse ...');
}
