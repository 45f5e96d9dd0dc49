// Renders every icon of the app from the one source assets/icons/icon.svg:
//   assets/icons/png/<n>x<n>.png (16…1024, what Linux packages and BrowserWindow use),
//   assets/icons/icon.png (1024), assets/icons/icon.ico (Windows), assets/icons/icon.icns (macOS),
//   src-renderer/public/favicon.png (32, the pages' icon).
// Needs `rsvg-convert` (Debian: apt-get install -y librsvg2-bin) to rasterise the SVG; the ICO
// and ICNS containers are written here, since both just wrap PNG images. The outputs are
// committed, so building the installers does not need this script or its tool.
import { Buffer } from 'node:buffer';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(root, 'assets/icons');
const source = path.join(dir, 'icon.svg');
export const SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

function render(size) {
  return execFileSync('rsvg-convert', ['-w', String(size), '-h', String(size), source]);
}

/** ICO whose entries are PNG images (Windows Vista and later); 256 is written as 0. */
function ico(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  const entries = [];
  let offset = 6 + 16 * images.length;
  for (const { size, png } of images) {
    const e = Buffer.alloc(16);
    e.writeUInt8(size >= 256 ? 0 : size, 0);
    e.writeUInt8(size >= 256 ? 0 : size, 1);
    e.writeUInt16LE(1, 4); // colour planes
    e.writeUInt16LE(32, 6); // bits per pixel
    e.writeUInt32LE(png.length, 8);
    e.writeUInt32LE(offset, 12);
    offset += png.length;
    entries.push(e);
  }
  return Buffer.concat([header, ...entries, ...images.map((i) => i.png)]);
}

/** ICNS made of PNG elements: type, then length including the 8-byte element header. */
function icns(elements) {
  const parts = elements.map(({ type, png }) => {
    const h = Buffer.alloc(8);
    h.write(type, 0, 'ascii');
    h.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([h, png]);
  });
  const body = Buffer.concat(parts);
  const h = Buffer.alloc(8);
  h.write('icns', 0, 'ascii');
  h.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([h, body]);
}

function main() {
  const png = new Map(SIZES.map((s) => [s, render(s)]));
  fs.mkdirSync(path.join(dir, 'png'), { recursive: true });
  for (const [s, data] of png) fs.writeFileSync(path.join(dir, 'png', `${s}x${s}.png`), data);
  fs.writeFileSync(path.join(dir, 'icon.png'), png.get(1024));
  // The pages' own icon (browser tab, no 404 in the console), served from the renderer's public/.
  fs.writeFileSync(path.join(root, 'src-renderer/public/favicon.png'), png.get(32));
  fs.writeFileSync(
    path.join(dir, 'icon.ico'),
    ico([16, 24, 32, 48, 64, 128, 256].map((size) => ({ size, png: png.get(size) }))),
  );
  const icnsTypes = [
    ['icp4', 16],
    ['icp5', 32],
    ['icp6', 64],
    ['ic07', 128],
    ['ic08', 256],
    ['ic09', 512],
    ['ic10', 1024],
    ['ic11', 32],
    ['ic12', 64],
    ['ic13', 256],
    ['ic14', 512],
  ];
  fs.writeFileSync(
    path.join(dir, 'icon.icns'),
    icns(icnsTypes.map(([type, size]) => ({ type, png: png.get(size) }))),
  );
  console.log(`icons written to ${path.relative(root, dir)}`);
}

main();
