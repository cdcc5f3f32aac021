/**
 * Text for an SVG text node or a double-quoted attribute. Markup characters are
 * escaped, and characters XML 1.0 forbids (C0 controls, lone surrogates,
 * U+FFFE/U+FFFF) become U+FFFD, so hostile story text stays text and the
 * document stays well-formed.
 */
export function escapeXml(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
