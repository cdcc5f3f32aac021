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
import { LEAFLET, ROOT } from '../tests/e2e/harness.ts';
import { decodeRegions } from '../src/lib/geo/decodeRegions.ts';
import { storyBounds } from '../src/lib/geo/storyBounds.ts';
import { viewOptionsFor } from '../src/lib/geo/leafletView.ts';
import { readProfile } from '../src/cli/conflicts.ts';
import { sampleClicks } from './browser.ts';
import { median } from './stats.ts';

/** The app's entry (loaded by early.js once the picture is painted). */
const APP_ENTRY = /\/(assets\/index-[^/]*\.js|embed-frame\.js)$/;

/**
 * /floor.html: a page with one stylesheet and one path, the least any page takes to paint here.
 * /bare.html: the reference — Leaflet's own script and stylesheet, then one
 * script with the regions and the control layer that draws them as the app's
 * map does (same options, same fitBounds), each region path tagged data-region.
 */
export function bareLeafletRoutes(): Route[] {
  const regions = decodeRegions(JSON.parse(readFileSync(join(ROOT, 'geodata/conflicts/ua/regions.topo.json'), 'utf8')) as Topology, readProfile('ua'));
  const control = readFileSync(join(ROOT, 'geodata/conflicts/ua/control.geojson'), 'utf8');
  const o = viewOptionsFor(regions.extent);
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
  // The browser's own floor: a page with one stylesheet and one region path, nothing to run or lay out.
  const floor =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Floor</title><link rel="stylesheet" href="/bare/floor.css"></head>' +
    '<body><svg width="760" height="560"><path data-region="UA-14" d="M100 100L300 120L260 300Z" fill="#c96b66"/></svg></body></html>';
  const files: Record<string, [string, string | Buffer]> = {
    '/bare.html': ['text/html; charset=utf-8', html],
    '/floor.html': ['text/html; charset=utf-8', floor],
    '/bare/floor.css': ['text/css', 'html,body{margin:0}svg{display:block}'],
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

/** One page of the comparison: its path, and selectors for "clickable" and "Leaflet has taken over" (the same for the bare page). */
export type FirstViewPage = { name: string; path: string; clickable: string; live: string };

export type FirstViewFigures = {
  /**
   * Median ms from navigation start until the first frame holding the region paths
   * was presented on screen: the first contentful paint's presentation time, when the
   * regions were in the document as that frame was painted (checked every run).
   */
  paintedMs: number;
  /** Median ms until the main thread had produced that frame (two animation frames after the regions were in the DOM). */
  frameMs: number;
  /** Runs where the first contentful paint came before the regions (painted then counts from frames, not presentation). */
  paintedLate: number;
  /** Median ms until the regions answer a click (static map live, or Leaflet's paths for the bare page). */
  clickableMs: number;
  /** Median, over rounds, of this page's painted time ÷ the reference page's in the same round. */
  pairedRatio: number;
  /** gzip bytes of everything requested before the regions were painted and clickable (the later of the two). */
  gzipUntilClickable: number;
  /** What those bytes were, "path (gzip bytes)". */
  requestsUntilClickable: string[];
  /** Cumulative layout shift from navigation until Leaflet has taken over (and two frames after), worst run. */
  cls: number;
};

/**
 * A network to load the pages over, emulated by Chromium per page: round-trip latency and throughput.
 * LIGHTHOUSE_MOBILE is Lighthouse's default mobile throttling ("slow 4G"), the figure newsroom performance audits quote.
 */
export type Network = { latencyMs: number; downKbps: number; upKbps: number; name: string };
export const LIGHTHOUSE_MOBILE: Network = { latencyMs: 150, downKbps: 1638.4, upKbps: 675, name: "Lighthouse's mobile network (150 ms round trip, 1.6 Mbps down)" };

type Run = { painted: number; frame: number; late: boolean; clickable: number; cls: number; before: string[] };

/** One load of `page` in a fresh context; records bodies when `bodies` is given. */
async function loadOnce(browser: Browser, server: StaticServer, page: FirstViewPage, bodies?: Map<string, Promise<Buffer>>, network?: Network): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const tab = await context.newPage();
  if (network) {
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: network.latencyMs,
      downloadThroughput: (network.downKbps * 1024) / 8,
      uploadThroughput: (network.upKbps * 1024) / 8,
    });
  }
  if (bodies) tab.on('response', (r) => bodies.set(r.url(), r.body().catch(() => Buffer.alloc(0))));
  await tab.addInitScript((clickable: string) => {
    type W = { __inDom?: number; __frame?: number; __clickable?: number; __cls: number; __fcp?: { paint: number; presented: number } };
    const w = window as unknown as W;
    w.__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) w.__cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
    // paintTime: when the frame was painted on the main thread; presentationTime: when it reached the screen (Chromium ≥ 140).
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { paintTime?: number; presentationTime?: number })[]) {
        if (e.name === 'first-contentful-paint') w.__fcp = { paint: e.paintTime ?? e.startTime, presented: e.presentationTime ?? e.startTime };
      }
    }).observe({ type: 'paint', buffered: true });
    // No named function here: tsx would wrap it in a helper the page does not have.
    new MutationObserver(() => {
      if (w.__inDom === undefined && document.querySelector('path[data-region]')) {
        w.__inDom = performance.now();
        requestAnimationFrame(() => requestAnimationFrame(() => (w.__frame = performance.now())));
      }
      if (w.__clickable === undefined && document.querySelector(clickable)) w.__clickable = performance.now();
    }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['role', 'data-region'] });
  }, page.clickable);
  const slow = network ? { timeout: 120_000 } : {};
  await tab.goto(server.url + page.path, slow);
  await tab.waitForFunction(() => {
    const w = window as unknown as { __frame?: number; __clickable?: number; __fcp?: unknown };
    return w.__frame !== undefined && w.__clickable !== undefined && w.__fcp !== undefined;
  }, null, slow);
  await tab.waitForSelector(page.live, slow);
  await tab.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const f = await tab.evaluate(() => {
    const w = window as unknown as { __inDom: number; __frame: number; __clickable: number; __cls: number; __fcp: { paint: number; presented: number } };
    const late = w.__inDom > w.__fcp.paint;
    const painted = late ? w.__frame : w.__fcp.presented;
    const until = Math.max(painted, w.__clickable);
    const before = performance.getEntriesByType('resource').filter((e) => e.startTime <= until).map((e) => e.name);
    return { painted, frame: w.__frame, late, clickable: w.__clickable, cls: w.__cls, before: [location.href, ...before] };
  });
  if (bodies) await tab.waitForLoadState('networkidle');
  await context.close();
  return f;
}

