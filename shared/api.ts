/**
 * THE contract between the renderer and the main process. IPC and HTTP carry exactly these
 * methods and events; the main process validates every input against these schemas whatever
 * the renderer promised, and answers errors only with the codes listed here (the renderer
 * translates them through its catalog).
 */
import { z } from 'zod';
import type { EventName } from './bridge';
import { BallotIdSchema } from './domain/ballot';
import {
  ElectionSchema,
  LangSchema,
  SectionIdSchema,
  SlugSchema,
  type Election,
} from './domain/election';
import type { ElectionTally, Tally } from './tally/types';
import type { TieBreakOutcome } from './tally/tie-break';

// ---------------------------------------------------------------- errors

export const ERROR_CODES = [
  'bad-request',
  'minutes-need-export',
  'unknown-method',
  'not-found',
  'internal',
  'forbidden',
  'staff-only',
  'vote-not-open',
  'invalid-ranking',
  'unknown-section',
  'ballot-id-conflict',
  'code-required',
  'code-malformed',
  'code-unknown',
  'code-used',
  'code-rate-limited',
  'disk-full',
  'storage-failed',
  'pin-not-set',
  'pin-already-set',
  'pin-wrong',
  'pin-locked',
  'pin-too-short',
  'election-invalid',
  'election-locked',
  'entitled-would-drop',
  'wrong-state',
  'test-ballots-present',
  'export-failed',
  'export-no-space',
  'export-read-only',
  'export-verify-failed',
  'import-invalid',
  'drive-not-found',
  'not-supported',
  'device-unpaired',
  'device-revoked',
  'device-role',
  'pairing-code-invalid',
  'pairing-rate-limited',
  'hub-unreachable',
  'hub-certificate',
  'box-damaged',
  'pin-unproven',
  'nothing-to-repair',
] as const;
export const ErrorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

export const ApiErrorBodySchema = z.strictObject({
  code: ErrorCodeSchema,
  /** English, for logs and the CLI; the UI shows the catalog text for `code`. */
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  issues: z
    .array(
      z.strictObject({
        path: z.string(),
        message: z.string(),
        /** A catalog code for this one issue (e.g. a CSV problem), with its parameters. */
        code: z.string().optional(),
        params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
      }),
    )
    .optional(),
});
export type ApiIssue = NonNullable<ApiErrorBody['issues']>[number];

/**
 * What can be wrong in an election file, as catalog codes: such an issue has the code
 * `election.<code>` (src-main/core/election-issues.ts); the console has a sentence for each.
 */
export const ELECTION_ISSUE_CODES = [
  'required',
  'expected-string',
  'expected-number',
  'expected-integer',
  'expected-boolean',
  'expected-object',
  'expected-array',
  'not-one-of',
  'text-empty',
  'text-too-short',
  'text-too-long',
  'too-few-items',
  'too-many-items',
  'number-too-small',
  'number-too-big',
  'bad-slug',
  'bad-section-id',
  'bad-format',
  'unknown-keys',
  'duplicate-option-id',
  'duplicate-section-id',
  'min-ranked-too-big',
  'duplicate-tie-break',
  'lot-not-last',
  'not-json',
  'invalid',
] as const;
export type ElectionIssueCode = (typeof ELECTION_ISSUE_CODES)[number];
export type ApiErrorBody = z.infer<typeof ApiErrorBodySchema>;

