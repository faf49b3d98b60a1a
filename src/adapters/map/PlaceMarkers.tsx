// The place markers and the popup of the one place that is open.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useMap } from 'react-leaflet';
import { useI18n } from '../../i18n/react.tsx';
import { PlaceLabel } from './PlaceLabels.tsx';
import { PlaceMarker } from './PlaceMarker.tsx';
import { PlacePopup } from './PlacePopup.tsx';
import { estimateLabelWidth, layoutLabels, type LabelSide } from './label-layout.ts';
import { labelledPlaces, markerRadius, maxRadiusFor, typeGradient } from './scales.ts';
import { indexOfItem } from './popup-paging.ts';
import type { MapPlace } from './types.ts';

export interface PlaceMarkersProps {
  places: MapPlace[];
  selectedEventId: string | null;
  onSelectEvent: (id: string) => void;
}

interface OpenState { id: string; byKeyboard: boolean }

function useOpenPlace(places: MapPlace[], selectedEventId: string | null) {
  const [open, setOpen] = useState<OpenState | null>(null);
  const selectedPlace = useMemo(
    () => (selectedEventId === null ? null : places.find((p) => indexOfItem(p.items, selectedEventId) >= 0) ?? null),
    [places, selectedEventId],
  );
  const selectedPlaceId = selectedPlace?.id ?? null;
  // A newly selected event (from the list, a chart or the URL) shows its place's
  // popup: state adjusted while rendering, as React advises over an effect.
  const [seenSelection, setSeenSelection] = useState<string | null>(null);
  if (selectedEventId !== seenSelection) {
    setSeenSelection(selectedEventId);
    if (selectedPlaceId !== null && open?.id !== selectedPlaceId) setOpen({ id: selectedPlaceId, byKeyboard: false });
  }
  const onOpen = useCallback((id: string, byKeyboard: boolean) => setOpen({ id, byKeyboard }), []);
  // Only the popup that closed may clear the state: switching places removes the old one too.
  const onClosed = useCallback((id: string) => setOpen((cur) => (cur?.id === id ? null : cur)), []);
  const openPlace = open === null ? null : places.find((p) => p.id === open.id) ?? null;
  return { open, openPlace, selectedPlaceId, onOpen, onClosed };
}

/** The largest marker radius for the map's current width, following resizes. */
function useMaxRadius(): number {
  const map = useMap();
  const [maxRadius, setMaxRadius] = useState(() => maxRadiusFor(map.getSize().x));
  useEffect(function followMapResize() {
    const onResize = () => setMaxRadius(maxRadiusFor(map.getSize().x));
    map.on('resize', onResize);
    return function stopFollowingResize() { map.off('resize', onResize); };
  }, [map]);
  return maxRadius;
}

/** Which of the busiest places get a permanent label, and on which side, at the current zoom. */
function useLabelSides(places: MapPlace[], labelled: ReadonlySet<string>, radius: (p: MapPlace) => number): Map<string, LabelSide> {
  const map = useMap();
  const [view, setView] = useState(0);
  useEffect(function remeasureOnViewChange() {
    const onView = () => setView((v) => v + 1);
    map.on('moveend zoomend resize', onView);
    // The first fit may have happened before this listener: measure once more after layout.
    const frame = requestAnimationFrame(onView);
    return function stopRemeasuring() {
      cancelAnimationFrame(frame);
      map.off('moveend zoomend resize', onView);
    };
  }, [map]);
  return useMemo(() => {
    const boxes = places.filter((p) => labelled.has(p.id)).map((p) => {
      const at = map.latLngToContainerPoint([p.lat, p.lon]);
      return { id: p.id, x: at.x, y: at.y, radius: radius(p), width: estimateLabelWidth(p.name), height: 16 };
    });
    const discs = places.map((p) => {
      const at = map.latLngToContainerPoint([p.lat, p.lon]);
      return { id: p.id, x: at.x, y: at.y, radius: radius(p) };
    });
    return layoutLabels(boxes, map.getSize().x, discs);
    // `view` stands for the map's zoom and size, which Leaflet holds outside React.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, places, labelled, radius, view]);
}

export function PlaceMarkers({ places, selectedEventId, onSelectEvent }: PlaceMarkersProps) {
  const { t, plural } = useI18n();
  const { open, openPlace, selectedPlaceId, onOpen, onClosed } = useOpenPlace(places, selectedEventId);
  const maxRadius = useMaxRadius();
  const maxTotal = useMemo(() => places.reduce((m, p) => Math.max(m, p.total), 0), [places]);
  const labelled = useMemo(() => labelledPlaces(places), [places]);
  const radiusOf = useCallback((p: MapPlace) => markerRadius(p.total, maxTotal, maxRadius), [maxTotal, maxRadius]);
  const sides = useLabelSides(places, labelled, radiusOf);
  return (
    <>
      {places.map((p) => (
        <PlaceMarker key={p.id} id={p.id} name={p.name} lat={p.lat} lon={p.lon}
          ariaLabel={t('map.place.aria', { name: p.name, count: plural('count.contacts', p.total) })}
          radius={markerRadius(p.total, maxTotal, maxRadius)} fill={typeGradient(p.byType)}
          labelled={sides.has(p.id)} selected={p.id === selectedPlaceId} onOpen={onOpen} />
      ))}
      {places.filter((p) => sides.has(p.id)).map((p) => (
        <PlaceLabel key={p.id} name={p.name} lat={p.lat} lon={p.lon} radius={radiusOf(p)} side={sides.get(p.id) ?? 'right'} />
      ))}
      {openPlace && (
        <PlacePopup place={openPlace} radius={markerRadius(openPlace.total, maxTotal, maxRadius)} selectedEventId={selectedEventId}
          autoFocus={open?.byKeyboard ?? false} onSelectEvent={onSelectEvent} onClosed={onClosed} />
      )}
    </>
  );
}
