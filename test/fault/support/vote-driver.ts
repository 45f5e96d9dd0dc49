/**
 * Casts ballots against a host the way kiosks do, and keeps the books a fault test checks
 * the store against: which ballots were acknowledged, and which were sent without an answer.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { seededRandom } from '../../bench/generate';
import { apiCall, staffToken } from '../../support/api-call';
import { openVote } from '../../support/election-fixture';
import { OPTIONS, readSlots } from './box-fixture';

export interface Sent {
  ranking: string[];
  code?: string;
}

export type Mode = 'open' | 'codes';

export class VoteBook {
  readonly acked = new Map<string, Sent>();
  /** Sent, but the answer was lost (host killed): the kiosk will retry with the same id. */
  readonly unknown = new Map<string, Sent>();
  codes: string[] = [];
  duplicatesOnRetry = 0;
  private readonly rnd: () => number;

  constructor(
    readonly mode: Mode,
    readonly dataDir: string,
    seed: number,
  ) {
    this.rnd = seededRandom(seed);
  }

  random(): number {
    return this.rnd();
  }

  /** First start: PIN, election in the right eligibility, codes, open. */
  async prepare(url: string, codes = 0): Promise<void> {
    const token = await openVote(url, {
      eligibility: this.mode,
      results: { policy: 'live', batchSize: 5, minBallots: 5 },
    });
    if (this.mode === 'codes') {
      for (let left = codes; left > 0; left -= 5000) {
        const r = await apiCall(
          url,
          'staff.generateCodes',
          { section: 'FR', count: Math.min(5000, left) },
          token,
        );
        this.codes.push(...r.codes);
      }
    }
  }

  private ranking(): string[] {
    const order = [...OPTIONS];
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(this.rnd() * (i + 1));
      [order[i], order[j]] = [order[j] as string, order[i] as string];
    }
    return order.slice(0, 1 + Math.floor(this.rnd() * order.length));
  }

  newBallot(): [string, Sent] {
    const sent: Sent = { ranking: this.ranking() };
    if (this.mode === 'codes') {
      const code = this.codes.pop();
      if (!code) throw new Error('out of codes');
      sent.code = code;
    }
    return [randomBytes(16).toString('hex'), sent];
  }

  /** One cast: true when acknowledged, false when the answer was lost; throws on a refusal. */
  async cast(url: string, id: string, sent: Sent): Promise<boolean> {
    let res: Response;
    try {
      res = await fetch(`${url}/api/kiosk.cast`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ ballotId: id, ...sent }),
        signal: AbortSignal.timeout(10_000),
      });
    } catch {
      this.unknown.set(id, sent);
      return false;
    }
    let body: { value?: { duplicate: boolean }; error?: { code: string } };
    try {
      body = (await res.json()) as typeof body;
    } catch {
      this.unknown.set(id, sent); // cut mid-answer
      return false;
    }
    if (!res.ok) throw new Error(`cast refused: ${res.status} ${JSON.stringify(body.error)}`);
    if (this.unknown.delete(id) && body.value?.duplicate) this.duplicatesOnRetry++;
    this.acked.set(id, sent);
    return true;
  }

  /** Casts in `workers` parallel loops until stopped or the host goes away. */
  castLoop(url: string, workers: number): { stop(): void; done: Promise<void> } {
    let stopped = false;
    const one = async () => {
      while (!stopped) {
        const [id, sent] = this.newBallot();
        if (!(await this.cast(url, id, sent))) return;
      }
    };
    return {
      stop: () => void (stopped = true),
      done: Promise.all(Array.from({ length: workers }, one)).then(() => undefined),
    };
  }

  /** After a restart: every ballot whose answer was lost is sent again, with the same id. */
  async retryUnknown(url: string): Promise<void> {
    for (const [id, sent] of [...this.unknown]) {
      const ok = await this.cast(url, id, sent);
      if (!ok) throw new Error('host went away during retries');
    }
  }

  /** What the running box itself counts (a staff login: scrypt, so not after every restart). */
  async verifyOverview(url: string): Promise<void> {
    const token = await staffToken(url);
    const o = await apiCall(url, 'staff.overview', {}, token);
    expect(o.ballots).toBe(this.acked.size);
    if (this.mode === 'codes') expect(o.codes.used).toBe(o.ballots);
    const audit = await apiCall(url, 'staff.audit', {}, token);
    expect(audit.valid).toBe(true);
  }

  /** Every acknowledged ballot is on disk exactly once, nothing else is, codes match. */
  async verifyFiles(): Promise<void> {
    if (this.mode === 'codes') {
      const burned = readSlots(path.join(this.dataDir, 'burned-codes.slots')).map((r) => r.payload);
      expect(new Set(burned).size).toBe(burned.length);
      expect(burned.length).toBe(this.acked.size);
    }
    const lines = readSlots(path.join(this.dataDir, 'ballots.slots')).map((r) => r.payload);
    const ids = lines.map((l) => (JSON.parse(l) as { id: string; ranking: string[] }).id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(this.acked.size);
    for (const [i, l] of lines.entries()) {
      const b = JSON.parse(l) as { id: string; ranking: string[] };
      expect(this.acked.get(ids[i] as string)?.ranking).toEqual(b.ranking);
    }
    const journal = path.join(this.dataDir, 'cast-journal.json');
    // The fixed-size record holds the seal and, once the last cast's data is flushed (the
    // host's next turn after its answer), no ballot: a ballot and its code meet there only
    // for that moment.
    if (!fs.existsSync(journal)) return;
    const intent = () =>
      (JSON.parse(fs.readFileSync(journal, 'utf8')) as { intent: unknown }).intent;
    for (let waited = 0; intent() !== null && waited < 2000; waited += 20)
      await new Promise((r) => setTimeout(r, 20));
    expect(intent()).toBeNull();
  }
}