/** Thrown by the main process, rejected by every client with the same body. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly params?: Record<string, string | number>,
    readonly issues?: ApiIssue[],
  ) {
    super(message);
    this.name = 'ApiError';
  }
  toBody(): ApiErrorBody {
    return {
      code: this.code,
      message: this.message,
      ...(this.params ? { params: this.params } : {}),
      ...(this.issues ? { issues: this.issues } : {}),
    };
  }
  static fromBody(b: ApiErrorBody): ApiError {
    return new ApiError(b.code, b.message, b.params, b.issues);
  }
}

/** HTTP status for each error code (IPC ignores it). */
export const httpStatus = (code: ErrorCode): number => {
  switch (code) {
    case 'unknown-method':
    case 'not-found':
    case 'drive-not-found':
      return 404;
    case 'device-unpaired':
    case 'device-revoked':
      return 401;
    case 'forbidden':
    case 'staff-only':
    case 'device-role':
    case 'pin-wrong':
      return 403;
    case 'pin-locked':
    case 'code-rate-limited':
    case 'pairing-rate-limited':
      return 429;
    case 'ballot-id-conflict':
    case 'code-used':
    case 'vote-not-open':
    case 'wrong-state':
    case 'election-locked':
    case 'entitled-would-drop':
    case 'pin-already-set':
    case 'test-ballots-present':
      return 409;
    case 'disk-full':
    case 'storage-failed':
    case 'export-failed':
    case 'export-no-space':
    case 'export-read-only':
    case 'export-verify-failed':
      return 507;
    case 'internal':
      return 500;
    case 'not-supported':
      return 501;
    case 'hub-unreachable':
    case 'hub-certificate':
      return 502;
    case 'box-damaged':
      return 503;
    case 'pin-unproven':
      return 403;
    case 'nothing-to-repair':
      return 409;
    default:
      return 400;
  }
};

// ---------------------------------------------------------------- shared shapes

export const StatusSchema = z.enum(['preparation', 'open', 'closed']);
export type Status = z.infer<typeof StatusSchema>;

const ElectionOut = z.custom<Election>();
const TallyOut = z.custom<Tally>();
const TieBreakOut = z.custom<TieBreakOutcome>();
const ElectionTallyOut = z.custom<ElectionTally>();

/** What a kiosk needs to show the ballot; never any result. */
export const KioskStateSchema = z.object({
  election: ElectionOut,
  status: StatusSchema,
  /** In preparation, staff may allow test ballots: they are marked and purged before opening. */
  testMode: z.boolean(),
  /** The section this kiosk records when no code says otherwise. */
  section: SectionIdSchema,
  language: LangSchema,
  /** True when a voter can cast now (open, or preparation with test mode). */
  accepting: z.boolean(),
  /**
   * Only on a kiosk joined to a hub: whether the hub answers now and how many ballots this
   * kiosk still holds for it (the staff's discreet indicator; voters are told only when their
   * vote needs the hub at once: a code or a test ballot, src-renderer/kiosk/hub-wait.ts).
   */
  link: z
    .object({
      reachable: z.boolean(),
      waiting: z.number().int(),
      /**
       * Why the hub refuses this kiosk, when it does: `certificate` (something on the line
       * presents another certificate than the one paired with), `revoked` (staff took it out).
       */
      problem: z.enum(['certificate', 'revoked']).optional(),
    })
    .optional(),
});
export type KioskState = z.infer<typeof KioskStateSchema>;

export const HiddenReasonSchema = z.enum(['below-threshold', 'hidden-until-close', 'no-ballots']);
export type HiddenReason = z.infer<typeof HiddenReasonSchema>;

export const ResultViewSchema = z.object({
  /** 'ALL' for the pooled ballots of every section, else a section id. */
  view: z.string(),
  ballots: z.number().int(),
  blank: z.number().int(),
  entitled: z.number().int().nullable(),
  hidden: HiddenReasonSchema.nullable(),
  tally: TallyOut.nullable(),
  /** The declared tie-break rules applied to the primary order; null when none are declared. */
  tieBreak: TieBreakOut.nullable(),
});
export type ResultView = z.infer<typeof ResultViewSchema>;

/** What the projector may show: only released batches, hidden sections blanked. */
export const PublicResultsSchema = z.object({
  election: ElectionOut,
  status: StatusSchema,
  testMode: z.boolean(),
  /** How many ballots the slide reflects (a multiple of the batch size until close). */
  released: z.number().int(),
  revealed: z.boolean(),
  views: z.array(ResultViewSchema),
});
export type PublicResults = z.infer<typeof PublicResultsSchema>;

