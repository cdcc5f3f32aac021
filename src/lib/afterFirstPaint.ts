/**
 * Runs `fn` once the page has painted what it has (the build-time first view),
 * so the script's work never delays that paint: after the next frame, or after
 * `fallbackMs` where frames do not come (a hidden tab, an off-screen frame).
 */
export function afterFirstPaint(fn: () => void, fallbackMs = 100): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    fn();
  };
  requestAnimationFrame(() => setTimeout(run, 0));
  setTimeout(run, fallbackMs);
}
