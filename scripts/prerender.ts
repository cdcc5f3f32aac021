/**
 * Last step of `npm run build`: writes the first view into dist/index.html and
 * dist/embed.html, so the map, the legend and the focus regions' table paint
 * before any script runs and stay readable without JavaScript:
 *   - the app / embed as Svelte renders them on the server (src/app/prerender.ts),
 *     inside #app, which the script replaces with the live view in one task. Its
 *     root is .cl-view-first (laid out as .cl-view), so pages and tests waiting
 *     for the live view (.cl-view) are not misled by the picture;
 *   - a <noscript> summary (the focus regions' table and quotes) in the side column, and
 *     noscript.css, which hides the controls that need a script;
 *   - each region's panel in a <template>, and early.js (src/early/early.ts) in place of the
 *     page's own scripts: it makes the picture's regions buttons that open those panels, then
 *     loads the app (or embed-frame.js) once the picture is painted, so nothing the app needs
 *     is fetched, parsed or run before the map is painted and answers a click;
 *   - the app page's og:image (public/og.png, made by `npm run og`) and its alt
 *     text; absolute when CLAIMLINE_BASE_URL (e.g. https://example.org/claimline/)
 *     is set at build time, relative otherwise.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createServer } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { controlSeriesModule, geojson } from '../vite.config.ts';
import type { Prerendered } from '../src/app/prerender.ts';
import type { FirstPanel } from '../src/app/firstPanels.ts';
import { EARLY_ATTR } from '../src/early/attrs.ts';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function baseUrl(): string {
  const raw = process.env.CLAIMLINE_BASE_URL;
  if (!raw) return '';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`CLAIMLINE_BASE_URL is not an absolute URL: ${raw}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`CLAIMLINE_BASE_URL must be http(s): ${raw}`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/**
 * Takes the page's entry scripts out of the HTML (the module and its modulepreloads, or the
 * embed's classic script) and puts early.js in their place, told what to load after the paint.
 */
function deferEntry(path: string, html: string, r: Prerendered): string {
  const modules: string[] = [], preloads: string[] = [], classic: string[] = [];
  let out = html
    .replace(/[ \t]*<script type="module" crossorigin src="([^"]+)"><\/script>\n?/g, (_, src: string) => (modules.push(src), ''))
    .replace(/[ \t]*<link rel="modulepreload" crossorigin href="([^"]+)">\n?/g, (_, href: string) => (preloads.push(href), ''))
    .replace(/[ \t]*<script src="([^"]+)" defer><\/script>\n?/g, (_, src: string) => (classic.push(src), ''));
  if (modules.length + classic.length !== 1) throw new Error(`${path}: expected one entry script, found ${modules.length + classic.length}`);
  if (/<script\b/.test(out)) throw new Error(`${path}: a script other than the entry is left in the page`);
  const attrs = modules.length
    ? ` ${EARLY_ATTR.module}="${escapeAttr(modules[0]!)}"${preloads.length ? ` ${EARLY_ATTR.preload}="${escapeAttr(preloads.join(' '))}"` : ''}`
    : ` ${EARLY_ATTR.classic}="${escapeAttr(classic[0]!)}"`;
  const box =
    ` ${EARLY_ATTR.bounds}="${r.bounds.flat().join(',')}"${r.extent ? ` ${EARLY_ATTR.extent}="${r.extent.flat().join(',')}"` : ''} ${EARLY_ATTR.conflict}="${escapeAttr(r.conflict)}"` +
    ` ${EARLY_ATTR.loading}="${escapeAttr(JSON.stringify(r.loading))}"`;
  // Render-blocking until it has run (after parsing, as any deferred script): the first frame then shows the picture
  // fitted to the box and its regions as buttons, instead of a second frame redrawing the map (browsers that ignore
  // `blocking` paint twice, as without it).
  out = out.replace('</head>', `    <script src="early.js" defer blocking="render"${attrs}${box}></script>\n  </head>`);
  return out;
}

/**
 * Each region's panel as an inert <template> the early script clones when the region is selected,
 * and the panel with nothing selected (the first view's own prompt).
 */
