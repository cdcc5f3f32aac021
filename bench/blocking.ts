/**
 * Main-thread blocking for `npm run bench` (issue: no freezes on real-sized
 * input): the longest task while a page opens a story or a control layer at
 * the documented limits, while the author page links a 5 MB article, and the
 * region click-to-panel time on the largest allowed story. Long tasks come
 * from Chromium's PerformanceObserver ('longtask', tasks over 50 ms); "< 50 ms"
 * means none was that long.
 */
import type { Browser, Page } from 'playwright-core';
import { DIST, serveStatic, type StaticServer } from '../tests/e2e/harness.ts';
import { bigStoryJson } from '../tests/e2e/stories.ts';
import { LIMITS } from '../src/lib/contract/limits.ts';
import { articleOf } from './author.ts';
import { median } from './stats.ts';

/** A valid control layer at the vertex limit: one ring of LIMITS.controlVertices positions around Donetsk oblast. */
export function controlAtLimitJson(): string {
  const n = LIMITS.controlVertices - 1;
  const ring: number[][] = [];
  for (let i = 0; i < n; i++) {
    const a = (2 * Math.PI * i) / n;
    ring.push([37.8 + 0.9 * Math.cos(a) + 0.01 * Math.sin(40 * a), 48.0 + 0.6 * Math.sin(a)]);
  }
  ring.push(ring[0]!);
  return JSON.stringify({
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties: { date: '2025-11-27', sources: [{ name: 'bench', date: '2025-11-27' }] }, geometry: { type: 'Polygon', coordinates: [ring] } }],
  });
}

async function watchLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __long: number[] };
    w.__long = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__long.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
}

const worst = async (page: Page) => Math.max(0, ...(await page.evaluate(() => (window as unknown as { __long: number[] }).__long)));

/** The longest main-thread task from navigation until `ready` appears. */
async function worstWhileOpening(browser: Browser, url: string, ready: string): Promise<number> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await watchLongTasks(page);
  await page.goto(url);
  await page.waitForSelector(ready, { timeout: 120_000 });
  // Let the frame after the story is drawn finish.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const w = await worst(page);
  await page.close();
  return w;
}

export type BlockingFigures = {
  openSeed: number;
  openStoryAtLimit: number;
  openControlAtLimit: number;
  author5MB: number;
  clickLargest: number;
};

export async function benchBlocking(browser: Browser, app: StaticServer): Promise<BlockingFigures> {
  const story = bigStoryJson(LIMITS.passages);
  const control = controlAtLimitJson();
  const server = await serveStatic([DIST], {
    routes: [
      (req, res) => {
        const body = req.url === '/b/story.json' ? story : req.url === '/b/control.geojson' ? control : null;
        if (body === null) return false;
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(body);
        return true;
      },
    ],
  });
  try {
    const openSeed = await worstWhileOpening(browser, app.url + '/index.html', '.cl-view');
    const openStoryAtLimit = await worstWhileOpening(browser, server.url + '/index.html?story=/b/story.json', '.cl-view');
    const openControlAtLimit = await worstWhileOpening(browser, server.url + '/index.html?control=/b/control.geojson', '.cl-legend-source');

    // Click-to-panel on the largest allowed story.
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(server.url + '/index.html?story=/b/story.json');
    await page.waitForSelector('.cl-view', { timeout: 120_000 });
    const clicks = await page.evaluate(async () => {
      const out: number[] = [];
      for (let r = 0; r < 5; r++) {
        for (const id of ['UA-14', 'UA-09']) {
          const t0 = performance.now();
          document.querySelector(`path[data-region="${id}"]`)!.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));
          while (!document.querySelector(`[data-selected-region="${id}"]`)) await new Promise((ok) => setTimeout(ok, 0));
          out.push(performance.now() - t0);
        }
      }
      return out;
    });
    await page.close();

    // The author page links a 5 MB article.
    const author = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await watchLongTasks(author);
    await author.goto(app.url + '/author.html');
    await author.evaluate((t) => {
      const area = document.querySelector<HTMLTextAreaElement>('#cl-author-text')!;
      area.value = t;
      area.dispatchEvent(new Event('input', { bubbles: true }));
    }, articleOf(5_000_000));
    await author.evaluate(() => ((window as unknown as { __long: number[] }).__long.length = 0));
    await author.click('text=Link article');
    await author.waitForSelector('.cl-author-article mark[data-start]', { timeout: 180_000 });
    await author.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const author5MB = await worst(author);
    await author.close();

    return { openSeed, openStoryAtLimit, openControlAtLimit, author5MB, clickLargest: median(clicks) };
  } finally {
    await server.close();
  }
}
