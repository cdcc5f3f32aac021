/**
 * Labels never sit on each other: on the live map a place's name moves left of its dot or is hidden where it
 * would run under a region label or another place's name (the dot stays a named button), base labels give way,
 * at every zoom; and the live map decides as the static first view does.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fixedRoute, hold, LEAFLET } from './harness.ts';
import { useSite } from './site.ts';
import { villagesStory } from './stories.ts';

const villages = villagesStory();
const site = useSite([fixedRoute('/test/villages.json', 'application/json', () => JSON.stringify(villages))]);
/** The villages story's located places, one each, in order of first mention. */
const VILLAGES = [...new Map(villages.mentions.filter((m) => m.via === 'place' && m.point).map((m) => [m.place!, m])).keys()];

type Drawn = { id: string; kind: string; text: string; x0: number; y0: number; x1: number; y1: number };

/** Every label and place name the live map shows (hidden ones have no box), and every place's dot. */
function drawn(page: Page): Promise<{ texts: Drawn[]; dots: Drawn[] }> {
  return page.evaluate(() => {
    const box = (el: Element, id: string, kind: string) => {
      const r = el.getBoundingClientRect();
      return { id, kind, text: el.textContent ?? '', x0: r.left, y0: r.top, x1: r.right, y1: r.bottom };
    };
    const texts = [];
    for (const el of document.querySelectorAll('.leaflet-marker-pane .cl-label, .leaflet-marker-pane .cl-place-label')) {
      if (el.getClientRects().length === 0) continue;
      const place = el.closest('[data-place]');
      if (place) texts.push(box(el, place.getAttribute('data-place')!, 'place'));
      else texts.push(box(el, el.getAttribute('data-label')!, [...el.classList].find((c) => c.startsWith('cl-label--'))!.slice('cl-label--'.length)));
    }
    const dots = [...document.querySelectorAll('.leaflet-marker-pane .cl-place-dot')].map((el) => box(el, el.closest('[data-place]')!.getAttribute('data-place')!, 'dot'));
    return { texts, dots };
  });
}

const meet = (a: Drawn, b: Drawn) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * No two shown texts meet (region labels among themselves excepted: they always stay), and no name lies on another
 * place's dot, but for dots touching its own (a cluster of marks, named by its most named place).
 */
function expectApart({ texts, dots }: { texts: Drawn[]; dots: Drawn[] }) {
  for (let i = 0; i < texts.length; i++)
    for (let j = i + 1; j < texts.length; j++) {
      const a = texts[i]!, b = texts[j]!;
      if (a.kind === 'region' && b.kind === 'region') continue;
      expect(meet(a, b), `"${a.text}" meets "${b.text}"`).toBe(false);
    }
  const dotOf = new Map(dots.map((d) => [d.id, d]));
  // 1.5 px around each dot for its outline, as labelLayout counts it.
  const grow = (d: Drawn): Drawn => ({ ...d, x0: d.x0 - 1.5, y0: d.y0 - 1.5, x1: d.x1 + 1.5, y1: d.y1 + 1.5 });
  for (const t of texts.filter((t) => t.kind === 'place'))
    for (const d of dots) if (d.id !== t.id && !meet(grow(d), grow(dotOf.get(t.id)!))) expect(meet(t, d), `"${t.text}" lies on the dot of ${d.id}`).toBe(false);
}

/** Every place is still a button named by its accessible name, whether or not its name shows. */
async function expectNamedButtons(page: Page, names: string[]) {
  const buttons = await page.locator('.leaflet-marker-pane [data-place]').evaluateAll((els) =>
    els.map((e) => ({ tag: e.tagName, label: e.getAttribute('aria-label') ?? '', hidden: e.classList.contains('cl-place--label-hidden'), title: e.getAttribute('title') })),
  );
  expect(buttons.map((b) => b.label.split(':')[0]).sort()).toEqual([...names].sort());
  for (const b of buttons) {
    expect(b.tag).toBe('BUTTON');
    // A hidden name still shows on hover.
    if (b.hidden) expect(b.title).toBe(b.label.split(':')[0]);
    else expect(b.title).toBeNull();
  }
}

