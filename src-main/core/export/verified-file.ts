/**
 * Writes one export file so that it is either whole and verified under its final name, or
 * absent: temporary name, fsync, rename, fsync of the folder, `sync -f` on Linux (so the stick
 * really holds it before anyone pulls it out), then read back and compare the SHA-256.
 * Asynchronous, so that a big export never stalls the kiosks that the same process serves.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { ApiError } from '../../../shared/api';
import { exportError } from './export-errors';

export interface FileSystemSync {
  /** Flushes the file system holding `file` to its device (Linux `sync -f`); may be a no-op. */
  syncFileSystem(file: string): Promise<void>;
  platform: NodeJS.Platform;
}

export interface WrittenFile {
  name: string;
  bytes: number;
  sha256: string;
}

export const sha256 = (data: Uint8Array | string): string =>
  createHash('sha256').update(data).digest('hex');

export const tempNameOf = (name: string) => `.${name}.partial`;

export async function fsyncFolder(dir: string, platform: NodeJS.Platform): Promise<void> {
  // Windows cannot open a folder to fsync it; the rename is flushed with the volume.
  if (platform === 'win32') return;
  const fh = await fs.open(dir, 'r');
  try {
    await fh.sync();
  } catch (e) {
    // Some FUSE and network file systems refuse fsync on a folder; sync -f covers them.
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'EINVAL' && code !== 'ENOSYS' && code !== 'ENOTSUP') throw e;
  } finally {
    await fh.close();
  }
}

export async function writeVerifiedFile(
  dir: string,
  name: string,
  data: string | Uint8Array,
  sys: FileSystemSync,
): Promise<WrittenFile> {
  const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data);
  const hash = sha256(buf);
  const tmp = path.join(dir, tempNameOf(name));
  const final = path.join(dir, name);
  let renamed = false;
  try {
    const fh = await fs.open(tmp, 'wx');
    try {
      let off = 0;
      while (off < buf.length) off += (await fh.write(buf, off, buf.length - off)).bytesWritten;
      await fh.sync();
    } finally {
      await fh.close();
    }
    await fs.rename(tmp, final);
    renamed = true;
    await fsyncFolder(dir, sys.platform);
    await sys.syncFileSystem(final);
    const back = await fs.readFile(final);
    if (back.length !== buf.length || sha256(back) !== hash)
      throw new ApiError(
        'export-verify-failed',
        `Read-back of ${final} differs from what was written.`,
        {
          file: name,
        },
      );
    return { name, bytes: buf.length, sha256: hash };
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    if (renamed) await fs.rm(final, { force: true }).catch(() => undefined);
    throw exportError(name, e);
  }
}
