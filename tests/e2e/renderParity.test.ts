/**
 * The static render draws what Leaflet draws: in a real Chromium, Leaflet
 * 1.9.4 opens a map with the app's options and fitBounds on the story box,
 * and every region, neighbour and control path's `d`, the zoom, the pixel
 * origin and every label's point equal the static render's, at several sizes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import type { Browser, Page } from 'playwright-core';
import { DIST, ROOT, launchChromium, requireDist, serveStatic, type StaticServer } from './harness.ts';
import { decodeRegions } from '../../src/lib/geo/decodeRegions.ts';
import { storyBounds } from '../../src/lib/geo/storyBounds.ts';
import { fitBoundsView, toPixel, viewOptionsFor, type LatLngBoundsLike } from '../../src/lib/geo/leafletView.ts';
import { readProfile } from '../../src/cli/conflicts.ts';
import { mapLabels } from '../../src/lib/geo/mapLabels.ts';
import { polygonPath } from '../../src/lib/render/pathData.ts';
import { mapViewFor } from '../../src/lib/render/renderMap.ts';
import { MAP_STROKES } from '../../src/lib/style/mapLayers.ts';
import baseLabels from '../../geodata/conflicts/ua/src/baseLabels.json';

/** The page's Leaflet (leaflet.js as a classic script), used only inside page.evaluate. */
declare const L: typeof import('leaflet');

const regions = decodeRegions(JSON.parse(readFileSync(join(ROOT, 'geodata', 'conflicts', 'ua', 'regions.topo.json'), 'utf8')) as Topology, readProfile('ua'));
/** The app's options for this map: its view kept inside the data's extent. */
const OPTIONS = viewOptionsFor(regions.extent);
const control = JSON.parse(readFileSync(join(ROOT, 'geodata', 'conflicts', 'ua', 'control.geojson'), 'utf8')) as FeatureCollection;
const storyBox = storyBounds(regions.regions);

let server: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  requireDist();
  server = await serveStatic([join(ROOT, 'node_modules', 'leaflet', 'dist'), DIST], {
    routes: [
      (req, res) => {
        if (req.url !== '/parity.html') return false;
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end('<!doctype html><meta charset="utf-8"><link rel="stylesheet" href="/leaflet.css"><style>body{margin:0}</style><script src="/leaflet.js"></script><body></body>');
        return true;
      },
    ],
  });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(`${server.url}/parity.html`);
  await page.waitForFunction(() => 'L' in window);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

type LeafletDraw = { zoom: number; origin: [number, number]; regions: Record<string, string>; countries: Record<string, string>; control: string[]; labels: [number, number][] };

/** Leaflet's own drawing of the map at width × height, as MapView.svelte and the layer components set it up. */
function leafletDraw(width: number, height: number, bounds: LatLngBoundsLike = storyBox): Promise<LeafletDraw> {
  const labels = mapLabels(regions, baseLabels, 'en').map((l) => l.at);
  return page.evaluate(
    ({ width, height, bounds, o, regions, countries, control, labels, strokes }) => {
      document.body.replaceChildren();
      const el = document.createElement('div');
      el.style.cssText = `position:absolute;left:0;top:0;width:${width}px;height:${height}px`;
      document.body.append(el);
      const map = L.map(el, {
        zoomSnap: o.zoomSnap, zoomDelta: 0.5, attributionControl: false, zoomControl: true,
        minZoom: o.minZoom, maxZoom: o.maxZoom, maxBounds: L.latLngBounds(o.maxBounds![0], o.maxBounds![1]), keyboard: false,
      });
      map.fitBounds(bounds, { padding: o.padding, animate: false });
      const renderer = L.svg({ padding: 0.5 }).addTo(map);
      const d = (layer: L.Layer) => (layer as unknown as { _path: SVGPathElement })._path.getAttribute('d')!;
      const byId = (fc: unknown, weight: number) => {
        const out: Record<string, string> = {};
        L.geoJSON(fc as never, { renderer, style: () => ({ weight }) }).addTo(map).eachLayer((l) => {
          out[(l as unknown as { feature: { properties: { id: string } } }).feature.properties.id] = d(l);
        });
        return out;
      };
      const r = byId(regions, strokes.region.weight);
      const c = byId(countries, strokes.neighbour.weight);
      const held: string[] = [];
      L.geoJSON(control as never, { renderer, style: () => ({ weight: strokes.held.weight }) }).addTo(map).eachLayer((l) => held.push(d(l)));
      const origin = map.getPixelOrigin();
      const pts = labels.map(([lng, lat]) => {
        const p = map.latLngToLayerPoint([lat, lng]).round();
        return [p.x, p.y] as [number, number];
      });
      const result = { zoom: map.getZoom(), origin: [origin.x, origin.y] as [number, number], regions: r, countries: c, control: held, labels: pts };
      map.remove();
      return result;
    },
    {
      width, height, bounds, o: OPTIONS, strokes: MAP_STROKES, labels,
      regions: { type: 'FeatureCollection', features: regions.regions },
      countries: { type: 'FeatureCollection', features: regions.countries },
      control,
    },
  );
}

