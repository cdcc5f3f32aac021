/**
 * Time, continued (issue 13): play through the snapshots, the compare view
 * (a swipe between two days), the held-share chart and compare summary in the
 * iframe widget and the element, and the claims' dated events on the slider.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { axeSeriousOrCritical, DIST, launchChromium, requireDist, ROOT, serveStatic, type StaticServer } from './harness.ts';
import { bigStoryJson } from './stories.ts';
import { snapshotFor } from '../../src/lib/claims/snapshotFor.ts';
import { formatDate } from '../../src/lib/i18n/strings.ts';

const index = JSON.parse(readFileSync(join(ROOT, 'geodata/conflicts/ua/control/index.json'), 'utf8')) as { date: string }[];
const shares = JSON.parse(readFileSync(join(ROOT, 'geodata/conflicts/ua/control/shares.json'), 'utf8')) as { dates: Record<string, Record<string, number>> };
const dates = index.map((e) => e.date);
const inForce = (day: string) => snapshotFor(index, day)!.date;

let server: StaticServer;
let strict: StaticServer; // dist/ under a strict CSP
let browser: Browser;
const STRICT_CSP = "default-src 'self'; img-src 'self' data:; frame-ancestors *";

beforeAll(async () => {
  requireDist();
  server = await serveStatic([DIST], {
    routes: [
      (req, res) => {
        if (req.url !== '/test/june-2023.json') return false;
        const s = JSON.parse(bigStoryJson(4));
        s.article.date = '2023-06-18';
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(s));
        return true;
      },
      (req, res) => {
        if (req.url !== '/test/element.html') return false;
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Element</title><script type="module" src="/claimline.js"></script></head><body><main><claimline-map region="UA-23" compare="2022-02-23"></claimline-map></main></body></html>');
        return true;
      },
    ],
  });
  strict = await serveStatic([DIST], {
    headers: { 'content-security-policy': STRICT_CSP },
    routes: [
      (req, res) => {
        if (req.url !== '/test/sandboxed.html') return false;
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': STRICT_CSP });
        res.end('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body><iframe sandbox="allow-scripts" title="Claimline map" width="900" height="900" src="/embed.html?compare=&region=UA-14"></iframe></body></html>');
        return true;
      },
    ],
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await strict?.close();
});

/** A page on `path` once its live map (Leaflet) is there. */
async function open(path: string, reducedMotion: 'reduce' | 'no-preference' = 'no-preference'): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.emulateMedia({ reducedMotion });
  await page.goto(server.url + path);
  await page.waitForSelector('.cl-view .leaflet-container path[data-region]');
  return page;
}

const legendShows = (page: Page | Frame, date: string) =>
  page.waitForFunction((d) => document.querySelector('.cl-legend-note')?.textContent?.includes(`as of ${d}`), formatDate('en', date));

describe('play', () => {
  it('steps to the last snapshot and stops there, from the keyboard, saying so', async () => {
    const page = await open('/index.html');
    await page.locator('input.cl-time-range').focus();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await legendShows(page, dates.at(-3)!);
    const play = page.locator('button.cl-time-play');
    expect(await play.textContent()).toContain('Play');
    await play.focus();
    await page.keyboard.press('Enter');
    expect(await play.textContent()).toContain('Pause');
    await legendShows(page, dates.at(-2)!);
    await legendShows(page, dates.at(-1)!);
    await page.waitForFunction(() => document.querySelector('.cl-time [role="status"]')?.textContent?.startsWith('Stopped'));
    expect(await page.textContent('.cl-time [role="status"]')).toBe(`Stopped at the last line, ${formatDate('en', dates.at(-1)!)}`);
    expect(await play.textContent()).toContain('Play');
    expect(await page.locator('input.cl-time-range').getAttribute('aria-valuetext')).toBe(formatDate('en', dates.at(-1)!));
    expect(new URL(page.url()).searchParams.get('date')).toBe(dates.at(-1));
    await page.close();
  });

  it('starts again from the first snapshot when at the end, and pauses', async () => {
    const page = await open('/index.html');
    await page.click('button.cl-time-play');
    await legendShows(page, dates[0]!);
    // Announced: where it plays from, then each date as it is drawn.
    expect(await page.textContent('.cl-time [role="status"]')).toMatch(/^(Playing from )?\d{1,2} [A-Z][a-z]{2} \d{4}$/);
    await page.click('button.cl-time-play');
    await page.waitForFunction(() => document.querySelector('.cl-time [role="status"]')?.textContent?.startsWith('Paused at'));
    expect(await page.locator('button.cl-time-play').textContent()).toContain('Play');
    expect(await page.locator('.cl-time--playing').count()).toBe(0);
    await page.close();
  });

  it('fades each new line in, unless the reader asks for less motion', async () => {
    for (const [motion, animation] of [['no-preference', 'cl-step'], ['reduce', 'none']] as const) {
      const page = await open('/embed.html', motion);
      await page.click('button.cl-time-play');
      await page.waitForSelector('.cl-time--playing');
      expect(await page.evaluate(() => getComputedStyle(document.querySelector('path[data-control="held"]')!).animationName), motion).toBe(animation);
      // Either way it steps: the first snapshot, then the second.
      await legendShows(page, dates[1]!);
      await page.click('button.cl-time-play');
      await page.close();
    }
  });
});

