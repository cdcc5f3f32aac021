import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fitBoundsView, MAP_VIEW_OPTIONS, project, toPixel, unproject } from '../../../src/lib/geo/leafletView.ts';
import { root } from '../linker/helpers.ts';

describe('leafletView', () => {
  it('projects as EPSG:3857 at 256 px per tile', () => {
    expect(project(0, 0, 0)).toEqual([128, 128]);
    expect(project(0, 180, 1)[0]).toBeCloseTo(512, 9);
    const [lat, lng] = unproject(...project(47.5, 35.2, 6.25), 6.25);
    expect(lat).toBeCloseTo(47.5, 9);
    expect(lng).toBeCloseTo(35.2, 9);
  });

  it('fits bounds with padding, snapped down to the zoom step, centred', () => {
    const v = fitBoundsView([[44, 30], [50, 40]], 800, 600);
    expect(v.zoom % MAP_VIEW_OPTIONS.zoomSnap).toBe(0);
    const [x0, y0] = toPixel(v, 30, 50);
    const [x1, y1] = toPixel(v, 40, 44);
    // Inside the padded box, and centred within a pixel.
    expect(x0).toBeGreaterThanOrEqual(8);
    expect(x1).toBeLessThanOrEqual(792);
    expect(y0).toBeGreaterThanOrEqual(8);
    expect(y1).toBeLessThanOrEqual(592);
    expect(Math.abs(x0 + x1 - 800)).toBeLessThanOrEqual(2);
    // One step more would not fit.
    const next = fitBoundsView([[44, 30], [50, 40]], 800, 600, { ...MAP_VIEW_OPTIONS, minZoom: v.zoom + 0.25 });
    const [a, c] = toPixel(next, 30, 50);
    const [b, d] = toPixel(next, 40, 44);
    expect(b - a > 784 || d - c > 584).toBe(true);
  });

  it('refuses an empty map', () => {
    expect(() => fitBoundsView([[44, 30], [50, 40]], 0, 300)).toThrow('map size must be positive, got 0 × 300');
  });

  it('assumes the options MapView.svelte gives Leaflet', () => {
    // Until MapView takes its options from viewOptionsFor (MAP_VIEW_OPTIONS and the data's extent), this fails when the two drift apart.
    const src = readFileSync(join(root, 'src', 'components', 'map', 'MapView.svelte'), 'utf8');
    const o = MAP_VIEW_OPTIONS;
    const uses = src.includes('viewOptionsFor(extent)');
    if (!uses) {
      expect(src).toContain(`zoomSnap: ${o.zoomSnap},`);
      expect(src).toContain(`minZoom: ${o.minZoom},`);
      expect(src).toContain(`maxZoom: ${o.maxZoom},`);
      expect(src).toContain(`maxBounds: L.latLngBounds([${o.maxBounds![0].join(', ')}], [${o.maxBounds![1].join(', ')}]),`);
      expect(src).toContain(`padding: [${o.padding.join(', ')}]`);
      expect(src).toContain('L.svg({ padding: 0.5 })');
    }
  });
});

describe('the static render opens on the live map’s view', () => {
  it('keeps the view inside the data’s extent, as MapView gives Leaflet (Georgia in a wide embed)', async () => {
    const { decodeRegions } = await import('../../../src/lib/geo/decodeRegions.ts');
    const { readProfile } = await import('../../../src/cli/conflicts.ts');
    const { mapViewFor } = await import('../../../src/lib/render/renderMap.ts');
    const { storyBounds } = await import('../../../src/lib/geo/storyBounds.ts');
    const { viewOptionsFor } = await import('../../../src/lib/geo/leafletView.ts');
    const topo = JSON.parse(readFileSync(join(root, 'geodata', 'conflicts', 'ge', 'regions.topo.json'), 'utf8'));
    const ge = decodeRegions(topo, readProfile('ge'));
    const live = fitBoundsView(storyBounds(ge.regions), 1400, 440, viewOptionsFor(ge.extent));
    const free = fitBoundsView(storyBounds(ge.regions), 1400, 440, { ...MAP_VIEW_OPTIONS, maxBounds: null });
    // The extent matters at this size, so the test can tell the two apart.
    expect(live.pixelOrigin).not.toEqual(free.pixelOrigin);
    expect(mapViewFor(ge, 1400, 440)).toEqual(live);
  });
});
