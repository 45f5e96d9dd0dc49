/**
 * Checks an exported audit trail (audit-log.jsonl): every line chained to the one before by
 * SHA-256, no gap, no cut. `verifyAuditFile` is what `npm run tally -- --verify-audit FILE`
 * calls; run directly (`tsx src-main/cli/verify-audit.ts FILE`) it prints the verdict in
 * French and English and exits 0 when the trail is intact, 1 when it is not, 2 on bad usage.
 */
import { readFileSync } from 'node:fs';
import { runDirectly } from './run-directly';
import { verifyAuditText, type AuditVerification } from '../core/audit-log';

export interface AuditFileVerdict extends AuditVerification {
  file: string;
  /** One line for people, French then English. */
  summary: string;
}

export function verifyAuditFile(
  file: string,
  readFile: (f: string) => string = (f) => readFileSync(f, 'utf8'),
): AuditFileVerdict {
  let text: string;
  try {
    text = readFile(file);
  } catch (e) {
    const reason = (e as Error).message;
    return {
      file,
      valid: false,
      entries: [],
      problem: { line: 0, reason: `unreadable: ${reason}` },
      summary: `${file} : illisible / unreadable (${reason})`,
    };
  }
  const v = verifyAuditText(text);
  const n = v.entries.length;
  const summary = v.valid
    ? `${file} : journal intact, ${n} entrées / audit trail intact, ${n} entries`
    : `${file} : journal altéré à la ligne ${v.problem?.line} (${v.problem?.reason}) / audit trail broken at line ${v.problem?.line}`;
  return { ...v, file, summary };
}

function main(argv: readonly string[]): number {
  const files = argv.filter((a) => !a.startsWith('--'));
  if (files.length === 0) {
    console.error('Usage : verify-audit FICHIER.jsonl / usage: verify-audit FILE.jsonl');
    return 2;
  }
  let ok = true;
  for (const f of files) {
    const v = verifyAuditFile(f);
    (v.valid ? console.log : console.error)(v.summary);
    ok &&= v.valid;
  }
  return ok ? 0 : 1;
}

if (runDirectly(import.meta.url, 'verify-audit')) process.exitCode = main(process.argv.slice(2));