describe('compare view', () => {
  /** Where the map is cut, in the page's px: the right edge of the earlier day's clip. */
  const cutX = (page: Page) =>
    page.evaluate(() => {
      const path = document.querySelector<SVGPathElement>('path[data-control="compare"]')!;
      const id = /url\(#([^)]+)\)/.exec(path.getAttribute('clip-path')!)![1]!;
      const rect = document.getElementById(id)!.querySelector('rect')!;
      const m = path.getScreenCTM()!;
      const p = new DOMPoint(rect.x.baseVal.value + rect.width.baseVal.value, 0).matrixTransform(m);
      const box = document.querySelector('.cl-view .leaflet-container')!.getBoundingClientRect();
      return { x: p.x - box.left, width: box.width };
    });

  it('opens from ?compare=: the earlier day left of a divide, the story’s day right of it, with the summary', async () => {
    const page = await open('/index.html?story=/test/june-2023.json&compare=2022-02-23');
    await page.waitForSelector('path[data-control="compare"]');
    const swipe = page.locator('.cl-swipe');
    expect(await swipe.getAttribute('data-swipe-from')).toBe(inForce('2022-02-23'));
    expect(await swipe.getAttribute('data-swipe-to')).toBe(inForce('2023-06-18'));
    expect(await page.getAttribute('path[data-control="compare"]', 'clip-path')).toMatch(/-swipe-from\)$/);
    expect(await page.getAttribute('path[data-control="held"]', 'clip-path')).toMatch(/-swipe-to\)$/);
    const cut = await cutX(page);
    expect(Math.abs(cut.x - cut.width / 2)).toBeLessThan(2);
    const pct = (d: string) => `${Math.round(shares.dates[d]!['UA-14']! * 100)} %`;
    expect(await page.textContent('.cl-compare li[data-region="UA-14"]')).toBe(`Donetsk: ${pct(inForce('2022-02-23'))} → ${pct(inForce('2023-06-18'))} held`);
    expect(await page.getAttribute('input.cl-swipe-range', 'aria-label')).toBe(`Divide between ${formatDate('en', inForce('2022-02-23'))} (left) and ${formatDate('en', inForce('2023-06-18'))} (right)`);
    await page.close();
  });

  it('moves the divide with the keyboard', async () => {
    const page = await open('/index.html?compare=');
    await page.waitForSelector('path[data-control="compare"]');
    const range = page.locator('input.cl-swipe-range');
    await range.focus();
    await page.keyboard.press('ArrowLeft');
    expect(await range.getAttribute('aria-valuetext')).toBe('49 % from the left');
    await page.keyboard.press('Home');
    await page.waitForFunction(() => document.querySelector('input.cl-swipe-range')?.getAttribute('aria-valuetext') === '0 % from the left');
    expect(Math.abs((await cutX(page)).x - 8)).toBeLessThan(2);
    await page.keyboard.press('End');
    await page.waitForFunction(() => document.querySelector('input.cl-swipe-range')?.getAttribute('aria-valuetext') === '100 % from the left');
    const cut = await cutX(page);
    expect(Math.abs(cut.x - (cut.width - 8))).toBeLessThan(2);
    await page.close();
  });

  it('is turned on and off with its switch, its day picked from the series, and kept in the app’s hash', async () => {
    const page = await open('/index.html#region=UA-14');
    const toggle = page.locator('button.cl-compare-toggle');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    await page.waitForSelector('.cl-swipe');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await page.getAttribute('.cl-swipe', 'data-swipe-from')).toBe(inForce('2022-02-23'));
    let hash = new URLSearchParams(new URL(page.url()).hash.slice(1));
    expect([hash.get('region'), hash.get('compare')]).toEqual(['UA-14', '']);
    await page.selectOption('.cl-compare-pick select', '2022-03-21');
    await page.waitForFunction(() => document.querySelector('.cl-swipe')?.getAttribute('data-swipe-from') === '2022-03-21');
    await page.waitForFunction(() => document.querySelector('.cl-compare-title')?.textContent?.startsWith('Compared with 21 Mar 2022'));
    hash = new URLSearchParams(new URL(page.url()).hash.slice(1));
    expect(hash.get('compare')).toBe('2022-03-21');
    // The link opens on the same view.
    const again = await open(new URL(page.url()).pathname + new URL(page.url()).hash);
    await again.waitForFunction(() => document.querySelector('.cl-swipe')?.getAttribute('data-swipe-from') === '2022-03-21');
    await again.close();
    await toggle.click();
    await page.waitForFunction(() => !document.querySelector('.cl-swipe') && !document.querySelector('path[data-control="compare"]'));
    expect(new URLSearchParams(new URL(page.url()).hash.slice(1)).get('compare')).toBeNull();
    expect(await page.locator('.cl-compare').count()).toBe(0);
    await page.close();
  });

  it('works in the iframe widget from ?compare=', async () => {
    const page = await open('/embed.html?compare=2022-02-23');
    await page.waitForSelector('path[data-control="compare"]');
    expect(await page.getAttribute('.cl-swipe', 'data-swipe-from')).toBe(inForce('2022-02-23'));
    await page.waitForSelector('.cl-compare li[data-region="UA-23"]');
    expect(await page.textContent('.cl-compare li[data-region="UA-23"]')).toMatch(/^Zaporizhzhia: \S+ % → \S+ % held$/);
    await page.close();
  });
});

