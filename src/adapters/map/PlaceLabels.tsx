// Permanent names of the busiest places, in a pane above every marker: inside
// the markers, a name would sink under the discs of its smaller neighbours.
import { divIcon } from 'leaflet';
import { memo, useMemo } from 'react';
import { Marker } from 'react-leaflet';

import type { LabelSide } from './label-layout.ts';

export interface PlaceLabelProps { name: string; lat: number; lon: number; radius: number; side: LabelSide }

export const PlaceLabel = memo(function PlaceLabel({ name, lat, lon, radius, side }: PlaceLabelProps) {
  const position = useMemo<[number, number]>(() => [lat, lon], [lat, lon]);
  const icon = useMemo(() => {
    const text = document.createElement('span');
    text.textContent = name;
    text.setAttribute('aria-hidden', 'true'); // the marker itself carries the name
    // A label on the right side is offset from the left edge, and the other way round.
    text.style[side === 'right' ? 'left' : 'right'] = `${Math.round(radius + 3)}px`;
    return divIcon({ className: 'contacts-place-label', iconSize: [0, 0], html: text });
  }, [name, radius, side]);
  return <Marker position={position} icon={icon} pane="place-labels" interactive={false} keyboard={false} />;
});
