/**
 * The message an embed frame sends its host page so the host's loader can size
 * the iframe. Namespaced so other widgets' messages are never mistaken for ours.
 */
export const RESIZE_MESSAGE = 'claimline:resize';

export type ResizeMessage = { type: typeof RESIZE_MESSAGE; height: number };

export function isResizeMessage(data: unknown): data is ResizeMessage {
  if (typeof data !== 'object' || data === null) return false;
  const d = data as Record<string, unknown>;
  return d.type === RESIZE_MESSAGE && typeof d.height === 'number' && Number.isFinite(d.height) && d.height >= 0 && d.height < 20000;
}
