/**
 * Time (issue 13): a story opens on the control line in force on its article
 * date, and says so in words when its date picks no line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeSeriousOrCritical, elementPage, fixedRoute, ROOT } from './harness.ts';
import { useSite } from './site.ts';
import { bigStoryJson } from './stories.ts';
import { snapshotFor } from '../../src/lib/claims/snapshotFor.ts';
import { formatDate } from '../../src/lib/i18n/strings.ts';

const index = JSON.parse(readFileSync(join(ROOT, 'geodata/conflicts/ua/control/index.json'), 'utf8')) as { date: string }[];
const shares = JSON.parse(readFileSync(join(ROOT, 'geodata/conflicts/ua/control/shares.json'), 'utf8')) as { dates: Record<string, Record<string, number>> };

/** A small valid story dated `date` (null: undated). */
const dated = (date: string | null) => {
  const s = JSON.parse(bigStoryJson(4));
  s.article.date = date;
  return JSON.stringify(s);
};
const story = (path: string, date: string | null) => fixedRoute(path, 'application/json', () => dated(date));

const site = useSite([
  elementPage('/test/element.html', 'date="2022-03-15"'),
  story('/test/june-2023.json', '2023-06-18'), story('/test/undated.json', null), story('/test/future.json', '2026-03-01'), story('/test/early.json', '2010-01-01'),
]);

async function open(path: string): Promise<Page> {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(site.server.url + path);
  // The live view (.cl-view), not the build-time picture (.cl-view-first), which early.js makes clickable first.
  await page.waitForSelector('.cl-view .cl-legend-note');
  return page;
}

describe('the story’s date picks the map', () => {
  it('a story dated 2023-06-18 opens on the June 2023 line, with that day’s shares', async () => {
    const inForce = snapshotFor(index, '2023-06-18')!.date;
    expect(inForce).toMatch(/^2023-06-/);
    const page = await open('/index.html?story=/test/june-2023.json');
    await page.waitForFunction((d) => document.querySelector('.cl-legend-note')?.textContent?.includes(d), formatDate('en', inForce));
    expect(await page.textContent('.cl-legend-note')).toContain(`Control line as of ${formatDate('en', inForce)}`);
    expect(await page.locator('.cl-notice').count()).toBe(0);
    await page.click('path[data-region="UA-14"]');
    await page.waitForSelector('.cl-region-panel[data-selected-region="UA-14"]');
    const held = Math.round(shares.dates[inForce]!['UA-14']! * 100);
    expect(held).not.toBe(Math.round(shares.dates['2025-11-27']!['UA-14']! * 100));
    expect(await page.textContent('.cl-region-panel')).toContain(`${held} %`);
    await page.close();
  });

  it('says in words when the story has no date, or a date outside the series', async () => {
    for (const [path, words] of [
      ['/test/undated.json', /Undated article: line of 27 Nov 2025\./],
      ['/test/future.json', /Article \(1 Mar 2026\) over a month past the last line: line of 27 Nov 2025\./],
      ['/test/early.json', /Article \(1 Jan 2010\) predates the series \(18 Mar 2014\): line of 27 Nov 2025\./],
    ] as const) {
      const page = await open(`/index.html?story=${path}`);
      await page.waitForSelector('.cl-notice');
      expect(await page.textContent('.cl-notice'), path).toMatch(words);
      expect(await page.textContent('.cl-legend-note'), path).toContain('Control line as of 27 Nov 2025');
      await page.close();
    }
  });

  it('has no serious or critical axe-core violations on a dated story with its notice', async () => {
    for (const path of ['/test/june-2023.json', '/test/undated.json']) {
      const page = await open(`/index.html?story=${path}`);
      const violations = await axeSeriousOrCritical(page);
      expect(violations, path).toEqual([]);
      await page.close();
    }
  });
});

