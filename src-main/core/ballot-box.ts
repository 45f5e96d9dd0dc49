/**
 * The ballot box: one data folder's election, as the API service sees it. It composes the
 * rooms of box/ (the folder's layout, the lifecycle, the cast path, the code book, the staff
 * PIN, the settings, the results publisher, the import merge) and does what each step of the
 * vote implies for the others: audit entries, released results, pushed events. Every piece of
 * I/O comes in through BoxDeps, so the whole box runs under plain Node in tests and in both
 * composition roots (Electron and the web host). Its length is the API's surface: one short
 * method per step of the vote, each saying what the step touches.
 */
import path from 'node:path';
import {
  ApiError,
  type AuditEntry,
  type KioskState,
  type PublicResults,
  type StaffOverview,
} from '../../shared/api';
import { longestBallotBytes, type Ballot } from '../../shared/domain/ballot';
import type { Election, Lang } from '../../shared/domain/election';
import { tallyElection } from '../../shared/tally';
import type { ElectionTally } from '../../shared/tally/types';
import { AuditLog, type AuditAction } from './audit-log';
import { BallotSet } from './ballot-set';
import { CastJournal } from './cast-journal';
import { CastPath, type CastRequest } from './box/cast-path';
import { SealKeeper } from './box/seal-keeper';
import type { Seal } from './seal';
import { CodeBook } from './box/code-book';
import { DataFolder } from './box/data-folder';
import { mergeBallots, type MergeReport } from './box/import-merge';
import { Lifecycle, type Status } from './box/lifecycle';
import { EventBus, ResultsPublisher, type Listener } from './box/results-publisher';
import { Settings } from './box/settings';
import { StaffPin } from './box/staff-pin';
import { parseElectionJson } from './election-issues';
import { acquireLock } from './instance-lock';
import { DamagedFileError } from './document-store';
import { BallotBoxProbe } from './integrity-probe';
import { slotBytesFor } from './slot-file';

export type { CastRequest } from './box/cast-path';

export interface BoxDeps {
  dataDir: string;
  defaultElection: Election;
  now: () => Date;
  randomBytes: (n: number) => Uint8Array;
  pid: number;
  isAlive: (pid: number) => boolean;
  appVersion: string;
}

/** The files of one election, opened together and archived together. */
interface ElectionFiles {
  lifecycle: Lifecycle;
  codes: CodeBook;
  real: BallotSet;
  test: BallotSet;
  caster: CastPath;
  journal: CastJournal;
  seal: SealKeeper;
}

export class BallotBox {
  readonly dataDir: string;
  /** The staff actions' trail; others read it through auditTrail()/auditText(), tests directly. */
  readonly audit: AuditLog;
  private readonly folder: DataFolder;
  private readonly lock: { release(): void };
  private readonly settings: Settings;
  private readonly pin: StaffPin;
  private readonly bus = new EventBus();
  private readonly results: ResultsPublisher;
  private files!: ElectionFiles;

  constructor(private readonly deps: BoxDeps) {
    this.folder = new DataFolder(deps.dataDir);
    this.dataDir = this.folder.dir;
    this.lock = acquireLock(this.dataDir, deps);
    try {
      this.audit = new AuditLog(this.folder.file('audit'), deps.now);
      this.settings = new Settings(this.folder, deps.defaultElection.sections[0]?.id ?? 'FR');
      this.pin = new StaffPin({
        store: this.settings.pinStore,
        audit: this.audit,
        now: deps.now,
        salt: () => this.hex(16),
      });
      this.results = new ResultsPublisher(() => {
        const set = this.shownSet;
        const l = this.lifecycle;
        return {
          election: l.election,
          status: l.status,
          testMode: l.testing,
          revealed: l.revealed,
          drawSeed: l.drawSeed,
          entitled: l.entitled,
          releasedBySection: set.releasedBySection(),
          groups: (section) => set.groups(section, 'released'),
        };
      }, this.bus);
      this.openElectionFiles();
    } catch (e) {
      this.lock.release();
      throw e;
    }
  }

