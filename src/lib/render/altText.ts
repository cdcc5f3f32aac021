/**
 * The alt text of a map picture, generated from the story and the data:
 * "Map: <claimant> claims Donetsk, Luhansk, Kherson and Zaporizhzhia; it holds
 * about 79 %, 100 %, 75 % and 78 % of them as of 27 Nov 2025."
 */
import type { Story } from '../contract/story.ts';
import type { Claims } from '../claims/claimsSchema.ts';
import type { SharesInput } from '../claims/regionSummary.ts';
import { formatPercent } from '../claims/formatShare.ts';
import { isClaimed, regionName } from '../geo/regionView.ts';
import type { DecodedRegions } from '../geo/decodeRegions.ts';
import { formatDate, t, type Lang } from '../i18n/strings.ts';

export type AltTextInputs = {
  regions: DecodedRegions;
  claims: Claims | null;
  /** Held shares measured on the control layer shown, or null when unknown. */
  shares: SharesInput | null;
  /** Date of the control layer shown (YYYY-MM-DD), or null. */
  controlDate: string | null;
  lang: Lang;
};

const LIST_LOCALE: Record<Lang, string> = { en: 'en-GB', uk: 'uk' };

/**
 * The regions the picture is about: those the story mentions that the
 * claimant claims, in the canonical order; the focus regions when it mentions none.
 */
export function claimedStoryRegions(story: Pick<Story, 'mentions'>, claims: Claims | null, regions: Pick<DecodedRegions, 'story' | 'focus'>): string[] {
  const mentioned = new Set(story.mentions.map((m) => m.region));
  const ids = regions.story.filter((id) => mentioned.has(id) && isClaimed(id, claims, regions));
  return ids.length ? ids : regions.focus.filter((id) => isClaimed(id, claims, regions));
}

export function altText(story: Pick<Story, 'mentions'>, inputs: AltTextInputs): string {
  const { regions, claims, shares, controlDate, lang } = inputs;
  const list = new Intl.ListFormat(LIST_LOCALE[lang], { type: 'conjunction' });
  const ids = claimedStoryRegions(story, claims, regions);
  // A claimant that recognises the regions as states (Georgia's case) does not claim them for itself: say which.
  const recognised = ids.length > 0 && ids.every((id) => claims?.regions[id]?.claimant.kind === 'recognition');
  let text = t(lang, recognised ? 'altRecognises' : 'altClaims', { regions: list.format(ids.map((id) => regionName(regions.byId.get(id), id, lang))) });
  const values = ids.map((id) => shares?.regions[id]?.share);
  if (controlDate) {
    const date = formatDate(lang, controlDate);
    if (values.every((v) => v !== undefined)) {
      const pcts = list.format(values.map((v) => `${formatPercent(v!)} %`));
      text += t(lang, ids.length === 1 ? 'altHeldOne' : 'altHeldMany', { shares: pcts, date });
    } else {
      text += t(lang, 'altControlAsOf', { date });
    }
  }
  return text + '.';
}
