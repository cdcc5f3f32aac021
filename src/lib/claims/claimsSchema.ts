import { z } from '../zod.ts';
import { STORY_REGIONS, type StoryRegionId } from '../geo/regionIds.ts';
import { IsoDateSchema, SourceRefSchema, formatIssues } from './sourceRef.ts';

export const PARTIES = ['ukraine', 'russia'] as const;
export type Party = (typeof PARTIES)[number];

const Text = z.strictObject({ en: z.string().trim().min(1), uk: z.string().trim().min(1) });

/** One party's de jure position on one region, with its basis, date and sources. */
export const PositionSchema = z.strictObject({
  /** `sovereignty`: the state's own territory; `annexation-claim`: claimed as annexed. */
  kind: z.enum(['sovereignty', 'annexation-claim']),
  /** One line for the UI. */
  text: Text,
  /** The legal or political act the position rests on. */
  basis: z.string().trim().min(1),
  /** When the position took its present form (the act's date). */
  date: IsoDateSchema,
  /** What the claim covers, e.g. "the full administrative borders of the oblast, including land Russia does not hold". */
  scope: z.string().trim().min(1).optional(),
  sources: z.array(SourceRefSchema).min(1, 'a position must cite at least one source'),
});

export const RegionClaimsSchema = z.strictObject(
  { ukraine: PositionSchema, russia: PositionSchema },
  { error: (i) => (i.input === undefined ? 'missing: every story region needs both parties\' positions' : undefined) },
);

export const ClaimsSchema = z
  .strictObject({
    version: z.literal(1),
    _about: z.string().optional(),
    parties: z.strictObject({
      ukraine: z.strictObject({ name: Text }),
      russia: z.strictObject({ name: Text }),
    }),
    regions: z.record(z.enum(STORY_REGIONS, { error: (i) => `unknown region id: ${String(i.input)}` }), RegionClaimsSchema),
  })
  .superRefine((c, ctx) => {
    for (const id of STORY_REGIONS) if (!c.regions[id]) ctx.addIssue({ code: 'custom', path: ['regions', id], message: `missing story region ${id}` });
  });

export type Position = z.infer<typeof PositionSchema>;
export type RegionClaims = z.infer<typeof RegionClaimsSchema>;
export type Claims = Omit<z.infer<typeof ClaimsSchema>, 'regions'> & { regions: Record<StoryRegionId, RegionClaims> };

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** Validates a claims document; errors read `geodata/claims.json: regions.UA-14.russia.date: expected a date …`. */
export function parseClaims(json: unknown, file = 'claims.json'): ParseResult<Claims> {
  const r = ClaimsSchema.safeParse(json);
  return r.success ? { ok: true, value: r.data as Claims } : { ok: false, errors: formatIssues(file, r.error.issues) };
}
