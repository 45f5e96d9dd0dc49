/**
 * The procès-verbal of the vote: the document the board signs for its minutes. One part per
 * language (the election's, then the main language of each section where it differs). It says
 * the day of the vote and never a time of casting; every figure comes from the same tally as
 * the exported results, so the recount CLI on ballots.csv gives the same numbers.
 */
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import { localize, type Election, type Lang } from '../../../shared/domain/election';
import { formatDay } from '../../../shared/i18n/dates';
import { formatMessage } from '../../../shared/i18n/message-format';
import { minutesCatalogs } from '../../../shared/i18n/minutes';
import { Face } from '../../../shared/pdf/face';
import { breakTies } from '../../../shared/tally/tie-break';
import type { ElectionTally, Tally, Tiers } from '../../../shared/tally/types';
import { Layout, WIDTH, type Cell } from './pdf-layout';

export interface MinutesFonts {
  regular: readonly Uint8Array[];
  bold: readonly Uint8Array[];
}

export interface MinutesInput {
  election: Election;
  /** The staff's language; the sections' main languages add parts after it. */
  lang: Lang;
  tally: ElectionTally;
  entitled: Record<string, number>;
  drawSeed: string | null;
  /** The day of the close (only the day is printed). */
  day: Date;
  ballotsSha256: string;
  manifestSha256: string;
  auditHead: string;
}

/** The languages of the parts: the election's first, then each section's main one. */
export function minutesLanguages(e: Election, lang: Lang): Lang[] {
  const out: Lang[] = [lang];
  for (const s of e.sections) {
    const main = s.languages?.[0];
    if (main && !out.includes(main)) out.push(main);
  }
  return out;
}

export async function procesVerbal(input: MinutesInput, fonts: MinutesFonts): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const embed = (files: readonly Uint8Array[]) =>
    Promise.all(files.map((f) => doc.embedFont(f, { subset: true })));
  const regular = new Face(await embed(fonts.regular));
  const bold = new Face(await embed(fonts.bold));
  const layout = new Layout(doc, regular, bold);
  const langs = minutesLanguages(input.election, input.lang);
  const partOf: number[] = [];
  for (const lang of langs) {
    layout.newPage();
    writePart(layout, input, lang, langs.length > 1);
    while (partOf.length < layout.pages.length) partOf.push(langs.indexOf(lang));
  }
  layout.numberPages((page, pages) =>
    formatMessage(
      langs[partOf[page - 1] ?? 0] as Lang,
      minutesCatalogs[langs[partOf[page - 1] ?? 0] as Lang].page,
      {
        page,
        pages,
      },
    ),
  );
  doc.setTitle(minutesCatalogs[input.lang].title);
  doc.setLanguage(input.lang);
  // A fixed date keeps the file the same for the same vote (no time of writing inside).
  doc.setCreationDate(input.day);
  doc.setModificationDate(input.day);
  doc.setProducer('Priorités');
  doc.setCreator('Priorités');
  return doc.save();
}

