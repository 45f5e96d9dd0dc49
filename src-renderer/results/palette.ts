/**
 * Colours of the rank-distribution bars: a viridis ramp (readable with every common colour
 * vision deficiency, and in greyscale) from 1st choice to last, a neutral grey for "not
 * ranked", and for each fill the text colour (black or white) with the higher contrast.
 */
const VIRIDIS = [
  '#440154',
  '#482878',
  '#3e4989',
  '#31688e',
  '#26828e',
  '#1f9e89',
  '#35b779',
  '#6ece58',
  '#fde725',
] as const;

export const UNRANKED_FILL = '#b8b8b8';

const rgb = (hex: string): [number, number, number] => [
  parseInt(hex.slice(1, 3), 16),
  parseInt(hex.slice(3, 5), 16),
  parseInt(hex.slice(5, 7), 16),
];

const hex = (c: readonly number[]) =>
  '#' + c.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('');

/** The ramp at t in [0, 1]. */
export function viridis(t: number): string {
  const x = Math.min(1, Math.max(0, t)) * (VIRIDIS.length - 1);
  const i = Math.min(VIRIDIS.length - 2, Math.floor(x));
  const f = x - i;
  const a = rgb(VIRIDIS[i] as string);
  const b = rgb(VIRIDIS[i + 1] as string);
  return hex(a.map((v, k) => v + ((b[k] as number) - v) * f));
}

/** One fill per rank, 1st choice first. */
export function rankFills(ranks: number): string[] {
  return Array.from({ length: ranks }, (_, i) => viridis(ranks === 1 ? 0 : i / (ranks - 1)));
}

export function luminance(color: string): number {
  const [r, g, b] = rgb(color).map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

export const textOn = (fill: string): string =>
  contrast(fill, '#000000') >= contrast(fill, '#ffffff') ? '#000000' : '#ffffff';
