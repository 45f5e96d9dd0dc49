/**
 * Repairs a data folder that refused to open, on staff's explicit request (`npm run recover`):
 * a damaged document is put back from its newest good backup, a ballot or code file keeps every
 * slot (or, in a log of an earlier version, every line) that is still a valid record. Nothing is deleted: every damaged file is first copied to
 * damaged/ byte for byte, and every step is written to the audit log.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { AuditLog, verifyAuditText } from './audit-log';
import { BallotBoxProbe } from './integrity-probe';
import { mismatchReason, sealMismatches } from './seal';
import { CastJournal } from './cast-journal';
import { asBallotRecord, ballotLine } from '../../shared/domain/ballot';
import { DataFolder, FILES, SEALED_FILE } from './box/data-folder';
import { DamagedFileError, DurableJsonAdapter, parseDocument } from './document-store';
import { CodesDocSchema, issuedCodes, SettingsDocSchema, StateDocSchema } from './documents';
import { scanLines, writeFileAtomic } from './durable-file';
import { acquireLock, type LockDeps } from './instance-lock';
import { randomBytes } from 'node:crypto';
import { randomIndex } from '../../shared/random';
import { BURNED_SLOT_BYTES } from './burned-codes';
import { legacyName, readRecords, removeLegacy } from './record-file';
import {
  MAX_SLOT_BYTES,
  MIN_CAPACITY,
  MIN_SLOT_BYTES,
  readHeader,
  scanBody,
  scanSlots,
  slotFileBytes,
  storedDigestOk,
  SlotFormatError,
  type SlotScan,
} from './slot-file';

export interface RecoveryStep {
  /** File name inside the data folder. */
  file: string;
  /**
   * `unproven`: the file opens, but does not hold what the seal recorded (records lost or
   * changed that nothing can bring back); the box is sealed again as it is, and this says so.
   */
  action: 'restored' | 'salvaged' | 'unrecoverable' | 'unproven';
  reason: string;
  /** The backup the document was restored from. */
  from?: string;
  /** Where the damaged original was copied, relative to the data folder. */
  keptAs?: string;
  /** 1-based lines of a log (or slots of a slot file) that were not valid records, left out. */
  dropped?: number[];
  /** What `dropped` counts: lines of a log of an earlier version, or slots. */
  unit?: 'line' | 'slot';
}

export interface RecoveryDeps extends LockDeps {
  now: () => Date;
}

const DOCS = [
  ['state', StateDocSchema, true],
  ['settings', SettingsDocSchema, false],
  ['codes', CodesDocSchema, true],
] as const;

