/**
 * Which snapshot of the dated control series a story opens on: the one in
 * force on its article date. When the story has no date, or its date falls
 * before the first snapshot or more than `maxDaysAfter` days after the last,
 * there is none, and the reason is returned so the map can say so in words.
 * Pure; the dates are the series' snapshot dates, sorted.
 */
import { snapshotFor } from './snapshotFor.ts';

export type StorySnapshot =
  | { kind: 'in-force'; date: string }
  | { kind: 'no-date' }
  | { kind: 'before'; first: string }
  | { kind: 'after'; last: string };

const DAY_MS = 86_400_000;
const days = (from: string, to: string) => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS;

export function storySnapshot(dates: readonly string[], articleDate: string | null, maxDaysAfter = 31): StorySnapshot {
  if (dates.length === 0) throw new Error('the control series has no snapshots');
  if (!articleDate) return { kind: 'no-date' };
  const entry = snapshotFor(dates.map((date) => ({ date })), articleDate);
  if (!entry) return { kind: 'before', first: dates[0]! };
  const last = dates.at(-1)!;
  if (days(last, articleDate) > maxDaysAfter) return { kind: 'after', last };
  return { kind: 'in-force', date: entry.date };
}
