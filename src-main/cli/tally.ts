/**
 * Recount CLI: `npm run tally -- FILE.csv [FILE.csv …] [--json] [--election FILE.json] [--lang fr|nl|en]`.
 * Merges ballots exports (a ballot id seen twice is counted once; the same id with other
 * contents is an error), refuses ballots of another election, and prints every method per
 * section and combined. Runs under plain Node: no electron. `--report-rss` (hidden, for the
 * benchmark) prints the peak resident memory and the CPU time on stderr.
 * `npm run tally -- --verify-audit audit-log.jsonl` checks an exported audit trail's hash
 * chain instead: exit 0 when intact, 1 naming the first bad line.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ElectionSchema, type Election, type TieBreakRule } from '../../shared/domain/election';
import { breakTies } from '../../shared/tally/tie-break';
import { tallyElection } from '../../shared/tally';
import type { ElectionTally, RankingGroup, Tally, Tiers } from '../../shared/tally';
import type { AuditCheckReason } from '../../shared/i18n/audit';
import { LOCALES } from '../../shared/i18n/message-format';
import { CliError } from './cli-error';
import { mergeBallotFiles } from './merge-files';
import type { ApiIssue } from '../../shared/api';
import { electionIssues, notJsonIssue } from '../core/election-issues';
import {
  catalogs,
  electionIssueText,
  isCliLang,
  fill,
  type CliCatalog,
  type CliLang,
} from './messages';
import { verifyAuditFile } from './verify-audit';
import { runDirectly } from './run-directly';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readFile: (file: string) => string;
  exists: (file: string) => boolean;
}

const realIo: CliIo = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  // Decoding after the BOM keeps an ASCII file a one-byte string: half the memory, faster.
  readFile: (f) => {
    const buf = readFileSync(f);
    return buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf
      ? buf.toString('utf8', 3)
      : buf.toString('utf8');
  },
  exists: (f) => existsSync(f),
};

interface Args {
  files: string[];
  audits: string[];
  json: boolean;
  election: string | null;
  lang: CliLang;
  reportRss: boolean;
  /** The seed of the draw by lot; else the manifest's drawSeed. */
  seed: string | null;
}

function parseArgs(argv: readonly string[], m: CliCatalog): Args {
  const a: Args = {
    files: [],
    audits: [],
    json: false,
    election: null,
    lang: 'fr',
    reportRss: false,
    seed: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i] as string;
    if (x === '--json') a.json = true;
    else if (x === '--report-rss') a.reportRss = true;
    else if (x === '--election' && argv[i + 1] !== undefined) a.election = argv[++i] as string;
    else if (x === '--seed' && argv[i + 1] !== undefined) a.seed = argv[++i] as string;
    else if (x === '--verify-audit' && argv[i + 1] !== undefined)
      a.audits.push(argv[++i] as string);
    else if (x === '--lang' && isCliLang(argv[i + 1])) a.lang = argv[++i] as CliLang;
    else if (x.startsWith('--'))
      throw new CliError(`${fill(m.lang, m.unknownFlag, { flag: x })}\n${m.usage}`);
    else a.files.push(x);
  }
  if (a.audits.length > 0 && a.files.length > 0)
    throw new CliError(`${m.auditWithCsv}\n${m.usage}`);
  if (a.files.length === 0 && a.audits.length === 0) throw new CliError(`${m.noFiles}\n${m.usage}`);
  return a;
}

/** The file, then each issue on its own line in the staff's words. */
const badElection = (file: string, m: CliCatalog, issues: readonly ApiIssue[]) =>
  new CliError(
    [`${file}: ${m.badElection}`, ...issues.map((i) => `  ${electionIssueText(m.lang, i)}`)].join(
      '\n',
    ),
  );

function readElection(file: string, io: CliIo, m: CliCatalog, fromManifest: boolean): Election {
  let raw: unknown;
  try {
    raw = JSON.parse(io.readFile(file));
  } catch (e) {
    throw badElection(file, m, [notJsonIssue((e as Error).message)]);
  }
  // --election takes a bare election or a manifest; a manifest holds it under `election`.
  const candidate =
    raw !== null &&
    typeof raw === 'object' &&
    'election' in raw &&
    (fromManifest || typeof raw.election === 'object')
      ? raw.election
      : raw;
  const parsed = ElectionSchema.safeParse(candidate);
  if (!parsed.success) {
    throw badElection(file, m, electionIssues(parsed.error.issues, candidate));
  }
  return parsed.data;
}

export function main(argv: readonly string[], io: CliIo = realIo): number {
  const asked = argv.includes('--lang') ? argv[argv.indexOf('--lang') + 1] : undefined;
  const lang: CliLang = isCliLang(asked) ? asked : 'fr';
  const m = catalogs[lang];
  try {
    const args = parseArgs(argv, m);
    if (args.audits.length > 0) return verifyAudits(args, io, m);
    const result = run(args, io, m);
    io.stdout(args.json ? `${JSON.stringify(result.json, null, 2)}\n` : result.text);
    if (args.reportRss) {
      const u = process.resourceUsage();
      io.stderr(`maxRSS_kb=${u.maxRSS} cpu_us=${u.userCPUTime + u.systemCPUTime}\n`);
    }
    return 0;
  } catch (e) {
    if (e instanceof CliError) {
      io.stderr(`${e.message}\n`);
      return 1;
    }
    throw e;
  }
}

