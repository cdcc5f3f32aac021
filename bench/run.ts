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
import { bareLeafletRoutes, clickToPanel, measureStaticFirstView } from './firstView.ts';
import { measureControlSeries } from './controlSeries.ts';

const rows: [string, string, string][] = [];
const row = (what: string, value: string, budget = '') => {
  rows.push([what, value, budget]);
  console.log(`${what.padEnd(44)} ${value.padStart(14)}  ${budget}`);
};
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;

console.log('Claimline bench', new Date().toISOString());
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

if (!existsSync(join(DIST, 'index.html'))) {
  console.log('dist/ is missing: run "npm run build" for the browser figures');
  process.exit(0);
}
const server = await serveStatic([DIST], { routes: bareLeafletRoutes() });
const browser = await launchChromium();
try {
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

  console.log('-- embed (dist/embed.html)');
  const embed = await measureFirstView(browser, server, '/embed.html?region=UA-14');
  row('embed first view: bytes (gzip, data included)', kb(embed.gzipBytes), 'budget ≤ 100 KB');
  row('embed time to painted regions (median of 5)', `${embed.paintedMs.toFixed(0)} ms`);
  const eclick = await measureClickToPanel(browser, server, '/embed.html');
  row('embed click-to-panel latency (median)', `${eclick.medianMs.toFixed(1)} ms`);
  row('embed.js loader (gzip)', kb(gzipSync(readFileSync(join(DIST, 'embed.js'))).length));
  row('claimline.js custom element (gzip)', kb(gzipSync(readFileSync(join(DIST, 'claimline.js'))).length));

  console.log('-- static first view, beside a bare Leaflet page drawing the same regions (/bare.html)');
  const bare = await measureStaticFirstView(browser, server, '/bare.html', 'path[data-region]', 'path[data-region]');
  row('bare Leaflet: regions painted (median of 5)', `${bare.paintedMs.toFixed(0)} ms`);
  row('bare Leaflet: bytes until clickable (gzip)', kb(bare.gzipUntilClickable));
  const staticLive = '.cl-static path[data-region][role="button"]';
  const leafletLive = '.leaflet-container path[data-region]';
  for (const [name, path, budget] of [['app', '/index.html', 75], ['embed', '/embed.html', 60]] as const) {
    const f = await measureStaticFirstView(browser, server, path, staticLive, leafletLive);
    row(`${name}: regions painted (median of 5)`, `${f.paintedMs.toFixed(0)} ms`);
    row(`${name}: painted ÷ bare Leaflet`, `${(f.paintedMs / bare.paintedMs).toFixed(2)}×`, 'budget ≤ 0.5×');
    row(`${name}: regions clickable (median of 5)`, `${f.clickableMs.toFixed(0)} ms`);
    row(`${name}: bytes until painted and clickable (gzip)`, kb(f.gzipUntilClickable), `budget ≤ ${budget} KB`);
    row(`${name}: layout shift until Leaflet took over`, f.cls.toFixed(4), 'budget ≤ 0.01');
    row(`${name}: click-to-panel before Leaflet (median)`, `${(await clickToPanel(browser, server, path, true)).toFixed(1)} ms`, 'budget ≤ 16 ms');
    row(`${name}: click-to-panel after Leaflet (median)`, `${(await clickToPanel(browser, server, path, false)).toFixed(1)} ms`, 'budget ≤ 16 ms');
  }

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
} finally {
  await browser.close();
  await server.close();
}
