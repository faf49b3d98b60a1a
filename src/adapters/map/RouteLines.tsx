// Trips drawn from home through their stops and back, with arrowheads for direction.
import { divIcon, svg } from 'leaflet';
import { memo, useMemo } from 'react';
import { Marker, Polyline, Tooltip } from 'react-leaflet';
import { themeVar } from '../../theme.ts';
import { routeArrows, type RouteArrow } from './routeArrows.ts';
import type { MapRoute } from './types.ts';

const LINE = { color: themeVar('route'), weight: 2, opacity: 0.55 } as const;

function arrowIcon(angle: number) {
  // An element styled through the CSSOM, not an HTML string with a style
  // attribute: the production CSP (style-src 'self') blocks the latter.
  const arrow = document.createElement('span');
  arrow.style.transform = `rotate(${angle.toFixed(1)}deg)`;
  return divIcon({ className: 'contacts-route-arrow', iconSize: [12, 12], html: arrow });
}

const Arrow = memo(function Arrow({ arrow }: { arrow: RouteArrow }) {
  const icon = useMemo(() => arrowIcon(arrow.angle), [arrow.angle]);
  return <Marker position={arrow.at} icon={icon} pane="route-arrows" interactive={false} keyboard={false} />;
});

export function RouteLines({ routes }: { routes: MapRoute[] }) {
  const renderer = useMemo(() => svg({ pane: 'routes' }), []);
  const arrows = useMemo(() => routeArrows(routes), [routes]);
  return (
    <>
      {routes.map((r) => (
        // className at creation: setStyle, which applies pathOptions, never sets classes.
        <Polyline key={r.trip} className="contacts-route" positions={r.points} pathOptions={LINE} renderer={renderer} pane="routes">
          <Tooltip sticky>{r.label}</Tooltip>
        </Polyline>
      ))}
      {arrows.map((a) => <Arrow key={a.key} arrow={a} />)}
    </>
  );
}
