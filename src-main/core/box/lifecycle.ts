/**
 * The election's lifecycle, kept in state.json: preparation (test mode possible) → open →
 * closed, the results' reveal, and the election definition with its entitled voters. It only
 * says which step is allowed and records it; the ballot box does what a step implies.
 */
import { ApiError, type Status } from '../../../shared/api';
import { ElectionSchema, type Election } from '../../../shared/domain/election';
import type { Doc } from '../document-store';
import { StateDocSchema, type StateDoc } from '../documents';
import type { DataFolder } from './data-folder';

export type { Status } from '../../../shared/api';

export class Lifecycle {
  private readonly state: Doc<StateDoc>;

  constructor(folder: DataFolder, defaultElection: Election) {
    this.state = folder.document('state', StateDocSchema, {
      version: 1,
      election: defaultElection,
      status: 'preparation',
      testMode: false,
      revealed: false,
      entitled: {},
    });
  }

  get election(): Election {
    return this.state.data.election;
  }

  get status(): Status {
    return this.state.data.status;
  }

  /** Test mode as stored (staff's switch); it only has an effect in preparation. */
  get testModeSwitch(): boolean {
    return this.state.data.testMode;
  }

  /** Test ballots are being taken: preparation with the test switch on. */
  get testing(): boolean {
    return this.status === 'preparation' && this.state.data.testMode;
  }

  get accepting(): boolean {
    return this.status === 'open' || this.testing;
  }

  get revealed(): boolean {
    return this.state.data.revealed;
  }

  get drawSeed(): string | null {
    return this.state.data.drawSeed ?? null;
  }

  /** Once, after the close, when the election declares a draw by lot: the room saw it. */
  setDrawSeed(seed: string): void {
    this.requireStatus('closed');
    if (!(this.election.tieBreak ?? []).includes('lot'))
      throw new ApiError('wrong-state', 'This election declares no draw by lot.');
    if (this.state.data.drawSeed !== undefined)
      throw new ApiError('wrong-state', 'The seed of the draw was already entered.');
    this.state.update((s) => void (s.drawSeed = seed));
  }

  get entitled(): Record<string, number> {
    return this.state.data.entitled;
  }

  requireStatus(...allowed: Status[]): void {
    if (!allowed.includes(this.status))
      throw new ApiError('wrong-state', `Not possible while the vote is ${this.status}.`, {
        status: this.status,
      });
  }

  requireSection(section: string): void {
    if (!this.election.sections.some((s) => s.id === section))
      throw new ApiError('unknown-section', `Unknown section ${section}`, { section });
  }

  /**
   * A new definition, in preparation only. Entitled counts belong to sections, not to one
   * definition: those of sections that remain are kept; dropping the others needs consent.
   */
  replaceElection(election: Election, dropEntitled = false): Election {
    this.requireStatus('preparation');
    const check = ElectionSchema.safeParse(election);
    if (!check.success)
      throw new ApiError('election-invalid', 'The election definition is not valid.');
    const kept = new Set(check.data.sections.map((s) => s.id));
    const entitled = Object.entries(this.state.data.entitled);
    const dropped = entitled.filter(([id]) => !kept.has(id)).map(([id]) => id);
    if (dropped.length > 0 && !dropEntitled)
      throw new ApiError('entitled-would-drop', 'This would drop entitled counts.', {
        sections: dropped.join(','),
        count: dropped.length,
      });
    this.state.update((s) => {
      s.election = check.data;
      s.entitled = Object.fromEntries(entitled.filter(([id]) => kept.has(id)));
    });
    return check.data;
  }

  setTestMode(on: boolean): void {
    this.requireStatus('preparation');
    this.state.update((s) => void (s.testMode = on));
  }

  open(): void {
    this.requireStatus('preparation');
    this.state.update((s) => {
      s.status = 'open';
      s.testMode = false;
    });
  }

  close(): void {
    this.requireStatus('open');
    this.state.update((s) => void (s.status = 'closed'));
  }

  reveal(): void {
    this.state.update((s) => void (s.revealed = true));
  }

  setEntitled(section: string, count: number | null): void {
    this.requireSection(section);
    this.state.update((s) => {
      s.entitled = Object.fromEntries(
        Object.entries({ ...s.entitled, [section]: count }).filter(
          (kv): kv is [string, number] => kv[1] !== null,
        ),
      );
    });
  }
}
