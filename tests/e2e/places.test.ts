/**
 * Places on the map (issue 13, item 7): the settlements the article names are
 * drawn at their GeoNames points, labelled, clickable and keyboard reachable
 * (showing their passage), and marked held or not held on the line in view.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeSeriousOrCritical, elementPage, hold, LEAFLET, ROOT } from './harness.ts';
import { useSite } from './site.ts';
import { formatDate } from '../../src/lib/i18n/strings.ts';

const index = JSON.parse(readFileSync(join(ROOT, 'geodata/conflicts/ua/control/index.json'), 'utf8')) as { date: string }[];
const dates = index.map((e) => e.date);
const seed = JSON.parse(readFileSync(join(ROOT, 'src/generated/story.json'), 'utf8')) as {
  mentions: { via: string; place?: string; passage: string; region: string; point?: { geonameId?: number } }[];
};
/** Pokrovsk in the seed story (GeoNames 704422), and the passage that names it. */
const pokrovsk = seed.mentions.find((m) => m.via === 'place' && m.place === 'Pokrovsk')!;
const POINT = '.leaflet-marker-pane button[data-place="g704422"]';

const site = useSite([
  elementPage('/test/element.html')
]);

async function open(path: string): Promise<Page> {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(site.server.url + path);
  await page.waitForSelector(POINT);
  return page;
}

const held = (page: Page) => page.locator(POINT).getAttribute('data-held');

