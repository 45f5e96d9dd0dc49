/**
 * A flowing A4 document on pdf-lib: headings, wrapped paragraphs, tables whose cells wrap,
 * stacked bars, and page numbers once the page count is known. Nothing is ever clipped: every
 * text is measured and wrapped, and a block that does not fit starts a new page.
 */
import type { PDFDocument } from 'pdf-lib';
import { rgb, type PDFPage } from 'pdf-lib';
import type { Face } from '../../../shared/pdf/face';

const PAGE_W = 595.28;
const PAGE_H = 841.89;
const MARGIN = 56;
const BOTTOM = 64;
export const WIDTH = PAGE_W - 2 * MARGIN;
const LEADING = 1.3;
const INK = rgb(0, 0, 0);
const RULE = rgb(0.55, 0.55, 0.55);

export interface Cell {
  text: string;
  bold?: boolean;
  align?: 'left' | 'right';
}

export class Layout {
  private page!: PDFPage;
  private y = 0;
  readonly pages: PDFPage[] = [];

  constructor(
    private readonly doc: PDFDocument,
    private readonly regular: Face,
    private readonly bold: Face,
  ) {}

  newPage(): void {
    this.page = this.doc.addPage([PAGE_W, PAGE_H]);
    this.pages.push(this.page);
    this.y = PAGE_H - MARGIN;
  }

  private ensure(h: number): void {
    if (this.pages.length === 0 || this.y - h < BOTTOM) this.newPage();
  }

  /** The width of `text` in the regular face (points), to size a column for it. */
  textWidth(text: string, size: number): number {
    return this.regular.width(text, size);
  }

  space(h: number): void {
    this.y -= h;
  }

  text(text: string, size: number, opts: { bold?: boolean; indent?: number } = {}): void {
    const face = opts.bold ? this.bold : this.regular;
    const indent = opts.indent ?? 0;
    for (const line of face.wrap(text, size, WIDTH - indent)) {
      this.ensure(size * LEADING);
      this.y -= size * LEADING;
      face.draw(this.page, line, MARGIN + indent, this.y + size * 0.25, size);
    }
  }

  /** Starts a new page unless `h` points still fit: a block that must stay whole. */
  keep(h: number): void {
    this.ensure(h);
  }

  heading(text: string, size = 13): void {
    // A heading never ends a page alone: keep room for it and two lines after it.
    this.ensure(size * LEADING + 8 + 3 * 10 * LEADING);
    this.space(8);
    this.text(text, size, { bold: true });
    this.space(3);
  }

  /** A table with fixed column widths (points, summing to WIDTH at most); cells wrap. */
  table(
    widths: readonly number[],
    rows: readonly (readonly Cell[])[],
    size = 9,
    header = true,
  ): void {
    const pad = 3;
    for (const [r0, row] of rows.entries()) {
      const r = header ? r0 : r0 + 1;
      const lines = row.map((c, i) =>
        (c.bold || r === 0 ? this.bold : this.regular).wrap(
          c.text,
          size,
          (widths[i] ?? 0) - 2 * pad,
        ),
      );
      const h = Math.max(...lines.map((l) => l.length)) * size * LEADING + 2 * pad;
      this.ensure(h);
      let x = MARGIN;
      for (const [i, cell] of row.entries()) {
        const w = widths[i] ?? 0;
        const face = cell.bold || r === 0 ? this.bold : this.regular;
        (lines[i] ?? []).forEach((line, k) => {
          const tx = cell.align === 'right' ? x + w - pad - face.width(line, size) : x + pad;
          face.draw(
            this.page,
            line,
            tx,
            this.y - pad - (k + 1) * size * LEADING + size * 0.3,
            size,
          );
        });
        x += w;
      }
      this.y -= h;
      const total = widths.reduce((a, b) => a + b, 0);
      this.page.drawLine({
        start: { x: MARGIN, y: this.y },
        end: { x: MARGIN + total, y: this.y },
        thickness: r === 0 ? 0.8 : 0.3,
        color: RULE,
      });
    }
  }

