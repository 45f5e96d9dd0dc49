/**
 * Opens the ballot box and its API for a composition root (host or Electron), turning the
 * failures a person can fix into one clear sentence instead of a stack trace.
 */
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import {
  ApiService,
  type BoxApi,
  type DesktopControls,
  type NetworkBoxAccess,
  type NetworkControls,
  type StaffFiles,
} from './api-service';
import type { JoinControls } from './join-controls';
import { HubLinkDamagedError } from './network/device-link';
import { BallotBox } from './ballot-box';
import { defaultDataDir } from './data-dir';
import { defaultElection } from './default-election';
import { DamagedFileError } from './document-store';
import { AlreadyRunningError, processIsAlive } from './instance-lock';
import { createStaffFiles } from './staff-files';
import { RecoverableService } from './recoverable-service';
import { recoverDataDir } from './recovery';
import type { StaffSessions } from './staff-sessions';
import type { RecoveryReport } from '../../shared/api';

export const APP_VERSION = '0.1.0';

export interface Started {
  /** What a composition root uses: calls, pushed events, quit permission, shutdown. */
  service: ApiService;
  /** Where the box lives, to tell staff. */
  dataDir: string;
  /** The box behind the service, for tests only. */
  box: BallotBox;
}

export function startBox(
  dataDir = defaultDataDir(process.platform, process.env, os.homedir()),
  /** The desktop app's window controls; the host has none. */
  desktop?: DesktopControls,
  /** The build folder (`out/`) whose recount tools every export carries. */
  toolsDir?: string,
  /** The hub's network mode, made once the box is open (src-main/host/network-hub.ts). */
  network?: (box: NetworkBoxAccess) => NetworkControls & { attach(service: ApiService): void },
  /** This device's link to a hub (src-main/core/network/device-link.ts), read at start. */
  join?: (box: NetworkBoxAccess) => JoinControls,
): Started {
  const now = () => new Date();
  const box = new BallotBox({
    dataDir,
    defaultElection,
    now,
    randomBytes: (n) => randomBytes(n),
    pid: process.pid,
    isAlive: processIsAlive,
    appVersion: APP_VERSION,
  });
  const files: StaffFiles = createStaffFiles({
    box,
    now,
    appVersion: APP_VERSION,
    toolsDir,
  });
  const access: NetworkBoxAccess = {
    dataDir: box.dataDir,
    audit: (action, details) => box.audit.append(action, details),
    sections: () => box.election.sections.map((s) => s.id),
  };
  const hub = network?.(access);
  const link = join?.(access);
  const service = new ApiService({
    box,
    files,
    now,
    newToken: () => randomBytes(32).toString('hex'),
    desktop,
    network: hub,
    join: link,
  });
  hub?.attach(service);
  try {
    link?.start();
  } catch (e) {
    box.shutdown();
    throw e;
  }
  return { service, dataDir: box.dataDir, box };
}

/**
 * What the host and the desktop app start: the box, or the damaged mode when a damaged file
 * stops it (the console then offers the recovery behind the PIN), and the box again once the
 * recovery let it open, without a restart. Other failures (already running) still throw.
 */
export function startService(
  dataDir = defaultDataDir(process.platform, process.env, os.homedir()),
  desktop?: DesktopControls,
  toolsDir?: string,
  network?: (box: NetworkBoxAccess) => NetworkControls & { attach(service: BoxApi): void },
  /** This device's link to a hub (src-main/core/network/device-link.ts), read at start. */
  join?: (box: NetworkBoxAccess) => JoinControls,
): { service: RecoverableService; dataDir: string } {
  const now = () => new Date();
  const newToken = () => randomBytes(32).toString('hex');
  // The network mode outlives a recovery: made once, with the box it reaches looked up anew.
  let current: BallotBox | null = null;
  let hub: (NetworkControls & { attach(service: BoxApi): void }) | undefined;
  let link: JoinControls | undefined;
  let linkStarted = false;
  const open = (sessions: StaffSessions, recover: () => Promise<RecoveryReport>) => {
    const box = openBallotBox(dataDir, now);
    current = box;
    const files = createStaffFiles({ box, now, appVersion: APP_VERSION, toolsDir });
    const access: NetworkBoxAccess = {
      dataDir: box.dataDir,
      audit: (action, details) => current?.record(action, details),
      sections: () => current?.election.sections.map((s) => s.id) ?? [],
    };
    hub ??= network?.(access);
    link ??= join?.(access);
    const service = new ApiService({
      box,
      files,
      now,
      newToken,
      desktop,
      network: hub,
      join: link,
      sessions,
      recover,
    });
    attach();
    if (link && !linkStarted) {
      try {
        link.start();
      } catch (e) {
        box.shutdown();
        throw e;
      }
      linkStarted = true;
    }
    return { service, box };
  };
  // The hub is handed the recoverable service once both exist (the first open runs inside
  // its constructor).
  const made: { outer?: RecoverableService } = {};
  let attached = false;
  const attach = () => {
    if (attached || !hub || !made.outer) return;
    hub.attach(made.outer);
    attached = true;
  };
  const outer = (made.outer = new RecoverableService({
    dataDir,
    now,
    newToken,
    salt: () => randomBytes(16).toString('hex'),
    open,
    recover: (dir) => recoverDataDir(dir, { now, pid: process.pid, isAlive: processIsAlive }),
  }));
  attach();
  return { service: outer, dataDir: path.resolve(dataDir) };
}

const openBallotBox = (dataDir: string, now: () => Date): BallotBox =>
  new BallotBox({
    dataDir,
    defaultElection,
    now,
    randomBytes: (n) => randomBytes(n),
    pid: process.pid,
    isAlive: processIsAlive,
    appVersion: APP_VERSION,
  });

/** The exact command staff run to repair a data folder (quoted for a shell). */
export const recoverCommand = (dataDir: string): string =>
  `npm run recover -- --data-dir '${dataDir.replace(/'/g, `'\\''`)}'`;

/** The sentence to show when opening failed for a reason a person can act on, else null. */
export function explainStartFailure(e: unknown): string | null {
  if (e instanceof AlreadyRunningError)
    return `Priorités est déjà ouvert sur ce dossier de données (processus ${e.pid}) : ${e.dataDir}. Fermez l’autre fenêtre d’abord. / Priorités is already running on this data folder.`;
  if (e instanceof DamagedFileError) {
    const command = recoverCommand(path.dirname(e.file));
    return [
      `Le fichier ${e.file} est endommagé (${e.reason}). Il n’a pas été modifié et le vote ne s’ouvre pas.`,
      `Pour le réparer depuis la dernière sauvegarde valide (l’original est conservé dans damaged/) : ${command}`,
      `The file ${e.file} is damaged (${e.reason}) and was left untouched; the vote will not open.`,
      `To repair it from the last good backup (the original is kept in damaged/), run: ${command}`,
    ].join('\n');
  }
  if (e instanceof HubLinkDamagedError)
    return [
      `Le lien vers le poste central (${e.file}) est illisible : cette borne ne démarre pas à moitié reliée. Déplacez ce fichier hors du dossier pour qu’elle redevienne autonome, puis reliez-la de nouveau depuis la console (Poste central).`,
      `The link to the hub (${e.file}) cannot be read: this kiosk does not start half-joined. Move the file out of the folder to make it stand alone again, then join it again from the console (Hub).`,
    ].join('\n');
  return null;
}
