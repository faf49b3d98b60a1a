import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/**
 * The width of a container, read once on mount and again only when a
 * ResizeObserver reports a change of whole pixels. Charts get a number
 * instead of ResponsiveContainer's repeated measure-render cycles, so the
 * page does not thrash (and jsdom tests, which stub clientWidth, draw too).
 */
export function useMeasuredWidth<T extends HTMLElement>(): [RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(function measureAndObserveWidth() {
    const el = ref.current;
    if (!el) return undefined;
    setWidth(Math.floor(el.clientWidth));
    const observer = new ResizeObserver((entries) => {
      const box = entries[0]?.contentRect;
      if (box) setWidth((old) => (Math.floor(box.width) === old ? old : Math.floor(box.width)));
    });
    observer.observe(el);
    return function stopObservingWidth() { observer.disconnect(); };
  }, []);
  return [ref, width];
}
