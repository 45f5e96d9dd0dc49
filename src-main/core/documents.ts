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

export const CodesDocSchema = z.strictObject({
  version: z.literal(1),
  salt: z.string(),
  codes: z.array(
    z.strictObject({ hash: z.string().regex(/^[0-9a-f]{64}$/), section: SectionIdSchema }),
  ),
});
export type CodesDoc = z.infer<typeof CodesDocSchema>;
