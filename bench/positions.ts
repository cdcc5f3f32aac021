/**
 * Position switching for `npm run bench` (issue 16): the time from a change of
 * the position switch to the first animation frame after the new position is
 * drawn and named in the legend (its pieces on the map, the legend part
 * replaced), over every position a few times, in Chromium on the built app.
 */
import type { Browser } from 'playwright-core';
import type { StaticServer } from '../tests/e2e/harness.ts';
import { timing, type Timing } from './stats.ts';

export async function measurePositionSwitch(browser: Browser, server: StaticServer, path = '/index.html', rounds = 5): Promise<Timing> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(server.url + path);
  // The live view, not the build-time picture early.js shows first (its switch waits for the app).
  await page.waitForSelector('.cl-view path[data-region="UA-14"]');
  // Focusing the switch loads the positions; wait until they are its options.
  await page.focus('.cl-position-switch select');
  await page.waitForFunction(() => document.querySelectorAll('.cl-position-switch option').length > 1);
  const samples = await page.evaluate(async (rounds) => {
    const select = document.querySelector<HTMLSelectElement>('.cl-position-switch select')!;
    const ids = [...select.options].map((o) => o.value).filter((v) => v !== 'none');
    const out: number[] = [];
    for (let r = 0; r < rounds; r++) {
      for (const id of ids) {
        const t = await new Promise<number>((resolve) => {
          // (No named function expressions in here: the bench runs under tsx, whose helpers do not exist in the page.)
          const mo = new MutationObserver(() => {
            if (!document.querySelector(`.cl-legend [data-legend-position="${id}"]`)) return;
            if ([...document.querySelectorAll('path[data-position]')].some((p) => p.getAttribute('data-position') !== id)) return;
            mo.disconnect();
            requestAnimationFrame(() => resolve(performance.now() - t0));
          });
          const t0 = performance.now();
          mo.observe(document.body, { subtree: true, childList: true, attributes: true });
          select.value = id;
          select.dispatchEvent(new Event('change', { bubbles: true }));
        });
        out.push(t);
        await new Promise((r) => setTimeout(r, 30));
      }
    }
    return out;
  }, rounds);
  await page.close();
  return timing(samples);
}
