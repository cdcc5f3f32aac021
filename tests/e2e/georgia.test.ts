/**
 * The second conflict profile in a real Chromium: `?conflict=ge` shows
 * Georgia's regions, the profile's own story (its example article linked by
 * the CLI) and its control layer, lets the reader select Abkhazia and read its
 * quotes, and has no serious or critical axe-core violations.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { axeSeriousOrCritical, ROOT } from './harness.ts';
import { useSite } from './site.ts';

const site = useSite();

const names = JSON.parse(readFileSync(join(ROOT, 'geodata/conflicts/ge/src/names.json'), 'utf8')) as Record<string, unknown>;
const GE_REGIONS = Object.keys(names).filter((k) => k.startsWith('GE-')).sort();

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(site.server.url + path);
  await page.waitForSelector('path[data-region="GE-AB"]');
  return { page, errors };
}

/** Selects a region from the keyboard: the article's place marks (Sukhumi, Gali…) sit over Abkhazia's middle, where a click would land. */
async function selectRegion(page: Page, id: string): Promise<void> {
  await page.focus(`path[data-region="${id}"]`);
  await page.keyboard.press('Enter');
  await page.waitForSelector(`.cl-region-panel[data-selected-region="${id}"]`);
}

describe('?conflict=ge', () => {
  it("draws Georgia's 12 regions and no Ukrainian one, with the profile's own story", async () => {
    const { page, errors } = await open('/index.html?conflict=ge');
    const ids = await page.$$eval('path[data-region]', (els) => [...new Set(els.map((el) => el.getAttribute('data-region')!))].sort());
    expect(ids).toEqual(GE_REGIONS);
    await expect(page.textContent('.cl-article-title')).resolves.toMatch(/Abkhazia and South Ossetia/);
    const abkhazia = await page.getAttribute('path[data-region="GE-AB"]', 'aria-label');
    expect(abkhazia).toMatch(/^Abkhazia/);
    expect(abkhazia).toMatch(/passages/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('selects Abkhazia and South Ossetia’s region and shows their quotes', async () => {
    const { page, errors } = await open('/index.html?conflict=ge');
    await selectRegion(page, 'GE-AB');
    const panel = await page.textContent('.cl-region-panel');
    expect(panel).toMatch(/Abkhazia/);
    expect(panel).toMatch(/Georgia/);
    const quotes = await page.$$eval('.cl-region-panel [data-passage] .cl-quote-text', (els) => els.map((el) => el.textContent!));
    expect(quotes.length).toBeGreaterThan(3);
    expect(quotes.some((q) => /Abkhazia|Sukhumi/.test(q))).toBe(true);
    await selectRegion(page, 'GE-SK');
    const sk = await page.$$eval('.cl-region-panel [data-passage] .cl-quote-text', (els) => els.map((el) => el.textContent!));
    expect(sk.some((q) => /South Ossetia|Tskhinvali/.test(q))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("the Embed dialog's snippets show Georgia too (conflict=ge) and the selected region, and the iframe they give draws it", async () => {
    const { page, errors } = await open('/index.html?conflict=ge');
    await selectRegion(page, 'GE-AB');
    await page.click('.cl-embed-open');
    const iframe = (await page.inputValue('textarea[data-snippet="iframe"]'))!;
    const element = (await page.inputValue('textarea[data-snippet="element"]'))!;
    expect(iframe).toMatch(/embed\.html\?conflict=ge&amp;region=GE-AB"/);
    expect(iframe).toMatch(/title="Claimline map: who claims and who holds the regions of Georgia"/);
    expect(element).toContain('<claimline-map conflict="ge" region="GE-AB"></claimline-map>');
    const src = /src="([^"]+embed\.html[^"]*)"/.exec(iframe)![1]!.replace(/&amp;/g, '&');
    const frame = await site.browser.newPage({ viewport: { width: 800, height: 700 } });
    await frame.goto(site.server.url + new URL(src).pathname + new URL(src).search);
    await frame.waitForSelector('.cl-view .cl-region-panel[data-selected-region="GE-AB"]');
    expect(errors).toEqual([]);
    await Promise.all([page.close(), frame.close()]);
  });

  it('has no serious or critical axe-core violations, with and without a selection', async () => {
    const { page } = await open('/index.html?conflict=ge');
    expect(await axeSeriousOrCritical(page)).toEqual([]);
    await selectRegion(page, 'GE-AB');
    expect(await axeSeriousOrCritical(page)).toEqual([]);
    await page.close();
  });
});
