/**
 * The map never shows past its data: zoomed out as far as the reader can, or
 * dragged far to one side, the view stays inside the extent the profile's
 * neighbours were clipped to (beyond it the map would show sea where there is
 * land), for Ukraine and for Georgia, in the app and the iframe widget.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from './site.ts';

const site = useSite();

/** The map box, and the box the drawn land (neighbours and regions) covers, in page px. */
const coverage = (page: Page) =>
  page.evaluate(() => {
    const map = document.querySelector('.leaflet-container')!.getBoundingClientRect();
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (const p of document.querySelectorAll('.leaflet-overlay-pane path')) {
      const r = p.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      x0 = Math.min(x0, r.left); y0 = Math.min(y0, r.top); x1 = Math.max(x1, r.right); y1 = Math.max(y1, r.bottom);
    }
    return { map: [map.left, map.top, map.right, map.bottom], land: [x0, y0, x1, y1] };
  });

/** Whether the drawn land covers the whole map box (within 1 px), i.e. the view is inside the data. */
const inside = ({ map, land }: { map: number[]; land: number[] }) =>
  land[0]! <= map[0]! + 1 && land[1]! <= map[1]! + 1 && land[2]! >= map[2]! - 1 && land[3]! >= map[3]! - 1;

/** Leaflet settles (zoom, then the pan back inside its bounds) over a few frames: wait for the view to be inside. */
const settlesInside = (page: Page) => expect.poll(async () => inside(await coverage(page)), { timeout: 15_000 }).toBe(true);

describe('the view stays inside the data', () => {
  for (const [path, size] of [
    ['/index.html', { width: 1280, height: 800 }],
    ['/embed.html', { width: 1280, height: 700 }],
    ['/index.html?conflict=ge', { width: 1280, height: 800 }],
  ] as const) {
    it(`${path}: zoomed out as far as the buttons go, and dragged far east, the map still shows only its data`, async () => {
      const page = await site.browser.newPage({ viewport: size });
      await page.goto(site.server.url + path);
      await page.waitForSelector('.leaflet-container path[data-region]');
      expect(inside(await coverage(page))).toBe(true);
      // Zoom out until Leaflet disables the button (a click while a zoom is still running is simply ignored).
      const out = page.locator('.leaflet-control-zoom-out');
      await expect.poll(async () => {
        const disabled = (await out.getAttribute('class'))!.includes('leaflet-disabled');
        if (!disabled) await out.click({ force: true });
        return disabled;
      }, { timeout: 20_000, interval: 400 }).toBe(true);
      await settlesInside(page);
      // A long drag west (the map moves east); Leaflet brings the view back inside its bounds when it ends.
      const box = (await page.locator('.leaflet-container').boundingBox())!;
      await page.mouse.move(box.x + box.width * 0.8, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width * 0.1, box.y + box.height / 2, { steps: 8 });
      await page.mouse.up();
      await settlesInside(page);
      await page.close();
    });
  }
});
