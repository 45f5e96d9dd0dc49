import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/fault/support/box-fixture';
import { DamagedFileError } from './document-store';
import { AlreadyRunningError } from './instance-lock';
import { explainStartFailure, recoverCommand, startBox } from './start-box';

describe('startBox', () => {
  it('opens a box and its API on a data folder', async () => {
    const dir = tempDir();
    const { box, service } = startBox(dir);
    expect(box.dataDir).toBe(dir);
    expect(await service.call({ method: 'staff.pinStatus', input: {} })).toEqual({
      ok: true,
      value: { pinSet: false },
    });
    expect(fs.existsSync(path.join(dir, 'priorites.lock'))).toBe(true);
    box.shutdown();
  });
});

describe('explainStartFailure', () => {
  it('names the file and gives the exact recovery command for a damaged file', () => {
    const msg = explainStartFailure(
      new DamagedFileError('/data/Priorités/state.json', 'empty file'),
    );
    expect(msg).toContain('/data/Priorités/state.json');
    expect(msg).toContain(`npm run recover -- --data-dir '/data/Priorités'`);
    expect(msg).toMatch(/endommagé/);
  });

  it('explains a second instance, and stays silent on anything else', () => {
    expect(explainStartFailure(new AlreadyRunningError('/d', 42))).toMatch(/déjà ouvert.*42/);
    expect(explainStartFailure(new Error('x'))).toBeNull();
  });

  it('quotes a folder with a quote in its name for the shell', () => {
    expect(recoverCommand("/home/o'neil/box")).toBe(
      `npm run recover -- --data-dir '/home/o'\\''neil/box'`,
    );
  });
});
