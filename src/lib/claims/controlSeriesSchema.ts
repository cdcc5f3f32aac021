import { z } from '../zod.ts';
import { IsoDateSchema, formatIssues } from './sourceRef.ts';

/**
 * The dated control series: `geodata/conflicts/ua/control/index.json` lists the snapshots
 * (one control layer each, validated by `parseControlLayer`) sorted by date;
 * `geodata/conflicts/ua/control/shares.json` holds the held share of every region on every
 * snapshot date, measured at build time.
 */
export const ControlIndexEntrySchema = z.looseObject({
  date: IsoDateSchema,
  file: z.string().regex(/^\d{4}-\d{2}-\d{2}\.geojson$/, 'expected a file name YYYY-MM-DD.geojson'),
  changes: z.array(z.string()).optional(),
  heldShare: z.number().min(0).max(1).optional(),
});

export const ControlIndexSchema = z
  .array(ControlIndexEntrySchema)
  .min(1, 'the control index has no snapshots')
  .superRefine((index, ctx) => {
    index.forEach((e, i) => {
      if (i > 0 && e.date <= index[i - 1]!.date) ctx.addIssue({ code: 'custom', path: [i, 'date'], message: `${e.date} does not follow ${index[i - 1]!.date}: the index must be sorted by date without repeats` });
    });
  });

const Share = z.number().min(0, 'share below 0').max(1, 'share above 1');

export const SeriesSharesSchema = z.looseObject({
  method: z.string().min(1),
  dates: z.record(
    IsoDateSchema,
    z.record(z.string(), Share),
  ),
});

export type ControlIndexEntry = z.infer<typeof ControlIndexEntrySchema>;
export type ControlIndex = z.infer<typeof ControlIndexSchema>;
export type SeriesShares = z.infer<typeof SeriesSharesSchema>;

type Result<T> = { ok: true; value: T } | { ok: false; errors: string[] };

export function parseControlIndex(json: unknown, file = 'control/index.json'): Result<ControlIndex> {
  const r = ControlIndexSchema.safeParse(json);
  return r.success ? { ok: true, value: r.data } : { ok: false, errors: formatIssues(file, r.error.issues) };
}

/** With `regionIds` (the profile's regions), every date must give every region's share. */
export function parseSeriesShares(json: unknown, file = 'control/shares.json', regionIds?: readonly string[]): Result<SeriesShares> {
  const r = SeriesSharesSchema.safeParse(json);
  if (!r.success) return { ok: false, errors: formatIssues(file, r.error.issues) };
  const errors: string[] = [];
  for (const [date, shares] of Object.entries(r.data.dates)) for (const id of [...(regionIds ?? []), 'total']) if (!(id in shares)) errors.push(`${file}: dates.${date}.${id}: missing share for ${id}`);
  return errors.length ? { ok: false, errors: errors.slice(0, 20) } : { ok: true, value: r.data };
}
