/**
 * The map as one SVG string, drawn in the view Leaflet opens on (same
 * projection, same pixels, same path data, same classes and DOM hooks), for
 * the static first paint, exports and the CLI. Pure: no DOM, no Leaflet.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Story } from '../contract/story.ts';
import type { Claims } from '../claims/claimsSchema.ts';
import type { SharesInput } from '../claims/regionSummary.ts';
import type { SourceRef } from '../claims/sourceRef.ts';
import type { DecodedRegions, RegionFeature } from '../geo/decodeRegions.ts';
import { fitBoundsView, viewOptionsFor, toPixel, type LatLngBoundsLike, type MapView, type MapViewOptions } from '../geo/leafletView.ts';
import { mapLabels, type BaseLabels } from '../geo/mapLabels.ts';
import { regionViews } from '../geo/regionView.ts';
import { placeViews, type PlaceView } from '../geo/placeViews.ts';
import { layoutLabels, type LabelLayout } from '../geo/labelLayout.ts';
import { storyBounds } from '../geo/storyBounds.ts';
import { t, type Lang } from '../i18n/strings.ts';
import { COUNTRY_LETTER_SPACING, HATCH, LABEL_FONT, MAP_STROKES, PLACE_MARK } from '../style/mapLayers.ts';
import { PALETTES, POSITION_PALETTES, type Palette, type PositionPalette, type Theme } from '../style/palette.ts';
import { POSITION_SIDE_STYLES, positionSideStyle, type PositionSide } from '../style/status.ts';
import { escapeXml as x } from './escapeXml.ts';
import { polygonPath as pathData, type PathOptions } from './pathData.ts';

/** The control layer shown, with its date, measured held shares and sources (the app's ControlData). */
export type RenderControl = {
  layer: FeatureCollection;
  date: string | null;
  /** Earliest feature date of a layer whose features carry different dates. */
  dateFrom?: string | null;
  shares: SharesInput | null;
  sources: readonly SourceRef[];
  /** Supplied by the reader or embedder (`?control=`), not drawn by Claimline. */
  supplied?: boolean;
};

/** A position drawn over the line (issue 16): what would change hands, as the live map's positions layer draws it. */
export type RenderPosition = {
  id: string;
  /** Its name as the legend gives it, e.g. "Russia's demand, 27 Nov 2025". */
  name: string;
  pieces: FeatureCollection<Polygon | MultiPolygon, { side: PositionSide; region: string }>;
};

/** Everything a picture is drawn from. */
export type RenderInput = {
  /** The position chosen on the map, if any. */
  position?: RenderPosition | null;
  story: Story;
  regions: DecodedRegions;
  control: RenderControl;
  claims: Claims | null;
  /** The profile's src/baseLabels.json */
  baseLabels: BaseLabels;
  lang: Lang;
  /** Region drawn as selected (outlined, aria-pressed). */
  selected?: string | null;
  /** Colours written into the SVG (a page's theme.css overrides them by class). Default light. */
  theme?: Theme;
};

export type RenderMapOptions = {
  /** The map container's size in CSS px (Leaflet's `map.getSize()`). */
  width: number;
  height: number;
  /** Prefix of ids inside the SVG (the hatch pattern), unique per page. Default "cl-static". */
  idPrefix?: string;
  /**
   * true: regions are buttons in the tab order (role="button", tabindex, aria-pressed),
   * as on the live map, for a page that wires clicks before Leaflet. false (default): a picture.
   */
  interactive?: boolean;
  /** The view to fit; default the story regions' box (storyBounds), as the app opens. */
  bounds?: LatLngBoundsLike;
  viewOptions?: MapViewOptions;
  /** Written as the picture's <desc> and linked as its description (the alt text: altText()). */
  description?: string;
  /**
   * How far beyond the view paths are drawn, as a share of its size; default Leaflet's renderer padding (0.5).
   * Larger for the build-time first view, which the page refits to the map's real box (src/early/early.ts).
   */
  clipPadding?: number;
};

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif";
export const SVG_FONT_FAMILY = FONT;

const n = (v: number) => String(Math.round(v * 100) / 100);

/** The view the app's map opens on for these regions in a width × height box. */
export function mapViewFor(regions: DecodedRegions, width: number, height: number, options: Pick<RenderMapOptions, 'bounds' | 'viewOptions'> = {}): MapView {
  return fitBoundsView(options.bounds ?? storyBounds(regions.regions), width, height, options.viewOptions ?? viewOptionsFor(regions.extent));
}