export const DriveSchema = z.object({
  id: z.string(),
  label: z.string(),
  mountpoint: z.string(),
  sizeBytes: z.number().nullable(),
});
export type Drive = z.infer<typeof DriveSchema>;

/** A screen the desktop app can put the projector window on. */
export const DisplayInfoSchema = z.object({
  id: z.number().int(),
  label: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  primary: z.boolean(),
  /** The projector (results) window is on this display now. */
  projector: z.boolean(),
});
export type DisplayInfo = z.infer<typeof DisplayInfoSchema>;

/** Every staff action the audit trail records; the console has a sentence for each. */
export const AUDIT_ACTIONS = [
  'store-opened',
  'torn-line-dropped',
  'pin-set',
  'pin-failed',
  'pin-locked',
  'staff-login',
  'election-loaded',
  'election-edited',
  'test-mode',
  'test-purged',
  'opened',
  'closed',
  'revealed',
  'draw-seed',
  'entitled-set',
  'kiosk-section-set',
  'codes-generated',
  'exported',
  'imported',
  'new-election',
  'quit-allowed',
  'recovered-from-backup',
  'log-salvaged',
  'slots-salvaged',
  'store-converted',
  'seal-unproven',
  'console-recovery',
  'code-guesses-limited',
  'pairing-code-issued',
  'pairing-failed',
  'pairing-limited',
  'device-paired',
  'device-revoked',
  'network-mode',
  'joined-hub',
  'left-hub',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AuditEntrySchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  action: z.string(),
  details: z.record(z.string(), z.unknown()),
  prev: z.string(),
  hash: z.string(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export const StaffOverviewSchema = z.object({
  status: StatusSchema,
  election: ElectionOut,
  testMode: z.boolean(),
  testBallots: z.number().int(),
  ballots: z.number().int(),
  bySection: z.record(z.string(), z.number().int()),
  entitled: z.record(z.string(), z.number().int()),
  kioskSection: SectionIdSchema,
  language: LangSchema,
  revealed: z.boolean(),
  drawSeed: z.string().nullable(),
  codes: z.object({ generated: z.number().int(), used: z.number().int() }),
  results: ElectionTallyOut.nullable(),
  dataDir: z.string(),
  canQuit: z.boolean(),
});
export type StaffOverview = z.infer<typeof StaffOverviewSchema>;

export const ExportReportSchema = z.object({
  folder: z.string(),
  files: z.array(z.object({ name: z.string(), bytes: z.number().int(), sha256: z.string() })),
  ballots: z.number().int(),
});
export type ExportReport = z.infer<typeof ExportReportSchema>;

export const ImportReportSchema = z.object({
  added: z.number().int(),
  alreadyPresent: z.number().int(),
  files: z.array(z.object({ name: z.string(), sha256: z.string(), ballots: z.number().int() })),
});
export type ImportReport = z.infer<typeof ImportReportSchema>;

/** A file of the box that does not hold what was recorded (the opening or the staff check). */
export const DamageSchema = z.object({ file: z.string(), reason: z.string() });
export type Damage = z.infer<typeof DamageSchema>;

/** One step of a recovery, as `npm run recover` prints it and the console shows it. */
export const RecoveryStepSchema = z.object({
  /** File name inside the data folder. */
  file: z.string(),
  action: z.enum(['restored', 'salvaged', 'unrecoverable', 'unproven']),
  /** The developer's reason (English); the console and the CLI show a sentence instead. */
  reason: z.string(),
  from: z.string().optional(),
  keptAs: z.string().optional(),
  dropped: z.array(z.number().int()).optional(),
  /** What `dropped` numbers: slots of a slot file, or lines of a log of an earlier version. */
  unit: z.enum(['line', 'slot']).optional(),
});
export type RecoveryStepOut = z.infer<typeof RecoveryStepSchema>;

export const RecoveryReportSchema = z.object({
  steps: z.array(RecoveryStepSchema),
  /** The box opened after the recovery: the console goes on as usual, kiosks can vote. */
  opened: z.boolean(),
  /** When it still does not open: the file that stops it now. */
  damage: DamageSchema.nullable(),
});
export type RecoveryReport = z.infer<typeof RecoveryReportSchema>;

const Empty = z.strictObject({});
/**
 * A new election without a section that has an entitled count drops that count: the box
 * refuses (`entitled-would-drop`, naming the sections) unless staff confirmed it.
 */
const DropEntitled = z.boolean().optional();
const Ok = z.object({ ok: z.literal(true) });
const Pin = z.string().regex(/^[0-9]{4,12}$/, '4 to 12 digits');
const Code = z.string().min(1).max(40);
/** A random id a kiosk page draws at start-up: names the kiosk, never a voter. */
const KioskId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, '8 to 64 letters, digits, - or _');

// ---------------------------------------------------------------- devices (several kiosks)

export const DeviceRoleSchema = z.enum(['kiosk', 'projector']);
export type DeviceRole = z.infer<typeof DeviceRoleSchema>;

/** A paired device as the console lists it. Counts are per device, never per ballot. */
export const DeviceInfoSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: DeviceRoleSchema,
  /** The section a kiosk records; null for a projector. */
  section: SectionIdSchema.nullable(),
  online: z.boolean(),
  /** ISO time of the last request, null if none since the hub started. */
  lastContact: z.string().nullable(),
  /** Ballots the hub newly recorded from this device (a resent one is not counted again). */
  received: z.number().int(),
  /** Ballots an app kiosk still holds for the hub (it reports it); null if never reported. */
  waiting: z.number().int().nullable(),
});
export type DeviceInfo = z.infer<typeof DeviceInfoSchema>;

