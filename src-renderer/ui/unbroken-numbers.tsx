/**
 * Titles such as « … pour 2020-2021 » broke after the hyphen on the kiosk and the console, leaving
 * « 2021 » alone on a line. A range of numbers is kept on one line; everything else still wraps.
 */
import type { ReactNode } from 'react';

export interface TextPiece {
  text: string;
  /** True for a number range that must not break across lines. */
  keep: boolean;
}

const RANGE = /\d+\s?[-–‐]\s?\d+/gu;

export function splitNumberRanges(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const m of text.matchAll(RANGE)) {
    if (m.index > at) pieces.push({ text: text.slice(at, m.index), keep: false });
    pieces.push({ text: m[0], keep: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), keep: false });
  return pieces;
}

export function UnbrokenNumbers({ text }: { text: string }): ReactNode {
  return splitNumberRanges(text).map((p, i) =>
    p.keep ? (
      <span key={i} className="nowrap">
        {p.text}
      </span>
    ) : (
      p.text
    ),
  );
}
