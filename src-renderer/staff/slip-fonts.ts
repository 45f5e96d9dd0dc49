/**
 * The bundled font files for the slips PDF, inlined by Vite (no fetch: the CSP and the app://
 * protocol stay as they are). Loaded only when staff save a PDF, with the PDF writer.
 */
import bold from '@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-700-normal.woff?inline';
import boldExt from '@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-ext-700-normal.woff?inline';
import regular from '@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-400-normal.woff?inline';
import regularExt from '@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-ext-400-normal.woff?inline';
import type { SlipFonts } from './codes-pdf';

const bytes = (dataUrl: string): Uint8Array =>
  Uint8Array.from(atob(dataUrl.slice(dataUrl.indexOf(',') + 1)), (c) => c.charCodeAt(0));

export const slipFonts = (): SlipFonts => ({
  regular: [bytes(regular), bytes(regularExt)],
  bold: [bytes(bold), bytes(boldExt)],
});
