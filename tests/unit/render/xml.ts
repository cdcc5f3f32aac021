/**
 * A small XML well-formedness check and tree for the tests: elements,
 * attributes, text and the five predefined entities plus numeric references.
 * Throws on anything malformed (unbalanced tags, bare "<" or "&", bad
 * attributes, duplicate attributes, text outside the root element).
 */
export type XmlElement = { name: string; attrs: Record<string, string>; children: XmlNode[] };
export type XmlNode = XmlElement | string;

const NAME = /^[A-Za-z_][\w.:-]*/;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s: string, at: number): string {
  return s.replace(/&([^;&<]*);|&/g, (m, ref: string | undefined) => {
    if (ref === undefined) throw new Error(`bare "&" near offset ${at}`);
    if (ref in ENTITIES) return ENTITIES[ref]!;
    const num = /^#(x[0-9a-fA-F]+|\d+)$/.exec(ref);
    if (num) return String.fromCodePoint(num[1]!.startsWith('x') ? parseInt(num[1]!.slice(1), 16) : Number(num[1]));
    throw new Error(`unknown entity ${m} near offset ${at}`);
  });
}

export function parseXml(src: string): XmlElement {
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(src)) throw new Error('control character in XML');
  let i = 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  const skipProlog = () => {
    for (;;) {
      const ws = /^\s*/.exec(src.slice(i))![0].length;
      i += ws;
      if (src.startsWith('<?', i)) i = src.indexOf('?>', i) + 2;
      else if (src.startsWith('<!--', i)) i = src.indexOf('-->', i) + 3;
      else return;
    }
  };
  skipProlog();
  while (i < src.length) {
    if (src.startsWith('<!--', i)) {
      const end = src.indexOf('-->', i);
      if (end < 0) throw new Error('unclosed comment');
      i = end + 3;
      continue;
    }
    if (src[i] === '<') {
      if (src[i + 1] === '/') {
        const m = /^<\/([A-Za-z_][\w.:-]*)\s*>/.exec(src.slice(i));
        const open = stack.pop();
        if (!m || !open || open.name !== m[1]) throw new Error(`mismatched end tag near offset ${i}: ${src.slice(i, i + 30)}`);
        i += m[0].length;
        if (stack.length === 0) {
          skipProlog();
          if (i < src.length) throw new Error(`content after the root element at offset ${i}`);
        }
        continue;
      }
      const name = NAME.exec(src.slice(i + 1))?.[0];
      if (!name) throw new Error(`bad tag near offset ${i}: ${src.slice(i, i + 30)}`);
      if (root && stack.length === 0) throw new Error('second root element');
      i += 1 + name.length;
      const el: XmlElement = { name, attrs: {}, children: [] };
      const parent = stack.at(-1);
      if (parent) parent.children.push(el);
      else root = el;
      let selfClosing = false;
      for (;;) {
        const ws = /^\s*/.exec(src.slice(i))![0].length;
        i += ws;
        if (src.startsWith('/>', i)) { i += 2; selfClosing = true; break; }
        if (src[i] === '>') { i += 1; break; }
        if (!ws) throw new Error(`expected whitespace before an attribute at offset ${i}`);
        const a = /^([A-Za-z_][\w.:-]*)\s*=\s*("([^"<]*)"|'([^'<]*)')/.exec(src.slice(i));
        if (!a) throw new Error(`bad attribute at offset ${i}: ${src.slice(i, i + 30)}`);
        if (a[1]! in el.attrs) throw new Error(`duplicate attribute ${a[1]} at offset ${i}`);
        el.attrs[a[1]!] = decode(a[3] ?? a[4] ?? '', i);
        i += a[0].length;
      }
      if (!selfClosing) stack.push(el);
      else if (!parent) {
        skipProlog();
        if (i < src.length) throw new Error('content after the root element');
      }
      continue;
    }
    const next = src.indexOf('<', i);
    const text = src.slice(i, next < 0 ? src.length : next);
    if (stack.length === 0) throw new Error(`text outside the root element at offset ${i}`);
    if (text.includes('>') && text.includes(']]>')) throw new Error(`"]]>" in text at offset ${i}`);
    stack.at(-1)!.children.push(decode(text, i));
    i += text.length;
  }
  if (stack.length) throw new Error(`unclosed <${stack.at(-1)!.name}>`);
  if (!root) throw new Error('no root element');
  return root;
}

/** Every element of the tree, depth first. */
export function elements(el: XmlElement): XmlElement[] {
  return [el, ...el.children.flatMap((c) => (typeof c === 'string' ? [] : elements(c)))];
}

/** The concatenated text inside an element. */
export function textOf(el: XmlElement): string {
  return el.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}
