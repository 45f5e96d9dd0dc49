// Runs before `npm test`: the end-to-end tests need a Chromium, the USB tests a FAT file
// system (fusefat, dosfstools), the code slips test poppler (pdftotext, pdftoppm), the
// results.csv test LibreOffice Calc (soffice). On Debian or Ubuntu as root they are installed
// here, so that `npm test` alone works on a fresh machine; elsewhere it says what to install.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const chromium = process.env.PRIORITES_CHROMIUM ?? '/usr/bin/chromium';
const missing = [];
if (!fs.existsSync(chromium)) missing.push('chromium');
if (!fs.existsSync('/usr/bin/fusefat')) missing.push('fusefat');
if (!fs.existsSync('/sbin/mkfs.vfat') && !fs.existsSync('/usr/sbin/mkfs.vfat'))
  missing.push('dosfstools');
if (!fs.existsSync('/usr/bin/pdftoppm')) missing.push('poppler-utils');
// LibreOffice Calc opens results.csv as a French or Belgian spreadsheet user would.
if (!fs.existsSync('/usr/bin/soffice')) missing.push('libreoffice-calc-nogui');

if (missing.length > 0) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = fs.existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt) {
    console.log(`Installation de / installing: ${missing.join(' ')}`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    const r = spawnSync(
      'apt-get',
      ['install', '-y', '-qq', '--no-install-recommends', ...missing],
      {
        stdio: 'inherit',
        env,
      },
    );
    if (r.status !== 0) process.exit(r.status ?? 1);
  } else if (missing.includes('chromium')) {
    console.error(
      `Les tests de bout en bout ont besoin de Chromium. Installez-le (Debian/Ubuntu : sudo apt-get install ${missing.join(' ')}) ou indiquez son chemin dans PRIORITES_CHROMIUM. / End-to-end tests need Chromium: install it or set PRIORITES_CHROMIUM.`,
    );
    process.exit(1);
  } else {
    console.warn(
      `Sans ${missing.join(', ')}, les tests de clé USB FAT ou de tableur seront ignorés. / USB or spreadsheet tests will be skipped.`,
    );
  }
}
