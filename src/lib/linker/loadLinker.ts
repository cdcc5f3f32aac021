/** A linker for one conflict from its files' contents (the CLI reads them from disk, the author page bundles them). */
import type { Profile } from '../conflict/profileSchema.ts';
import { loadGazetteer, type GazetteerJson } from './gazetteer.ts';
import type { Linker } from './linkArticle.ts';
import { compileLinkerProfile } from './linkerProfile.ts';

export type LinkerFiles = {
  profile: Profile;
  /** gazetteer.json */
  gazetteer: GazetteerJson;
  /** src/lexicon.json */
  lexicon: unknown;
  /** src/speakers.json */
  speakers: unknown;
};

export function loadLinker(files: LinkerFiles): Linker {
  return { gazetteer: loadGazetteer(files.gazetteer), profile: compileLinkerProfile(files.profile, files.lexicon, files.speakers) };
}
