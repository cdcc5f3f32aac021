/**
 * `npm run bench`: prints Claimline's figures. A script, not a test: it
 * measures and reports; budgets are compared in the output, never asserted.
 * Run `npm run build` first.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { DIST, launchChromium, serveStatic } from '../tests/e2e/harness.ts';
import { measureClickToPanel, measureFirstView } from './browser.ts';
import { benchLinker } from './linker.ts';
import { benchAuthor, measureAuthorFirstView } from './author.ts';
import { benchRender } from './render.ts';
import { benchBlocking } from './blocking.ts';
import { measurePositionSwitch } from './positions.ts';
import { bareLeafletRoutes, clickToPanel, LIGHTHOUSE_MOBILE, measureFirstViews } from './firstView.ts';
import { measurePaintCpu, type PaintCpu } from './paintCpu.ts';
import { availableParallelism, loadavg } from 'node:os';
import { measureControlSeries } from './controlSeries.ts';
import { measureSliderStep, shippedSeriesBytes } from './timeSlider.ts';

const rows: [string, string, string][] = [];
const row = (what: string, value: string, budget = '') => {
  rows.push([what, value, budget]);
  console.log(`${what.padEnd(44)} ${value.padStart(14)}  ${budget}`);
};
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
/** The machine's load averages (1, 5, 15 min) on its cores: timings mean little without them. */
const loadAverage = () => `${loadavg().map((l) => l.toFixed(2)).join(', ')} on ${availableParallelism()} cores`;

