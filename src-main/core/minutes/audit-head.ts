/** The head hash of an audit trail's text: the hash of its last complete entry. */
export function lastAuditHash(auditText: string): string {
  const lines = auditText.split('\n').filter((l) => l.trim() !== '');
  for (let i = lines.length - 1; i >= 0; i--) {
    try {
      const hash = (JSON.parse(lines[i] as string) as { hash?: unknown }).hash;
      if (typeof hash === 'string') return hash;
    } catch {
      // A torn last line is not an entry: the head is the entry before it.
    }
  }
  return '';
}