describe('the held-share chart beyond the app', () => {
  it('is fetched on first use, never with the first view (app and widget)', async () => {
    for (const [path, code] of [['/index.html', /\/assets\/timeUi-[\w-]+\.js$/], ['/embed.html', /\/embed-time\.js$/]] as const) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const fetched: string[] = [];
      page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
      await page.goto(server.url + path);
      await page.waitForSelector('.cl-view .leaflet-container path[data-region]');
      await page.waitForLoadState('networkidle');
      expect(fetched.filter((p) => code.test(p) || /shares/.test(p)), path).toEqual([]);
      await page.click('.cl-view path[data-region="UA-14"]');
      await page.waitForSelector('.cl-region-panel .cl-share-chart');
      expect(fetched.some((p) => code.test(p)), path).toBe(true);
      await page.close();
    }
  });

  it('is in the iframe widget’s panel, with its table as text equivalent', async () => {
    const page = await open('/embed.html?region=UA-23');
    await page.waitForSelector('.cl-region-panel .cl-share-chart table tbody tr');
    const svg = page.locator('.cl-share-chart svg');
    expect(await svg.getAttribute('role')).toBe('img');
    expect(await page.locator(`[id="${await svg.getAttribute('aria-describedby')}"]`).evaluate((e) => e.tagName)).toBe('TABLE');
    const rows = await page.$$eval('.cl-share-table tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim())));
    const yearEnd = inForce('2024-12-31');
    expect(rows).toContainEqual([formatDate('en', yearEnd), `${Math.round(shares.dates[yearEnd]!['UA-23']! * 100)} %`]);
    expect(await page.$$eval('.cl-share-events li', (lis) => lis.map((li) => li.textContent))).toEqual(['30 Sep 2022: Russia claims it as annexed', '12 Oct 2022: UN General Assembly resolution ES-11/4']);
    // Styled (time.css is part of the frame's stylesheet): the line is drawn.
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.cl-share-line')!).stroke)).not.toBe('none');
    await page.close();
  });

  it('is in the <claimline-map> element too, styled inside its shadow root, beside its compare view', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    await page.goto(`${server.url}/test/element.html`);
    await page.locator('claimline-map .cl-share-chart table tbody tr').first().waitFor();
    expect(await page.locator('claimline-map .cl-share-chart').evaluate((e) => getComputedStyle(e.querySelector('.cl-share-line')!).stroke)).not.toBe('none');
    await page.locator('claimline-map .cl-compare li').first().waitFor();
    await page.locator('claimline-map button.cl-compare-toggle').click();
    await page.waitForFunction(() => !document.querySelector('claimline-map')!.hasAttribute('compare'));
    await page.close();
  });
});

