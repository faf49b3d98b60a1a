// The two embed codes a newsroom can paste: a plain iframe, and a pym.js host
// that fits the iframe to the content. Values are escaped for where they land
// (HTML attribute, JS string inside a script element).

const EMBED_CONTAINER_ID = 'contacts-embed';
const EMBED_INITIAL_HEIGHT = 600;

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A JS string literal safe inside <script>: no `</script>` or `<!--` can close it. */
function scriptString(value: string): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

export function iframeSnippet(embedUrl: string, title: string): string {
  return `<iframe src="${escapeAttribute(embedUrl)}" title="${escapeAttribute(title)}" width="100%" height="${EMBED_INITIAL_HEIGHT}" loading="lazy" style="border:0"></iframe>`;
}

/** pym.js is served next to the dashboard (public/vendor), so this works as pasted. */
function pymScriptUrl(embedUrl: string): string {
  // A published view (…/views/<name>/, issue 19) lives two folders below the dashboard's root.
  const root = new URL(embedUrl);
  root.pathname = root.pathname.replace(/views\/[a-z0-9-]+\/(index\.html)?$/, '');
  return new URL('vendor/pym.v1.min.js', root).href;
}

export function pymSnippet(embedUrl: string, title: string): string {
  return [
    `<div id="${EMBED_CONTAINER_ID}"></div>`,
    `<script src="${escapeAttribute(pymScriptUrl(embedUrl))}"></script>`,
    `<script>new pym.Parent(${scriptString(EMBED_CONTAINER_ID)}, ${scriptString(embedUrl)}, {title: ${scriptString(title)}});</script>`,
    // Where the host's scripts do not run (reader views, feeds, AMP-less archives), the plain frame (issue 19).
    `<noscript>${iframeSnippet(embedUrl, title)}</noscript>`,
  ].join('\n');
}