/** `npm run bench -- --first-view`: only the static first view's figures (issue 14), for repeated runs. */
const firstViewOnly = process.argv.includes('--first-view');
console.log('Claimline bench', new Date().toISOString(), `load ${loadAverage()}`);
if (!firstViewOnly) {
  console.log('-- linker (Node)');
  for (const [k, v] of Object.entries(await benchLinker())) row(k, typeof v === 'number' ? v.toFixed(2) : v);
  console.log('-- static render (Node)');
  for (const [k, v] of Object.entries(await benchRender())) row(k, v);

  console.log('-- control series (geodata/conflicts/ua/control/)');
  const series = measureControlSeries();
  row('control series: snapshots', String(series.snapshots));
  row('control series: all files (gzip)', kb(series.gzipBytes), 'budget ≤ 150 KB');
  row('control series: largest snapshot (gzip)', kb(series.largestSnapshotGzip));
  row('control series: index.json (gzip)', kb(series.indexGzip));

}
if (!existsSync(join(DIST, 'index.html'))) {
  console.log('dist/ is missing: run "npm run build" for the browser figures');
  process.exit(0);
}
const shipped = shippedSeriesBytes(DIST);
row('control series as shipped: app chunks (gzip)', kb(shipped.appGzip), 'budget ≤ 150 KB');
row('control series as shipped: widget scripts (gzip)', kb(shipped.embedGzip), 'budget ≤ 150 KB');
row('time views on first use: app chunks (gzip)', kb(shipped.appViewsGzip));
row('time views on first use: embed-time.js (gzip)', kb(shipped.embedViewsGzip));
const server = await serveStatic([DIST], { routes: bareLeafletRoutes() });
const browser = await launchChromium();
try {
  if (!firstViewOnly) {
    console.log('-- full app (dist/index.html)');
    const app = await measureFirstView(browser, server, '/index.html');
    row('first view: requests', String(app.requests));
    row('first view: bytes (gzip, data included)', kb(app.gzipBytes), 'budget ≤ 120 KB');
    row('first view: bytes (raw)', kb(app.bytes));
    row('time to painted regions (median of 5)', `${app.paintedMs.toFixed(0)} ms`);
    const click = await measureClickToPanel(browser, server);
    row('click-to-panel latency (median)', `${click.medianMs.toFixed(1)} ms`, 'budget ≤ 16 ms');
    row('click-to-panel latency (p95)', `${click.p95Ms.toFixed(1)} ms`);
    const pos = await measurePositionSwitch(browser, server);
    row('position switch: repaint (median)', `${pos.medianMs.toFixed(1)} ms`, 'budget ≤ 50 ms');
    row('position switch: repaint (p95)', `${pos.p95Ms.toFixed(1)} ms`);
    const step = await measureSliderStep(browser, server);
    row(`slider step: repaint (median of ${step.samples})`, `${step.repaintMs.toFixed(1)} ms`, 'budget ≤ 50 ms');
    row('slider step: repaint (p95)', `${step.repaintP95Ms.toFixed(1)} ms`);
    row('slider step: first use, fetch included (median)', `${step.firstUseMs.toFixed(1)} ms`);

    console.log('-- embed (dist/embed.html)');
    const embed = await measureFirstView(browser, server, '/embed.html?region=UA-14');
    row('embed first view: bytes (gzip, data included)', kb(embed.gzipBytes), 'budget ≤ 100 KB');
    // With ?region= the panel is open from the start, so the panel's chart (and the series' shares) are in use: without it, the first view alone.
    row('embed first view, no region: bytes (gzip)', kb((await measureFirstView(browser, server, '/embed.html', 1)).gzipBytes));
    row('embed time to painted regions (median of 5)', `${embed.paintedMs.toFixed(0)} ms`);
    const eclick = await measureClickToPanel(browser, server, '/embed.html');
    row('embed click-to-panel latency (median)', `${eclick.medianMs.toFixed(1)} ms`);
    row('embed.js loader (gzip)', kb(gzipSync(readFileSync(join(DIST, 'embed.js'))).length));
    row('claimline.js custom element (gzip)', kb(gzipSync(readFileSync(join(DIST, 'claimline.js'))).length));

  }

  console.log('-- static first view, beside a bare Leaflet page drawing the same regions (/bare.html), measured in the same rounds');
  console.log(`   machine load (uptime): ${loadAverage()}`);
  const staticLive = '.cl-static path[data-region][role="button"]';
  const leafletLive = '.leaflet-container path[data-region]';
  const firstViewPages = [
    { name: 'bare', path: '/bare.html', clickable: 'path[data-region]', live: 'path[data-region]' },
    { name: 'app', path: '/index.html', clickable: staticLive, live: leafletLive },
    { name: 'embed', path: '/embed.html', clickable: staticLive, live: leafletLive },
    { name: 'floor', path: '/floor.html', clickable: 'path[data-region]', live: 'path[data-region]' },
  ];
  const views = await measureFirstViews(browser, server, firstViewPages);
  console.log(`   machine load (uptime): ${loadAverage()}`);
  const bare = views.get('bare')!;
  row('bare Leaflet: regions painted (median of 9)', `${bare.paintedMs.toFixed(0)} ms`);
  row('bare Leaflet: frame with regions (median)', `${bare.frameMs.toFixed(0)} ms`);
  row('bare Leaflet: bytes until clickable (gzip)', kb(bare.gzipUntilClickable));
  const floor = views.get('floor')!;
  row('floor (one stylesheet, one path): painted', `${floor.paintedMs.toFixed(0)} ms`, `${(floor.paintedMs / bare.paintedMs).toFixed(2)}× bare (the least a page takes here)`);
  for (const [name, path, budget] of [['app', '/index.html', 75], ['embed', '/embed.html', 60]] as const) {
    const f = views.get(name)!;
    row(`${name}: regions painted (median of 9)`, `${f.paintedMs.toFixed(0)} ms`);
    row(`${name}: painted ÷ bare Leaflet (medians)`, `${(f.paintedMs / bare.paintedMs).toFixed(2)}×`, 'budget ≤ 0.5×');
    row(`${name}: painted ÷ bare Leaflet (same round)`, `${f.pairedRatio.toFixed(2)}×`, 'budget ≤ 0.5×');
    row(`${name}: frame with regions (median)`, `${f.frameMs.toFixed(0)} ms`, `${(f.frameMs / bare.frameMs).toFixed(2)}× bare`);
    if (f.paintedLate) row(`${name}: runs where regions missed the first paint`, String(f.paintedLate));
    row(`${name}: regions clickable (median)`, `${f.clickableMs.toFixed(0)} ms`);
    row(`${name}: bytes until painted and clickable (gzip)`, kb(f.gzipUntilClickable), `budget ≤ ${budget} KB`);
    console.log(`   ${f.requestsUntilClickable.join(', ')}`);
    row(`${name}: layout shift until Leaflet took over`, f.cls.toFixed(4), 'budget ≤ 0.01');
    row(`${name}: click-to-panel on the picture, before the app (median)`, `${(await clickToPanel(browser, server, path, 'picture')).toFixed(1)} ms`, 'budget ≤ 16 ms');
    row(`${name}: click-to-panel before Leaflet (median)`, `${(await clickToPanel(browser, server, path, 'static')).toFixed(1)} ms`, 'budget ≤ 16 ms');
    row(`${name}: click-to-panel after Leaflet (median)`, `${(await clickToPanel(browser, server, path, 'leaflet')).toFixed(1)} ms`, 'budget ≤ 16 ms');
  }

  console.log(`-- the same pages over ${LIGHTHOUSE_MOBILE.name}, served gzipped, in the same rounds`);
  const gzipServer = await serveStatic([DIST], { routes: bareLeafletRoutes(), gzip: true });
  try {
    const slow = await measureFirstViews(browser, gzipServer, firstViewPages, 5, LIGHTHOUSE_MOBILE);
    const slowBare = slow.get('bare')!;
    row('bare Leaflet: regions painted (median of 5)', `${slowBare.paintedMs.toFixed(0)} ms`);
    for (const name of ['app', 'embed', 'floor']) {
      const f = slow.get(name)!;
      row(`${name}: regions painted (median of 5)`, `${f.paintedMs.toFixed(0)} ms`);
      row(`${name}: painted ÷ bare Leaflet (medians)`, `${(f.paintedMs / slowBare.paintedMs).toFixed(2)}×`, name === 'floor' ? '(the least a page takes here)' : 'budget ≤ 0.5×');
    }
  } finally {
    await gzipServer.close();
  }

  console.log('-- CPU until regions are painted (renderer thread time from a trace, least of 5: hardly moved by the load)');
  const cpuRow = (c: PaintCpu) => `script ${c.script.toFixed(1)}, parse ${c.parse.toFixed(1)}, style ${c.style.toFixed(1)}, layout ${c.layout.toFixed(1)}, paint ${c.paint.toFixed(1)}, raster ${c.raster.toFixed(1)}`;
  const bareCpu = await measurePaintCpu(browser, server, '/bare.html');
  row('bare Leaflet: CPU until painted', `${bareCpu.total.toFixed(1)} ms`);
  console.log(`   ${cpuRow(bareCpu)}`);
  for (const [name, path] of [['app', '/index.html'], ['embed', '/embed.html'], ['floor', '/floor.html']] as const) {
    const c = await measurePaintCpu(browser, server, path);
    row(`${name}: CPU until painted`, `${c.total.toFixed(1)} ms`, `${(c.total / bareCpu.total).toFixed(2)}× bare`);
    console.log(`   ${cpuRow(c)}`);
  }

  if (!firstViewOnly) {
    console.log('-- authoring (dist/author.html)');
    const author = await measureAuthorFirstView(browser, server);
    row('author first view: bytes (gzip, no linker)', kb(author.gzipBytes));
    row('author link worker + gazetteer (gzip, lazy)', kb(author.workerGzipBytes));
    const linking = await benchAuthor(browser, server);
    row('in-browser linking of a 1 MB article', `${linking.ms1MB.toFixed(0)} ms`);

    console.log('-- main-thread blocking (longest task; "< 50 ms" = no long task)');
    const b = await benchBlocking(browser, server);
    const ms = (n: number) => (n < 50 ? '< 50 ms' : `${n.toFixed(0)} ms`);
    row('app opens the seed story: worst block', ms(b.openSeed), 'budget ≤ 100 ms');
    row('app opens a story at the limits: worst block', ms(b.openStoryAtLimit), 'budget ≤ 200 ms');
    row('app opens a control layer at the limits: worst', ms(b.openControlAtLimit), 'budget ≤ 200 ms');
    row('author links a 5 MB article: worst block', ms(b.author5MB), 'budget ≤ 100 ms');
    row('click-to-panel on the largest story (median)', `${b.clickLargest.toFixed(1)} ms`, 'budget ≤ 50 ms');
  }
} finally {
  await browser.close();
  await server.close();
}