  /** What the sealed files hold now (box/seal.ts). */
  private found(): Seal {
    const { real, test, codes } = this.files;
    const doc = (k: 'state' | 'settings' | 'codes') => this.folder.documentMark(k);
    return {
      state: doc('state'),
      settings: doc('settings'),
      ballots: real.mark,
      testBallots: test.mark,
      burned: codes.burnedMark,
      codes: doc('codes'),
      audit: this.audit.mark,
    };
  }

  private openElectionFiles(): void {
    this.folder.requirePresent('state', 'ballots', 'burned');
    this.folder.requirePresent('codes', 'burned');
    this.folder.requirePresent('journal', 'ballots', 'testBallots', 'burned', 'codes');
    if (!this.audit.valid)
      throw new DamagedFileError(this.audit.file, 'the hash chain of the audit trail is broken');
    const lifecycle = new Lifecycle(this.folder, this.deps.defaultElection);
    const codes = new CodeBook(this.folder, this.deps.randomBytes);
    const batch = lifecycle.election.results.batchSize;
    const slots = {
      slotBytes: slotBytesFor(longestBallotBytes(lifecycle.election)),
      randomBytes: this.deps.randomBytes,
    };
    // The slots preallocated: as many as members may vote (entitled counts, issued codes).
    const expected = () =>
      Math.max(
        Object.values(lifecycle.entitled).reduce((a, b) => a + b, 0),
        codes.generated,
      );
    const real = new BallotSet(this.folder.file('ballots'), batch, {
      ...slots,
      capacity: expected,
    });
    const test = new BallotSet(this.folder.file('testBallots'), batch, slots);
    const journal = new CastJournal(this.folder.file('journal'));
    const seal = new SealKeeper(journal, () => this.found(), this.dataDir);
    const caster = new CastPath(journal, seal, codes);
    this.files = { lifecycle, codes, real, test, caster, journal, seal };
    try {
      this.checkSealAtOpen(journal);
    } catch (e) {
      this.closeElectionFiles();
      throw e;
    }
    const burnedTorn = codes.tornTail;
    for (const [file, torn] of [
      [real.openReport.tornFile, real.openReport.tornTail],
      [test.openReport.tornFile, test.openReport.tornTail],
      [burnedTorn?.file ?? '', burnedTorn?.tail ?? null],
    ] as const)
      if (torn !== null)
        this.audit.append('torn-line-dropped', { file: path.basename(file), bytes: torn.length });
    // Logs of an earlier version (in casting order) become slot files, each record at a
    // random place; the conversion is in the trail.
    for (const [f, k] of [
      [real, 'ballots'],
      [test, 'testBallots'],
      [codes, 'burned'],
    ] as const) {
      const converted = f.repairTail();
      if (converted)
        this.audit.append('store-converted', {
          from: path.basename(converted.from),
          file: path.basename(this.folder.file(k)),
          records: converted.records,
        });
    }
    caster.replay(real, test);
    if (lifecycle.status === 'open' && this.audit.entries().at(-1)?.action === 'closed')
      lifecycle.close();
    seal.reseal();
    this.audit.beforeWrite = (mark) => this.files.seal.expect('audit', mark);
    this.folder.beforeDocumentWrite = (k, mark) => this.files.seal.expect(k, mark);
    if (lifecycle.status === 'closed' && lifecycle.revealed) real.releaseAll();
    this.results.current();
  }

  /**
   * Before anything is written: the files must hold what the seal says, once the pending cast
   * (if any) is counted as done. A box without a seal (first version, or new) is sealed as is.
   */
  private checkSealAtOpen(journal: CastJournal): void {
    if (!journal.current) {
      if (journal.existed && !journal.unsealedButSound())
        throw new DamagedFileError(journal.file, 'emptied, cut or unreadable');
      return;
    }
    const intent = journal.pending();
    const { real, test, codes } = this.files;
    const found = this.found();
    if (intent) {
      const set = intent.test ? test : real;
      if (!set.has(intent.ballot.id))
        found[intent.test ? 'testBallots' : 'ballots'] = set.markAfter([intent.ballot]);
      if (intent.codeHash) found.burned = codes.burnedMarkAfter(intent.codeHash);
    }
    new SealKeeper(journal, () => found, this.dataDir).verify();
  }

