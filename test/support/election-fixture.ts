/** Prepares an election through the staff API, the way staff would, for a test. */
import type { Election } from '../../shared/domain/election';
import { apiCall, staffToken } from './api-call';

export type ElectionPatch = Partial<Omit<Election, 'results' | 'rules' | 'kiosk'>> & {
  results?: Partial<Election['results']>;
  rules?: Partial<Election['rules']>;
  kiosk?: Partial<Election['kiosk']>;
};

export function patchElection(e: Election, p: ElectionPatch): Election {
  return {
    ...e,
    ...p,
    results: { ...e.results, ...p.results },
    rules: { ...e.rules, ...p.rules },
    kiosk: { ...e.kiosk, ...p.kiosk },
  };
}

/** Applies the patch to the current election and opens the vote; returns the staff token. */
export async function openVote(base: string, patch: ElectionPatch = {}): Promise<string> {
  const token = await staffToken(base);
  const { election } = await apiCall(base, 'staff.overview', {}, token);
  await apiCall(base, 'staff.updateElection', { election: patchElection(election, patch) }, token);
  await apiCall(base, 'staff.open', {}, token);
  return token;
}