/** Looks at every file the box opens and repairs what it can. Returns what was done. */
export function recoverDataDir(dataDir: string, deps: RecoveryDeps): RecoveryStep[] {
  const lock = acquireLock(dataDir, deps);
  try {
    const stamp = deps.now().toISOString().replace(/[:.]/g, '-');
    const keep = (file: string): string => {
      const rel = path.join('damaged', `${path.basename(file)}.${stamp}`);
      fs.mkdirSync(path.join(dataDir, 'damaged'), { recursive: true });
      writeFileAtomic(path.join(dataDir, rel), fs.readFileSync(file));
      return rel;
    };
    const steps: RecoveryStep[] = [];
    for (const [name, schema, mustExist] of DOCS) {
      const step = recoverDocument(
        dataDir,
        FILES[name],
        schema as z.ZodType<unknown>,
        mustExist,
        keep,
      );
      if (step) steps.push(step);
    }
    const ballotCheck = (text: string) => {
      try {
        const b = asBallotRecord(JSON.parse(text));
        return b ? { id: b.id, canonical: ballotLine(b) } : null;
      } catch {
        return null;
      }
    };
    for (const name of ['ballots', 'testBallots'] as const) {
      const step = salvageRecords(dataDir, FILES[name], 'ballots', ballotCheck, keep);
      if (step) steps.push(step);
    }
    const hashCheck = (text: string) =>
      /^[0-9a-f]{64}$/.test(text) ? { id: text, canonical: text + '\n' } : null;
    const burned = salvageRecords(dataDir, FILES.burned, 'burned-codes', hashCheck, keep);
    if (burned) steps.push(burned);

    const audit = salvageAudit(dataDir, keep);
    if (audit) steps.push(audit);
    if (steps.some((s) => s.action === 'unrecoverable')) return steps;
    const unproven = unprovenParts(dataDir, keep);
    // Which codes voted can no longer be proven: none may vote again, so every code issued so
    // far counts as used (staff issue new ones to members who have not voted).
    if (unproven.some((s) => s.file === FILES.burned || s.file === FILES.journal)) {
      const n = burnEveryIssuedCode(dataDir);
      if (n > 0)
        for (const s of unproven)
          if (s.file === FILES.burned || s.file === FILES.journal)
            s.reason += `; every issued code (${n}) now counts as used`;
    }
    steps.push(...unproven);

    const done = steps.filter((s) => s.action !== 'unrecoverable');
    if (done.length > 0) {
      const log = new AuditLog(path.join(dataDir, FILES.audit), deps.now);
      for (const s of done)
        if (s.action === 'unproven')
          log.append('seal-unproven', { file: s.file, reason: s.reason });
        else if (s.unit === 'slot')
          log.append('slots-salvaged', {
            file: s.file,
            ...(s.keptAs ? { keptAs: s.keptAs } : {}),
            droppedSlots: (s.dropped ?? []).join(','),
          });
        else
          log.append(s.action === 'restored' ? 'recovered-from-backup' : 'log-salvaged', {
            file: s.file,
            ...(s.from ? { from: s.from } : {}),
            ...(s.keptAs ? { keptAs: s.keptAs } : {}),
            ...(s.dropped ? { droppedLines: s.dropped.join(',') } : {}),
          });
      log.close();
      // Staff asked for the box to open with what could be proven: seal it as it now is.
      reseal(dataDir);
    }
    return steps;
  } finally {
    lock.release();
  }
}

const probe = (dataDir: string) =>
  new BallotBoxProbe(new DataFolder(dataDir), Number.MAX_SAFE_INTEGER);

/** The files that no longer hold what the seal recorded, or a missing seal next to data. */
function unprovenParts(dataDir: string, keep: (file: string) => string): RecoveryStep[] {
  const journalFile = path.join(dataDir, FILES.journal);
  const found = probe(dataDir).found(path.join(dataDir, FILES.audit));
  if (!fs.existsSync(journalFile)) {
    const hasData = (['ballots', 'testBallots', 'burned', 'codes'] as const).some(
      (p) => found[p].count > 0,
    );
    return hasData
      ? [
          {
            file: FILES.journal,
            action: 'unproven',
            reason: 'missing: no count to check the files against',
          },
        ]
      : [];
  }
  const journal = new CastJournal(journalFile);
  try {
    const stored = journal.seal();
    if (!stored) {
      if (journal.unsealedButSound()) return [];
      keep(journalFile);
      return [
        {
          file: FILES.journal,
          action: 'unproven',
          reason: 'emptied, cut or unreadable: no count to check the files against',
        },
      ];
    }
    // A cast the journal still holds is replayed by the opening: compare what the files will
    // hold then (a crash right after a cast, with another record damaged, must still be found).
    const intent = journal.pending();
    const expected = intent ? probe(dataDir).found(path.join(dataDir, FILES.audit), intent) : found;
    const misses = sealMismatches(expected, stored.seal, stored.before);
    if (misses.length > 0) keep(journalFile);
    return misses.map((m) => ({
      file: SEALED_FILE[m.part],
      action: 'unproven' as const,
      reason: mismatchReason(m),
    }));
  } finally {
    journal.close();
  }
}

