/**
 * The authoring page in a real Chromium: paste a new article, review its links
 * (reject one, add one by selecting words and clicking the map), reload and
 * find the edits kept, download the story and open it in the app.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { validateStory } from '../../src/lib/contract/storySchema.ts';
import type { Story } from '../../src/lib/contract/story.ts';
import { articleOf } from '../../bench/author.ts';
import { DIST, ROOT, launchChromium, requireDist, selectWords, serveStatic, type StaticServer } from './harness.ts';

const ARTICLE = `Shelling resumes on the southern front

Kyiv Observer, 3 December 2025

Ukrainian officials said on Wednesday that Russian forces shelled the city of Kherson overnight, damaging a hospital.

In the east, the governor of Donetsk said the mining heartland had lost power again after strikes on substations.

Analysts noted that Moscow still claims Zaporizhzhia and Luhansk in full. One reader's comment read <img src=x onerror="window.__pwned=1"> and <script>window.__pwned=2</script> verbatim.
`;

let server: StaticServer;
let browser: Browser;
let downloaded: string | null = null;

beforeAll(async () => {
  requireDist();
  server = await serveStatic([DIST], {
    routes: [
      (req, res) => {
        if (req.url !== '/test/authored.json') return false;
        if (!downloaded) return false;
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(downloaded);
        return true;
      },
    ],
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const marks = (page: Page) =>
  page.$$eval('.cl-author-article mark[data-start]', (els) => els.map((el) => ({ text: el.textContent!, region: el.getAttribute('data-mention-region')! })));

describe('bring your own article', () => {
  it('links a pasted article, takes a rejection and an added mention, keeps them over a reload, and publishes a story the app reads', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url + '/author.html');

    // Paste and link.
    await page.fill('#cl-author-text', ARTICLE);
    await page.click('text=Link article');
    await page.waitForSelector('.cl-author-article mark[data-start]');
    const found = await marks(page);
    expect(found).toContainEqual({ text: 'Kherson', region: 'UA-65' });
    expect(found).toContainEqual({ text: 'Donetsk', region: 'UA-14' });
    expect(found).toContainEqual({ text: 'Zaporizhzhia', region: 'UA-23' });
    expect(found).toContainEqual({ text: 'Luhansk', region: 'UA-09' });
    await page.waitForSelector('.cl-author-map path[data-region="UA-14"].cl-mentioned');

    // Hostile markup in the text is shown as text.
    await expect(page.textContent('.cl-author-article')).resolves.toContain('<img src=x onerror="window.__pwned=1">');
    expect(await page.$$('.cl-author-article img, .cl-author-article script')).toHaveLength(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

    // Reject Kherson: its mark goes, and the map no longer counts it.
    await page.click('.cl-author-ctl[data-mention^="UA-65:"] .cl-author-reject');
    await page.waitForSelector('.cl-author-article mark[data-mention-region="UA-65"]', { state: 'detached' });
    await page.waitForSelector('.cl-author-map path[data-region="UA-65"]:not(.cl-mentioned)');

    // Add "mining heartland" → Donetsk by selecting the words and clicking the region on the map.
    await selectWords(page, 'mining heartland');
    await page.waitForSelector('.cl-author-pick');
    await expect(page.textContent('.cl-author-pending-text')).resolves.toBe('mining heartland');
    await page.click('.cl-author-map path[data-region="UA-14"]');
    await page.waitForSelector('.cl-author-article mark:text("mining heartland")');
    expect(await marks(page)).toContainEqual({ text: 'mining heartland', region: 'UA-14' });
    await expect(page.textContent('.cl-author-ctl[data-mention^="UA-14:"]:has(.cl-author-badge)')).resolves.toContain('added');

    // Title, date and source are editable.
    await page.fill('.cl-author-meta input[type="text"] >> nth=1', 'The Kyiv Observer');
    await page.press('.cl-author-meta input[type="text"] >> nth=1', 'Tab');
    await page.fill('.cl-author-meta input[type="date"]', '2025-12-04');
    await page.press('.cl-author-meta input[type="date"]', 'Tab');

    // A reload keeps everything.
    await page.reload();
    await page.waitForSelector('.cl-author-article mark[data-start]');
    const kept = await marks(page);
    expect(kept).toContainEqual({ text: 'mining heartland', region: 'UA-14' });
    expect(kept.filter((m) => m.region === 'UA-65')).toEqual([]);
    await expect(page.inputValue('.cl-author-meta input[type="text"] >> nth=1')).resolves.toBe('The Kyiv Observer');

    // Download: a valid story with the edits recorded.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=Download story JSON')]);
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    downloaded = readFileSync((await download.path())!, 'utf8');
    const v = validateStory(JSON.parse(downloaded));
    expect(v.ok ? [] : v.errors).toEqual([]);
    const story = JSON.parse(downloaded) as Story;
    expect(story.edits?.map((e) => e.op)).toEqual(['reject', 'add', 'meta', 'meta']);
    expect(story.article).toMatchObject({ source: 'The Kyiv Observer', date: '2025-12-04' });
    const added = story.mentions.find((m) => m.edited === 'added')!;
    expect(ARTICLE.slice(added.start, added.end)).toBe('mining heartland');
    expect(story.mentions.some((m) => m.region === 'UA-65')).toBe(false);

    // The app reads it through ?story= with the edits intact.
    const app = await context.newPage();
    app.on('pageerror', (e) => errors.push(e.message));
    await app.goto(server.url + '/index.html?story=/test/authored.json');
    await app.waitForSelector('.cl-article mark[data-mention-region]');
    const appMarks = await app.$$eval('.cl-article mark[data-mention-region]', (els) => els.map((el) => ({ text: el.textContent!, region: el.getAttribute('data-mention-region')! })));
    expect(appMarks).toContainEqual({ text: 'mining heartland', region: 'UA-14' });
    expect(appMarks.filter((m) => m.region === 'UA-65')).toEqual([]);
    await app.click('path[data-region="UA-14"]');
    await app.waitForSelector('.cl-region-panel [data-passage]');
    await expect(app.$$eval('.cl-region-panel mark', (els) => els.map((e) => e.textContent))).resolves.toContain('mining heartland');

    // Start over asks first, then clears the saved work.
    await page.click('text=Start over');
    await page.click('text=Keep working');
    expect(await page.$('.cl-author-article')).not.toBeNull();
    await page.click('text=Start over');
    await page.click('text=Discard');
    await page.waitForSelector('#cl-author-text');
    expect(await page.evaluate(() => localStorage.getItem('claimline:author:v1'))).toBeNull();

    expect(errors).toEqual([]);
    await context.close();
  });

  it('links a 5 MB paste in the worker while the page answers clicks, with progress, a page of passages at a time', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url + '/author.html');
    await page.evaluate((t) => {
      const area = document.querySelector<HTMLTextAreaElement>('#cl-author-text')!;
      area.value = t;
      area.dispatchEvent(new Event('input', { bubbles: true }));
    }, articleOf(5_000_000));
    // Record, in order, the reader's clicks and the moment the linked story is drawn.
    await page.evaluate(`(() => {
      const w = window; w.__events = [];
      document.addEventListener('click', () => w.__events.push('click'), true);
      new MutationObserver(() => {
        if (!w.__events.includes('story') && document.querySelector('.cl-author-article')) w.__events.push('story');
      }).observe(document.body, { childList: true, subtree: true });
    })()`);
    await page.click('text=Link article');
    await page.waitForSelector('.cl-author-progress progress');
    // While the worker links, the page still answers a click (on the page's heading).
    const heading = (await (await page.$('#cl-author-input-h'))!.boundingBox())!;
    await page.mouse.click(heading.x + 5, heading.y + 5);
    await page.waitForSelector('.cl-author-article mark[data-start]', { timeout: 90_000 });
    const events = (await page.evaluate('window.__events')) as string[];
    expect(events.indexOf('click')).toBeGreaterThanOrEqual(0);
    expect(events.indexOf('click')).toBeLessThan(events.indexOf('story'));
    await expect(page.textContent('.cl-author-pager')).resolves.toMatch(/Passages 1–120 of \d{4,}/);
    // Too large for localStorage: a notice says so, nothing breaks.
    await expect(page.textContent('.cl-notice')).resolves.toMatch(/too large to keep/);
    expect(errors).toEqual([]);
    await page.close();
  }, 150_000);

  it('shows the editor which links are ambiguous, with the other oblasts the name could mean', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(server.url + '/author.html');
    await page.fill('#cl-author-text', readFileSync(join(ROOT, 'tests/fixtures/linker/in/homonyms-en.txt'), 'utf8'));
    await page.click('text=Link article');
    const badge = await page.waitForSelector('.cl-author-ambiguous');
    expect(await badge.getAttribute('data-ambiguous')).toBe('UA-09 UA-12 UA-53');
    expect(await badge.textContent()).toBe('ambiguous: also Luhansk, Dnipropetrovsk, Poltava');
    // Only the ambiguous name is marked: the villages the text places in an oblast are not.
    expect(await page.$$eval('.cl-author-ambiguous', (els) => els.length)).toBe(1);
    await page.close();
  });

  it('keeps saved work it cannot read, offers it for download, and still has it after a new article is linked', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const unreadable = '{"format":1,"story":{"title":"half-written work"';
    await page.goto(server.url + '/author.html');
    await page.evaluate((v) => localStorage.setItem('claimline:author:v1', v), unreadable);
    await page.reload();
    await expect(page.textContent('.cl-notice')).resolves.toMatch(/could not be read \(not valid JSON\)\. It was set aside, not deleted/);
    const download = page.waitForEvent('download');
    await page.click('text=Download set-aside work');
    const file = await (await download).path();
    expect(readFileSync(file, 'utf8')).toBe(unreadable);

    // A new article is linked and saved; the set-aside work is still there after a reload.
    await page.fill('#cl-author-text', ARTICLE);
    await page.click('text=Link article');
    await page.waitForSelector('.cl-author-article mark[data-start]');
    await page.reload();
    await page.waitForSelector('.cl-author-article mark[data-start]');
    expect(await page.evaluate(() => localStorage.getItem('claimline:author:set-aside'))).toBe(unreadable);
    await expect(page.textContent('.cl-author-set-aside')).resolves.toMatch(/Work set aside from an earlier visit/);
    expect(errors).toEqual([]);
    await context.close();
  });
});
