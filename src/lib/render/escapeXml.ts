/**
 * Text for an SVG text node or a double-quoted attribute. Markup characters are
 * escaped, and characters XML 1.0 forbids (C0 controls, lone surrogates,
 * U+FFFE/U+FFFF) become U+FFFD, so hostile story text stays text and the
 * document stays well-formed.
 */
const FORBIDDEN = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/g;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function escapeXml(s: string): string {
  // A surrogate pair is kept whole; anything else matched is forbidden.
  return s.replace(FORBIDDEN, (m) => (m.length === 2 ? m : '\uFFFD')).replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}
