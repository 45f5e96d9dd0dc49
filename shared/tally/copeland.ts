/** Copeland score: head-to-head wins minus losses; a tied duel counts for neither. */
export function copelandScores(m: readonly (readonly number[])[]): number[] {
  const c = m.length;
  const s = new Array<number>(c).fill(0);
  for (let a = 0; a < c; a++)
    for (let b = a + 1; b < c; b++) {
      const ab = m[a]?.[b] as number;
      const ba = m[b]?.[a] as number;
      const d = ab > ba ? 1 : ba > ab ? -1 : 0;
      s[a] = (s[a] as number) + d;
      s[b] = (s[b] as number) - d;
    }
  return s;
}
