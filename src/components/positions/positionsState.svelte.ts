import type { Topology } from 'topojson-specification';
import type { BuiltPositions } from '../../lib/claims/positionsSchema.ts';
import { loadPositionsBundle, type PositionsBundle } from '../../lib/data/loadPositionsBundle.ts';
import { loadPositionsUi, type PositionsUi } from './loadPositionsUi.ts';

export type LoadedPositions = { api: PositionsBundle; ui: PositionsUi; positions: BuiltPositions; topology: Topology };

// One download for every map on the page.
let shared: Promise<LoadedPositions> | null = null;

function loadOnce(): Promise<LoadedPositions> {
  shared ??= Promise.all([loadPositionsBundle(), loadPositionsUi()])
    .then(async ([api, ui]) => ({ api, ui, ...(await api.loadPositions()) }))
    .catch((e: unknown) => {
      shared = null;
      throw e;
    });
  return shared;
}

/**
 * The positions of one view, loaded on first need (the switch is used, a
 * position is asked for, or the panel opens), never with the first view.
 */
export class PositionsState {
  loaded = $state.raw<LoadedPositions | null>(null);
  error = $state<string | null>(null);
  #started = false;

  /** Starts loading (once); safe to call from any event or effect. */
  load = (): void => {
    if (this.#started) return;
    this.#started = true;
    loadOnce().then(
      (l) => (this.loaded = l),
      (e: Error) => {
        this.#started = false;
        this.error = e.message;
      },
    );
  };
}

/**
 * Adopts the positions' styles (a constructed sheet, so a strict CSP holds) in
 * the document or shadow root that holds `node`, once for each.
 */
export { adoptSheet as adoptPositionsCss } from '../adoptSheet.ts';
