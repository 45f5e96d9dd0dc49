import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api';
import { parseBallotsCsv } from '../../shared/csv/ballots-csv';
import { formatResultsCsv } from '../../shared/csv/results-csv';
import { castSome, hex32, openTestBox, type TestBox } from '../unit/support/test-box';
import { makeFatImage, mountFat, mountTmpfs, unmountAll, usbSkipReason } from './mounts';
import { resultsOf, resultsTitles } from '../../src-main/core/export/export-folder';

const skip = usbSkipReason();
if (skip) console.warn(`SKIPPED test/usb: ${skip}`);

const boxes: TestBox[] = [];
const box = (...a: Parameters<typeof openTestBox>) => {
  const b = openTestBox(...a);
  boxes.push(b);
  return b;
};
afterEach(() => {
  for (const b of boxes.splice(0)) b.close();
});
afterAll(() => unmountAll());

const sha = (f: string) => createHash('sha256').update(fs.readFileSync(f)).digest('hex');
const OPTIONS = ['projet-politique', 'accompagnement', 'horizon-post-crise', 'place-salaries'];
const someRankings = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    i % 7 === 0
      ? []
      : OPTIONS.slice(i % 4)
          .concat(OPTIONS.slice(0, i % 4))
          .slice(0, 1 + (i % 4)),
  );

const failure = async (p: Promise<unknown>): Promise<ApiError> => {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  if (!(e instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(e)}`);
  return e;
};

const finalNames = (dir: string): string[] =>
  fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => fs.statSync(path.join(dir, f)).isFile());

describe.skipIf(skip !== null)('export to a real stick', () => {
  it('writes to FAT, survives unmount and remount, and re-imports to the same results', async () => {
    const img = makeFatImage();
    const stick = mountFat(img, 'rw+');
    const source = box({ platform: 'linux' }); // the real `sync -f`
    castSome(source.box, someRankings(120));
    const report = await source.files.exportTo(stick.dir);
    expect(report.ballots).toBe(120);
    stick.unmount();

    const again = mountFat(img, 'ro');
    const folder = path.join(again.dir, path.basename(report.folder));
    const manifest = JSON.parse(fs.readFileSync(path.join(folder, 'manifest.json'), 'utf8'));
    expect(manifest.files).toHaveLength(3);
    for (const f of report.files) expect(sha(path.join(folder, f.name))).toBe(f.sha256);
    expect(fs.readdirSync(folder).filter((n) => n.startsWith('.'))).toEqual([]);

    // The folder alone is enough: a fresh store that imports it counts the same results.
    const fresh = box();
    fresh.box.open();
    const r = await fresh.files.importFiles([
      { name: 'ballots.csv', content: fs.readFileSync(path.join(folder, 'ballots.csv'), 'utf8') },
    ]);
    expect(r).toMatchObject({ added: 120, alreadyPresent: 0 });
    const e = fresh.box.election;
    expect(formatResultsCsv(resultsOf(e, fresh.box.ballots()), resultsTitles(e))).toBe(
      fs.readFileSync(path.join(folder, 'results.csv'), 'utf8'),
    );
    again.unmount();
  });

  it('a full stick gives export-no-space and leaves no file under a final name', async () => {
    const small = mountTmpfs('size=64k');
    const t = box({ platform: 'linux' });
    castSome(t.box, someRankings(2000)); // about 150 kB of CSV
    const e = await failure(t.files.exportTo(small.dir));
    expect(e.code).toBe('export-no-space');
    expect(finalNames(small.dir)).toEqual([]);
    expect(t.box.counts().ballots).toBe(2000);
    // The vote goes on while the export failed.
    t.box.cast({ ballotId: hex32(), ranking: ['accompagnement'] });
    expect(t.box.counts().ballots).toBe(2001);
  });

  it('a read-only stick gives export-read-only', async () => {
    const ro = mountTmpfs('ro,size=1m');
    const t = box({ platform: 'linux' });
    castSome(t.box, someRankings(10));
    expect((await failure(t.files.exportTo(ro.dir))).code).toBe('export-read-only');
    expect(fs.readdirSync(ro.dir)).toEqual([]);
  });

  it('a FAT stick mounted read-only gives export-read-only too', async () => {
    const ro = mountFat(makeFatImage(), 'ro');
    const t = box({ platform: 'linux' });
    castSome(t.box, someRankings(10));
    expect((await failure(t.files.exportTo(ro.dir))).code).toBe('export-read-only');
  });

  it('a stick pulled during the write gives a clear error and no final file', async () => {
    const img = makeFatImage();
    const stick = mountFat(img, 'rw+');
    let pulled = false;
    const t = box({
      platform: 'linux',
      run: async (cmd, args) => {
        // The stick goes away right after the first file reached it.
        if (cmd === 'sync' && !pulled) {
          pulled = true;
          stick.unmount();
        }
        return { code: 0, stdout: '', stderr: String(args) };
      },
    });
    castSome(t.box, someRankings(50));
    const e = await failure(t.files.exportTo(stick.dir));
    expect(['export-failed', 'export-verify-failed']).toContain(e.code);
    const back = mountFat(img, 'ro');
    const names = finalNames(back.dir);
    expect(names.filter((n) => n.endsWith('manifest.json'))).toEqual([]);
    // What did reach the stick under a final name is whole, never a torn file.
    for (const n of names.filter((f) => f.endsWith('ballots.csv'))) {
      const csv = parseBallotsCsv(fs.readFileSync(path.join(back.dir, n), 'utf8'));
      expect(csv.ok && csv.ballots.length).toBe(50);
    }
    back.unmount();
  });
});
