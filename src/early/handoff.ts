/**
 * The app's side of the early script's hand-over (src/early/early.ts): what the
 * reader did on the build-time picture, read just before the live view replaces it.
 */
import { EARLY_ATTR } from './attrs.ts';

export type EarlyView = {
  /** The region the reader selected on the picture; null once they cleared it; undefined if they did neither. */
  region: string | null | undefined;
  /** The region whose path had keyboard focus, to focus the same region on the live view. */
  focus: string | null;
};

export function takeEarlyView(target: HTMLElement): EarlyView {
  const v = target.getAttribute(EARLY_ATTR.selected);
  const active = document.activeElement;
  const focus = active && target.contains(active) ? (active.closest('path[data-region]')?.getAttribute('data-region') ?? null) : null;
  return { region: v === null ? undefined : v || null, focus };
}

/** Focuses `id`'s path on the live view (its static map: Leaflet has not loaded yet). */
export function focusRegion(target: HTMLElement, id: string): void {
  target.querySelector<SVGPathElement>(`path[data-region="${CSS.escape(id)}"]`)?.focus();
}
