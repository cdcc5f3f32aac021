/**
 * The app's hash state: `#region=UA-14` ⇄ "UA-14", `#compare=2022-02-23` ⇄
 * "2022-02-23" ("" for the default day, absent for no compare view). Other hash
 * parameters are kept as they are. Values are returned as written: the map
 * checks them and names a bad one.
 */
export function readHashParam(hash: string, name: string): string | null {
  const v = new URLSearchParams(hash.replace(/^#/, '')).get(name);
  return v === null ? null : v.slice(0, 40);
}

export function writeHashParam(hash: string, name: string, value: string | null): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  if (value !== null) params.set(name, value);
  else params.delete(name);
  const s = params.toString();
  return s ? `#${s}` : '';
}

export function readHashRegion(hash: string): string | null {
  return readHashParam(hash, 'region') || null;
}

export function writeHashRegion(hash: string, region: string | null): string {
  return writeHashParam(hash, 'region', region || null);
}