function path(attrs: Record<string, string | undefined>, inner = ''): string {
  const a = Object.entries(attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${x(v!)}"`)
    .join('');
  return inner ? `<path${a}>${inner}</path>` : `<path${a}/>`;
}

function polygons<P>(features: readonly Feature<Polygon | MultiPolygon | null, P>[] | FeatureCollection['features']): Feature<Polygon | MultiPolygon, P>[] {
  return (features as Feature<Polygon | MultiPolygon | null, P>[]).filter(
    (f): f is Feature<Polygon | MultiPolygon, P> => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon',
  );
}

/** The hatch pattern for "claimed, not held", as MapView.svelte makes it. */
export function hatchPattern(id: string, p: Palette): string {
  const s = HATCH.size;
  return (
    `<pattern id="${x(id)}" patternUnits="userSpaceOnUse" width="${s}" height="${s}" patternTransform="rotate(${HATCH.angle})">` +
    `<rect width="${s}" height="${s}" class="cl-hatch-bg" fill="${p.claimedBg}"/>` +
    `<rect width="${HATCH.lineWidth}" height="${s}" class="cl-hatch-line" fill="${p.claimedLine}"/></pattern>`
  );
}

/** Fill and edge of one side of a position, from the status table's styles and the positions' palette. */
export function positionSidePaint(side: PositionSide, pp: PositionPalette): { bg: string; line: string; edge: string } {
  if (side === 'ukraine-gives') return { bg: pp.uaBg, line: pp.uaLine, edge: pp.uaEdge };
  if (side === 'russia-gives') return { bg: pp.ruBg, line: pp.ruLine, edge: pp.ruEdge };
  return { bg: 'none', line: pp.zone, edge: pp.zone };
}

/** The hatch pattern of one side of a position, as PositionLayer.svelte makes it. */
export function positionPattern(id: string, side: PositionSide, pp: PositionPalette): string {
  const s = positionSideStyle(side);
  const c = positionSidePaint(side, pp);
  return (
    `<pattern id="${id}" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(${s.angle})">` +
    `<rect width="6" height="6" class="${s.className}-bg" fill="${c.bg}"/><rect width="2.5" height="6" class="${s.className}-line" fill="${c.line}"/></pattern>`
  );
}

/** What a position would change hands: hatched land each side would give up, zones as dotted outlines (drawn last). */
function positionLayer(position: RenderPosition, view: MapView, idPrefix: string, pp: PositionPalette): string {
  const patternId = (side: PositionSide) => `${idPrefix}-pos-${side}`;
  const defs = POSITION_SIDE_STYLES.filter((st) => st.swatch === 'hatch').map((st) => positionPattern(patternId(st.side), st.side, pp)).join('');
  const pieces = [...polygons(position.pieces.features)].sort((a, b) => positionSideStyle(a.properties.side).order - positionSideStyle(b.properties.side).order);
  const paths = pieces.map((f) => {
    const st = positionSideStyle(f.properties.side);
    const c = positionSidePaint(st.side, pp);
    const hatch = st.swatch === 'hatch';
    return path({
      class: `cl-pos ${st.className}`, 'data-position': position.id, 'data-side': st.side, 'data-piece-region': f.properties.region,
      d: pathData(f.geometry, view, MAP_STROKES.held), fill: hatch ? `url(#${patternId(st.side)})` : 'none', stroke: c.edge,
      'stroke-width': hatch ? '1.5' : '2.5', 'stroke-dasharray': hatch ? undefined : '2 4', 'stroke-linejoin': 'round', 'fill-rule': 'evenodd',
    });
  });
  return `<defs>${defs}</defs>${paths.join('')}`;
}

/**
 * Places the article names: a dot (filled when held on the line shown) and the name right or left of it, or no name
 * where it would sit on another label (`layout`; the title and accessible name stay), as the live map's PlaceLayer;
 * buttons (in the tab order after the regions) when the picture is interactive.
 */
function placeLayer(places: readonly PlaceView[], pixels: readonly [number, number][], layout: LabelLayout, p: Palette, interactive: boolean): string {
  if (places.length === 0) return '';
  const out = [`<g class="cl-static-places" font-family="${x(FONT)}" font-size="${LABEL_FONT.place}" font-weight="600" dominant-baseline="central">`];
  places.forEach((pl, i) => {
    const [px, py] = pixels[i]!;
    const held = pl.held === true;
    const side = layout.places.get(pl.key) ?? 'right';
    const text =
      side === 'hidden'
        ? ''
        : `<text class="cl-static-place-label" x="${n(side === 'left' ? px - PLACE_MARK.textOffset : px + PLACE_MARK.textOffset)}" y="${n(py)}"${side === 'left' ? ' text-anchor="end"' : ''} fill="${p.fg}" stroke="${p.bg}" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${x(pl.name)}</text>`;
    out.push(
      `<g class="cl-static-place${held ? ' cl-static-place--held' : ''}${side === 'right' ? '' : ` cl-static-place--${side === 'left' ? 'left' : 'label-hidden'}`}" data-place="${x(pl.key)}" data-held="${pl.held === null ? 'unknown' : String(pl.held)}"` +
        (interactive ? ' role="button" tabindex="0" aria-pressed="false"' : ' role="img"') +
        ` aria-label="${x(pl.accessibleName)}">` +
        `<title>${x(pl.accessibleName)}</title>` +
        `<circle class="cl-static-place-dot" cx="${n(px)}" cy="${n(py)}" r="4.5" fill="${held ? p.heldEdge : p.bg}" stroke="${held ? p.bg : p.fg}" stroke-width="${held ? '1.5' : '2'}"/>` +
        `${text}</g>`,
    );
  });
  out.push('</g>');
  return out.join('');
}

/**
 * The map's layers, without the outer <svg>: for nesting inside a larger picture. `clip`: how far beyond the view
 * paths are drawn, as a share of its size (Leaflet's renderer padding, 0.5, unless the picture will be refitted).
 */
export function mapLayers(input: RenderInput, view: MapView, idPrefix: string, interactive: boolean, clip?: number): string {
  const p = PALETTES[input.theme ?? 'light'];
  const polygonPath = (g: Polygon | MultiPolygon, v: MapView, o: PathOptions) => pathData(g, v, clip === undefined ? o : { ...o, rendererPadding: clip });
  const hatchId = `${idPrefix}-hatch`;
  const views = regionViews({ regions: input.regions, story: input.story, shares: input.control.shares, claims: input.claims, lang: input.lang });
  const selected = input.selected ?? null;
  const out: string[] = [];
  out.push(`<defs>${hatchPattern(hatchId, p)}</defs>`);
  out.push(`<rect class="cl-sea" width="${view.width}" height="${view.height}" fill="${p.sea}"/>`);

  // Neighbouring countries: quiet, hidden from assistive technology.
  out.push('<g aria-hidden="true">');
  for (const f of input.regions.countries) {
    out.push(path({ class: 'cl-neighbour', d: polygonPath(f.geometry, view, MAP_STROKES.neighbour), fill: p.neighbour, stroke: p.neighbourEdge, 'stroke-width': n(MAP_STROKES.neighbour.weight), 'stroke-linejoin': 'round', 'fill-rule': 'evenodd' }));
  }
  out.push('</g>');

  // Regions, story regions first (the live map's tab order).
  const rank = (f: RegionFeature) => {
    const i = input.regions.story.indexOf(f.properties.id);
    return i === -1 ? input.regions.story.length : i;
  };
  out.push(`<g class="cl-regions">`);
  for (const f of [...input.regions.regions].sort((a, b) => rank(a) - rank(b))) {
    const v = views.get(f.properties.id)!;
    const claimed = v.status === 'claimed';
    const attrs: Record<string, string | undefined> = {
      'data-region': v.id,
      class: `cl-region ${v.className}${v.id === selected ? ' cl-selected' : ''}`,
      d: polygonPath(f.geometry, view, MAP_STROKES.region),
      fill: v.hatched ? `url(#${hatchId})` : p.sovereign,
      stroke: claimed ? p.claimedEdge : p.sovereignEdge,
      'stroke-width': n(claimed ? MAP_STROKES.claimedRegion.weight : MAP_STROKES.region.weight),
      'stroke-linejoin': 'round',
      'fill-rule': 'evenodd',
      'aria-label': v.accessibleName,
    };
    if (interactive) Object.assign(attrs, { role: 'button', tabindex: '0', 'aria-pressed': String(v.id === selected) });
    else attrs.role = 'img';
    out.push(path(attrs, `<title>${x(v.accessibleName)}</title>`));
  }
  out.push('</g>');

  // Russian-held territory, over the regions; decorative (each region's name says its share).
  out.push('<g aria-hidden="true">');
  for (const f of polygons(input.control.layer.features)) {
    out.push(path({ class: 'cl-held', 'data-control': 'held', d: polygonPath(f.geometry, view, MAP_STROKES.held), fill: p.held, stroke: p.heldEdge, 'stroke-width': n(MAP_STROKES.held.weight), 'stroke-dasharray': MAP_STROKES.held.dashArray, 'stroke-linejoin': 'round', 'fill-rule': 'evenodd' }));
  }
  if (input.position) out.push(positionLayer(input.position, view, idPrefix, POSITION_PALETTES[input.theme ?? 'light']));
  // Region borders redrawn above the control layer.
  for (const f of input.regions.regions) {
    const story = f.properties.role !== 'base';
    const stroke = story ? MAP_STROKES.storyBorder : MAP_STROKES.border;
    out.push(path({ class: `cl-border${story ? ' cl-border--story' : ''}`, d: polygonPath(f.geometry, view, MAP_STROKES.border), fill: 'none', stroke: story ? p.claimedEdge : p.sovereignEdge, 'stroke-width': n(stroke.weight), 'stroke-linejoin': 'round' }));
  }
  const sel = selected ? input.regions.byId.get(selected) : undefined;
  if (sel) {
    out.push(path({ class: 'cl-outline cl-outline--selected', d: polygonPath(sel.geometry, view, MAP_STROKES.selected), fill: 'none', stroke: p.select, 'stroke-width': n(MAP_STROKES.selected.weight), 'stroke-linejoin': 'round' }));
  }
  out.push('</g>');

  // Labels: centred on their point, as Leaflet's divIcon with translate(-50%, -50%). Their own
  // class names: theme.css's .cl-label (position, CSS transform) is for the HTML labels and would move SVG text.
  // Which of them and of the places' names are drawn, and where: labelLayout, as the live map decides it.
  const labels = mapLabels(input.regions, input.baseLabels, input.lang).map((l) => ({ ...l, px: toPixel(view, l.at[0], l.at[1]) }));
  const places = placeViews({ story: input.story, control: input.control.layer, date: input.control.date, lang: input.lang, land: input.regions.regions });
  const placePx = places.map((pl) => toPixel(view, pl.lon, pl.lat));
  const layout = layoutLabels(
    labels.map((l) => ({ id: l.id, kind: l.kind, text: l.text, x: l.px[0], y: l.px[1] })),
    places.map((pl, i) => ({ key: pl.key, text: pl.name, x: placePx[i]![0], y: placePx[i]![1], passages: pl.passages.length })),
  );
  out.push(`<g class="cl-static-labels" aria-hidden="true" font-family="${x(FONT)}" text-anchor="middle" dominant-baseline="central">`);
  for (const l of labels) {
    if (layout.hiddenLabels.has(l.id)) continue;
    const [px, py] = l.px;
    const halo = l.kind === 'sea' ? '' : ` stroke="${p.bg}" stroke-width="3" stroke-linejoin="round" paint-order="stroke"`;
    const style =
      l.kind === 'region'
        ? ` font-size="${LABEL_FONT.region}" font-weight="600" fill="${p.fg}"`
        : l.kind === 'country'
          ? ` font-size="${LABEL_FONT.country}" font-weight="500" letter-spacing="${n(COUNTRY_LETTER_SPACING * LABEL_FONT.country)}" fill="${p.muted}"`
          : ` font-size="${LABEL_FONT.sea}" font-style="italic" fill="${p.muted}"`;
    const text = l.kind === 'country' ? l.text.toLocaleUpperCase(input.lang) : l.text;
    out.push(`<text class="cl-static-label cl-static-label--${l.kind}" x="${px}" y="${py}"${style}${halo}>${x(text)}</text>`);
  }
  out.push('</g>');
  out.push(placeLayer(places, placePx, layout, p, interactive));
  return out.join('');
}

/**
 * The map alone, `width` × `height`, in the view the app's Leaflet map opens on
 * in a container of that size: paths are `path[data-region]` with accessible names.
 */
export function renderMap(input: RenderInput, options: RenderMapOptions): string {
  const { width, height, idPrefix = 'cl-static', interactive = false } = options;
  const view = mapViewFor(input.regions, width, height, options);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="cl-static-map" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"` +
    ` role="group" aria-label="${x(t(input.lang, 'mapLabel'))}"${options.description ? ` aria-describedby="${x(idPrefix)}-desc"` : ''} data-zoom="${view.zoom}" data-center="${view.center[0].toFixed(5)},${view.center[1].toFixed(5)}">` +
    (options.description ? `<desc id="${x(idPrefix)}-desc">${x(options.description)}</desc>` : '') +
    mapLayers(input, view, idPrefix, interactive, options.clipPadding) +
    '</svg>'
  );
}
