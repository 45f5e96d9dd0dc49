/**
 * The bundled Atkinson Hyperlegible files (WOFF: fontkit's WOFF2 subsetting fails): beside main's
 * bundle in the desktop app (out/main/fonts, copied by the build), from the font package in a
 * checkout (the host and the tests run the sources).
 */
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MinutesFonts } from './proces-verbal';

const file = (name: string): string => {
  const beside = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fonts', name);
  return existsSync(beside)
    ? beside
    : createRequire(import.meta.url).resolve(`@fontsource/atkinson-hyperlegible/files/${name}`);
};

/**
 * The fonts, or null when they cannot be read (a package without them): the export then goes
 * on without the procès-verbal, since the ballots on the stick matter more than the minutes.
 */
export async function readMinutesFonts(): Promise<MinutesFonts | null> {
  try {
    return await readFonts();
  } catch {
    return null;
  }
}

async function readFonts(): Promise<MinutesFonts> {
  const read = (w: number) =>
    Promise.all(
      [`latin-${w}`, `latin-ext-${w}`].map(
        async (n) =>
          new Uint8Array(await fs.readFile(file(`atkinson-hyperlegible-${n}-normal.woff`))),
      ),
    );
  return { regular: await read(400), bold: await read(700) };
}