/**
 * Loads every page `runs` times, in rounds (each round loads each page once, the
 * order rotating), after one round that only counts bytes, so the pages share
 * the machine's load as it comes and goes. Times are medians over the rounds.
 * With `network`, every load goes over that emulated network (serve the pages gzipped for it).
 */
export async function measureFirstViews(browser: Browser, server: StaticServer, pages: FirstViewPage[], runs = 9, network?: Network): Promise<Map<string, FirstViewFigures>> {
  const runsOf = new Map<string, Run[]>(pages.map((p) => [p.name, []]));
  const bytes = new Map<string, { total: number; list: string[] }>();
  for (const page of pages) {
    const bodies = new Map<string, Promise<Buffer>>();
    const r = await loadOnce(browser, server, page, bodies, network);
    let total = 0;
    const list: string[] = [];
    for (const url of r.before) {
      const body = await bodies.get(url);
      if (!body) continue;
      const gz = gzipSync(body, { level: 9 }).length;
      total += gz;
      list.push(`${new URL(url).pathname} (${gz})`);
    }
    bytes.set(page.name, { total, list });
  }
  for (let i = 0; i < runs; i++) {
    for (let j = 0; j < pages.length; j++) {
      const page = pages[(i + j) % pages.length]!;
      runsOf.get(page.name)!.push(await loadOnce(browser, server, page, undefined, network));
    }
  }
  const ref = runsOf.get(pages[0]!.name)!;
  const out = new Map<string, FirstViewFigures>();
  for (const page of pages) {
    const rs = runsOf.get(page.name)!;
    out.set(page.name, {
      paintedMs: median(rs.map((r) => r.painted)),
      frameMs: median(rs.map((r) => r.frame)),
      paintedLate: rs.filter((r) => r.late).length,
      clickableMs: median(rs.map((r) => r.clickable)),
      pairedRatio: median(rs.map((r, k) => r.painted / ref[k]!.painted)),
      gzipUntilClickable: bytes.get(page.name)!.total,
      requestsUntilClickable: bytes.get(page.name)!.list,
      cls: Math.max(...rs.map((r) => r.cls)),
    });
  }
  return out;
}

/** Where a click lands: on the picture before the app has loaded, on the app's static map before Leaflet, or on Leaflet's map. */
export type ClickPhase = 'picture' | 'static' | 'leaflet';

/** Median click-to-panel over the story regions in one phase; the scripts of later phases are held back for the whole run. */
export async function clickToPanel(browser: Browser, server: StaticServer, path: string, phase: ClickPhase, rounds = 5): Promise<number> {
  const page: Page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const never = () => { /* never answered: the page stays in this phase */ };
  if (phase !== 'leaflet') await page.route(LEAFLET, never);
  if (phase === 'picture') await page.route(APP_ENTRY, never);
  await page.goto(server.url + path, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector(
    phase === 'picture' ? '.cl-view-first .cl-static path[data-region="UA-14"][role="button"]'
      : phase === 'static' ? '.cl-view .cl-static path[data-region="UA-14"][role="button"]'
        : '.leaflet-container path[data-region="UA-14"]',
  );
  const samples = await sampleClicks(page, rounds);
  await page.close();
  return median(samples);
}
