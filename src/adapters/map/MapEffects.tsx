// Small children that act on the Leaflet map itself (MapContainer props are initial only).
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { boundsKey, placesBounds } from './fit.ts';
import type { MapPlace, MapRoute } from './types.ts';
import { endZoomAnimation } from './leaflet-private.ts';

export const FIT_MAX_ZOOM = 5;

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
    lastKey.current = key;
    // Labels sit right of their markers: leave them room on that side.
    if (bounds) map.fitBounds(bounds, { paddingTopLeft: [28, 28], paddingBottomRight: [96, 28], maxZoom: FIT_MAX_ZOOM, animate: false });
    // bounds are read only when the key (their rounded value) changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, map]);
  useEffect(function endZoomOnUnmount() {
    return function endZoomAnimationOfRemovedMap() { endZoomAnimation(map); };
  }, [map]);
  return null;
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
