/**
 * In-browser linking for `npm run bench`: the authoring page (dist/author.html)
 * links a 1 MB article in its Web Worker; the figure is the worker's own time
 * from receiving the text to posting the story (first run: place names loaded
 * and the matcher compiled inside it), median of 3 page loads.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { ROOT, type StaticServer } from '../tests/e2e/harness.ts';

/** A 1 MB (10^6 characters) article: the seed article repeated, paragraphs intact. */
export function articleOf(chars: number): string {
  const seed = readFileSync(join(ROOT, 'public', 'stories', 'clash-report-2025-11-28.txt'), 'utf8');
  let text = seed;
  while (text.length < chars) text += '\n\n' + seed;
  return text.slice(0, chars);
}

export async function benchAuthor(browser: Browser, server: StaticServer, runs = 3): Promise<{ ms1MB: number }> {
  const text = articleOf(1_000_000);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(server.url + '/author.html');
    await page.waitForSelector('#cl-author-text');
    await page.evaluate((t) => {
      const area = document.querySelector<HTMLTextAreaElement>('#cl-author-text')!;
      area.value = t;
      area.dispatchEvent(new Event('input', { bubbles: true }));
    }, text);
    await page.click('text=Link article');
    const stat = await page.waitForSelector('[data-link-ms]', { timeout: 120_000 });
    times.push(Number(await stat.getAttribute('data-link-ms')));
    await context.close();
  }
  times.sort((a, b) => a - b);
  return { ms1MB: times[Math.floor(times.length / 2)]! };
}

/**
 * What author.html fetches before the editor does anything (gzip level 9 per
 * response): the linker worker and the gazetteer are not part of it, they load on the first link.
 */
export async function measureAuthorFirstView(browser: Browser, server: StaticServer): Promise<{ requests: number; gzipBytes: number; workerGzipBytes: number }> {
  const { gzipSync } = await import('node:zlib');
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const bodies: Promise<{ url: string; body: Buffer }>[] = [];
  page.on('response', (r) => bodies.push(r.body().then((body) => ({ url: r.url(), body }), () => ({ url: r.url(), body: Buffer.alloc(0) }))));
  await page.goto(server.url + '/author.html');
  await page.waitForSelector('#cl-author-text');
  await page.waitForLoadState('networkidle');
  const first = await Promise.all(bodies);
  const gz = (b: Buffer) => gzipSync(b, { level: 9 }).length;
  const gzipBytes = first.reduce((n, r) => n + gz(r.body), 0);
  // The worker chunk, fetched on the first link.
  await page.fill('#cl-author-text', 'Donetsk\n\nFighting near Donetsk continued.');
  await page.click('text=Link article');
  await page.waitForSelector('[data-link-ms]');
  const all = await Promise.all(bodies);
  const workerGzipBytes = all.filter((r) => /linkWorker/.test(r.url)).reduce((n, r) => n + gz(r.body), 0);
  await context.close();
  return { requests: first.length, gzipBytes, workerGzipBytes };
}
