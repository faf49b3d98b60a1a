// One focusable marker per place; its icon is rebuilt only when what it shows changes.
import type { LeafletKeyboardEvent } from 'leaflet';
import { memo, useEffect, useMemo, useState } from 'react';
import { Marker } from 'react-leaflet';
import type { Marker as LeafletMarker } from 'leaflet';
import { positionFlat } from './leaflet-private.ts';
import { createPlaceIcon } from './placeIcon.ts';

const flat = (marker: LeafletMarker | null) => {
  if (marker) positionFlat(marker);
};

export interface PlaceMarkerProps {
  id: string;
  name: string;
  lat: number;
  lon: number;
  ariaLabel: string;
  radius: number;
  fill: string;
  labelled: boolean;
  selected: boolean;
  onOpen: (id: string, byKeyboard: boolean) => void;
}

export const PlaceMarker = memo(function PlaceMarker(props: PlaceMarkerProps) {
  const { id, name, lat, lon, ariaLabel, radius, fill, labelled, selected, onOpen } = props;
  const position = useMemo<[number, number]>(() => [lat, lon], [lat, lon]);
  // One icon per marker, restyled in place when what it shows changes.
  const [icon] = useState(() => createPlaceIcon({ id, name, ariaLabel, radius, fill, labelled, selected }));
  useEffect(function restyleIcon() {
    icon.update({ id, name, ariaLabel, radius, fill, labelled, selected });
  }, [icon, id, name, ariaLabel, radius, fill, labelled, selected]);
  const handlers = useMemo(() => ({
    click: () => onOpen(id, false),
    // A div with role=button does not turn Enter or Space into a click by itself.
    keydown: (e: LeafletKeyboardEvent) => {
      const key = e.originalEvent.key;
      if (key !== 'Enter' && key !== ' ') return;
      e.originalEvent.preventDefault();
      onOpen(id, true);
    },
  }), [id, onOpen]);
  // Smaller places above bigger ones so none is hidden; the selected one above all.
  const zIndexOffset = selected ? 100000 : -Math.round(radius * 100);
  return (
    <Marker ref={flat} position={position} icon={icon} pane="places" keyboard riseOnHover
      zIndexOffset={zIndexOffset} eventHandlers={handlers} />
  );
});
