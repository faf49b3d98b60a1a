// The `data=` file's request, started by public/first-screen.js before the app's
// code has loaded: the app adopts it once, for the same URL, instead of asking again.
interface EarlyData { url: string; response: Promise<Response>; controller: AbortController }

declare global {
  interface Window { __contactsEarlyData?: EarlyData }
}

/** The early request for `url` (resolved against the page), or null; it can be taken only once. */
export function takeEarlyResponse(url: string): { response: Promise<Response>; abort: () => void } | null {
  const early = window.__contactsEarlyData;
  if (!early) return null;
  let href: string;
  try {
    href = new URL(url, window.location.href).href;
  } catch {
    return null;
  }
  if (early.url !== href) return null;
  delete window.__contactsEarlyData;
  return { response: early.response, abort: () => early.controller.abort() };
}
