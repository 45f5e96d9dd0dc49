/* eslint-disable @typescript-eslint/no-dynamic-delete -- Rollup's API: a plugin drops an output file by deleting its key from the bundle. */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

/**
 * recompter.html: the recount page every export folder carries. It must open from a USB stick
 * (file://) in any current browser with no network and no other file, so the build puts its one
 * script and its one style inside the page and allows exactly those two by their SHA-256 in the
 * page's Content-Security-Policy: as strict as the app's, which allows only its own files.
 */
const CSP_PLACEHOLDER = '%RECOUNT_CSP%';

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

function inlineIntoOnePage(outName: string): Plugin {
  return {
    name: 'priorites-inline-recount-page',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const html = Object.values(bundle).find((f) => f.fileName.endsWith('.html'));
      if (!html || html.type !== 'asset') throw new Error('recount page: no HTML emitted');
      let page = String(html.source);
      let script = '';
      let style = '';
      for (const [name, file] of Object.entries(bundle)) {
        if (file.type === 'chunk') {
          // A script element ends at the first "</script", wherever it stands in the code.
          script += file.code.replace(/<\/(script)/gi, '<\\/$1');
          delete bundle[name];
        } else if (file.fileName.endsWith('.css')) {
          style += String(file.source);
          delete bundle[name];
        }
      }
      page = page
        .replace(/<script\b[^>]*\bsrc="[^"]*"[^>]*><\/script>\s*/g, '')
        .replace(/<link\b[^>]*rel="stylesheet"[^>]*>\s*/g, '');
      if (/\s(src|href)="/.test(page)) throw new Error('recount page: an external file is left');
      const csp = [
        "default-src 'none'",
        `script-src ${hashOf(script)}`,
        `style-src ${hashOf(style)}`,
        "img-src 'none'",
        "connect-src 'none'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
      ].join('; ');
      // Replacer functions: the code holds `$&` and the like, which a replacement string expands.
      page = page
        .replace(CSP_PLACEHOLDER, () => csp)
        .replace('</head>', () => `<style>${style}</style>\n  </head>`)
        .replace('</body>', () => `<script type="module">${script}</script>\n  </body>`);
      delete bundle[html.fileName];
      this.emitFile({ type: 'asset', fileName: outName, source: page });
    },
  };
}

export default defineConfig({
  root: resolve(import.meta.dirname, 'src-renderer/recount'),
  base: './',
  plugins: [inlineIntoOnePage('recompter.html')],
  build: {
    outDir: resolve(import.meta.dirname, 'out/recount'),
    emptyOutDir: true,
    modulePreload: false,
    cssCodeSplit: false,
    assetsInlineLimit: 0,
    rollupOptions: {
      input: resolve(import.meta.dirname, 'src-renderer/recount/index.html'),
      output: { codeSplitting: false },
    },
  },
});
