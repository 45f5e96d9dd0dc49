import fs from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { MINUTES_FONT_FILES } from './src-main/core/minutes/font-files';
import renderer from './vite.renderer.config';

/**
 * The procès-verbal embeds Atkinson Hyperlegible: main's bundle carries the four font files in
 * out/main/fonts, since the font package (a renderer package) is not in the installed app.
 */
const minutesFonts = (): Plugin => ({
  name: 'priorites-minutes-fonts',
  writeBundle(options) {
    const dir = resolve(options.dir ?? 'out/main', 'fonts');
    fs.mkdirSync(dir, { recursive: true });
    for (const f of MINUTES_FONT_FILES)
      fs.copyFileSync(
        resolve(__dirname, 'node_modules/@fontsource/atkinson-hyperlegible/files', f),
        resolve(dir, f),
      );
  },
});

export default defineConfig({
  main: {
    plugins: [minutesFonts()],
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve(__dirname, 'src-main/electron/main.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(__dirname, 'src-main/electron/preload.ts') },
        // A sandboxed preload cannot load ES modules.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer,
});
