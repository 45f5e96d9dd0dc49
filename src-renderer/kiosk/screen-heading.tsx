/**
 * The title of each kiosk screen. It takes the focus when the screen appears, so that a
 * screen reader announces the new step and Tab starts from the top of it; a screen whose
 * first job is typing (the code) gives the focus to its field instead. The focused title
 * shows no ring (kiosk.css): it is not something to act on.
 */
import { useEffect, useRef, type ReactNode } from 'react';

export function ScreenHeading({
  id,
  children,
  focusOnMount = true,
}: {
  id: string;
  children: ReactNode;
  focusOnMount?: boolean;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) ref.current?.focus({ preventScroll: false });
  }, [focusOnMount]);
  return (
    <h1 id={id} ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
