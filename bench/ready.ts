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

/**
 * The first screen complete (issue 19): map shapes, both charts and the counter,
 * from the static poster while it shows, else from the live page.
 */
export const FIRST_SCREEN_DRAWN = `(() => {
  const poster = document.getElementById('static-view');
  if (poster && getComputedStyle(poster).display !== 'none') {
    const shows = (p) => !!poster.querySelector('[data-panel="' + p + '"]');
    return !!poster.querySelector('.frame-count, .filters-toggle')
      && (!shows('map') || poster.querySelectorAll('.static-country').length > 20)
      && (!shows('partners') || !!poster.querySelector('.static-bar rect'))
      && (!shows('timeline') || !!poster.querySelector('.static-bucket rect'));
  }
  return ${DASHBOARD_DRAWN.replace('!!q(\'[data-panel="list"] [data-event]\')', 'true')};
})()`;

/** The live page of a published embed: the dashboard's panels that view shows, mounted and filterable. */
export const LIVE_DRAWN = `(() => !!document.querySelector('#root main[data-ready="true"]') && !document.getElementById('static-view'))()`;

/** The bare libraries' page: basemap paths, markers and both recharts charts. */
export const BARE_DRAWN = `(() => document.querySelectorAll('.leaflet-overlay-pane path').length > 20
  && document.querySelectorAll('.recharts-bar-rectangle').length >= 2)()`;