function panelTemplates(body: string, panels: FirstPanel[], cleared: string): string {
  const prompt = /<p class="cl-prompt">[^<]*<\/p>/.exec(body);
  if (!prompt) throw new Error('prerender: the first view has no .cl-prompt (the panel with nothing selected)');
  return (
    `<template ${EARLY_ATTR.panel}="" ${EARLY_ATTR.announce}="${escapeAttr(cleared)}">${prompt[0]}</template>` +
    panels
      .map((p) => `<template ${EARLY_ATTR.panel}="${escapeAttr(p.id)}" ${EARLY_ATTR.announce}="${escapeAttr(p.announce)}" ${EARLY_ATTR.at}="${p.at.join(',')}">${p.html}</template>`)
      .join('')
  );
}

function inject(file: string, body: string, summary: string, head: string, panels: FirstPanel[], r: Prerendered): void {
  const path = join(DIST, file);
  const html = deferEntry(path, readFileSync(path, 'utf8'), r);
  const slot = '<div id="app"></div>';
  if (!html.includes(slot)) throw new Error(`${path}: no empty ${slot} to render into (already prerendered?)`);
  // The summary goes where the region panel would be (the side column), so it is in view beside the map.
  const side = /<div class="cl-side"[^>]*>/.exec(body);
  if (!side) throw new Error(`${path}: the first view has no .cl-side to put the summary in`);
  const at = side.index + side[0].length;
  const withSummary = `${body.slice(0, at)}<noscript><div class="cl-noscript">${summary}</div></noscript>${body.slice(at)}`;
  const out = html.replace('</head>', `${head}  </head>`).replace(slot, `<div id="app">${withSummary}${panelTemplates(body, panels, r.cleared)}</div>`);
  writeFileSync(path, out);
}

const vite = await createServer({
  configFile: false,
  root: ROOT,
  logLevel: 'error',
  plugins: [svelte(), geojson(), controlSeriesModule()],
  server: { middlewareMode: true, hmr: false, ws: false },
  appType: 'custom',
});
try {
  const { prerender } = (await vite.ssrLoadModule('/src/app/prerender.ts')) as { prerender: () => Prerendered };
  const r = prerender();
  const first = (html: string) => {
    const out = html.replace(/class="cl-view cl-view--/, 'class="cl-view-first cl-view--');
    if (out === html) throw new Error('prerender: no .cl-view in the rendered first view');
    return out;
  };
  const noscriptCss = '  <noscript><link rel="stylesheet" href="noscript.css" /></noscript>\n';
  const base = baseUrl();
  const og = [
    `<meta property="og:type" content="website" />`,
    `<meta property="og:title" content="${escapeAttr(r.title)}" />`,
    `<meta property="og:image" content="${base}og.png" />`,
    `<meta property="og:image:width" content="1200" />`,
    `<meta property="og:image:height" content="630" />`,
    `<meta property="og:image:alt" content="${escapeAttr(r.alt)}" />`,
    `<meta name="twitter:card" content="summary_large_image" />`,
  ]
    .map((m) => `    ${m}\n`)
    .join('');
  inject('index.html', first(r.app), r.summary, noscriptCss + og, r.appPanels, r);
  inject('embed.html', first(r.embed), r.summary, noscriptCss, r.embedPanels, r);
  writeFileSync(
    join(DIST, 'noscript.css'),
    '/* Without JavaScript: controls that need a script are hidden; the map picture, legend and table stay. */\n' +
      '.cl-prompt, .cl-article-toggle, .cl-topbar nav button, .cl-download, .leaflet-control-container { display: none !important; }\n' +
      '.cl-noscript { padding: 0 16px 16px; }\n' +
      '.cl-static-table { border-collapse: collapse; margin: 8px 0 16px; }\n' +
      '.cl-static-table th, .cl-static-table td { text-align: left; border-bottom: 1px solid var(--cl-line, #d5d0c6); padding: 4px 12px 4px 0; vertical-align: top; }\n' +
      '.cl-static-table caption { text-align: left; font-weight: 600; }\n',
  );
  console.log(`prerender: first view written into dist/index.html (${(r.app.length / 1024).toFixed(1)} KB) and dist/embed.html (${(r.embed.length / 1024).toFixed(1)} KB)`);
} finally {
  await vite.close();
}
