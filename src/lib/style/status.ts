/**
 * One status table drives both the map and the legend, so they cannot
 * disagree (the habit of Observable Plot's scales). Colours live in
 * src/components/theme.css under the class names given here; the words come
 * from the conflict profile's `statusLabels` (`statusLabel`).
 */
import type { Status } from '../conflict/profileSchema.ts';
import { statusWords } from '../conflict/words.ts';

export type { Status };

export type StatusStyle = {
  status: Status;
  /** CSS class on map paths and legend swatches. */
  className: string;
  /** How the legend draws it: a plain fill, a hatch, or a dashed outline. */
  swatch: 'fill' | 'hatch' | 'line';
  /** Draw order: lower first. */
  order: number;
};

export const STATUS_STYLES: readonly StatusStyle[] = [
  {
    status: 'held', className: 'cl-held', swatch: 'fill', order: 3,
  },
  {
    status: 'claimed', className: 'cl-claimed', swatch: 'hatch', order: 2,
  },
  {
    status: 'sovereign', className: 'cl-sovereign', swatch: 'fill', order: 1,
  },
  {
    status: 'neighbour', className: 'cl-neighbour', swatch: 'fill', order: 0,
  },
] as const;

/** A status's legend words for the conflict in view (the profile's `statusLabels`). */
export function statusLabel(status: Status, lang: 'en' | 'uk'): string {
  return statusWords(status, lang);
}

export function statusStyle(status: Status): StatusStyle {
  const s = STATUS_STYLES.find((x) => x.status === status);
  if (!s) throw new Error(`unknown status: ${status}`);
  return s;
}

/**
 * What a chosen position would change, drawn over the control layer: the same
 * table drives the position layer and its legend swatches. `pattern` names the
 * SVG pattern the map and the legend define (none: an outline only).
 */
export type PositionSide = 'ukraine-gives' | 'russia-gives' | 'zone';

export type PositionSideStyle = {
  side: PositionSide;
  className: string;
  swatch: 'hatch' | 'line';
  /** Hatch angle in degrees; ukraine-gives and russia-gives lean opposite ways so they differ without colour. */
  angle: number;
  /** Its legend label in the string catalogue (strings.ts). */
  labelKey: 'posLegendSovereign' | 'posLegendClaimant' | 'posLegendZone';
  order: number;
};

export const POSITION_SIDE_STYLES: readonly PositionSideStyle[] = [
  {
    side: 'ukraine-gives', className: 'cl-pos-ukraine-gives', swatch: 'hatch', angle: -45, order: 4,
    labelKey: 'posLegendSovereign',
  },
  {
    side: 'russia-gives', className: 'cl-pos-russia-gives', swatch: 'hatch', angle: 0, order: 5,
    labelKey: 'posLegendClaimant',
  },
  {
    side: 'zone', className: 'cl-pos-zone', swatch: 'line', angle: 0, order: 6,
    labelKey: 'posLegendZone',
  },
] as const;

export function positionSideStyle(side: PositionSide): PositionSideStyle {
  const s = POSITION_SIDE_STYLES.find((x) => x.side === side);
  if (!s) throw new Error(`unknown position side: ${side}`);
  return s;
}