function writePart(l: Layout, i: MinutesInput, lang: Lang, withPartName: boolean): void {
  const c = minutesCatalogs[lang];
  const f = (template: string, params: Record<string, string | number> = {}) =>
    formatMessage(lang, template, params);
  const e = i.election;
  const t = i.tally;
  const title = (id: string) => {
    const o = e.options.find((x) => x.id === id);
    return o ? localize(o.title, lang) : id;
  };
  const sectionName = (id: string) => {
    const s = e.sections.find((x) => x.id === id);
    return s ? localize(s.name, lang) : id;
  };
  const number = (n: number) => f('{n, number}', { n });

  l.text(c.title, 20, { bold: true });
  if (withPartName) l.text(c.part, 10);
  l.space(6);
  l.text(localize(e.title, lang), 14, { bold: true });
  l.text(f(c.question, { question: localize(e.question, lang) }), 11);
  l.text(f(c.date, { date: formatDay(lang, i.day) }), 11);

  // Participation
  l.heading(c.sections.participation);
  const row = (name: string, entitled: number | null, voted: number, blank: number): Cell[] => [
    { text: name },
    { text: entitled === null ? c.unknown : number(entitled), align: 'right' },
    { text: number(voted), align: 'right' },
    {
      text: entitled ? f('{p, number, ::percent .0}', { p: voted / entitled }) : '—',
      align: 'right',
    },
    { text: number(blank), align: 'right' },
  ];
  const sections = e.sections.map((s) => s.id);
  const allEntitled = sections.every((s) => i.entitled[s] !== undefined)
    ? sections.reduce((n, s) => n + (i.entitled[s] ?? 0), 0)
    : null;
  l.table(
    [WIDTH - 4 * 85, 85, 85, 85, 85],
    [
      [c.columns.view, c.columns.entitled, c.columns.voted, c.columns.turnout, c.columns.blank].map(
        (text, k) => ({ text, align: k === 0 ? 'left' : 'right' }) as Cell,
      ),
      ...sections.map((s) =>
        row(
          sectionName(s),
          i.entitled[s] ?? null,
          t.bySection[s]?.ballots ?? 0,
          t.bySection[s]?.blank ?? 0,
        ),
      ),
      ...(sections.length > 1
        ? [
            row(c.combined, allEntitled, t.combined.ballots, t.combined.blank).map((x) => ({
              ...x,
              bold: true,
            })),
          ]
        : []),
    ],
  );

  // Rules
  l.heading(c.sections.rules);
  const full = e.rules.minRanked >= e.options.length;
  l.text(
    f(c.ranking, { full: String(full), min: e.rules.minRanked, options: e.options.length }),
    10,
  );
  l.text(e.rules.allowBlank ? c.blankAllowed : c.blankRefused, 10);
  l.text(c.eligibility[e.eligibility], 10);

  // Method and scores
  const tb = e.tieBreak?.length ? breakTies(t.combined, e.tieBreak, i.drawSeed) : null;
  const order: Tiers = tb?.order ?? t.combined.primaryOrder;
  l.heading(c.sections.method);
  l.text(c.methodPlain[e.method], 10);
  l.space(4);
  const scoreOf = (o: string) => scoreText(t.combined, o, number);
  l.heading(c.sections.order, 12);
  const rows: Cell[][] = [
    [{ text: c.rank }, { text: '' }, { text: c.scoreHeader[e.method], align: 'right' }],
  ];
  let rank = 1;
  for (const tier of order) {
    for (const o of tier)
      rows.push([
        { text: tier.length > 1 ? `${rank} (${c.tied})` : String(rank) },
        { text: title(o), bold: rank === 1 },
        { text: scoreOf(o), align: 'right' },
      ]);
    rank += tier.length;
  }
  l.table([90, WIDTH - 90 - 90, 90], rows, 10);
  if (sections.length > 1)
    for (const s of sections) {
      const st = t.bySection[s];
      if (!st || st.ballots === 0) continue;
      const tiers = e.tieBreak?.length
        ? breakTies(st, e.tieBreak, i.drawSeed).order
        : st.primaryOrder;
      l.space(4);
      l.text(
        f(c.sectionOrder, { section: sectionName(s), order: tiersText(tiers, title, c.tied) }),
        9,
      );
    }

  // Tie-break
  l.heading(c.sections.tieBreak);
  if (!tb) l.text(c.tieNone, 10);
  else {
    l.text(
      f(c.tieDeclared, { rules: (e.tieBreak ?? []).map((r) => c.tieRules[r]).join(', ') }),
      10,
    );
    if (tb.decisions.length === 0 && tb.awaitingDraw.length === 0) l.text(c.tieNothingToBreak, 10);
    for (const d of tb.decisions)
      l.text(
        f(c.tieDecided, {
          tied: d.tied.map(title).join(', '),
          rule: c.tieRules[d.rule],
          order: tiersText(d.order, title, c.tied),
        }),
        10,
      );
    for (const w of tb.awaitingDraw)
      l.text(f(c.tieAwaitingDraw, { tied: w.map(title).join(', ') }), 10);
    if (i.drawSeed !== null && (e.tieBreak ?? []).includes('lot'))
      l.text(f(c.tieSeed, { seed: i.drawSeed }), 10);
  }

  // Method check
  l.heading(c.sections.check);
  const differing = t.combined.agreement.differing;
  l.text(
    differing.length === 0
      ? c.checkSame
      : f(c.checkDiffers, {
          methods: differing.map((d) => c.methodName[d.method]).join(', '),
          count: differing.length,
        }),
    10,
  );

  // Head to head
  l.heading(c.sections.headToHead);
  l.text(c.h2hNote, 9);
  l.space(3);
  const opts = e.options.map((o) => o.id);
  const first = 150;
  const cw = (WIDTH - first) / opts.length;
  l.table(
    [first, ...opts.map(() => cw)],
    [
      // Numbered columns: long theme titles fit only in the rows.
      [{ text: '' }, ...opts.map((_, k) => ({ text: String(k + 1), align: 'right' as const }))],
      ...opts.map((a, k) => [
        { text: `${k + 1}. ${title(a)}`, bold: true },
        ...opts.map((b) => ({
          text: a === b ? '—' : number(t.combined.pairwise[a]?.[b] ?? 0),
          align: 'right' as const,
        })),
      ]),
    ],
    8.5,
  );

  // Rank distribution
  l.heading(c.sections.distribution);
  l.text(c.distNote, 9);
  l.space(4);
  const nonBlank = t.combined.ballots - t.combined.blank;
  l.bars(
    opts.map((o) => ({
      label: title(o),
      shares: (t.combined.rankDistribution[o] ?? []).map((n) => (nonBlank > 0 ? n / nonBlank : 0)),
    })),
    [...opts.map((_, k) => f(c.rankLabel, { k: k + 1 })), c.unranked],
  );

  // Integrity. A hash is compared digit by digit, so it never breaks across lines: its column
  // holds 64 of the widest hex digit (the digits' widths differ by half in this font).
  l.heading(c.sections.integrity);
  const HASH_SIZE = 8.5;
  const digit = Math.max(...[...'0123456789abcdef'].map((d) => l.textWidth(d, HASH_SIZE)));
  const hashW = Math.ceil(64 * digit) + 8;
  l.table(
    [WIDTH - hashW, hashW],
    [
      [{ text: c.ballotsHash }, { text: i.ballotsSha256 }],
      [{ text: c.manifestHash }, { text: i.manifestSha256 }],
      [{ text: c.auditHead }, { text: i.auditHead }],
    ],
    HASH_SIZE,
    false,
  );

  // Signatures, with their heading on the same page.
  l.keep(190);
  l.heading(c.sections.signatures);
  l.signatures([c.chair, c.signature], [c.secretary, c.signature]);
}

function tiersText(tiers: Tiers, title: (id: string) => string, tied: string): string {
  return tiers
    .map((tier) =>
      tier.length > 1 ? `${tier.map(title).join(' = ')} (${tied})` : title(tier[0] as string),
    )
    .join(' > ');
}

function scoreText(t: Tally, o: string, number: (n: number) => string): string {
  switch (t.primary) {
    case 'borda':
      return number(t.borda[o] ?? 0);
    case 'copeland':
      return number(t.copeland[o] ?? 0);
    case 'irv':
      return number(t.irvRounds[0]?.counts[o] ?? 0);
    default:
      return number(t.firstChoices[o] ?? 0);
  }
}
