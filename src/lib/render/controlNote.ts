/**
 * The sentence under the legend that says whose control line is shown and for
 * which day(s) — the text Legend.svelte shows, as one string for pictures:
 * Claimline's own layer is "approximate, drawn by Claimline"; a supplied layer
 * names its sources instead.
 */
import type { SourceRef } from '../claims/sourceRef.ts';
import { formatDate, t, type Lang } from '../i18n/strings.ts';

export type ControlNoteInput = {
  date: string | null;
  /** Earliest feature date of a layer whose features carry different dates. */
  dateFrom?: string | null;
  /** Supplied by the reader or embedder (`?control=`), not drawn by Claimline. */
  supplied?: boolean;
  sources: readonly SourceRef[];
};

export function controlNote(lang: Lang, control: ControlNoteInput): string | null {
  if (!control.date) return null;
  if (!control.supplied) return t(lang, 'controlAsOf', { date: formatDate(lang, control.date) });
  const when = control.dateFrom
    ? t(lang, 'controlAsOfRange', { from: formatDate(lang, control.dateFrom), to: formatDate(lang, control.date) })
    : t(lang, 'controlAsOfPlain', { date: formatDate(lang, control.date) });
  const names = [...new Set(control.sources.map((s) => s.name))].join('; ');
  return `${when} ${names ? `${t(lang, 'suppliedLayer')} ${names}.` : t(lang, 'suppliedLayerNoSource')}`;
}
