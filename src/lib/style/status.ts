/**
 * One status table drives both the map and the legend, so they cannot
 * disagree (the habit of Observable Plot's scales). Colours live in
 * src/components/theme.css under the class names given here.
 */
export type Status = 'held' | 'claimed' | 'ukraine' | 'neighbour';

export type StatusStyle = {
  status: Status;
  /** CSS class on map paths and legend swatches. */
  className: string;
  /** How the legend draws it: a plain fill, a hatch, or a dashed outline. */
  swatch: 'fill' | 'hatch' | 'line';
  label: { en: string; uk: string };
  /** Draw order: lower first. */
  order: number;
};

export const STATUS_STYLES: readonly StatusStyle[] = [
  {
    status: 'held', className: 'cl-held', swatch: 'fill', order: 3,
    label: { en: 'Held by Russia (approximate)', uk: 'Під контролем Росії (приблизно)' },
  },
  {
    status: 'claimed', className: 'cl-claimed', swatch: 'hatch', order: 2,
    label: { en: 'Claimed by Russia, held by Ukraine', uk: 'Претензії Росії, під контролем України' },
  },
  {
    status: 'ukraine', className: 'cl-ukraine', swatch: 'fill', order: 1,
    label: { en: 'Ukraine, not claimed by Russia', uk: 'Україна, на яку Росія не претендує' },
  },
  {
    status: 'neighbour', className: 'cl-neighbour', swatch: 'fill', order: 0,
    label: { en: 'Neighbouring country', uk: 'Сусідня країна' },
  },
] as const;

export function statusStyle(status: Status): StatusStyle {
  const s = STATUS_STYLES.find((x) => x.status === status);
  if (!s) throw new Error(`unknown status: ${status}`);
  return s;
}
