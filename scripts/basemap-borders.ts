// The basemap's borders as newsrooms draw them (docs/borders.md), applied at
// build time to world-atlas's topology, and its ids rewritten from ISO numeric
// to the dataset's alpha-2 codes so the page needs no lookup table.
import countries from 'i18n-iso-countries';
import { feature, mergeArcs } from 'topojson-client';
import type { GeometryObject, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import type { Feature, MultiPolygon as GeoMultiPolygon, Polygon as GeoPolygon, Position } from 'geojson';

type Shape = Polygon<Named> | MultiPolygon<Named>;
interface Named { name: string }

/** Simferopol, Crimea's capital: the ring that holds it is Crimea. */
export const SIMFEROPOL: readonly [number, number] = [34.1, 44.95];

/** Features world-atlas leaves without a number, matched by their name. */
const ALPHA2_BY_NAME: Readonly<Record<string, string>> = { Kosovo: 'XK' };

const nameOf = (g: GeometryObject<Named>): string => (g.properties as Named | undefined)?.name ?? '';

function geometries(topology: Topology): GeometryObject<Named>[] {
  const countriesObject = topology.objects.countries;
  if (countriesObject?.type !== 'GeometryCollection') throw new Error('basemap: no countries collection');
  return countriesObject.geometries as GeometryObject<Named>[];
}

function byName(topology: Topology, name: string): Shape {
  const found = geometries(topology).find((g) => nameOf(g) === name);
  if (found?.type !== 'Polygon' && found?.type !== 'MultiPolygon') throw new Error(`basemap: no shape named ${name}`);
  return found;
}

/** Even-odd ray casting over one ring, in longitude/latitude. */
function ringHolds(ring: Position[], [x, y]: readonly [number, number]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** For each polygon of a country's shape, whether its outer ring holds the point (110m countries have no holes there). */
function polygonsHolding(topology: Topology, name: string, point: readonly [number, number]): boolean[] {
  const { geometry } = feature(topology, byName(topology, name)) as Feature<GeoPolygon | GeoMultiPolygon>;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.map(([outer]) => outer !== undefined && ringHolds(outer, point));
}

/** Whether a country's shape in `topology` holds a point. */
export function shapeHolds(topology: Topology, name: string, point: readonly [number, number]): boolean {
  return polygonsHolding(topology, name, point).includes(true);
}

/**
 * Crimea drawn as part of Ukraine (UN General Assembly resolution 68/262).
 * world-atlas 2.0 (Natural Earth 4.1) gives it to Russia as a separate ring;
 * that ring moves to Ukraine and merges with it, so no line crosses the
 * isthmus of Perekop. Throws if the ring is neither in Russia nor in Ukraine,
 * so a world-atlas update that redraws it is noticed, not silently shipped.
 */
export function drawCrimeaAsUkraine(topology: Topology): Topology {
  if (shapeHolds(topology, 'Ukraine', SIMFEROPOL) && !shapeHolds(topology, 'Russia', SIMFEROPOL)) return topology;
  const russia = byName(topology, 'Russia');
  if (russia.type !== 'MultiPolygon') throw new Error('basemap: Russia is not a MultiPolygon');
  const crimea = polygonsHolding(topology, 'Russia', SIMFEROPOL).indexOf(true);
  const crimeaArcs = russia.arcs[crimea];
  if (crimeaArcs === undefined) throw new Error('basemap: Crimea is in neither Russia nor Ukraine');
  const ukraine = byName(topology, 'Ukraine');
  const merged = mergeArcs(topology, [ukraine, { type: 'Polygon', arcs: crimeaArcs }]);
  const redraw = (g: GeometryObject<Named>): GeometryObject<Named> => {
    if (g === ukraine) return { ...ukraine, type: 'MultiPolygon', arcs: merged.arcs };
    if (g === russia) return { ...russia, arcs: russia.arcs.filter((_, i) => i !== crimea) };
    return g;
  };
  return { ...topology, objects: { ...topology.objects, countries: { type: 'GeometryCollection', geometries: geometries(topology).map(redraw) } } };
}

/**
 * Ids rewritten from ISO 3166-1 numeric (Natural Earth's) to alpha-2 (the
 * dataset's); a feature with neither a number nor a known name (N. Cyprus,
 * Somaliland) is left without an id.
 */
export function alpha2Ids(topology: Topology): Topology {
  const recode = (g: GeometryObject<Named>): GeometryObject<Named> => {
    const { id, ...rest } = g;
    const code = (id === undefined ? undefined : countries.numericToAlpha2(String(id))) ?? ALPHA2_BY_NAME[nameOf(g)];
    return code === undefined ? rest : { ...rest, id: code };
  };
  return { ...topology, objects: { ...topology.objects, countries: { type: 'GeometryCollection', geometries: geometries(topology).map(recode) } } };
}
