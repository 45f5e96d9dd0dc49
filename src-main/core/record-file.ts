/**
 * Reading a file of records for its owner (the ballots, the burned codes, the outbox): the
 * slot file (slot-file.ts) when there is one, else the line log of earlier versions
 * (`*.jsonl`, appended in casting order), which the owner converts on its first write.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DamagedFileError } from './document-store';
import { fsyncDir } from './durable-file';
import { scanSlots, SlotFormatError, type SlotScan } from './slot-file';

/** A record's SHA-256 as its slot stores it: 32 bytes of `buf` from `at`. */
export interface StoredDigest {
  buf: Buffer;
  at: number;
}

export interface ReadRecords {
  /** The payloads, in file order. */
  records: string[];
  /**
   * The i-th record's stored SHA-256 (of its text and a newline); null where there is none (a
   * log, a slot file of the first format, or a reading that rederives).
   */
  storedDigest: (i: number) => StoredDigest | null;
  /** Where the i-th record is, for a damaged-file message: « slot 4 », « line 2 ». */
  where: (i: number) => string;
  scan: SlotScan | null;
  /**
   * Set when the records came from a log of an earlier version, still to convert; also when
   * a conversion was cut between writing the slot file and removing the log (`stale`: the
   * records are the slot file's, the log only has to go).
   */
  legacy: { file: string; tornTail: string | null; stale?: true } | null;
}

/** The text of the slot file of the same name in place of `*.jsonl`, for earlier versions. */
export const legacyName = (file: string): string => file.replace(/\.slots$/, '.jsonl');

/**
 * Throws DamagedFileError naming the file when it cannot be read as records.
 * @param rederive leave out the stored digests, so that the reader hashes every record (the
 *   staff's integrity check and recovery: a record changed with its checksum made good again
 *   then no longer matches the seal either)
 */
export function readRecords(file: string, kind: string, rederive = false): ReadRecords {
  if (fs.existsSync(file)) {
    let scan: SlotScan;
    try {
      scan = scanSlots(fs.readFileSync(file), kind);
    } catch (e) {
      if (e instanceof SlotFormatError) throw new DamagedFileError(file, e.reason);
      throw e;
    }
    const bad = scan.bad[0];
    if (bad !== undefined)
      throw new DamagedFileError(file, `slot ${bad + 1} is damaged (checksum)`);
    const old = legacyName(file);
    const recs = scan.records;
    return {
      records: recs.map((r) => r.payload),
      storedDigest: (i) => {
        const at = rederive ? -1 : (recs[i]?.digestAt ?? -1);
        return at >= 0 ? { buf: scan.buf, at } : null;
      },
      where: (i) => `slot ${(recs[i]?.slot ?? 0) + 1}`,
      scan,
      legacy:
        old !== file && fs.existsSync(old) ? { file: old, tornTail: null, stale: true } : null,
    };
  }
  const old = legacyName(file);
  if (old !== file && fs.existsSync(old)) {
    const text = fs.readFileSync(old, 'utf8');
    const lines = text.split('\n');
    const last = lines.pop() as string; // '' or a line cut by a crash, which the log drops
    const records: string[] = [];
    const lineNo: number[] = [];
    for (const [i, l] of lines.entries())
      if (l !== '') {
        records.push(l);
        lineNo.push(i + 1);
      }
    return {
      records,
      storedDigest: () => null,
      where: (i) => `line ${lineNo[i] ?? 0}`,
      scan: null,
      legacy: { file: old, tornTail: last === '' ? null : last },
    };
  }
  return { records: [], storedDigest: () => null, where: () => '', scan: null, legacy: null };
}

/** Once its records are safely in the slot file, the old log goes. */
export function removeLegacy(legacyFile: string): void {
  fs.rmSync(legacyFile, { force: true });
  fsyncDir(path.dirname(legacyFile));
}
