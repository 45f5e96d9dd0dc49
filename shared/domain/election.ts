import { z } from 'zod';

/** The languages of the interface and of election texts. French comes first and is the fallback. */
export const LANGS = ['fr', 'nl', 'en'] as const;
export const LangSchema = z.enum(LANGS);
export type Lang = z.infer<typeof LangSchema>;

const text = (max: number) => z.string().trim().min(1).max(max);

/** A text in several languages; French is required because it is the fallback. */
export const LocalizedTextSchema = (max = 4000) =>
  z.strictObject({ fr: text(max), nl: text(max).optional(), en: text(max).optional() });
export type LocalizedText = z.infer<ReturnType<typeof LocalizedTextSchema>>;

export const SlugSchema = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'lowercase letters, digits and dashes');

export const SectionIdSchema = z
  .string()
  .min(1)
  .max(8)
  .regex(/^[A-Z][A-Z0-9]*$/, 'capital letters and digits, such as FR or BE');

export const OptionSchema = z.strictObject({
  id: SlugSchema,
  title: LocalizedTextSchema(200),
  description: LocalizedTextSchema(4000).optional(),
});
export type ElectionOption = z.infer<typeof OptionSchema>;

export const SectionSchema = z.strictObject({
  id: SectionIdSchema,
  name: LocalizedTextSchema(80),
  /**
   * The languages its members read, main one first (Belgium: Dutch and French). Printed code
   * slips carry their texts in each; without it they are in the staff's language.
   */
  languages: z.array(LangSchema).min(1).max(LANGS.length).optional(),
});
export type Section = z.infer<typeof SectionSchema>;

export const METHODS = ['borda', 'schulze', 'kemeny', 'copeland', 'irv'] as const;
export const MethodSchema = z.enum(METHODS);
export type Method = z.infer<typeof MethodSchema>;

/**
 * Declared before the vote, applied in this order to ties of the primary order (see
 * shared/tally/tie-break.ts): more first choices, head-to-head between the tied options, a
 * public draw by lot from a seed staff enter in front of the room.
 */
export const TIE_BREAK_RULES = ['first-choices', 'head-to-head', 'lot'] as const;
export const TieBreakRuleSchema = z.enum(TIE_BREAK_RULES);
export type TieBreakRule = z.infer<typeof TieBreakRuleSchema>;

export const RulesSchema = z.strictObject({
  /** How many options a ballot must rank at least; equal to the number of options for a full ranking. */
  minRanked: z.number().int().min(1),
  /** Whether "Je ne souhaite pas classer" is offered. */
  allowBlank: z.boolean(),
});

export const ResultsPolicySchema = z.strictObject({
  /** live: released in batches while voting; hidden: only participation until staff reveal. */
  policy: z.enum(['live', 'hidden']),
  /** New ballots reach the projector only in groups of this size (and at close). */
  batchSize: z.number().int().min(1).max(1000),
  /** A section's results stay hidden until it has at least this many ballots. */
  minBallots: z.number().int().min(1).max(1000),
});

export const KioskSettingsSchema = z.strictObject({
  shuffleOptions: z.boolean(),
  inactivitySeconds: z.number().int().min(15).max(3600),
});

export const ElectionSchema = z
  .strictObject({
    id: SlugSchema,
    title: LocalizedTextSchema(200),
    question: LocalizedTextSchema(2000),
    context: z.array(LocalizedTextSchema(2000)).max(10),
    options: z.array(OptionSchema).min(2).max(20),
    sections: z.array(SectionSchema).min(1).max(10),
    eligibility: z.enum(['open', 'codes']),
    rules: RulesSchema,
    results: ResultsPolicySchema,
    kiosk: KioskSettingsSchema,
    method: MethodSchema,
    /** Absent or empty: ties are shown as ties. */
    tieBreak: z.array(TieBreakRuleSchema).max(TIE_BREAK_RULES.length).optional(),
  })
  .superRefine((e, ctx) => {
    const dup = <T>(xs: T[]) => xs.find((x, i) => xs.indexOf(x) !== i);
    const d1 = dup(e.options.map((o) => o.id));
    if (d1)
      ctx.addIssue({ code: 'custom', path: ['options'], message: `duplicate option id "${d1}"` });
    const d2 = dup(e.sections.map((s) => s.id));
    if (d2)
      ctx.addIssue({ code: 'custom', path: ['sections'], message: `duplicate section id "${d2}"` });
    const tb = e.tieBreak ?? [];
    const d3 = dup(tb);
    if (d3)
      ctx.addIssue({ code: 'custom', path: ['tieBreak'], message: `rule "${d3}" listed twice` });
    if (tb.includes('lot') && tb[tb.length - 1] !== 'lot')
      ctx.addIssue({
        code: 'custom',
        path: ['tieBreak'],
        message: 'the draw by lot breaks every tie, so it must come last',
      });
    if (e.rules.minRanked > e.options.length)
      ctx.addIssue({
        code: 'custom',
        path: ['rules', 'minRanked'],
        message: `cannot exceed the number of options (${e.options.length})`,
      });
  });
export type Election = z.infer<typeof ElectionSchema>;

/** The text in the wanted language, French when that language is missing. */
export const localize = (t: LocalizedText, lang: Lang): string => t[lang] ?? t.fr;
