/**
 * The URL parameters every Claimline view reads (PRODUCT.md §7):
 * ?story= ?control= ?lang= ?theme= ?region= ?article=1 ?position=<id>. One reader, so the app
 * and the iframe cannot drift apart.
 */
export type ViewParams = {
  story: string | null;
  control: string | null;
  lang: string | null;
  theme: string | null;
  region: string | null;
  article: boolean;
  /** A position id to draw; absent or "none" draws none (issue 16). */
  position: string | null;
};

export function readViewParams(search: string): ViewParams {
  const p = new URLSearchParams(search);
  return {
    story: p.get('story'),
    control: p.get('control'),
    lang: p.get('lang'),
    theme: p.get('theme'),
    region: p.get('region'),
    article: p.get('article') === '1',
    position: p.get('position'),
  };
}
