// The live map opens where the poster was, drawing the poster's own shapes (issue 19).
import { describe, expect, it } from 'vitest';
import { readPosterShapes, readPosterView, takePosterView, setPosterView } from './poster-view.ts';
import { containerPoint, pixelOrigin } from './web-mercator.ts';

const view = { center: [40, 20] as [number, number], zoom: 2.25, width: 900 };

function posterSvg(d: string): Element {
  const host = document.createElement('div');
  host.innerHTML = `<svg class="static-map-svg" data-center="40,20" data-zoom="2.25" data-width="900"><path class="static-country" data-iso="ML" d="${d}"/></svg>`;
  return host.firstElementChild as Element;
}

describe('poster view', () => {
  it('reads the view and gives a narrower map the same extent at a fractional zoom, once', () => {
    const svg = posterSvg('M0 0z');
    expect(readPosterView(svg)).toEqual(view);
    setPosterView(view);
    const taken = takePosterView(450);
    expect(taken?.zoom).toBeCloseTo(1.25, 9);
    expect(takePosterView(450)).toBeNull();
    setPosterView(view);
    expect(takePosterView(1200)?.zoom).toBe(2.25); // wider: the poster is not scaled up
  });

  it('turns the poster\'s paths back into the degrees they were drawn from, to the pixel', () => {
    const origin = pixelOrigin(view, [900, 420]);
    const ring: Array<[number, number]> = [[12.6, -8], [16, -4], [20, 2], [12.6, -8]];
    const px = ring.map((at) => containerPoint(at, view, origin));
    const at = (i: number) => px[i] ?? { x: NaN, y: NaN };
    const d = `M${at(0).x} ${at(0).y}` + px.slice(1, -1).map((p, i) => `l${p.x - at(i).x} ${p.y - at(i).y}`).join('') + 'z';
    const [feature] = readPosterShapes(posterSvg(d), view, 420) ?? [];
    expect(feature?.properties.iso).toBe('ML');
    const back = (feature?.geometry as unknown as { coordinates: Array<Array<[number, number]>> }).coordinates[0] ?? [];
    expect(back).toHaveLength(ring.length);
    back.forEach(([lon, lat], i) => {
      expect(containerPoint([lat, lon], view, origin)).toEqual(at(i % (px.length - 1)));
    });
  });
});
