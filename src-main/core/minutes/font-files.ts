/** The Atkinson Hyperlegible files the procès-verbal embeds (WOFF: fontkit's WOFF2 subsetting fails). */
export const MINUTES_FONT_FILES = [400, 700].flatMap((w) =>
  ['latin', 'latin-ext'].map((s) => `atkinson-hyperlegible-${s}-${w}-normal.woff`),
);