describe('static render = Leaflet', () => {
  // An embed, the app at 1280 × 800, a phone, a square, a social card's map and one wide enough for maxBounds to act.
  for (const [w, h] of [[736, 440], [768, 640], [375, 260], [900, 900], [1200, 480], [3000, 1400]] as const) {
    it(`draws the same zoom, pixel origin, paths and label points at ${w} × ${h}`, async () => {
      const leaflet = await leafletDraw(w, h);
      const view = mapViewFor(regions, w, h);
      expect(view.zoom).toBe(leaflet.zoom);
      expect(view.pixelOrigin).toEqual(leaflet.origin);
      for (const f of regions.regions) expect(polygonPath(f.geometry, view, MAP_STROKES.region), f.properties.id).toBe(leaflet.regions[f.properties.id]);
      for (const f of regions.countries) expect(polygonPath(f.geometry, view, MAP_STROKES.neighbour), f.properties.id).toBe(leaflet.countries[f.properties.id]);
      expect(control.features.map((f) => polygonPath(f.geometry as never, view, MAP_STROKES.held))).toEqual(leaflet.control);
      expect(mapLabels(regions, baseLabels, 'en').map((l) => toPixel(view, l.at[0], l.at[1]))).toEqual(leaflet.labels);
    });
  }

  it('keeps the view inside maxBounds as Leaflet does', async () => {
    // A box reaching past the map's maxBounds (the data's extent, north of 58°N and east of 58°E), so Leaflet shifts the centre.
    expect(OPTIONS.maxBounds).toEqual([[38, 14], [58, 58]]);
    const box: LatLngBoundsLike = [[53, 50], [59, 62]];
    const leaflet = await leafletDraw(1200, 700, box);
    const view = fitBoundsView(box, 1200, 700, OPTIONS);
    const free = fitBoundsView(box, 1200, 700, { ...OPTIONS, maxBounds: null });
    expect(view.pixelOrigin).not.toEqual(free.pixelOrigin);
    expect(view.zoom).toBe(leaflet.zoom);
    expect(view.pixelOrigin).toEqual(leaflet.origin);
  });

  // The built app and embed: Leaflet's paths in the real map box equal the static render's for that box.
  for (const [path, width, height] of [['/index.html', 1280, 800], ['/embed.html', 700, 900], ['/index.html', 390, 844]] as const) {
    it(`matches the live map of ${path} at ${width} × ${height}`, async () => {
      const live = await browser.newPage({ viewport: { width, height } });
      try {
        await live.goto(`${server.url}${path}`);
        // Leaflet's own paths, once it has taken over from the static first view.
        await live.waitForFunction((n) => document.querySelectorAll('.leaflet-container path[data-region]').length === n, regions.regions.length);
        const drawn = await live.evaluate(() => {
          const box = document.querySelector('.cl-map') as HTMLElement;
          const d: Record<string, string> = {};
          for (const p of document.querySelectorAll('.leaflet-container path[data-region]')) d[p.getAttribute('data-region')!] = p.getAttribute('d')!;
          return { w: box.clientWidth, h: box.clientHeight, d };
        });
        const view = mapViewFor(regions, drawn.w, drawn.h);
        for (const f of regions.regions) expect(polygonPath(f.geometry, view, MAP_STROKES.region), f.properties.id).toBe(drawn.d[f.properties.id]);
      } finally {
        await live.close();
      }
    });
  }
});
