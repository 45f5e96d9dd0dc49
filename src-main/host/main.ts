/**
 * `npm run host`: the app served to a browser on 127.0.0.1. Prints the kiosk, results and
 * staff URLs. Port: --port N, else PORT, else 8417.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createHostServer } from './http-server';
import { advertiseHub, browseHubs } from '../core/network/hub-discovery';
import { hubFinder } from '../core/network/hub-finder';
import { advertiserFor, NetworkHub } from './network-hub';
import { DEFAULT_NETWORK_PORT } from './network-server';
import { explainStartFailure, recoverCommand, startService } from '../core/start-box';
import { DeviceLink } from '../core/network/device-link';

export const DEFAULT_PORT = 8417;

export function parsePort(
  argv: readonly string[],
  env: Record<string, string | undefined>,
): number {
  const i = argv.indexOf('--port');
  const raw = i >= 0 ? argv[i + 1] : env.PORT;
  if (raw === undefined) return DEFAULT_PORT;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new Error(`Port invalide / invalid port: ${raw}`);
  return n;
}

/** `--network` turns the hub's HTTPS listener on, on --network-port N (8418 by default). */
export function parseNetwork(argv: readonly string[]): { on: boolean; port: number } {
  const i = argv.indexOf('--network-port');
  const on = argv.includes('--network') || i >= 0;
  if (i < 0) return { on, port: DEFAULT_NETWORK_PORT };
  const raw = argv[i + 1];
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 65535)
    throw new Error(`Port réseau invalide / invalid network port: ${raw}`);
  return { on, port: n };
}

function main(): void {
  let port: number;
  let network: { on: boolean; port: number };
  let discover = false;
  try {
    port = parsePort(process.argv.slice(2), process.env);
    network = parseNetwork(process.argv.slice(2));
    discover = process.argv.includes('--discover');
  } catch (e) {
    console.error((e as Error).message);
    process.exit(2);
  }
  const here = path.dirname(fileURLToPath(import.meta.url));
  // PRIORITES_STATIC_DIR lets a test serve its own build of the renderer.
  const staticDir = path.resolve(
    process.env.PRIORITES_STATIC_DIR ?? path.join(here, '../../out/renderer'),
  );
  let hub: NetworkHub | undefined;
  let started;
  try {
    started = startService(
      undefined,
      undefined,
      path.join(here, '../../out'),
      (box) => {
        // Tests keep the listener on loopback (so nothing is announced) and let the system
        // choose the port.
        const bindHost = process.env.PRIORITES_NETWORK_BIND;
        hub = new NetworkHub({
          box,
          staticDir,
          port: Number(process.env.PRIORITES_NETWORK_PORT ?? network.port),
          bindHost,
          advertise: advertiserFor(bindHost, advertiseHub),
        });
        return hub;
      },
      // The console's « Relier à un poste central »: a host joined to a hub stays joined
      // across restarts (network/hub-link.json). It browses for hubs (mDNS) only when started
      // with --discover: tests must never multicast on this machine's interfaces.
      (box) =>
        new DeviceLink({
          dataDir: box.dataDir,
          audit: (a, d) => box.audit(a, d),
          findHubs: discover ? hubFinder(() => browseHubs()) : undefined,
        }),
    );
  } catch (e) {
    const why = explainStartFailure(e);
    if (!why) throw e;
    console.error(why);
    process.exit(1);
  }
  const { service, dataDir } = started;
  const server = createHostServer({ service, staticDir });
  server.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EADDRINUSE')
      console.error(
        `Le port ${port} est déjà utilisé. Choisissez-en un autre : npm run host -- --port 8418 / Port ${port} is busy.`,
      );
    else console.error(`Le serveur n’a pas pu démarrer / could not start: ${e.message}`);
    service.shutdown();
    process.exit(1);
  });
  server.listen(port, '127.0.0.1', () => {
    const addr = server.address();
    const p = typeof addr === 'object' && addr ? addr.port : port;
    const base = `http://127.0.0.1:${p}`;
    console.log(`Priorités — données / data: ${dataDir}`);
    console.log(`  Kiosque / kiosk:      ${base}/kiosk`);
    console.log(`  Résultats / results:  ${base}/results`);
    console.log(`  Équipe / staff:       ${base}/staff`);
    const damage = service.damage;
    if (damage) {
      const file = path.join(dataDir, damage.file);
      console.error(
        [
          `Le fichier ${file} est endommagé (${damage.reason}) : il n’a pas été modifié et le vote ne s’ouvre pas. Réparez-le depuis la console de l’équipe (${base}/staff, code PIN), ou arrêtez l’hôte et lancez : ${recoverCommand(dataDir)}`,
          `The file ${file} is damaged (${damage.reason}) and was left untouched; the vote will not open. Repair it from the staff console (${base}/staff, PIN), or stop the host and run: ${recoverCommand(dataDir)}`,
        ].join('\n'),
      );
    }
    if (network.on && hub) void startNetwork(hub);
    console.log(`READY ${base}`);
  });
  const stop = () => {
    server.close();
    // Network mode off first, so that the hub's goodbye leaves before the process does.
    void Promise.resolve(hub?.stop())
      .catch(() => undefined)
      .finally(() => {
        service.shutdown();
        process.exit(0);
      });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

async function startNetwork(hub: NetworkHub): Promise<void> {
  try {
    await hub.start();
  } catch (e) {
    console.error(
      `Le mode réseau n’a pas pu démarrer / network mode failed: ${(e as Error).message}`,
    );
    return;
  }
  const s = hub.status();
  console.log(`  Réseau / network (HTTPS, appareils appairés seulement / paired devices only):`);
  for (const a of s.addresses) console.log(`    ${a}`);
  console.log(`  Empreinte / fingerprint: ${s.fingerprint}`);
  console.log(`  SPKI (Chromium): ${s.spki}`);
}

// Run only as the entry point, so that tests can import parsePort without starting a host.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href)
  main();
