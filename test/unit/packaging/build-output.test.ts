/**
 * Every file the installer needs is produced by the build (`npm run build`, run here into a
 * folder of its own): the main bundle package.json points at, the preload the main process
 * loads, the renderer pages and every asset they reference. The sandboxed preload may require
 * nothing but electron, and the main bundle only what electron-builder will pack.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../support/host-process';
import { bareImports } from './support/bare-imports';

const out = fs.mkdtempSync(path.join(os.tmpdir(), 'priorites-build-'));
const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
  main: string;
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
};

/** The app, then the recount tools every export carries (the CLI bundle, the recount page). */
const TOOL_CONFIGS = [
  ['vite.cli.config.ts', 'cli'],
  ['vite.recount.config.ts', 'recount'],
] as const;

beforeAll(() => {
  expect(pkg.scripts.build).toBe(
    [
      'electron-vite build',
      ...TOOL_CONFIGS.map(([config]) => `vite build --config ${config} --logLevel warn`),
    ].join(' && '),
  );
  execFileSync(
    path.join(repoRoot, 'node_modules/.bin/electron-vite'),
    ['build', '--outDir', out, '--logLevel', 'error'],
    { cwd: repoRoot, stdio: 'pipe' },
  );
  for (const [config, dir] of TOOL_CONFIGS)
    execFileSync(
      path.join(repoRoot, 'node_modules/.bin/vite'),
      ['build', '--config', config, '--outDir', path.join(out, dir), '--logLevel', 'error'],
      { cwd: repoRoot, stdio: 'pipe' },
    );
}, 120_000);

const read = (rel: string) => fs.readFileSync(path.join(out, rel), 'utf8');
/** The CommonJS preload's requires (es-module-lexer reads ES modules only). */
const requires = (code: string) =>
  new Set([...code.matchAll(/require\(\s*["']([^"'./][^"']*)["']/g)].map((m) => m[1] as string));
const packageOf = (spec: string) =>
  spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] as string);

describe('npm run build', () => {
  it('writes the main bundle package.json names, which finds the preload and renderer', () => {
    expect(pkg.main).toBe('out/main/index.js');
    const main = read('main/index.js');
    expect(main).toContain('../preload/index.cjs');
    expect(main).toContain('../renderer');
    expect(fs.existsSync(path.join(out, 'preload/index.cjs'))).toBe(true);
    expect(fs.existsSync(path.join(out, 'renderer/index.html'))).toBe(true);
  });

  it('main imports only Node built-ins, electron and declared dependencies', async () => {
    const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
    for (const spec of await bareImports(read('main/index.js'))) {
      if (builtins.has(spec) || spec === 'electron') continue;
      expect(Object.keys(pkg.dependencies), spec).toContain(packageOf(spec));
    }
  });

  it('the recount CLI is one file that imports nothing but Node built-ins', async () => {
    const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
    const code = read('cli/tally.mjs');
    expect([...(await bareImports(code))].filter((s) => !builtins.has(s))).toEqual([]);
    expect(fs.readdirSync(path.join(out, 'cli'))).toEqual(['tally.mjs']);
  });

  it('the recount page is one file that loads nothing and allows only its own inline code', () => {
    expect(fs.readdirSync(path.join(out, 'recount'))).toEqual(['recompter.html']);
    const page = read('recount/recompter.html');
    expect(page).not.toMatch(/\s(src|href)=/);
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(page)?.[1] ?? '';
    expect(csp).toMatch(
      /^default-src 'none'; script-src 'sha256-[^']+'; style-src 'sha256-[^']+';/,
    );
    expect(csp).toContain("connect-src 'none'");
    expect(csp).not.toMatch(/unsafe|\*|https?:/);
    expect(page.match(/<script\b/g)).toHaveLength(1);
  });

  it('the sandboxed preload requires nothing but electron', () => {
    expect([...requires(read('preload/index.cjs'))]).toEqual(['electron']);
  });

  it('every script, style, font and image the renderer references is in the build', () => {
    const html = read('renderer/index.html');
    const refs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] as string);
    expect(refs.length).toBeGreaterThan(0);
    const missing: string[] = [];
    const css: string[] = [];
    for (const ref of refs) {
      expect(ref, 'no remote resource').not.toMatch(/^[a-z]+:/i);
      const file = path.join(out, 'renderer', ref.replace(/^\.?\//, ''));
      if (!fs.existsSync(file)) missing.push(ref);
      else if (file.endsWith('.css')) css.push(file);
    }
    for (const file of css) {
      const text = fs.readFileSync(file, 'utf8');
      for (const m of text.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
        const ref = m[1] as string;
        if (ref.startsWith('data:')) continue;
        expect(ref, 'no remote resource').not.toMatch(/^[a-z]+:/i);
        if (!fs.existsSync(path.resolve(path.dirname(file), ref.replace(/^\//, ''))))
          missing.push(ref);
      }
    }
    expect(missing).toEqual([]);
  });
});
