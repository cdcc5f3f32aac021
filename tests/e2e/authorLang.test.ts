/**
 * The authoring page in English and in Ukrainian: axe-core finds no serious
 * or critical violation on the empty page, on a linked article with words
 * picked for linking, and with the preview open; `?lang=uk` and the language
 * switch put every label in Ukrainian, counts in Ukrainian plural forms.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeSeriousOrCritical, selectWords } from './harness.ts';
import { useSite } from './site.ts';

const ARTICLE = `Shelling resumes on the southern front

Kyiv Observer, 3 December 2025

Russian forces shelled the city of Kherson overnight, damaging a hospital.

In the east, the governor of Donetsk said the mining heartland had lost power again.

Moscow still claims Zaporizhzhia and Luhansk in full.
`;

const site = useSite();

/** Links ARTICLE, checking axe on the empty page, the linked article, a pick in progress and the preview. */
async function linkAndCheck(page: Page, linkButton: string): Promise<void> {
  expect(await axeSeriousOrCritical(page)).toEqual([]);
  await page.fill('#cl-author-text', ARTICLE);
  await page.click(`button:has-text("${linkButton}")`);
  await page.waitForSelector('.cl-author-article mark[data-start]');
  await page.waitForSelector('.cl-author-map path[data-region="UA-14"].cl-mentioned');
  expect(await axeSeriousOrCritical(page)).toEqual([]);
  await selectWords(page, 'mining heartland');
  await page.waitForSelector('.cl-author-pick');
  expect(await axeSeriousOrCritical(page)).toEqual([]);
  await page.click('.cl-author-pick [data-pick="UA-14"]');
  await page.waitForSelector('.cl-author-article mark:text("mining heartland")');
  await page.click('.cl-author-publish button[aria-expanded="false"]');
  await page.waitForSelector('.cl-author-preview path[data-region]');
  expect(await axeSeriousOrCritical(page)).toEqual([]);
}

describe('the author page in two languages', () => {
  it('has no serious or critical axe-core violations in English', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(site.server.url + '/author.html');
    await expect(page.textContent('h1')).resolves.toBe('Link an article to the map');
    await linkAndCheck(page, 'Link article');
    await expect(page.getAttribute('.cl-author-map path[data-region="UA-14"]', 'aria-label')).resolves.toBe('Donetsk, 2 mentions');
    await expect(page.getAttribute('.cl-author-map path[data-region="UA-65"]', 'aria-label')).resolves.toBe('Kherson, 1 mention');
    await expect(page.textContent('[role="status"].cl-visually-hidden')).resolves.toBe('Linked “mining heartland” to Donetsk.');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('speaks Ukrainian with ?lang=uk: labels, buttons, statuses, aria names and counts, with no axe violation', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(site.server.url + '/author.html?lang=uk');
    await expect(page.getAttribute('html', 'lang')).resolves.toBe('uk');
    await expect(page.title()).resolves.toBe('Claimline: ваша стаття на мапі');
    await expect(page.textContent('h1')).resolves.toBe('Пов’язати статтю з мапою');
    await expect(page.textContent('label[for="cl-author-text"]')).resolves.toBe('Текст статті');
    await expect(page.getAttribute('#cl-author-text', 'placeholder')).resolves.toBe('Заголовок у першому рядку, далі стаття…');
    await expect(page.textContent('.cl-author-input p')).resolves.toContain('Донецька область');

    await linkAndCheck(page, 'Пов’язати статтю');
    // Counts take Ukrainian's forms; region names are Ukrainian everywhere on the page.
    await expect(page.getAttribute('.cl-author-map path[data-region="UA-14"]', 'aria-label')).resolves.toBe('Донецька область, 2 згадки');
    await expect(page.getAttribute('.cl-author-map path[data-region="UA-65"]', 'aria-label')).resolves.toBe('Херсонська область, 1 згадка');
    await expect(page.textContent('[role="status"].cl-visually-hidden')).resolves.toBe('«mining heartland» пов’язано з регіоном «Донецька область».');
    await expect(page.textContent('.cl-author-tally h2')).resolves.toBe('Регіони в цій статті');
    await expect(page.textContent('[data-tally="UA-23"]')).resolves.toBe('Запорізька область: 1');
    await expect(page.textContent('.cl-author-ctl[data-mention^="UA-14:"] .cl-author-badge')).resolves.toBe('додано');
    await expect(page.getAttribute('.cl-author-ctl[data-mention^="UA-65:"] select', 'aria-label')).resolves.toBe('Регіон для «Kherson»');
    await expect(page.getAttribute('.cl-author-ctl[data-mention^="UA-65:"] .cl-author-reject', 'aria-label')).resolves.toBe('Відхилити «Kherson» як згадку регіону «Херсонська область»');
    await expect(page.textContent('#cl-author-publish-h')).resolves.toBe('Публікація');
    await expect(page.textContent('.cl-author-publish p')).resolves.toBe('JSON статті, де записано 1 вашу правку; його читають і застосунок, і вбудована мапа.');
    // The preview is drawn in Ukrainian too.
    await expect(page.getAttribute('.cl-author-preview .cl-map', 'aria-label').catch(() => null)).resolves.not.toMatch(/Map of/);

    // No English interface words are left: the article's own words (English here) are the only English on the page.
    const ui = await page.evaluate(() => {
      const clone = document.querySelector('.cl-author')!.cloneNode(true) as HTMLElement;
      for (const el of clone.querySelectorAll('.cl-author-article, .cl-author-preview, textarea, input, option[lang="en"], .cl-author-meta')) el.remove();
      return clone.textContent!;
    });
    for (const english of ['Link', 'Start over', 'Publish', 'Download', 'Preview', 'Regions in', 'Find', 'Title', 'Source', 'mention']) expect(ui).not.toContain(english);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('switches language in place, writing ?lang= so a reload keeps it', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(site.server.url + '/author.html');
    await page.fill('#cl-author-text', ARTICLE);
    await page.selectOption('.cl-author-lang select', 'uk');
    await expect(page.textContent('h1')).resolves.toBe('Пов’язати статтю з мапою');
    await expect(page.getAttribute('html', 'lang')).resolves.toBe('uk');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('uk');
    // What the editor typed is kept.
    await expect(page.inputValue('#cl-author-text')).resolves.toBe(ARTICLE);
    await page.selectOption('.cl-author-lang select', 'en');
    await expect(page.textContent('h1')).resolves.toBe('Link an article to the map');
    expect(new URL(page.url()).searchParams.has('lang')).toBe(false);

    // A notice already on the page is said again in the language switched to.
    await page.evaluate(() => localStorage.setItem('claimline:author:v1', '{"format":1,"story":'));
    await page.reload();
    await expect(page.textContent('.cl-notice')).resolves.toMatch(/^Saved work from an earlier visit could not be read \(not valid JSON\)/);
    await page.selectOption('.cl-author-lang select', 'uk');
    await expect(page.textContent('.cl-notice')).resolves.toMatch(/^Збережену під час попереднього візиту роботу не вдалося прочитати \(це не коректний JSON\)/);
    await expect(page.textContent('.cl-author-set-aside')).resolves.toMatch(/Роботу, відкладену під час попереднього візиту \(\d+ КБ\)/);
    await page.reload();
    await expect(page.textContent('h1')).resolves.toBe('Пов’язати статтю з мапою');
    await page.close();
  });
});