export const NetworkStatusSchema = z.object({
  on: z.boolean(),
  port: z.number().int(),
  /** https://address:port for each of the hub's non-loopback addresses. */
  addresses: z.array(z.string()),
  /** SHA-256 of the certificate (hex, colon-separated), pinned by app kiosks. */
  fingerprint: z.string(),
  /** base64 SHA-256 of the public key, for Chromium's --ignore-certificate-errors-spki-list. */
  spki: z.string(),
});
export type NetworkStatus = z.infer<typeof NetworkStatusSchema>;

export const PairingOfferSchema = z.object({
  code: z.string(),
  expiresAt: z.string(),
  role: DeviceRoleSchema,
  section: SectionIdSchema.nullable(),
  /** What the QR code holds: a priorites-join: URL with address, code and fingerprint. */
  link: z.string(),
});
export type PairingOffer = z.infer<typeof PairingOfferSchema>;

/** A pairing code: 8 characters of the code alphabet (about 39 bits), single use. */
export const PairingCodeSchema = z
  .string()
  .transform((s) => s.toUpperCase().replace(/[\s-]/g, ''))
  .pipe(z.string().regex(/^[23456789ABCDEFGHJKMNPQRSTVWXYZ]{8}$/, '8 code characters'));

/** A hub announced on the local network (mDNS, src-main/core/network/hub-discovery.ts). */
export const FoundHubSchema = z.object({
  name: z.string(),
  host: z.string(),
  port: z.number().int(),
  fingerprint: z.string(),
});
export type FoundHub = z.infer<typeof FoundHubSchema>;

/** What this device is: its own ballot box, or a kiosk or projector of a hub. */
export const JoinStatusSchema = z.object({
  mode: z.enum(['standalone', 'kiosk', 'projector']),
  /** The hub paired with; null when stand-alone. */
  hub: z.object({ address: z.string(), fingerprint: z.string(), name: z.string() }).nullable(),
  /** The section a joined kiosk records (given by the hub at pairing); null otherwise. */
  section: SectionIdSchema.nullable(),
  reachable: z.boolean(),
  /** Ballots a joined kiosk still holds for the hub. */
  waiting: z.number().int(),
  problem: z.enum(['certificate', 'revoked']).nullable(),
  /**
   * Whether this device may join a hub now: only while its own box is in preparation, holds
   * no ballot and is not itself a hub on the network.
   */
  canJoin: z.boolean(),
});
export type JoinStatus = z.infer<typeof JoinStatusSchema>;

