/**
 * The exported picture: the story's title and source, the map, the legend
 * (from the one status table), the control date marked approximate, the source
 * line and the attribution, in one self-contained SVG (no external fonts,
 * styles or images). Text is measured by estimate, since there is no DOM.
 */
import { formatDate, t } from '../i18n/strings.ts';
import { POSITION_SIDE_STYLES, STATUS_STYLES, statusLabel } from '../style/status.ts';
import { placeViews } from '../geo/placeViews.ts';
import { PALETTES, POSITION_PALETTES, type Palette } from '../style/palette.ts';
import { MAP_STROKES } from '../style/mapLayers.ts';
import { altText } from './altText.ts';
import { controlNote } from './controlNote.ts';
import { escapeXml as x } from './escapeXml.ts';
import { hatchPattern, mapLayers, mapViewFor, positionPattern, positionSidePaint, SVG_FONT_FAMILY, type RenderInput, type RenderMapOptions } from './renderMap.ts';

export type RenderPictureOptions = Pick<RenderMapOptions, 'bounds' | 'viewOptions' | 'idPrefix'> & {
  /** Picture width in px. */
  width: number;
  /** Picture height in px; the map takes what the text leaves. Default: the map is 0.62 × width. */
  height?: number;
  /** Shorter credits (each source by name and date, in one paragraph), for social cards. */
  compact?: boolean;
  /** Text above and below the map (default), or the map left and the text in a column on the right. */
  layout?: 'stacked' | 'side';
};

/** A size or layout the picture cannot be drawn in (the caller's option, not the story, is at fault). */
export class LayoutError extends Error {}

export const MIN_WIDTH = 320;
export const MAX_WIDTH = 4000;

/** Average advance of a character, in em, for the sans-serif fonts the picture names (DejaVu Sans is the widest). */
const EM = { regular: 0.57, bold: 0.64 };

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
  type Item = { s: { status: string; className: string; swatch: string }; label: string; fill?: string; stroke?: string; dash?: string; dot?: boolean };
  const items: Item[] = STATUS_STYLES.map((s) => ({ s, label: statusLabel(s.status, input.lang) }));
  // The chosen position's sides that are drawn, after the statuses, as the live legend lists them.
  if (input.position) {
    const pp = POSITION_PALETTES[input.theme ?? 'light'];
    const sides = new Set(input.position.pieces.features.map((f) => f.properties.side));
    for (const st of POSITION_SIDE_STYLES.filter((x) => sides.has(x.side))) {
      const c = positionSidePaint(st.side, pp);
      items.push({
        s: { status: `position-${st.side}`, className: st.className, swatch: st.swatch },
        label: t(input.lang, st.labelKey),
        fill: st.swatch === 'hatch' ? `url(#${hatchId}-pos-${st.side})` : 'none',
        stroke: c.edge,
        dash: st.swatch === 'hatch' ? '' : ' stroke-dasharray="2 3"',
      });
    }
  }
  // The places the article names, as the live legend lists them when the map draws any.
  if (placeViews({ story: input.story, control: null, date: null, lang: input.lang }).length > 0) {
    items.push({ s: { status: 'place-held', className: 'cl-static-place--held', swatch: 'dot' }, label: `${t(input.lang, 'placeLegendTitle')} ${t(input.lang, 'placeLegendHeldShort')}`, fill: p.heldEdge, stroke: p.heldEdge, dot: true });
    items.push({ s: { status: 'place-not-held', className: 'cl-static-place', swatch: 'dot' }, label: `${t(input.lang, 'placeLegendTitle')} ${t(input.lang, 'placeLegendNotHeldShort')}`, fill: p.bg, stroke: p.fg, dot: true });
  }
  const sw = 22, sh = 14, gap = 6, colGap = 16, lh = Math.max(sh, Math.round(size * 1.4)) + 4;
  const placed: (Item & { x: number; row: number })[] = [];
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
      `<g class="cl-picture-legend" role="list" aria-label="${x(t(input.lang, 'legendTitle'))}">` +
      placed
        .map((own) => {
          const { s, label, x: ix, row: r } = own;
          const gx = x0 + ix, gy = y + r * lh;
          const fill = own.fill ?? (s.swatch === 'hatch' ? `url(#${hatchId})` : s.status === 'held' ? p.held : s.status === 'sovereign' ? p.sovereign : p.neighbour);
          const stroke = own.stroke ?? (s.swatch === 'hatch' ? p.claimedEdge : s.status === 'held' ? p.heldEdge : s.status === 'sovereign' ? p.sovereignEdge : p.neighbourEdge);
          const dash = own.dash ?? (s.status === 'held' ? ` stroke-dasharray="${MAP_STROKES.held.dashArray}"` : '');
          return (
            `<g role="listitem" data-status="${s.status}">` +
            (own.dot
              ? `<circle class="cl-swatch ${s.className}" cx="${gx + sw / 2}" cy="${gy + lh / 2}" r="4" fill="${fill}" stroke="${stroke}" stroke-width="2"/>`
              : `<rect class="cl-swatch ${s.className}" x="${gx + 1}" y="${gy + (lh - sh) / 2}" width="${sw - 2}" height="${sh - 2}" fill="${fill}" stroke="${stroke}"${dash}/>`) +
            `<text x="${gx + sw + gap}" y="${gy + lh / 2}" dominant-baseline="central" font-size="${size}" fill="${p.fg}">${x(label)}</text></g>`
          );
        })
        .join('') +
      '</g>',
  };
}

