/**
 * Positions in a real Chromium (issue 16): the switch with the keyboard, the
 * deep link ?position=, the legend naming the position, the region panel's
 * sentences, evidence and comparison table, axe, an unknown id, the iframe
 * and the custom element.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { axeSeriousOrCritical, elementPage, openDownloadMenu, ROOT } from './harness.ts';
import { useSite } from './site.ts';
import type { BuiltPositions } from '../../src/lib/claims/positionsSchema.ts';

const built = JSON.parse(readFileSync(join(ROOT, 'geodata/conflicts/ua/positions.json'), 'utf8')) as BuiltPositions;
const byId = (id: string) => built.positions.find((p) => p.id === id)!;

const site = useSite([
  elementPage('/test/element-position.html', 'position="us-plan-2025"')
]);

async function open(path = '/index.html'): Promise<{ page: Page; errors: string[] }> {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(site.server.url + path);
  // The live view (.cl-view), not the build-time picture (.cl-view-first), which early.js makes clickable first.
  await page.waitForSelector('.cl-view path[data-region="UA-14"]');
  return { page, errors };
}

/** Position pieces on the map: [position, side, region] per path. */
const pieces = (page: Page) =>
  page.$$eval('path[data-position]', (els) => els.map((el) => [el.getAttribute('data-position'), el.getAttribute('data-side'), el.getAttribute('data-piece-region')]));

const SELECT = '.cl-position-switch select';

