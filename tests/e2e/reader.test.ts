/**
 * The reader's map in a real Chromium: click regions, read quotes, use the
 * keyboard, deep links, a phone, other languages, hostile and broken stories.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { axeSeriousOrCritical, fixedRoute, ROOT } from './harness.ts';
import { useSite } from './site.ts';
import { hostileStory } from './stories.ts';

const site = useSite([
  fixedRoute('/test/hostile-story.json', 'application/json', () => JSON.stringify(hostileStory())),
  fixedRoute('/test/not-a-story.json', 'application/json', '{"hello": "world"}'),
  fixedRoute(
    '/test/bad-control.geojson',
    'application/json',
    '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[200,95],[1,1],[2,2],[200,95]]]}}]}',
  ),
]);

async function open(path = '/index.html', viewport = { width: 1280, height: 800 }): Promise<{ page: Page; errors: string[] }> {
  const page = await site.browser.newPage({ viewport });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(site.server.url + path);
  // The live view (.cl-view), not the build-time picture (.cl-view-first), which early.js makes clickable first.
  await page.waitForSelector('.cl-view path[data-region="UA-14"]');
  return { page, errors };
}

const panelQuotes = (page: Page) =>
  page.$$eval('.cl-region-panel [data-passage]', (els) =>
    els.map((el) => ({ id: el.getAttribute('data-passage')!, text: el.querySelector('.cl-quote-text')!.textContent!, marks: [...el.querySelectorAll('mark')].map((m) => m.textContent!) })),
  );

describe('the reader’s map', () => {
  it('draws every region as a keyboard-focusable SVG path with an accessible name', async () => {
    const { page, errors } = await open();
    const regions = await page.$$eval('path[data-region]', (els) =>
      els.map((el) => ({ id: el.getAttribute('data-region'), tab: el.getAttribute('tabindex'), name: el.getAttribute('aria-label') })),
    );
    expect(regions).toHaveLength(27);
    for (const id of ['UA-14', 'UA-09', 'UA-65', 'UA-23', 'UA-43', 'UA-40']) {
      const r = regions.find((x) => x.id === id)!;
      expect(r.tab).toBe('0');
      expect(r.name).toMatch(/claimed by Russia/);
      expect(r.name).toMatch(/held by Russia/);
    }
    expect(regions.find((x) => x.id === 'UA-14')!.name).toMatch(/^Donetsk/);
    // The legend says the control line is approximate and dated.
    await expect(page.textContent('.cl-legend')).resolves.toMatch(/Approximate.*27 Nov 2025|27 Nov 2025.*Approximate/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows each focus region’s quotes verbatim with the matching words marked', async () => {
    const { page } = await open();
    const article = readFileSync(join(ROOT, 'public/stories/clash-report-2025-11-28.txt'), 'utf8');
    const expectWords: Record<string, RegExp> = { 'UA-14': /^(Donetsk|Pokrovsk)$/, 'UA-09': /^Luhansk$/, 'UA-65': /^Kherson$/, 'UA-23': /^Zaporizhzhia$/ };
    for (const [id, words] of Object.entries(expectWords)) {
      await page.click(`path[data-region="${id}"]`);
      await page.waitForSelector(`.cl-region-panel[data-selected-region="${id}"]`);
      const quotes = await panelQuotes(page);
      expect(quotes.length, id).toBeGreaterThanOrEqual(2);
      for (const q of quotes) {
        expect(article.includes(q.text), `quote ${q.id} is verbatim`).toBe(true);
        expect(q.marks.length, `quote ${q.id} marks`).toBeGreaterThan(0);
      }
      const direct = quotes.flatMap((q) => q.marks).filter((m) => words.test(m));
      expect(direct.length, `${id} direct marks`).toBeGreaterThan(0);
      expect(quotes.some((q) => q.text.startsWith('Putin insists that Ukraine must cede full control'))).toBe(true);
    }
    // Pokrovsk is a town in Donetsk oblast: its passage is under UA-14.
    await page.click('path[data-region="UA-14"]');
    const donetsk = await panelQuotes(page);
    expect(donetsk.some((q) => q.marks.includes('Pokrovsk'))).toBe(true);
    // "Occupied territories" are collective mentions, shown under their own heading.
    const collective = await page.$$eval('.cl-region-panel h4', (hs) => hs.map((h) => h.textContent));
    expect(collective.join(' ')).toMatch(/group/);
    await page.close();
  });

  it('never shows the Geneva or Witkoff passages under any region', async () => {
    const { page } = await open();
    const ids = await page.$$eval('path[data-region]', (els) => els.map((el) => el.getAttribute('data-region')!));
    for (const id of ids) {
      await page.focus(`path[data-region="${id}"]`);
      await page.keyboard.press('Enter');
      await page.waitForSelector(`.cl-region-panel[data-selected-region="${id}"]`);
      const text = await page.textContent('.cl-region-panel');
      expect(text, id).not.toMatch(/Geneva|Witkoff/);
    }
    await page.close();
  });

  it('selects from the URL hash, writes each selection to it, and follows back and forward', async () => {
    const { page } = await open('/index.html#region=UA-65');
    await page.waitForSelector('.cl-region-panel[data-selected-region="UA-65"]');
    await expect(page.textContent('.cl-panel-title')).resolves.toBe('Kherson');
    await page.click('path[data-region="UA-09"]');
    await page.waitForSelector('.cl-region-panel[data-selected-region="UA-09"]');
    expect(new URL(page.url()).hash).toBe('#region=UA-09');
    await page.goBack();
    await page.waitForSelector('.cl-region-panel[data-selected-region="UA-65"]');
    await page.goForward();
    await page.waitForSelector('.cl-region-panel[data-selected-region="UA-09"]');
    await page.keyboard.press('Escape');
    await page.waitForSelector('.cl-region-panel', { state: 'detached' });
    expect(new URL(page.url()).hash).toBe('');
    await page.close();
  });

  it('works with the keyboard alone: Tab to a region, Enter selects, arrows move, Escape clears', async () => {
    const { page } = await open();
    let focused: string | null = null;
    for (let i = 0; i < 10 && !focused; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.getAttribute('data-region') ?? null);
    }
    expect(focused).toBe('UA-14');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.cl-region-panel[data-selected-region="UA-14"]');
    await page.keyboard.press('ArrowUp');
    const north = await page.evaluate(() => document.activeElement?.getAttribute('data-region'));
    expect(['UA-09', 'UA-63']).toContain(north);
    await page.keyboard.press(' ');
    await page.waitForSelector(`.cl-region-panel[data-selected-region="${north}"]`);
    // The focused path shows a visible focus ring (a wider stroke).
    const stroke = await page.evaluate(() => getComputedStyle(document.activeElement!).strokeWidth);
    expect(parseFloat(stroke)).toBeGreaterThanOrEqual(3);
    await page.keyboard.press('Escape');
    await page.waitForSelector('.cl-region-panel', { state: 'detached' });
    await page.close();
  });

  it('links the article and the map both ways', async () => {
    const { page } = await open();
    await page.click('.cl-article mark[data-mention-region="UA-23"]');
    await page.waitForSelector('.cl-region-panel[data-selected-region="UA-23"]');
    const emphasised = await page.$$eval('.cl-article .cl-passage.cl-emph', (els) => els.length);
    expect(emphasised).toBeGreaterThanOrEqual(2);
    await expect(page.textContent('.cl-article-title')).resolves.toMatch(/Putin Sees U\.S\. Peace Plan/);
    await expect(page.textContent('.cl-article-meta')).resolves.toMatch(/Clash Report.*28 Nov 2025/);
    await page.close();
  });

  it('has no serious or critical axe-core violations, with and without a selection', async () => {
    const { page } = await open();
    const run = () => axeSeriousOrCritical(page);
    expect(await run()).toEqual([]);
    await page.click('path[data-region="UA-14"]');
    await page.waitForSelector('.cl-region-panel');
    expect(await run()).toEqual([]);
    await page.close();
  });

  it('works on a 375×667 phone: the panel is a bottom sheet and nothing scrolls sideways', async () => {
    const { page } = await open('/index.html', { width: 375, height: 667 });
    await page.click('path[data-region="UA-09"]');
    await page.waitForSelector('.cl-region-panel[data-selected-region="UA-09"]');
    const box = await page.locator('.cl-panel').boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(668);
    expect(box!.width).toBeGreaterThan(360);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(375);
    await page.close();
  });

  it('speaks Ukrainian with ?lang=uk, keeping quotes in the article’s language', async () => {
    const { page } = await open('/index.html?lang=uk#region=UA-14');
    await page.waitForSelector('.cl-region-panel');
    await expect(page.textContent('.cl-panel-title')).resolves.toBe('Донецька область');
    await expect(page.textContent('.cl-legend')).resolves.toMatch(/Претензії Росії/);
    const quotes = await panelQuotes(page);
    expect(quotes.some((q) => q.text.includes('Putin insists'))).toBe(true);
    await page.close();
  });

  it('shows a hostile story as text and runs none of it', async () => {
    const page = await site.browser.newPage();
    let dialogs = 0;
    page.on('dialog', (d) => { dialogs++; void d.dismiss(); });
    await page.goto(`${site.server.url}/index.html?story=/test/hostile-story.json#region=UA-14`);
    await page.waitForSelector('.cl-region-panel');
    await expect(page.textContent('.cl-article-title')).resolves.toContain('<script>window.__pwned=1</script>');
    const quote = await page.textContent('.cl-region-panel [data-passage]');
    expect(quote).toContain('<img src=x onerror="window.__pwned=2">');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.$$eval('.claimline script, .claimline img, .claimline [onerror], .claimline a[href^="javascript:"]', (els) => els.length)).toBe(0);
    expect(dialogs).toBe(0);
    await page.close();
  });

  it('shows a readable error, never a blank box, for a missing or invalid story', async () => {
    for (const url of ['/test/missing.json', '/test/not-a-story.json']) {
      const page = await site.browser.newPage();
      await page.goto(`${site.server.url}/index.html?story=${url}`);
      const err = await page.waitForSelector('.cl-error[role="alert"]');
      const text = await err.textContent();
      expect(text).toMatch(/could not be shown/);
      expect(text).toContain(url);
      await page.close();
    }
  });

  it('keeps the default control layer and says why when ?control= is bad', async () => {
    const { page } = await open('/index.html?control=/test/bad-control.geojson');
    // The notice first says the layer is loading, then why it was refused.
    await page.waitForFunction(() => /control layer.*bad-control\.geojson/i.test(document.querySelector('.cl-notice')?.textContent ?? ''));
    expect(await page.$$eval('path[data-control="held"]', (els) => els.length)).toBeGreaterThan(0);
    await page.close();
  });
});
