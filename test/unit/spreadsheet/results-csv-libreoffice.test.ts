/**
 * results.csv as a French or Belgian spreadsheet user gets it: LibreOffice Calc (headless)
 * opens the file with the locale of France, of Belgium in French and of Belgium in Dutch, and
 * saves it as flat ODS, whose cells say whether they hold a number or a text. Needs `soffice`
 * (Debian: libreoffice-calc-nogui); without it the test is skipped, as `npm test` warns.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { RESULTS_HEADER, formatResultsCsv } from '../../../shared/csv/results-csv';
import { groupRankings, tallyElection } from '../../../shared/tally';

const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => fs.existsSync(p));

type SheetCell = { type: 'float'; value: number } | { type: 'string'; text: string } | null;

const unescapeXml = (s: string) =>
  s
    .replace(/<[^>]+>/g, '')
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The first sheet of a flat ODS file, as rows of typed cells. */
function readFods(xml: string): SheetCell[][] {
  const table = /<table:table [\s\S]*?<\/table:table>/.exec(xml)?.[0] ?? '';
  const rows: SheetCell[][] = [];
  for (const [, body = ''] of table.matchAll(
    /<table:table-row[^>]*>([\s\S]*?)<\/table:table-row>/g,
  )) {
    const cells: SheetCell[] = [];
    const cellRe = /<table:table-cell((?:\s[^>]*?)?)(?:\/>|>([\s\S]*?)<\/table:table-cell>)/g;
    for (const [, attrs = '', content = ''] of body.matchAll(cellRe)) {
      const repeat = Number(/table:number-columns-repeated="(\d+)"/.exec(attrs)?.[1] ?? 1);
      const type = /office:value-type="(\w+)"/.exec(attrs)?.[1];
      const cell: SheetCell =
        type === 'float'
          ? { type: 'float', value: Number(/office:value="([^"]+)"/.exec(attrs)?.[1]) }
          : type === 'string'
            ? {
                type: 'string',
                text: [...content.matchAll(/<text:p>([\s\S]*?)<\/text:p>/g)]
                  .map((m) => unescapeXml(m[1] ?? ''))
                  .join('\n'),
              }
            : null;
      for (let i = 0; i < Math.min(repeat, 64); i++) cells.push(cell);
    }
    rows.push(cells);
  }
  return rows;
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'priorites-calc-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** Opens `csv` as a spreadsheet of the given locale (LibreOffice language id) and reads it back. */
function openInCalc(csv: string, languageId: number): SheetCell[][] {
  const dir = fs.mkdtempSync(path.join(work, `${languageId}-`));
  const file = path.join(dir, 'results.csv');
  fs.writeFileSync(file, csv, 'utf8');
  // 59 = `;`, 34 = `"`, 76 = UTF-8, 1 = start at line 1, no column formats, then the locale.
  const r = spawnSync(
    SOFFICE as string,
    [
      `-env:UserInstallation=${pathToFileURL(path.join(dir, 'profile')).href}`,
      '--headless',
      `--infilter=CSV:59,34,76,1,,${languageId}`,
      '--convert-to',
      'fods',
      '--outdir',
      dir,
      file,
    ],
    { encoding: 'utf8', timeout: 90_000 },
  );
  const out = path.join(dir, 'results.fods');
  if (!fs.existsSync(out)) throw new Error(`soffice failed: ${r.stderr}${r.stdout}`);
  return readFods(fs.readFileSync(out, 'utf8'));
}

// Four themes; partial ballots share the leftover Borda points, so scores end in ,5, and the
// theme nobody ranks high loses every duel (a negative Copeland score).
const options = ['accompagnement', 'politique', 'outils', 'egalite'];
const titles: Record<string, string> = {
  accompagnement: 'L’accompagnement des membres',
  politique: 'Le projet politique ; « la coopérative »',
  outils: '=Les outils (formule ?)',
  egalite: '-Égalité femmes-hommes',
};
const t = tallyElection(options, ['FR', 'BE'], {
  FR: groupRankings([
    ['accompagnement', 'politique'],
    ['accompagnement', 'outils', 'politique'],
    ['politique'],
  ]),
  BE: groupRankings([['outils', 'accompagnement'], []]),
});
const csv = formatResultsCsv(t, titles);

const LOCALES = [
  ['France (fr-FR)', 1036],
  ['Belgique (fr-BE)', 2060],
  ['België (nl-BE)', 2067],
] as const;

describe.skipIf(!SOFFICE)('results.csv in LibreOffice Calc', () => {
  describe.each(LOCALES)('%s', (_name, languageId) => {
    const sheet = openInCalc(csv, languageId);
    const header = sheet[0]?.map((c) => (c?.type === 'string' ? c.text : null));
    const col = (name: (typeof RESULTS_HEADER)[number]) => RESULTS_HEADER.indexOf(name);
    const rows = sheet.slice(1).filter((r) => r.some((c) => c !== null));
    const find = (scope: string, table: string, option = '') =>
      rows.find((r) => {
        const s = r[col('scope')];
        const tb = r[col('table')];
        const o = r[col('option')];
        return (
          s?.type === 'string' &&
          s.text === scope &&
          tb?.type === 'string' &&
          tb.text === table &&
          (option === '' ? o === null : o?.type === 'string' && o.text === option)
        );
      });

    it('has the header and every row of the file', () => {
      expect(header?.slice(0, RESULTS_HEADER.length)).toEqual([...RESULTS_HEADER]);
      expect(rows).toHaveLength(csv.trimEnd().split('\r\n').length - 1);
    });

    it('reads Borda points with a decimal comma as numbers (x,5 included)', () => {
      for (const scope of ['FR', 'BE', 'combined'] as const) {
        const tally = scope === 'combined' ? t.combined : t.bySection[scope];
        for (const o of options) {
          const value = find(scope, 'borda', o)?.[col('value')];
          expect(value, `${scope} ${o}`).toEqual({ type: 'float', value: tally?.borda[o] });
        }
      }
      expect(Object.values(t.combined.borda).some((v) => !Number.isInteger(v))).toBe(true);
    });

    it('reads negative Copeland scores as numbers, not as text', () => {
      const scores = options.map((o) => find('combined', 'copeland', o)?.[col('value')]);
      expect(scores).toEqual(
        options.map((o) => ({ type: 'float', value: t.combined.copeland[o] })),
      );
      expect(Object.values(t.combined.copeland).some((v) => v < 0)).toBe(true);
    });

    it('reads counts, ranks and head-to-head cells as numbers', () => {
      expect(find('combined', 'ballots')?.[col('value')]).toEqual({ type: 'float', value: 5 });
      expect(find('BE', 'blank')?.[col('value')]).toEqual({ type: 'float', value: 1 });
      const pair = rows.find(
        (r) =>
          r[col('table')]?.type === 'string' &&
          (r[col('table')] as { text: string }).text === 'pairwise' &&
          (r[col('other')] as { text?: string } | null)?.text === 'outils',
      );
      expect(pair?.[col('value')]?.type).toBe('float');
      expect(find('FR', 'borda', 'accompagnement')?.[col('rank')]).toEqual({
        type: 'float',
        value: 1,
      });
    });

    it('shows each theme title beside its id, formula-looking titles as plain text', () => {
      for (const o of options)
        expect(find('combined', 'first-choices', o)?.[col('option_title')], o).toEqual({
          type: 'string',
          text: /^[=+\-@]/.test(titles[o] as string) ? `'${titles[o]}` : titles[o],
        });
    });
  });
});
