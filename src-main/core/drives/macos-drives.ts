/**
 * Removable drives on macOS: each folder of /Volumes, asked to `diskutil info -plist`; kept
 * when diskutil says it is removable, ejectable or on USB, and not internal.
 */
import type { Drive } from '../../../shared/api';
import type { CommandRunner } from './command-runner';

/** The few plist values we read: strings, integers and booleans at the top level. */
export function parsePlistScalars(xml: string): Map<string, string | number | boolean> {
  const out = new Map<string, string | number | boolean>();
  const re =
    /<key>([^<]+)<\/key>\s*(?:<string>([^<]*)<\/string>|<integer>(-?\d+)<\/integer>|<(true|false)\/>)/g;
  for (let m = re.exec(xml); m !== null; m = re.exec(xml)) {
    const key = m[1] as string;
    if (out.has(key)) continue; // nested dictionaries repeat keys; the first is the volume's
    if (m[2] !== undefined) out.set(key, decodeXml(m[2]));
    else if (m[3] !== undefined) out.set(key, Number(m[3]));
    else out.set(key, m[4] === 'true');
  }
  return out;
}

const decodeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

export function driveFromDiskutil(mountpoint: string, xml: string): Drive | null {
  const p = parsePlistScalars(xml);
  const internal = p.get('Internal') === true;
  const removable =
    p.get('Removable') === true ||
    p.get('RemovableMedia') === true ||
    p.get('Ejectable') === true ||
    p.get('BusProtocol') === 'USB';
  if (internal || !removable || (p.get('WritableVolume') === false && p.get('Writable') === false))
    return null;
  const size = p.get('TotalSize') ?? p.get('Size');
  const name = p.get('VolumeName');
  return {
    id: String(p.get('DeviceIdentifier') ?? mountpoint),
    label:
      typeof name === 'string' && name.trim() !== ''
        ? name
        : (mountpoint.split('/').pop() ?? mountpoint),
    mountpoint: String(p.get('MountPoint') ?? mountpoint),
    sizeBytes: typeof size === 'number' ? size : null,
  };
}

export async function listMacDrives(
  run: CommandRunner,
  listVolumes: () => Promise<string[]>,
): Promise<Drive[]> {
  const out: Drive[] = [];
  for (const name of await listVolumes()) {
    if (name.startsWith('.')) continue;
    const mountpoint = `/Volumes/${name}`;
    const r = await run('diskutil', ['info', '-plist', mountpoint]);
    if (r.code !== 0) continue;
    const d = driveFromDiskutil(mountpoint, r.stdout);
    if (d) out.push(d);
  }
  return out;
}
