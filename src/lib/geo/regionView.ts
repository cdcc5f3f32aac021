/**
 * What every map shows for a region — its name, status (from the one status
 * table), whether it is hatched, and its accessible name — decided once, for
 * the live map and the static render alike (the rules StoryMap.svelte applies).
 */
import type { Story } from '../contract/story.ts';
import type { Claims } from '../claims/claimsSchema.ts';
import type { SharesInput } from '../claims/regionSummary.ts';
import { formatPercent } from '../claims/formatShare.ts';
import { t, type Lang } from '../i18n/strings.ts';
import { statusStyle, type Status } from '../style/status.ts';
import type { DecodedRegions, RegionFeature } from './decodeRegions.ts';

export type RegionView = {
  id: string;
  name: string;
  status: Status;
  /** Status class plus `cl-mentioned` when the story mentions the region. */
  className: string;
  hatched: boolean;
  mentions: number;
  /** Held share 0..1, or null when unknown or zero. */
  share: number | null;
  /** "Donetsk, claimed by <claimant>, ≈ 79 % held by <claimant>, 7 passages". */
  accessibleName: string;
};

export type RegionViewInputs = {
  regions: DecodedRegions;
  story: Pick<Story, 'mentions'>;
  shares: SharesInput | null;
  /** De jure claims; without them the story regions count as claimed. */
  claims?: Claims | null;
  lang: Lang;
};

export function regionName(f: RegionFeature | undefined, id: string, lang: Lang): string {
  if (!f) return id;
  return lang === 'uk' ? f.properties.name_uk : f.properties.name;
}

/** Whether the claimant disputes the region: claims it as annexed or recognises it as a separate state (a story region of `regions`). */
export function isClaimed(id: string, claims: Claims | null | undefined, regions: Pick<DecodedRegions, 'story'>): boolean {
  if (!regions.story.includes(id)) return false;
  const c = claims?.regions[id];
  // Annexed or recognised as a separate state: either way the claimant disputes the sovereign's hold.
  return c ? c.claimant.kind !== 'sovereignty' : true;
}

/** One view per region of `inputs.regions`, keyed by ISO 3166-2 code. */
export function regionViews(inputs: RegionViewInputs): Map<string, RegionView> {
  const { regions, story, shares, claims, lang } = inputs;
  const count = new Map<string, number>();
  for (const m of story.mentions) count.set(m.region, (count.get(m.region) ?? 0) + 1);
  const out = new Map<string, RegionView>();
  for (const f of regions.regions) {
    const id = f.properties.id;
    const status: Status = isClaimed(id, claims, regions) ? 'claimed' : 'sovereign';
    const mentions = count.get(id) ?? 0;
    const name = regionName(f, id, lang);
    const s = shares?.regions[id]?.share;
    const share = s === undefined || s === 0 ? null : s;
    const parts = [name];
    if (status === 'claimed') parts.push(t(lang, claims?.regions[id]?.claimant.kind === 'recognition' ? 'recognisedBy' : 'claimedBy'));
    if (share !== null) {
      const pct = formatPercent(share);
      parts.push(t(lang, 'heldShareShort', { pct: /^\d/.test(pct) ? `≈ ${pct}` : pct }));
    }
    if (mentions) parts.push(t(lang, 'mentions', { n: mentions }));
    out.set(id, {
      id,
      name,
      status,
      className: statusStyle(status).className + (mentions ? ' cl-mentioned' : ''),
      hatched: status === 'claimed',
      mentions,
      share,
      accessibleName: parts.join(', '),
    });
  }
  return out;
}
