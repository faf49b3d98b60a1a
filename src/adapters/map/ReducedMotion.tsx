// Inside the MapContainer: keeps auto-pans still under prefers-reduced-motion.
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { stillPans } from './reduced-motion.ts';

export function ReducedMotion() {
  const map = useMap();
  useEffect(function keepPansStill() { return stillPans(map as unknown as Parameters<typeof stillPans>[0]); }, [map]);
  return null;
}
