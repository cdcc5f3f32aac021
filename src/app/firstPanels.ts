/**
 * Each region's panel, cut from the first view rendered with that region
 * selected, for the page's early script to show before the app has loaded.
 * Pure: the rendering is passed in (Svelte's server render at build time).
 */
export type FirstPanel = {
  id: string;
  /** The panel's element, `<section class="cl-region-panel" data-selected-region=…>…</section>`. */
  html: string;
  /** What the live view announces on selecting it ("Donetsk selected"). */
  announce: string;
  /** Its label point [lon, lat]: where the arrow keys move from and to (regionInDirection). */
  at: [number, number];
};

const OPEN = '<section class="cl-region-panel"';

/** The region panel element in a rendered view, without the renderer's hydration comments. */
export function cutPanel(body: string, id: string): string {
  const start = body.indexOf(OPEN);
  if (start === -1) throw new Error(`first view with ${id} selected: no ${OPEN}…> in it`);
  // Sections do not nest inside the panel, but count them anyway so a future nested one cannot cut it short.
  const tag = /<(\/?)section\b[^>]*>/g;
  tag.lastIndex = start;
  let depth = 0;
  for (let m = tag.exec(body); m; m = tag.exec(body)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) {
      const html = body.slice(start, m.index + m[0].length).replace(/<!--[^]*?-->/g, '');
      if (!html.includes(`data-selected-region="${id}"`)) throw new Error(`first view with ${id} selected: its panel is for another region`);
      return html;
    }
  }
  throw new Error(`first view with ${id} selected: the panel's <section> is not closed`);
}

export function firstPanels(ids: readonly string[], renderSelected: (id: string) => string, meta: (id: string) => Pick<FirstPanel, 'announce' | 'at'>): FirstPanel[] {
  return ids.map((id) => ({ id, html: cutPanel(renderSelected(id), id), ...meta(id) }));
}
