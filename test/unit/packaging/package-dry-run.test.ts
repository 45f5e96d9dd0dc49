/**
 * A packaging dry run without the Electron binary: electron-builder's own API builds the Linux
 * `dir` target from a stub Electron distribution (an empty executable, no fuses to flip), then
 * the deb target up to the point where it would call fpm, and the AppImage up to its own tool
 * (both downloaded from GitHub; electron-builder's `effectiveOptionComputed` hook stops each
 * there, with the metadata computed). Then app.asar is listed: what main needs is inside, and
 * nothing else heavy is.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINUTES_FONT_FILES } from '../../../src-main/core/minutes/font-files';
import { bareImports } from './support/bare-imports';
import { repoRoot } from '../../support/host-process';

const require = createRequire(import.meta.url);
// Both come with electron-builder (app-builder-lib depends on them).
const yaml = require('js-yaml') as { load(text: string): unknown };
const asar = require('@electron/asar') as {
  listPackage(archive: string, options?: object): string[];
  extractFile(archive: string, filename: string): Buffer;
};

interface BuildApi {
  build(options: Record<string, unknown>): Promise<string[]>;
  Platform: { LINUX: { createTarget(types: string[], arch: number): unknown } };
  Arch: { x64: number };
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'priorites-pack-'));
const project = path.join(work, 'project');
const stubDist = path.join(work, 'electron-dist');
const output = path.join(work, 'dist');
const unpacked = path.join(output, 'linux-unpacked');
const archive = path.join(unpacked, 'resources', 'app.asar');

let debArgs: string[] = [];
let afterInstall = '';
let appImageDesktop = '';
let files: string[] = [];

/** The value after a flag in fpm's arguments. */
const flag = (name: string) => debArgs[debArgs.indexOf(name) + 1];
const pkgOf = (spec: string) =>
  spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] as string);

