/**
 * Embedding as a newsroom would: the iframe snippet on another origin, the
 * custom element twice on one page, a hostile host stylesheet, a strict CSP,
 * a sandboxed iframe, and no request to any other host.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { DIST, ROOT, launchChromium, recordCspViolations, requireDist, serveStatic, type StaticServer } from './harness.ts';

const PAGES = join(ROOT, 'tests/pages');
const STRICT_CSP = "default-src 'self'; img-src 'self' data:; frame-ancestors *";

let widget: StaticServer; // serves dist/ under a strict CSP
let host: StaticServer; // another origin: the newsroom's page
let browser: Browser;

beforeAll(async () => {
  requireDist();
  // A story and a control layer from a URL make the widget load its validators: they must run under the CSP too.
  const files: Record<string, string> = {
    '/test/story.json': readFileSync(join(ROOT, 'src/generated/story.json'), 'utf8'),
    '/test/control.geojson': readFileSync(join(ROOT, 'geodata/conflicts/ua/control.geojson'), 'utf8'),
  };
  widget = await serveStatic([DIST], {
    headers: { 'content-security-policy': STRICT_CSP },
    cors: true,
    routes: [
      (req, res) => {
        const body = files[req.url ?? ''];
        if (body === undefined) return false;
        res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
        res.end(body);
        return true;
      },
    ],
  });
  const page = (name: string) => readFileSync(join(PAGES, name), 'utf8').replaceAll('WIDGET', widget.url);
  host = await serveStatic([PAGES], {
    headers: { 'content-security-policy': `default-src 'self' ${widget.url}; frame-src ${widget.url}` },
    routes: [
      (req, res) => {
        const name = req.url === '/iframe' ? 'iframe-host.html' : req.url === '/element' ? 'element-host.html' : null;
        if (!name) return false;
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': `default-src 'self' ${widget.url}; frame-src ${widget.url}` });
        res.end(page(name));
        return true;
      },
    ],
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await widget?.close();
  await host?.close();
});

/** Opens a host page and records CSP violations, page errors and every request's origin. */
async function openHost(path: string, viewport = { width: 800, height: 900 }) {
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  const origins = new Set<string>();
  // Every frame reports its CSP violations to the test (a caught eval probe included).
  await recordCspViolations(page, errors);
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('request', (r) => { if (!r.url().startsWith('data:')) origins.add(new URL(r.url()).origin); });
  await page.goto(host.url + path);
  return { page, errors, origins };
}

async function widgetFrame(page: Page, id: string): Promise<Frame> {
  const handle = await page.waitForSelector(`iframe#${id}`);
  const frame = (await handle.contentFrame())!;
  // The live view (.cl-view), not the build-time picture (.cl-view-first), which early.js makes clickable first.
  await frame.waitForSelector('.cl-view path[data-region="UA-14"]');
  return frame;
}

const frameHeight = (page: Page, id: string) => page.$eval(`iframe#${id}`, (f) => f.getBoundingClientRect().height);
const contentHeight = (frame: Frame) => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));

