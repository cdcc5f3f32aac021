/**
 * Time slider figures for `npm run bench` (issue 13): the time from a step of
 * the slider until the frame that shows the new snapshot, drawn and named in
 * the legend, has been rendered (the first task after that frame's animation
 * callbacks), over `steps` consecutive snapshots, first as fetched (each
 * snapshot's first use), then again once fetched (the repaint alone); and the
 * bytes of the series and of the time views as the built site ships them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import type { StaticServer } from '../tests/e2e/harness.ts';
import { median, p95 } from './stats.ts';

export type SliderStep = { firstUseMs: number; repaintMs: number; repaintP95Ms: number; samples: number };

export async function measureSliderStep(browser: Browser, server: StaticServer, path = '/index.html', steps = 30): Promise<SliderStep> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(server.url + path);
  // The live map (Leaflet) draws the control layer.
  await page.waitForSelector('.cl-view .leaflet-container path[data-control="held"]');
  const run = () =>
    page.evaluate(async (steps) => {
      const input = document.querySelector<HTMLInputElement>('input.cl-time-range')!;
      const out: number[] = [];
      const last = Number(input.max);
      for (let i = 0; i < steps; i++) {
        const to = last - 1 - i;
        const t = await new Promise<number>((resolve) => {
          // (No named function expressions in here: the bench runs under tsx, whose helpers do not exist in the page.)
          const before = document.querySelector('path[data-control="held"]');
          const mo = new MutationObserver(() => {
            if (input.getAttribute('aria-valuetext') === null || Number(input.value) !== to) return;
            const now = document.querySelector('path[data-control="held"]');
            if (now === before || !document.querySelector('.cl-legend-note')?.textContent?.includes(input.getAttribute('aria-valuetext')!)) return;
            mo.disconnect();
            requestAnimationFrame(() => {
              const ch = new MessageChannel();
              ch.port1.onmessage = () => resolve(performance.now() - t0);
              ch.port2.postMessage(0);
            });
          });
          mo.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
          const t0 = performance.now();
          input.value = String(to);
          input.dispatchEvent(new Event('input', { bubbles: true }));
        });
        out.push(t);
        await new Promise((r) => setTimeout(r, 30));
      }
      // Back to the last snapshot for the next run.
      input.value = String(last);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((r) => setTimeout(r, 100));
      return out;
    }, steps);
  const cold = await run();
  const warm = await run();
  await page.close();
  return { firstUseMs: median(cold), repaintMs: median(warm), repaintP95Ms: p95(warm), samples: warm.length };
}

/**
 * Bytes (gzip) as shipped, none of them in a first view: the series (the app's
 * snapshot and shares chunks, the iframe widget's classic scripts) and the time
 * views (chart, compare summary, swipe: the app's chunks, the widget's embed-time.js).
 */
export function shippedSeriesBytes(dist: string): { appGzip: number; embedGzip: number; appViewsGzip: number; embedViewsGzip: number } {
  const gz = (dir: string, re: RegExp) =>
    readdirSync(dir)
      .filter((f) => re.test(f))
      .reduce((n, f) => n + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, 0);
  return {
    appGzip: gz(join(dist, 'assets'), /^(control-\d{4}-\d{2}-\d{2}-[0-9a-f]{8}|shares-[\w-]+)\.js$/),
    embedGzip: gz(join(dist, 'embed-control'), /\.js$/),
    appViewsGzip: gz(join(dist, 'assets'), /^(timeUi|time)-[\w-]+\.js$/),
    embedViewsGzip: gz(dist, /^embed-time\.js$/),
  };
}
