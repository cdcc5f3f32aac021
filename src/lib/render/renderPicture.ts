/**
 * The exported picture: the story's title and source, the map, the legend
 * (from the one status table), the control date marked approximate, the source
 * line and the attribution, in one self-contained SVG (no external fonts,
 * styles or images). Text is measured by estimate, since there is no DOM.
 */
import { formatDate, t } from '../i18n/strings.ts';
import { STATUS_STYLES } from '../style/status.ts';
import { PALETTES, type Palette } from '../style/palette.ts';
import { MAP_STROKES } from '../style/mapLayers.ts';
import { altText } from './altText.ts';
import { escapeXml as x } from './escapeXml.ts';
import { hatchPattern, mapLayers, mapViewFor, SVG_FONT_FAMILY, type RenderInput, type RenderMapOptions } from './renderMap.ts';

export type RenderPictureOptions = Pick<RenderMapOptions, 'bounds' | 'viewOptions' | 'idPrefix'> & {
  /** Picture width in px. */
  width: number;
  /** Picture height in px; the map takes what the text leaves. Default: the map is 0.62 × width. */
  height?: number;
};

export const MIN_WIDTH = 320;
export const MAX_WIDTH = 4000;

/** Average advance of a character, in em, for the sans-serif fonts the picture names (DejaVu Sans is the widest). */
const EM = { regular: 0.6, bold: 0.66 };

function textWidth(s: string, size: number, bold = false): number {
  return [...s].length * size * (bold ? EM.bold : EM.regular);
}

/** Greedy word wrap to `max` px; at most `lines` lines, the last cut with "…". */
export function wrap(s: string, max: number, size: number, lines = Infinity, bold = false): string[] {
  const words = s.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  const out: string[] = [];
  let cur = '';
  for (const w of words) {
    const next = cur ? `${cur} ${w}` : w;
    if (cur && textWidth(next, size, bold) > max) {
      out.push(cur);
      cur = w;
    } else cur = next;
  }
  if (cur) out.push(cur);
  // A single word longer than the line is cut by characters.
  const fitted = out.flatMap((line) => {
    const chunks: string[] = [];
    let rest = [...line];
    const per = Math.max(1, Math.floor(max / (size * (bold ? EM.bold : EM.regular))));
    while (rest.length > per) {
      chunks.push(rest.slice(0, per).join(''));
      rest = rest.slice(per);
    }
    chunks.push(rest.join(''));
    return chunks;
  });
  if (fitted.length <= lines) return fitted;
  const kept = fitted.slice(0, lines);
  const last = [...kept[lines - 1]!];
  while (last.length > 1 && textWidth(last.join('') + '…', size, bold) > max) last.pop();
  kept[lines - 1] = last.join('').trimEnd() + '…';
  return kept;
}

type Block = { height: number; draw: (y: number) => string };

function textBlock(lines: string[], size: number, fill: string, attrs: string, x0: number, lineHeight = 1.3): Block {
  const lh = Math.round(size * lineHeight);
  return {
    height: lines.length * lh,
    draw: (y) =>
      lines.map((l, i) => `<text x="${x0}" y="${y + i * lh + Math.round(size * 0.95)}" font-size="${size}" fill="${fill}"${attrs}>${x(l)}</text>`).join(''),
  };
}

function legendBlock(input: RenderInput, p: Palette, x0: number, maxW: number, size: number, hatchId: string): Block {
  const items = STATUS_STYLES.map((s) => ({ s, label: s.label[input.lang] }));
  const sw = 22, sh = 14, gap = 6, colGap = 16, lh = Math.max(sh, Math.round(size * 1.4)) + 4;
  const placed: { s: (typeof items)[number]['s']; label: string; x: number; row: number }[] = [];
  let cx = 0, row = 0;
  for (const it of items) {
    const w = sw + gap + textWidth(it.label, size);
    if (cx > 0 && cx + w > maxW) {
      row++;
      cx = 0;
    }
    placed.push({ ...it, x: cx, row });
    cx += w + colGap;
  }
  return {
    height: (row + 1) * lh,
    draw: (y) =>
      `<g class="cl-legend" role="list" aria-label="${x(t(input.lang, 'legendTitle'))}">` +
      placed
        .map(({ s, label, x: ix, row: r }) => {
          const gx = x0 + ix, gy = y + r * lh;
          const fill = s.swatch === 'hatch' ? `url(#${hatchId})` : s.status === 'held' ? p.held : s.status === 'ukraine' ? p.ukraine : p.neighbour;
          const stroke = s.swatch === 'hatch' ? p.claimedEdge : s.status === 'held' ? p.heldEdge : s.status === 'ukraine' ? p.ukraineEdge : p.neighbourEdge;
          const dash = s.status === 'held' ? ` stroke-dasharray="${MAP_STROKES.held.dashArray}"` : '';
          return (
            `<g role="listitem" data-status="${s.status}">` +
            `<rect class="cl-swatch ${s.className}" x="${gx + 1}" y="${gy + (lh - sh) / 2}" width="${sw - 2}" height="${sh - 2}" fill="${fill}" stroke="${stroke}"${dash}/>` +
            `<text x="${gx + sw + gap}" y="${gy + lh / 2}" dominant-baseline="central" font-size="${size}" fill="${p.fg}">${x(label)}</text></g>`
          );
        })
        .join('') +
      '</g>',
  };
}