  /**
   * The staff check, at any time: every sealed file read again from disk and compared with the
   * seal. Answers the damaged file and why, or null when everything holds.
   */
  checkIntegrity(): { file: string; reason: string } | null {
    try {
      const probe = new BallotBoxProbe(this.folder, this.election.results.batchSize);
      probe.verify(this.files.journal, this.audit.file);
      return this.damage;
    } catch (e) {
      if (!(e instanceof DamagedFileError)) throw e;
      // Nothing more is written to a damaged box: the vote stops until staff recover.
      this.damage = { file: path.basename(e.file), reason: e.reason };
      this.changed({ kiosk: true });
      return this.damage;
    }
  }

  private damage: { file: string; reason: string } | null = null;

  /** The damage the last staff check found (it stops every cast), or null. */
  get damageFound(): { file: string; reason: string } | null {
    return this.damage;
  }

  private closeElectionFiles(): void {
    const { real, test, codes, journal } = this.files;
    // Between two elections (and after shutdown) the audit has no seal to keep; the next
    // opening seals it as it is.
    this.audit.beforeWrite = () => {};
    this.folder.beforeDocumentWrite = () => {};
    // The journal first: it flushes the last cast's data into the files still open.
    for (const c of [journal, real, test, codes]) c.close();
  }

  private closed = false;

  /** Idempotent: the desktop app calls it from each window's session-end and from will-quit. */
  shutdown(): void {
    if (this.closed) return;
    this.closed = true;
    this.closeElectionFiles();
    this.audit.close();
    this.lock.release();
  }

  // ------------------------------------------------------------ reading

  private get lifecycle(): Lifecycle {
    return this.files.lifecycle;
  }

  get election(): Election {
    return this.lifecycle.election;
  }

  get status(): Status {
    return this.lifecycle.status;
  }

  kioskState(): KioskState {
    return {
      election: this.election,
      status: this.status,
      testMode: this.lifecycle.testing,
      section: this.settings.kioskSection,
      language: this.settings.language,
      accepting: this.lifecycle.accepting,
    };
  }

  publicResults(): PublicResults {
    return this.results.current();
  }

  /** Pushed events (shared/api.ts `events`); returns the unsubscribe function. */
  on(listener: Listener): () => void {
    return this.bus.on(listener);
  }

  /** The set the projector and the kiosk currently use: test ballots before opening. */
  private get shownSet(): BallotSet {
    return this.status === 'preparation' ? this.files.test : this.files.real;
  }

  /**
   * Tells the screens what a change touched: the projector's results (pushed only if the
   * released ones changed), the kiosk's state, and the staff overview. A cast never pushes the
   * staff event: the event stream is public, and an event at each cast would tell any listener
   * the moment of every vote; the console polls its counts while the vote is open instead.
   */
  private changed(what: { results?: true; kiosk?: true; cast?: true }): void {
    if (what.results) this.results.publish();
    if (what.kiosk) this.bus.emit('kiosk', this.kioskState());
    if (!what.cast) this.bus.emit('staff', {});
  }

  private publishAll(): void {
    this.changed({ results: true, kiosk: true });
  }

  // ------------------------------------------------------------ casting

  checkCode(code: string): { section: string; hash: string } {
    return this.files.codes.check(code);
  }

  cast(req: CastRequest): { recorded: true; duplicate: boolean } {
    if (this.damage)
      throw new ApiError('storage-failed', `The file ${this.damage.file} is damaged.`);
    const testing = this.status === 'preparation';
    const r = this.files.caster.cast(
      {
        election: this.election,
        accepting: this.lifecycle.accepting,
        testing,
        set: testing ? this.files.test : this.files.real,
        kioskSection: this.settings.kioskSection,
      },
      req,
    );
    if (!r.duplicate) this.changed({ results: true, cast: true });
    return r;
  }

  private hex(n: number): string {
    return Buffer.from(this.deps.randomBytes(n)).toString('hex');
  }

