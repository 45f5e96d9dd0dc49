import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * The recount CLI as one JavaScript file, `out/cli/tally.mjs`, that plain Node runs with no
 * checkout and no install: every dependency is bundled in, only node: built-ins stay imports.
 * It is copied into every export folder beside the ballots.
 */
export default defineConfig({
  build: {
    outDir: resolve(import.meta.dirname, 'out/cli'),
    emptyOutDir: true,
    ssr: resolve(import.meta.dirname, 'src-main/cli/tally.ts'),
    target: 'node20',
    minify: true,
    sourcemap: false,
    rollupOptions: { output: { format: 'es', entryFileNames: 'tally.mjs' } },
  },
  // Every module of the bundle shares one URL: only the entry may run as the program.
  define: { __PRIORITES_CLI_ENTRY__: JSON.stringify('tally') },
  ssr: { noExternal: true, target: 'node' },
});
