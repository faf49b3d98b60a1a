// Writing HTML and SVG as strings, escaped: everything from a data file is text.
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const esc = (text: string | number): string => String(text).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);

export type Attrs = Record<string, string | number | boolean | null | undefined>;

/** ` a="1" b` for the attributes that are set; `style` is refused (the CSP's style-src blocks it). */
function attrs(a: Attrs): string {
  let out = '';
  for (const [name, value] of Object.entries(a)) {
    if (name === 'style') throw new Error('static views use classes and presentation attributes, never style=""');
    if (value === null || value === undefined || value === false) continue;
    out += value === true ? ` ${name}` : ` ${name}="${esc(value)}"`;
  }
  return out;
}

/** An element; children are already HTML. */
export function el(tag: string, a: Attrs, ...children: string[]): string {
  return `<${tag}${attrs(a)}>${children.join('')}</${tag}>`;
}

/** A void element (`<path/>`, `<meta>`). */
export function leaf(tag: string, a: Attrs, svg = true): string {
  return `<${tag}${attrs(a)}${svg ? '/' : ''}>`;
}

/** A number for SVG coordinates: at most one decimal. */
export const n1 = (v: number): string => String(Math.round(v * 10) / 10);
