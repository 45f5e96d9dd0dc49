/**
 * The way staff reach the console from a kiosk, chosen so that attendees do not find it by
 * chance: the keyboard chord Ctrl+Alt+Shift+S, or on a touch screen a 3-second press in the
 * top-left corner (no visible target, no feedback). The console itself still asks the PIN.
 */
import { useEffect } from 'react';

export const LONG_PRESS_MS = 3000;
/** Size of the invisible corner target, in CSS pixels. */
export const CORNER_PX = 64;
const MOVE_TOLERANCE_PX = 12;

export const isStaffChord = (e: Pick<KeyboardEvent, 'ctrlKey' | 'altKey' | 'shiftKey' | 'code'>) =>
  e.ctrlKey && e.altKey && e.shiftKey && e.code === 'KeyS';

export function useStaffGesture(onTrigger: () => void, target: Window = window): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let start: { x: number; y: number } | null = null;
    const cancel = () => {
      clearTimeout(timer);
      timer = undefined;
      start = null;
    };
    const onKey = (e: KeyboardEvent) => {
      if (!isStaffChord(e)) return;
      e.preventDefault();
      onTrigger();
    };
    const onDown = (e: PointerEvent) => {
      cancel();
      if (e.clientX > CORNER_PX || e.clientY > CORNER_PX) return;
      start = { x: e.clientX, y: e.clientY };
      timer = setTimeout(() => {
        cancel();
        onTrigger();
      }, LONG_PRESS_MS);
    };
    const onMove = (e: PointerEvent) => {
      if (start && Math.hypot(e.clientX - start.x, e.clientY - start.y) > MOVE_TOLERANCE_PX)
        cancel();
    };
    target.addEventListener('keydown', onKey);
    target.addEventListener('pointerdown', onDown);
    target.addEventListener('pointermove', onMove);
    target.addEventListener('pointerup', cancel);
    target.addEventListener('pointercancel', cancel);
    return () => {
      cancel();
      target.removeEventListener('keydown', onKey);
      target.removeEventListener('pointerdown', onDown);
      target.removeEventListener('pointermove', onMove);
      target.removeEventListener('pointerup', cancel);
      target.removeEventListener('pointercancel', cancel);
    };
  }, [onTrigger, target]);
}

/** Mounted on the kiosk page only: listens for the gesture, renders nothing. */
export function StaffDoor({ onOpen }: { onOpen: () => void }): null {
  useStaffGesture(onOpen);
  return null;
}
