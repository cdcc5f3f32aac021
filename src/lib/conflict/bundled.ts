/**
 * The default profile's identity, bundled: a story without `conflict` belongs
 * to it, and the app opens on it. Its data files are checked by
 * `npm run check:data` (and `loadProfile`), so it is not re-parsed here.
 */
import profileJson from '../../../geodata/conflicts/ua/profile.json';
import type { Profile } from './profileSchema.ts';

export const DEFAULT_PROFILE = profileJson as unknown as Profile;
