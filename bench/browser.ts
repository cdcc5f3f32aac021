/**
 * Browser figures for `npm run bench`: bytes shipped for a first view (gzip),
 * time to painted regions, click-to-panel latency. Measured in Chromium on the
 * built site (dist/), served from 127.0.0.1 with no network throttling.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import type { StaticServer } from '../tests/e2e/harness.ts';
import { median, timing, type Timing } from './stats.ts';

export type FirstView = { requests: number; bytes: number; gzipBytes: number; paintedMs: number };

/** Loads `path` in a fresh page; returns what it fetched and when the first region path was painted. */
export async function measureFirstView(browser: Browser, server: StaticServer, path: string, runs = 5): Promise<FirstView> {
  const paints: number[] = [];
  let bytes = 0, gzipBytes = 0, requests = 0;
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const bodies: Promise<Buffer>[] = [];
    if (i === 0) page.on('response', (r) => bodies.push(r.body().catch(() => Buffer.alloc(0))));
    await page.addInitScript(() => {
      const w = window as unknown as { __painted?: number };
      const mo = new MutationObserver(() => {
        if (w.__painted === undefined && document.querySelector('path[data-region]')) {
          w.__painted = -1;
          requestAnimationFrame(() => requestAnimationFrame(() => (w.__painted = performance.now())));
          mo.disconnect();
        }
      });
      mo.observe(document, { subtree: true, childList: true });
    });
    await page.goto(server.url + path);
    await page.waitForFunction(() => ((window as unknown as { __painted?: number }).__painted ?? -1) > 0);
    paints.push(await page.evaluate(() => (window as unknown as { __painted: number }).__painted));
    if (i === 0) {
      await page.waitForLoadState('networkidle');
      const all = await Promise.all(bodies);
      requests = all.length;
      for (const b of all) {
        bytes += b.length;
        gzipBytes += gzipSync(b, { level: 9 }).length;
      }
    }
    await context.close();
  }
  return { requests, bytes, gzipBytes, paintedMs: median(paints) };
}

/**
 * Times from a click on each story region's path to its panel in the DOM, over
 * every region `rounds` times, on a page already showing the map.
 */
export async function sampleClicks(page: Page, rounds = 5): Promise<number[]> {
  return page.evaluate(async (rounds) => {
    const ids = ['UA-14', 'UA-09', 'UA-65', 'UA-23', 'UA-43', 'UA-40'];
    const out: number[] = [];
    for (let r = 0; r < rounds; r++) {
      for (const id of ids) {
        const el = document.querySelector(`path[data-region="${id}"]`)!;
        const t = await new Promise<number>((resolve) => {
          const mo = new MutationObserver(() => {
            if (document.querySelector(`[data-selected-region="${id}"]`)) {
              mo.disconnect();
              resolve(performance.now() - t0);
            }
          });
          mo.observe(document.body, { subtree: true, childList: true, attributes: true });
          const t0 = performance.now();
          el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));
        });
        out.push(t);
        await new Promise((r) => setTimeout(r, 30));
      }
    }
    return out;
  }, rounds);
}

/** Click-to-panel on the live view of `path` (its regions, not the build-time picture's). */
export async function measureClickToPanel(browser: Browser, server: StaticServer, path = '/index.html', rounds = 5): Promise<Timing> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(server.url + path);
  await page.waitForSelector('.cl-view path[data-region="UA-14"]');
  const samples = await sampleClicks(page, rounds);
  await page.close();
  return timing(samples);
}
