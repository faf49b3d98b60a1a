// Small children that act on the Leaflet map itself (MapContainer props are initial only).
import { useEffect, useRef } from 'react';
import type { Map as LeafletMap } from 'leaflet';
import { useMap } from 'react-leaflet';
import { boundsKey, FIT, placesBounds } from './fit.ts';
import { takePosterView } from './poster-view.ts';
import type { MapPlace, MapRoute } from './types.ts';
import { endZoomAnimation } from './leaflet-private.ts';

export const FIT_MAX_ZOOM = FIT.maxZoom;

// Leaflet's panes: tiles 200, overlays 400, markers 600, tooltips 650, popups 700.
const PANES = [
  { name: 'countries', zIndex: 250 },
  { name: 'routes', zIndex: 420 },
  { name: 'route-arrows', zIndex: 430 },
  { name: 'places', zIndex: 610 },
  { name: 'place-labels', zIndex: 640 },
] as const;

/**
 * Creates the map's panes while rendering, before any layer is added, and keeps
 * them: react-leaflet's <Pane> removes its pane in StrictMode's extra cleanup,
 * taking the routes' SVG renderer with it, so the routes vanished.
 */
export function MapPanes() {
  const map = useMap();
  for (const { name, zIndex } of PANES) {
    if (!map.getPane(name)) map.createPane(name).style.zIndex = String(zIndex);
  }
  return null;
}

/** Fits the view to the places (and routes) when their corners change (boundsKey), not on every render. */
export function FitToPlaces({ places, routes }: { places: MapPlace[]; routes: MapRoute[] }) {
  const map = useMap();
  const bounds = placesBounds(places, routes);
  const key = boundsKey(bounds);
  const lastKey = useRef<string | null>(null);
  useEffect(function fitWhenCornersChange() {
    if (key === lastKey.current) return;
    const first = lastKey.current === null;
    lastKey.current = key;
    // The first view is the static poster's, where there was one, at its exact fractional zoom (issue 19).
    const poster = first && bounds ? takePosterView(map.getSize().x) : null;
    if (poster) setExactView(map, poster);
    else if (bounds) map.fitBounds(bounds, { paddingTopLeft: [...FIT.paddingTopLeft], paddingBottomRight: [...FIT.paddingBottomRight], maxZoom: FIT.maxZoom, animate: false });
    // bounds are read only when the key (their rounded value) changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, map]);
  useEffect(function endZoomOnUnmount() {
    return function endZoomAnimationOfRemovedMap() { endZoomAnimation(map); };
  }, [map]);
  return null;
}

/** setView at a zoom between the map's zoomSnap steps (the poster's), which setView would round. */
function setExactView(map: LeafletMap, view: { center: [number, number]; zoom: number }): void {
  const snap = map.options.zoomSnap;
  map.options.zoomSnap = 0;
  map.setView(view.center, view.zoom, { animate: false });
  map.options.zoomSnap = snap;
}

/** Leaflet measures its container once; a responsive layout changes it later. */
export function TrackContainerSize() {
  const map = useMap();
  useEffect(function observeContainerSize() {
    const observer = new ResizeObserver(() => map.invalidateSize());
    observer.observe(map.getContainer());
    return function stopObservingSize() { observer.disconnect(); };
  }, [map]);
  return null;
}

/** The basemap credit, always shown, with no link to another origin. */
export function Attribution({ text }: { text: string }) {
  const map = useMap();
  useEffect(function showCredit() {
    const control = map.attributionControl;
    control?.setPrefix(false).addAttribution(text);
    return function removeCredit() { control?.removeAttribution(text); };
  }, [map, text]);
  return null;
}
