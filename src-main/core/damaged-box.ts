/**
 * The box that could not open: what the damaged mode knows of a data folder that a damaged
 * file stopped, without writing a byte to any file of the box. A second facade beside
 * ballot-box.ts (lint lets it reach box/ rooms): it proves the staff PIN and checks it with
 * the same lockout, so that only staff can ask for the recovery.
 *
 * Which PIN: the settings document holds the PIN's hash, and it may be the damaged file. The
 * PIN is taken from the first of settings.json, backups/settings.1.json, .2, .3 whose bytes
 * match what the seal (cast-journal.json) recorded for the settings, now or just before a step
 * in progress. When the seal itself cannot be read (the journal is the damaged file), from the
 * first of them that is a valid settings document. When none proves a PIN, nobody can sign in
 * in the damaged mode (`pin-unproven`): choosing a new PIN here would let anyone at a kiosk
 * repair, so it is refused, and the console says what staff can do instead.
 *
 * Failures: counted in damaged/pin-lockout.json (outside the sealed files), starting from the
 * proven document's count, so that the lockout of staff-pin.ts still applies and survives a
 * restart. The sign-ins and failures are kept in memory and summarised in the audit trail once
 * the recovery has opened the box (`console-recovery`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { ApiError, type Damage } from '../../shared/api';
import type { Lang } from '../../shared/domain/election';
import type { AuditAction } from './audit-log';
import { DAMAGED_MODE_LOCKOUT, DataFolder } from './box/data-folder';
import type { PinRecord, PinStore } from './box/settings';
import { StaffPin } from './box/staff-pin';
import { CastJournal, type SealState } from './cast-journal';
import { parseDocument } from './document-store';
import { SettingsDocSchema } from './documents';
import { writeFileAtomic } from './durable-file';
import { sameMark, textMark } from './seal';
import { z } from 'zod';

export interface DamagedBoxDeps {
  dataDir: string;
  damage: Damage;
  now: () => Date;
  /** A fresh random salt in hex (StaffPin asks for one; the damaged mode never sets a PIN). */
  salt: () => string;
}

export interface ProvenSettings {
  record: PinRecord;
  language: Lang;
  /** The file that proved it, inside the data folder. */
  from: string;
}

const LockoutSchema = z.object({
  pinFailures: z.number().int().min(0),
  lockedUntil: z.string().nullable(),
});

/** What the damaged mode did, to be written to the audit trail once the box opens. */
export interface PendingEntry {
  action: AuditAction;
  details: Record<string, unknown>;
  at: string;
}

export class DamagedBox {
  readonly dataDir: string;
  readonly damage: Damage;
  readonly proven: ProvenSettings | null;
  readonly pending: PendingEntry[] = [];
  private readonly pin: StaffPin | null;
  private readonly lockoutFile: string;

  constructor(private readonly deps: DamagedBoxDeps) {
    const folder = new DataFolder(deps.dataDir);
    this.dataDir = folder.dir;
    this.damage = deps.damage;
    this.lockoutFile = path.join(this.dataDir, DAMAGED_MODE_LOCKOUT);
    this.proven = provenSettings(folder);
    this.pin = this.proven
      ? new StaffPin({
          store: this.lockoutStore(this.proven.record),
          audit: {
            append: (action, details = {}) =>
              this.pending.push({ action, details, at: deps.now().toISOString() }),
          },
          now: deps.now,
          salt: deps.salt,
        })
      : null;
  }

  get pinProven(): boolean {
    return this.pin !== null;
  }

  /** Throws pin-unproven when no PIN can be proven, else as StaffPin.verify (lockout included). */
  verifyPin(pin: string): void {
    if (!this.pin)
      throw new ApiError(
        'pin-unproven',
        'No stored PIN can be proven in this damaged folder: nobody can sign in here.',
      );
    this.pin.verify(pin);
  }

  /** How many wrong PINs were entered in the damaged mode (for the audit trail). */
  get failedPins(): number {
    return this.pending.filter((e) => e.action === 'pin-failed' || e.action === 'pin-locked')
      .length;
  }

  /** After a recovery that opened the box: its own lockout takes over again. */
  forgetLockout(): void {
    fs.rmSync(this.lockoutFile, { force: true });
  }

  private lockoutStore(proven: PinRecord): PinStore {
    const file = this.lockoutFile;
    const stored = (): z.infer<typeof LockoutSchema> | null => {
      try {
        return LockoutSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
      } catch {
        return null;
      }
    };
    return {
      read: () => {
        const s = stored() ?? { pinFailures: proven.pinFailures, lockedUntil: proven.lockedUntil };
        return { pin: proven.pin, ...s };
      },
      write: (change) => {
        if (change.pin !== undefined) throw new Error('The damaged mode never changes the PIN.');
        const now = stored() ?? {
          pinFailures: proven.pinFailures,
          lockedUntil: proven.lockedUntil,
        };
        fs.mkdirSync(path.dirname(file), { recursive: true });
        writeFileAtomic(file, JSON.stringify({ ...now, ...change }) + '\n');
      },
    };
  }
}

/** The seal as last written, read without creating or changing the journal; null if unreadable. */
function storedSeal(file: string): SealState | null {
  if (!fs.existsSync(file)) return null;
  let journal: CastJournal | null = null;
  try {
    journal = new CastJournal(file);
    return journal.seal();
  } catch {
    return null;
  } finally {
    journal?.close();
  }
}

/** The settings (PIN record, language) that the seal proves, or the first valid one without a seal. */
export function provenSettings(folder: DataFolder): ProvenSettings | null {
  const candidates = [
    folder.file('settings'),
    ...[1, 2, 3].map((n) => path.join(folder.backupDir, `settings.${n}.json`)),
  ].filter((f) => fs.existsSync(f));
  const seal = storedSeal(folder.file('journal'));
  for (const file of candidates) {
    const bytes = fs.readFileSync(file);
    if (seal) {
      const mark = textMark(bytes);
      const before = seal.before?.settings;
      if (!sameMark(mark, seal.seal.settings) && !(before && sameMark(mark, before))) continue;
    }
    try {
      const doc = parseDocument(file, bytes.toString('utf8'), SettingsDocSchema);
      if (!doc.pin) continue;
      const { pin, pinFailures, lockedUntil } = doc;
      return {
        record: { pin, pinFailures, lockedUntil },
        language: doc.language,
        from: path.relative(folder.dir, file),
      };
    } catch {
      // not a settings document: try the next one
    }
  }
  return null;
}
