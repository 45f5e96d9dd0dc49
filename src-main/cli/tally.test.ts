import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatBallotsCsv } from '../../shared/csv/ballots-csv';
import type { Ballot } from '../../shared/domain/ballot';
import { IdTable } from './id-table';
import { main, type CliIo } from './tally';

const id = (n: number) => n.toString(16).padStart(32, '0');
const b = (n: number, section: string, ranking: string[], election = 'sip-2020'): Ballot => ({
  id: id(n),
  election,
  section,
  ranking,
});

const election = {
  id: 'sip-2020',
  title: { fr: 'SIP' },
  question: { fr: 'Classez' },
  context: [],
  options: ['a', 'b', 'c'].map((o) => ({ id: o, title: { fr: `Thème ${o}` } })),
  sections: [
    { id: 'FR', name: { fr: 'France' } },
    { id: 'BE', name: { fr: 'Belgique' } },
  ],
  eligibility: 'open',
  rules: { minRanked: 1, allowBlank: true },
  results: { policy: 'live', batchSize: 1, minBallots: 1 },
  kiosk: { shuffleOptions: true, inactivitySeconds: 60 },
  method: 'borda',
};

function run(argv: string[], files: Record<string, string>) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readFile: (f) => {
      const t = files[f];
      if (t === undefined) throw new Error(`ENOENT: ${f}`);
      return t;
    },
    exists: (f) => f in files,
  };
  const code = main(argv, io);
  return { code, stdout, stderr };
}

const fr = [b(1, 'FR', ['a', 'b', 'c']), b(2, 'FR', ['a']), b(3, 'FR', [])];
const be = [b(4, 'BE', ['b', 'c']), b(5, 'BE', ['c', 'b', 'a'])];

