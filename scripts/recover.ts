/**
 * `npm run recover -- --data-dir DIR`: repairs a data folder that refused to open (see
 * src-main/core/recovery.ts), then opens it once to prove it is sound. For the developer
 * checkout; the installed app repairs from its staff console (same steps, same sentences). Exit 0 when the box
 * opens, 1 when staff must act (the message says what), 2 on a usage error.
 */
import os from 'node:os';
import { defaultDataDir } from '../src-main/core/data-dir';
import { processIsAlive } from '../src-main/core/instance-lock';
import { recoverDataDir, type RecoveryStep } from '../src-main/core/recovery';
import { recoveryReport } from '../shared/i18n/recovery';
import { explainStartFailure, startBox } from '../src-main/core/start-box';

function dataDirFrom(argv: readonly string[]): string {
  const i = argv.indexOf('--data-dir');
  if (i < 0) return defaultDataDir(process.platform, process.env, os.homedir());
  const dir = argv[i + 1];
  if (!dir) {
    console.error('Usage : npm run recover -- --data-dir DOSSIER / --data-dir FOLDER');
    process.exit(2);
  }
  return dir;
}

/** The report in French, then in English: the same sentences as the console's (shared/i18n). */
const describe = (steps: RecoveryStep[]): string[] => [
  ...recoveryReport('fr', steps),
  ...(steps.length > 0 ? ['—'] : []),
  ...recoveryReport('en', steps),
];

function main(): void {
  const dataDir = dataDirFrom(process.argv.slice(2));
  console.log(`Priorités — réparation / recovery: ${dataDir}`);
  let steps: RecoveryStep[];
  try {
    steps = recoverDataDir(dataDir, {
      now: () => new Date(),
      pid: process.pid,
      isAlive: processIsAlive,
    });
  } catch (e) {
    console.error(explainStartFailure(e) ?? String(e));
    process.exit(1);
  }
  for (const line of describe(steps)) console.log(`  ${line}`);
  try {
    startBox(dataDir).service.shutdown();
  } catch (e) {
    console.error(explainStartFailure(e) ?? String(e));
    process.exit(1);
  }
  console.log('Le dossier s’ouvre correctement. / The data folder opens cleanly.');
}

main();