  // ------------------------------------------------------------ staff: PIN

  get pinSet(): boolean {
    return this.pin.isSet;
  }

  setPin(pin: string): void {
    this.pin.set(pin);
  }

  verifyPin(pin: string): void {
    this.pin.verify(pin);
  }

  // ------------------------------------------------------------ staff: lifecycle

  loadElection(json: string, dropEntitled = false): void {
    this.replaceElection(parseElectionJson(json), 'election-loaded', dropEntitled);
  }

  useDefaultElection(dropEntitled = false): void {
    this.replaceElection(this.deps.defaultElection, 'election-loaded', dropEntitled);
  }

  updateElection(election: Election, dropEntitled = false): void {
    this.replaceElection(election, 'election-edited', dropEntitled);
  }

  private replaceElection(
    election: Election,
    action: 'election-loaded' | 'election-edited',
    dropEntitled: boolean,
  ): void {
    const { lifecycle, test, real, codes } = this.files;
    lifecycle.requireStatus('preparation');
    if (test.size > 0) throw new ApiError('test-ballots-present', 'Purge the test ballots first.');
    if (codes.generated > 0 && election.id !== this.election.id)
      throw new ApiError('election-locked', 'Codes were already generated for this election.');
    const e = lifecycle.replaceElection(election, dropEntitled);
    if (!e.sections.some((s) => s.id === this.settings.kioskSection))
      this.settings.setKioskSection(e.sections[0]?.id ?? this.settings.kioskSection);
    real.setBatchSize(e.results.batchSize);
    test.setBatchSize(e.results.batchSize);
    // Every ballot the new definition accepts fits a slot (slot-file.ts MAX_SLOT_BYTES bounds
    // it far above the longest valid ballot, shared/domain/ballot.ts MAX_BALLOT_LINE_BYTES).
    const slotBytes = slotBytesFor(longestBallotBytes(e));
    real.widenSlots(slotBytes);
    test.widenSlots(slotBytes);
    this.audit.append(action, { election: e.id, options: e.options.length });
    this.publishAll();
  }

  setTestMode(on: boolean): void {
    this.lifecycle.setTestMode(on);
    this.audit.append('test-mode', { on });
    this.publishAll();
  }

  purgeTestBallots(): number {
    this.lifecycle.requireStatus('preparation');
    const n = this.files.test.size;
    this.files.seal.expect('testBallots', { count: 0, digest: '0'.repeat(64) });
    this.files.test = this.files.test.erase();
    this.audit.append('test-purged', { ballots: n });
    this.publishAll();
    return n;
  }

  open(): void {
    this.lifecycle.requireStatus('preparation');
    if (this.files.test.size > 0)
      throw new ApiError('test-ballots-present', 'Purge the test ballots before opening.');
    this.lifecycle.open();
    this.audit.append('opened', { election: this.election.id });
    this.publishAll();
  }

  closeVote(): void {
    this.lifecycle.requireStatus('open');
    // The entry first: a crash right after it is finished on the next opening (finishClose),
    // so a close that took effect is always in the trail.
    this.audit.append('closed', { election: this.election.id, ballots: this.files.real.size });
    this.finishClose();
    this.publishAll();
  }

  private finishClose(): void {
    // Nothing more reaches the slide until staff press « Révéler »: see reveal(). The files
    // need no shuffle: every record was written at a random place (slot-file.ts).
    this.lifecycle.close();
  }

  /** The final result reaches the projector only now, after the close, all at once. */
  reveal(): void {
    this.lifecycle.requireStatus('closed');
    this.lifecycle.reveal();
    this.files.real.releaseAll();
    this.audit.append('revealed');
    this.publishAll();
  }

  /** The seed of the draw by lot, recorded in the audit trail with the room as witness. */
  setDrawSeed(seed: string): void {
    this.lifecycle.setDrawSeed(seed);
    this.audit.append('draw-seed', { seed });
    this.publishAll();
  }

  get drawSeed(): string | null {
    return this.lifecycle.drawSeed;
  }

