/** What the "Embed" button offers: ready-to-paste HTML for the current story and selection. */
export type EmbedOptions = {
  /** Where the built site lives, ending in "/": "https://example.org/claimline/". */
  base: string;
  story?: string | null;
  control?: string | null;
  region?: string | null;
  lang?: string | null;
  theme?: string | null;
};

export type Snippets = { iframe: string; element: string; url: string };

/** Escapes a value for a double-quoted HTML attribute. */
export function escapeAttr(v: string): string {
  return v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function embedSnippets(o: EmbedOptions): Snippets {
  const base = new URL(o.base);
  const abs = (u: string) => new URL(u, base).href;
  const url = new URL('embed.html', base);
  const params: [string, string | null | undefined][] = [
    ['story', o.story ? abs(o.story) : null],
    ['control', o.control ? abs(o.control) : null],
    ['region', o.region],
    ['lang', o.lang && o.lang !== 'en' ? o.lang : null],
    ['theme', o.theme],
  ];
  for (const [k, v] of params) if (v) url.searchParams.set(k, v);

  const iframe =
    `<iframe src="${escapeAttr(url.href)}" title="Claimline map: who claims and who holds the regions of Ukraine" ` +
    `width="100%" height="520" loading="lazy"></iframe>\n` +
    `<script src="${escapeAttr(new URL('embed.js', base).href)}" async></script>`;

  const attrs = params
    .filter(([k, v]) => v && k !== 'theme')
    .concat(o.theme ? [['theme', o.theme]] : [])
    .map(([k, v]) => ` ${k}="${escapeAttr(v!)}"`)
    .join('');
  const element =
    `<script type="module" src="${escapeAttr(new URL('claimline.js', base).href)}"></script>\n` +
    `<claimline-map${attrs}></claimline-map>`;
  return { iframe, element, url: url.href };
}
