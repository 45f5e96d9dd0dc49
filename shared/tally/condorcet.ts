/** The option that wins every duel strictly, or null. Needs at least two options. */
export function condorcetWinner(m: readonly (readonly number[])[]): number | null {
  return findBy(m, (ab, ba) => ab > ba);
}

/** The option that loses every duel strictly, or null. */
export function condorcetLoser(m: readonly (readonly number[])[]): number | null {
  return findBy(m, (ab, ba) => ab < ba);
}

function findBy(
  m: readonly (readonly number[])[],
  ok: (ab: number, ba: number) => boolean,
): number | null {
  const c = m.length;
  if (c < 2) return null;
  for (let a = 0; a < c; a++) {
    let all = true;
    for (let b = 0; b < c && all; b++)
      if (b !== a && !ok(m[a]?.[b] as number, m[b]?.[a] as number)) all = false;
    if (all) return a;
  }
  return null;
}
