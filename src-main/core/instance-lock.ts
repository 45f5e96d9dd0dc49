/**
 * One app per data folder: a second instance on the same ballot box could interleave writes.
 * The lock file holds the owner's pid; a lock left by a killed process is taken over.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fsyncDir } from './durable-file';

export class AlreadyRunningError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(`Another Priorités (process ${pid}) is already using the data folder ${dataDir}.`);
    this.name = 'AlreadyRunningError';
  }
}

export interface LockDeps {
  pid: number;
  isAlive(pid: number): boolean;
}

export const processIsAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

export function acquireLock(dataDir: string, deps: LockDeps): { release(): void } {
  const file = path.join(dataDir, 'priorites.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(file, 'wx');
      fs.writeSync(fd, String(deps.pid));
      fs.fsyncSync(fd);
      fs.closeSync(fd);
      fsyncDir(dataDir);
      return {
        release: () => {
          try {
            if (fs.readFileSync(file, 'utf8').trim() === String(deps.pid)) fs.rmSync(file);
          } catch {
            // Already gone: nothing to release.
          }
        },
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const owner = Number.parseInt(fs.readFileSync(file, 'utf8').trim(), 10);
      if (Number.isInteger(owner) && owner !== deps.pid && deps.isAlive(owner))
        throw new AlreadyRunningError(dataDir, owner);
      fs.rmSync(file, { force: true });
    }
  }
  throw new Error(`Could not take the lock ${file}`);
}
