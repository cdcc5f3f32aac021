/** `#region=UA-14` ⇄ "UA-14". Other hash parameters are kept as they are. */
export function readHashRegion(hash: string): string | null {
  const v = new URLSearchParams(hash.replace(/^#/, '')).get('region');
  return v && /^UA-\d\d$/.test(v) ? v : null;
}

export function writeHashRegion(hash: string, region: string | null): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  if (region) params.set('region', region);
  else params.delete('region');
  const s = params.toString();
  return s ? `#${s}` : '';
}
