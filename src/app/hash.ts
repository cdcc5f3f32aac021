/**
 * `#region=UA-14` ⇄ "UA-14". Other hash parameters are kept as they are. The
 * value is returned as written: the map checks it and names an unknown one.
 */
export function readHashRegion(hash: string): string | null {
  const v = new URLSearchParams(hash.replace(/^#/, '')).get('region');
  return v ? v.slice(0, 40) : null;
}

export function writeHashRegion(hash: string, region: string | null): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  if (region) params.set('region', region);
  else params.delete('region');
  const s = params.toString();
  return s ? `#${s}` : '';
}
