/**
 * Text in a PDF with pdf-lib and the bundled fonts: a face made of several font files (latin,
 * latin-ext), measured so that lines wrap instead of being cut. Shared by the code slips
 * (renderer) and the procès-verbal (main process).
 */
import { rgb, type PDFFont, type PDFPage } from 'pdf-lib';

/** A face made of several files (latin, latin-ext): each character drawn by the first that has it. */
export class Face {
  private readonly sets: Set<number>[];
  constructor(private readonly fonts: PDFFont[]) {
    this.sets = fonts.map((f) => new Set(f.getCharacterSet()));
  }

  private runs(text: string): { font: PDFFont; text: string }[] {
    const out: { font: PDFFont; text: string }[] = [];
    for (const ch of text) {
      const cp = ch.codePointAt(0) ?? 0;
      const i = Math.max(
        0,
        this.sets.findIndex((s) => s.has(cp)),
      );
      const font = this.fonts[i] as PDFFont;
      const last = out[out.length - 1];
      if (last && last.font === font) last.text += ch;
      else out.push({ font, text: ch });
    }
    return out;
  }

  width(text: string, size: number): number {
    return this.runs(text).reduce((w, r) => w + r.font.widthOfTextAtSize(r.text, size), 0);
  }

  draw(page: PDFPage, text: string, x: number, y: number, size: number): void {
    let at = x;
    for (const r of this.runs(text)) {
      page.drawText(r.text, { x: at, y, size, font: r.font, color: rgb(0, 0, 0) });
      at += r.font.widthOfTextAtSize(r.text, size);
    }
  }

  /** Greedy line breaking by words; a word wider than the line is broken between characters. */
  wrap(text: string, size: number, width: number): string[] {
    const lines: string[] = [];
    let line = '';
    // French punctuation stays with its word (« 2021 », « SIP : »); no break at a no-break space.
    const glued = text.replace(/« /g, '«\u00a0').replace(/ ([»:;!?])/g, '\u00a0$1');
    for (const word of glued.split(/[ \t\r\n]+/).filter(Boolean)) {
      const tryLine = line ? `${line} ${word}` : word;
      if (this.width(tryLine, size) <= width) {
        line = tryLine;
        continue;
      }
      if (line) lines.push(line);
      line = '';
      for (const ch of word) {
        if (line && this.width(line + ch, size) > width) {
          lines.push(line);
          line = '';
        }
        line += ch;
      }
    }
    if (line) lines.push(line);
    return lines.length ? lines : [''];
  }
}
