const sheets = new Map<string, CSSStyleSheet>();
const adopted = new WeakMap<Document | ShadowRoot, Set<CSSStyleSheet>>();

/**
 * Adopts `css` as a constructed stylesheet (so a strict CSP holds) in the
 * document or shadow root that holds `node`, once for each; lazily loaded
 * views bring their styles this way into the custom element's shadow root.
 */
export function adoptSheet(node: Node, css: string): void {
  const root = node.getRootNode();
  if (!css || !(root instanceof Document || root instanceof ShadowRoot)) return;
  let sheet = sheets.get(css);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    sheets.set(css, sheet);
  }
  const done = adopted.get(root) ?? new Set();
  if (done.has(sheet)) return;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  done.add(sheet);
  adopted.set(root, done);
}
