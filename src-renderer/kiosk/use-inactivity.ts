/**
 * Watches for a voter walking away: any touch, click or key counts as presence. Returns the
 * seconds left while the warning shows, and calls onExpire once when time is up.
 */
import { useEffect, useRef, useState } from 'react';
import { idlePhase } from './inactivity';

const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

export function useInactivity(
  enabled: boolean,
  totalSeconds: number,
  onExpire: () => void,
): number | null {
  const [left, setLeft] = useState<number | null>(null);
  const last = useRef(0);
  const expire = useRef(onExpire);
  useEffect(() => {
    expire.current = onExpire;
  }, [onExpire]);

  useEffect(() => {
    if (!enabled) return;
    last.current = Date.now();
    const seen = () => {
      last.current = Date.now();
      setLeft(null);
    };
    const tick = () => {
      const p = idlePhase(Date.now() - last.current, totalSeconds);
      if (p.phase === 'expired') {
        setLeft(null);
        last.current = Date.now();
        expire.current();
      } else setLeft(p.phase === 'warning' ? p.left : null);
    };
    const id = setInterval(tick, 1000);
    for (const ev of ACTIVITY) window.addEventListener(ev, seen, { capture: true });
    return () => {
      clearInterval(id);
      for (const ev of ACTIVITY) window.removeEventListener(ev, seen, { capture: true });
    };
  }, [enabled, totalSeconds]);
  return enabled ? left : null;
}
