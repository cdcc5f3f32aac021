/**
 * Hands the main thread back to the page for a moment (input, paint) between
 * slices of a long job: `scheduler.yield()` where the browser has it, else a task.
 */
export function yieldToPage(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return s?.yield ? s.yield() : new Promise((ok) => setTimeout(ok, 0));
}
