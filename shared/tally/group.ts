import type { RankingGroup } from './types';

interface TrieNode {
  count: number;
  children: Map<string, TrieNode> | null;
}

/**
 * Groups identical rankings. A trie keyed by option id walks each ranking without building a
 * key string, so a million ballots cost one Map lookup per ranked option and no allocation.
 * Groups come out in first-seen order, which keeps results stable for a given input.
 */
export function groupRankings(rankings: Iterable<readonly string[]>): RankingGroup[] {
  const root: TrieNode = { count: 0, children: null };
  const firstSeen: { node: TrieNode; ranking: readonly string[] }[] = [];
  for (const ranking of rankings) {
    let node = root;
    for (let i = 0; i < ranking.length; i++) {
      const id = ranking[i] as string;
      let children = node.children;
      if (children === null) {
        children = new Map();
        node.children = children;
      }
      let next = children.get(id);
      if (next === undefined) {
        next = { count: 0, children: null };
        children.set(id, next);
      }
      node = next;
    }
    // A new leaf: remember one copy of the ranking (copied so that later mutation of the
    // caller's array cannot change the group).
    if (node.count === 0) firstSeen.push({ node, ranking: ranking.slice() });
    node.count++;
  }
  return firstSeen.map(({ node, ranking }) => ({ ranking, count: node.count }));
}
