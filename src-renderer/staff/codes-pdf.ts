/**
 * The sheet of code slips as a PDF, written by hand (a few dozen lines of PDF 1.4 with the
 * standard Helvetica and Courier fonts), so that no library and no print dialog is needed to
 * save it. Texts are encoded in WinAnsi, which covers French and Dutch.
 */
export interface SlipTexts {
  title: string;
  label: string;
  hint: string;
}

const PAGE_W = 595.28; // A4 in points
const PAGE_H = 841.89;
const COLS = 3;
const ROWS = 8;
const MARGIN = 28;

const WIN_ANSI_EXTRA: Record<string, number> = {
  '’': 0x92,
  '‘': 0x91,
  '“': 0x93,
  '”': 0x94,
  '–': 0x96,
  '—': 0x97,
  '…': 0x85,
  '€': 0x80,
  œ: 0x9c,
  Œ: 0x8c,
};

function pdfString(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 63;
    const b = WIN_ANSI_EXTRA[ch] ?? (cp < 256 && cp !== 0x7f ? cp : 63);
    const c = String.fromCharCode(b);
    out += c === '(' || c === ')' || c === '\\' ? `\\${c}` : b < 32 ? ' ' : c;
  }
  return `(${out})`;
}

const fit = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

function pageContent(codes: readonly string[], texts: SlipTexts): string {
  const w = (PAGE_W - 2 * MARGIN) / COLS;
  const h = (PAGE_H - 2 * MARGIN) / ROWS;
  const ops: string[] = ['0.6 w [4 3] 0 d 0.5 G'];
  for (let c = 0; c <= COLS; c++)
    ops.push(`${MARGIN + c * w} ${MARGIN} m ${MARGIN + c * w} ${PAGE_H - MARGIN} l S`);
  for (let r = 0; r <= ROWS; r++)
    ops.push(`${MARGIN} ${MARGIN + r * h} m ${PAGE_W - MARGIN} ${MARGIN + r * h} l S`);
  ops.push('[] 0 d 0 g');
  codes.forEach((code, i) => {
    const x = MARGIN + (i % COLS) * w + 10;
    const top = PAGE_H - MARGIN - Math.floor(i / COLS) * h;
    ops.push(`BT /F1 8 Tf ${x} ${top - 16} Td ${pdfString(fit(texts.title, 42))} Tj ET`);
    ops.push(`BT /F1 9 Tf ${x} ${top - 34} Td ${pdfString(fit(texts.label, 40))} Tj ET`);
    ops.push(`BT /F2 15 Tf ${x} ${top - 56} Td ${pdfString(code)} Tj ET`);
    ops.push(`BT /F1 7 Tf ${x} ${top - 76} Td ${pdfString(fit(texts.hint, 48))} Tj ET`);
  });
  return ops.join('\n');
}

export function codesSheetPdf(codes: readonly string[], texts: SlipTexts): Uint8Array {
  const perPage = COLS * ROWS;
  const pages: string[] = [];
  for (let i = 0; i < Math.max(1, codes.length); i += perPage)
    pages.push(pageContent(codes.slice(i, i + perPage), texts));
  // Objects: 1 catalog, 2 pages, 3 Helvetica, 4 Courier-Bold, then a page and its content each.
  const objects: string[] = [];
  const kids = pages.map((_, i) => `${5 + 2 * i} 0 R`).join(' ');
  objects.push('<< /Type /Catalog /Pages 2 0 R >>');
  objects.push(`<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`);
  objects.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  objects.push(
    '<< /Type /Font /Subtype /Type1 /BaseFont /Courier-Bold /Encoding /WinAnsiEncoding >>',
  );
  pages.forEach((content, i) => {
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_W} ${PAGE_H}] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${6 + 2 * i} 0 R >>`,
    );
    objects.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
  });
  let pdf = '%PDF-1.4\n%\xE2\xE3\xCF\xD3\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) pdf += `${String(off).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  // Every char code is below 256 (WinAnsi), so one byte each: offsets above are byte offsets.
  return Uint8Array.from(pdf, (c) => c.charCodeAt(0));
}