describe('places the article names', () => {
  it('the seed story names a located place', () => {
    expect(pokrovsk.point?.geonameId).toBe(704422);
    expect(pokrovsk.region).toBe('UA-14');
  });

  it('draws a labelled point for each, at its GeoNames coordinates, inside its region', async () => {
    const page = await open('/index.html');
    const point = page.locator(POINT);
    expect(await point.textContent()).toBe('Pokrovsk');
    expect(await page.locator('.leaflet-marker-pane button[data-place]').count()).toBe(1);
    // The dot sits inside Donetsk oblast's path, north-west of Donetsk's label, where Pokrovsk is.
    const dot = (await point.locator('.cl-place-dot').boundingBox())!;
    const cx = dot.x + dot.width / 2, cy = dot.y + dot.height / 2;
    const hit = await page.evaluate(([x, y]) => {
      const els = document.elementsFromPoint(x!, y!);
      return els.find((e) => e.matches('path[data-region]'))?.getAttribute('data-region') ?? null;
    }, [cx, cy]);
    expect(hit).toBe('UA-14');
    await page.close();
  });

  it('clicking a point selects its region and shows and marks its passage', async () => {
    const page = await open('/index.html');
    await page.click(POINT);
    await page.waitForSelector('.cl-region-panel[data-selected-region="UA-14"]');
    const quote = page.locator(`.cl-region-panel [data-passage="${pokrovsk.passage}"]`);
    await page.waitForFunction((id) => document.querySelector(`.cl-region-panel [data-passage="${id}"]`)?.classList.contains('cl-quote--focus'), pokrovsk.passage);
    expect(await quote.textContent()).toContain('Pokrovsk');
    await page.waitForFunction((id) => document.activeElement?.getAttribute('data-passage') === id, pokrovsk.passage);
    // In view once the panel has settled (its positions and chart load after the click).
    await page.waitForSelector('.cl-region-panel .cl-share-chart');
    await page.waitForSelector('.cl-region-panel .cl-positions');
    await page.waitForFunction((id) => {
      const q = document.querySelector(`.cl-region-panel [data-passage="${id}"]`)!.getBoundingClientRect();
      const box = document.querySelector('.cl-side')!.getBoundingClientRect();
      // 1 px for sub-pixel rounding at the scroll box's edge.
      return q.top >= box.top - 1 && q.bottom <= Math.min(box.bottom, window.innerHeight) + 1;
    }, pokrovsk.passage);
    // The article view marks it too.
    const inArticle = page.locator(`[data-article-passage="${pokrovsk.passage}"]`);
    await page.waitForFunction((id) => document.querySelector(`[data-article-passage="${id}"]`)?.classList.contains('cl-passage--focus'), pokrovsk.passage);
    expect(await inArticle.textContent()).toContain('Pokrovsk');
    expect(await page.locator(POINT).getAttribute('aria-pressed')).toBe('true');
    expect(new URL(page.url()).hash).toBe('#region=UA-14');
    // Selecting another region lets go of the place.
    await page.click('path[data-region="UA-23"]');
    await page.waitForSelector('.cl-region-panel[data-selected-region="UA-23"]');
    await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('aria-pressed') === 'false', POINT);
    expect(await page.locator('.cl-passage--focus').count()).toBe(0);
    await page.close();
  });

  it('is a button in the tab order with an accessible name, and Enter shows its passage', async () => {
    const page = await open('/index.html');
    const point = page.locator(POINT);
    expect(await point.evaluate((e) => e.tagName)).toBe('BUTTON');
    expect(await point.getAttribute('aria-label')).toBe(`Pokrovsk: held by Russia on ${formatDate('en', dates.at(-1)!)}; 1 passage`);
    // Reached with Tab alone, after the regions.
    await page.focus('path[data-region="UA-14"]');
    let reached = false;
    for (let i = 0; i < 60 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.getAttribute('data-place') === 'g704422');
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForSelector('.cl-region-panel[data-selected-region="UA-14"]');
    await page.waitForFunction((id) => document.activeElement?.getAttribute('data-passage') === id, pokrovsk.passage);
    await page.close();
  });

  it('marks the place held or not held on the date in view, and follows the slider', async () => {
    const page = await open('/index.html');
    // 27 Nov 2025: Pokrovsk held (the line of the seed story's date).
    expect(await held(page)).toBe('true');
    expect(await page.locator(POINT).getAttribute('class')).toContain('cl-place--held');
    await page.locator('input.cl-time-range').focus();
    await page.keyboard.press('ArrowLeft');
    const before = dates.at(-2)!;
    await page.waitForFunction((d) => document.querySelector('.cl-legend-note')?.textContent?.includes(`as of ${d}`), formatDate('en', before));
    await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('data-held') === 'false', POINT);
    expect(await page.locator(POINT).getAttribute('aria-label')).toBe(`Pokrovsk: not held by Russia on ${formatDate('en', before)}; 1 passage`);
    expect(await page.locator(POINT).getAttribute('class')).not.toContain('cl-place--held');
    await page.keyboard.press('End');
    await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('data-held') === 'true', POINT);
    await page.close();
  });

  it('opens on ?date= with the mark of that day, and the legend explains the marks', async () => {
    const page = await open('/index.html?date=2024-06-01');
    await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('data-held') === 'false', POINT);
    expect((await page.locator('[data-legend-place]').textContent())!.replace(/\s+/g, ' ').trim()).toBe('Places: held not held');
    expect(await page.locator('[data-legend-place-mark]').evaluateAll((els) => els.map((e) => e.getAttribute('data-legend-place-mark')))).toEqual(['held', 'not-held']);
    await page.close();
  });

  it('names the place in Ukrainian in the Ukrainian interface (?lang=uk), on the map and in its accessible name', async () => {
    const page = await open('/index.html?lang=uk');
    await page.waitForFunction((sel) => document.querySelector(`${sel} .cl-place-label`)?.textContent === 'Покровськ', POINT);
    expect(await page.getAttribute(POINT, 'aria-label')).toMatch(/^Покровськ/);
    await page.close();
  });

  it('the first view, written at build time, already draws the point with its mark', async () => {
    const html = await (await fetch(`${site.server.url}/index.html`)).text();
    expect(html).toMatch(/<g class="cl-static-place cl-static-place--held" data-place="g704422" data-held="true" role="img" aria-label="Pokrovsk: held by Russia on 27 Nov 2025; 1 passage">/);
  });

  it('before Leaflet has loaded, the first view’s point is a button that shows the passage', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const { release } = await hold(page, LEAFLET);
    await page.goto(site.server.url + '/index.html', { waitUntil: 'domcontentloaded' });
    const point = page.locator('.cl-static [data-place="g704422"][role="button"]');
    await point.waitFor();
    expect(await point.getAttribute('aria-label')).toBe('Pokrovsk: held by Russia on 27 Nov 2025; 1 passage');
    await point.focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('.cl-region-panel[data-selected-region="UA-14"]');
    await page.waitForFunction((id) => document.querySelector(`.cl-region-panel [data-passage="${id}"]`)?.classList.contains('cl-quote--focus'), pokrovsk.passage);
    expect(await page.locator('.leaflet-container').count()).toBe(0);
    expect(await point.getAttribute('aria-pressed')).toBe('true');
    release();
    // Leaflet takes over with the place still shown.
    await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('aria-pressed') === 'true', POINT);
    await page.close();
  });

  it('the <claimline-map> element draws the point in its shadow root and answers a click', async () => {
    const page = await site.browser.newPage({ viewport: { width: 900, height: 900 } });
    await page.goto(`${site.server.url}/test/element.html`);
    const point = page.locator('claimline-map .leaflet-marker-pane button[data-place="g704422"]');
    await point.waitFor();
    expect(await point.evaluate((e) => getComputedStyle(e.querySelector('.cl-place-dot')!).borderRadius)).toBe('50%');
    await point.click();
    await page.waitForFunction(() => document.querySelector('claimline-map')!.shadowRoot!.querySelector('.cl-region-panel')?.getAttribute('data-selected-region') === 'UA-14');
    await page.close();
  });

  it('the iframe widget draws and answers the point too', async () => {
    const page = await open('/embed.html');
    await page.click(POINT);
    await page.waitForSelector('.cl-region-panel[data-selected-region="UA-14"]');
    await page.waitForFunction((id) => document.querySelector(`.cl-region-panel [data-passage="${id}"]`)?.classList.contains('cl-quote--focus'), pokrovsk.passage);
    await page.close();
  });

  it('has no serious or critical axe-core violations with the points drawn and a place shown', async () => {
    const page = await open('/index.html');
    const run = () => axeSeriousOrCritical(page);
    expect(await run()).toEqual([]);
    await page.click(POINT);
    await page.waitForSelector('.cl-quote--focus');
    expect(await run()).toEqual([]);
    await page.close();
  });
});
