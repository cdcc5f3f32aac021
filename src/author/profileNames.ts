/** The name of every conflict profile (geodata/conflicts/<id>/profile.json `name`), for the author page's picker. */
const names = import.meta.glob<{ en: string; uk: string }>('../../geodata/conflicts/*/profile.json', { eager: true, import: 'name' });

export const PROFILE_NAMES: ReadonlyMap<string, { en: string; uk: string }> = new Map(
  Object.entries(names).flatMap(([path, name]) => {
    const id = /conflicts\/([a-z]+)\/profile\.json$/.exec(path)?.[1];
    return id ? [[id, name] as const] : [];
  }),
);