/** Burns every issued code; answers how many codes were issued. */
function burnEveryIssuedCode(dataDir: string): number {
  const codesFile = path.join(dataDir, FILES.codes);
  if (!fs.existsSync(codesFile)) return 0;
  const issued = [
    ...issuedCodes(parseDocument(codesFile, fs.readFileSync(codesFile, 'utf8'), CodesDocSchema)),
  ];
  const burnedFile = path.join(dataDir, FILES.burned);
  let held: string[] = [];
  try {
    held = readRecords(burnedFile, 'burned-codes').records;
  } catch {
    // Unreadable even after the salvage: every issued code is burned below anyway.
  }
  const burned = new Set(held.filter((l) => /^[0-9a-f]{64}$/.test(l)));
  for (const c of issued) burned.add(c.hash);
  writeSlots(burnedFile, 'burned-codes', BURNED_SLOT_BYTES, [...burned]);
  removeLegacy(legacyName(burnedFile));
  return issued.length;
}

function reseal(dataDir: string): void {
  const journal = new CastJournal(path.join(dataDir, FILES.journal));
  try {
    // A cast still held is kept for the opening to replay, under the seal of the files after it.
    const intent = journal.pending();
    const found = probe(dataDir).found(path.join(dataDir, FILES.audit), intent);
    journal.write(intent, { seal: found, before: null });
  } finally {
    journal.close();
  }
}

/** Keeps the audit trail up to its first broken link (the rest is kept aside, not trusted). */
function salvageAudit(dataDir: string, keep: (file: string) => string): RecoveryStep | null {
  const file = path.join(dataDir, FILES.audit);
  if (!fs.existsSync(file)) return null;
  const text = fs.readFileSync(file, 'utf8');
  const v = verifyAuditText(text);
  if (v.valid || v.problem?.reason === 'last line cut') return null;
  const keptAs = keep(file);
  const total = text.split('\n').filter((l) => l !== '').length;
  const first = v.problem?.line ?? 1;
  writeFileAtomic(file, v.entries.map((e) => JSON.stringify(e) + '\n').join(''));
  return {
    file: FILES.audit,
    action: 'salvaged',
    reason: `chain broken at line ${first} (${v.problem?.reason})`,
    keptAs,
    dropped: Array.from({ length: total - first + 1 }, (_, i) => first + i),
  };
}

function recoverDocument(
  dataDir: string,
  name: string,
  schema: z.ZodType<unknown>,
  mustExist: boolean,
  keep: (file: string) => string,
): RecoveryStep | null {
  const file = path.join(dataDir, name);
  const adapter = new DurableJsonAdapter(file, schema, path.join(dataDir, 'backups'));
  let reason: string;
  if (!fs.existsSync(file)) {
    // A document never written is normal; one whose backup exists was lost.
    if (!mustExist || adapter.backups().length === 0) return null;
    reason = 'missing';
  } else {
    try {
      adapter.read();
      return null;
    } catch (e) {
      if (!(e instanceof DamagedFileError)) throw e;
      reason = e.reason;
    }
  }
  const good = adapter.lastGoodBackup();
  if (!good) return { file: name, action: 'unrecoverable', reason: `${reason}; no good backup` };
  const keptAs = fs.existsSync(file) ? keep(file) : undefined;
  writeFileAtomic(file, fs.readFileSync(good.file));
  return {
    file: name,
    action: 'restored',
    reason,
    from: path.relative(dataDir, good.file),
    ...(keptAs ? { keptAs } : {}),
  };
}

