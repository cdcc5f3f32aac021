/**
 * Where days sit on the time slider's track, whose steps are the snapshots
 * (evenly spaced, whatever their dates), and the marks of dated events on it.
 * Pure; `dates` are the series' snapshot dates, sorted.
 */
import { snapshotFor } from './snapshotFor.ts';

const time = (d: string) => Date.parse(`${d}T00:00:00Z`);

/**
 * A day's place on the track, 0 (first snapshot) to 1 (last): between the
 * steps of the snapshots around it, in proportion to its date. Null before the
 * series; a day after the last snapshot sits at 1.
 */
export function trackFraction(dates: readonly string[], day: string): number | null {
  const at = snapshotFor(dates.map((date) => ({ date })), day);
  if (!at || dates.length < 2) return at ? 0 : null;
  const i = dates.indexOf(at.date);
  const next = dates[i + 1];
  const within = next ? (time(day) - time(at.date)) / (time(next) - time(at.date)) : 0;
  return (i + within) / (dates.length - 1);
}

export type TrackMark<E> = {
  /** Place on the track, 0..1 (the first event's). */
  at: number;
  /** The snapshot in force on the first event's day: where the mark takes the slider. */
  snapshot: string;
  events: E[];
};

/**
 * Dated events as marks on the track: events closer than `minGap` (a fraction
 * of the track) share one mark, so every mark stays a target of its own.
 * Events before the series are left out.
 */
export function trackMarks<E extends { date: string }>(dates: readonly string[], events: readonly E[], minGap = 0.04): TrackMark<E>[] {
  const marks: TrackMark<E>[] = [];
  for (const e of [...events].sort((a, b) => a.date.localeCompare(b.date))) {
    const at = trackFraction(dates, e.date);
    if (at === null) continue;
    const last = marks.at(-1);
    if (last && at - last.at < minGap) last.events.push(e);
    else marks.push({ at, snapshot: snapshotFor(dates.map((date) => ({ date })), e.date)!.date, events: [e] });
  }
  return marks;
}
