// Preloads what the panels shown by `view=` need, from the plan the build wrote
// into index.html (scripts/vite-first-screen.ts), while the entry script loads.
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
