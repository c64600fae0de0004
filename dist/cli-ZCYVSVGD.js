import { createRequire as __hvlintCreateRequire } from 'node:module';
const require = __hvlintCreateRequire(import.meta.url);

// src/util/mermaid.ts
function mermaidText(text, max = 60) {
  const clipped = text.length > max ? `${text.slice(0, max - 1)}\u2026` : text;
  let out = "";
  for (const ch of clipped) out += /[A-Za-z0-9 ._:/-]/.test(ch) ? ch : `#${ch.codePointAt(0)};`;
  return out;
}

export {
  mermaidText
};
