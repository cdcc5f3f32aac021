/**
 * The geodata a picture is drawn from, read from the repository for Node
 * callers (the render CLI, the og:image script, the bench). The control layer
 * for a day is the latest snapshot dated on or before it: from
 * a profile's control/index.json when the dated series exists, else its single
 * layer control.geojson with shares.json. A snapshot's shares are its date's
 * entry in control/shares.json (`dates[date][region]`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import { decodeRegions, type DecodedRegions } from '../lib/geo/decodeRegions.ts';
import type { BaseLabels } from '../lib/geo/mapLabels.ts';
import type { Claims, ClaimsFile } from '../lib/claims/claimsSchema.ts';
import { conflictWords, useConflictWords } from '../lib/conflict/words.ts';
import { regionIdsOf } from '../lib/conflict/loadProfile.ts';
import { conflictDir, DEFAULT_CONFLICT, readClaims, readProfile } from './conflicts.ts';
import type { SharesInput } from '../lib/claims/regionSummary.ts';
import type { SourceRef } from '../lib/claims/sourceRef.ts';
import { parseControlIndex, parseSeriesShares } from '../lib/claims/controlSeriesSchema.ts';
import { seriesSharesOn } from '../lib/claims/seriesSharesOn.ts';
import { snapshotFor } from '../lib/claims/snapshotFor.ts';
import type { RenderControl } from '../lib/render/renderMap.ts';

export { ROOT } from './conflicts.ts';
const GEO = conflictDir(DEFAULT_CONFLICT);

export type RenderData = { regions: DecodedRegions; claims: Claims; baseLabels: BaseLabels };

/** The directory of a profile's built data. */
export const geoDir = (conflict: string = DEFAULT_CONFLICT): string => conflictDir(conflict);

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

/** A profile's regions, claims (validated) and base labels; its party names become the strings' words. */
export function loadRenderData(conflict: string = DEFAULT_CONFLICT): RenderData {
  const profile = readProfile(conflict);
  const geo = conflictDir(conflict);
  const claims = readClaims(profile);
  useConflictWords(conflictWords(profile, (readJson(join(geo, 'claims.json')) as ClaimsFile).parties));
  return {
    regions: decodeRegions(readJson(join(geo, 'regions.topo.json')) as Topology, profile),
    claims,
    baseLabels: readJson(join(geo, 'src', 'baseLabels.json')) as BaseLabels,
  };
}

/** The region ids of the profile whose data is in `geo` (its names.json; the default profile's for a bare data folder). */
function regionIdsIn(geo: string): string[] {
  const names = join(geo, 'src', 'names.json');
  return regionIdsOf(readJson(existsSync(names) ? names : join(conflictDir(DEFAULT_CONFLICT), 'src', 'names.json')));
}

type Snapshot = { date: string; file: string; shares: SharesInput | null };

/** Fails with the schema's messages, naming the file. */
function parsed<T>(r: { ok: true; value: T } | { ok: false; errors: string[] }): T {
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.value;
}

function snapshots(geo: string): { list: Snapshot[]; dir: string } {
  const dir = join(geo, 'control');
  if (existsSync(join(dir, 'index.json'))) {
    const index = parsed(parseControlIndex(readJson(join(dir, 'index.json')), join(dir, 'index.json')));
    const sharesFile = join(dir, 'shares.json');
    const series = existsSync(sharesFile) ? parsed(parseSeriesShares(readJson(sharesFile), sharesFile, regionIdsIn(geo))) : null;
    return { list: index.map((e) => ({ date: e.date, file: e.file, shares: series ? seriesSharesOn(series, e.date) : null })), dir };
  }
  const shares = readJson(join(geo, 'shares.json')) as SharesInput & { date: string };
  return { list: [{ date: shares.date, file: 'control.geojson', shares }], dir: geo };
}

/** The dates of the control snapshots available, sorted. */
export function controlDates(geo = GEO): string[] {
  return snapshots(geo).list.map((s) => s.date);
}

/**
 * The control layer in force on `date` (the latest snapshot dated on or
 * before it), or the earliest one when `date` precedes them all, flagged so
 * the caller can say so; the latest when `date` is null.
 */
export function controlOn(date: string | null, geo = GEO): { control: RenderControl; inForce: boolean } {
  const { list, dir } = snapshots(geo);
  if (list.length === 0) throw new Error('no control snapshots in geodata/');
  const inForce = date ? snapshotFor(list, date) : list.at(-1)!;
  const snap = inForce ?? list[0]!;
  const layer = readJson(join(dir, snap.file)) as FeatureCollection;
  const sources = layer.features.flatMap((f) => ((f.properties as { sources?: SourceRef[] } | null)?.sources ?? []));
  const seen = new Set<string>();
  const unique = sources.filter((s) => !seen.has(s.name + s.date) && seen.add(s.name + s.date));
  return { control: { layer, date: snap.date, shares: snap.shares, sources: unique }, inForce: inForce !== null };
}
