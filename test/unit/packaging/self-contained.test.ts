/**
 * A fresh clone passes its tests with nothing beside it: no test, fixture helper or script
 * climbs out of the repository (`repoRoot, '..'`) or names a machine's own folders.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../support/host-process';

const ROOTS = ['test', 'shared', 'src-main', 'src-renderer', 'scripts'];
const SOURCE = /\.(ts|tsx|mjs|js)$/;

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return SOURCE.test(e.name) ? [full] : [];
  });
}

// A path built from the repository root that then goes up, or a folder of this build machine.
const OUTSIDE = [/repoRoot,\s*['"]\.\.['"]/, /['"]\/work\//];

describe('the repository stands on its own', () => {
  it('no source or test reads a file beside the repository', () => {
    const files = ROOTS.flatMap((r) => sources(path.join(repoRoot, r)));
    expect(files.length).toBeGreaterThan(100);
    const self = path.relative(repoRoot, import.meta.filename);
    const offending = files
      .map((f) => path.relative(repoRoot, f))
      .filter((rel) => rel !== self)
      .filter((rel) =>
        OUTSIDE.some((re) => re.test(fs.readFileSync(path.join(repoRoot, rel), 'utf8'))),
      );
    expect(offending).toEqual([]);
  });

  it('the counting vectors are a fixture of the repository', () => {
    const file = path.join(repoRoot, 'test/fixtures/tally-vectors.json');
    const { cases } = JSON.parse(fs.readFileSync(file, 'utf8')) as { cases: { source?: string }[] };
    expect(cases.length).toBeGreaterThan(5);
  });
});
