/**
 * The app under stress, as a hostile-input run tried it: stories at and past
 * the limits, servers that never answer, malformed addresses, a strict CSP,
 * duplicate mentions and right-to-left overrides in story text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DIST, launchChromium, requireDist, serveStatic, type Route, type StaticServer } from './harness.ts';
import { bigStoryJson, duplicateBidiStory } from './stories.ts';
import { LIMITS } from '../../src/lib/contract/limits.ts';

const STRICT_CSP = "default-src 'self'; img-src 'self' data:";

let server: StaticServer;
let browser: Browser;
/** The story at the limit is held back until the test lets it go, so the page is surely loading when the test clicks. */
let releaseBig: () => void = () => {};
const bigHeld = new Promise<void>((ok) => (releaseBig = ok));

/** Serves `body` (made on first request) as JSON at `path`. */
const json = (path: string, body: () => string): Route => {
  let cached: string | null = null;
  return (req, res) => {
    if (req.url !== path) return false;
    cached ??= body();
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(cached);
    return true;
  };
};

beforeAll(async () => {
  requireDist();
  server = await serveStatic([DIST], {
    headers: { 'content-security-policy': STRICT_CSP },
    routes: [
      (req, res) => {
        if (req.url !== '/test/at-limit.json') return false;
        const body = bigStoryJson(LIMITS.passages);
        void bigHeld.then(() => {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(body);
        });
        return true;
      },
      json('/test/past-limit.json', () => bigStoryJson(LIMITS.passages + 1)),
      json('/test/huge.json', () => `{"version":1,"generator":"${'x'.repeat(LIMITS.storyBytes)}"}`),
      json('/test/dup-bidi.json', () => JSON.stringify(duplicateBidiStory())),
      // A server that takes the request and never answers.
      (req) => req.url === '/test/hang.json',
    ],
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a page that records page errors, CSP violations and (in order) clicks and the story's arrival. */
async function open(path: string, waitUntil: 'load' | 'commit' = 'load'): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[]; __events: string[] };
    w.__csp = [];
    w.__events = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    document.addEventListener('click', () => w.__events.push('click'), true);
    new MutationObserver(() => {
      if (!w.__events.includes('story') && document.querySelector('.cl-view')) w.__events.push('story');
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(server.url + path, { waitUntil });
  return { page, errors };
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

describe('stories at and past the limits', () => {
  it('stays responsive while it opens a story at the limit: a click is handled before the story is drawn', async () => {
    const { page, errors } = await open(`/index.html?story=/test/at-limit.json`, 'commit');
    // The app's own "Loading…" (not the page's, which early.js shows before the app has run): the app waits for the story.
    await page.waitForSelector('.cl-loading[role="status"]:not(.cl-loading--early)');
    const brand = (await (await page.$('.cl-brand'))!.boundingBox())!;
    // The story arrives in full; the reader clicks while the page parses, checks and draws it.
    const arrived = page.waitForEvent('requestfinished', (r) => r.url().endsWith('/test/at-limit.json'));
    releaseBig();
    await arrived;
    await page.mouse.click(brand.x + 5, brand.y + 5);
    await page.waitForSelector('.cl-view', { timeout: 45_000 });
    const events = await page.evaluate(() => (window as unknown as { __events: string[] }).__events);
    expect(events.indexOf('click')).toBeGreaterThanOrEqual(0);
    expect(events.indexOf('click')).toBeLessThan(events.indexOf('story'));

    // A region with 30,000 quotes opens with a first page of them and a way to see more.
    await page.click('path[data-region="UA-14"]', { force: true });
    await page.waitForSelector('.cl-region-panel[data-selected-region="UA-14"]');
    expect(await page.$$eval('.cl-region-panel [data-passage]', (els) => els.length)).toBe(40);
    await expect(page.textContent('.cl-region-panel .cl-more')).resolves.toMatch(/Show 40 more \(29,960 not shown\)|Show 40 more \(29960 not shown\)/);
    await expect(page.textContent('.cl-article-pager')).resolves.toMatch(/Passages 1–400 of 59999/);
    expect(errors).toEqual([]);
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it('names the limit a story passes, in the box where the map would be', async () => {
    for (const [url, message] of [
      ['/test/past-limit.json', /more than 60,000 passages \(the limit\)/],
      ['/test/huge.json', /too large \(over 24 MB, the limit\)/],
    ] as const) {
      const { page, errors } = await open(`/index.html?story=${url}`);
      const err = await page.waitForSelector('.cl-error[role="alert"]', { timeout: 45_000 });
      expect(await err.textContent()).toMatch(message);
      expect(errors).toEqual([]);
      await page.close();
    }
  });
});

describe('addresses that never answer or are not addresses', () => {
  it('shows a loading state, then a time-out message; the default control layer stays on the map meanwhile', async () => {
    const [story, control] = await Promise.all([open('/index.html?story=/test/hang.json'), open('/index.html?control=/test/hang.json')]);
    await story.page.waitForSelector('.cl-loading[role="status"]:not(.cl-loading--early)');
    await control.page.waitForSelector('path[data-control="held"]');
    await expect(control.page.textContent('.cl-notice')).resolves.toMatch(/Loading the control layer; the default layer is shown meanwhile/);

    const err = await story.page.waitForSelector('.cl-error[role="alert"]', { timeout: LIMITS.fetchTimeoutMs + 20_000 });
    expect(await err.textContent()).toMatch(/Could not load the story from \/test\/hang\.json: no complete answer within 15 seconds/);
    await control.page.waitForFunction(() => /no complete answer within 15 seconds/.test(document.querySelector('.cl-notice')?.textContent ?? ''), null, { timeout: 20_000 });
    expect(await control.page.$$eval('path[data-control="held"]', (els) => els.length)).toBeGreaterThan(0);
    expect([...story.errors, ...control.errors]).toEqual([]);
    await Promise.all([story.page.close(), control.page.close()]);
  });

  it('turns malformed story and control addresses into readable errors, never exceptions', async () => {
    for (const bad of ['https://', 'http://[', '//[', 'http://1.2.3.4.5']) {
      const { page, errors } = await open(`/index.html?story=${encodeURIComponent(bad)}`);
      const err = await page.waitForSelector('.cl-error[role="alert"]');
      expect(await err.textContent()).toContain(`The story address ${JSON.stringify(bad)} is not a valid URL.`);
      await page.close();
      const c = await open(`/index.html?control=${encodeURIComponent(bad)}`);
      await c.page.waitForFunction(() => /is not a valid URL/.test(document.querySelector('.cl-notice')?.textContent ?? ''));
      expect(await c.page.$$eval('path[data-control="held"]', (els) => els.length)).toBeGreaterThan(0);
      expect([...errors, ...c.errors]).toEqual([]);
      await c.page.close();
    }
  });
});

describe('a region that is not on the map', () => {
  it('says so instead of dropping it silently, in the app and the embed', async () => {
    for (const path of ['/index.html#region=UA-99', '/embed.html?region=XX-1']) {
      const { page, errors } = await open(path);
      await page.waitForSelector('.cl-view path[data-region="UA-14"]');
      await expect(page.textContent('.cl-notice')).resolves.toMatch(/There is no region “(UA-99|XX-1)” on this map/);
      expect(await page.$('.cl-region-panel')).toBeNull();
      expect(errors).toEqual([]);
      await page.close();
    }
  });
});

describe('story text that tries to break the page', () => {
  it('renders a story with a duplicate mention, saying it dropped the copy, under a strict CSP with no violation', async () => {
    for (const path of ['/index.html', '/embed.html']) {
      const { page, errors } = await open(`${path}?story=/test/dup-bidi.json&region=UA-14#region=UA-14`);
      await page.waitForSelector('.cl-region-panel[data-selected-region="UA-14"]');
      await expect(page.textContent('.cl-notice')).resolves.toContain('1 duplicate mention was dropped.');
      expect(await page.$$eval('.cl-region-panel [data-passage]', (els) => els.length)).toBe(1);
      expect(errors).toEqual([]);
      expect(await violations(page)).toEqual([]);
      await page.close();
    }
  });

  it('keeps an unterminated right-to-left override inside the source: the attribution after it still reads left to right', async () => {
    const { page } = await open('/index.html?story=/test/dup-bidi.json');
    await page.waitForSelector('.cl-attribution bdi');
    const order = await page.evaluate(() => {
      const p = document.querySelector('.cl-attribution')!;
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      let node: Node | null;
      while ((node = walker.nextNode()) && !node.textContent!.includes('Data: Natural Earth'));
      const text = node!.textContent!;
      const at = text.indexOf('Data');
      const x = (i: number) => {
        const r = document.createRange();
        r.setStart(node!, i);
        r.setEnd(node!, i + 1);
        return r.getBoundingClientRect().x;
      };
      return { d: x(at), a: x(at + 1), t: x(at + 2) };
    });
    expect(order.d).toBeLessThan(order.a);
    expect(order.a).toBeLessThan(order.t);
    await page.close();
  });
});