describe('labels never sit on each other', () => {
  it('?conflict=ge: the Sukhumi place label and the Abkhazia region label do not meet, and no two labels do', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${site.server.url}/index.html?conflict=ge`);
    await page.waitForSelector('.leaflet-marker-pane button[data-place="g611847"]');
    await page.waitForSelector('.leaflet-marker-pane .cl-label[data-label="GE-AB"]');
    const d = await drawn(page);
    const abkhazia = d.texts.find((t) => t.id === 'GE-AB')!;
    expect(abkhazia.text).toBe('Abkhazia');
    // Sukhumi's name still shows, moved left of its dot, clear of Abkhazia's.
    const sukhumi = d.texts.find((t) => t.id === 'g611847')!;
    expect(sukhumi.text).toBe('Sukhumi');
    expect(await page.locator('button[data-place="g611847"]').getAttribute('data-label-side')).toBe('left');
    const dot = d.dots.find((t) => t.id === 'g611847')!;
    expect(sukhumi.x1).toBeLessThanOrEqual(dot.x0);
    expect(meet(sukhumi, abkhazia)).toBe(false);
    expectApart(d);
    await page.close();
  });

  it('a story naming five villages within 15 km shows no two labels meeting, every place a named button, at the first view and zoomed in', async () => {
    expect(VILLAGES).toEqual(['Siversk', 'Yampil', 'Zvanivka', 'Serebrianka', 'Bilohorivka']);
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${site.server.url}/index.html?story=/test/villages.json`);
    await page.waitForFunction((n) => document.querySelectorAll('.leaflet-marker-pane button[data-place][data-label-side]').length === n, VILLAGES.length);
    const first = await drawn(page);
    expectApart(first);
    await expectNamedButtons(page, VILLAGES);
    // At the oblasts' view the villages are a few px apart: most names give way, Siversk (three passages) shows.
    const shown = first.texts.filter((t) => t.kind === 'place').map((t) => t.text);
    expect(shown).toContain('Siversk');
    expect(shown.length).toBeLessThan(VILLAGES.length);

    // Zoomed in on Siversk with the wheel (Leaflet zooms about the cursor), the names are laid out again: all show.
    const dot = (await page.locator('button[data-place="g694403"] .cl-place-dot').boundingBox())!;
    await page.mouse.move(dot.x + 40, dot.y + 40);
    await expect
      .poll(async () => {
        await page.mouse.wheel(0, -400);
        return page.locator('.leaflet-marker-pane .cl-place--label-hidden').count();
      }, { timeout: 20_000, interval: 600 })
      .toBe(0);
    // Leaflet may still be animating the last step: wait for its zoomend layout, then measure.
    await page.waitForFunction(() => !document.querySelector('.leaflet-zoom-anim'));
    const zoomed = await drawn(page);
    expect(zoomed.texts.filter((t) => t.kind === 'place').map((t) => t.text).sort()).toEqual([...VILLAGES].sort());
    expectApart(zoomed);
    await expectNamedButtons(page, VILLAGES);
    await page.close();
  });

  it('the live map puts each name where the static first view does', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const { release } = await hold(page, LEAFLET);
    await page.goto(`${site.server.url}/index.html?story=/test/villages.json`, { waitUntil: 'domcontentloaded' });
    const side = (cls: string) => (cls.includes('--left') ? 'left' : cls.includes('--label-hidden') ? 'hidden' : 'right');
    await page.waitForFunction((n) => document.querySelectorAll('.cl-static [data-place]').length === n, VILLAGES.length);
    const fromStatic = await page.locator('.cl-static [data-place]').evaluateAll((els) => els.map((e) => [e.getAttribute('data-place'), e.getAttribute('class')] as const));
    const staticDots = await page.locator('.cl-static [data-place] circle').evaluateAll((els) => els.map((e) => { const r = e.getBoundingClientRect(); return [e.closest('[data-place]')!.getAttribute('data-place')!, [r.left + r.width / 2, r.top + r.height / 2]] as const; }));
    // A hidden name keeps the point's title and accessible name; only its <text> is left out.
    for (const [key, cls] of fromStatic) {
      const g = page.locator(`.cl-static [data-place="${key}"]`);
      expect(await g.locator('title').count()).toBe(1);
      expect(await g.locator('text').count()).toBe(side(cls!) === 'hidden' ? 0 : 1);
    }
    release();
    await page.waitForFunction((n) => document.querySelectorAll('.leaflet-marker-pane button[data-place][data-label-side]').length === n, VILLAGES.length);
    const live = await page.locator('.leaflet-marker-pane button[data-place]').evaluateAll((els) => els.map((e) => [e.getAttribute('data-place'), e.getAttribute('data-label-side')] as const));
    expect(new Map(live)).toEqual(new Map(fromStatic.map(([k, c]) => [k, side(c!)])));
    expect(new Set(live.map(([, s]) => s)).size).toBeGreaterThan(1);
    // Each dot sits on its place, whichever side its name is on or if it is hidden: where the static view drew it (within 1 px).
    const liveDots = new Map(await page.locator('.leaflet-marker-pane [data-place] .cl-place-dot').evaluateAll((els) => els.map((e) => { const r = e.getBoundingClientRect(); return [e.closest('[data-place]')!.getAttribute('data-place')!, [r.left + r.width / 2, r.top + r.height / 2]] as const; })));
    for (const [key, [x, y]] of staticDots) {
      const [lx, ly] = liveDots.get(key)!;
      expect(Math.abs(lx! - x!), `${key} x`).toBeLessThanOrEqual(1);
      expect(Math.abs(ly! - y!), `${key} y`).toBeLessThanOrEqual(1);
    }
    await page.close();
  });
});