/** Each trail's verdict on its own line (stdout when intact, stderr when not). */
function verifyAudits(args: Args, io: CliIo, m: CliCatalog): number {
  const verdicts = args.audits.map((file) => {
    const v = verifyAuditFile(file, io.readFile);
    const p = v.problem;
    const unreadable = p?.line === 0 && p.reason.startsWith('unreadable: ');
    const text = !p
      ? fill(m.lang, m.auditIntact, { file, count: v.entries.length })
      : unreadable
        ? fill(m.lang, m.auditUnreadable, { file, reason: p.reason.slice('unreadable: '.length) })
        : fill(m.lang, m.auditBroken, {
            file,
            line: String(p.line),
            reason: m.auditReasons[p.reason as AuditCheckReason] ?? p.reason,
          });
    return { file, valid: v.valid, entries: v.entries.length, problem: p, text };
  });
  if (args.json)
    io.stdout(
      `${JSON.stringify(
        verdicts.map(({ text: _t, ...rest }) => rest),
        null,
        2,
      )}\n`,
    );
  else for (const v of verdicts) (v.valid ? io.stdout : io.stderr)(`${v.text}\n`);
  return verdicts.every((v) => v.valid) ? 0 : 1;
}

function run(args: Args, io: CliIo, m: CliCatalog): { json: unknown; text: string } {
  // The election definition: --election, else manifest.json beside the files (all the same).
  let election: Election | null = args.election ? readElection(args.election, io, m, false) : null;
  let seed = args.seed;
  for (const f of args.files) {
    const manifest = path.join(path.dirname(f), 'manifest.json');
    if (seed === null && io.exists(manifest)) seed = manifestSeed(io.readFile(manifest));
  }
  if (!election)
    for (const f of args.files) {
      const manifest = path.join(path.dirname(f), 'manifest.json');
      if (!io.exists(manifest)) continue;
      const e = readElection(manifest, io, m, true);
      if (election && e.id !== election.id)
        throw new CliError(
          `${manifest}: ${fill(m.lang, m.manifestsDiffer, { a: election.id, b: e.id })}`,
        );
      election ??= e;
    }

  const { shapes, perShape, duplicates, optionCount, electionId } = mergeBallotFiles(
    args.files,
    io.readFile,
    election,
    m,
  );
  const expectedElection = electionId;

  let options: string[];
  let sections: string[];
  const warnings: string[] = [];
  if (election) {
    options = election.options.map((o) => o.id);
    sections = election.sections.map((s) => s.id);
  } else {
    // Without a definition the file is all we know: its ids, in order of first appearance.
    const seen = new Set<string>();
    const seenSections = new Set<string>();
    // Shapes are numbered in the order of their first ballot, so this is ballot order.
    for (const b of shapes) {
      seenSections.add(b.section);
      for (const o of b.ranking) seen.add(o);
    }
    options = [...seen];
    sections = [...seenSections];
    const columns = optionCount ?? 0;
    if (options.length > columns)
      throw new CliError(
        `${args.files[0] ?? ''}: ${fill(m.lang, m.tooManyOptions, { seen: options.length, columns })}`,
      );
    if (options.length < columns)
      warnings.push(fill(m.lang, m.fewerOptionsSeen, { columns, seen: options.length }));
  }

  // Identical rows share a shape, so the shapes with their numbers of ballots are the groups.
  const groups = new Map<string, RankingGroup[]>(sections.map((s) => [s, []]));
  shapes.forEach((b, k) =>
    groups.get(b.section)?.push({ ranking: b.ranking, count: perShape[k] as number }),
  );
  const t = tallyElection(options, sections, groups, election?.method ?? 'borda');
  for (const w of warnings) io.stderr(`${w}\n`);
  if (duplicates > 0) io.stderr(`${fill(m.lang, m.duplicatesMerged, { count: duplicates })}\n`);

  const json = {
    election: expectedElection ?? null,
    files: args.files,
    duplicates,
    primary: t.primary,
    ballots: t.ballots,
    blank: t.blank,
    sections: t.sections,
    combined: t.combined,
    bySection: t.bySection,
    tieBreak: tieBreakJson(t, election?.tieBreak ?? [], seed),
  };
  return {
    json,
    text: renderText(expectedElection ?? '?', t, m, election, args.lang, seed),
  };
}