describe('under a strict CSP, in <iframe sandbox="allow-scripts">', () => {
  it('the widget shows the compare view and the chart, fetching the series as classic scripts', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 1000 } });
    const refused: string[] = [];
    page.on('console', (m) => /Content Security Policy|Refused/.test(m.text()) && refused.push(m.text()));
    await page.goto(`${strict.url}/test/sandboxed.html`);
    const frame = await (await page.waitForSelector('iframe')).contentFrame();
    await frame!.waitForSelector('path[data-control="compare"]');
    await frame!.waitForSelector('.cl-region-panel .cl-share-chart table tbody tr');
    await frame!.waitForSelector('.cl-compare li[data-region="UA-14"]');
    expect(strict.requests).toContain('/embed-control/shares.js');
    expect(strict.requests).toContain(`/embed-control/${inForce('2022-02-23')}.js`);
    expect(refused).toEqual([]);
    await page.close();
  });
});

describe('claims over time', () => {
  it('marks the claims’ dated events on the slider’s track, named, and a mark takes the slider to its day', async () => {
    const page = await open('/index.html');
    const marks = page.locator('.cl-time-events button.cl-time-event');
    expect(await page.getAttribute('.cl-time-events', 'aria-label')).toBe('Claims on this timeline');
    expect(await marks.evaluateAll((bs) => bs.map((b) => [b.getAttribute('title'), b.textContent!.trim()]))).toEqual([
      ['18 Mar 2014: Russia claims Crimea and Sevastopol as annexed; 27 Mar 2014: UN General Assembly resolution 68/262', ''],
      ['30 Sep 2022: Russia claims Donetsk, Luhansk, Kherson and Zaporizhzhia as annexed; 12 Oct 2022: UN General Assembly resolution ES-11/4', ''],
    ]);
    // The title is each mark's accessible name (the mark shows no text) and its tooltip.
    expect(await page.getByRole('button', { name: '30 Sep 2022: Russia claims Donetsk, Luhansk, Kherson and Zaporizhzhia as annexed; 12 Oct 2022: UN General Assembly resolution ES-11/4' }).count()).toBe(1);
    // Placed where their day falls: 30 Sep 2022 between the snapshots around it.
    const [track, mark] = await Promise.all([page.locator('.cl-time-events').boundingBox(), marks.nth(1).boundingBox()]);
    const i = dates.indexOf(inForce('2022-09-30'));
    const centre = (mark!.x + mark!.width / 2 - track!.x - 8) / (track!.width - 16);
    expect(centre).toBeGreaterThan(i / (dates.length - 1));
    expect(centre).toBeLessThan((i + 1) / (dates.length - 1));
    await marks.nth(1).focus();
    await page.keyboard.press('Enter');
    await legendShows(page, inForce('2022-09-30'));
    await page.close();
  });

  it('has no serious or critical axe-core violations on the time views (slider, marks, compare, chart)', async () => {
    for (const path of ['/index.html?story=/test/june-2023.json&compare=#region=UA-14', '/embed.html?compare=&region=UA-43']) {
      const page = await open(path);
      await page.waitForSelector('.cl-swipe');
      await page.waitForSelector('.cl-share-chart table tbody tr');
      await page.waitForSelector('.cl-compare li');
      expect(await axeSeriousOrCritical(page), path).toEqual([]);
      await page.close();
    }
  });
});