/** The full picture as a standalone SVG document, with its alt text as the document's <title> and <desc>. */
export function renderPicture(input: RenderInput, options: RenderPictureOptions): string {
  const { width } = options;
  if (!Number.isInteger(width) || width < MIN_WIDTH || width > MAX_WIDTH) throw new Error(`width must be a whole number of px from ${MIN_WIDTH} to ${MAX_WIDTH}, got ${width}`);
  const p = PALETTES[input.theme ?? 'light'];
  const lang = input.lang;
  const prefix = options.idPrefix ?? 'cl-picture';
  const k = Math.min(1.6, Math.max(0.8, width / 900));
  const pad = Math.round(16 * k);
  const inner = width - pad * 2;
  const titleSize = Math.round(22 * k), metaSize = Math.round(13 * k), legendSize = Math.round(13 * k), smallSize = Math.round(11.5 * k);
  const font = ` font-family="${x(SVG_FONT_FAMILY)}"`;
  const { article } = input.story;

  const title = textBlock(wrap(article.title || '—', inner, titleSize, 3, true), titleSize, p.fg, ' font-weight="700" class="cl-picture-title"', pad, 1.2);
  const metaParts = [article.source, article.date ? formatDate(lang, article.date) : null].filter((v): v is string => !!v);
  const meta = metaParts.length ? textBlock(wrap(metaParts.join(' · '), inner, metaSize, 1), metaSize, p.muted, '', pad) : null;

  const legend = legendBlock(input, p, pad, inner, legendSize, `${prefix}-legend-hatch`);
  const notes: string[] = [];
  if (input.control.date) notes.push(t(lang, 'controlAsOf', { date: formatDate(lang, input.control.date) }));
  const noteBlock = textBlock(notes.flatMap((s) => wrap(s, inner, legendSize)), legendSize, p.muted, ' class="cl-picture-control"', pad);
  const sourceLine = article.source ? `${t(lang, 'source')}: ${[article.source, article.date ? formatDate(lang, article.date) : null, article.url].filter(Boolean).join(', ')}` : null;
  const controlSources = input.control.sources.length
    ? t(lang, 'controlSources', { list: input.control.sources.map((s) => `${s.name} (${formatDate(lang, s.date)})`).join('; ') })
    : null;
  const small = [sourceLine, t(lang, 'sources'), controlSources, t(lang, 'madeWith')].filter((s): s is string => !!s);
  const smallBlock = textBlock(small.flatMap((s) => wrap(s, inner, smallSize, 4)), smallSize, p.muted, ' class="cl-picture-attribution"', pad);

  const gap = Math.round(8 * k);
  const head = pad + title.height + (meta ? 4 + meta.height : 0) + gap;
  const foot = gap + legend.height + 4 + noteBlock.height + gap + smallBlock.height + pad;
  const mapH = options.height !== undefined ? options.height - head - foot : Math.round(width * 0.62);
  if (!(mapH >= 120)) throw new Error(`height ${options.height} leaves ${mapH} px for the map (needs at least 120 at width ${width})`);
  const height = head + mapH + foot;
  const view = mapViewFor(input.regions, width, mapH, options);

  const alt = altText(input.story, { regions: input.regions, claims: input.claims, shares: input.control.shares, controlDate: input.control.date, lang });
  let y = pad;
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="cl-picture" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${prefix}-title ${prefix}-desc"${font}>`,
    `<title id="${prefix}-title">${x(article.title)}</title><desc id="${prefix}-desc">${x(alt)}</desc>`,
    `<defs>${hatchPattern(`${prefix}-legend-hatch`, p)}</defs>`,
    `<rect width="${width}" height="${height}" fill="${p.bg}"/>`,
  );
  parts.push(title.draw(y));
  y += title.height;
  if (meta) {
    y += 4;
    parts.push(meta.draw(y));
    y += meta.height;
  }
  y += gap;
  // The map is a nested <svg>: it clips to its box and keeps Leaflet's pixel coordinates.
  parts.push(`<svg x="0" y="${y}" width="${width}" height="${mapH}" viewBox="0 0 ${width} ${mapH}" class="cl-static-map" role="group" aria-label="${x(t(lang, 'mapLabel'))}">`);
  parts.push(mapLayers(input, view, prefix, false));
  parts.push('</svg>');
  parts.push(`<rect x="0.5" y="${y + 0.5}" width="${width - 1}" height="${mapH - 1}" fill="none" stroke="${p.line}"/>`);
  y += mapH + gap;
  parts.push(legend.draw(y));
  y += legend.height + 4;
  parts.push(noteBlock.draw(y));
  y += noteBlock.height + gap;
  parts.push(smallBlock.draw(y));
  parts.push('</svg>');
  return parts.join('');
}
