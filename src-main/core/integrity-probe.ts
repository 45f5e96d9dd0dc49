/**
 * The staff check: reads every sealed file of the box again from disk, without writing
 * anything, and compares what they hold with the seal (box/seal.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { verifyAuditText } from './audit-log';
import { BallotSet } from './ballot-set';
import { BurnedCodes } from './burned-codes';
import type { CastIntent, CastJournal } from './cast-journal';
import { DamagedFileError } from './document-store';
import { SEALED_FILE, type DataFolder } from './box/data-folder';
import { EMPTY_MARK, fileMark, mismatchReason, sealMismatches, type Seal } from './seal';

export class BallotBoxProbe {
  constructor(
    private readonly folder: DataFolder,
    private readonly batchSize: number,
  ) {}

  /** Throws DamagedFileError naming the first file that is unreadable or differs from its seal. */
  verify(journal: CastJournal, auditFile: string): void {
    const found = this.found(auditFile);
    if (!fs.existsSync(journal.file))
      throw new DamagedFileError(journal.file, 'missing, although the vote already has data');
    const stored = journal.seal();
    const m = stored ? sealMismatches(found, stored.seal, stored.before)[0] : undefined;
    if (m)
      throw new DamagedFileError(
        path.join(this.folder.dir, SEALED_FILE[m.part]),
        mismatchReason(m),
      );
  }

  /**
   * What the sealed files hold (with `intent`: once the opening has replayed that cast, which
   * the journal still holds); DamagedFileError when one cannot even be read.
   */
  found(auditFile: string, intent: CastIntent | null = null): Seal {
    // Every record hashed anew: the opening trusts the digests each slot stores (vouched for
    // by its checksum); this check, run by staff and by recovery, trusts nothing but the seal.
    const rederive = { rederive: true };
    const real = new BallotSet(this.folder.file('ballots'), this.batchSize, rederive);
    const test = new BallotSet(this.folder.file('testBallots'), this.batchSize, rederive);
    const burned = new BurnedCodes(this.folder.file('burned'), rederive);
    const doc = (k: 'state' | 'settings' | 'codes') => fileMark(this.folder.file(k));
    const audit = verifyAuditText(
      fs.existsSync(auditFile) ? fs.readFileSync(auditFile, 'utf8') : '',
    );
    // A last entry cut by a crash is not damage; the seal tells whether it was one.
    if (!audit.valid && audit.problem?.reason !== 'last line cut')
      throw new DamagedFileError(
        auditFile,
        `line ${audit.problem?.line}: ${audit.problem?.reason}`,
      );
    const last = audit.entries.at(-1);
    return {
      state: doc('state'),
      settings: doc('settings'),
      ballots: after(real, intent && !intent.test ? intent : null),
      testBallots: after(test, intent?.test ? intent : null),
      burned: intent?.codeHash ? burned.markAfter(intent.codeHash) : burned.mark,
      codes: doc('codes'),
      audit: last ? { count: last.seq, digest: last.hash } : EMPTY_MARK,
    };
  }
}

/** A set's mark once an intent's ballot is in it (the replay writes it only when missing). */
const after = (set: BallotSet, intent: CastIntent | null) =>
  intent === null || set.has(intent.ballot.id) ? set.mark : set.markAfter([intent.ballot]);
