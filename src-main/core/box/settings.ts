/**
 * The kiosk's settings, kept in settings.json across elections: its section and the staff's
 * language, the stored PIN record (read and written only through `pinStore`, for the staff
 * PIN module), and the quit permission, which lives in memory only so that a restart forgets it.
 */
import type { Lang } from '../../../shared/domain/election';
import type { Doc } from '../document-store';
import { SettingsDocSchema, type SettingsDoc } from '../documents';
import type { DataFolder } from './data-folder';

export type PinRecord = Pick<SettingsDoc, 'pin' | 'pinFailures' | 'lockedUntil'>;

export interface PinStore {
  read(): PinRecord;
  write(change: Partial<PinRecord>): void;
}

export class Settings {
  private readonly doc: Doc<SettingsDoc>;
  private quitAllowed = false;

  constructor(folder: DataFolder, defaultSection: string) {
    this.doc = folder.document('settings', SettingsDocSchema, {
      version: 1,
      kioskSection: defaultSection,
      language: 'fr',
      pin: null,
      pinFailures: 0,
      lockedUntil: null,
    });
  }

  get kioskSection(): string {
    return this.doc.data.kioskSection;
  }

  get language(): Lang {
    return this.doc.data.language;
  }

  setKioskSection(section: string): void {
    this.doc.update((s) => void (s.kioskSection = section));
  }

  setLanguage(language: Lang): void {
    this.doc.update((s) => void (s.language = language));
  }

  /** The vote may be quit while open only when staff allowed it since the app started. */
  get allowsQuit(): boolean {
    return this.quitAllowed;
  }

  allowQuit(allow: boolean): void {
    this.quitAllowed = allow;
  }

  readonly pinStore: PinStore = {
    read: () => {
      const { pin, pinFailures, lockedUntil } = this.doc.data;
      return { pin, pinFailures, lockedUntil };
    },
    write: (change) => this.doc.update((d) => void Object.assign(d, change)),
  };
}
