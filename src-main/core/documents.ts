/** The shapes of the lowdb documents kept in the data folder. */
import { z } from 'zod';
import { StatusSchema } from '../../shared/api';
import { ElectionSchema, LangSchema, SectionIdSchema } from '../../shared/domain/election';

export const StateDocSchema = z.strictObject({
  version: z.literal(1),
  election: ElectionSchema,
  status: StatusSchema,
  testMode: z.boolean(),
  revealed: z.boolean(),
  /** The seed of the draw by lot, entered by staff in front of the room after the close. */
  drawSeed: z.string().optional(),
  entitled: z.record(z.string(), z.number().int().min(0)),
});
export type StateDoc = z.infer<typeof StateDocSchema>;

export const SettingsDocSchema = z.strictObject({
  version: z.literal(1),
  kioskSection: SectionIdSchema,
  language: LangSchema,
  pin: z.strictObject({ salt: z.string(), hash: z.string() }).nullable(),
  pinFailures: z.number().int().min(0),
  lockedUntil: z.string().nullable(),
});
export type SettingsDoc = z.infer<typeof SettingsDocSchema>;

/** One issued code's salted hash: 64 hex digits. */
export const CODE_HASH_CHARS = 64;

/** The first version: one object per issued code (read, and rewritten as version 2 at the next write). */
const CodesDocV1Schema = z.strictObject({
  version: z.literal(1),
  salt: z.string(),
  codes: z.array(
    z.strictObject({ hash: z.string().regex(/^[0-9a-f]{64}$/), section: SectionIdSchema }),
  ),
});

/**
 * Each section's issued code hashes, end to end in one string: 100,000 codes are 6.4 MB in
 * place of 11.7, and read in a fifth of the time (no object per code to build and check).
 */
const HashRunSchema = z
  .string()
  .regex(/^[0-9a-f]*$/)
  .refine((s) => s.length % CODE_HASH_CHARS === 0, {
    message: `not a whole number of ${CODE_HASH_CHARS}-digit code hashes`,
  });

const CodesDocV2Schema = z.strictObject({
  version: z.literal(2),
  salt: z.string(),
  sections: z.record(SectionIdSchema, HashRunSchema),
});

export const CodesDocSchema = z
  .discriminatedUnion('version', [CodesDocV2Schema, CodesDocV1Schema])
  .transform((d): CodesDoc => {
    if (d.version === 2) return d;
    const sections: Record<string, string> = {};
    for (const c of d.codes) sections[c.section] = (sections[c.section] ?? '') + c.hash;
    return { version: 2, salt: d.salt, sections };
  });
export type CodesDoc = z.infer<typeof CodesDocV2Schema>;

/** Every issued code hash of a codes document, with its section. */
export function* issuedCodes(d: CodesDoc): Generator<{ hash: string; section: string }> {
  for (const [section, run] of Object.entries(d.sections))
    for (let i = 0; i < run.length; i += CODE_HASH_CHARS)
      yield { hash: run.slice(i, i + CODE_HASH_CHARS), section };
}
