import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AuditLog } from '../core/audit-log';
import { main, type CliIo } from './tally';

/** A real trail written by the app's own AuditLog, as exported beside the manifest. */
function writeTrail(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'priorites-tally-audit-'));
  const file = path.join(dir, 'audit-log.jsonl');
  const log = new AuditLog(file, () => new Date('2021-05-18T14:00:00Z'));
  log.append('opened', { election: 'sip-2020-2021' });
  log.append('exported', { ballots: 12 });
  log.append('closed', { ballots: 12 });
  log.close();
  return file;
}

function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readFile: (f) => fs.readFileSync(f, 'utf8'),
    exists: (f) => fs.existsSync(f),
  };
  return { code: main(argv, io), stdout, stderr };
}

describe('tally --verify-audit', () => {
  it('accepts an intact chain: exit 0 and a summary with the number of entries', () => {
    const file = writeTrail();
    const r = run(['--verify-audit', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${file} : journal intact, 3 entrées, chaîne de hachages vérifiée\n`);
    expect(r.stderr).toBe('');
    expect(run(['--verify-audit', file, '--lang', 'en']).stdout).toBe(
      `${file}: audit trail intact, 3 entries, hash chain verified\n`,
    );
  });

  it('names the tampered line and exits 1', () => {
    const file = writeTrail();
    const text = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, text.replace('"ballots":12}', '"ballots":13}'));
    const r = run(['--verify-audit', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `${file}:2 : journal altéré à la ligne 2 : le contenu a été modifié (hachage différent)\n`,
    );
  });

  it('finds a removed line and reports every file in JSON', () => {
    const good = writeTrail();
    const cut = writeTrail();
    const lines = fs.readFileSync(cut, 'utf8').split('\n');
    fs.writeFileSync(cut, [lines[0], lines[2], ''].join('\n'));
    const r = run(['--verify-audit', good, '--verify-audit', cut, '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual([
      { file: good, valid: true, entries: 3, problem: null },
      {
        file: cut,
        valid: false,
        entries: 1,
        problem: { line: 2, reason: 'chain broken (prev)' },
      },
    ]);
  });

  it('says when the file cannot be read, and refuses to mix with a recount', () => {
    const missing = path.join(os.tmpdir(), 'priorites-no-such-dir', 'audit-log.jsonl');
    const r = run(['--verify-audit', missing, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^.*audit-log\.jsonl: cannot read the file \(ENOENT/);
    const mixed = run(['--verify-audit', writeTrail(), 'ballots.csv']);
    expect(mixed.code).toBe(1);
    expect(mixed.stderr).toMatch(/^--verify-audit vérifie un journal/);
  });

  it('runs as npm run tally does, with its exit code', () => {
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
    const tsx = path.join(root, 'node_modules/.bin/tsx');
    const file = writeTrail();
    const cli = (f: string) =>
      spawnSync(tsx, [path.join(root, 'src-main/cli/tally.ts'), '--verify-audit', f], {
        encoding: 'utf8',
      });
    const ok = cli(file);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('journal intact, 3 entrées');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('opened', 'closed'));
    const bad = cli(file);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain(`${file}:1 `);
  }, 30_000);
});