function renderText(
  electionId: string,
  t: ElectionTally,
  m: CliCatalog,
  e: Election | null,
  lang: CliLang,
  seed: string | null,
): string {
  const num = (n: number) => n.toLocaleString(LOCALES[lang]);
  const title = (o: string) => {
    const opt = e?.options.find((x) => x.id === o);
    return opt ? `${o} (${opt.title[lang] ?? opt.title.fr})` : o;
  };
  const out: string[] = [];
  const counts = (x: { ballots: number; blank: number }) =>
    fill(lang, m.ballots, { ballots: x.ballots, blank: x.blank });
  out.push(`${m.election} ${electionId} — ${counts(t)}`, '');
  const scopes: [string, Tally][] = [
    ...t.sections.map((s): [string, Tally] => [`${m.section} ${s}`, t.bySection[s] as Tally]),
    [m.combined, t.combined],
  ];
  for (const [label, x] of scopes) {
    out.push(`== ${label} — ${counts(x)} ==`);
    const line = (tiers: Tiers, score?: (o: string) => string) =>
      tiers
        .map(
          (tier, i) =>
            `${i + 1}${tier.length > 1 ? '=' : '.'} ${tier.map((o) => (score ? `${o} ${score(o)}` : o)).join(' = ')}`,
        )
        .join('   ');
    const mark = (method: string) => (method === x.primary ? ` (${m.primary})` : '');
    out.push(
      `${m.methods.borda}${mark('borda')}${m.colon}${line(x.orders.borda, (o) => `[${fill(lang, m.points, { points: x.borda[o] ?? 0 })}]`)}`,
    );
    out.push(`${m.methods.schulze}${mark('schulze')}${m.colon}${line(x.orders.schulze)}`);
    out.push(
      `${m.methods.copeland}${mark('copeland')}${m.colon}${line(x.orders.copeland, (o) => `[${num(x.copeland[o] ?? 0)}]`)}`,
    );
    out.push(`${m.methods.irv}${mark('irv')}${m.colon}${line(x.orders.irv)}`);
    out.push(
      `${m.methods.kemeny}${mark('kemeny')}${m.colon}${line(x.kemeny.tiers)}   (${fill(lang, m.kemenyDetail, { score: x.kemeny.score, orders: x.kemeny.total })})`,
    );
    out.push(
      `${m.condorcetWinner}${m.colon}${x.condorcetWinner ?? m.none}   ${m.condorcetLoser}${m.colon}${x.condorcetLoser ?? m.none}`,
    );
    out.push(
      x.agreement.allSame
        ? m.agreementSame
        : `${m.agreementDiffers}${m.colon}${x.agreement.differing.map((d) => `${m.methods[d.method]} (#${d.firstDifference + 1})`).join(', ')}`,
    );
    const rules = e?.tieBreak ?? [];
    if (rules.length > 0) out.push(...tieBreakLines(x, rules, seed, m, lang));
    out.push(
      `${m.firstChoices}${m.colon}${x.options.map((o) => `${o} ${num(x.firstChoices[o] ?? 0)}`).join(', ')}`,
    );
    out.push(`${m.duels}${m.colon.trimEnd()}`);
    const w = Math.max(...x.options.map((o) => o.length), 6);
    out.push(`  ${''.padEnd(w)} ${x.options.map((o) => o.padStart(w)).join(' ')}`);
    for (const a of x.options)
      out.push(
        `  ${a.padEnd(w)} ${x.options.map((b) => (a === b ? '—' : num(x.pairwise[a]?.[b] ?? 0)).padStart(w)).join(' ')}`,
      );
    out.push('');
  }
  if (e) out.push(...e.options.map((o) => `  ${title(o.id)}`), '');
  return `${out.join('\n')}\n`;
}

/** The draw seed an export's manifest recorded, if any. */
function manifestSeed(text: string): string | null {
  try {
    const seed = (JSON.parse(text) as { drawSeed?: unknown }).drawSeed;
    return typeof seed === 'string' ? seed : null;
  } catch {
    return null; // readElection reports a bad manifest in words.
  }
}

function tieBreakJson(t: ElectionTally, rules: readonly TieBreakRule[], seed: string | null) {
  if (rules.length === 0) return null;
  return {
    rules,
    seed,
    combined: breakTies(t.combined, rules, seed),
    bySection: Object.fromEntries(
      t.sections.map((s) => [s, breakTies(t.bySection[s] as Tally, rules, seed)]),
    ),
  };
}

function tieBreakLines(
  x: Tally,
  rules: readonly TieBreakRule[],
  seed: string | null,
  m: CliCatalog,
  lang: CliLang,
): string[] {
  const tb = breakTies(x, rules, seed);
  const tiers = (order: Tiers) => order.map((tier) => tier.join(' = ')).join(' > ');
  const out = [`${m.tieBreak.title}${m.colon}${rules.map((r) => m.tieBreak.rules[r]).join(', ')}`];
  if (tb.decisions.length === 0 && tb.awaitingDraw.length === 0) out.push(`  ${m.tieBreak.none}`);
  for (const d of tb.decisions)
    out.push(
      `  ${fill(lang, m.tieBreak.decided, { tied: d.tied.join(', '), rule: m.tieBreak.rules[d.rule], order: tiers(d.order) })}`,
    );
  for (const w of tb.awaitingDraw)
    out.push(`  ${fill(lang, m.tieBreak.waiting, { tied: w.join(', ') })}`);
  if (seed !== null && rules.includes('lot'))
    out.push(`  ${fill(lang, m.tieBreak.seed, { seed })}`);
  return out;
}

if (runDirectly(import.meta.url, 'tally')) {
  process.exitCode = main(process.argv.slice(2));
}
