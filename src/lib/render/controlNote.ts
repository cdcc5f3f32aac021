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

/**
 * The note in parts, so a page can isolate the sources for bidi (Legend.svelte)
 * and a picture can join them (controlNote): `when` says the day(s); for a
 * supplied layer `sources` names its sources ('' when it names none).
 */
export function controlNoteParts(lang: Lang, control: ControlNoteInput): { when: string; supplied: false } | { when: string; supplied: true; sources: string } | null {
  if (!control.date) return null;
  if (!control.supplied) return { when: t(lang, 'controlAsOf', { date: formatDate(lang, control.date) }), supplied: false };
  const when = control.dateFrom
    ? t(lang, 'controlAsOfRange', { from: formatDate(lang, control.dateFrom), to: formatDate(lang, control.date) })
    : t(lang, 'controlAsOfPlain', { date: formatDate(lang, control.date) });
  return { when, supplied: true, sources: [...new Set(control.sources.map((s) => s.name))].join('; ') };
}

export function controlNote(lang: Lang, control: ControlNoteInput): string | null {
  const n = controlNoteParts(lang, control);
  if (!n || !n.supplied) return n?.when ?? null;
  return `${n.when} ${n.sources ? `${t(lang, 'suppliedLayer')} ${n.sources}.` : t(lang, 'suppliedLayerNoSource')}`;
}
