import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/fault/support/box-fixture';
import { acquireLock, AlreadyRunningError, processIsAlive } from './instance-lock';

describe('acquireLock', () => {
  it('refuses a second owner while the first is alive, naming its pid and the folder', () => {
    const dir = tempDir();
    const first = acquireLock(dir, { pid: 111, isAlive: () => true });
    let err: unknown;
    try {
      acquireLock(dir, { pid: 222, isAlive: (pid) => pid === 111 });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(AlreadyRunningError);
    expect((err as AlreadyRunningError).pid).toBe(111);
    expect((err as Error).message).toContain(dir);
    first.release();
    expect(fs.existsSync(path.join(dir, 'priorites.lock'))).toBe(false);
    acquireLock(dir, { pid: 222, isAlive: () => true }).release();
  });

  it('takes over the lock of a killed process', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'priorites.lock'), '999999');
    const lock = acquireLock(dir, { pid: 333, isAlive: () => false });
    expect(fs.readFileSync(path.join(dir, 'priorites.lock'), 'utf8')).toBe('333');
    lock.release();
  });

  it('takes over an empty or garbled lock file (a crash while writing it)', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'priorites.lock'), '');
    acquireLock(dir, { pid: 444, isAlive: () => true }).release();
  });

  it('does not release a lock that another process now owns', () => {
    const dir = tempDir();
    const lock = acquireLock(dir, { pid: 555, isAlive: () => false });
    fs.writeFileSync(path.join(dir, 'priorites.lock'), '666');
    lock.release();
    expect(fs.readFileSync(path.join(dir, 'priorites.lock'), 'utf8')).toBe('666');
  });

  it('knows this process is alive and a dead pid is not', () => {
    expect(processIsAlive(process.pid)).toBe(true);
    expect(processIsAlive(2 ** 22 + 12345)).toBe(false);
  });
});
