/** What the "Embed" button offers: ready-to-paste HTML for the current story and selection. */
import { parseLang, t } from '../i18n/strings.ts';

export type EmbedOptions = {
  /** Where the built site lives, ending in "/": "https://example.org/claimline/". */
  base: string;
  story?: string | null;
  /** The conflict profile shown (`?conflict=`), when the page asked for one. */
  conflict?: string | null;
  control?: string | null;
  /** The day on the time slider, the position shown and the compare view, when the reader chose them. */
  date?: string | null;
  position?: string | null;
  compare?: string | null;
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
  let base: URL;
  try {
    base = new URL(o.base);
  } catch {
    throw new Error(`The site address ${JSON.stringify(o.base)} is not a valid URL.`);
  }
  // An address that is not a URL cannot be loaded by the embed either: it is left out, never thrown.
  const abs = (u: string) => {
    try {
      return new URL(u, base).href;
    } catch {
      return null;
    }
  };
  const url = new URL('embed.html', base);
  const params: [string, string | null | undefined][] = [
    ['story', o.story ? abs(o.story) : null],
    ['conflict', o.conflict],
    ['control', o.control ? abs(o.control) : null],
    ['date', o.date],
    ['position', o.position],
    ['compare', o.compare],
    ['region', o.region],
    ['lang', o.lang && o.lang !== 'en' ? o.lang : null],
    ['theme', o.theme],
  ];
  for (const [k, v] of params) if (v) url.searchParams.set(k, v);

  const iframe =
    `<iframe src="${escapeAttr(url.href)}" title="${escapeAttr(t(parseLang(o.lang), 'embedTitle'))}" ` +
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
