/**
 * Fisher-Yates with a cryptographic source: the order of an exported file must say nothing
 * about the order in which people voted.
 */
export function shuffled<T>(items: readonly T[], randomInt: (n: number) => number): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [a[i], a[j]] = [a[j] as T, a[i] as T];
  }
  return a;
}