  /** After a close: archive this election's files and start a new one in preparation. */
  newElection(): void {
    this.lifecycle.requireStatus('closed');
    const name = `${this.election.id}-${this.hex(4)}`;
    this.closeElectionFiles();
    const archivedTo = this.folder.archiveElection(name);
    this.audit.append('new-election', { archivedTo });
    this.openElectionFiles();
    this.publishAll();
  }

  setEntitled(section: string, count: number | null): void {
    this.lifecycle.setEntitled(section, count);
    this.audit.append('entitled-set', { section, count });
    this.changed({ results: true });
  }

  setKioskSection(section: string): void {
    this.lifecycle.requireSection(section);
    this.settings.setKioskSection(section);
    this.audit.append('kiosk-section-set', { section });
    this.changed({ kiosk: true });
  }

  setLanguage(language: Lang): void {
    this.settings.setLanguage(language);
    this.changed({ kiosk: true });
  }

  generateCodes(section: string, count: number): string[] {
    this.lifecycle.requireSection(section);
    if (this.status === 'closed') this.lifecycle.requireStatus('preparation', 'open');
    const out = this.files.codes.generate(section, count);
    this.audit.append('codes-generated', { section, count });
    this.changed({});
    return out;
  }

  allowQuit(allow: boolean): void {
    this.settings.allowQuit(allow);
    this.audit.append('quit-allowed', { allow });
    this.changed({});
  }

  get canQuit(): boolean {
    return this.settings.allowsQuit || this.status !== 'open';
  }

  // ------------------------------------------------------------ staff: data

  /** Results of every ballot cast so far (staff only; the projector sees released batches). */
  fullTally(): ElectionTally {
    const set = this.shownSet;
    const e = this.election;
    return tallyElection(
      e.options.map((o) => o.id),
      e.sections.map((s) => s.id),
      Object.fromEntries(e.sections.map((s) => [s.id, set.groups(s.id, 'all')])),
      e.method,
    );
  }

  overview(): StaffOverview {
    const { real, test, codes } = this.files;
    return {
      status: this.status,
      election: this.election,
      testMode: this.lifecycle.testModeSwitch,
      testBallots: test.size,
      ballots: real.size,
      bySection: real.countBySection(),
      entitled: this.lifecycle.entitled,
      kioskSection: this.settings.kioskSection,
      language: this.settings.language,
      revealed: this.lifecycle.revealed,
      drawSeed: this.lifecycle.drawSeed,
      codes: { generated: codes.generated, used: codes.used },
      // Before the close, live results on the staff screen could expose the last voter.
      results: this.status === 'closed' ? this.fullTally() : null,
      dataDir: this.dataDir,
      canQuit: this.canQuit,
    };
  }

  /** All real ballots, for export; the caller shuffles them. */
  ballots(): Ballot[] {
    return this.files.real.ballots();
  }

  counts(): { ballots: number; bySection: Record<string, number>; blank: number } {
    const real = this.files.real;
    return { ballots: real.size, bySection: real.countBySection(), blank: real.blank };
  }

  /**
   * Merge ballots from other kiosks: all of them or none. Returns how many were new and how
   * many were already present (same id, same content); a same id with other content is refused.
   */
  importBallots(ballots: readonly Ballot[], details: Record<string, unknown> = {}): MergeReport {
    this.lifecycle.requireStatus('open', 'closed');
    // The entry is written in the same step, just before the ballots: an import that took
    // effect is always in the trail.
    const r = mergeBallots(this.files.real, ballots, (m, report) => {
      this.files.seal.expect('ballots', m);
      this.audit.append('imported', { ...report, ...details });
    });
    this.changed({ results: true });
    return r;
  }

  /** The audit entries and whether their chain was intact at open, for the console. */
  auditTrail(): { entries: AuditEntry[]; valid: boolean } {
    return { entries: this.audit.entries(), valid: this.audit.valid };
  }

  /** The audit trail as stored, for an export. */
  auditText(): Promise<string> {
    return this.audit.text();
  }

  /** An audit entry for a staff action done outside the box (export, import). */
  record(action: AuditAction, details: Record<string, unknown>): void {
    this.audit.append(action, details);
  }
}