describe('the iframe embed', () => {
  it('sizes itself to its content as regions are selected, with no scrollbars inside', async () => {
    const { page, errors, origins } = await openHost('/iframe');
    const frame = await widgetFrame(page, 'map1');
    await frame.waitForSelector('.cl-region-panel[data-selected-region="UA-14"]');
    await page.waitForFunction(() => document.querySelector('iframe#map1')!.getBoundingClientRect().height !== 520);
    for (const id of ['UA-14', 'UA-40', 'UA-23']) {
      // Sevastopol is a few pixels wide at this zoom: select by keyboard, as a reader could.
      await frame.focus(`path[data-region="${id}"]`);
      await frame.press(`path[data-region="${id}"]`, 'Enter');
      await frame.waitForSelector(`.cl-region-panel[data-selected-region="${id}"]`);
      // The loader follows the content: wait until the iframe's height agrees with it.
      await expect
        .poll(async () => Math.abs((await frameHeight(page, 'map1')) - (await contentHeight(frame))), { message: `${id}: iframe vs content height`, timeout: 15_000 })
        .toBeLessThanOrEqual(4);
      const scroll = await frame.evaluate(() => document.documentElement.scrollHeight - document.documentElement.clientHeight);
      expect(scroll).toBeLessThanOrEqual(1);
    }
    expect(errors).toEqual([]);
    expect([...origins].sort()).toEqual([host.url, widget.url].sort());
    await page.close();
  });

  it('runs under a strict CSP and inside <iframe sandbox="allow-scripts">', async () => {
    const { page, errors } = await openHost('/iframe');
    const frame = await widgetFrame(page, 'sandboxed');
    await frame.waitForSelector('.cl-region-panel[data-selected-region="UA-09"]');
    await expect(frame.textContent('.cl-panel-title')).resolves.toBe('Луганська область');
    // The loader trusts the sandboxed frame's opaque origin and sizes it too.
    await page.waitForFunction(() => document.querySelector('iframe#sandboxed')!.getBoundingClientRect().height !== 300);
    // The sandboxed frame loaded a story and a control layer from URLs, so its validators ran.
    await frame.waitForFunction(() => /Control line as of|Лінія контролю/.test(document.querySelector('.cl-legend')?.textContent ?? ''));
    expect(errors.filter((e) => /Content Security Policy|Refused|CSP violation/.test(e))).toEqual([]);
    await page.close();
  });

  it('ignores resize messages that do not come from its own frames, and never sizes a foreign frame', async () => {
    const { page } = await openHost('/iframe');
    const frame = await widgetFrame(page, 'map1');
    await frame.waitForSelector('.cl-region-panel[data-selected-region="UA-14"]');
    // The loader is on the page and working: it has sized the Claimline frame to its content.
    await page.waitForFunction(() => document.querySelector('iframe#map1')!.getBoundingClientRect().height !== 520);
    const before = await frameHeight(page, 'map1');
    // A message from the host page itself, and one from a foreign (ad) frame about itself.
    await page.evaluate(() => window.postMessage({ type: 'claimline:resize', height: 5 }, '*'));
    const ad = page.frames().find((f) => f.name() === 'ad')!;
    await ad.evaluate(() => parent.postMessage({ type: 'claimline:resize', height: 3333 }, '*'));
    // A later real message from the Claimline frame is still obeyed: select another region and wait for it.
    await frame.focus('path[data-region="UA-40"]');
    await frame.press('path[data-region="UA-40"]', 'Enter');
    await frame.waitForSelector('.cl-region-panel[data-selected-region="UA-40"]');
    await expect.poll(async () => Math.abs((await frameHeight(page, 'map1')) - (await contentHeight(frame))), { timeout: 15_000 }).toBeLessThanOrEqual(4);
    expect(await frameHeight(page, 'map1')).not.toBe(5);
    expect(before).not.toBe(5);
    expect(await page.$eval('iframe#ad', (f) => f.clientHeight)).toBe(90);
    await page.close();
  });
});

