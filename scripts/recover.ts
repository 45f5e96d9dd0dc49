/**
 * `npm run recover -- --data-dir DIR`: repairs a data folder that refused to open (see
 * src-main/core/recovery.ts), then opens it once to prove it is sound. Exit 0 when the box
 * opens, 1 when staff must act (the message says what), 2 on a usage error.
 */
import os from 'node:os';
import { defaultDataDir } from '../src-main/core/data-dir';
import { processIsAlive } from '../src-main/core/instance-lock';
import { recoverDataDir, type RecoveryStep } from '../src-main/core/recovery';
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

const describe = (s: RecoveryStep): string => {
  if (s.action === 'restored')
    return `${s.file} : restauré depuis ${s.from} (${s.reason}); original gardé dans ${s.keptAs ?? '—'} / restored from ${s.from}`;
  if (s.action === 'salvaged')
    return `${s.file} : lignes invalides écartées (${s.dropped?.join(', ')}); original gardé dans ${s.keptAs} / invalid lines left out, original kept`;
  if (s.action === 'unproven')
    return `${s.file} : ne contient plus ce que le sceau avait enregistré (${s.reason}) ; ce qui manque n’a pas pu être rétabli / no longer holds what the seal recorded; what is missing could not be put back`;
  return `${s.file} : IRRÉPARABLE (${s.reason}). Ne supprimez rien ; contactez l’équipe technique. / UNRECOVERABLE: keep the folder as is.`;
};

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
  if (steps.length === 0) console.log('Rien à réparer. / Nothing to repair.');
  for (const s of steps) console.log(`  ${describe(s)}`);
  try {
    startBox(dataDir).service.shutdown();
  } catch (e) {
    console.error(explainStartFailure(e) ?? String(e));
    process.exit(1);
  }
  console.log('Le dossier s’ouvre correctement. / The data folder opens cleanly.');
}

main();
