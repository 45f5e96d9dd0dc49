/**
 * Theme titles come from the election, of any length: when the slide still overflows the
 * screen at its type scale, it steps the titles and row spacing down (data-fit 1…4, see
 * results.css) until it fits, never under the 28 px floor. Measured after every change of
 * what is shown and on resize, before the browser paints; back to step 0 on each change.
 * The step is a DOM attribute, not React state: measuring and stepping is one synchronous
 * pass over the browser's layout, with no render in between.
 */
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';

const STEPS = 4;

const overflows = () =>
  document.documentElement.scrollHeight > window.innerHeight ||
  document.documentElement.scrollWidth > window.innerWidth;

/** A ref for the slide, refitted whenever one of `shown` changes (by identity) or the window. */
export function useFitToScreen(shown: readonly unknown[]): RefObject<HTMLElement | null> {
  const slide = useRef<HTMLElement>(null);
  const [size, setSize] = useState(() => `${window.innerWidth}x${window.innerHeight}`);
  const [fonts, setFonts] = useState(false);
  useEffect(() => {
    const onResize = () => setSize(`${window.innerWidth}x${window.innerHeight}`);
    window.addEventListener('resize', onResize);
    // Measured with the fallback font, the slide may look too tall: measure again once the
    // bundled font is in.
    let alive = true;
    void document.fonts.ready.then(() => alive && setFonts(true));
    return () => {
      alive = false;
      window.removeEventListener('resize', onResize);
    };
  }, []);
  useLayoutEffect(() => {
    const el = slide.current;
    if (!el) return;
    let step = 0;
    el.dataset.fit = '0';
    while (step < STEPS && overflows()) el.dataset.fit = String(++step);
    // The items of `shown` are the dependencies; the array itself is new on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [size, fonts, ...shown]);
  return slide;
}