describe('the <claimline-map> custom element', () => {
  it('shows two independent maps on one page, each with its own region’s quotes', async () => {
    const { page, errors, origins } = await openHost('/element');
    await page.waitForFunction(() => document.querySelectorAll('claimline-map').length === 2 && [...document.querySelectorAll('claimline-map')].every((el) => el.shadowRoot?.querySelector('.cl-region-panel')));
    const state = () =>
      page.$$eval('claimline-map', (els) =>
        els.map((el) => ({
          region: el.shadowRoot!.querySelector('.cl-region-panel')?.getAttribute('data-selected-region') ?? null,
          quotes: el.shadowRoot!.querySelectorAll('.cl-region-panel [data-passage] mark').length,
          title: el.shadowRoot!.querySelector('.cl-panel-title')?.textContent ?? null,
        })),
      );
    let s = await state();
    expect(s.map((x) => x.region)).toEqual(['UA-14', 'UA-65']);
    expect(s[0]!.quotes).toBeGreaterThan(0);
    expect(s[1]!.title).toBe('Херсонська область');

    // Selecting in one does not change the other, and the host hears regionselect.
    await page.locator('claimline-map#a path[data-region="UA-23"]').click({ force: true });
    await page.waitForFunction(() => document.querySelector('claimline-map#a')!.shadowRoot!.querySelector('[data-selected-region="UA-23"]'));
    s = await state();
    expect(s.map((x) => x.region)).toEqual(['UA-23', 'UA-65']);
    const events = await page.evaluate(() => (window as unknown as { __events: unknown[] }).__events);
    expect(events).toEqual([{ id: 'a', region: 'UA-23' }]);
    // The click is the element's own state too: attribute and property follow it.
    expect(await page.getAttribute('claimline-map#a', 'region')).toBe('UA-23');
    expect(await page.evaluate(() => (document.querySelector('claimline-map#a') as HTMLElement & { region: string }).region)).toBe('UA-23');

    // Attributes are reflected as properties and drive the element.
    await page.evaluate(() => ((document.querySelector('claimline-map#b') as HTMLElement & { region: string }).region = 'UA-43'));
    await page.waitForFunction(() => document.querySelector('claimline-map#b')!.shadowRoot!.querySelector('[data-selected-region="UA-43"]'));
    expect(await page.getAttribute('claimline-map#b', 'region')).toBe('UA-43');
    expect(errors).toEqual([]);
    expect([...origins].sort()).toEqual([host.url, widget.url].sort());
    await page.close();
  });

  it('keeps host CSS out: `path { fill: red }` does not change the widget', async () => {
    const { page } = await openHost('/element');
    await page.waitForFunction(() => document.querySelector('claimline-map#a')?.shadowRoot?.querySelector('path[data-region="UA-14"]'));
    const style = await page.evaluate(() => {
      const root = document.querySelector('claimline-map#a')!.shadowRoot!;
      const path = root.querySelector('path[data-region="UA-05"]')!;
      const title = root.querySelector('.cl-panel-title')!;
      return { fill: getComputedStyle(path).fill, stroke: getComputedStyle(path).stroke, size: getComputedStyle(title).fontSize, display: getComputedStyle(title).display };
    });
    expect(style.fill).not.toBe('rgb(255, 0, 0)');
    expect(style.stroke).not.toBe('rgb(0, 255, 0)');
    expect(style.size).not.toBe('40px');
    expect(style.display).not.toBe('none');
    await page.close();
  });

  it('cleans up its map when removed from the page', async () => {
    const { page, errors } = await openHost('/element');
    await page.waitForFunction(() => document.querySelector('claimline-map#a')?.shadowRoot?.querySelector('path[data-region]'));
    const left = await page.evaluate(() => {
      const removed = document.querySelector('claimline-map#a')!;
      removed.remove();
      const el = document.querySelector('claimline-map#b')!;
      return {
        removedPaths: removed.shadowRoot?.querySelectorAll('path[data-region]').length ?? 0,
        removedMap: removed.shadowRoot?.querySelector('.leaflet-container') !== null && removed.shadowRoot?.querySelector('.leaflet-container') !== undefined,
        other: el.shadowRoot!.querySelectorAll('path[data-region]').length,
      };
    });
    // The removed element's map and paths are gone; the other element is untouched.
    expect(left).toEqual({ removedPaths: 0, removedMap: false, other: 27 });
    // Re-attaching the removed element builds a fresh map.
    await page.evaluate(() => {
      const el = document.createElement('claimline-map');
      el.id = 'c';
      el.setAttribute('region', 'UA-40');
      document.body.append(el);
    });
    await page.waitForFunction(() => document.querySelector('claimline-map#c')!.shadowRoot!.querySelector('[data-selected-region="UA-40"]'));
    expect(errors).toEqual([]);
    await page.close();
  });
});
