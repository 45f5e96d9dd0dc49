/**
 * The damaged mode: the API of a box that a damaged file stopped at opening. Same contract,
 * same transports, same checks (call-checks.ts); it answers only what staff need to repair
 * from the console. Kiosks and the projector are told `box-damaged` (the kiosk shows « Appelez
 * l'équipe »); staff sign in with the PIN the damaged box can prove (damaged-box.ts), see the
 * damage, and ask for the recovery; every other call is refused with `box-damaged`. Nothing
 * here writes to a file of the box: only the recovery does, when staff confirm it.
 */
import { ApiError, type CallResult, type MethodName, type RecoveryReport } from '../../shared/api';
import type { BoxApi } from './api-service';
import { failure, parseCall, refusalOf } from './call-checks';
import type { DamagedBox } from './damaged-box';
import type { StaffSessions } from './staff-sessions';

export interface DamagedServiceDeps {
  box: DamagedBox;
  sessions: StaffSessions;
  recover: () => Promise<RecoveryReport>;
}

const ok = { ok: true as const };

export class DamagedService implements BoxApi {
  private readonly handlers: Partial<Record<MethodName, (input: unknown) => unknown>>;

  constructor(private readonly deps: DamagedServiceDeps) {
    const { box, sessions } = deps;
    this.handlers = {
      // A kiosk keeps telling whether a voter is midway; harmless, and nothing to keep.
      'kiosk.presence': () => ok,
      'staff.pinStatus': () => ({ pinSet: true, damaged: true, pinUnproven: !box.pinProven }),
      'staff.login': (input) => {
        box.verifyPin((input as { pin: string }).pin);
        return { token: sessions.start() };
      },
      'staff.logout': () => ok,
      'staff.damage': () => ({ damage: box.damage, language: box.proven?.language ?? null }),
      'staff.checkIntegrity': () => ({
        sound: false,
        file: box.damage.file,
        reason: box.damage.reason,
      }),
      'staff.recover': () => deps.recover(),
    };
  }

  refusal(method: string, token: string | null | undefined) {
    return refusalOf(method, token, this.deps.sessions);
  }

  async call(raw: unknown): Promise<CallResult> {
    try {
      const { method, data, token } = parseCall(raw, this.deps.sessions);
      const handler = this.handlers[method];
      // Setting a PIN here would let anyone at a kiosk repair: refused like everything else.
      if (!handler)
        throw new ApiError(
          'box-damaged',
          `The file ${this.deps.box.damage.file} is damaged: only staff can repair it, from the console.`,
          { file: this.deps.box.damage.file },
        );
      const value = await handler(data);
      if (method === 'staff.logout' && token) this.deps.sessions.end(token);
      return { ok: true, value };
    } catch (e) {
      return failure(e);
    }
  }

  /** Nothing is pushed while damaged; the recoverable service pushes when the box opens. */
  on(): () => void {
    return () => {};
  }

  status(): 'preparation' {
    return 'preparation';
  }

  /** No vote can run: quitting is allowed, so that staff can always stop the app. */
  canQuit(): boolean {
    return true;
  }

  shutdown(): void {}

  endAllSessions(): void {
    this.deps.sessions.endAll();
  }
}