describe('positions', () => {
  it('draws no position and loads no position data on the default first view', async () => {
    const { page, errors } = await open();
    await expect(page.$eval(SELECT, (s) => (s as HTMLSelectElement).value)).resolves.toBe('none');
    expect(await pieces(page)).toEqual([]);
    expect(site.server.requests.some((r) => /positions/.test(r))).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('switches positions with the keyboard alone and the legend names each one', async () => {
    const { page, errors } = await open();
    // Tab from the top of the page until the switch has focus.
    let focused = false;
    for (let i = 0; i < 60 && !focused; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.matches('.cl-position-switch select') ?? false);
    }
    expect(focused).toBe(true);
    // Its label names it; focusing it loads the positions as options.
    await expect(page.$eval(SELECT, (s) => (s as HTMLSelectElement).labels?.[0]?.textContent)).resolves.toBe('Position');
    await page.waitForFunction((sel) => document.querySelector(sel)!.querySelectorAll('option').length > 1, SELECT);
    const options = await page.$$eval(`${SELECT} option`, (os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(options).toEqual(['none', ...built.positions.map((p) => p.id)]);

    // ArrowDown walks the positions in order; each one is drawn and named in the legend.
    for (const id of ['ru-claim-2014', 'ru-claim-2022']) {
      await page.keyboard.press('ArrowDown');
      // (Crimea and Sevastopol are held whole: the 2014 claim changes nothing beyond the line, so only its legend shows.)
      await page.waitForSelector(`.cl-legend [data-legend-position="${id}"]`);
      expect(new URL(page.url()).searchParams.get('position')).toBe(id);
    }
    const legend = await page.textContent('.cl-legend [data-legend-position]');
    const claim = byId('ru-claim-2022');
    expect(legend).toContain(claim.label.en.charAt(0).toUpperCase() + claim.label.en.slice(1));
    expect(legend).toMatch(/Stated by Russia, 30 Sep 2022/);
    for (const s of claim.sources) if (s.type === 'public') expect(legend).toContain(s.outlet);
    // Under the 2022 claim Ukraine would give up land beyond the line in the four oblasts, not in Crimea.
    await page.waitForSelector('path[data-position="ru-claim-2022"]');
    const drawn = await pieces(page);
    expect(drawn.every(([p]) => p === 'ru-claim-2022')).toBe(true);
    expect(new Set(drawn.filter(([, s]) => s === 'ukraine-gives').map(([, , r]) => r))).toEqual(new Set(['UA-14', 'UA-65', 'UA-23']));

    // Home goes back to none: nothing drawn, the parameter gone.
    await page.keyboard.press('Home');
    await page.waitForFunction(() => document.querySelectorAll('path[data-position]').length === 0);
    await page.waitForSelector('.cl-legend [data-legend-position]', { state: 'detached' });
    expect(new URL(page.url()).searchParams.has('position')).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens on the position in ?position= and draws what each side would give up, distinct from what is held', async () => {
    const { page } = await open('/index.html?position=ua-borders-1991');
    await page.waitForSelector('path[data-position="ua-borders-1991"]');
    await expect(page.$eval(SELECT, (s) => (s as HTMLSelectElement).value)).resolves.toBe('ua-borders-1991');
    const drawn = await pieces(page);
    // Under Ukraine's 1991 borders only Russia gives up land, in every region it holds.
    expect(new Set(drawn.map(([, s]) => s))).toEqual(new Set(['russia-gives']));
    expect(drawn.map(([, , r]) => r)).toEqual(expect.arrayContaining(['UA-14', 'UA-09', 'UA-65', 'UA-23', 'UA-43', 'UA-40']));
    // Drawn with its own class and pattern, not the held or claimed style.
    const style = await page.$eval('path[data-position="ua-borders-1991"]', (el) => ({ cls: el.getAttribute('class'), fill: el.getAttribute('fill') }));
    expect(style.cls).toMatch(/cl-pos-russia-gives/);
    expect(style.cls).not.toMatch(/cl-held|cl-claimed/);
    expect(style.fill).toMatch(/^url\(#.*-pos-russia-gives\)$/);
    await expect(page.textContent('.cl-legend')).resolves.toMatch(/Russia would give up/);

    // The U.S. plan: Ukraine gives up Donetsk beyond the line, a named buffer zone; Russia gives up land elsewhere.
    const us = await open('/index.html?position=us-plan-2025');
    await us.page.waitForSelector('path[data-position="us-plan-2025"][data-side="zone"]');
    const usDrawn = await pieces(us.page);
    expect(usDrawn).toContainEqual(['us-plan-2025', 'ukraine-gives', 'UA-14']);
    expect(usDrawn.filter(([, s]) => s === 'russia-gives').map(([, , r]) => r).sort()).toEqual(['UA-12', 'UA-48', 'UA-59', 'UA-63']);
    const legend = await us.page.textContent('.cl-legend');
    expect(legend).toMatch(/The U\.S\. 28-point plan/);
    expect(legend).toMatch(/Stated by United States, 20 Nov 2025/);
    expect(legend).toMatch(/Named zone/);
    expect(legend).toMatch(/Associated Press/);
    await us.page.close();
    await page.close();
  });

  it('shows each position’s sentence, sources, the article’s passages and the comparison table in the region panel', async () => {
    const { page } = await open('/index.html?position=ru-demand-2025#region=UA-14');
    await page.waitForSelector('.cl-region-panel .cl-positions');
    const demand = page.locator('.cl-region-panel [data-position="ru-demand-2025"]');
    await expect(demand.locator('.cl-position-sentence').textContent()).resolves.toMatch(
      /^Under Russia's demand of 27 Nov 2025, Ukraine would withdraw from about [\d,]+ km² of Donetsk oblast \(\d+ %\), including Kramatorsk and Sloviansk\.$/,
    );
    // The chosen position leads and is marked.
    await expect(page.$eval('.cl-region-panel .cl-position', (el) => el.getAttribute('data-position'))).resolves.toBe('ru-demand-2025');
    await expect(demand.locator('.cl-pos-show').getAttribute('aria-pressed')).resolves.toBe('true');
    // Its sources, and the seed's demand passage under it with the speaker.
    await expect(demand.locator('.cl-pos-sources').textContent()).resolves.toMatch(/kremlin\.ru/i);
    const quote = demand.locator('[data-position-passage="p4.s1"]');
    await expect(quote.locator('.cl-pos-quote-text').textContent()).resolves.toMatch(/^Putin insists that Ukraine must cede full control of Donetsk, Luhansk, Kherson, and Zaporizhzhia/);
    await expect(quote.locator('.cl-quote-speaker').textContent()).resolves.toMatch(/Russia\s*Putin/);
    // Ukraine's 1991 borders: Russia would withdraw.
    await expect(page.textContent('.cl-region-panel [data-position="ua-borders-1991"] .cl-position-sentence')).resolves.toMatch(/Russia would withdraw from about [\d,]+ km² of Donetsk oblast/);

    // The comparison table: caption, column and row headers with scope, the cells' text.
    const table = await page.$eval('.cl-region-panel table.cl-pos-table', (t) => ({
      caption: t.querySelector('caption')!.textContent,
      cols: [...t.querySelectorAll('thead th')].map((th) => [th.getAttribute('scope'), th.textContent]),
      rows: [...t.querySelectorAll('tbody tr')].map((tr) => ({
        id: tr.getAttribute('data-position-row'),
        scope: tr.querySelector('th')!.getAttribute('scope'),
        head: tr.querySelector('th')!.textContent,
        cells: [...tr.querySelectorAll('td')].map((td) => td.textContent),
      })),
    }));
    expect(table.caption).toBe('What would change hands under each position, beyond the approximate control line of 27 Nov 2025');
    expect(table.cols).toEqual([['col', 'Position'], ['col', 'Donetsk'], ['col', 'Luhansk'], ['col', 'Kherson'], ['col', 'Zaporizhzhia']]);
    expect(table.rows.map((r) => r.id)).toEqual(built.positions.map((p) => p.id));
    for (const r of table.rows) expect(r.scope).toBe('row');
    const row = (id: string) => table.rows.find((r) => r.id === id)!;
    expect(row('ru-demand-2025').head).toMatch(/^Russia's demand, 27 Nov 2025 \(Russia, demand\)$/);
    expect(row('ru-demand-2025').cells[0]).toMatch(/^Ukraine gives up ≈ [\d,]+ km² \(21 %\)$/);
    expect(row('ru-demand-2025').cells[1]).toBe('no change');
    expect(row('us-plan-2025').cells).toEqual([expect.stringMatching(/^Ukraine gives up/), 'no change', 'no change', 'no change']);
    expect(row('un-ga').cells[1]).toBe('Russia gives up ≈ 26,000 km² (> 99 %)');

    // "Show on the map" switches the position from the panel.
    await page.click('.cl-region-panel [data-position="us-plan-2025"] .cl-pos-show');
    await page.waitForSelector('path[data-position="us-plan-2025"]');
    expect(new URL(page.url()).searchParams.get('position')).toBe('us-plan-2025');
    await page.close();
  });

  it('speaks Ukrainian with ?lang=uk', async () => {
    const { page } = await open('/index.html?lang=uk&position=ru-demand-2025#region=UA-14');
    await page.waitForSelector('.cl-region-panel .cl-positions');
    await expect(page.$eval(SELECT, (s) => (s as HTMLSelectElement).labels?.[0]?.textContent)).resolves.toBe('Позиція');
    await expect(page.textContent('.cl-legend [data-legend-position="ru-demand-2025"]')).resolves.toMatch(/Україна віддала б/);
    await expect(page.textContent('.cl-region-panel [data-position="ru-demand-2025"] .cl-position-sentence')).resolves.toMatch(/^Донецька область: .* Україна залишить близько [\d\s ]+ км² \(21 % області\), зокрема Краматорськ і Слов’янськ\.$/);
    await expect(page.textContent('.cl-region-panel .cl-pos-table caption')).resolves.toMatch(/^Що змінило б власника/);
    await page.close();
  });

  it('has no serious or critical axe-core violations with a position drawn and the panel open', async () => {
    const { page } = await open('/index.html?position=us-plan-2025#region=UA-14');
    await page.waitForSelector('.cl-region-panel .cl-pos-table');
    await page.waitForSelector('.cl-legend [data-legend-position="us-plan-2025"]');
    const violations = await axeSeriousOrCritical(page);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('shows a notice and the default view for an unknown ?position=', async () => {
    const { page, errors } = await open('/index.html?position=ru-demand-2099');
    await expect(page.textContent('.cl-notice[data-notice="position"]')).resolves.toBe('Unknown position “ru-demand-2099”: showing the default view.');
    expect(await pieces(page)).toEqual([]);
    await expect(page.$eval(SELECT, (s) => (s as HTMLSelectElement).value)).resolves.toBe('none');
    // The control layer is still drawn as usual.
    expect(await page.$$eval('path[data-control="held"]', (els) => els.length)).toBeGreaterThan(0);
    // Choosing a position clears the notice.
    await page.selectOption(SELECT, 'ru-demand-2024');
    await page.waitForSelector('path[data-position="ru-demand-2024"]');
    await page.waitForSelector('.cl-notice[data-notice="position"]', { state: 'detached' });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('takes ?position= in the iframe widget and the position attribute on <claimline-map>', async () => {
    const { page, errors } = await open('/embed.html?position=ru-demand-2025');
    await page.waitForSelector('path[data-position="ru-demand-2025"]');
    await expect(page.textContent('.cl-legend')).resolves.toMatch(/Russia's demand/);
    expect(errors).toEqual([]);
    await page.close();

    const host = await site.browser.newPage();
    await host.goto(site.server.url + '/test/element-position.html');
    const el = host.locator('claimline-map');
    await el.locator('path[data-position="us-plan-2025"]').first().waitFor({ state: 'attached' });
    // Setting the property switches the position; the switch inside fires positionselect.
    await host.evaluate(() => ((document.querySelector('claimline-map') as HTMLElement & { position: string | null }).position = 'ua-refusal-2025'));
    await el.locator('path[data-position="ua-refusal-2025"], [data-legend-position="ua-refusal-2025"]').first().waitFor({ state: 'attached' });
    const fired = host.evaluate(
      () => new Promise<string | null>((r) => document.querySelector('claimline-map')!.addEventListener('positionselect', (e) => r((e as CustomEvent).detail.position), { once: true })),
    );
    await el.locator('.cl-position-switch select').selectOption('ru-demand-2024');
    await expect(fired).resolves.toBe('ru-demand-2024');
    await el.locator('path[data-position="ru-demand-2024"]').first().waitFor({ state: 'attached' });
    await host.close();
  });

  it('exports the chosen position: the downloaded SVG draws its pieces and names it in the legend', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    await page.goto(site.server.url + '/index.html?position=ru-demand-2025');
    await page.waitForSelector('.leaflet-container path[data-position="ru-demand-2025"]');
    await openDownloadMenu(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('button[data-export="svg"]')]);
    const svg = readFileSync((await download.path())!, 'utf8');
    expect(svg).toMatch(/<path [^>]*data-position="ru-demand-2025"[^>]*data-side="ukraine-gives"/);
    expect(svg).toContain('data-status="position-ukraine-gives"');
    expect(svg.replace(/&(#39|apos);/g, "'")).toContain(`Drawn: ${byId('ru-demand-2025').label.en}`);
    await page.close();
  });
});
