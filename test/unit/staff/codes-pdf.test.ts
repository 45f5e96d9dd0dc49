/**
 * The slips PDF read back with poppler (pdfinfo, pdftotext, pdftoppm): every code and every
 * whole title present, in each language of the section, on as few pages as needed, the last one
 * not blank.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultElection } from '../../../src-main/core/default-election';
import {
  codesSheetPdf,
  type SlipFonts,
  type SlipTexts,
} from '../../../src-renderer/staff/codes-pdf';

const FONTS = path.resolve(
  import.meta.dirname,
  '../../../node_modules/@fontsource/atkinson-hyperlegible/files',
);
const font = (subset: string, weight: number) =>
  new Uint8Array(
    fs.readFileSync(path.join(FONTS, `atkinson-hyperlegible-${subset}-${weight}-normal.woff`)),
  );
const fonts: SlipFonts = {
  regular: [font('latin', 400), font('latin-ext', 400)],
  bold: [font('latin', 700), font('latin-ext', 700)],
};
const SHOTS = process.env.PRIORITES_SHOTS_DIR;

const BE: SlipTexts[] = [
  {
    lang: 'nl',
    title: defaultElection.title.nl as string,
    label: 'Uw stemcode',
    hint: 'In te voeren aan de kiosk. Eenmalig geldig.',
  },
  {
    lang: 'fr',
    title: defaultElection.title.fr,
    label: 'Votre code de vote',
    hint: 'À saisir au kiosque. Valable une seule fois.',
  },
];

const codes = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `BE-${String(1000 + i).replace(/./g, (d) => 'ABCDEFGHJK'[Number(d)] as string)}-7KQM`,
  );

function readBack(bytes: Uint8Array) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'priorites-slips-'));
  const file = path.join(dir, 'slips.pdf');
  fs.writeFileSync(file, bytes);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  // -raw keeps the order of drawing: one slip's lines stay together.
  const pageText = (p: number) =>
    execFileSync('pdftotext', ['-raw', '-f', String(p), '-l', String(p), file, '-'], {
      encoding: 'utf8',
    }).replace(/\s+/g, ' ');
  /** The share of dark pixels of a page rendered in grey at 20 dpi. */
  const ink = (p: number) => {
    const out = path.join(dir, `page-${p}`);
    execFileSync('pdftoppm', [
      '-gray',
      '-r',
      '20',
      '-f',
      String(p),
      '-l',
      String(p),
      '-singlefile',
      file,
      out,
    ]);
    const pgm = fs.readFileSync(`${out}.pgm`);
    const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 40).toString('latin1'));
    const pixels = pgm.subarray((header?.[0] ?? '').length);
    return pixels.filter((v) => v < 160).length / pixels.length;
  };
  const png = (p: number, name: string) => {
    if (!SHOTS) return;
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '80',
      '-f',
      String(p),
      '-l',
      String(p),
      '-singlefile',
      file,
      path.join(SHOTS, name),
    ]);
  };
  return {
    pages,
    pageText,
    ink,
    png,
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

describe('codes sheet PDF', () => {
  it('prints Belgian slips in Dutch and French, whole titles, every code, no blank last page', async () => {
    const all = codes(40);
    const pdf = readBack(await codesSheetPdf(all, BE, fonts));
    try {
      const texts = Array.from({ length: pdf.pages }, (_, i) => pdf.pageText(i + 1));
      const perPage = all.filter((c) => texts[0]?.includes(c)).length;
      expect(perPage).toBeGreaterThan(0);
      // As few pages as the slips need: none left over, none empty.
      expect(pdf.pages).toBe(Math.ceil(all.length / perPage));
      for (const c of all) expect(texts.filter((t) => t.includes(c))).toHaveLength(1);
      const first = texts[0] as string;
      // Each title whole, never cut: as many times as there are slips on the page.
      for (const tx of BE) {
        expect(first.split(tx.title).length - 1).toBe(perPage);
        expect(first).toContain(tx.hint);
      }
      expect(first).toContain('Uw stemcode / Votre code de vote');
      expect(pdf.ink(pdf.pages)).toBeGreaterThan(0.002);
      pdf.png(1, 'slips-be-page-1');
      pdf.png(pdf.pages, 'slips-be-last-page');
    } finally {
      pdf.cleanup();
    }
  });

  it('prints every character of the election languages, beyond Latin-1, with the bundled font', async () => {
    const title = 'Assemblée œcuménique de Łódź « 2021 » – IJsselmeer, coöperatie, Ærø';
    const pdf = readBack(
      await codesSheetPdf(
        ['FR-7KQM-3XPA'],
        [{ lang: 'fr', title, label: 'Votre code', hint: 'Une fois.' }],
        fonts,
      ),
    );
    try {
      expect(pdf.pages).toBe(1);
      expect(pdf.pageText(1)).toContain(title);
      expect(pdf.pageText(1)).toContain('FR-7KQM-3XPA');
      pdf.png(1, 'slips-one');
    } finally {
      pdf.cleanup();
    }
  });
});
