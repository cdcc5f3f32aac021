import { z } from '../zod.ts';
import { IsoDateSchema, formatIssues } from './sourceRef.ts';

const Share = z.number().min(0, 'share below 0').max(1, 'share above 1');

/** geodata/conflicts/ua/shares.json: held share of each region, measured at build time from the control layer. */
export const SharesSchema = z.looseObject({
  date: IsoDateSchema,
  source: z.string().min(1),
  method: z.string().min(1),
  regions: z.record(
    z.string().regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/, { error: (i) => `unknown region id: ${String(i.input)}` }),
    z.strictObject({ name: z.string().min(1), heldKm2: z.number().min(0), areaKm2: z.number().positive(), share: Share }),
  ),
  total: z.strictObject({ heldKm2: z.number().min(0), areaKm2: z.number().positive(), share: Share }),
});

export type Shares = z.infer<typeof SharesSchema>;

/** With `regionIds` (the profile's regions), every region must have a share and no other may. */
export function parseShares(json: unknown, file = 'shares.json', regionIds?: readonly string[]): { ok: true; value: Shares } | { ok: false; errors: string[] } {
  const r = SharesSchema.safeParse(json);
  if (!r.success) return { ok: false, errors: formatIssues(file, r.error.issues) };
  const errors: string[] = [];
  if (regionIds) {
    for (const id of Object.keys(r.data.regions)) if (!regionIds.includes(id)) errors.push(`${file}: regions.${id}: unknown region id: ${id}`);
    for (const id of regionIds) if (!r.data.regions[id]) errors.push(`${file}: regions.${id}: missing`);
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: r.data };
}