// ---------------------------------------------------------------- methods

/**
 * Who may call a method. On the loopback listeners (IPC, 127.0.0.1 HTTP) everything but
 * `staff` is open as before. On the network listener: `kiosk` needs a kiosk device token,
 * `projector` a projector token, `pairing` nothing (it is how a token is obtained, rate
 * limited), and `public` and `staff` are refused: staff work at the hub, and a device token
 * never opens a staff method.
 */
export type Access = 'public' | 'staff' | 'kiosk' | 'projector' | 'pairing';
interface Endpoint {
  input: z.ZodType;
  output: z.ZodType;
  access: Access;
}
const endpoint = <I extends z.ZodType, O extends z.ZodType>(
  access: Access,
  input: I,
  output: O,
) => ({
  access,
  input,
  output,
});

export const contract = {
  'kiosk.state': endpoint('kiosk', Empty, KioskStateSchema),
  'kiosk.checkCode': endpoint(
    'kiosk',
    z.strictObject({ code: Code }),
    z.object({ section: SectionIdSchema }),
  ),
  'kiosk.cast': endpoint(
    'kiosk',
    z.strictObject({
      /** Chosen by the kiosk (128 random bits) so that a retried cast is recorded once. */
      ballotId: BallotIdSchema,
      ranking: z.array(SlugSchema).max(20),
      section: SectionIdSchema.optional(),
      code: Code.optional(),
    }),
    z.object({ recorded: z.literal(true), duplicate: z.boolean() }),
  ),
  /**
   * "A voter is midway on this kiosk" (or no longer), repeated every few seconds while true;
   * held in memory only and forgotten soon without a refresh (src-main/core/kiosk-presence.ts).
   */
  'kiosk.presence': endpoint('kiosk', z.strictObject({ kiosk: KioskId, midway: z.boolean() }), Ok),
  'results.get': endpoint('projector', Empty, PublicResultsSchema),

  /** A device trades a pairing code for its token (network listener only). */
  'device.pair': endpoint(
    'pairing',
    z.strictObject({ code: PairingCodeSchema, name: z.string().trim().min(1).max(60) }),
    z.object({
      token: z.string(),
      deviceId: z.string(),
      role: DeviceRoleSchema,
      section: SectionIdSchema.nullable(),
    }),
  ),
  /** An app kiosk says how many ballots it still holds for the hub (network listener only). */
  'device.report': endpoint(
    'kiosk',
    z.strictObject({ waiting: z.number().int().min(0).max(10_000_000) }),
    Ok,
  ),
  'staff.network': endpoint('staff', Empty, NetworkStatusSchema),
  'staff.setNetwork': endpoint('staff', z.strictObject({ on: z.boolean() }), NetworkStatusSchema),
  'staff.newPairingCode': endpoint(
    'staff',
    z.strictObject({ role: DeviceRoleSchema, section: SectionIdSchema.nullable() }),
    PairingOfferSchema,
  ),
  'staff.devices': endpoint('staff', Empty, z.object({ devices: z.array(DeviceInfoSchema) })),
  'staff.revokeDevice': endpoint('staff', z.strictObject({ id: z.string().max(64) }), Ok),

  /** This device's link to a hub (local PIN; never on the network listener). */
  'join.status': endpoint('staff', Empty, JoinStatusSchema),
  'join.findHubs': endpoint('staff', Empty, z.object({ hubs: z.array(FoundHubSchema) })),
  /** Pairs this device with a hub: its address, the code staff read there, the QR's fingerprint. */
  'join.pair': endpoint(
    'staff',
    z.strictObject({
      address: z.string().trim().min(1).max(300),
      code: PairingCodeSchema,
      fingerprint: z.string().trim().max(200).optional(),
      name: z.string().trim().min(1).max(60),
    }),
    JoinStatusSchema,
  ),
  /**
   * A joined kiosk's ballots as a ballots CSV for the hub's import (every ballot it took,
   * shuffled): for those it still held when the hub closed.
   */
  'join.exportOutbox': endpoint(
    'staff',
    Empty,
    z.object({ csv: z.string(), ballots: z.number().int(), unreadable: z.number().int() }),
  ),
  /** Back to stand-alone. Refused while ballots still wait for the hub. */
  'join.unpair': endpoint('staff', z.strictObject({ confirm: z.literal(true) }), JoinStatusSchema),

  /**
   * `damaged`: the box could not open (damaged mode, src-main/core/damaged-service.ts);
   * `pinUnproven`: no stored PIN can be proven then, so nobody can sign in here.
   */
  'staff.pinStatus': endpoint(
    'public',
    Empty,
    z.object({
      pinSet: z.boolean(),
      damaged: z.boolean().optional(),
      pinUnproven: z.boolean().optional(),
    }),
  ),
  'staff.setPin': endpoint('public', z.strictObject({ pin: Pin }), z.object({ token: z.string() })),
  'staff.login': endpoint(
    'public',
    z.strictObject({ pin: z.string().max(40) }),
    z.object({ token: z.string() }),
  ),
  'staff.logout': endpoint('staff', Empty, Ok),
  'staff.overview': endpoint('staff', Empty, StaffOverviewSchema),
  'staff.loadElection': endpoint(
    'staff',
    z.strictObject({ json: z.string().max(1_000_000), dropEntitled: DropEntitled }),
    Ok,
  ),
  'staff.useDefaultElection': endpoint('staff', z.strictObject({ dropEntitled: DropEntitled }), Ok),
  'staff.updateElection': endpoint(
    'staff',
    z.strictObject({ election: ElectionSchema, dropEntitled: DropEntitled }),
    Ok,
  ),
  'staff.setTestMode': endpoint('staff', z.strictObject({ on: z.boolean() }), Ok),
  'staff.purgeTestBallots': endpoint('staff', Empty, z.object({ purged: z.number().int() })),
  'staff.open': endpoint('staff', Empty, Ok),
  'staff.close': endpoint('staff', z.strictObject({ confirm: z.literal(true) }), Ok),
  /** How many kiosks have a voter midway now (asked before closing the vote). */
  'staff.kioskPresence': endpoint('staff', Empty, z.object({ midway: z.number().int() })),
  'staff.reveal': endpoint('staff', Empty, Ok),
  /** The procès-verbal of the latest export made after the close (it cites that export's hashes). */
  'staff.minutes': endpoint('staff', Empty, z.object({ pdfBase64: z.string() })),
  'staff.drawSeed': endpoint(
    'staff',
    z.strictObject({ seed: z.string().trim().min(1).max(64) }),
    Ok,
  ),
  'staff.newElection': endpoint('staff', z.strictObject({ confirm: z.literal(true) }), Ok),
  'staff.setEntitled': endpoint(
    'staff',
    z.strictObject({
      section: SectionIdSchema,
      count: z.number().int().min(0).max(10_000_000).nullable(),
    }),
    Ok,
  ),
  'staff.setKioskSection': endpoint('staff', z.strictObject({ section: SectionIdSchema }), Ok),
  'staff.setLanguage': endpoint('staff', z.strictObject({ language: LangSchema }), Ok),
  'staff.generateCodes': endpoint(
    'staff',
    z.strictObject({ section: SectionIdSchema, count: z.number().int().min(1).max(5000) }),
    z.object({ codes: z.array(z.string()) }),
  ),
  'staff.listDrives': endpoint('staff', Empty, z.object({ drives: z.array(DriveSchema) })),
  'staff.export': endpoint(
    'staff',
    z.strictObject({ folder: z.string().min(1).max(4096) }),
    ExportReportSchema,
  ),
  'staff.import': endpoint(
    'staff',
    z.strictObject({
      files: z
        .array(
          z.strictObject({
            name: z.string().min(1).max(255),
            content: z.string().max(200_000_000),
          }),
        )
        .min(1)
        .max(50),
    }),
    ImportReportSchema,
  ),
  'staff.audit': endpoint(
    'staff',
    Empty,
    z.object({ entries: z.array(AuditEntrySchema), valid: z.boolean() }),
  ),
  /**
   * Every file of the box read again and compared with its seal; a damaged file stops the
   * vote (casts are refused) until staff recover.
   */
  'staff.checkIntegrity': endpoint(
    'staff',
    Empty,
    z.object({ sound: z.boolean(), file: z.string().nullable(), reason: z.string().nullable() }),
  ),
  /** The damage that stops the box now (at opening or found by a check), or null. */
  'staff.damage': endpoint(
    'staff',
    Empty,
    z.object({ damage: DamageSchema.nullable(), language: LangSchema.nullable() }),
  ),
  /**
   * The recovery of `npm run recover`, from the console: damaged originals copied to damaged/,
   * what can be proven put back, then the box opened again. Only while a damage stops it.
   */
  'staff.recover': endpoint(
    'staff',
    z.strictObject({ confirm: z.literal(true) }),
    RecoveryReportSchema,
  ),
  'staff.allowQuit': endpoint('staff', z.strictObject({ allow: z.boolean() }), Ok),
  /** Desktop app only (the host answers not-supported): the displays and the projector's. */
  'staff.listDisplays': endpoint(
    'staff',
    Empty,
    z.object({ displays: z.array(DisplayInfoSchema) }),
  ),
  'staff.moveProjector': endpoint(
    'staff',
    z.strictObject({ displayId: z.number().int() }),
    z.object({ displays: z.array(DisplayInfoSchema) }),
  ),
} as const satisfies Record<string, Endpoint>;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type Input<M extends MethodName> = z.input<Contract[M]['input']>;
export type Output<M extends MethodName> = z.output<Contract[M]['output']>;
export const METHOD_NAMES = Object.keys(contract) as MethodName[];
export const isMethodName = (s: string): s is MethodName => Object.hasOwn(contract, s);

