/**
 * The installer configuration, checked without building an installer (the Electron binary
 * cannot be downloaded here): electron-builder.yml against electron-builder's own JSON schema,
 * the security fuses and targets the project promised, and the icons it points at.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../support/host-process';

const require = createRequire(import.meta.url);
// Both come with electron-builder (ajv through app-builder-lib); neither is a direct dependency.
const yaml = require('js-yaml') as { load(text: string): unknown };
type Validate = ((data: unknown) => boolean) & { errors?: unknown[] | null };
const Ajv = require('ajv') as new (o: object) => { compile(schema: object): Validate };

interface Target {
  target: string[];
  icon: string;
}
interface BuilderConfig {
  appId: string;
  productName: string;
  files: string[];
  electronFuses: Record<string, boolean>;
  directories: { output: string };
  linux: Target;
  win: Target;
  mac: Target;
  [key: string]: unknown;
}

const config = yaml.load(
  fs.readFileSync(path.join(repoRoot, 'electron-builder.yml'), 'utf8'),
) as BuilderConfig;

/** Width and height from a PNG's IHDR chunk. */
function pngSize(buf: Buffer): [number, number] {
  expect(buf.subarray(1, 4).toString('ascii')).toBe('PNG');
  return [buf.readUInt32BE(16), buf.readUInt32BE(20)];
}

describe('electron-builder.yml', () => {
  it("is valid against electron-builder's own schema", () => {
    const schema = JSON.parse(
      fs.readFileSync(path.join(repoRoot, 'node_modules/app-builder-lib/scheme.json'), 'utf8'),
    ) as object;
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
    const ok = validate(config);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    // The validator does reject a wrong configuration (the check is not vacuous).
    expect(validate({ ...config, electronFuses: { runAsNode: 'no' } })).toBe(false);
    expect(validate({ ...config, notAnOption: true })).toBe(false);
  });

  it('names the product and the app', () => {
    expect(config.productName).toBe('Priorités');
    expect(config.appId).toMatch(/^[a-z0-9]+(\.[a-z0-9-]+)+$/);
  });

  it('packs only the built output and package.json', () => {
    expect([...config.files].sort()).toEqual(['out/**', 'package.json']);
  });

  it('sets the security fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
      resetAdHocDarwinSignature: true,
    });
  });

  it('re-signs ad hoc whenever fuses are flipped without a macOS signing identity', () => {
    const mac = config.mac as Target & { identity?: string | null };
    const flipped = Object.keys(config.electronFuses).some(
      (k) => k !== 'resetAdHocDarwinSignature',
    );
    if (flipped && !mac.identity) expect(config.electronFuses.resetAdHocDarwinSignature).toBe(true);
    expect(flipped).toBe(true);
  });

  it('gives the deb its homepage and maintainer from package.json', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
      homepage?: string;
      author?: { name: string; email: string };
      repository?: { url: string };
    };
    expect(pkg.homepage).toMatch(/^https:\/\//);
    expect(pkg.repository?.url).toMatch(/^https:\/\/.*\.git$/);
    expect(pkg.author?.name).toBeTruthy();
    expect(pkg.author?.email).toMatch(/^[^@\s]+@[^@\s]+$/);
  });

  it('builds deb and AppImage, NSIS and portable, and dmg', () => {
    expect(config.linux.target).toEqual(['deb', 'AppImage']);
    expect(config.win.target).toEqual(['nsis', 'portable']);
    expect(config.mac.target).toEqual(['dmg']);
  });

  it('gives every installer its own file name', () => {
    const names = ['deb', 'appImage', 'nsis', 'portable', 'dmg'].map(
      (k) => (config[k] as { artifactName: string }).artifactName,
    );
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n).toMatch(/^[a-z0-9_.${}-]+$/i);
  });

  it('finds every icon, in every size, made from the one SVG source', () => {
    const icons = path.join(repoRoot, 'assets/icons');
    expect(fs.readFileSync(path.join(icons, 'icon.svg'), 'utf8')).toContain('<svg');
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
      const file = path.join(repoRoot, config.linux.icon, `${size}x${size}.png`);
      expect(pngSize(fs.readFileSync(file))).toEqual([size, size]);
    }
    const ico = fs.readFileSync(path.join(repoRoot, config.win.icon));
    expect(ico.readUInt16LE(2)).toBe(1); // an icon, not a cursor
    const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico[6 + 16 * i] || 256);
    expect(sizes).toContain(256); // electron-builder refuses a Windows icon below 256
    const icns = fs.readFileSync(path.join(repoRoot, config.mac.icon));
    expect(icns.subarray(0, 4).toString('ascii')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    expect(icns.includes(Buffer.from('ic10'))).toBe(true); // the 1024 px retina image
  });
});
