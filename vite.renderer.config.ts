import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The renderer's build, used by electron-vite and on its own (`vite build --config …`). */
export default defineConfig({
  root: resolve(__dirname, 'src-renderer'),
  base: '/',
  plugins: [react()],
  build: {
    outDir: resolve(__dirname, 'out/renderer'),
    emptyOutDir: true,
    // The CSP forbids inline scripts and styles: keep every asset a file.
    assetsInlineLimit: 0,
    rollupOptions: { input: { index: resolve(__dirname, 'src-renderer/index.html') } },
  },
});
