/**
 * What the hub's network listener lets a paired device do. Every request names its device by
 * token; the gate refuses the unpaired and the revoked, checks the device's role against the
 * method's access in shared/api.ts, and only then hands the call to the one ApiService, under
 * the device's own name for the code-guess limiter. Staff and public methods are never open on
 * the network: staff work at the hub, and a device token never stands for the PIN.
 *
 * A kiosk records for its own section: `kiosk.state` shows it, and a cast without a code is
 * filed under it. The cast itself is the same call as at the hub: the ballot record knows
 * nothing of the device; the device only gains one in its in-memory count. Its presence
 * (« a voter midway ») is counted under its device id, never under an id the page drew.
 */
import {
  ApiError,
  contract,
  isMethodName,
  type CallResult,
  type DeviceRole,
  type KioskState,
} from '../../../shared/api';
import type { BoxApi } from '../api-service';
import type { AuditAction } from '../audit-log';
import type { DeviceRecord, DeviceRegistry } from './device-registry';
import type { PairingCodes } from './pairing-codes';

export interface GateDeps {
  service: BoxApi;
  registry: DeviceRegistry;
  pairing: PairingCodes;
  audit: (action: AuditAction, details: Record<string, unknown>) => void;
  /** The sections of the current election, to keep a kiosk's own only while it exists. */
  sections: () => readonly string[];
}

const refuse = (e: ApiError): CallResult => ({ ok: false, error: e.toBody() });

export class NetworkGate {
  constructor(private readonly deps: GateDeps) {}

  /** The device behind a token, or the refusal to answer (also used by the event stream). */
  device(token: string | null | undefined, roles?: readonly DeviceRole[]): DeviceRecord | ApiError {
    const auth = this.deps.registry.authenticate(token);
    if (!auth.ok)
      return auth.reason === 'revoked'
        ? new ApiError('device-revoked', 'This device was removed from the hub by staff.')
        : new ApiError('device-unpaired', 'This device is not paired with the hub.');
    if (roles && !roles.includes(auth.device.role))
      return new ApiError('device-role', `A ${auth.device.role} may not do this.`);
    this.deps.registry.touch(auth.device.id);
    return auth.device;
  }

  /** Why a call would be refused before its body is read, or null. */
  refusal(method: string, token: string | null | undefined): ApiError | null {
    if (!isMethodName(method)) return new ApiError('unknown-method', `Unknown method ${method}`);
    const access = contract[method].access;
    if (access === 'pairing') return null;
    if (access === 'public' || access === 'staff')
      return new ApiError('forbidden', 'Staff methods are only available at the hub itself.');
    // The slide reads the kiosk state for the election and the staff's language: nothing in
    // it is secret, and a projector shows it anyway.
    const roles: DeviceRole[] = method === 'kiosk.state' ? ['kiosk', 'projector'] : [access];
    const d = this.device(token, roles);
    return d instanceof ApiError ? d : null;
  }

  /** A kiosk's state shows its own section (when the election still has it). */
  kioskState(state: KioskState, device: DeviceRecord): KioskState {
    const own = device.section;
    return own && this.deps.sections().includes(own) ? { ...state, section: own } : state;
  }

  async call(
    method: string,
    input: unknown,
    token: string | null,
    client: string,
  ): Promise<CallResult> {
    const refused = this.refusal(method, token);
    if (refused) return refuse(refused);
    if (method === 'device.pair') return this.pair(input, client);
    const device = this.device(token) as DeviceRecord;
    const name = `device:${device.id}`;
    switch (method) {
      case 'device.report': {
        const p = contract['device.report'].input.safeParse(input);
        if (!p.success)
          return refuse(new ApiError('bad-request', 'Invalid input for device.report'));
        this.deps.registry.reportWaiting(device.id, p.data.waiting);
        return { ok: true, value: { ok: true } };
      }
      case 'kiosk.presence': {
        // Counted per paired device: whatever id the page drew, one device is one kiosk, so
        // it cannot inflate the « voters midway » count (a device id is hex, a valid kiosk id).
        const p = contract['kiosk.presence'].input.safeParse(input);
        if (!p.success)
          return refuse(new ApiError('bad-request', 'Invalid input for kiosk.presence'));
        return this.deps.service.call(
          { method, input: { kiosk: `device-${device.id}`, midway: p.data.midway } },
          name,
        );
      }
      case 'kiosk.state': {
        const r = await this.deps.service.call({ method, input }, name);
        return r.ok ? { ok: true, value: this.kioskState(r.value as KioskState, device) } : r;
      }
      case 'kiosk.cast': {
        // A kiosk records its own section, whatever it sends (a code's section still wins).
        const withSection =
          input &&
          typeof input === 'object' &&
          !('code' in input) &&
          device.section &&
          this.deps.sections().includes(device.section)
            ? { ...input, section: device.section }
            : input;
        const r = await this.deps.service.call({ method, input: withSection }, name);
        if (r.ok && !(r.value as { duplicate: boolean }).duplicate)
          this.deps.registry.received(device.id);
        return r;
      }
      default:
        return this.deps.service.call({ method, input }, name);
    }
  }

  private pair(input: unknown, client: string): CallResult {
    const p = contract['device.pair'].input.safeParse(input);
    if (!p.success) {
      // A malformed code is a wrong code: it counts against the guesser all the same.
      try {
        this.deps.pairing.redeem('-', client);
      } catch (e) {
        if (e instanceof ApiError) return refuse(e);
      }
      return refuse(new ApiError('bad-request', 'Invalid input for device.pair'));
    }
    try {
      const grant = this.deps.pairing.redeem(p.data.code, client);
      const { token, device } = this.deps.registry.add(p.data.name, grant.role, grant.section);
      this.deps.audit('device-paired', {
        device: device.name,
        role: device.role,
        section: device.section,
      });
      return {
        ok: true,
        value: { token, deviceId: device.id, role: device.role, section: device.section },
      };
    } catch (e) {
      if (e instanceof ApiError) return refuse(e);
      throw e;
    }
  }
}
