/**
 * Cancel during a long link on the authoring page: the worker stops, the
 * progress goes away, the text is back in the box, and linking again works.
 */
import { describe, expect, it } from 'vitest';
import { articleOf } from '../../bench/author.ts';
import { useSite } from './site.ts';

const site = useSite();

describe('author page: Cancel', () => {
  it('stops a long link, restores the text, and links again afterwards', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(site.server.url + '/author.html');
    const text = articleOf(5_000_000);
    await page.evaluate((t) => {
      const area = document.querySelector<HTMLTextAreaElement>('#cl-author-text')!;
      area.value = t;
      area.dispatchEvent(new Event('input', { bubbles: true }));
    }, text);
    await page.click('text=Link article');
    await page.waitForSelector('.cl-author-progress');
    await page.click('.cl-author-progress button:has-text("Cancel")');
    await page.waitForSelector('.cl-author-progress', { state: 'detached' });
    expect(await page.$('.cl-author-article mark[data-start]')).toBeNull();
    expect(await page.inputValue('#cl-author-text')).toHaveLength(text.length);
    await expect(page.textContent('[role="status"].cl-visually-hidden')).resolves.toBe('Linking cancelled.');

    await page.fill('#cl-author-text', 'Strikes on Kherson\n\nRussian forces shelled Kherson overnight, officials said.\n');
    await page.click('text=Link article');
    await page.waitForSelector('.cl-author-article mark[data-start]', { timeout: 60_000 });
    expect(errors).toEqual([]);
    await page.close();
  });
});