// ---------------------------------------------------------------- pushed events

export { BRIDGE_NAME, EVENT_NAMES, type EventName } from './bridge';

export const events = {
  /** The projector's snapshot changed (a batch was released, a reveal, a close). */
  results: PublicResultsSchema,
  /** The kiosk must refresh its state (opened, closed, election changed, section changed). */
  kiosk: KioskStateSchema,
  /**
   * Something on the staff overview changed (a ballot, a step of the vote, a setting): staff
   * screens reload it. Empty on purpose: the stream is public, the overview is not.
   */
  staff: z.strictObject({}),
} as const satisfies Record<EventName, z.ZodType>;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

/** The one interface screens use; the entry point chooses IPC or HTTP. */
export interface ApiClient {
  call<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
  /**
   * Told each time the push stream (re)opens: what was pushed before may not have arrived, so
   * a screen loads its value again. A transport without a stream to miss (IPC) never tells.
   */
  onStreamOpen(listener: () => void): () => void;
  /** Staff session token, attached by the transport to staff calls. */
  setToken(token: string | null): void;
}

/** The envelope both transports carry for one call. */
export const CallEnvelopeSchema = z.strictObject({
  method: z.string().max(64),
  input: z.unknown(),
  token: z.string().max(128).nullable().optional(),
});
export type CallEnvelope = z.infer<typeof CallEnvelopeSchema>;

export const CallResultSchema = z.union([
  z.strictObject({ ok: z.literal(true), value: z.unknown() }),
  z.strictObject({ ok: z.literal(false), error: ApiErrorBodySchema }),
]);
export type CallResult = z.infer<typeof CallResultSchema>;
