/**
 * Removable drives on Linux from `lsblk --json`: a mounted block device whose own flags or
 * whose parent disk's flags say removable, hot-pluggable or USB. lsblk's JSON changed over
 * versions (booleans vs "0"/"1", `mountpoint` vs `mountpoints`), so both shapes are read.
 */
import type { Drive } from '../../../shared/api';
import type { CommandRunner } from './command-runner';

export const LSBLK_ARGS = [
  '--json',
  '--bytes',
  '--output',
  'NAME,PATH,LABEL,MODEL,SIZE,RM,HOTPLUG,TRAN,TYPE,MOUNTPOINT,MOUNTPOINTS',
] as const;

interface LsblkDevice {
  name?: string;
  path?: string;
  label?: string | null;
  model?: string | null;
  size?: number | string | null;
  rm?: boolean | string | null;
  hotplug?: boolean | string | null;
  tran?: string | null;
  type?: string | null;
  mountpoint?: string | null;
  mountpoints?: (string | null)[] | null;
  children?: LsblkDevice[];
}

const flag = (v: boolean | string | null | undefined) => v === true || v === '1' || v === 'true';

const mountpointsOf = (d: LsblkDevice): string[] =>
  [...(d.mountpoints ?? []), d.mountpoint ?? null].filter(
    (m, i, all): m is string => typeof m === 'string' && m !== '' && all.indexOf(m) === i,
  );

const sizeOf = (v: number | string | null | undefined): number | null => {
  const n = typeof v === 'string' ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
};

export function parseLsblk(json: string): Drive[] {
  let root: { blockdevices?: LsblkDevice[] };
  try {
    root = JSON.parse(json) as { blockdevices?: LsblkDevice[] };
  } catch {
    return [];
  }
  const out: Drive[] = [];
  const walk = (d: LsblkDevice, removableParent: boolean, model: string | null) => {
    const removable =
      removableParent || flag(d.rm) || flag(d.hotplug) || (d.tran ?? '').toLowerCase() === 'usb';
    const name = d.model?.trim() || model;
    for (const mountpoint of mountpointsOf(d)) {
      // The system's own folders are never offered, even on a removable disk (live USB).
      if (
        !removable ||
        mountpoint === '/' ||
        mountpoint.startsWith('/boot') ||
        mountpoint === '[SWAP]'
      )
        continue;
      out.push({
        id: d.path ?? `/dev/${d.name ?? '?'}`,
        label: d.label?.trim() || name || d.name || mountpoint,
        mountpoint,
        sizeBytes: sizeOf(d.size),
      });
    }
    for (const c of d.children ?? []) walk(c, removable, name ?? null);
  };
  for (const d of root.blockdevices ?? []) walk(d, false, null);
  return out;
}

export async function listLinuxDrives(run: CommandRunner): Promise<Drive[]> {
  let r = await run('lsblk', LSBLK_ARGS);
  // util-linux before 2.37 has no MOUNTPOINTS column and refuses the whole list.
  if (r.code !== 0)
    r = await run('lsblk', [...LSBLK_ARGS.slice(0, 3), LSBLK_ARGS[3].replace(',MOUNTPOINTS', '')]);
  return r.code === 0 ? parseLsblk(r.stdout) : [];
}
