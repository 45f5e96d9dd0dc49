/**
 * The facilitator drives the projector from its keyboard (or a presenter remote, which sends
 * arrows): 1-9 choose a view, arrows step through views, M toggles the head-to-head page,
 * T the theme, L the language, A the auto-cycle, C the controls strip.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';

export interface FacilitatorActions {
  view(index: number): void;
  step(delta: number): void;
  togglePage(): void;
  toggleTheme(): void;
  nextLanguage(): void;
  toggleCycle(): void;
  toggleControls(): void;
}

export function keyAction(key: string, a: FacilitatorActions): (() => void) | null {
  if (/^[1-9]$/.test(key)) return () => a.view(Number(key) - 1);
  switch (key.toLowerCase()) {
    case 'arrowright':
    case 'pagedown':
      return () => a.step(1);
    case 'arrowleft':
    case 'pageup':
      return () => a.step(-1);
    case 'm':
      return a.togglePage;
    case 't':
      return a.toggleTheme;
    case 'l':
      return a.nextLanguage;
    case 'a':
      return a.toggleCycle;
    case 'c':
      return a.toggleControls;
    default:
      return null;
  }
}

export function useFacilitatorKeys(actions: FacilitatorActions): void {
  // The listener reads the latest actions, set in the same commit as the DOM they act on: with
  // the actions in a passive effect's closure, a key pressed the moment the results appeared
  // (the next frame, on a loaded machine) still saw a slide of one view and was lost.
  const latest = useRef(actions);
  useLayoutEffect(() => {
    latest.current = actions;
  }, [actions]);
  useEffect(() => {
    const onKey = (ev: KeyboardEvent) => {
      if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
      const act = keyAction(ev.key, latest.current);
      if (!act) return;
      ev.preventDefault();
      act();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
