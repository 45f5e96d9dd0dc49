/**
 * The procès-verbal as the board gets it: exported after the close, rendered to PNG (pdftoppm)
 * and read back as text (pdftotext). Its numbers must be those of the recount CLI on the
 * exported ballots.csv.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { castSome, openTestBox, type TestBox } from '../../../test/unit/support/test-box';
import { minutesCatalogs } from '../../../shared/i18n/minutes';
import { lastAuditHash } from './audit-head';

let t: TestBox;
let target = '';
afterEach(() => {
  t?.close();
  if (target) fs.rmSync(target, { recursive: true, force: true });
});

const root = path.resolve(import.meta.dirname, '../../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');
const sha = (f: string) => createHash('sha256').update(fs.readFileSync(f)).digest('hex');
// pdftotext keeps the layout's lines; figures use narrow no-break spaces in French.
const flat = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ');

const RANKINGS = [
  ['projet-politique', 'accompagnement'],
  [],
  ['place-salaries', 'horizon-post-crise', 'accompagnement', 'projet-politique'],
  ['accompagnement', 'projet-politique'],
  ['projet-politique'],
  ['accompagnement'],
  ['horizon-post-crise', 'place-salaries'],
];

describe('procès-verbal', () => {
  it('is written after the close with every section, the CLI’s numbers and the hashes', async () => {
    t = openTestBox();
    target = fs.mkdtempSync(path.join(os.tmpdir(), 'priorites-pv-'));
    t.box.updateElection({ ...t.box.election, tieBreak: ['first-choices', 'head-to-head', 'lot'] });
    t.box.setEntitled('FR', 10);
    t.box.setEntitled('BE', 8);
    castSome(t.box, RANKINGS);
    // Before the close: no minutes, the result is not final.
    const open = await t.files.exportTo(target);
    expect(fs.existsSync(path.join(open.folder, 'proces-verbal.pdf'))).toBe(false);
    await expect(t.files.minutes()).rejects.toMatchObject({ code: 'minutes-need-export' });
    t.box.closeVote();
    t.box.reveal();
    t.box.setDrawSeed('4217');
    const report = await t.files.exportTo(target);
    const dir = report.folder;
    const pdf = path.join(dir, 'proces-verbal.pdf');
    expect(fs.existsSync(pdf)).toBe(true);
    // The console's button hands out the same file.
    expect(Buffer.from(await t.files.minutes()).equals(fs.readFileSync(pdf))).toBe(true);

    const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text.status).toBe(0);
    const words = flat(text.stdout);
    const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(2);
    const shots = path.join(os.tmpdir(), 'shots-minutes');
    fs.mkdirSync(shots, { recursive: true });
    const ppm = spawnSync('pdftoppm', ['-png', '-r', '60', pdf, path.join(shots, 'pv')]);
    expect(ppm.status).toBe(0);
    expect(fs.readdirSync(shots).filter((f) => /^pv-\d+\.png$/.test(f))).toHaveLength(pages);
    expect(words).toContain(`Page 1 sur ${pages}`);
    expect(words).toContain(`Pagina ${pages} van ${pages}`);

    // Belgium reads Dutch first: a French part, then a Dutch one, each with all its sections.
    for (const lang of ['fr', 'nl'] as const) {
      const c = minutesCatalogs[lang];
      expect(words).toContain(c.title);
      for (const title of Object.values(c.sections)) expect(words).toContain(title);
    }
    // No time of day anywhere: only the day of the vote.
    expect(words).toContain('18 mai 2021');
    expect(words).not.toMatch(/\b\d{1,2}[:h]\d{2}\b/);

    const manifest = path.join(dir, 'manifest.json');
    expect(words).toContain(sha(path.join(dir, 'ballots.csv')));
    expect(words).toContain(sha(manifest));
    expect(words).toContain(
      lastAuditHash(fs.readFileSync(path.join(dir, 'audit-log.jsonl'), 'utf8')),
    );
    expect(words).toContain('« 4217 »');

    const cli = spawnSync(
      tsx,
      [path.join(root, 'src-main/cli/tally.ts'), path.join(dir, 'ballots.csv'), '--json'],
      {
        encoding: 'utf8',
      },
    );
    expect(cli.status, cli.stderr).toBe(0);
    const j = JSON.parse(cli.stdout) as {
      ballots: number;
      blank: number;
      combined: { borda: Record<string, number>; pairwise: Record<string, Record<string, number>> };
      bySection: Record<string, { ballots: number; blank: number }>;
      tieBreak: { seed: string; combined: { order: string[][] } } | null;
    };
    const fr = (n: number) => n.toLocaleString('fr-FR').replace(/[\u00a0\u202f]/g, ' ');
    // Participation rows: section, entitled, voted, turnout, blank.
    expect(words).toMatch(
      new RegExp(`France 10 ${j.bySection.FR?.ballots} [\\d,]+ % ${j.bySection.FR?.blank}`),
    );
    expect(words).toMatch(
      new RegExp(`Toutes sections réunies 18 ${j.ballots} [\\d,]+ % ${j.blank}`),
    );
    // The final order's rows: rank, theme, Borda points, in the CLI's tie-broken order.
    const french = text.stdout.slice(0, text.stdout.indexOf(minutesCatalogs.nl.title));
    const orderPart = french.slice(
      french.indexOf(minutesCatalogs.fr.sections.order),
      french.indexOf(minutesCatalogs.fr.sections.tieBreak),
    );
    const scores = orderPart
      .split('\n')
      .map((line) => /^\s*\d+(?: \(ex æquo\))?\s{2,}.*?\s{2,}([\d,]+)\s*$/.exec(line)?.[1])
      .filter((x): x is string => x !== undefined);
    const order = j.tieBreak?.combined.order.flat() ?? [];
    expect(scores).toEqual(order.map((o) => fr(j.combined.borda[o] ?? 0)));
    // The head-to-head table holds every pairwise count of the CLI.
    for (const row of Object.values(j.combined.pairwise))
      for (const n of Object.values(row)) expect(words).toContain(` ${fr(n)}`);
    // The CLI read the seed from the manifest and ends the tie-break the same way.
    expect(j.tieBreak?.seed).toBe('4217');
    expect(j.tieBreak?.combined.order.every((tier) => tier.length === 1)).toBe(true);
  });
});
