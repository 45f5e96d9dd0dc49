/**
 * Rows of a CSV text without any quote character, for a file where most rows repeat an earlier
 * row except in one cell (the ballot id): a million ballots over four options have about 130
 * distinct contents. Such a row is recognised from its characters, without splitting it or
 * building any string, and handed over with the earlier row's shape and the position of its own
 * `skip` cell. Every other row (the first of its kind, a wrong cell count, …) is split with
 * `String.split`, exactly what a CSV parser does when there are no quotes.
 */
export interface PlainRowHandlers<S> {
  /** A row whose cells other than `skip` equal those of a row `slow` returned `shape` for. */
  fast: (shape: S, skipFrom: number, skipTo: number, line: number) => boolean;
  /**
   * Any other non-empty row. last: the last row of the text; complete: ended by a line break.
   * `shape`, when not null, is remembered for later rows with the same cells (but `skip`).
   */
  slow: (
    cells: string[],
    line: number,
    last: boolean,
    complete: boolean,
  ) => { go: boolean; shape: S | null };
}

/**
 * Calls a handler for each non-empty row (line breaks \n or \r\n) until one returns false.
 * Lines are numbered from 1, empty ones included.
 */
export function forEachPlainRow<S>(
  text: string,
  delimiter: string,
  width: number,
  skip: number,
  handlers: PlainRowHandlers<S>,
): void {
  const sep = delimiter.charCodeAt(0);
  const table = new ShapeTable<S>(text);
  let pos = 0;
  let line = 0;
  while (pos < text.length) {
    let end = text.indexOf('\n', pos);
    const complete = end >= 0;
    if (!complete) end = text.length;
    line++;
    const rowEnd = end > pos && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    const from = pos;
    pos = end + 1;
    if (rowEnd === from) continue;

    // One pass: count the cells, find the skipped cell, hash every other character.
    let cell = 0;
    let skipFrom = skip === 0 ? from : -1;
    let skipTo = -1;
    let h = 0x811c9dc5;
    for (let i = from; i < rowEnd; i++) {
      if (i === skipFrom) {
        // The skipped cell (a 32-digit id) is not hashed: jump to its end.
        const j = text.indexOf(delimiter, i);
        i = j === -1 || j > rowEnd ? rowEnd : j;
        if (i === rowEnd) break;
      }
      const ch = text.charCodeAt(i);
      if (ch === sep) {
        cell++;
        if (cell === skip) skipFrom = i + 1;
        else if (cell === skip + 1) skipTo = i;
      }
      h = Math.imul(h ^ ch, 0x01000193);
    }
    if (skipTo === -1) skipTo = rowEnd;
    if (cell === width - 1 && skipFrom !== -1) {
      const shape = table.find(h, from, skipFrom, skipTo, rowEnd);
      if (shape !== undefined) {
        if (!handlers.fast(shape, skipFrom, skipTo, line)) return;
        continue;
      }
    }
    const r = handlers.slow(
      text.slice(from, rowEnd).split(delimiter),
      line,
      pos >= text.length,
      complete,
    );
    if (r.shape !== null && cell === width - 1 && skipFrom !== -1)
      table.add(h, from, skipFrom, skipTo, rowEnd, r.shape);
    if (!r.go) return;
  }
}

/**
 * Shapes by row content, in open addressing. A row is remembered as its place in the text
 * (start, skipped cell, end) and a match is confirmed character by character.
 */
class ShapeTable<S> {
  private slots = new Int32Array(256).fill(-1);
  private hashes: number[] = [];
  private rows: number[] = []; // from, skipFrom, skipTo, rowEnd of each shape, back to back
  private shapes: S[] = [];

  constructor(private readonly text: string) {}

  find(h: number, from: number, skipFrom: number, skipTo: number, end: number): S | undefined {
    const mask = this.slots.length - 1;
    for (let slot = mix(h) & mask; ; slot = (slot + 1) & mask) {
      const k = this.slots[slot] as number;
      if (k === -1) return undefined;
      if (this.hashes[k] === h && this.sameRow(k, from, skipFrom, skipTo, end))
        return this.shapes[k];
    }
  }

  add(h: number, from: number, skipFrom: number, skipTo: number, end: number, shape: S): void {
    const k = this.shapes.length;
    this.shapes.push(shape);
    this.hashes.push(h);
    this.rows.push(from, skipFrom, skipTo, end);
    if (this.shapes.length * 2 > this.slots.length) {
      this.slots = new Int32Array(this.slots.length * 2).fill(-1);
      for (let j = 0; j < this.shapes.length; j++) this.place(j);
    } else this.place(k);
  }

  private place(k: number): void {
    const mask = this.slots.length - 1;
    let slot = mix(this.hashes[k] as number) & mask;
    while (this.slots[slot] !== -1) slot = (slot + 1) & mask;
    this.slots[slot] = k;
  }

  private sameRow(k: number, from: number, skipFrom: number, skipTo: number, end: number) {
    const r = this.rows;
    const f = r[4 * k] as number;
    const sf = r[4 * k + 1] as number;
    const st = r[4 * k + 2] as number;
    const e = r[4 * k + 3] as number;
    if (sf - f !== skipFrom - from || e - st !== end - skipTo) return false;
    const t = this.text;
    for (let i = 0; i < sf - f; i++)
      if (t.charCodeAt(f + i) !== t.charCodeAt(from + i)) return false;
    for (let i = 0; i < e - st; i++)
      if (t.charCodeAt(st + i) !== t.charCodeAt(skipTo + i)) return false;
    return true;
  }
}

// murmur3's finaliser: the table uses the low bits, which FNV's multiplications leave poor.
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
