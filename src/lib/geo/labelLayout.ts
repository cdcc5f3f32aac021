/**
 * Where the map's text goes so that no two labels sit on each other, for one view (decided from pixel positions
 * at its zoom): region labels always stay; each place's name goes right of its dot, else left of it, else is
 * hidden (the dot stays, with its accessible name), the places named in most passages first, then in order of
 * first mention; a name keeps off other places' dots, except those touching its own (one cluster of marks); a
 * quiet base label (country, sea) that would touch a region label, a place or an earlier base label is hidden.
 * Widths are estimated from the text (textWidth), so the live map and the picture agree.
 */
import { textWidth } from '../style/textWidth.ts';
import { COUNTRY_LETTER_SPACING, LABEL_FONT, PLACE_MARK } from '../style/mapLayers.ts';
import type { MapLabelKind } from './mapLabels.ts';

/** A map label at its pixel point (where its text is centred). */
export type LayoutLabel = { id: string; kind: MapLabelKind; text: string; x: number; y: number };
/** A place at its dot's pixel point; `passages`: how many passages name it. */
export type LayoutPlace = { key: string; text: string; x: number; y: number; passages: number };
export type PlaceSide = 'right' | 'left' | 'hidden';
export type LabelLayout = {
  /** Each place's key → where its name goes. */
  places: Map<string, PlaceSide>;
  /** Ids of base labels not drawn. */
  hiddenLabels: Set<string>;
};
/** A box in px: left, top, right, bottom. */
export type Box = { x0: number; y0: number; x1: number; y1: number };

/** Room kept around text for its halo (the 3 px stroke or text-shadow, half each side). */
const HALO = 1.5;
/** A line's height as a share of the font size: DejaVu Sans's ascent and descent (1.164 em), rounded up. */
const LINE = 1.2;

const fontOf = (kind: MapLabelKind) => LABEL_FONT[kind];

/** The box a map label's text covers, centred on its point (country labels in capitals, letter-spaced). */
export function labelBox(l: LayoutLabel): Box {
  const size = fontOf(l.kind);
  const w = l.kind === 'country' ? textWidth(l.text.toUpperCase(), size, COUNTRY_LETTER_SPACING) : textWidth(l.text, size);
  const h = size * LINE;
  return { x0: l.x - w / 2 - HALO, y0: l.y - h / 2 - HALO, x1: l.x + w / 2 + HALO, y1: l.y + h / 2 + HALO };
}

/** The box a place's name covers on `side` of its dot. */
export function placeTextBox(p: LayoutPlace, side: 'right' | 'left'): Box {
  const w = textWidth(p.text, LABEL_FONT.place);
  const h = LABEL_FONT.place * LINE;
  const y0 = p.y - h / 2 - HALO, y1 = p.y + h / 2 + HALO;
  return side === 'right'
    ? { x0: p.x + PLACE_MARK.textOffset - HALO, y0, x1: p.x + PLACE_MARK.textOffset + w + HALO, y1 }
    : { x0: p.x - PLACE_MARK.textOffset - w - HALO, y0, x1: p.x - PLACE_MARK.textOffset + HALO, y1 };
}

/** The box a place's dot covers, with its outline. */
export function dotBox(p: LayoutPlace): Box {
  const r = PLACE_MARK.dot / 2 + HALO;
  return { x0: p.x - r, y0: p.y - r, x1: p.x + r, y1: p.y + r };
}

export function boxesMeet(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

const meetsAny = (b: Box, boxes: readonly Box[]) => boxes.some((o) => boxesMeet(b, o));

/** `places` in order of first mention. Deterministic: the same input gives the same layout. */
export function layoutLabels(labels: readonly LayoutLabel[], places: readonly LayoutPlace[]): LabelLayout {
  for (const p of places) if (!Number.isFinite(p.x) || !Number.isFinite(p.y)) throw new Error(`place ${p.key}: no pixel position (${p.x}, ${p.y})`);
  for (const l of labels) if (!Number.isFinite(l.x) || !Number.isFinite(l.y)) throw new Error(`label ${l.id}: no pixel position (${l.x}, ${l.y})`);
  const regions = labels.filter((l) => l.kind === 'region').map(labelBox);
  const dots = places.map(dotBox);
  const texts: Box[] = [];
  const out: LabelLayout = { places: new Map(), hiddenLabels: new Set() };

  const order = places.map((p, i) => ({ p, i })).sort((a, b) => b.p.passages - a.p.passages || a.i - b.i);
  for (const { p, i } of order) {
    // Dots that touch this one make one mark with it: a name beside the cluster may cross them, or the place
    // named most would lose its name to its neighbours' dots.
    const others = dots.filter((d, j) => j !== i && !boxesMeet(d, dots[i]!));
    let side: PlaceSide = 'hidden';
    for (const s of ['right', 'left'] as const) {
      const box = placeTextBox(p, s);
      if (meetsAny(box, regions) || meetsAny(box, texts) || meetsAny(box, others)) continue;
      texts.push(box);
      side = s;
      break;
    }
    out.places.set(p.key, side);
  }

  const shown: Box[] = [];
  for (const l of labels) {
    if (l.kind === 'region') continue;
    const box = labelBox(l);
    if (meetsAny(box, regions) || meetsAny(box, texts) || meetsAny(box, dots) || meetsAny(box, shown)) out.hiddenLabels.add(l.id);
    else shown.push(box);
  }
  return out;
}
