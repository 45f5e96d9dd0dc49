/**
 * Which Node runs what, told the same way by package.json `engines`, `.nvmrc` and the README's
 * first lines: the tests and the browser host run on the minimum of `engines` (this very run
 * proves it), and the version in `.nvmrc` satisfies every installed package, so `npm install`
 * there prints no EBADENGINE warning; what asks for more is only Electron and its packaging.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../support/host-process';

const require = createRequire(import.meta.url);
// Comes with npm's own tool chain through electron-builder; not a direct dependency.
const semver = require('semver') as {
  satisfies(v: string, range: string): boolean;
  subset(sub: string, dom: string): boolean;
  minVersion(range: string): { version: string } | null;
};

const read = (f: string) => fs.readFileSync(path.join(repoRoot, f), 'utf8');
const pkg = JSON.parse(read('package.json')) as {
  engines: { node: string };
  dependencies: Record<string, string>;
};
const lock = JSON.parse(read('package-lock.json')) as {
  packages: Record<string, { dev?: boolean; engines?: { node?: string } | string[] }>;
};
const nvmrc = read('.nvmrc').trim();
const minimum = semver.minVersion(pkg.engines.node)?.version ?? '';
const full = (v: string) => (v.split('.').length === 2 ? `${v}.0` : v);

/** Installed packages whose declared Node range leaves out the given version. */
const refusing = (version: string) =>
  Object.entries(lock.packages)
    .filter(([, p]) => typeof p.engines === 'object' && !Array.isArray(p.engines) && p.engines.node)
    .filter(([, p]) => !semver.satisfies(version, (p.engines as { node: string }).node))
    .map(([name, p]) => ({ name: name.replace(/^.*node_modules\//, ''), dev: p.dev === true }));

describe('Node versions', () => {
  it('this test runs on a Node that engines accepts', () => {
    expect(semver.satisfies(process.versions.node, pkg.engines.node)).toBe(true);
    expect(minimum).toBe('20.19.0');
  });

  it('.nvmrc names a version every installed package accepts (no EBADENGINE there)', () => {
    expect(nvmrc).toMatch(/^\d+\.\d+(\.\d+)?$/);
    expect(semver.satisfies(full(nvmrc), pkg.engines.node)).toBe(true);
    expect(refusing(full(nvmrc))).toEqual([]);
  });

  it('every tool of the tests accepts every Node that engines accepts', () => {
    const tooNarrow = Object.entries(lock.packages)
      .filter(([name]) => !/electron|node-abi/.test(name))
      .filter(
        ([, p]) => typeof p.engines === 'object' && !Array.isArray(p.engines) && p.engines.node,
      )
      .filter(([, p]) => !semver.subset(pkg.engines.node, (p.engines as { node: string }).node))
      .map(([name, p]) => `${name} ${JSON.stringify(p.engines)}`);
    expect(tooNarrow).toEqual([]);
  });

  it('below .nvmrc only development tools of Electron and its packaging complain', () => {
    const below = refusing(minimum);
    expect(below.length).toBeGreaterThan(0);
    for (const p of below) {
      expect(p.dev, p.name).toBe(true);
      expect(p.name).toMatch(/electron|node-abi/);
    }
  });

  it("the README's first lines say both versions and which commands need which", () => {
    const head = read('README.md').split('\n').slice(0, 30).join('\n');
    expect(head).toContain(`Node ${minimum.replace(/\.0$/, '')}`);
    expect(head).toContain(`Node ${nvmrc}`);
    expect(head).toMatch(/npm test/);
    expect(head).toMatch(/npm start/);
    expect(head).toMatch(/npm run dist/);
  });
});
