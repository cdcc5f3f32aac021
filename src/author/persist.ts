/**
 * Keeps the editor's work in localStorage under a versioned key, so a reload
 * loses nothing. A saved value that cannot be read (corrupt JSON, an older or
 * unknown format, a story that fails validation) is moved, untouched, to a
 * second key before anything can overwrite it, and offered for download.
 */
import type { Story } from '../lib/contract/story.ts';
import type { StoryValidation } from '../lib/contract/storySchema.ts';
import { formatNumber, ta, type Lang } from '../lib/i18n/strings.ts';

export const STORAGE_KEY = 'claimline:author:v1';
/** Where saved work that could not be read is kept, as it was, until the editor downloads or discards it. */
export const SET_ASIDE_KEY = 'claimline:author:set-aside';

/** Everything the authoring page keeps between visits. */
export type Work = {
  story: Story;
  /** Where the editor will host the story JSON (for the embed snippets). */
  storyUrl: string;
  /** Where the Claimline site (embed.html, claimline.js) is hosted. */
  siteUrl: string;
};

type Saved = Work & { format: 1; savedAt: string };

/**
 * What `loadWork` found: the work, or nothing, with a notice when something
 * was set aside; `setAside` is that value, kept for download.
 */
export type Loaded = { work: Work | null; notice: string | null; notes?: string[]; setAside?: string; /** The notice in any language (the page's can change). */ say?: (lang: Lang) => string };

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * Browsers keep about 5 million characters per origin; a story clearly over
 * that is not serialised at all, sparing the page a long, doomed stringify.
 */
export const MAX_SAVE_CHARS = 5_000_000;

/** A cheap upper-bound-ish estimate of the saved JSON's length. */
export function estimateChars(story: Story): number {
  let n = 0;
  for (const p of story.passages) n += p.text.length + 160;
  for (const m of story.mentions) n += m.text.length + 110;
  return n;
}

/** Save; returns a notice instead of throwing when the browser refuses (quota, private mode). */
export function saveWork(storage: Store, work: Work, now: Date = new Date(), lang: Lang = 'en'): { ok: true } | { ok: false; notice: string } {
  const estimate = estimateChars(work.story);
  if (estimate > MAX_SAVE_CHARS) {
    return { ok: false, notice: ta(lang, 'tooLargeToKeep', { n: formatNumber(lang, estimate / 1e6) }) };
  }
  const saved: Saved = { format: 1, savedAt: now.toISOString(), ...work };
  const json = JSON.stringify(saved);
  try {
    storage.setItem(STORAGE_KEY, json);
    return { ok: true };
  } catch (e) {
    const mb = formatNumber(lang, (json.length * 2) / 1024 / 1024, 1);
    return {
      ok: false,
      notice: ta(lang, 'notKept', { error: (e as Error).name || 'error', mb }),
    };
  }
}

/** Whether anything is saved (cheap: lets the page load the validator only when needed). */
export function hasWork(storage: Store): boolean {
  try {
    return storage.getItem(STORAGE_KEY) !== null;
  } catch {
    return false;
  }
}

/** Read the saved work, checking the story with `validate` (the app's `validateStory`). Never throws. */
export function loadWork(storage: Store, validate: (json: unknown) => StoryValidation, lang: Lang = 'en'): Loaded {
  let raw: string | null;
  try {
    raw = storage.getItem(STORAGE_KEY);
  } catch {
    const say = (l: Lang) => ta(l, 'storageBlocked');
    return { work: null, notice: say(lang), say };
  }
  if (raw === null) return { work: null, notice: null };
  const discard = (why: (l: Lang) => string): Loaded => {
    const kept = setAside(storage, raw);
    const say = (l: Lang) => ta(l, kept ? 'unreadableSetAside' : 'unreadableNotKept', { why: why(l) });
    return {
      work: null,
      setAside: raw,
      notice: say(lang),
      say,
    };
  };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return discard((l) => ta(l, 'why_json'));
  }
  if (!json || typeof json !== 'object') return discard((l) => ta(l, 'why_object'));
  const s = json as Partial<Saved>;
  if (s.format !== 1) return discard((l) => ta(l, 'why_format', { format: JSON.stringify(s.format ?? null) }));
  const v = validate(s.story);
  if (!v.ok) return discard((l) => v.errors[0] ?? ta(l, 'why_invalid'));
  return {
    notes: v.notes,
    work: {
      story: v.story,
      storyUrl: typeof s.storyUrl === 'string' ? s.storyUrl : '',
      siteUrl: typeof s.siteUrl === 'string' ? s.siteUrl : '',
    },
    notice: null,
  };
}

/** Moves an unreadable saved value to SET_ASIDE_KEY; false when the browser would not keep it. */
function setAside(storage: Store, raw: string): boolean {
  try {
    storage.setItem(SET_ASIDE_KEY, raw);
  } catch {
    try {
      // Out of room: the same value under the new key fits once the old key is freed.
      storage.removeItem(STORAGE_KEY);
      storage.setItem(SET_ASIDE_KEY, raw);
    } catch {
      return false;
    }
  }
  try {
    storage.removeItem(STORAGE_KEY);
  } catch {
    // Blocked storage: nothing else to do.
  }
  return true;
}

/** The set-aside value from an earlier visit, if any. */
export function readSetAside(storage: Store): string | null {
  try {
    return storage.getItem(SET_ASIDE_KEY);
  } catch {
    return null;
  }
}

export function discardSetAside(storage: Store): void {
  try {
    storage.removeItem(SET_ASIDE_KEY);
  } catch {
    // Nothing to remove when storage is blocked.
  }
}

export function clearWork(storage: Store): void {
  try {
    storage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing to clear when storage is blocked.
  }
}