type Column = { title: Block; meta: Block | null; legend: Block; note: Block; credits: Block; gap: number };

/** The picture's text, laid out for a column at `x0`, `w` px wide, with type scaled by `k`. */
function column(input: RenderInput, options: RenderPictureOptions, p: Palette, prefix: string, x0: number, w: number, k: number): Column {
  const { lang } = input;
  const { article } = input.story;
  const compact = options.compact === true;
  const titleSize = Math.round(22 * k), metaSize = Math.round(13 * k), legendSize = Math.round((compact ? 12 : 13) * k), smallSize = Math.round(11.5 * k);
  const title = textBlock(wrap(article.title || '—', w, titleSize, compact ? 4 : 3, true), titleSize, p.fg, ' font-weight="700" class="cl-picture-title"', x0, 1.2);
  const metaParts = [article.source, article.date ? formatDate(lang, article.date) : null].filter((v): v is string => !!v);
  const meta = metaParts.length ? textBlock(wrap(metaParts.join(' · '), w, metaSize, 1), metaSize, p.muted, '', x0) : null;
  const legend = legendBlock(input, p, x0, w, legendSize, `${prefix}-legend-hatch`);
  const noteText = controlNote(lang, input.control);
  const notes = [input.position ? t(lang, 'picturePosition', { name: input.position.name }) : null, noteText].filter((v): v is string => !!v);
  const note = textBlock(notes.flatMap((s) => wrap(s, w, legendSize)), legendSize, p.muted, ' class="cl-picture-control"', x0);
  const sourceLine = article.source ? `${t(lang, 'source')}: ${[article.source, article.date ? formatDate(lang, article.date) : null, article.url].filter(Boolean).join(', ')}` : null;
  // Compact credits name each source without its description ("Institute for the Study of War (27 Nov 2025)").
  const sourceName = (name: string) => (compact ? name.split(/, | \(/)[0]! : name);
  const controlSources = input.control.sources.length
    ? t(lang, 'controlSources', { list: input.control.sources.map((s) => `${sourceName(s.name)} (${formatDate(lang, s.date)})`).join('; ') })
    : null;
  const lines = compact
    ? [[sourceLine ? `${sourceLine}.` : null, t(lang, 'sources'), controlSources].filter(Boolean).join(' ')]
    : [sourceLine, t(lang, 'sources'), controlSources, t(lang, 'madeWith')].filter((s): s is string => !!s);
  const credits = textBlock(lines.flatMap((s) => wrap(s, w, smallSize, compact ? 6 : 4)), smallSize, p.muted, ' class="cl-picture-attribution"', x0);
  return { title, meta, legend, note, credits, gap: Math.round(8 * k) };
}

/**
 * The full picture as a standalone SVG document, with its alt text as the
 * document's <title> and <desc>. `layout: 'stacked'` (default) puts the title
 * above the map and the legend and credits below it; `'side'` (needs a height;
 * for social cards) puts the map on the left and the text in a column on the right.
 */
export function renderPicture(input: RenderInput, options: RenderPictureOptions): string {
  const { width } = options;
  if (!Number.isInteger(width) || width < MIN_WIDTH || width > MAX_WIDTH) throw new LayoutError(`width must be a whole number of px from ${MIN_WIDTH} to ${MAX_WIDTH}, got ${width}`);
  const side = options.layout === 'side';
  if (side && options.height === undefined) throw new LayoutError('layout "side" needs a height');
  const p = PALETTES[input.theme ?? 'light'];
  const lang = input.lang;
  const prefix = options.idPrefix ?? 'cl-picture';
  const k = Math.min(1.6, Math.max(0.8, width / 900)) * (side ? 0.8 : 1);
  const pad = Math.round(16 * k);
  const mapW = side ? Math.round(width * 0.6) : width;
  const colX = side ? mapW + pad : pad;
  const col = column(input, options, p, prefix, colX, side ? width - mapW - 2 * pad : width - 2 * pad, k);
  const { title, meta, legend, note, credits, gap } = col;

  const headH = pad + title.height + (meta ? 4 + meta.height : 0) + gap;
  const footH = gap + legend.height + 4 + note.height + gap + credits.height + pad;
  let height: number, mapH: number, mapY: number;
  if (side) {
    height = options.height!;
    mapH = height;
    mapY = 0;
    if (headH + footH > height) throw new LayoutError(`height ${height} is too small for the text column (needs ${headH + footH} px at width ${width})`);
  } else {
    mapH = options.height !== undefined ? options.height - headH - footH : Math.round(width * 0.62);
    if (!(mapH >= 120)) throw new LayoutError(`height ${options.height} leaves ${mapH} px for the map (needs at least 120 at width ${width})`);
    height = headH + mapH + footH;
    mapY = headH;
  }
  const view = mapViewFor(input.regions, mapW, mapH, options);
  const alt = altText(input.story, { regions: input.regions, claims: input.claims, shares: input.control.shares, controlDate: input.control.date, lang });

  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="cl-picture" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${prefix}-title ${prefix}-desc" font-family="${x(SVG_FONT_FAMILY)}">`,
    `<title id="${prefix}-title">${x(input.story.article.title)}</title><desc id="${prefix}-desc">${x(alt)}</desc>`,
    `<defs>${hatchPattern(`${prefix}-legend-hatch`, p)}${input.position ? POSITION_SIDE_STYLES.filter((st) => st.swatch === 'hatch').map((st) => positionPattern(`${prefix}-legend-hatch-pos-${st.side}`, st.side, POSITION_PALETTES[input.theme ?? 'light'])).join('') : ''}</defs>`,
    `<rect width="${width}" height="${height}" fill="${p.bg}"/>`,
    // The map is a nested <svg>: it clips to its box and keeps Leaflet's pixel coordinates.
    `<svg x="0" y="${mapY}" width="${mapW}" height="${mapH}" viewBox="0 0 ${mapW} ${mapH}" class="cl-static-map" role="group" aria-label="${x(t(lang, 'mapLabel'))}">`,
    mapLayers(input, view, prefix, false),
    '</svg>',
    `<rect x="0.5" y="${mapY + 0.5}" width="${mapW - 1}" height="${mapH - 1}" fill="none" stroke="${p.line}"/>`,
  ];
  let y = pad;
  parts.push(title.draw(y));
  y += title.height;
  if (meta) {
    parts.push(meta.draw(y + 4));
    y += 4 + meta.height;
  }
  y = side ? y + gap * 2 : mapY + mapH + gap;
  parts.push(legend.draw(y));
  y += legend.height + 4;
  parts.push(note.draw(y));
  y += note.height + gap;
  // In the side layout the credits sit at the foot of the column.
  parts.push(credits.draw(side ? height - pad - credits.height : y));
  parts.push('</svg>');
  return parts.join('');
}
