/**
 * The static first view's figures for `npm run bench` (issue 14), each beside
 * a bare Leaflet page drawing the same regions: time to painted regions, bytes
 * until the regions are painted and clickable, layout shift when Leaflet takes
 * over, click-to-panel before and after Leaflet.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import type { Browser, Page } from 'playwright-core';
import type { Route, StaticServer } from '../tests/e2e/harness.ts';
import { ROOT } from '../tests/e2e/harness.ts';
import { decodeRegions } from '../src/lib/geo/decodeRegions.ts';
import { storyBounds } from '../src/lib/geo/storyBounds.ts';
import { MAP_VIEW_OPTIONS } from '../src/lib/geo/leafletView.ts';
import { median } from './browser.ts';

const LEAFLET = /\/(assets\/leaflet-src-[^/]*\.js|embed-leaflet\.js)$/;

/**
 * /bare.html: the reference — Leaflet's own script and stylesheet, then one
 * script with the regions and the control layer that draws them as the app's
 * map does (same options, same fitBounds), each region path tagged data-region.
 */
export function bareLeafletRoutes(): Route[] {
  const regions = decodeRegions(JSON.parse(readFileSync(join(ROOT, 'geodata/conflicts/ua/regions.topo.json'), 'utf8')) as Topology);
  const control = readFileSync(join(ROOT, 'geodata/conflicts/ua/control.geojson'), 'utf8');
  const o = MAP_VIEW_OPTIONS;
  const script =
    `var countries=${JSON.stringify({ type: 'FeatureCollection', features: regions.countries })};` +
    `var regions=${JSON.stringify({ type: 'FeatureCollection', features: regions.regions })};` +
    `var control=${control};` +
    `var map=L.map('map',{zoomSnap:${o.zoomSnap},minZoom:${o.minZoom},maxZoom:${o.maxZoom},maxBounds:${JSON.stringify(o.maxBounds)},attributionControl:false});` +
    `map.fitBounds(${JSON.stringify(storyBounds(regions.regions))},{padding:${JSON.stringify(o.padding)},animate:false});` +
    `L.geoJSON(countries,{interactive:false,style:{weight:0.8,color:'#bdb6a8',fillColor:'#ece9e2',fillOpacity:1}}).addTo(map);` +
    `var layer=L.geoJSON(regions,{style:{weight:1,color:'#a39b8b',fillColor:'#fbfaf6',fillOpacity:1}}).addTo(map);` +
    `L.geoJSON(control,{interactive:false,style:{weight:1.2,color:'#6e1614',fillColor:'#c96b66',fillOpacity:1,dashArray:'4 3'}}).addTo(map);` +
    `layer.eachLayer(function(l){l._path.setAttribute('data-region',l.feature.properties.id);l.on('click',function(){document.getElementById('panel').setAttribute('data-selected-region',l.feature.properties.id);});});`;
  const html =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bare Leaflet</title>' +
    '<link rel="stylesheet" href="/bare/leaflet.css"><style>html,body{margin:0;height:100%}#map{height:560px}</style></head>' +
    '<body><div id="map"></div><div id="panel"></div><script src="/bare/leaflet.js"></script><script src="/bare/map.js"></script></body></html>';
  const files: Record<string, [string, string | Buffer]> = {
    '/bare.html': ['text/html; charset=utf-8', html],
    '/bare/map.js': ['text/javascript', script],
    '/bare/leaflet.js': ['text/javascript', readFileSync(join(ROOT, 'node_modules/leaflet/dist/leaflet.js'))],
    '/bare/leaflet.css': ['text/css', readFileSync(join(ROOT, 'node_modules/leaflet/dist/leaflet.css'))],
  };
  return [
    (req, res) => {
      const f = files[new URL(req.url ?? '/', 'http://x').pathname];
      if (!f) return false;
      res.writeHead(200, { 'content-type': f[0], 'cache-control': 'no-store' });
      res.end(f[1]);
      return true;
    },
  ];
}

