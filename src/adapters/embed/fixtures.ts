// An in-memory window for the height reporter's tests (docs/design.md §8): the page
// content is a list of child heights we can change, and the parent records
// what it receives.
interface FakeChild {
  tagName: string;
  height: number;
}

export interface FakeFrame {
  win: Window;
  posted: unknown[];
  children: FakeChild[];
  listeners: Map<string, EventListener>;
  /** Fires every live ResizeObserver, as the browser would after a layout change. */
  relayout: () => void;
  liveObservers: () => number;
}

export function makeFakeFrame(opts: { search?: string; framed?: boolean } = {}): FakeFrame {
  const posted: unknown[] = [];
  const children: FakeChild[] = [{ tagName: 'DIV', height: 500 }];
  const listeners = new Map<string, EventListener>();
  const observers = new Set<() => void>();
  const rect = (top: number, height: number) => ({ top, bottom: top + height, height }) as DOMRect;
  const childEls = () => {
    let top = 0;
    return children.map((c) => {
      const r = rect(top, c.height);
      top += c.height;
      return { tagName: c.tagName, getBoundingClientRect: () => r };
    });
  };
  // body is as tall as the viewport (height: 100%), the case where
  // measuring the body itself would never let the frame shrink.
  const body = { getBoundingClientRect: () => rect(0, 2000), get children() { return childEls(); } };
  class FakeResizeObserver {
    private readonly fire: () => void;
    constructor(cb: () => void) { this.fire = cb; }
    observe() { observers.add(this.fire); }
    disconnect() { observers.delete(this.fire); }
  }
  class FakeMutationObserver {
    observe() {}
    disconnect() {}
  }
  const win = {
    location: { search: opts.search ?? '' },
    scrollY: 0,
    document: { body, documentElement: {} },
    getComputedStyle: (el: unknown) => (el === body ? { marginBottom: '8px', paddingBottom: '0px', borderBottomWidth: '0px', paddingTop: '0px' } : { marginBottom: '0px' }),
    ResizeObserver: FakeResizeObserver,
    MutationObserver: FakeMutationObserver,
    addEventListener: (type: string, fn: EventListener) => listeners.set(type, fn),
    removeEventListener: (type: string) => listeners.delete(type),
    parent: { postMessage: (m: unknown) => posted.push(m) } as unknown,
  } as unknown as Window & { parent: unknown };
  if (opts.framed === false) (win as { parent: unknown }).parent = win;
  return {
    win, posted, children, listeners,
    relayout: () => observers.forEach((fire) => fire()),
    liveObservers: () => observers.size,
  };
}