beforeAll(async () => {
  // A project folder of its own (the repository's out/ is the e2e tests'), shaped like the
  // repository: package.json, the fresh build in out/, the icons, the installed modules.
  fs.mkdirSync(project);
  for (const f of ['package.json', 'package-lock.json'])
    fs.copyFileSync(path.join(repoRoot, f), path.join(project, f));
  fs.mkdirSync(path.join(project, 'assets'));
  fs.symlinkSync(path.join(repoRoot, 'assets/icons'), path.join(project, 'assets/icons'), 'dir');
  // The installed modules as hard links, not a symlink: through a symlinked node_modules, npm
  // list (electron-builder's module collector) sees every package as extraneous as soon as the
  // folder is newer than npm's hidden lockfile (any tool writing a cache there after npm ci),
  // and lowdb then went into app.asar without steno.
  try {
    execFileSync('cp', [
      '-al',
      path.join(repoRoot, 'node_modules'),
      path.join(project, 'node_modules'),
    ]);
  } catch {
    fs.symlinkSync(path.join(repoRoot, 'node_modules'), path.join(project, 'node_modules'), 'dir');
  }
  execFileSync(
    path.join(repoRoot, 'node_modules/.bin/electron-vite'),
    ['build', '--outDir', path.join(project, 'out'), '--logLevel', 'error'],
    { cwd: repoRoot, stdio: 'pipe' },
  );
  // Electron's unpacked distribution, minus Electron: the executable electron-builder renames.
  fs.mkdirSync(path.join(stubDist, 'resources'), { recursive: true });
  fs.writeFileSync(path.join(stubDist, 'electron'), '', { mode: 0o755 });

  const config = yaml.load(
    fs.readFileSync(path.join(repoRoot, 'electron-builder.yml'), 'utf8'),
  ) as Record<string, unknown> & { directories: object };
  const { build, Platform, Arch } = (await import('electron-builder')) as unknown as BuildApi;
  await build({
    projectDir: project,
    targets: Platform.LINUX.createTarget(['dir', 'deb', 'AppImage'], Arch.x64),
    publish: 'never',
    config: {
      ...config,
      electronDist: stubDist,
      // The stub has no fuse wire to flip; the fuses are checked in electron-builder-config.test.
      electronFuses: null,
      directories: { ...config.directories, output },
    },
    effectiveOptionComputed: async (computed: unknown) => {
      if (Array.isArray(computed) && Array.isArray(computed[0])) {
        debArgs = computed[0] as string[];
        afterInstall = fs.readFileSync(flag('--after-install') ?? '', 'utf8');
        return true; // stop before fpm, which would be downloaded
      }
      const desktop = (computed as { desktop?: unknown } | null)?.desktop;
      if (typeof desktop !== 'string') return false;
      appImageDesktop = desktop;
      return true; // stop before the AppImage tool, which would be downloaded
    },
  });
  files = asar.listPackage(archive);
}, 180_000);
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const inAsar = (f: string) => files.includes(f);
const asarJson = (f: string) =>
  JSON.parse(asar.extractFile(archive, f.replace(/^\//, '')).toString('utf8')) as {
    main?: string;
    dependencies?: Record<string, string>;
  };
const packagesInAsar = () =>
  new Set(
    files
      .filter((f) => /^\/node_modules\/(@[^/]+\/)?[^/@]+\/package\.json$/.test(f))
      .map((f) => f.slice('/node_modules/'.length, -'/package.json'.length)),
  );

describe('electron-builder --linux dir with a stub Electron', () => {
  it('produces the renamed executable and app.asar', () => {
    expect(fs.existsSync(path.join(unpacked, 'priorites'))).toBe(true);
    expect(fs.existsSync(archive)).toBe(true);
  });

  it('app.asar holds the main entry, the preload and every file of the renderer build', () => {
    const main = asarJson('/package.json').main ?? '';
    expect(main).toBe('out/main/index.js');
    expect(inAsar(`/${main}`)).toBe(true);
    expect(inAsar('/out/preload/index.cjs')).toBe(true);
    expect(inAsar('/out/renderer/index.html')).toBe(true);
    // The procès-verbal's fonts travel with main (the font package is the renderer's).
    for (const f of MINUTES_FONT_FILES) expect(inAsar(`/out/main/fonts/${f}`), f).toBe(true);
    const renderer = path.join(project, 'out/renderer');
    const built = (fs.readdirSync(renderer, { recursive: true }) as string[])
      .filter((f) => fs.statSync(path.join(renderer, f)).isFile())
      .map((f) => `/out/renderer/${f.split(path.sep).join('/')}`);
    expect(built.length).toBeGreaterThan(3);
    expect(built.filter((f) => !inAsar(f))).toEqual([]);
  });

  it('every bare import of main is inside, with the packages those need', async () => {
    const code = fs.readFileSync(path.join(project, 'out/main/index.js'), 'utf8');
    const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
    const bare = [...(await bareImports(code))]
      .map((m) => pkgOf(m))
      .filter((s) => !builtins.has(s) && s !== 'electron');
    expect(bare.length).toBeGreaterThan(0);
    const present = packagesInAsar();
    for (const spec of bare) expect(present, spec).toContain(spec);
    for (const p of present)
      for (const dep of Object.keys(asarJson(`/node_modules/${p}/package.json`).dependencies ?? {}))
        expect(present, `${p} needs ${dep}`).toContain(dep);
  });

  it('nothing else heavy: no renderer-only package, and the archive stays small', () => {
    const code = fs.readFileSync(path.join(project, 'out/main/index.js'), 'utf8');
    const present = [...packagesInAsar()];
    for (const p of ['react', 'react-dom', '@dnd-kit/core', '@fontsource/atkinson-hyperlegible'])
      expect(present).not.toContain(p);
    // Each packaged module is imported by main or needed by one that is.
    const needed = new Set<string>();
    const visit = (p: string) => {
      if (needed.has(p)) return;
      needed.add(p);
      for (const d of Object.keys(asarJson(`/node_modules/${p}/package.json`).dependencies ?? {}))
        visit(d);
    };
    for (const p of present) if (code.includes(`"${p}"`)) visit(p);
    expect(present.filter((p) => !needed.has(p))).toEqual([]);
    // About 16.5 MB: zod and the renderer build; the hub's certificate maker (selfsigned with
    // @peculiar/x509 and pkijs, the desktop app being the hub); main's bundle with pdf-lib and
    // fontkit and the four font files of the procès-verbal.
    expect(fs.statSync(archive).size).toBeLessThan(20_000_000);
    expect(files.some((f) => f.startsWith('/src-') || f.startsWith('/test/'))).toBe(false);
  });
});

describe('the deb, up to fpm', () => {
  it('has its homepage, maintainer and vendor from package.json', () => {
    expect(flag('--url')).toMatch(/^https:\/\//);
    expect(flag('--maintainer')).toMatch(/^.+ <[^@\s]+@[^@\s]+>$/);
    expect(flag('--name')).toBe('priorites');
    expect(debArgs.some((a) => a.endsWith('=/usr/share/applications/priorites.desktop'))).toBe(
      true,
    );
  });

  it("its post-install makes Chromium's sandbox work under Ubuntu's AppArmor", () => {
    expect(afterInstall).toMatch(/chrome-sandbox/);
    expect(afterInstall).toMatch(/apparmor/i);
  });
});

describe('the AppImage, up to its tool', () => {
  it("does not switch Chromium's sandbox off in its desktop entry", () => {
    expect(appImageDesktop).toMatch(/^Exec=AppRun/m);
    expect(appImageDesktop).not.toContain('--no-sandbox');
    expect(appImageDesktop).toMatch(/^StartupWMClass=priorites$/m);
  });
});
