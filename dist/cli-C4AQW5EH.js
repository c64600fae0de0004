import { createRequire as __hvlintCreateRequire } from 'node:module';
const require = __hvlintCreateRequire(import.meta.url);
import {
  minimatch
} from "./cli-UCKEVVTC.js";

// src/config/types.ts
var SEVERITIES_OR_OFF = ["error", "warning", "notice", "off"];
function entrySeverity(entry) {
  return Array.isArray(entry) ? entry[0] : entry;
}
function entryOptions(entry) {
  return Array.isArray(entry) && entry.length > 1 ? entry[1] ?? {} : {};
}

// src/config/globs.ts
import * as path from "node:path";
var GLOB_OPTIONS = { dot: true, nocase: false, platform: "linux" };
var MATCH = GLOB_OPTIONS;
function normalizeGlob(glob) {
  return glob.replace(/\\/g, "/");
}
function pathFromRoot(file, root, cwd, p = path) {
  if (!root || !cwd) return file;
  const relative = p.relative(root, p.resolve(cwd, file));
  return relative.split(p.sep).join("/");
}
function matchesAny(file, globs, root, cwd, p = path) {
  const fromRoot = pathFromRoot(file, root, cwd, p);
  return globs.some((glob) => minimatch(fromRoot, normalizeGlob(glob), MATCH));
}

// src/filter/severity.ts
function assignSeverities(findings, catalogue, config, cwd) {
  const overrides = config.overrides ?? [];
  const matchCache = /* @__PURE__ */ new Map();
  const overrideMatches = (index, file) => {
    const key = `${index}\0${file}`;
    let hit = matchCache.get(key);
    if (hit === void 0) {
      hit = matchesAny(file, overrides[index].files, config.root, cwd);
      matchCache.set(key, hit);
    }
    return hit;
  };
  const out = [];
  for (const finding of findings) {
    let severity = finding.defaultSeverity ?? catalogue.severity(finding.ruleId);
    const global = config.rules?.[finding.ruleId];
    if (global !== void 0) severity = entrySeverity(global);
    overrides.forEach((override, index) => {
      const entry = override.rules[finding.ruleId];
      if (entry !== void 0 && overrideMatches(index, finding.file)) severity = entrySeverity(entry);
    });
    if (severity === "off") continue;
    const { defaultSeverity: _default, ...rest } = finding;
    out.push({ ...rest, severity });
  }
  return out;
}

// src/load/yaml/lines.ts
var BLOCK_INDICATOR = /[|>][1-9+-]*[ \t]*(?:#[^\n]*)?\r?(?:\n|$)/y;
function scan(text, end, lines) {
  const stack = [];
  let quote;
  let last = "\n";
  let spaced = false;
  let lineStart = 0;
  let nodeColumn = 0;
  let dashColumn = -1;
  let block = -2;
  let nextBlock = -2;
  let i = 0;
  while (i < end) {
    if (i === lineStart) {
      nodeColumn = 0;
      dashColumn = -1;
      if (nextBlock !== -2) {
        block = nextBlock;
        nextBlock = -2;
      }
      if (block !== -2) {
        let p = i;
        while (p < text.length && text[p] === " ") p++;
        const blank = p >= text.length || text[p] === "\n" || text[p] === "\r" && text[p + 1] === "\n";
        if ((blank || p - i > block) && !documentMarker(text, i)) {
          lines?.inScalar.add(i);
          const nl = text.indexOf("\n", i);
          if (nl === -1 || nl >= end) break;
          i = lineStart = nl + 1;
          continue;
        }
        block = -2;
      }
      if (quote === void 0 && text.startsWith("---", i) && documentMarker(text, i)) {
        stack.length = 0;
      }
      if (quote !== void 0) lines?.inScalar.add(i);
    }
    const c = text[i];
    if (quote !== void 0) {
      const q = text[quote];
      if (q === '"' && c === "\\") {
        if (text[i + 1] === "\n") lineStart = i + 2;
        i++;
      } else if (q === "'" && c === "'" && text[i + 1] === "'") i++;
      else if (c === q) {
        quote = void 0;
        last = c;
        spaced = false;
      }
      if (c === "\n") lineStart = i + 1;
      i++;
      continue;
    }
    if (c === "\n") {
      last = "\n";
      spaced = false;
      lineStart = ++i;
      continue;
    }
    if (c === " " || c === "	" || c === "\r") {
      spaced = true;
      i++;
      continue;
    }
    if (c === "#" && (last === "\n" || spaced)) {
      lines?.comments.set(lineStart, i);
      const nl = text.indexOf("\n", i);
      if (nl === -1 || nl >= end) break;
      i = nl;
      continue;
    }
    const valueStart = last === "\n" || last === "[" || last === "{" || last === "," || (last === ":" || last === "-" || last === "?") && spaced;
    if ((c === '"' || c === "'") && valueStart) quote = i;
    else if ((c === "[" || c === "{") && (valueStart || stack.length > 0)) stack.push(i);
    else if ((c === "]" || c === "}") && stack.length > 0) stack.pop();
    else if ((c === "|" || c === ">") && valueStart && stack.length === 0) {
      BLOCK_INDICATOR.lastIndex = i;
      if (BLOCK_INDICATOR.test(text)) {
        const indent = text.slice(lineStart, i).search(/\S|$/);
        nextBlock = last === ":" || last === "?" ? nodeColumn : last === "-" ? dashColumn : indent - 1;
      }
    } else if (valueStart && stack.length === 0) {
      const next = text[i + 1];
      if (c === "-" && (next === " " || next === "\n" || next === void 0)) dashColumn = i - lineStart;
      else if (c !== "&" && c !== "!") nodeColumn = i - lineStart;
    }
    if ((c === "&" || c === "!") && valueStart) {
      while (i + 1 < end && !/[\s,[\]{}]/.test(text[i + 1])) i++;
      i++;
      continue;
    }
    last = c;
    spaced = false;
    i++;
  }
  return { quote, stack };
}
function documentMarker(text, i) {
  return /^(?:---|\.\.\.)(?:[ \t\r\n]|$)/.test(text.slice(i, i + 4));
}
function findUnclosed(text, end) {
  const { quote, stack } = scan(text, end);
  if (quote !== void 0) return quote;
  return stack.length > 0 ? stack[stack.length - 1] : void 0;
}
var YamlLines = class {
  record = { comments: /* @__PURE__ */ new Map(), inScalar: /* @__PURE__ */ new Set() };
  constructor(text) {
    scan(text, text.length, this.record);
  }
  /** Offset of the `#` that starts a comment on the line starting at `lineStart`, or -1. */
  commentStart(lineStart) {
    return this.record.comments.get(lineStart) ?? -1;
  }
  /** Whether the line starting at `lineStart` begins inside a scalar (a block scalar, a quoted scalar that goes on). */
  startsInScalar(lineStart) {
    return this.record.inScalar.has(lineStart);
  }
};

export {
  GLOB_OPTIONS,
  normalizeGlob,
  findUnclosed,
  YamlLines,
  SEVERITIES_OR_OFF,
  entrySeverity,
  entryOptions,
  assignSeverities
};
