/**
 * The ballot box service: the election's lifecycle, casting, codes, staff PIN and the
 * projector's released results. Every piece of I/O comes in through BoxDeps, so the whole box
 * runs under plain Node in tests and in both composition roots (Electron and the web host).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {
  ApiError,
  type EventName,
  type EventPayload,
  type KioskState,
  type PublicResults,
  type StaffOverview,
} from '../../shared/api';
import { rankingProblem, type Ballot } from '../../shared/domain/ballot';
import { makeCode, parseCode } from '../../shared/domain/codes';
import { ElectionSchema, type Election, type Lang } from '../../shared/domain/election';
import { tallyElection } from '../../shared/tally';
import type { ElectionTally } from '../../shared/tally/types';
import { AuditLog } from './audit-log';
import { BallotSet, ballotLine } from './ballot-set';
import { BurnedCodes } from './burned-codes';
import { CastJournal } from './cast-journal';
import { DamagedFileError, Doc } from './document-store';
import {
  CodesDocSchema,
  SettingsDocSchema,
  StateDocSchema,
  type CodesDoc,
  type SettingsDoc,
  type StateDoc,
} from './documents';
import { fsyncDir, StorageError } from './durable-file';
import { electionIssues, notJsonIssue } from './election-issues';
import { acquireLock } from './instance-lock';
import { hashPin, lockoutSeconds, pinMatches } from './pin';
import { buildPublicResults } from './public-results';

export interface BoxDeps {
  dataDir: string;
  defaultElection: Election;
  now: () => Date;
  randomBytes: (n: number) => Uint8Array;
  pid: number;
  isAlive: (pid: number) => boolean;
  appVersion: string;
}

export interface CastRequest {
  ballotId: string;
  ranking: string[];
  section?: string | undefined;
  code?: string | undefined;
}

type Listener = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

export const FILES = {
  state: 'state.json',
  settings: 'settings.json',
  codes: 'codes.json',
  ballots: 'ballots.jsonl',
  testBallots: 'test-ballots.jsonl',
  burned: 'burned-codes.jsonl',
  journal: 'cast-journal.json',
  audit: 'audit.jsonl',
} as const;

const toApiError = (e: unknown): never => {
  if (e instanceof StorageError)
    throw new ApiError(e.kind === 'disk-full' ? 'disk-full' : 'storage-failed', e.message);
  throw e;
};

export class BallotBox {
  readonly dataDir: string;
  private readonly lock: { release(): void };
  private state!: Doc<StateDoc>;
  private readonly settings: Doc<SettingsDoc>;
  private codes!: Doc<CodesDoc>;
  private real!: BallotSet;
  private test!: BallotSet;
  private burned!: BurnedCodes;
  private journal!: CastJournal;
  /** Code hash → section, so that checking a code does not scan every issued code. */
  private codeSections = new Map<string, string>();
  readonly audit: AuditLog;
  private readonly listeners = new Set<Listener>();
  private published: PublicResults | null = null;
  private publishedKey = '';
  private quitAllowed = false;

  constructor(private readonly deps: BoxDeps) {
    this.dataDir = deps.dataDir;
    fs.mkdirSync(this.dataDir, { recursive: true });
    this.lock = acquireLock(this.dataDir, deps);
    try {
      this.audit = new AuditLog(this.file('audit'), deps.now);
      this.settings = new Doc(
        this.file('settings'),
        SettingsDocSchema,
        {
          version: 1,
          kioskSection: deps.defaultElection.sections[0]?.id ?? 'FR',
          language: 'fr',
          pin: null,
          pinFailures: 0,
          lockedUntil: null,
        },
        this.backupDir,
      );
      this.openElectionFiles();
    } catch (e) {
      this.lock.release();
      throw e;
    }
  }

  private get backupDir(): string {
    return path.join(this.dataDir, 'backups');
  }

  private file(k: keyof typeof FILES): string {
    return path.join(this.dataDir, FILES[k]);
  }

  private openElectionFiles(): void {
    // A missing document next to ballots or burned codes was lost, not never written: starting
    // afresh would silently reopen a new vote over the old ballots, or forget every code.
    this.requirePresent('state', 'ballots', 'burned');
    this.requirePresent('codes', 'burned');
    this.state = new Doc(
      this.file('state'),
      StateDocSchema,
      {
        version: 1,
        election: this.deps.defaultElection,
        status: 'preparation',
        testMode: false,
        revealed: false,
        entitled: {},
      },
      this.backupDir,
    );
    this.codes = new Doc(
      this.file('codes'),
      CodesDocSchema,
      { version: 1, salt: this.hex(16), codes: [] },
      this.backupDir,
    );
    const batch = this.election.results.batchSize;
    this.real = new BallotSet(this.file('ballots'), batch);
    this.test = new BallotSet(this.file('testBallots'), batch);
    this.burned = new BurnedCodes(this.file('burned'));
    this.journal = new CastJournal(this.file('journal'));
    this.codeSections = new Map(this.codes.data.codes.map((c) => [c.hash, c.section]));
    for (const [file, torn] of [
      [this.real.file, this.real.openReport.tornTail],
      [this.test.file, this.test.openReport.tornTail],
      [this.burned.file, this.burned.tornTail],
    ] as const)
      if (torn !== null)
        this.audit.append('torn-line-dropped', { file: path.basename(file), bytes: torn.length });
    this.replayJournal();
    if (this.status === 'closed') {
      this.real.releaseAll();
      // Again at every open of a closed box, in case a crash came between close and shuffle.
      this.forgetCastingOrder();
    }
    this.refreshPublished();
  }

  private requirePresent(doc: 'state' | 'codes', ...logs: (keyof typeof FILES)[]): void {
    const file = this.file(doc);
    if (fs.existsSync(file)) return;
    const backup = path.join(this.backupDir, `${doc}.1.json`);
    const evidence = logs.some(
      (k) => fs.existsSync(this.file(k)) && fs.statSync(this.file(k)).size > 0,
    );
    if (evidence || fs.existsSync(backup))
      throw new DamagedFileError(file, 'missing, although the vote already has data');
  }

  /** Casting order must not survive the close: shuffle the ballot log, sort the burned codes. */
  private forgetCastingOrder(): void {
    this.real.shuffle((n) => this.randomIndex(n));
    this.burned.sort();
  }

  /** A uniform integer in [0, n), n ≤ 2^32, by rejection sampling over 32 random bits. */
  private randomIndex(n: number): number {
    const limit = 2 ** 32 - (2 ** 32 % n);
    for (;;) {
      const b = this.deps.randomBytes(4);
      const v =
        (b[0] as number) * 2 ** 24 +
        ((b[1] as number) << 16) +
        ((b[2] as number) << 8) +
        (b[3] as number);
      if (v < limit) return v % n;
    }
  }

  /** Finish a cast that a crash interrupted between its journal entry and its last write. */
  private replayJournal(): void {
    const intent = this.journal.pending();
    if (intent) {
      if (!this.real.has(intent.ballot.id)) this.real.append([intent.ballot]);
      this.burned.burn(intent.codeHash);
    }
    this.journal.clear();
  }

  private closed = false;

  /** Idempotent: the desktop app calls it from each window's session-end and from will-quit. */
  shutdown(): void {
    if (this.closed) return;
    this.closed = true;
    for (const c of [this.real, this.test, this.burned, this.journal, this.audit]) c.close();
    this.lock.release();
  }

  // ------------------------------------------------------------ reading

  get election(): Election {
    return this.state.data.election;
  }

  get status(): StateDoc['status'] {
    return this.state.data.status;
  }

  private get accepting(): boolean {
    return this.status === 'open' || (this.status === 'preparation' && this.state.data.testMode);
  }

  kioskState(): KioskState {
    return {
      election: this.election,
      status: this.status,
      testMode: this.status === 'preparation' && this.state.data.testMode,
      section: this.settings.data.kioskSection,
      language: this.settings.data.language,
      accepting: this.accepting,
    };
  }

  publicResults(): PublicResults {
    return this.published ?? this.refreshPublished();
  }

  on(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    for (const l of this.listeners) l(event, payload);
  }

  /** The set the projector and the kiosk currently use: test ballots before opening. */
  private get shownSet(): BallotSet {
    return this.status === 'preparation' ? this.test : this.real;
  }

  private refreshPublished(): PublicResults {
    const set = this.shownSet;
    const released = set.releasedBySection();
    const key = JSON.stringify([
      this.status,
      this.state.data.testMode,
      this.state.data.revealed,
      this.state.data.entitled,
      this.election,
      // Every section, with 0 until its first release: a section appearing in the key at its
      // first ballot would push an unchanged slide and tell the room someone just voted there.
      this.election.sections.map((s) => released[s.id] ?? 0),
    ]);
    if (this.published && key === this.publishedKey) return this.published;
    const groups = Object.fromEntries(
      this.election.sections.map((s) => [s.id, set.groups(s.id, 'released')]),
    );
    this.published = buildPublicResults({
      election: this.election,
      status: this.status,
      testMode: this.status === 'preparation' && this.state.data.testMode,
      revealed: this.state.data.revealed,
      entitled: this.state.data.entitled,
      groupsBySection: groups,
    });
    this.publishedKey = key;
    return this.published;
  }

  private publish(): void {
    const before = this.published;
    const now = this.refreshPublished();
    if (now !== before) this.emit('results', now);
  }

  private publishAll(): void {
    this.publish();
    this.emit('kiosk', this.kioskState());
  }

  // ------------------------------------------------------------ casting

  checkCode(code: string): { section: string; hash: string } {
    const parsed = parseCode(code);
    if (!parsed.ok)
      throw new ApiError('code-malformed', 'This code is not well formed (check character).');
    const hash = this.codeHash(parsed.canonical);
    const section = this.codeSections.get(hash);
    if (section === undefined)
      throw new ApiError('code-unknown', 'This code was not issued for this vote.');
    if (this.burned.has(hash)) throw new ApiError('code-used', 'This code has already been used.');
    return { section, hash };
  }

  cast(req: CastRequest): { recorded: true; duplicate: boolean } {
    if (!this.accepting) throw new ApiError('vote-not-open', 'The vote is not open.');
    const testing = this.status === 'preparation';
    const set = testing ? this.test : this.real;
    const e = this.election;

    const problem = rankingProblem(e, req.ranking);
    if (problem)
      throw new ApiError('invalid-ranking', `Invalid ranking: ${problem.kind}`, { ...problem });

    const useCodes = e.eligibility === 'codes' && !testing;
    let code: { section: string; hash: string } | null = null;
    const existing = set.lineOf(req.ballotId);
    if (useCodes && existing === undefined) {
      if (!req.code) throw new ApiError('code-required', 'A voting code is required.');
      code = this.checkCode(req.code);
    }
    const section = code?.section ?? req.section ?? this.settings.data.kioskSection;
    if (!e.sections.some((s) => s.id === section))
      throw new ApiError('unknown-section', `Unknown section ${section}`, { section });
    const ballot: Ballot = { id: req.ballotId, election: e.id, section, ranking: [...req.ranking] };

    if (existing !== undefined) {
      // A kiosk retrying after a lost answer: the same ballot is recorded once. With codes the
      // stored section came from the (now burned) code, so only the ranking is compared.
      const stored = JSON.parse(existing) as Ballot;
      const again = ballotLine(useCodes ? { ...ballot, section: stored.section } : ballot);
      if (existing === again) return { recorded: true, duplicate: true };
      throw new ApiError(
        'ballot-id-conflict',
        'This ballot id was already used for another ballot.',
      );
    }

    try {
      if (code) this.castWithCode(set, ballot, code.hash);
      else set.append([ballot]);
    } catch (err) {
      toApiError(err);
    }
    this.publish();
    return { recorded: true, duplicate: false };
  }

  private castWithCode(set: BallotSet, ballot: Ballot, codeHash: string): void {
    this.journal.write({ ballot, codeHash });
    let staged: ReturnType<BallotSet['stage']> | null = null;
    try {
      staged = set.stage([ballot]);
      this.burned.burn(codeHash);
    } catch (e) {
      // The voter is told the vote did not count: neither half may come back on a replay.
      staged?.undo();
      this.journal.clear(true);
      throw e;
    }
    staged.commit();
    this.journal.clear();
  }

  private codeHash(canonical: string): string {
    return createHash('sha256').update(this.codes.data.salt).update(canonical).digest('hex');
  }

  private hex(n: number): string {
    return Buffer.from(this.deps.randomBytes(n)).toString('hex');
  }

  // ------------------------------------------------------------ staff: PIN

  get pinSet(): boolean {
    return this.settings.data.pin !== null;
  }

  setPin(pin: string): void {
    if (this.pinSet) throw new ApiError('pin-already-set', 'A PIN is already set.');
    this.settings.update((s) => {
      s.pin = hashPin(pin, this.hex(16));
      s.pinFailures = 0;
      s.lockedUntil = null;
    });
    this.audit.append('pin-set');
  }

  /** Checks a PIN, counting failures durably so that a restart does not reset the lockout. */
  verifyPin(pin: string): void {
    const s = this.settings.data;
    if (!s.pin) throw new ApiError('pin-not-set', 'No PIN is set yet.');
    const now = this.deps.now().getTime();
    if (s.lockedUntil && Date.parse(s.lockedUntil) > now) {
      const seconds = Math.ceil((Date.parse(s.lockedUntil) - now) / 1000);
      throw new ApiError('pin-locked', `Too many wrong PINs; try again in ${seconds} s.`, {
        seconds,
      });
    }
    if (pinMatches(pin, s.pin)) {
      if (s.pinFailures > 0 || s.lockedUntil)
        this.settings.update((d) => void ((d.pinFailures = 0), (d.lockedUntil = null)));
      this.audit.append('staff-login');
      return;
    }
    const failures = s.pinFailures + 1;
    const lock = lockoutSeconds(failures);
    this.settings.update((d) => {
      d.pinFailures = failures;
      d.lockedUntil = lock > 0 ? new Date(now + lock * 1000).toISOString() : null;
    });
    this.audit.append(lock > 0 ? 'pin-locked' : 'pin-failed', { failures, lockSeconds: lock });
    if (lock > 0)
      throw new ApiError('pin-locked', `Too many wrong PINs; try again in ${lock} s.`, {
        seconds: lock,
      });
    throw new ApiError('pin-wrong', 'Wrong PIN.', { remaining: 5 - failures });
  }

  // ------------------------------------------------------------ staff: lifecycle

  private requireStatus(...allowed: StateDoc['status'][]): void {
    if (!allowed.includes(this.status))
      throw new ApiError('wrong-state', `Not possible while the vote is ${this.status}.`, {
        status: this.status,
      });
  }

  loadElection(json: string, dropEntitled = false): void {
    let raw: unknown;
    try {
      raw = JSON.parse(json);
    } catch (e) {
      throw new ApiError('election-invalid', `Not JSON: ${(e as Error).message}`, undefined, [
        notJsonIssue((e as Error).message),
      ]);
    }
    const r = ElectionSchema.safeParse(raw);
    if (!r.success)
      throw new ApiError(
        'election-invalid',
        'The election definition is not valid.',
        { count: r.error.issues.length },
        electionIssues(r.error.issues, raw),
      );
    this.replaceElection(r.data, 'election-loaded', dropEntitled);
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
    this.requireStatus('preparation');
    if (this.test.size > 0)
      throw new ApiError('test-ballots-present', 'Purge the test ballots first.');
    if (this.codes.data.codes.length > 0 && election.id !== this.election.id)
      throw new ApiError('election-locked', 'Codes were already generated for this election.');
    const check = ElectionSchema.safeParse(election);
    if (!check.success)
      throw new ApiError('election-invalid', 'The election definition is not valid.');
    // Entitled counts belong to sections, not to one definition: keep those that still apply.
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
    if (!check.data.sections.some((s) => s.id === this.settings.data.kioskSection))
      this.settings.update(
        (s) => void (s.kioskSection = check.data.sections[0]?.id ?? s.kioskSection),
      );
    this.real.setBatchSize(check.data.results.batchSize);
    this.test.setBatchSize(check.data.results.batchSize);
    this.audit.append(action, { election: check.data.id, options: check.data.options.length });
    this.publishAll();
  }

  setTestMode(on: boolean): void {
    this.requireStatus('preparation');
    this.state.update((s) => void (s.testMode = on));
    this.audit.append('test-mode', { on });
    this.publishAll();
  }

  purgeTestBallots(): number {
    this.requireStatus('preparation');
    const n = this.test.size;
    this.test.close();
    fs.rmSync(this.file('testBallots'), { force: true });
    this.test = new BallotSet(this.file('testBallots'), this.election.results.batchSize);
    this.audit.append('test-purged', { ballots: n });
    this.publishAll();
    return n;
  }

  open(): void {
    this.requireStatus('preparation');
    if (this.test.size > 0)
      throw new ApiError('test-ballots-present', 'Purge the test ballots before opening.');
    this.state.update((s) => {
      s.status = 'open';
      s.testMode = false;
    });
    this.audit.append('opened', { election: this.election.id });
    this.publishAll();
  }

  closeVote(): void {
    this.requireStatus('open');
    this.state.update((s) => void (s.status = 'closed'));
    this.real.releaseAll();
    try {
      this.forgetCastingOrder();
    } catch {
      // The vote is closed and every ballot is still in the log; the next open shuffles again.
    }
    this.audit.append('closed', { election: this.election.id, ballots: this.real.size });
    this.publishAll();
  }

  reveal(): void {
    this.state.update((s) => void (s.revealed = true));
    this.audit.append('revealed');
    this.publishAll();
  }

  /** After a close: archive this election's files and start a new one in preparation. */
  newElection(): void {
    this.requireStatus('closed');
    const archive = path.join(this.dataDir, 'archive', `${this.election.id}-${this.hex(4)}`);
    fs.mkdirSync(archive, { recursive: true });
    for (const c of [this.real, this.test, this.burned, this.journal]) c.close();
    // Order matters for a crash half-way: backups first, the logs, then the documents, state
    // last, so that every intermediate folder still opens (state present) or is empty.
    const backups = path.join(archive, 'backups');
    fs.mkdirSync(backups, { recursive: true });
    if (fs.existsSync(this.backupDir))
      for (const f of fs.readdirSync(this.backupDir))
        if (/^(state|codes)\.\d+\.json$/.test(f))
          fs.renameSync(path.join(this.backupDir, f), path.join(backups, f));
    for (const k of ['journal', 'testBallots', 'ballots', 'burned', 'codes', 'state'] as const)
      if (fs.existsSync(this.file(k))) fs.renameSync(this.file(k), path.join(archive, FILES[k]));
    fsyncDir(this.dataDir);
    this.audit.append('new-election', { archivedTo: path.relative(this.dataDir, archive) });
    this.openElectionFiles();
    this.publishAll();
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
    this.audit.append('entitled-set', { section, count });
    this.publish();
  }

  setKioskSection(section: string): void {
    this.requireSection(section);
    this.settings.update((s) => void (s.kioskSection = section));
    this.audit.append('kiosk-section-set', { section });
    this.emit('kiosk', this.kioskState());
  }

  setLanguage(language: Lang): void {
    this.settings.update((s) => void (s.language = language));
    this.emit('kiosk', this.kioskState());
  }

  private requireSection(section: string): void {
    if (!this.election.sections.some((s) => s.id === section))
      throw new ApiError('unknown-section', `Unknown section ${section}`, { section });
  }

  generateCodes(section: string, count: number): string[] {
    this.requireSection(section);
    if (this.status === 'closed') this.requireStatus('preparation', 'open');
    const known = new Set(this.codes.data.codes.map((c) => c.hash));
    const out: string[] = [];
    const added: CodesDoc['codes'] = [];
    const randomIndex = (n: number) => {
      // Rejection sampling keeps every character equally likely.
      const limit = 256 - (256 % n);
      for (;;) {
        const b = this.deps.randomBytes(1)[0] as number;
        if (b < limit) return b % n;
      }
    };
    while (out.length < count) {
      const code = makeCode(section, randomIndex);
      const hash = this.codeHash(code);
      if (known.has(hash)) continue;
      known.add(hash);
      out.push(code);
      added.push({ hash, section });
    }
    this.codes.update((d) => void d.codes.push(...added));
    for (const c of added) this.codeSections.set(c.hash, c.section);
    this.audit.append('codes-generated', { section, count });
    return out;
  }

  allowQuit(allow: boolean): void {
    this.quitAllowed = allow;
    this.audit.append('quit-allowed', { allow });
  }

  get canQuit(): boolean {
    return this.quitAllowed || this.status !== 'open';
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
    return {
      status: this.status,
      election: this.election,
      testMode: this.state.data.testMode,
      testBallots: this.test.size,
      ballots: this.real.size,
      bySection: this.real.countBySection(),
      entitled: this.state.data.entitled,
      kioskSection: this.settings.data.kioskSection,
      language: this.settings.data.language,
      revealed: this.state.data.revealed,
      codes: { generated: this.codes.data.codes.length, used: this.burned.size },
      // Before the close, live results on the staff screen could expose the last voter.
      results: this.status === 'closed' ? this.fullTally() : null,
      dataDir: this.dataDir,
      canQuit: this.canQuit,
    };
  }

  /** All real ballots, for export; the caller shuffles them. */
  ballots(): Ballot[] {
    return this.real.ballots();
  }

  counts(): { ballots: number; bySection: Record<string, number>; blank: number } {
    return {
      ballots: this.real.size,
      bySection: this.real.countBySection(),
      blank: this.real.blank,
    };
  }

  /**
   * Merge ballots from other kiosks: all of them or none. Returns how many were new and how
   * many were already present (same id, same content); a same id with other content is refused.
   */
  importBallots(ballots: readonly Ballot[]): { added: number; alreadyPresent: number } {
    this.requireStatus('open', 'closed');
    const fresh: Ballot[] = [];
    const seen = new Map<string, string>();
    let alreadyPresent = 0;
    for (const b of ballots) {
      const line = ballotLine(b);
      const existing = this.real.lineOf(b.id);
      const twin = existing ?? seen.get(b.id);
      if (twin !== undefined) {
        if (twin !== line)
          throw new ApiError(
            'import-invalid',
            `Ballot ${b.id} already exists with other content.`,
            { ballot: b.id },
          );
        alreadyPresent++;
        continue;
      }
      seen.set(b.id, line);
      fresh.push(b);
    }
    try {
      this.real.append(fresh);
    } catch (e) {
      toApiError(e);
    }
    this.publish();
    return { added: fresh.length, alreadyPresent };
  }
}
