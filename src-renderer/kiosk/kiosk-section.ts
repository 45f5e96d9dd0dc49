/**
 * `?section=BE` on the kiosk address makes that one browser kiosk record its ballots for that
 * section (host mode with several kiosks); only a section of the election is accepted.
 */
import type { Election } from '../../shared/domain/election';

export function sectionOverride(search: string, election: Election): string | undefined {
  const raw = new URLSearchParams(search).get('section')?.trim().toUpperCase();
  if (!raw) return undefined;
  return election.sections.some((s) => s.id === raw) ? raw : undefined;
}
