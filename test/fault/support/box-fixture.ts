/** A real ballot box in a temporary folder, with an injected clock, for unit and fault tests. */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { scanSlots, slotBlock } from '../../../src-main/core/slot-file';
import os from 'node:os';
import path from 'node:path';
import { BallotBox, type BoxDeps } from '../../../src-main/core/ballot-box';
import { defaultElection } from '../../../src-main/core/default-election';
import type { Election } from '../../../shared/domain/election';

export const OPTIONS = defaultElection.options.map((o) => o.id);

export function tempDir(prefix = 'priorites-unit-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export class Clock {
  constructor(public ms = Date.parse('2021-03-20T10:00:00Z')) {}
  now = (): Date => new Date(this.ms);
  advance(seconds: number): void {
    this.ms += seconds * 1000;
  }
}

export function boxDeps(dataDir: string, over: Partial<BoxDeps> = {}): BoxDeps {
  return {
    dataDir,
    defaultElection,
    now: new Clock().now,
    randomBytes: (n) => randomBytes(n),
    pid: process.pid,
    isAlive: () => false,
    appVersion: 'test',
    ...over,
  };
}

export const ballotId = (): string => randomBytes(16).toString('hex');

export interface OpenedBox {
  box: BallotBox;
  codes: string[];
}

/** Opens a vote on the default election; with `codes`, also issues that many codes for FR. */
export function openedBox(
  dataDir: string,
  opts: { codes?: number; batchSize?: number; over?: Partial<BoxDeps> } = {},
): OpenedBox {
  const box = new BallotBox(boxDeps(dataDir, opts.over));
  const election: Election = {
    ...box.election,
    eligibility: opts.codes ? 'codes' : 'open',
    results: { ...box.election.results, batchSize: opts.batchSize ?? 5 },
  };
  box.updateElection(election);
  const codes = opts.codes ? box.generateCodes('FR', opts.codes) : [];
  box.open();
  return { box, codes };
}

/**
 * The records of a slot file (src-main/core/slot-file.ts) in file order, with their slot
 * index; none when it does not exist.
 */
export function readSlots(file: string): { slot: number; payload: string }[] {
  if (!fs.existsSync(file)) return [];
  return scanSlots(fs.readFileSync(file), slotKind(file)).records;
}

/**
 * Writes a record into the first free slot of a slot file, as a crash between two writes of a
 * cast would have left it (the file must exist).
 */
export function putRecord(file: string, payload: string): void {
  const bytes = fs.readFileSync(file);
  const scan = scanSlots(bytes, slotKind(file));
  const slot = scan.free[0];
  if (slot === undefined) throw new Error(`no free slot in ${file}`);
  slotBlock(payload, scan.slotBytes).copy(bytes, (slot + 1) * scan.slotBytes);
  fs.writeFileSync(file, bytes);
}

/** The records of a slot file, parsed as JSON (ballots, outbox) in file order. */
export function readSlotJson(file: string): unknown[] {
  return readSlots(file).map((r) => JSON.parse(r.payload) as unknown);
}

const slotKind = (file: string): string => {
  const base = path.basename(file);
  return base.startsWith('burned')
    ? 'burned-codes'
    : base.startsWith('outbox')
      ? 'outbox'
      : 'ballots';
};

/** Every complete line of a JSONL file, parsed. */
export function readJsonl(file: string): unknown[] {
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as unknown);
}