  /** One stacked bar per row: label, then segments of shares with their patterns of grey. */
  bars(
    rows: readonly { label: string; shares: readonly number[] }[],
    legend: readonly string[],
  ): void {
    const labelW = 150;
    const barW = WIDTH - labelW;
    const h = 14;
    const shade = (i: number, n: number) => {
      const g = n <= 1 ? 0.2 : 0.15 + (0.75 * i) / (n - 1);
      return rgb(g, g, g);
    };
    for (const row of rows) {
      const lines = this.regular.wrap(row.label, 9, labelW - 6);
      const rowH = Math.max(h, lines.length * 9 * LEADING) + 6;
      this.ensure(rowH);
      lines.forEach((l, k) =>
        this.regular.draw(this.page, l, MARGIN, this.y - (k + 1) * 9 * LEADING + 2, 9),
      );
      let x = MARGIN + labelW;
      const n = row.shares.length;
      row.shares.forEach((s, i) => {
        const w = barW * s;
        if (w > 0)
          this.page.drawRectangle({
            x,
            y: this.y - h,
            width: w,
            height: h,
            color: shade(i, n),
            borderColor: INK,
            borderWidth: 0.3,
          });
        const pct = `${Math.round(s * 100)} %`;
        const tw = this.regular.width(pct, 7);
        if (w > tw + 4) {
          const light = i / Math.max(1, n - 1) > 0.5;
          this.drawSmall(pct, x + (w - tw) / 2, this.y - h + 4, light);
        }
        x += w;
      });
      this.y -= rowH;
    }
    // Legend: one swatch per rank.
    const size = 8;
    let x = MARGIN + labelW;
    this.ensure(size * LEADING * 2 + 6);
    this.y -= 4;
    legend.forEach((label, i) => {
      const w = 10 + 4 + this.regular.width(label, size) + 12;
      if (x + w > MARGIN + WIDTH) {
        x = MARGIN + labelW;
        this.y -= size * LEADING + 2;
      }
      this.page.drawRectangle({
        x,
        y: this.y - 9,
        width: 10,
        height: 9,
        color: shade(i, legend.length),
        borderColor: INK,
        borderWidth: 0.3,
      });
      this.regular.draw(this.page, label, x + 14, this.y - 8, size);
      x += w;
    });
    this.y -= size * LEADING + 6;
  }

  private drawSmall(text: string, x: number, y: number, onLight: boolean): void {
    // The face draws in black; on the dark segments a white box keeps the figure readable.
    if (!onLight) {
      const w = this.regular.width(text, 7);
      this.page.drawRectangle({
        x: x - 1.5,
        y: y - 1.5,
        width: w + 3,
        height: 8.5,
        color: rgb(1, 1, 1),
      });
    }
    this.regular.draw(this.page, text, x, y, 7);
  }

  /** A signature box: title, a line to sign on, and the hint below it. */
  signature(title: string, hint: string, x0: number, width: number, top: number): number {
    let y = top;
    for (const line of this.bold.wrap(title, 10, width)) {
      y -= 10 * LEADING;
      this.bold.draw(this.page, line, x0, y, 10);
    }
    y -= 56;
    this.page.drawLine({
      start: { x: x0, y },
      end: { x: x0 + width, y },
      thickness: 0.6,
      color: INK,
    });
    for (const line of this.regular.wrap(hint, 8, width)) {
      y -= 8 * LEADING;
      this.regular.draw(this.page, line, x0, y, 8);
    }
    return y;
  }

  signatures(a: [string, string], b: [string, string]): void {
    this.ensure(130);
    const w = (WIDTH - 30) / 2;
    const top = this.y - 6;
    const ya = this.signature(a[0], a[1], MARGIN, w, top);
    const yb = this.signature(b[0], b[1], MARGIN + w + 30, w, top);
    this.y = Math.min(ya, yb) - 6;
  }

  /** Writes "page n of N" at the foot of every page. */
  numberPages(label: (page: number, pages: number) => string): void {
    const n = this.pages.length;
    this.pages.forEach((p, i) => {
      const t = label(i + 1, n);
      this.regular.draw(p, t, PAGE_W - MARGIN - this.regular.width(t, 8), 32, 8);
    });
  }
}
