// Issue 19: a page built with its view already drawn (scripts/prerender.ts)
// shows that drawing only when the address asks for that view. Any other view
// (`/?country=US` on the default page) hides it before the first paint, and the
// live page draws what was asked, with no flash of the wrong view. Pre-live
// clicks on the poster's controls are kept for the live page (src/static/takeover.ts).
(function () {
  var OWN = ['country', 'from', 'to', 'type', 'q', 'event', 'lang', 'view', 'embed', 'data', 'partner', 'level', 'theme', 'look'];
  function own(search) {
    var params = new URLSearchParams(search), kept = [];
    params.forEach(function (value, key) { if (OWN.indexOf(key) >= 0) kept.push(key + '=' + value); });
    return kept.sort().join('&');
  }
  var built = document.querySelector('meta[name="static-query"]');
  if (!built) return;
  var asked = own(location.search);
  window.__contactsStatic = { query: built.getAttribute('content') || '', actions: [] };
  // A published page's address carries no view: the view is the one it was built for.
  window.__contactsStatic.search = asked === '' ? '?' + window.__contactsStatic.query : location.search;
  if (asked !== '' && asked !== own(window.__contactsStatic.query)) {
    document.documentElement.classList.add('is-static-stale');
    window.__contactsStatic.stale = true;
    return;
  }
  document.addEventListener('click', function (event) {
    if (document.documentElement.classList.contains('is-live')) return;
    var target = event.target instanceof Element ? event.target.closest('#static-view [data-live-action]') : null;
    if (!target) return;
    event.preventDefault();
    target.classList.add('static-pressed');
    window.__contactsStatic.actions.push(target.getAttribute('data-live-action'));
  }, true);
})();
// The theme and the newsroom's look (issue 20) before the first paint, so a
// dark page never flashes light while the code loads; the app keeps them after.
(function () {
  var params = new URLSearchParams((window.__contactsStatic && window.__contactsStatic.search) || location.search);
  var root = document.documentElement;
  var theme = (params.get('theme') || '').trim().toLowerCase();
  if (theme === 'light' || theme === 'dark' || theme === 'auto') root.setAttribute('data-theme', theme);
  // The codec's LOOK_NAME (src/model/patterns.ts; a test keeps the two alike).
  var look = (params.get('look') || '').trim().toLowerCase();
  if (/^[a-z][a-z0-9]{0,30}(?:-[a-z0-9]{1,30}){0,4}$/.test(look)) root.setAttribute('data-look', look);
})();
// Preloads what the panels shown by `view=` need, from the plan the build wrote
// into index.html (scripts/vite-first-screen.ts), while the entry script loads;
// and starts fetching a same-origin `data=` file, which the app then adopts
// (src/adapters/data/early-fetch.ts) instead of waiting for its own start-up.
(function () {
  var params = new URLSearchParams((window.__contactsStatic && window.__contactsStatic.search) || location.search);
  var raw = params.get('data');
  if (raw && !/^\s*[/\\]{2}/.test(raw)) {
    try {
      var target = new URL(raw, location.href);
      if ((target.protocol === 'http:' || target.protocol === 'https:') && target.origin === location.origin) {
        var controller = new AbortController();
        var response = fetch(target.href, {
          signal: controller.signal, credentials: 'same-origin', redirect: 'error', headers: { Accept: 'application/json' },
        });
        response.catch(function () {}); // the app reports failures; an unadopted one stays quiet
        window.__contactsEarlyData = { url: target.href, response: response, controller: controller };
      }
    } catch { /* not a URL: the app says so */ }
  }
})();
(function () {
  var data = document.querySelector('meta[name="first-screen"]');
  if (!data) return;
  var plan = JSON.parse(data.getAttribute('content') || '{}');
  var asked = (new URLSearchParams((window.__contactsStatic && window.__contactsStatic.search) || location.search).get('view') || '').toLowerCase().split(',');
  var shown = Object.keys(plan).filter(function (p) { return asked.indexOf(p) >= 0; });
  if (shown.length === 0) shown = Object.keys(plan); // no usable view= shows every panel
  shown.forEach(function (panel) {
    plan[panel].forEach(function (file) {
      // A page drawn at build time brings its basemap inside it (issue 19).
      if (file[1] === 'fetch' && window.__contactsStatic && !window.__contactsStatic.stale) return;
      var link = document.createElement('link');
      if (file[1] === 'script') link.rel = 'modulepreload';
      else {
        link.rel = 'preload';
        link.as = file[1];
        // Vite's own <link> for a chunk's CSS and the map's fetch are both CORS
        // requests: a preload must match, or the browser fetches twice and warns.
        link.crossOrigin = 'anonymous';
      }
      link.href = file[0];
      document.head.appendChild(link);
    });
  });
})();
