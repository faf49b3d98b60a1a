import { describe, expect, it } from 'vitest';
import { boundsKey, boundsOf, placesBounds } from './fit.ts';
import { routeArrows } from './routeArrows.ts';
import { labelledPlaces, markerRadius, maxRadiusFor, MAX_RADIUS, MIN_RADIUS, shadeClasses, shadeColor, SHADE_COLORS } from './scales.ts';

describe('markerRadius', () => {
  it('gives the busiest place the largest disc and a quarter of its count half the radius', () => {
    expect(markerRadius(100, 100)).toBe(MAX_RADIUS);
    expect(markerRadius(25, 100)).toBe(MAX_RADIUS / 2);
    expect(markerRadius(1, 10_000)).toBe(MIN_RADIUS);
  });
  it('draws smaller discs on a phone than on a desktop', () => {
    expect(maxRadiusFor(1280)).toBe(MAX_RADIUS);
    expect(maxRadiusFor(360)).toBe(13);
    expect(markerRadius(4, 4, maxRadiusFor(360))).toBe(13);
  });
});

describe('shadeClasses', () => {
  it('splits 1..100 into five log-spaced classes, darkest for the most contacts', () => {
    const classes = shadeClasses(100);
    expect(classes.map((c) => [c.from, c.to])).toEqual([[1, 3], [4, 6], [7, 16], [17, 40], [41, 100]]);
    expect(shadeColor(2, classes)).toBe(SHADE_COLORS[0]);
    expect(shadeColor(100, classes)).toBe(SHADE_COLORS[4]);
    expect(shadeColor(0, classes)).toBeNull();
  });
  it('gives one class per count when there are few, from the dark end', () => {
    expect(shadeClasses(2).map((c) => [c.from, c.to, c.color])).toEqual([[1, 1, SHADE_COLORS[3]], [2, 2, SHADE_COLORS[4]]]);
    expect(shadeClasses(0)).toEqual([]);
  });
});

describe('labelledPlaces', () => {
  it('keeps permanent labels for the busiest eight only', () => {
    const places = Array.from({ length: 300 }, (_, i) => ({ id: `p${String(i).padStart(3, '0')}`, total: i }));
    expect([...labelledPlaces(places)].sort()).toEqual(['p292', 'p293', 'p294', 'p295', 'p296', 'p297', 'p298', 'p299']);
  });
});

describe('the refit key (boundsKey of placesBounds)', () => {
  const fitKey = (...args: Parameters<typeof placesBounds>) => boundsKey(placesBounds(...args));
  const bamako = { lat: 12.64, lon: -8 }, moscow = { lat: 55.75, lon: 37.62 }, kazan = { lat: 55.79, lon: 49.12 }, cairo = { lat: 30.04, lon: 31.24 };
  it('does not change when only order or counts change, so the map does not jump', () => {
    expect(fitKey([moscow, bamako])).toBe(fitKey([bamako, moscow]));
  });
  it('does not change when a place inside the others comes or goes', () => {
    expect(fitKey([bamako, moscow])).toBe(fitKey([bamako, cairo, moscow]));
  });
  it('changes when the places or a trip reach further', () => {
    expect(fitKey([bamako])).not.toBe(fitKey([bamako, kazan]));
    expect(fitKey([bamako, moscow], [{ points: [[12.64, -8], [55.79, 49.12]] }])).not.toBe(fitKey([bamako, moscow]));
  });
  it('bounds every point', () => {
    expect(boundsOf([[12.6, -8], [55.75, 37.6], [30, 31.2]])).toEqual([[12.6, -8], [55.75, 37.6]]);
    expect(boundsOf([])).toBeNull();
  });
});

describe('routeArrows', () => {
  it('points each leg the way it is flown: east is 0°, north −90°, west 180°', () => {
    const arrows = routeArrows([{ points: [[0, 0], [0, 10], [10, 10], [10, 10], [10, 0]] }]);
    expect(arrows.map((a) => Math.round(a.angle))).toEqual([0, -90, 180]);
    expect(arrows[0]?.at[1]).toBeCloseTo(5);
  });
  it('draws one arrow for a leg shared by two trips', () => {
    expect(routeArrows([{ points: [[12.6, -8], [55.7, 37.6]] }, { points: [[12.6, -8], [55.7, 37.6]] }])).toHaveLength(1);
  });
});
