/**
 * True while the page is being printed (print dialog, "Save as PDF", or print emulation), so
 * the every-view report is in the DOM only then and the live slide stays light.
 */
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => window.matchMedia('print').matches);
  useEffect(() => {
    const media = window.matchMedia('print');
    // flushSync: the browser lays the pages out right after beforeprint returns.
    const set = (on: boolean) => () => flushSync(() => setPrinting(on));
    const before = set(true);
    const after = set(false);
    const change = () => flushSync(() => setPrinting(media.matches));
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    media.addEventListener('change', change);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      media.removeEventListener('change', change);
    };
  }, []);
  return printing;
}
