/** Steps to the next view every `seconds` while on: a slow tour of the sections. */
import { useEffect } from 'react';

export function useAutoCycle(on: boolean, seconds: number, next: () => void): void {
  useEffect(() => {
    if (!on) return;
    const timer = setInterval(next, seconds * 1000);
    return () => clearInterval(timer);
  }, [on, seconds, next]);
}
