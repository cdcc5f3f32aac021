/**
 * The static first view: the map, legend and focus regions' table without
 * JavaScript; a live static map before Leaflet has loaded; Leaflet taking over
 * without moving a region; the Download menu's SVG and PNG, in the app and in
 * a sandboxed embed under a strict CSP.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Download, Frame, Page } from 'playwright-core';
import { DIST, hold, LEAFLET, ROOT, launchChromium, openDownloadMenu, recordCspViolations, requireDist, serveStatic, type StaticServer } from './harness.ts';

const STRICT_CSP = "default-src 'self'; img-src 'self' data:; frame-ancestors *";
const FOCUS = ['UA-14', 'UA-09', 'UA-65', 'UA-23'];
const story = JSON.parse(readFileSync(join(ROOT, 'src/generated/story.json'), 'utf8')) as { article: { title: string } };

/** A newsroom page embedding the second profile in a sandboxed frame. */
const georgiaHost = (widget: string) =>
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Georgia</title></head><body>' +
  `<iframe id="ge" sandbox="allow-scripts" src="${widget}/embed.html?conflict=ge" title="Claimline map of Georgia" width="800" height="700"></iframe></body></html>`;

let server: StaticServer;
let host: StaticServer;
let browser: Browser;

beforeAll(async () => {
  requireDist();
  const files: Record<string, [string, string]> = {
    '/test/story.json': ['application/json', readFileSync(join(ROOT, 'src/generated/story.json'), 'utf8')],
    '/test/element.html': ['text/html; charset=utf-8', '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Element</title><script type="module" src="/claimline.js"></script></head><body><claimline-map story="/test/story.json" region="UA-23"></claimline-map></body></html>'],
  };
  server = await serveStatic([DIST], {
    headers: { 'content-security-policy': STRICT_CSP },
    routes: [
      (req, res) => {
        const f = files[req.url ?? ''];
        if (!f) return false;
        res.writeHead(200, { 'content-type': f[0], 'content-security-policy': STRICT_CSP });
        res.end(f[1]);
        return true;
      },
    ],
  });
  const page = readFileSync(join(ROOT, 'tests/pages/export-host.html'), 'utf8').replaceAll('WIDGET', server.url);
  host = await serveStatic([], {
    routes: [
      (req, res) => {
        const body = req.url === '/export' ? page : req.url === '/georgia' ? georgiaHost(server.url) : null;
        if (body === null) return false;
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': `default-src 'self' ${server.url}; frame-src ${server.url}` });
        res.end(body);
        return true;
      },
    ],
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await host?.close();
});

/** The app's entry, which the page's early script loads once the picture is painted. */
const APP = /\/(assets\/index-[^/]*\.js|embed-frame\.js)$/;

/** Opens `path` with Leaflet's script (and, with `holdApp`, the app's entry) held back until released. */
async function openHeld(path: string, viewport = { width: 1280, height: 800 }, holdApp = false) {
  const page = await browser.newPage({ viewport });
  const leaflet = await hold(page, LEAFLET);
  const app = holdApp ? await hold(page, APP) : null;
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  // Not until 'load': the held script would hold the load event too.
  await page.goto(server.url + path, { waitUntil: 'domcontentloaded' });
  return { page, release: leaflet.release, errors, state: leaflet.state, releaseApp: app?.release ?? (() => {}), appState: app?.state ?? (() => ({ requested: true, served: true })) };
}

/** What has run in the page: Leaflet, the app's live view. */
const whatRan = (page: Page) =>
  page.evaluate(() => ({ leafletGlobal: 'L' in window, leafletMap: document.querySelector('.leaflet-container') !== null, liveView: document.querySelector('.cl-view') !== null }));

/**
 * Each region's box as the reader sees it: its path's bounding box within the map's box (a region running off the
 * map is drawn only to each renderer's clip edge, out of sight, so only the part in view can be compared).
 */
const boxes = (page: Page | Frame) =>
  page.$$eval('path[data-region]', (els) => {
    const m = els[0]!.closest('.cl-map')!.getBoundingClientRect();
    return Object.fromEntries(
      els.map((e) => {
        const r = e.getBoundingClientRect();
        const x0 = Math.max(r.left, m.left), y0 = Math.max(r.top, m.top), x1 = Math.min(r.right, m.right), y1 = Math.min(r.bottom, m.bottom);
        return [e.getAttribute('data-region')!, x1 > x0 && y1 > y0 ? [x0, y0, x1 - x0, y1 - y0] : [0, 0, 0, 0]];
      }),
    );
  });

describe('without JavaScript', () => {
  for (const path of ['/index.html', '/embed.html']) {
    it(`${path} shows the map picture, the legend and the focus regions' table with quotes`, async () => {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(server.url + path);
      const regions = page.locator('svg.cl-static-map path[data-region]');
      expect(await regions.count()).toBeGreaterThanOrEqual(27);
      for (const id of FOCUS) expect(await page.locator(`svg.cl-static-map path[data-region="${id}"]`).isVisible()).toBe(true);
      // A picture with a description, not buttons that cannot work.
      expect(await page.locator('svg.cl-static-map desc').textContent()).toMatch(/^Map: Russia claims Donetsk, Luhansk, Kherson and Zaporizhzhia; it holds about/);
      expect(await page.locator('svg.cl-static-map [role="button"]').count()).toBe(0);
      expect(await page.locator('.cl-legend').isVisible()).toBe(true);
      expect(await page.locator('.cl-legend').textContent()).toMatch(/Control line as of/);
      const rows = page.locator('table.cl-static-table tbody tr');
      expect(await rows.count()).toBe(4);
      const donetsk = page.locator('tr[data-region-row="UA-14"]');
      expect(await donetsk.isVisible()).toBe(true);
      // Beside or under the map, in the first screen, not after the whole page.
      expect((await donetsk.boundingBox())!.y).toBeLessThan(path === '/index.html' ? 800 : 1400);
      expect(await donetsk.locator('th').textContent()).toBe('Donetsk');
      expect(await donetsk.locator('td').nth(1).textContent()).toMatch(/% .*as of|as of .*%|\d+\s?%/);
      expect(await page.locator('.cl-static-summary blockquote[data-passage]').count()).toBeGreaterThan(0);
      expect(await page.locator('.cl-static-summary blockquote').first().isVisible()).toBe(true);
      // Controls that need a script are hidden.
      expect(await page.locator('.cl-download').isVisible()).toBe(false);
      await context.close();
    });
  }
});

describe('before Leaflet', () => {
  for (const path of ['/index.html', '/embed.html']) {
    it(`${path}: a click or Enter on the static map opens the region's panel while Leaflet is still held back`, async () => {
      const { page, release, errors, state } = await openHeld(path);
      await page.waitForSelector('.cl-static path[data-region="UA-14"][role="button"]');
      await page.click('path[data-region="UA-14"]');
      await page.waitForSelector('.cl-region-panel[data-selected-region="UA-14"]');
      expect(await page.locator('.leaflet-container').count()).toBe(0);
      expect(state().served).toBe(false);
      expect(await page.getAttribute('path[data-region="UA-14"]', 'aria-pressed')).toBe('true');
      await page.focus('path[data-region="UA-09"]');
      await page.keyboard.press('Enter');
      await page.waitForSelector('.cl-region-panel[data-selected-region="UA-09"]');
      expect(await page.locator('.leaflet-container').count()).toBe(0);
      release();
      await page.waitForSelector('.leaflet-container path[data-region="UA-09"]');
      // The live map keeps the selection and the same DOM hooks; the static SVG is gone.
      expect(await page.getAttribute('.leaflet-container path[data-region="UA-09"]', 'aria-pressed')).toBe('true');
      expect(await page.locator('.cl-static').count()).toBe(0);
      expect(errors).toEqual([]);
      await page.close();
    });

    it(`${path}: the picture, the app's static map and Leaflet put every region at the same place (within 1 px)`, async () => {
      const { page, release, errors, releaseApp } = await openHeld(path, { width: 1100, height: 760 }, true);
      await page.waitForSelector('.cl-view-first .cl-static path[data-region="UA-14"][role="button"]');
      const picture = await boxes(page);
      releaseApp();
      await page.waitForSelector('.cl-view .cl-static path[data-region="UA-14"][role="button"]');
      const before = await boxes(page);
      release();
      await page.waitForSelector('.leaflet-container path[data-region="UA-14"]');
      const after = await boxes(page);
      expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
      expect(Object.keys(picture).sort()).toEqual(Object.keys(before).sort());
      for (const [stage, drawn] of [['picture', picture], ['static map', before]] as const) {
        for (const [id, b] of Object.entries(drawn)) {
          const a = after[id]!;
          for (let i = 0; i < 4; i++) expect(Math.abs(a[i]! - b[i]!), `${stage} ${id}[${i}]`).toBeLessThanOrEqual(1);
        }
      }
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});

describe('before the app', () => {
  for (const path of ['/index.html', '/embed.html']) {
    it(`${path}: the picture answers clicks and keys before the app and Leaflet have loaded, and the app adopts the selection and focus`, async () => {
      const { page, release, errors, state, releaseApp, appState } = await openHeld(path, undefined, true);
      await page.waitForSelector('.cl-view-first .cl-static path[data-region="UA-14"][role="button"]');
      await page.click('path[data-region="UA-14"]');
      const panel = page.locator('.cl-view-first .cl-region-panel[data-selected-region="UA-14"]');
      await panel.waitFor();
      // Neither the app nor Leaflet has been fetched, let alone run.
      expect(await whatRan(page)).toEqual({ leafletGlobal: false, leafletMap: false, liveView: false });
      expect(appState().served).toBe(false);
      expect(state().requested).toBe(false);
      expect(await page.getAttribute('path[data-region="UA-14"]', 'aria-pressed')).toBe('true');
      expect(await page.getAttribute('path[data-region="UA-14"]', 'aria-label')).toMatch(/Donetsk/);
      expect(await panel.locator('h2').textContent()).toBe('Donetsk');
      expect(await panel.locator('[data-passage] mark').count()).toBeGreaterThan(0);
      if (path === '/index.html') expect(new URL(page.url()).hash).toBe('#region=UA-14');
      // Keyboard: Enter, arrows to a neighbour, Space, Escape.
      await page.focus('path[data-region="UA-09"]');
      await page.keyboard.press('Enter');
      await page.locator('.cl-view-first .cl-region-panel[data-selected-region="UA-09"]').waitFor();
      await page.keyboard.press('ArrowLeft');
      const moved = await page.evaluate(() => document.activeElement?.getAttribute('data-region'));
      expect(moved).toMatch(/^UA-\d\d$/);
      expect(moved).not.toBe('UA-09');
      await page.keyboard.press(' ');
      await page.locator(`.cl-view-first .cl-region-panel[data-selected-region="${moved}"]`).waitFor();
      await page.keyboard.press('Escape');
      await page.locator('.cl-view-first .cl-prompt').waitFor();
      expect(await page.locator('.cl-view-first path[aria-pressed="true"]').count()).toBe(0);
      if (path === '/index.html') expect(new URL(page.url()).hash).toBe('');
      await page.focus('path[data-region="UA-23"]');
      await page.keyboard.press('Enter');
      await page.locator('.cl-view-first .cl-region-panel[data-selected-region="UA-23"]').waitFor();
      expect(await whatRan(page)).toEqual({ leafletGlobal: false, leafletMap: false, liveView: false });
      // The app arrives: same selection, same focused region, still no Leaflet.
      releaseApp();
      await page.waitForSelector('.cl-view .cl-region-panel[data-selected-region="UA-23"]');
      expect(await page.getAttribute('.cl-view .cl-static path[data-region="UA-23"]', 'aria-pressed')).toBe('true');
      expect(await page.evaluate(() => [document.activeElement?.closest('.cl-view') !== null, document.activeElement?.getAttribute('data-region')])).toEqual([true, 'UA-23']);
      expect(await page.locator('.cl-view-first').count()).toBe(0);
      release();
      await page.waitForSelector('.leaflet-container path[data-region="UA-23"][aria-pressed="true"]');
      expect(errors).toEqual([]);
      await page.close();
    });

    it(`${path}: a region in the URL is selected on the picture before the app`, async () => {
      const url = path === '/index.html' ? `${path}#region=UA-65` : `${path}?region=UA-65`;
      const { page, errors, releaseApp, release } = await openHeld(url, undefined, true);
      await page.waitForSelector('.cl-view-first .cl-region-panel[data-selected-region="UA-65"]');
      expect(await page.getAttribute('.cl-view-first path[data-region="UA-65"]', 'aria-pressed')).toBe('true');
      // Controls that need the app say so until it is there.
      expect(await page.getAttribute('.cl-view-first .cl-download > summary', 'aria-disabled')).toBe('true');
      releaseApp();
      release();
      await page.waitForSelector('.leaflet-container path[data-region="UA-65"][aria-pressed="true"]');
      expect(await page.locator('.cl-download > summary[aria-disabled]').count()).toBe(0);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});

describe('the picture in a sandboxed frame under a strict CSP', () => {
  it('opens a region\'s panel on a click before the app has loaded, with no CSP violation', async () => {
    const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
    const app = await hold(page, APP);
    const errors: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await recordCspViolations(page, errors);
    await page.goto(host.url + '/export');
    const frame = (await (await page.waitForSelector('iframe#strict')).contentFrame())!;
    await frame.waitForSelector('.cl-view-first .cl-static path[data-region="UA-09"][role="button"]');
    await frame.click('path[data-region="UA-09"]');
    await frame.waitForSelector('.cl-view-first .cl-region-panel[data-selected-region="UA-09"] [data-passage] mark');
    expect(await frame.evaluate(() => ['L' in window, document.querySelector('.cl-view') !== null])).toEqual([false, false]);
    expect(app.state().served).toBe(false);
    app.release();
    await frame.waitForSelector('.cl-view .cl-region-panel[data-selected-region="UA-09"]');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a page asking for another view than the picture', () => {
  it('an unknown or hostile ?lang= is English to the picture as to the app: the picture stays, live', async () => {
    for (const lang of ['xx', '__proto__', 'constructor']) {
      const { page, releaseApp, errors } = await openHeld(`/embed.html?lang=${lang}`, { width: 1280, height: 800 }, true);
      await page.waitForSelector('.cl-view-first .cl-static path[data-region="UA-14"][role="button"]');
      expect(await page.locator('.cl-loading').count()).toBe(0);
      releaseApp();
      await page.waitForSelector('.cl-view path[data-region="UA-14"]');
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  for (const path of ['/embed.html?conflict=ge', '/index.html?conflict=ge', '/index.html?story=/test/story.json', '/embed.html?date=2022-06-01', '/embed.html?lang=uk']) {
    it(`${path}: shows "Loading" instead of the seed story's map until the app draws its own`, async () => {
      const { page, releaseApp, errors } = await openHeld(path, { width: 1280, height: 800 }, true);
      await page.waitForSelector('.cl-loading--early[role="status"]');
      // The app has not run: nothing of the seed story's picture is left to mislead the reader.
      expect(await page.evaluate(() => [document.querySelectorAll('path[data-region]').length, document.querySelector('.cl-view-first') !== null])).toEqual([0, false]);
      releaseApp();
      await page.waitForSelector(path.includes('conflict=ge') ? '.cl-view path[data-region="GE-AB"]' : '.cl-view path[data-region="UA-14"]');
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('the iframe widget shows another conflict too, in <iframe sandbox="allow-scripts"> under a strict CSP', async () => {
    const page = await browser.newPage({ viewport: { width: 900, height: 800 } });
    const errors: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(host.url + '/georgia');
    const frame = (await (await page.waitForSelector('iframe#ge')).contentFrame())!;
    await frame.waitForSelector('.cl-view path[data-region="GE-AB"]');
    const ids = await frame.$$eval('path[data-region]', (els) => [...new Set(els.map((e) => e.getAttribute('data-region')!))]);
    expect(ids.filter((id) => !id.startsWith('GE-'))).toEqual([]);
    await frame.focus('path[data-region="GE-AB"]');
    await frame.press('path[data-region="GE-AB"]', 'Enter');
    await frame.waitForSelector('.cl-region-panel[data-selected-region="GE-AB"] [data-passage]');
    expect(await frame.textContent('.cl-legend')).toMatch(/recognises/);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the build-time picture', () => {
  for (const path of ['/index.html', '/embed.html']) {
    it(`${path}: a click on the picture opens the panel at once, and the live view opens with it`, async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      // Timers and frames stand still, so the app (loaded after the paint, on a timer) waits while the reader clicks.
      await page.clock.install({ time: new Date('2026-01-01T00:00:00Z') });
      await page.clock.pauseAt(new Date('2026-01-01T00:00:01Z'));
      await page.goto(server.url + path, { waitUntil: 'domcontentloaded' });
      // Dispatched in the page: Playwright's own waiting runs on the frames the clock holds.
      const clicked = await page.evaluate(() => {
        const p = document.querySelector('.cl-view-first path[data-region="UA-65"]');
        p?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));
        return JSON.stringify([p !== null, document.querySelector('.cl-view-first .cl-region-panel[data-selected-region="UA-65"]') !== null, document.querySelector('.cl-view') !== null]);
      });
      // [picture clicked, its panel shown by the page's own script, no live view yet]
      expect(clicked).toBe('[true,true,false]');
      await page.clock.runFor(2000);
      await page.waitForSelector('.cl-view .cl-region-panel[data-selected-region="UA-65"]');
      if (path === '/index.html') expect(new URL(page.url()).hash).toBe('#region=UA-65');
      await page.close();
    });
  }
});

describe('a story from a URL', () => {
  for (const [name, path] of [['?story=', '/index.html?story=/test/story.json'], ['<claimline-map story=…>', '/test/element.html']] as const) {
    it(`${name}: the static map is drawn and live as soon as the story arrives, before Leaflet`, async () => {
      const { page, release, errors, state } = await openHeld(path);
      // The live view (.cl-view), not the build-time picture (.cl-view-first).
      await page.waitForSelector('.cl-view .cl-static path[data-region="UA-14"][role="button"]');
      expect(await page.locator('.leaflet-container').count()).toBe(0);
      expect(state().served).toBe(false);
      await page.click('.cl-view path[data-region="UA-09"]');
      await page.waitForSelector('.cl-region-panel[data-selected-region="UA-09"]');
      release();
      await page.waitForSelector('.leaflet-container path[data-region="UA-09"][aria-pressed="true"]');
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});

/** Reads a download's bytes. */
async function bytes(d: Download): Promise<Buffer> {
  const path = await d.path();
  return readFileSync(path);
}

function pngSize(b: Buffer): { width: number; height: number } {
  expect(b.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(b.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** Parses the SVG in the page and lists what a reader of the picture would need. */
function inspectSvg(page: Page | Frame, svg: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      tag: root.tagName,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      title: doc.querySelector('svg > title')?.textContent ?? null,
      desc: doc.querySelector('svg > desc')?.textContent ?? null,
      legend: doc.querySelectorAll('.cl-picture-legend [data-status]').length,
      regions: [...doc.querySelectorAll('path[data-region]')].map((p) => p.getAttribute('data-region')),
      text: root.textContent ?? '',
    };
  }, svg);
}

async function exportBoth(page: Page, scope: Page | Frame) {
  await openDownloadMenu(scope);
  const [svgDownload] = await Promise.all([page.waitForEvent('download'), scope.click('button[data-export="svg"]')]);
  expect(svgDownload.suggestedFilename()).toBe('claimline-map.svg');
  const svg = (await bytes(svgDownload)).toString('utf8');
  const info = await inspectSvg(scope, svg);
  expect(info.error).toBeNull();
  expect(info.tag).toBe('svg');
  expect(info.title).toBe(story.article.title);
  expect(info.desc).toMatch(/^Map: Russia claims/);
  expect(info.legend).toBeGreaterThanOrEqual(3);
  for (const id of FOCUS) expect(info.regions).toContain(id);
  expect(info.text).toMatch(/Natural Earth/);
  const [pngDownload] = await Promise.all([page.waitForEvent('download'), scope.click('button[data-export="png"]')]);
  expect(pngDownload.suggestedFilename()).toBe('claimline-map.png');
  expect(pngSize(await bytes(pngDownload))).toEqual({ width: info.width * 2, height: info.height * 2 });
}

describe('Download', () => {
  it('the app exports the current view as a valid SVG and a 2× PNG, requesting nothing', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    await page.goto(server.url + '/index.html#region=UA-14');
    await page.waitForSelector('.leaflet-container path[data-region="UA-14"]');
    await page.waitForLoadState('networkidle');
    const requests: string[] = [];
    page.on('request', (r) => { if (!r.url().startsWith('data:') && !r.url().startsWith('blob:')) requests.push(r.url()); });
    await exportBoth(page, page);
    expect(requests).toEqual([]);
    await page.close();
  });

  it('the embed exports under a strict CSP in <iframe sandbox="allow-scripts allow-downloads">, shows the picture when downloads are not allowed, and honours ?download=0', async () => {
    const page = await browser.newPage({ viewport: { width: 800, height: 900 }, acceptDownloads: true });
    const errors: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error' && !/download/i.test(m.text())) errors.push(m.text()); });
    await recordCspViolations(page, errors);
    await page.goto(host.url + '/export');
    const frame = async (id: string) => {
      const f = (await (await page.waitForSelector(`iframe#${id}`)).contentFrame())!;
      // The Download menu is the app's: wait for the live view, not the build-time picture.
      await f.waitForSelector('.cl-view path[data-region="UA-14"]');
      return f;
    };
    await exportBoth(page, await frame('downloads'));

    const strict = await frame('strict');
    await openDownloadMenu(strict);
    await strict.click('button[data-export="png"]');
    const preview = await strict.waitForSelector('img.cl-download-preview');
    expect(await preview.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    expect(await preview.getAttribute('alt')).toMatch(/^Map: Russia claims/);
    await strict.waitForFunction(() => (document.querySelector('img.cl-download-preview') as HTMLImageElement).naturalWidth > 0);

    const optout = await frame('optout');
    expect(await optout.locator('.cl-download').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
