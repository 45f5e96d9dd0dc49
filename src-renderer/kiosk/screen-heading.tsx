/**
 * The title of each kiosk screen. It takes the focus when the screen appears, so that a
 * screen reader announces the new step and Tab starts from the top of it.
 */
import { useEffect, useRef, type ReactNode } from 'react';

export function ScreenHeading({ id, children }: { id: string; children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus({ preventScroll: false }), []);
  return (
    <h1 id={id} ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
