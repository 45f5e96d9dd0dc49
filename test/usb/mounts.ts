/**
 * Real file systems for the export tests: a FAT image through fusefat, small and read-only
 * tmpfs mounts. They need root (mount) and the fusefat and dosfstools packages; without them
 * the tests are skipped with the reason, never silently passed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;

export function usbSkipReason(): string | null {
  if (process.platform !== 'linux') return 'USB tests run on Linux only';
  if (process.getuid?.() !== 0) return 'USB tests need root (mount); run them as root as CI does';
  for (const tool of ['fusefat', 'mkfs.vfat', 'fusermount'])
    if (!has(tool)) return `USB tests need ${tool} (apt-get install fusefat dosfstools)`;
  if (!fs.existsSync('/dev/fuse')) return 'USB tests need /dev/fuse';
  return null;
}

export interface Mounted {
  dir: string;
  unmount(): void;
}

const mounted = new Set<Mounted>();

const umount = (dir: string, fuse: boolean) => {
  const r = fuse ? spawnSync('fusermount', ['-u', dir]) : spawnSync('umount', [dir]);
  if (r.status !== 0) spawnSync(fuse ? 'fusermount' : 'umount', fuse ? ['-uz', dir] : ['-l', dir]);
};

function track(dir: string, fuse: boolean): Mounted {
  const m: Mounted = {
    dir,
    unmount() {
      if (!mounted.delete(m)) return;
      umount(dir, fuse);
    },
  };
  mounted.add(m);
  return m;
}

export const scratch = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), prefix));

/** A fresh FAT image file (like a formatted stick). */
export function makeFatImage(sizeMiB = 64): string {
  const img = path.join(scratch('priorites-fat-'), 'stick.img');
  execFileSync('truncate', ['-s', `${sizeMiB}M`, img]);
  execFileSync('mkfs.vfat', ['-n', 'SMART-AG', img], { stdio: 'ignore' });
  return img;
}

/** Mounts a FAT image read-write (`rw+`) or read-only, and waits until it answers. */
export function mountFat(img: string, mode: 'rw+' | 'ro'): Mounted {
  const dir = scratch('priorites-mnt-');
  execFileSync('fusefat', ['-o', mode, img, dir], { stdio: 'ignore' });
  const m = track(dir, true);
  for (let i = 0; i < 50; i++) {
    const r = spawnSync('mountpoint', ['-q', dir]);
    if (r.status === 0) return m;
    spawnSync('sleep', ['0.1']);
  }
  m.unmount();
  throw new Error(`fusefat did not mount ${img}`);
}

export function mountTmpfs(options: string): Mounted {
  const dir = scratch('priorites-tmpfs-');
  execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir]);
  return track(dir, false);
}

export function unmountAll(): void {
  for (const m of [...mounted]) m.unmount();
}
