// Preloads what the panels shown by `view=` need, from the plan the build wrote
// into index.html (scripts/vite-first-screen.ts), while the entry script loads;
// and starts fetching a same-origin `data=` file, which the app then adopts
// (src/adapters/data/early-fetch.ts) instead of waiting for its own start-up.
(function () {
  var params = new URLSearchParams(location.search);
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
  var asked = (new URLSearchParams(location.search).get('view') || '').toLowerCase().split(',');
  var shown = Object.keys(plan).filter(function (p) { return asked.indexOf(p) >= 0; });
  if (shown.length === 0) shown = Object.keys(plan); // no usable view= shows every panel
  shown.forEach(function (panel) {
    plan[panel].forEach(function (file) {
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
