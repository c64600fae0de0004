/** Mermaid label text: anything but plain characters as an entity code, so names cannot break the syntax. */
export function mermaidText(text: string, max = 60): string {
  const clipped = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  let out = '';
  for (const ch of clipped) out += /[A-Za-z0-9 ._:/-]/.test(ch) ? ch : `#${ch.codePointAt(0)};`;
  return out;
}