/** Keeps the valid lines of an append-only log (the first of two lines with one id). */
function salvageLog(
  dataDir: string,
  name: string,
  check: (line: string) => { id: string; canonical: string } | null,
  keep: (file: string) => string,
): RecoveryStep | null {
  const file = path.join(dataDir, name);
  if (!fs.existsSync(file)) return null;
  const scan = scanLines(fs.readFileSync(file));
  const seen = new Set<string>();
  const good: string[] = [];
  const dropped: number[] = [];
  for (const { text, line } of scan.lines) {
    const r = check(text);
    if (!r) {
      dropped.push(line);
      continue;
    }
    if (seen.has(r.id)) {
      // An identical line (a replayed journal) is harmless; another ballot under the same id is not.
      if (!good.includes(r.canonical)) dropped.push(line);
      continue;
    }
    seen.add(r.id);
    good.push(r.canonical);
  }
  if (dropped.length === 0) return null;
  const keptAs = keep(file);
  writeFileAtomic(file, good.join(''));
  return {
    file: name,
    action: 'salvaged',
    reason: `${dropped.length} line(s) not valid records`,
    keptAs,
    dropped,
  };
}

const cryptoIndex = (n: number) => randomIndex(n, (k) => randomBytes(k));

/** Writes a slot file atomically, every record at a random place, with room to spare. */
function writeSlots(file: string, kind: string, slotBytes: number, payloads: string[]): void {
  const capacity = Math.max(MIN_CAPACITY, payloads.length * 2);
  writeFileAtomic(file, slotFileBytes(kind, slotBytes, capacity, payloads, cryptoIndex).bytes);
}

/** The slot file's records where a damaged header or length hides its layout: the slot size
 *  that reads the most valid records. */
function bestEffortScan(buf: Buffer): SlotScan {
  const h = readHeader(buf);
  const sizes: number[] = [];
  if (typeof h !== 'string') sizes.push(h.slotBytes);
  else for (let s = MIN_SLOT_BYTES; s <= MAX_SLOT_BYTES; s *= 2) sizes.push(s);
  let best: SlotScan | null = null;
  for (const size of sizes) {
    const scan = scanBody(buf, size, Math.max(0, Math.ceil(buf.length / size) - 1), 1);
    if (!best || scan.records.length > best.records.length) best = scan;
  }
  return best ?? scanBody(buf, MIN_SLOT_BYTES, 0, 1);
}

/** A slot file keeps its valid records (the first of two with one id); a log of an earlier
 *  version, its valid lines. */
function salvageRecords(
  dataDir: string,
  name: string,
  kind: string,
  check: (payload: string) => { id: string; canonical: string } | null,
  keep: (file: string) => string,
): RecoveryStep | null {
  const file = path.join(dataDir, name);
  if (!fs.existsSync(file)) {
    const old = legacyName(file);
    return fs.existsSync(old) ? salvageLog(dataDir, path.basename(old), check, keep) : null;
  }
  const buf = fs.readFileSync(file);
  let scan: SlotScan;
  let problem: string | null = null;
  try {
    scan = scanSlots(buf, kind);
  } catch (e) {
    if (!(e instanceof SlotFormatError)) throw e;
    problem = e.reason;
    scan = bestEffortScan(buf);
  }
  const dropped = scan.bad.map((i) => i + 1);
  const seen = new Map<string, string>();
  for (const r of scan.records) {
    // A record whose stored digest is not its own was changed and its checksum made good.
    const c = storedDigestOk(scan, r) ? check(r.payload) : null;
    const known = c ? seen.get(c.id) : undefined;
    if (!c || (known !== undefined && known !== c.canonical)) dropped.push(r.slot + 1);
    else if (known === undefined) seen.set(c.id, c.canonical);
  }
  if (problem === null && dropped.length === 0) return null;
  const keptAs = keep(file);
  const good = [...seen.values()].map((c) => c.replace(/\n$/, ''));
  writeSlots(file, kind, Math.max(scan.slotBytes, MIN_SLOT_BYTES), good);
  dropped.sort((a, b) => a - b);
  return {
    file: name,
    action: 'salvaged',
    reason: [problem, `${dropped.length} slot(s) not valid records`]
      .filter((x) => x !== null)
      .join('; '),
    keptAs,
    dropped,
    unit: 'slot',
  };
}
