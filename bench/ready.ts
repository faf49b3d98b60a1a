// What "drawn" means, as page-side expressions checked every frame.

/** Our dashboard: data loaded, map with basemap and markers, both charts and the list drawn. */
export const DASHBOARD_DRAWN = `(() => {
  const q = (s) => document.querySelector(s);
  return !!q('main[data-ready="true"]')
    && !!q('[data-panel="map"] [data-place]')
    && document.querySelectorAll('[data-panel="map"] .leaflet-overlay-pane path, [data-panel="map"] .leaflet-pane path').length > 20
    && !!q('[data-panel="partners"] svg .recharts-bar-rectangle')
    && !!q('[data-panel="timeline"] svg .recharts-bar-rectangle')
    && !!q('[data-panel="list"] [data-event]');
})()`;

/** TimelineJS: the first slide's text and the time navigation's markers drawn. */
export const TIMELINE_DRAWN = `(() => {
  const slide = document.querySelector('.tl-slide .tl-headline');
  return !!slide && slide.textContent.trim() !== '' && document.querySelectorAll('.tl-timemarker').length > 0;
})()`;
