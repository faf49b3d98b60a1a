// Height messages to the parent page (docs/interfaces.md §2): the embedded page
// reports its content height so the host can size the iframe, and takes no
// commands from the parent — there is deliberately no 'message' listener here.
import { heightMessages } from './messages.ts';

/** True when the page runs inside a frame. */
export function isEmbedded(win: Window = window): boolean {
  try {
    return win.parent !== win;
  } catch {
    // A sandboxed or detached frame may throw on access: it is still a frame.
    return true;
  }
}

/** Bottom edge of an element's margin box, in document coordinates. */
function marginBottom(el: Element, win: Window): number {
  const style = win.getComputedStyle(el);
  return el.getBoundingClientRect().bottom + win.scrollY + (parseFloat(style.marginBottom) || 0);
}

/**
 * Height of what the page draws, not of the viewport: the lowest child of
 * <body> plus body's own bottom padding, border and margin. Measuring
 * documentElement.scrollHeight instead would never let the iframe shrink,
 * because it is at least the iframe's current height.
 */
export function measureContentHeight(win: Window): number {
  const body = win.document.body;
  if (!body) return 0;
  const style = win.getComputedStyle(body);
  let bottom = body.getBoundingClientRect().top + win.scrollY + (parseFloat(style.paddingTop) || 0);
  for (const child of Array.from(body.children)) {
    if (child.tagName === 'SCRIPT' || child.tagName === 'STYLE') continue;
    bottom = Math.max(bottom, marginBottom(child, win));
  }
  const extra = ['paddingBottom', 'borderBottomWidth', 'marginBottom'] as const;
  for (const prop of extra) bottom += parseFloat(style[prop]) || 0;
  return Math.ceil(bottom);
}

/** The pym.js child id the parent put in our URL (pym.Parent adds `childId`). */
function readChildId(win: Window): string | null {
  return new URLSearchParams(win.location.search).get('childId');
}

/**
 * When framed, posts the content height to the parent on load and on every
 * size change (pym.js, plain, Datawrapper and AMP formats), only when it
 * changed. Returns the remover; a no-op when not framed.
 */
export function reportHeightToParent(win: Window = window): () => void {
  if (!isEmbedded(win)) return () => {};
  // The window's own constructors, so a test can hand in a fake window.
  const { ResizeObserver, MutationObserver } = win as Window & typeof globalThis;
  const childId = readChildId(win);
  let last = -1;
  const send = () => {
    const height = measureContentHeight(win);
    if (height === last || height <= 0) return;
    last = height;
    for (const message of heightMessages(height, childId)) win.parent.postMessage(message, '*');
  };
  const observer = new ResizeObserver(send);
  const observeAll = () => {
    const doc = win.document;
    observer.observe(doc.documentElement);
    if (doc.body) for (const el of [doc.body, ...Array.from(doc.body.children)]) observer.observe(el);
  };
  // The app mounts into #root after start-up: watch body's children as they come.
  const mutations = new MutationObserver(() => { observeAll(); send(); });
  if (win.document.body) mutations.observe(win.document.body, { childList: true });
  observeAll();
  win.addEventListener('load', send);
  win.addEventListener('resize', send);
  send();
  return () => {
    observer.disconnect();
    mutations.disconnect();
    win.removeEventListener('load', send);
    win.removeEventListener('resize', send);
  };
}
