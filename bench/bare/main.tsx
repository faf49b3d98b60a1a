// The floor (issue 19): React, Leaflet (react-leaflet) and recharts drawing the
// same basemap, places and two charts of the default data, with nothing else:
// no URL state, no i18n, no list, no poster. "live" for the dashboard is
// measured against this page's drawn time, and its bytes are the size floor.
import 'leaflet/dist/leaflet.css';
import type { FeatureCollection } from 'geojson';
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { CircleMarker, GeoJSON, MapContainer } from 'react-leaflet';
import { Bar, BarChart, XAxis, YAxis } from 'recharts';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countriesUrl from 'world-atlas/countries-110m.json?url';
import data from '../../data/contacts.json';

const places = new Map(data.places.map((p) => [p.id, p]));
const count = (key: (e: (typeof data.events)[number]) => string) => {
  const m = new Map<string, number>();
  for (const e of data.events) m.set(key(e), (m.get(key(e)) ?? 0) + 1);
  return [...m].map(([name, total]) => ({ name, total }));
};
const partners = count((e) => e.partner ?? '?').sort((a, b) => b.total - a.total);
const months = count((e) => e.date.slice(0, 7)).sort((a, b) => a.name.localeCompare(b.name));
const byPlace = count((e) => e.place);

function Page() {
  const [shapes, setShapes] = useState<FeatureCollection | null>(null);
  useEffect(() => {
    void fetch(countriesUrl).then((r) => r.json()).then((t: Topology<{ countries: GeometryCollection }>) => setShapes(feature(t, t.objects.countries) as FeatureCollection));
  }, []);
  return (
    <main>
      <MapContainer center={[30, 20]} zoom={2} style={{ height: 420 }}>
        {shapes && <GeoJSON data={shapes} style={{ color: '#999', weight: 0.6, fillColor: '#f4f1ea', fillOpacity: 1 }} />}
        {byPlace.map((p) => {
          const at = places.get(p.name);
          return at ? <CircleMarker key={p.name} center={[at.lat, at.lon]} radius={4 + p.total * 2} /> : null;
        })}
      </MapContainer>
      <BarChart layout="vertical" width={440} height={partners.length * 28 + 28} data={partners}>
        <XAxis type="number" /><YAxis type="category" dataKey="name" width={60} /><Bar dataKey="total" fill="#1e3681" isAnimationActive={false} />
      </BarChart>
      <BarChart width={440} height={220} data={months}>
        <XAxis dataKey="name" /><YAxis /><Bar dataKey="total" fill="#8f2d00" isAnimationActive={false} />
      </BarChart>
    </main>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(<StrictMode><Page /></StrictMode>);
