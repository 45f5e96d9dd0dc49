/**
 * The sheet of code slips as a PDF, written with pdf-lib and the bundled Atkinson Hyperlegible
 * font (embedded, subset), so that every character of the election's languages prints and every
 * text is measured: titles wrap instead of being cut, and the slip grows to hold them. A slip
 * carries its texts in each language of its section (Dutch and French for Belgium).
 */
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb } from 'pdf-lib';
import { Face } from '../../shared/pdf/face';

/** The texts of a slip in one language. */
export interface SlipTexts {
  lang: string;
  title: string;
  label: string;
  hint: string;
}

/** Font files (WOFF: fontkit subsets them; its WOFF2 subsetting fails), in fallback order. */
export interface SlipFonts {
  regular: readonly Uint8Array[];
  bold: readonly Uint8Array[];
}

const PAGE_W = 595.28; // A4 in points
const PAGE_H = 841.89;
const MARGIN = 28;
const COLS = 3;
const PAD = 8;
const SIZE = { title: 8.5, label: 9, code: 16, hint: 7.5 };
const LEADING = 1.25;

interface Line {
  text: string;
  size: number;
  bold: boolean;
  /** Space above the line, in points. */
  gap: number;
}

/** The lines of one slip, without its code (the same for every slip of the sheet). */
function slipLines(texts: readonly SlipTexts[], regular: Face, bold: Face, width: number) {
  const head: Line[] = [];
  const tail: Line[] = [];
  texts.forEach((tx, i) => {
    for (const [j, text] of bold.wrap(tx.title, SIZE.title, width).entries())
      head.push({ text, size: SIZE.title, bold: true, gap: i > 0 && j === 0 ? 3 : 0 });
  });
  const label = texts.map((tx) => tx.label).join(' / ');
  for (const [j, text] of regular.wrap(label, SIZE.label, width).entries())
    head.push({ text, size: SIZE.label, bold: false, gap: j === 0 ? 5 : 0 });
  texts.forEach((tx, i) => {
    for (const [j, text] of regular.wrap(tx.hint, SIZE.hint, width).entries())
      tail.push({ text, size: SIZE.hint, bold: false, gap: j === 0 ? (i === 0 ? 4 : 2) : 0 });
  });
  return { head, tail };
}

const lineHeight = (l: Line) => l.gap + l.size * LEADING;

export async function codesSheetPdf(
  codes: readonly string[],
  texts: readonly SlipTexts[],
  fonts: SlipFonts,
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const embed = (files: readonly Uint8Array[]) =>
    Promise.all(files.map((f) => doc.embedFont(f, { subset: true })));
  const regular = new Face(await embed(fonts.regular));
  const bold = new Face(await embed(fonts.bold));
  if (texts[0]) {
    doc.setTitle(texts[0].title);
    doc.setLanguage(texts[0].lang);
  }

  const slipW = (PAGE_W - 2 * MARGIN) / COLS;
  const { head, tail } = slipLines(texts, regular, bold, slipW - 2 * PAD);
  const codeLine: Line = { text: '', size: SIZE.code, bold: true, gap: 3 };
  const contentH = [...head, codeLine, ...tail].reduce((h, l) => h + lineHeight(l), 0);
  const slipH = contentH + 2 * PAD;
  // As many rows as fit: the slip is as tall as its measured text, never cut.
  const rows = Math.max(1, Math.floor((PAGE_H - 2 * MARGIN) / slipH));
  const perPage = rows * COLS;

  for (let start = 0; start < Math.max(1, codes.length); start += perPage) {
    const page = doc.addPage([PAGE_W, PAGE_H]);
    const onPage = codes.slice(start, start + perPage);
    const top = PAGE_H - MARGIN;
    onPage.forEach((code, i) => {
      const x = MARGIN + (i % COLS) * slipW;
      const y0 = top - Math.floor(i / COLS) * slipH;
      // A dashed box to cut along; neighbours' edges fall on the same line.
      page.drawRectangle({
        x,
        y: y0 - slipH,
        width: slipW,
        height: slipH,
        borderColor: rgb(0.45, 0.45, 0.45),
        borderWidth: 0.6,
        borderDashArray: [4, 3],
      });
      let y = y0 - PAD;
      for (const l of [...head, { ...codeLine, text: code }, ...tail]) {
        y -= lineHeight(l);
        (l.bold ? bold : regular).draw(page, l.text, x + PAD, y + l.size * (LEADING - 1), l.size);
      }
    });
  }
  return doc.save();
}