export type FirstViewFigures = {
  /** Median ms from navigation start to the first frame painted with region paths. */
  paintedMs: number;
  /** Median ms until the regions answer a click (static map live, or Leaflet's paths for the bare page). */
  clickableMs: number;
  /** gzip bytes of everything requested before the regions were clickable. */
  gzipUntilClickable: number;
  /** Cumulative layout shift from navigation until Leaflet has taken over (and two frames after). */
  cls: number;
};

/** Loads `path` `runs` times in fresh pages. `clickable` and `live` are selectors; for the bare page they are the same. */
export async function measureStaticFirstView(browser: Browser, server: StaticServer, path: string, clickable: string, live: string, runs = 5): Promise<FirstViewFigures> {
  const paints: number[] = [], clicks: number[] = [], shifts: number[] = [];
  let gzipUntilClickable = 0;
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const bodies = new Map<string, Promise<Buffer>>();
    if (i === 0) page.on('response', (r) => bodies.set(r.url(), r.body().catch(() => Buffer.alloc(0))));
    await page.addInitScript((clickable: string) => {
      const w = window as unknown as { __painted?: number; __clickable?: number; __cls: number };
      w.__cls = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) w.__cls += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
      // No named function here: tsx would wrap it in a helper the page does not have.
      new MutationObserver(() => {
        if (w.__painted === undefined && document.querySelector('path[data-region]')) {
          w.__painted = -1;
          requestAnimationFrame(() => requestAnimationFrame(() => (w.__painted = performance.now())));
        }
        if (w.__clickable === undefined && document.querySelector(clickable)) w.__clickable = performance.now();
      }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['role', 'data-region'] });
    }, clickable);
    await page.goto(server.url + path);
    await page.waitForFunction(() => {
      const w = window as unknown as { __painted?: number; __clickable?: number };
      return (w.__painted ?? -1) > 0 && w.__clickable !== undefined;
    });
    await page.waitForSelector(live);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const f = await page.evaluate(() => {
      const w = window as unknown as { __painted: number; __clickable: number; __cls: number };
      const before = performance.getEntriesByType('resource').filter((e) => e.startTime <= w.__clickable).map((e) => e.name);
      return { painted: w.__painted, clickable: w.__clickable, cls: w.__cls, before: [location.href, ...before] };
    });
    paints.push(f.painted);
    clicks.push(f.clickable);
    shifts.push(f.cls);
    if (i === 0) {
      await page.waitForLoadState('networkidle');
      for (const url of f.before) {
        const body = await bodies.get(url);
        if (body) gzipUntilClickable += gzipSync(body, { level: 9 }).length;
      }
    }
    await context.close();
  }
  return { paintedMs: median(paints), clickableMs: median(clicks), gzipUntilClickable, cls: Math.max(...shifts) };
}

/** Median click-to-panel over the story regions; `beforeLeaflet` holds Leaflet's script back for the whole run. */
export async function clickToPanel(browser: Browser, server: StaticServer, path: string, beforeLeaflet: boolean, rounds = 5): Promise<number> {
  const page: Page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  if (beforeLeaflet) await page.route(LEAFLET, () => { /* never answered: the static map stays */ });
  await page.goto(server.url + path, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector(beforeLeaflet ? '.cl-static path[data-region="UA-14"][role="button"]' : '.leaflet-container path[data-region="UA-14"]');
  const samples = await page.evaluate(async (rounds) => {
    const ids = ['UA-14', 'UA-09', 'UA-65', 'UA-23', 'UA-43', 'UA-40'];
    const out: number[] = [];
    for (let r = 0; r < rounds; r++) {
      for (const id of ids) {
        const el = document.querySelector(`path[data-region="${id}"]`)!;
        out.push(
          await new Promise<number>((resolve) => {
            const mo = new MutationObserver(() => {
              if (document.querySelector(`[data-selected-region="${id}"]`)) {
                mo.disconnect();
                resolve(performance.now() - t0);
              }
            });
            mo.observe(document.body, { subtree: true, childList: true, attributes: true });
            const t0 = performance.now();
            el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));
          }),
        );
        await new Promise((r) => setTimeout(r, 30));
      }
    }
    return out;
  }, rounds);
  await page.close();
  return median(samples);
}