describe('tally CLI', () => {
  it('prints the exact JSON shape, merging files and counting a repeated ballot once', () => {
    const r = run(['k1/ballots.csv', 'k2/ballots.csv', '--json'], {
      'k1/ballots.csv': formatBallotsCsv(fr, 3),
      'k2/ballots.csv': formatBallotsCsv([...be, fr[0] as Ballot], 3),
    });
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.ballots).toBe(5);
    expect(j.blank).toBe(1);
    expect(j.sections).toEqual(['FR', 'BE']);
    expect(j.duplicates).toBe(1);
    for (const scope of [j.combined, j.bySection.FR, j.bySection.BE]) {
      expect(Object.keys(scope)).toEqual(
        expect.arrayContaining(['ballots', 'pairwise', 'borda', 'orders', 'kemeny']),
      );
      expect(Object.keys(scope.orders)).toEqual(
        expect.arrayContaining(['borda', 'schulze', 'copeland']),
      );
      expect(Object.keys(scope.kemeny)).toEqual(expect.arrayContaining(['score', 'orders']));
    }
    expect(j.combined.pairwise.a.b).toBe(2);
    expect(j.bySection.BE.ballots).toBe(2);
    expect(r.stderr).toBe('1 bulletin présent dans plusieurs fichiers, compté une fois\n');
  });

  it('prints a French table by default and English with --lang en', () => {
    const files = { 'x/b.csv': formatBallotsCsv([...fr, ...be], 3) };
    const frOut = run(['x/b.csv'], files);
    expect(frOut.code).toBe(0);
    expect(frOut.stdout).toContain('Toutes sections réunies');
    expect(frOut.stdout).toContain('Section FR');
    expect(frOut.stdout).toContain('Borda (méthode principale)');
    const en = run(['x/b.csv', '--lang', 'en'], files);
    expect(en.stdout).toContain('All sections combined');
  });

  it('takes options from manifest.json beside the file, so unranked options still count', () => {
    const r = run(['usb/ballots.csv', '--json'], {
      'usb/ballots.csv': formatBallotsCsv([b(1, 'FR', ['a'])], 3),
      'usb/manifest.json': JSON.stringify({ election, files: [] }),
    });
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.combined.options).toEqual(['a', 'b', 'c']);
    expect(j.combined.borda).toEqual({ a: 2, b: 0.5, c: 0.5 });
    expect(j.sections).toEqual(['FR', 'BE']);
  });

  it('takes options from --election', () => {
    const r = run(['b.csv', '--election', 'def.json', '--json'], {
      'b.csv': formatBallotsCsv([b(1, 'FR', ['zz'])], 3),
      'def.json': JSON.stringify(election),
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^b\.csv:2: thème inconnu « zz »/);
  });

  it('refuses ballots of another election, naming file and line', () => {
    const r = run(['a.csv', 'b.csv'], {
      'a.csv': formatBallotsCsv(fr, 3),
      'b.csv': formatBallotsCsv([b(9, 'FR', ['a'], 'other-vote')], 3),
    });
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('b.csv:2:');
    expect(r.stderr).toContain('wrong-election');
  });

  it('refuses the same ballot id with different contents', () => {
    const r = run(['a.csv', 'b.csv', '--lang', 'en'], {
      'a.csv': formatBallotsCsv(fr, 3),
      'b.csv': formatBallotsCsv([b(1, 'FR', ['c'])], 3),
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      `b.csv: ballot ${id(1)} also appears in a.csv with different contents`,
    );
  });

  it('reports a truncated file and a missing file without printing results', () => {
    const cut = formatBallotsCsv(fr, 3).slice(0, -30);
    const r = run(['a.csv'], { 'a.csv': cut });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/a\.csv:4: .*\[truncated-line\]/);
    const missing = run(['nope.csv'], {});
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('nope.csv');
    expect(run([], {}).code).toBe(1);
    expect(run(['a.csv', '--bogus'], {}).stderr).toContain('--bogus');
  });

  it('counts in words, in French, English and Dutch: « 1 bulletin (0 blanc) », never « (s) »', () => {
    const files = {
      'one.csv': formatBallotsCsv([b(1, 'FR', ['a'])], 3),
      'k1.csv': formatBallotsCsv(fr, 3),
      'k2.csv': formatBallotsCsv([...be, b(1, 'FR', ['a', 'b', 'c'])], 3),
    };
    const one = run(['one.csv'], files).stdout;
    expect(one).toContain('Scrutin sip-2020 — 1 bulletin (0 blanc)\n');
    expect(one).toContain('== Section FR — 1 bulletin (0 blanc) ==');
    expect(one).toContain('(score 0, 1 ordre optimal)');
    const many = run(['k1.csv', 'k2.csv'], files);
    expect(many.stdout).toContain('Scrutin sip-2020 — 5 bulletins (1 blanc)\n');
    expect(many.stdout).toContain('Borda (méthode principale)\u00a0: 1. a [');
    expect(many.stderr).toBe('1 bulletin présent dans plusieurs fichiers, compté une fois\n');
    const en = run(['one.csv', '--lang', 'en'], files).stdout;
    expect(en).toContain('Election sip-2020 — 1 ballot (0 blank)\n');
    expect(en).toContain('1 optimal order)');
    const nl = run(['k1.csv', 'k2.csv', '--lang', 'nl'], files);
    expect(nl.stdout).toContain('Stemming sip-2020 — 5 stembiljetten (waarvan 1 blanco)\n');
    expect(nl.stderr).toBe('1 stembiljet staat in meerdere bestanden en wordt één keer geteld\n');
    for (const out of [one, many.stdout, en, nl.stdout]) expect(out).not.toMatch(/\((s|aux|ies)\)/);
  });

  it('says what is wrong in an election file in words, with its path', () => {
    const bad = { ...election, options: [{ id: 'A b', title: { fr: 'x' } }], extra: 1 };
    const r = run(['b.csv', '--election', 'def.json'], {
      'b.csv': formatBallotsCsv(fr, 3),
      'def.json': JSON.stringify(bad),
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^def\.json: définition du scrutin invalide :\n {2}\S/);
    expect(r.stderr).toContain(
      'options.0.id : identifiant invalide : lettres minuscules sans accent, chiffres et tirets seulement',
    );
    expect(r.stderr).toContain('fichier : champ inconnu : extra');
  });

  it('refuses an invalid election definition', () => {
    const r = run(['b.csv', '--election', 'def.json'], {
      'b.csv': formatBallotsCsv(fr, 3),
      'def.json': JSON.stringify({ ...election, options: [] }),
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('def.json');
  });

  it('runs as a real process with tsx', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tally-cli-'));
    const file = path.join(dir, 'ballots.csv');
    writeFileSync(file, formatBallotsCsv([...fr, ...be], 3));
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
    const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
    const ok = spawnSync(tsx, [path.join(root, 'src-main/cli/tally.ts'), file, '--json'], {
      encoding: 'utf8',
    });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).ballots).toBe(5);
    writeFileSync(file, 'election;section;ballot;rank_1\nsip-2020;FR;nothex;a\n');
    const bad = spawnSync(tsx, [path.join(root, 'src-main/cli/tally.ts'), file], {
      encoding: 'utf8',
    });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain(`${file}:2:`);
  });
});

describe('IdTable', () => {
  it('finds every id again and grows', () => {
    const t = new IdTable(4);
    for (let i = 0; i < 5000; i++) expect(t.getOrAdd(id(i * 7919), i)).toBe(-1);
    for (let i = 0; i < 5000; i++) expect(t.getOrAdd(id(i * 7919), -5)).toBe(i);
    expect(t.getOrAdd('f'.repeat(32), 1)).toBe(-1);
    expect(t.size).toBe(5001);
  });
});