describe('the time slider', () => {
  const dates = index.map((e) => e.date);
  const legendShows = (page: Page, date: string) =>
    page.waitForFunction((d) => document.querySelector('.cl-legend-note')?.textContent?.includes(`as of ${d}`), formatDate('en', date));

  it('steps through the series with the keyboard, announces the date and writes ?date=', async () => {
    const page = await open('/index.html');
    const slider = page.locator('input.cl-time-range');
    expect(await slider.getAttribute('aria-label')).toBe('Control line date');
    expect(await slider.getAttribute('aria-valuetext')).toBe(formatDate('en', dates.at(-1)!));
    await slider.focus();
    await page.keyboard.press('Home');
    await legendShows(page, dates[0]!);
    expect(await slider.getAttribute('aria-valuetext')).toBe(formatDate('en', dates[0]!));
    expect(new URL(page.url()).searchParams.get('date')).toBe(dates[0]);
    await page.keyboard.press('ArrowRight');
    await legendShows(page, dates[1]!);
    expect(await slider.getAttribute('aria-valuetext')).toBe(formatDate('en', dates[1]!));
    await page.keyboard.press('End');
    await legendShows(page, dates.at(-1)!);
    await page.keyboard.press('ArrowLeft');
    await legendShows(page, dates.at(-2)!);
    expect(new URL(page.url()).searchParams.get('date')).toBe(dates.at(-2));
    // The Embed dialog offers the day in view, so the embedded map opens on it.
    await page.click('.cl-embed-open');
    expect(await page.inputValue('textarea[data-snippet="iframe"]')).toContain(`embed.html?date=${dates.at(-2)}`);
    expect(await page.inputValue('textarea[data-snippet="element"]')).toContain(`<claimline-map date="${dates.at(-2)}">`);
    await page.close();
  });

  it('marks the article’s date on the track', async () => {
    const page = await open('/index.html?story=/test/june-2023.json');
    await page.waitForSelector('.cl-time-mark');
    expect(await page.textContent('.cl-time-article')).toBe(`Article date: ${formatDate('en', '2023-06-18')}`);
    await page.close();
  });

  it('opens on ?date=, and keeps the story’s date with a notice for a bad one', async () => {
    const inForce = snapshotFor(index, '2022-03-15')!.date;
    const page = await open('/index.html?date=2022-03-15');
    await legendShows(page, inForce);
    expect(await page.locator('input.cl-time-range').getAttribute('aria-valuetext')).toBe(formatDate('en', inForce));
    await page.close();
    for (const [q, words] of [
      ['banana', /No control line for “banana” \(a date, YYYY-MM-DD, from 18 Mar 2014\); showing the article’s date\./],
      ['2010-01-01', /No control line for “2010-01-01” \(a date, YYYY-MM-DD, from 18 Mar 2014\); showing the article’s date\./],
    ] as const) {
      const bad = await open(`/index.html?story=/test/june-2023.json&date=${q}`);
      await bad.waitForSelector('.cl-notice');
      expect(await bad.textContent('.cl-notice'), q).toMatch(words);
      await legendShows(bad, snapshotFor(index, '2023-06-18')!.date);
      await bad.close();
    }
  });

  it('the iframe widget (classic scripts) opens on ?date= too', async () => {
    const inForce = snapshotFor(index, '2022-03-15')!.date;
    const page = await open('/embed.html?date=2022-03-15');
    await legendShows(page, inForce);
    await page.close();
  });

  it('the <claimline-map> element takes a date attribute and reflects the slider into it', async () => {
    const page = await site.browser.newPage({ viewport: { width: 900, height: 900 } });
    await page.goto(`${site.server.url}/test/element.html`);
    await page.waitForFunction(() => document.querySelector('claimline-map')?.shadowRoot?.querySelector('.cl-legend-note')?.textContent?.includes('as of'));
    const inForce = snapshotFor(index, '2022-03-15')!.date;
    await page.waitForFunction((d) => document.querySelector('claimline-map')!.shadowRoot!.querySelector('.cl-legend-note')!.textContent!.includes(d), formatDate('en', inForce));
    await page.locator('claimline-map input.cl-time-range').focus();
    await page.keyboard.press('End');
    await page.waitForFunction((d) => document.querySelector('claimline-map')!.getAttribute('date') === d, dates.at(-1)!);
    await page.close();
  });
});

describe('held share over time', () => {
  it('draws the region’s held share as an SVG with a table as its text equivalent, the article’s date marked', async () => {
    const page = await open('/index.html?story=/test/june-2023.json');
    await page.click('path[data-region="UA-23"]');
    await page.waitForSelector('.cl-region-panel .cl-share-chart table tbody tr');
    const svg = page.locator('.cl-share-chart svg');
    expect(await svg.getAttribute('role')).toBe('img');
    const described = await svg.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${described}"]`).evaluate((e) => e.tagName)).toBe('TABLE');
    const rows = await page.$$eval('.cl-share-table tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim())));
    const inForce = snapshotFor(index, '2023-06-18')!.date;
    const pct = (d: string) => `${Math.round(shares.dates[d]!['UA-23']! * 100)} %`;
    expect(rows).toContainEqual([`${formatDate('en', inForce)} (Article date)`, pct(inForce)]);
    expect(rows).toContainEqual([formatDate('en', '2025-11-27'), pct('2025-11-27')]);
    expect(await page.locator('.cl-share-article').count()).toBe(1);
    // The claims' dated events, on the chart and in words.
    expect(await page.$$eval('.cl-share-events li', (lis) => lis.map((li) => li.textContent))).toEqual(['30 Sep 2022: Russia claims it as annexed', '12 Oct 2022: UN General Assembly resolution ES-11/4']);
    expect(await page.locator('.cl-share-event').count()).toBe(2);
    const violations = await axeSeriousOrCritical(page);
    expect(violations).toEqual([]);
    await page.close();
  });
});

describe('compare two dates', () => {
  it('?compare= says, per focus region, the held share on both days (default 2022-02-23 vs the article’s date)', async () => {
    const page = await open('/index.html?story=/test/june-2023.json&compare=');
    await page.waitForSelector('.cl-compare li');
    const from = snapshotFor(index, '2022-02-23')!.date;
    const to = snapshotFor(index, '2023-06-18')!.date;
    expect(await page.textContent('.cl-compare-title')).toBe(`Compared with ${formatDate('en', from)} → ${formatDate('en', to)}`);
    const pct = (d: string) => `${Math.round(shares.dates[d]!['UA-14']! * 100)} %`;
    expect(await page.textContent('.cl-compare li[data-region="UA-14"]')).toBe(`Donetsk: ${pct(from)} → ${pct(to)} held`);
    // Following the slider: the second day is the one in view.
    await page.locator('input.cl-time-range').focus();
    await page.keyboard.press('End');
    await page.waitForFunction(() => document.querySelector('.cl-compare-title')?.textContent?.endsWith('27 Nov 2025'));
    await page.close();
    const bad = await open('/index.html?compare=not-a-day');
    await bad.waitForSelector('.cl-compare-bad');
    expect(await bad.textContent('.cl-compare-bad')).toMatch(/No comparison: “not-a-day” is not a date the control series covers/);
    await bad.close();
  });
});
