/**
 * A hub in this process, network mode on 127.0.0.1 (port chosen by the system), with a staff
 * session, for the network tests. Nothing listens beyond loopback.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DeviceRole, Input, MethodName, Output } from '../../../shared/api';
import type { ApiService } from '../../../src-main/core/api-service';
import type { BallotBox } from '../../../src-main/core/ballot-box';
import { startBox } from '../../../src-main/core/start-box';
import { NetworkHub, type NetworkHubOptions } from '../../../src-main/host/network-hub';

export const tempDir = (prefix: string): string => fs.mkdtempSync(path.join(os.tmpdir(), prefix));
export const newBallotId = (): string => randomBytes(16).toString('hex');

export interface TestHub {
  box: BallotBox;
  service: ApiService;
  hub: NetworkHub;
  address: string;
  staff<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>>;
  code(role: DeviceRole, section?: string | null): Promise<string>;
  stop(): Promise<void>;
}

export async function startTestHub(
  opts: {
    dataDir?: string;
    port?: number;
    advertise?: NetworkHubOptions['advertise'];
    /** The pages to serve (a built renderer); a placeholder page otherwise. */
    staticDir?: string;
  } = {},
): Promise<TestHub> {
  const dataDir = opts.dataDir ?? tempDir('priorites-hub-');
  let staticDir = opts.staticDir;
  if (!staticDir) {
    staticDir = tempDir('priorites-static-');
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Priorités</title>');
  }
  let hub!: NetworkHub;
  const pages = staticDir;
  const { box, service } = startBox(dataDir, undefined, undefined, (b) => {
    hub = new NetworkHub({
      box: b,
      staticDir: pages,
      port: opts.port ?? 0,
      bindHost: '127.0.0.1',
      advertise: opts.advertise,
    });
    return hub;
  });
  let token: string | null = null;
  const staff = async <M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>> => {
    const r = await service.call({ method, input, token });
    if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
    return r.value as Output<M>;
  };
  const pin = (await service.call({ method: 'staff.pinStatus', input: {} })) as {
    ok: true;
    value: { pinSet: boolean };
  };
  const auth = pin.value.pinSet
    ? await service.call({ method: 'staff.login', input: { pin: '4242' } })
    : await service.call({ method: 'staff.setPin', input: { pin: '4242' } });
  if (!auth.ok) throw new Error('no staff session');
  token = (auth.value as { token: string }).token;
  const status = await staff('staff.setNetwork', { on: true });
  return {
    box,
    service,
    hub,
    address: status.addresses[0] as string,
    staff,
    code: async (role, section = role === 'kiosk' ? 'FR' : null) =>
      (await staff('staff.newPairingCode', { role, section })).code,
    stop: async () => {
      await hub.stop();
      box.shutdown();
    },
  };
}
