/**
 * The URL parameters every Claimline view reads (PRODUCT.md §7):
 * ?story= ?conflict= ?control= ?lang= ?theme= ?region= ?article=1 ?position=<id> ?download=0 ?date= ?compare=. One reader, so the app
 * and the iframe cannot drift apart.
 */
export type ViewParams = {
  story: string | null;
  /** A conflict profile id (`geodata/conflicts/<id>/`): its own story, or the one `story` must belong to. */
  conflict: string | null;
  control: string | null;
  /** The day whose control line to show (YYYY-MM-DD), checked by the map. */
  date: string | null;
  /** Compare the day in view with this one (YYYY-MM-DD; '' for the default, 2022-02-23). */
  compare: string | null;
  lang: string | null;
  theme: string | null;
  region: string | null;
  article: boolean;
  /** A position id to draw; absent or "none" draws none (issue 16). */
  position: string | null;
  /** false with ?download=0: the publisher turns the Download menu off. */
  download: boolean;
};

export function readViewParams(search: string): ViewParams {
  const p = new URLSearchParams(search);
  return {
    story: p.get('story'),
    conflict: p.get('conflict'),
    control: p.get('control'),
    date: p.get('date'),
    compare: p.get('compare'),
    lang: p.get('lang'),
    theme: p.get('theme'),
    region: p.get('region'),
    article: p.get('article') === '1',
    position: p.get('position'),
    download: p.get('download') !== '0' && p.get('download') !== 'false',
  };
}
