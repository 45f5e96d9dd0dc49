/** CSV conventions shared by the ballots and results files (DESIGN.md, "Interchange formats"). */
export const BOM = '\uFEFF';
export const SEP = ';';
export const EOL = '\r\n';

/** A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR at the start). */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** Export: prefix formula-looking cells with an apostrophe, which spreadsheets show as text. */
export function neutralise(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** Import: undo `neutralise`; a cell that was never neutralised comes back unchanged. */
export function unneutralise(cell: string): string {
  return cell.length > 1 && cell[0] === "'" && FORMULA_START.test(cell.slice(1))
    ? cell.slice(1)
    : cell;
}

/** Quotes a cell only when it holds the separator, a quote or a line break. */
export function quote(cell: string, sep = SEP): string {
  return cell.includes(sep) || /["\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export type Cell = string | number;

/**
 * A number as French and Belgian spreadsheets read it in a `;` file: decimal comma, no
 * grouping. Numbers are never neutralised: `-3` must stay a number, and a number cannot carry
 * a formula.
 */
export function numberCell(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`not a finite number: ${n}`);
  return String(n).replace('.', ',');
}

/** Text cells are neutralised and quoted; number cells are written as numbers. */
export const row = (cells: readonly Cell[]): string =>
  cells.map((c) => (typeof c === 'number' ? numberCell(c) : quote(neutralise(c)))).join(SEP);
