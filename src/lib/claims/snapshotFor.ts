/**
 * The snapshot in force on a day: the latest entry of a date-sorted control
 * index whose date is on or before that day, or null when the day precedes the
 * series. Pure; the index is `geodata/conflicts/ua/control/index.json`.
 */
export type DatedEntry = { date: string };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function snapshotFor<T extends DatedEntry>(index: readonly T[], day: string): T | null {
  if (!ISO_DATE.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`))) throw new Error(`not a date (YYYY-MM-DD): ${JSON.stringify(day)}`);
  // Binary search for the last entry with date <= day (ISO dates sort as strings).
  let lo = 0;
  let hi = index.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (index[mid]!.date <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? null : index[lo - 1]!;
}
