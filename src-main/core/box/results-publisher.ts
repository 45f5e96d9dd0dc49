/**
 * What the box pushes to its screens: the projector's released results, computed once per
 * change of what they depend on and kept, and the event bus that carries them and the other
 * pushed events (shared/api.ts `events`) to whoever listens (the API service).
 */
import type { EventName, EventPayload, PublicResults } from '../../../shared/api';
import type { Election } from '../../../shared/domain/election';
import type { RankingGroup } from '../../../shared/tally/types';
import { buildPublicResults } from '../public-results';
import type { Status } from './lifecycle';

export type Listener = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

/** Everything the released results depend on, read fresh at each publish. */
export interface ReleasedView {
  election: Election;
  status: Status;
  testMode: boolean;
  revealed: boolean;
  drawSeed: string | null;
  entitled: Record<string, number>;
  releasedBySection: Record<string, number>;
  /** The released groups of one section; called only when something changed. */
  groups: (section: string) => RankingGroup[];
}

export class EventBus {
  private readonly listeners = new Set<Listener>();

  on(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    for (const l of this.listeners) l(event, payload);
  }
}

export class ResultsPublisher {
  private published: PublicResults | null = null;
  private publishedKey = '';
  /** The election is replaced whole, never changed in place: compared by reference. */
  private publishedElection: Election | null = null;

  constructor(
    private readonly view: () => ReleasedView,
    private readonly bus: EventBus,
  ) {}

  /** The released results now (recomputed only if their inputs changed). */
  current(): PublicResults {
    const v = this.view();
    const key = JSON.stringify([
      v.status,
      v.testMode,
      v.revealed,
      v.drawSeed,
      v.entitled,
      // Every section, with 0 until its first release: a section appearing in the key at its
      // first ballot would push an unchanged slide and tell the room someone just voted there.
      v.election.sections.map((s) => v.releasedBySection[s.id] ?? 0),
    ]);
    // Serializing the whole election (its texts in three languages) at every cast cost as
    // much as the rest of the cast's work.
    if (this.published && key === this.publishedKey && v.election === this.publishedElection)
      return this.published;
    this.published = buildPublicResults({
      election: v.election,
      status: v.status,
      testMode: v.testMode,
      revealed: v.revealed,
      drawSeed: v.drawSeed,
      entitled: v.entitled,
      groupsBySection: Object.fromEntries(v.election.sections.map((s) => [s.id, v.groups(s.id)])),
    });
    this.publishedKey = key;
    this.publishedElection = v.election;
    return this.published;
  }

  /** Pushes `results` when they changed since the last look. */
  publish(): void {
    const before = this.published;
    const now = this.current();
    if (now !== before) this.bus.emit('results', now);
  }
}
