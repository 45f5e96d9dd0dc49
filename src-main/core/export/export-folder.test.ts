import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api';
import { parseBallotsCsv } from '../../../shared/csv/ballots-csv';
import { verifyAuditFile } from '../../cli/verify-audit';
import { castSome, openTestBox, type TestBox } from '../../../test/unit/support/test-box';
import { exportFolderName } from './folder-name';
import { shuffled } from '../../../shared/random';

let t: TestBox;
let target: string;
afterEach(() => {
  t?.close();
  if (target) fs.rmSync(target, { recursive: true, force: true });
});

const sha = (f: string) => createHash('sha256').update(fs.readFileSync(f)).digest('hex');
const RANKINGS = [
  ['projet-politique', 'accompagnement'],
  [],
  ['place-salaries', 'horizon-post-crise', 'accompagnement', 'projet-politique'],
  ['accompagnement'],
  ['projet-politique'],
];

describe('export folder', () => {
  it('writes ballots, results, audit and a manifest whose hashes match the files', async () => {
    t = openTestBox();
    target = fs.mkdtempSync(path.join(os.tmpdir(), 'priorites-stick-'));
    castSome(t.box, RANKINGS);
    const report = await t.files.exportTo(target);
    expect(path.basename(report.folder)).toBe('sip-2020-2021_2021-05-18_14-03-22');
    expect(fs.readdirSync(report.folder).sort()).toEqual([
      'audit-log.jsonl',
      'ballots.csv',
      'manifest.json',
      'results.csv',
    ]);
    const manifest = JSON.parse(fs.readFileSync(path.join(report.folder, 'manifest.json'), 'utf8'));
    expect(manifest.election.id).toBe('sip-2020-2021');
    expect(manifest.counts).toEqual({ ballots: 5, blank: 1, bySection: { FR: 3, BE: 2 } });
    expect(manifest.app.version).toBe('0.0.0-test');
    for (const f of manifest.files as { name: string; sha256: string }[])
      expect(sha(path.join(report.folder, f.name))).toBe(f.sha256);
    const csv = parseBallotsCsv(fs.readFileSync(path.join(report.folder, 'ballots.csv'), 'utf8'));
    expect(csv.ok && csv.ballots.map((b) => b.id).sort()).toEqual(
      t.box
        .ballots()
        .map((b) => b.id)
        .sort(),
    );
    expect(verifyAuditFile(path.join(report.folder, 'audit-log.jsonl')).valid).toBe(true);
    expect(t.box.audit.entries().at(-1)).toMatchObject({
      action: 'exported',
      details: { ballots: 5, folder: path.basename(report.folder) },
    });
  });

  it('carries the built recount tools, listed in the manifest with their hashes', async () => {
    const build = fs.mkdtempSync(path.join(os.tmpdir(), 'priorites-build-'));
    fs.mkdirSync(path.join(build, 'cli'));
    fs.mkdirSync(path.join(build, 'recount'));
    fs.writeFileSync(path.join(build, 'cli/tally.mjs'), 'console.log("tally")\n');
    fs.writeFileSync(path.join(build, 'recount/recompter.html'), '<!doctype html><title>r</title>');
    try {
      t = openTestBox({ toolsDir: build });
      target = fs.mkdtempSync(path.join(os.tmpdir(), 'priorites-stick-'));
      castSome(t.box, RANKINGS);
      const report = await t.files.exportTo(target);
      expect(fs.readdirSync(report.folder).sort()).toEqual([
        'audit-log.jsonl',
        'ballots.csv',
        'manifest.json',
        'recompter.html',
        'results.csv',
        'tally.mjs',
      ]);
      expect(fs.readFileSync(path.join(report.folder, 'tally.mjs'), 'utf8')).toBe(
        'console.log("tally")\n',
      );
      const manifest = JSON.parse(
        fs.readFileSync(path.join(report.folder, 'manifest.json'), 'utf8'),
      );
      const listed = (manifest.files as { name: string; sha256: string }[]).map((f) => f.name);
      expect(listed).toEqual(expect.arrayContaining(['recompter.html', 'tally.mjs']));
      for (const f of manifest.files as { name: string; sha256: string }[])
        expect(sha(path.join(report.folder, f.name))).toBe(f.sha256);
    } finally {
      fs.rmSync(build, { recursive: true, force: true });
    }
  });

  it('can repeat during the vote, each time in a new folder', async () => {
    t = openTestBox();
    target = fs.mkdtempSync(path.join(os.tmpdir(), 'priorites-stick-'));
    castSome(t.box, RANKINGS);
    const a = await t.files.exportTo(target);
    t.box.cast({ ballotId: 'f'.repeat(32), ranking: ['accompagnement'] });
    const b = await t.files.exportTo(target);
    expect(b.folder).not.toBe(a.folder);
    expect([a.ballots, b.ballots]).toEqual([5, 6]);
  });

  it('calls sync -f on each file on Linux, and a failed sync leaves no file behind', async () => {
    const synced: string[] = [];
    t = openTestBox({
      platform: 'linux',
      run: async (cmd, args) => {
        if (cmd === 'sync') synced.push(String(args[1]));
        const fail = String(args[1]).endsWith('results.csv');
        return { code: fail ? 1 : 0, stdout: '', stderr: fail ? 'I/O error' : '' };
      },
    });
    target = fs.mkdtempSync(path.join(os.tmpdir(), 'priorites-stick-'));
    castSome(t.box, RANKINGS);
    const err = await t.files.exportTo(target).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).code).toBe('export-failed');
    expect(synced.map((f) => path.basename(f))).toEqual(['ballots.csv', 'results.csv']);
    expect(fs.readdirSync(target)).toEqual([]);
    expect(t.box.audit.entries().some((e) => e.action === 'exported')).toBe(false);
  });

  it('detects a file that reads back differently and removes it', async () => {
    t = openTestBox({
      platform: 'linux',
      run: async (_cmd, args) => {
        // A stick that loses bytes: the file changes between the write and the read-back.
        const f = String(args[1]);
        if (f.endsWith('ballots.csv')) fs.appendFileSync(f, 'x');
        return { code: 0, stdout: '', stderr: '' };
      },
    });
    target = fs.mkdtempSync(path.join(os.tmpdir(), 'priorites-stick-'));
    castSome(t.box, RANKINGS);
    const err = (await t.files.exportTo(target).catch((e: unknown) => e)) as ApiError;
    expect(err.code).toBe('export-verify-failed');
    expect(fs.readdirSync(target)).toEqual([]);
  });

  it('refuses a folder that does not exist', async () => {
    t = openTestBox();
    const err = (await t.files.exportTo('/nonexistent/stick').catch((e: unknown) => e)) as ApiError;
    expect(err.code).toBe('drive-not-found');
  });
});

describe('folder name and shuffle', () => {
  it('has no colon (refused on FAT)', () => {
    const name = exportFolderName('sip-2020-2021', new Date(2021, 4, 8, 9, 5, 7));
    expect(name).toBe('sip-2020-2021_2021-05-08_09-05-07');
    expect(name).not.toMatch(/[:\\/*?"<>|]/);
  });

  it('permutes with the injected randomness and keeps every item', () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    let s = 7;
    const out = shuffled(items, (n) => (s = (s * 1103515245 + 12345) % 2 ** 31) % n);
    expect(out).not.toEqual(items);
    expect([...out].sort((a, b) => a - b)).toEqual(items);
  });
});
