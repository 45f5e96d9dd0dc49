import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api';
import { MAX_CSV_CHARS } from '../../../shared/csv/ballots-csv';
import { fixture, openTestBox, type TestBox } from '../../../test/unit/support/test-box';

let t: TestBox;
afterEach(() => t?.close());

const importError = async (p: Promise<unknown>): Promise<ApiError> => {
  try {
    await p;
  } catch (e) {
    if (e instanceof ApiError) return e;
    throw e;
  }
  throw new Error('the import was accepted');
};

const MALFORMED: [file: string, problem: string, line: number][] = [
  ['wrong-delimiter.csv', 'bad-delimiter', 1],
  ['missing-columns.csv', 'missing-column', 1],
  ['unknown-option.csv', 'unknown-option', 3],
  ['duplicate-rank.csv', 'duplicate-rank', 4],
  ['formula-cells.csv', 'formula-cell', 3],
  ['wrong-election.csv', 'wrong-election', 2],
  ['truncated-last-line.csv', 'truncated-line', 4],
  ['duplicate-ballot-id.csv', 'duplicate-ballot-id', 3],
];

describe('importing ballot files from other kiosks', () => {
  it('merges two kiosks and reports new and already-present ballots', async () => {
    t = openTestBox();
    t.box.open();
    const r = await t.files.importFiles([fixture('kiosk-a.csv'), fixture('kiosk-b.csv')]);
    expect(r).toMatchObject({ added: 7, alreadyPresent: 1 });
    expect(r.files.map((f) => [f.name, f.ballots])).toEqual([
      ['kiosk-a.csv', 5],
      ['kiosk-b.csv', 3],
    ]);
    expect(t.box.counts()).toEqual({ ballots: 7, blank: 1, bySection: { FR: 4, BE: 3 } });
  });

  it('is idempotent: the same file twice adds nothing the second time', async () => {
    t = openTestBox();
    t.box.open();
    await t.files.importFiles([fixture('kiosk-a.csv')]);
    const again = await t.files.importFiles([fixture('kiosk-a.csv')]);
    expect(again).toMatchObject({ added: 0, alreadyPresent: 5 });
    expect(t.box.counts().ballots).toBe(5);
  });

  it.each(MALFORMED)(
    'refuses %s with %s on line %d and changes nothing',
    async (file, problem, line) => {
      t = openTestBox();
      t.box.open();
      const auditBefore = t.box.audit.entries().length;
      // A valid file in the same batch must not slip in: all or nothing.
      const e = await importError(t.files.importFiles([fixture('kiosk-b.csv'), fixture(file)]));
      expect(e.code).toBe('import-invalid');
      expect(e.params).toMatchObject({ file, line, problem });
      expect(e.issues?.[0]).toMatchObject({ code: problem, params: { file, line } });
      expect(t.box.counts().ballots).toBe(0);
      expect(t.box.audit.entries()).toHaveLength(auditBefore);
    },
  );

  it('refuses a ballot id already known with other choices, naming the file and line', async () => {
    t = openTestBox();
    t.box.open();
    await t.files.importFiles([fixture('kiosk-a.csv')]);
    const e = await importError(t.files.importFiles([fixture('conflicting-ballot.csv')]));
    expect(e.params).toMatchObject({
      file: 'conflicting-ballot.csv',
      line: 2,
      problem: 'ballot-id-conflict',
    });
    expect(t.box.counts().ballots).toBe(5);
  });

  it('counts once a ballot repeated with the same choices in one file, as the recount does', async () => {
    t = openTestBox();
    t.box.open();
    const { content } = fixture('kiosk-b.csv');
    const rows = content.trimEnd().split('\n');
    const repeated = { name: 'retried.csv', content: [...rows, rows[1]].join('\n') + '\n' };
    const r = await t.files.importFiles([repeated]);
    expect(r).toMatchObject({ added: 3, alreadyPresent: 1 });
    expect(t.box.counts().ballots).toBe(3);
  });

  it('refuses an over-long file before reading its rows', async () => {
    t = openTestBox();
    t.box.open();
    const head = fixture('kiosk-a.csv').content;
    const content = head + 'x'.repeat(MAX_CSV_CHARS + 1 - head.length);
    const e = await importError(t.files.importFiles([{ name: 'huge.csv', content }]));
    expect(e.params).toMatchObject({ file: 'huge.csv', problem: 'too-large' });
    expect(t.box.counts().ballots).toBe(0);
  });

  it('checks the election rules, not only the options (blank refused here)', async () => {
    t = openTestBox();
    const e0 = t.box.election;
    t.box.updateElection({ ...e0, rules: { ...e0.rules, allowBlank: false } });
    t.box.open();
    const e = await importError(t.files.importFiles([fixture('kiosk-a.csv')]));
    expect(e.params).toMatchObject({ line: 5, problem: 'blank-not-allowed' });
    expect(t.box.counts().ballots).toBe(0);
  });

  it('writes an audit entry with counts and file hashes but no ballot', async () => {
    t = openTestBox();
    t.box.open();
    await t.files.importFiles([fixture('kiosk-a.csv')]);
    const entry = t.box.audit.entries().at(-1);
    expect(entry).toMatchObject({ action: 'imported', details: { added: 5, alreadyPresent: 0 } });
    const text = fs.readFileSync(t.box.audit.file, 'utf8');
    expect(text).toMatch(/"sha256":"[0-9a-f]{64}"/);
    for (const b of t.box.ballots()) expect(text).not.toContain(b.id);
  });
});
