import { z } from '../zod.ts';
import { UKRAINE_REGIONS } from '../geo/regionIds.ts';
import { IsoDateSchema, formatIssues } from './sourceRef.ts';

const Share = z.number().min(0, 'share below 0').max(1, 'share above 1');

/** geodata/conflicts/ua/shares.json: held share of each region, measured at build time from the control layer. */
export const SharesSchema = z.looseObject({
  date: IsoDateSchema,
  source: z.string().min(1),
  method: z.string().min(1),
  regions: z.record(
    z.enum(UKRAINE_REGIONS, { error: (i) => `unknown region id: ${String(i.input)}` }),
    z.strictObject({ name: z.string().min(1), heldKm2: z.number().min(0), areaKm2: z.number().positive(), share: Share }),
  ),
  total: z.strictObject({ heldKm2: z.number().min(0), areaKm2: z.number().positive(), share: Share }),
});

export type Shares = z.infer<typeof SharesSchema>;

export function parseShares(json: unknown, file = 'shares.json'): { ok: true; value: Shares } | { ok: false; errors: string[] } {
  const r = SharesSchema.safeParse(json);
  return r.success ? { ok: true, value: r.data } : { ok: false, errors: formatIssues(file, r.error.issues) };
}
