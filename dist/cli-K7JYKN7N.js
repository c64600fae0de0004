import { createRequire as __hvlintCreateRequire } from 'node:module';
const require = __hvlintCreateRequire(import.meta.url);
import {
  KINDS,
  LoadedDocument,
  ManifestDocument,
  backupCoverage,
  clusterMacFor,
  compileNameGlob,
  fillMessage,
  findNode,
  igmpGroupFor,
  kindOf,
  multicastMacForGroup,
  nameKey,
  nameOf,
  normalizeMac,
  parseIpv4,
  spanOf,
  uplinksOf
} from "./cli-ZVUTUCZP.js";
import {
  DEFAULT_LIMITS,
  GLOB_OPTIONS,
  normalizeGlob,
  parseYaml
} from "./cli-Q3CPAGRV.js";
import {
  clip,
  closest,
  minimatch
} from "./cli-UCKEVVTC.js";
import {
  __commonJS,
  __export,
  __toESM
} from "./cli-TAYVNBWF.js";

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// src/cli/io.ts
function usageMessage(error) {
  const text = String(error?.message ?? error);
  const first = text.split(/\.\s/)[0].replace(/\.$/, "");
  return first.charAt(0).toLowerCase() + first.slice(1);
}

// src/config/names.ts
var CONFIG_NAMES = [".hvlint.yml", ".hvlint.yaml"];

// src/util/paths.ts
import * as fs from "node:fs";
import * as path from "node:path";
function realpathOr(p) {
  try {
    return fs.realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}
function relativeBelow(root, target, p = path) {
  const rel = p.relative(root, target);
  if (rel === ".." || rel.startsWith(`..${p.sep}`) || p.isAbsolute(rel)) return void 0;
  return rel.split(p.sep).join("/");
}
function isInside(root, target, p = path) {
  return relativeBelow(root, target, p) !== void 0;
}
function displayPath(cwd, absolute, p = path) {
  const rel = p.relative(cwd, absolute) || p.basename(absolute);
  return rel.split(p.sep).join("/");
}
function commonDirectory(dirs, p = path) {
  let common = dirs[0];
  for (const dir of dirs.slice(1)) {
    while (common !== void 0 && !isInside(common, dir, p)) {
      const parent = p.dirname(common);
      common = parent === common ? void 0 : parent;
    }
  }
  return common;
}
var GLOB_MAGIC = /[*?[\]{}]|[!?+*@]\(/;
function globArgument(arg, cwd, p = path) {
  const slashed = p.sep === "\\" ? arg.replace(/\\/g, "/") : arg;
  if (!GLOB_MAGIC.test(slashed)) return void 0;
  const segments = slashed.split("/");
  const first = segments.findIndex((s) => GLOB_MAGIC.test(s));
  const fixed = segments.slice(0, first);
  const pattern = segments.slice(first).join("/");
  const baseText = fixed.length === 0 ? "." : fixed.join("/") || "/";
  return { base: p.resolve(cwd, baseText), pattern };
}
function repositoryRoot(start) {
  let dir = path.resolve(start);
  for (; ; ) {
    if (fs.existsSync(path.join(dir, ".git"))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return void 0;
    dir = parent;
  }
}

// src/discover/index.ts
import * as fs2 from "node:fs";
import * as path2 from "node:path";
var DEFAULT_INCLUDE = ["**/*.{yml,yaml}"];
var ALWAYS_SKIPPED_DIRS = /* @__PURE__ */ new Set([".git", "node_modules"]);
var CONFIG_FILE_NAMES = new Set(CONFIG_NAMES);
function toDisplayPath(cwd, absolute) {
  return displayPath(cwd, absolute);
}
var below = (root, absolute) => relativeBelow(root, absolute);
function discover(options) {
  const cwd = options.cwd;
  const base = options.base ?? cwd;
  const include = (options.include && options.include.length > 0 ? options.include : DEFAULT_INCLUDE).map(
    normalizeGlob
  );
  const exclude = (options.exclude ?? []).map(normalizeGlob);
  const matchOpts = GLOB_OPTIONS;
  const matches = (rel, globs) => globs.some((g) => minimatch(rel, g, matchOpts));
  const excludedBy = (rel, globs) => globs.some((g) => minimatch(rel, g, matchOpts) || minimatch(rel, `${g.replace(/\/$/, "")}/**`, matchOpts));
  const isExcluded = (absolute) => {
    const rel = below(base, absolute);
    return rel !== void 0 && rel !== "" && excludedBy(rel, exclude);
  };
  const isIncluded = (absolute, walkRoot, pattern) => {
    if (pattern !== void 0) return minimatch(below(walkRoot, absolute) ?? "", pattern, matchOpts);
    const rel = below(base, absolute);
    if (rel !== void 0) return matches(rel, include);
    return matches(below(walkRoot, absolute) ?? path2.basename(absolute), DEFAULT_INCLUDE);
  };
  const cwdReal = realpathOr(cwd);
  const found = /* @__PURE__ */ new Map();
  const missing = [];
  const addFile = (absolute, origin, walk2, isLink = false) => {
    const file = toDisplayPath(cwd, absolute);
    const seen = found.get(file);
    if (seen) {
      if (seen.origins && !seen.origins.includes(origin)) seen.origins.push(origin);
      return;
    }
    if (walk2) {
      if (isExcluded(absolute) || !isIncluded(absolute, walk2.root, walk2.pattern)) return;
    }
    const entry = { absolute, file, origins: [origin] };
    if (walk2 && isLink) {
      const target = realpathOr(absolute);
      if (!isInside(walk2.workspace, target))
        entry.refused = `symbolic link to ${target}, outside the workspace ${walk2.workspace}: not followed`;
    }
    found.set(file, entry);
  };
  const walk = (dir, origin, context) => {
    let entries;
    try {
      entries = fs2.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const absolute = path2.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (ALWAYS_SKIPPED_DIRS.has(entry.name)) continue;
        if (exclude.length > 0 && isExcluded(absolute)) continue;
        walk(absolute, origin, context);
      } else if (entry.isFile()) {
        if (CONFIG_FILE_NAMES.has(entry.name)) continue;
        addFile(absolute, origin, context);
      } else if (entry.isSymbolicLink()) {
        let stat;
        try {
          stat = fs2.statSync(absolute);
        } catch {
          stat = void 0;
        }
        if (stat?.isDirectory()) continue;
        addFile(absolute, origin, context, true);
      }
    }
  };
  const roots = options.paths.length > 0 ? options.paths : ["."];
  roots.forEach((p, origin) => {
    const absolute = path2.resolve(cwd, p);
    let stat;
    try {
      stat = fs2.statSync(absolute);
    } catch {
      const glob = globArgument(p, cwd);
      const baseStat = glob && fs2.statSync(glob.base, { throwIfNoEntry: false });
      if (glob && baseStat?.isDirectory()) {
        const real = realpathOr(glob.base);
        const workspace = isInside(cwdReal, real) ? cwdReal : real;
        walk(glob.base, origin, { root: glob.base, workspace, pattern: glob.pattern });
        if ([...found.values()].some((f) => f.origins?.includes(origin))) return;
      }
      missing.push(p);
      return;
    }
    if (stat.isDirectory()) {
      const real = realpathOr(absolute);
      const workspace = isInside(cwdReal, real) ? cwdReal : real;
      walk(absolute, origin, { root: absolute, workspace });
    } else addFile(absolute, origin, void 0);
  });
  const files = [...found.values()].sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  return { files, missing };
}

// src/load/decode.ts
import { TextDecoder as TextDecoder2 } from "node:util";
var utf8 = new TextDecoder2("utf-8", { fatal: true, ignoreBOM: true });
var utf16le = new TextDecoder2("utf-16le", { fatal: true, ignoreBOM: true });
var utf16be = new TextDecoder2("utf-16be", { fatal: true, ignoreBOM: true });
function decode(bytes) {
  if (bytes.length >= 2 && bytes[0] === 255 && bytes[1] === 254) {
    return decodeWith(utf16le, bytes.subarray(2), "utf-16le");
  }
  if (bytes.length >= 2 && bytes[0] === 254 && bytes[1] === 255) {
    return decodeWith(utf16be, bytes.subarray(2), "utf-16be");
  }
  const bom = bytes.length >= 3 && bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191;
  const body = bom ? bytes.subarray(3) : bytes;
  const nul = body.indexOf(0);
  if (nul !== -1) {
    return { ok: false, reason: "the file holds binary data (a NUL byte)", offset: nul };
  }
  const decoded = decodeWith(utf8, body, bom ? "utf-8-bom" : "utf-8");
  if (!decoded.ok) return { ok: false, reason: "the file is not valid UTF-8", offset: firstInvalidUtf8(body) };
  return decoded;
}
function decodeWith(decoder, bytes, encoding) {
  try {
    const text = decoder.decode(bytes);
    if (encoding.startsWith("utf-16") && text.includes("\0")) {
      return { ok: false, reason: "the file holds binary data (a NUL character)", offset: text.indexOf("\0") };
    }
    return { ok: true, text, encoding };
  } catch {
    return {
      ok: false,
      reason: `the file is not valid ${encoding.startsWith("utf-16") ? "UTF-16" : "UTF-8"}`,
      offset: 0
    };
  }
}
function firstInvalidUtf8(bytes) {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let need = 0;
    if (b < 128) need = 0;
    else if (b >= 194 && b <= 223) need = 1;
    else if (b >= 224 && b <= 239) need = 2;
    else if (b >= 240 && b <= 244) need = 3;
    else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === void 0 || (c & 192) !== 128) return i;
    }
    i += need + 1;
  }
  return 0;
}
function lineOfByte(bytes, offset) {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, bytes.length);
  for (let i = 0; i < end; i++) {
    if (bytes[i] === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

// src/load/source.ts
var SourceFile = class {
  path;
  text;
  lineStarts;
  constructor(path4, text) {
    this.path = path4;
    this.text = text;
  }
  starts() {
    if (this.lineStarts) return this.lineStarts;
    const starts = [0];
    const text = this.text;
    let i = text.indexOf("\n");
    while (i !== -1) {
      starts.push(i + 1);
      i = text.indexOf("\n", i + 1);
    }
    this.lineStarts = starts;
    return starts;
  }
  /** 1-based line and column of a zero-based offset. */
  position(offset) {
    const starts = this.starts();
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (starts[mid] <= clamped) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: clamped - starts[lo] + 1 };
  }
  range(startOffset, endOffset) {
    const start = this.position(startOffset);
    const end = this.position(Math.max(startOffset, endOffset));
    return {
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      startOffset,
      endOffset: Math.max(startOffset, endOffset)
    };
  }
  /** The text of a 1-based line, without its line break. */
  lineText(line) {
    const starts = this.starts();
    if (line < 1 || line > starts.length) return "";
    const start = starts[line - 1];
    const next = line < starts.length ? starts[line] : this.text.length;
    let end = next;
    if (end > start && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > start && this.text.charCodeAt(end - 1) === 13) end--;
    return this.text.slice(start, end);
  }
  get lineCount() {
    return this.starts().length;
  }
  /** Offset of the first character of a 1-based line. */
  lineStart(line) {
    const starts = this.starts();
    return starts[Math.max(0, Math.min(line - 1, starts.length - 1))];
  }
};

// src/load/index.ts
import * as fs3 from "node:fs";

// src/load/yaml/trees.ts
var treeStats = { fromDocument: 0, fromFile: 0 };
function treeBuilder(source, limits) {
  let trees;
  const fromFile = (index) => {
    treeStats.fromFile++;
    trees ??= parseYaml(source, limits).documents;
    return trees.find((d) => d.index === index)?.root;
  };
  return (doc) => () => documentTree(source, doc, limits) ?? fromFile(doc.index);
}
function documentTree(source, doc, limits) {
  const parsed = parseYaml(new SourceFile(source.path, source.text.slice(doc.start, doc.end)), limits);
  const first = parsed.documents[0];
  if (!first || first.start !== 0 || !sameValue(first.value, doc.value)) return void 0;
  treeStats.fromDocument++;
  return shift(first.root, doc.start);
}
function shift(node, by) {
  const at = (offset) => offset < 0 ? offset : offset + by;
  const out = {
    start: at(node.start),
    end: at(node.end),
    keyStart: at(node.keyStart),
    keyEnd: at(node.keyEnd)
  };
  if (node.map) out.map = new Map([...node.map].map(([key, child]) => [key, shift(child, by)]));
  if (node.seq) out.seq = node.seq.map((child) => shift(child, by));
  return out;
}
function sameValue(a, b) {
  if (a === b || Object.is(a, b)) return true;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object" || Array.isArray(a) !== Array.isArray(b))
    return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    if (ka[i] !== kb[i] || !sameValue(a[ka[i]], b[ka[i]]))
      return false;
  }
  return true;
}

// src/load/index.ts
var SCRATCH_BYTES = 256 * 1024;
var scratch;
var nodeFileReader = {
  size: (absolute) => fs3.statSync(absolute).size,
  read: (absolute) => fs3.readFileSync(absolute),
  readUpTo(absolute, maxBytes) {
    const fd = fs3.openSync(absolute, "r");
    try {
      scratch ??= Buffer.allocUnsafe(SCRATCH_BYTES);
      let buffer = scratch;
      let length = 0;
      for (; ; ) {
        if (length === buffer.length) {
          if (length > maxBytes) return { size: fs3.fstatSync(fd).size };
          const bigger = Buffer.allocUnsafe(Math.min(buffer.length * 4, maxBytes + 1));
          buffer.copy(bigger, 0, 0, length);
          buffer = bigger;
        }
        const n = fs3.readSync(fd, buffer, length, Math.min(buffer.length, maxBytes + 1) - length, null);
        if (n === 0) break;
        length += n;
        if (length > maxBytes) return { size: fs3.fstatSync(fd).size };
      }
      return buffer.subarray(0, length);
    } finally {
      fs3.closeSync(fd);
    }
  }
};
function fileFinding(file, ruleId, message, line = 1, column = 1) {
  return {
    ruleId,
    message,
    file,
    line,
    column,
    endLine: line,
    endColumn: column + 1,
    startOffset: 0,
    endOffset: 0,
    related: []
  };
}
function statThenRead(reader, entry, limits) {
  const size = reader.size(entry.absolute);
  return size > limits.maxFileBytes ? { size } : reader.read(entry.absolute);
}
function loadFile(entry, limits = DEFAULT_LIMITS, reader = nodeFileReader) {
  const result = {
    file: entry.file,
    source: void 0,
    manifests: [],
    skipped: [],
    yamlDocuments: 0,
    findings: []
  };
  if (entry.refused) {
    result.findings.push(fileFinding(entry.file, "file-unreadable", entry.refused));
    return result;
  }
  let bytes;
  try {
    const got = reader.readUpTo ? reader.readUpTo(entry.absolute, limits.maxFileBytes) : statThenRead(reader, entry, limits);
    if (!(got instanceof Uint8Array)) {
      const size = got.size;
      result.findings.push(
        fileFinding(
          entry.file,
          "yaml-limits",
          `file is ${formatBytes(size)}, over the ${formatBytes(limits.maxFileBytes)} limit: split it or raise limits.maxFileBytes`
        )
      );
      return result;
    }
    bytes = got;
  } catch (error) {
    const code = error.code;
    const why = code === "EACCES" || code === "EPERM" ? "permission denied" : code === "ENOENT" ? "it does not exist (a dangling link?)" : code === "EISDIR" ? "it is a directory" : String(error.message);
    result.findings.push(fileFinding(entry.file, "file-unreadable", `cannot read the file: ${why}`));
    return result;
  }
  const decoded = decode(bytes);
  if (!decoded.ok) {
    const at = lineOfByte(bytes, decoded.offset);
    result.findings.push(
      fileFinding(entry.file, "file-encoding", `${decoded.reason}: save it as UTF-8 text`, at.line, at.column)
    );
    return result;
  }
  return parseManifests(entry.file, decoded.text, limits, result);
}
function parseManifests(file, text, limits = DEFAULT_LIMITS, result) {
  const out = result ?? {
    file,
    source: void 0,
    manifests: [],
    skipped: [],
    yamlDocuments: 0,
    findings: []
  };
  const source = new SourceFile(file, text);
  out.source = source;
  const parsed = parseYaml(source, limits, { trees: false });
  const treeOf = treeBuilder(source, limits);
  for (const problem of parsed.problems) out.findings.push(problemFinding(source, problem));
  out.yamlDocuments = parsed.documents.length;
  for (const doc of parsed.documents) {
    const value = doc.value;
    if (value === null || typeof value !== "object" || Array.isArray(value)) continue;
    const apiVersion = value["apiVersion"];
    const text2 = { index: doc.index, start: doc.start, end: doc.end, value: doc.value };
    const hvlint = typeof apiVersion === "string" && apiVersion.startsWith("hvlint/");
    (hvlint ? out.manifests : out.skipped).push(new LoadedDocument(source, { ...text2, root: treeOf(text2) }));
  }
  return out;
}
function problemFinding(source, problem) {
  const range = source.range(problem.start, problem.end);
  const related = (problem.related ?? []).map((r) => ({
    file: source.path,
    message: r.message,
    ...source.range(r.start, r.end)
  }));
  return {
    ruleId: problem.ruleId,
    message: problem.message,
    file: source.path,
    ...range,
    related
  };
}
function formatBytes(n) {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} bytes`;
}

// src/rules/run.ts
function reportToFinding(rule, report) {
  const template = rule.meta.messages[report.messageId];
  if (template === void 0) throw new Error(`rule ${rule.meta.id} reported unknown messageId "${report.messageId}"`);
  const range = report.doc.locate(report.path, report.target ?? "value");
  const finding = {
    ruleId: rule.meta.id,
    messageId: report.messageId,
    ...report.severity ? { defaultSeverity: report.severity } : {},
    message: fillMessage(template, report.data),
    file: report.doc.file,
    ...range,
    related: (report.related ?? []).map((r) => ({
      file: r.doc.file,
      message: r.message,
      ...r.doc.locate(r.path, r.target ?? "value")
    })),
    document: { kind: report.doc.kind, name: report.doc.name },
    path: [...report.path]
  };
  if (report.fix) {
    const edits = [];
    for (const edit of report.fix.edits) {
      const at = edit.doc.offsets(edit.path, edit.target ?? "value");
      if (at)
        edits.push({
          file: edit.doc.file,
          startOffset: at.start,
          endOffset: at.end,
          text: keepQuotes(edit.doc.source.text, at.start, at.end, edit.text)
        });
    }
    if (edits.length === report.fix.edits.length) finding.fix = { description: report.fix.description, edits };
  }
  return finding;
}
function keepQuotes(text, start, end, replacement) {
  const open = text[start];
  if ((open === '"' || open === "'") && end - start >= 2 && text[end - 1] === open && !replacement.startsWith(open)) {
    return open === "'" ? `'${replacement.replace(/'/g, "''")}'` : JSON.stringify(replacement);
  }
  return replacement;
}
function runRules(estate, rules, settingFor, now, timings) {
  const findings = [];
  for (const rule of rules) {
    const setting = settingFor(rule);
    if (!setting) continue;
    const options = { ...rule.meta.defaultOptions ?? {}, ...setting.options };
    const start = timings ? performance.now() : 0;
    try {
      rule.check({
        estate,
        options,
        now,
        report: (report) => findings.push(reportToFinding(rule, report))
      });
      if (timings) timings[rule.meta.id] = performance.now() - start;
    } catch (error) {
      const doc = estate.documents[0];
      findings.push({
        ruleId: "internal-error",
        message: `rule ${rule.meta.id} failed: ${error.message ?? String(error)}; please report this`,
        file: doc?.file ?? ".",
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        startOffset: 0,
        endOffset: 0,
        related: []
      });
    }
  }
  return findings;
}

// src/schema/generated/validators.js
var validators_exports = {};
__export(validators_exports, {
  BackupJob: () => BackupJob,
  DomainController: () => DomainController,
  HyperVCluster: () => HyperVCluster,
  HyperVHost: () => HyperVHost,
  NlbCluster: () => NlbCluster,
  Policy: () => Policy,
  Switch: () => Switch,
  VirtualMachine: () => VirtualMachine
});
var import_ucs2length = __toESM(require_ucs2length(), 1);
var import_equal = __toESM(require_equal(), 1);
var HyperVHost = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://hvlint.dev/schemas/v1/hyperv-host.schema.json", "title": "Hyper-V host", "description": "A physical Windows Server machine running the Hyper-V role: its OS release, AD domain, optional cluster membership, physical memory and logical processors, and the NIC teams and unteamed NICs that connect it to physical switches.", "type": "object", "required": ["apiVersion", "kind", "metadata", "spec"], "properties": { "apiVersion": { "$ref": "common.schema.json#/$defs/apiVersion", "description": "Manifest format version; always hvlint/v1." }, "kind": { "type": "string", "description": "Kind of the document; always HyperVHost for this schema.", "const": "HyperVHost" }, "metadata": { "$ref": "common.schema.json#/$defs/metadata", "description": "Name, labels and annotations of the document." }, "spec": { "type": "object", "description": "Desired configuration of the Hyper-V host.", "required": ["os", "domain"], "properties": { "os": { "$ref": "common.schema.json#/$defs/windowsServerVersion", "description": "Windows Server release installed on the host." }, "domain": { "$ref": "common.schema.json#/$defs/domainName", "description": "Active Directory domain the host is joined to." }, "cluster": { "$ref": "common.schema.json#/$defs/name", "description": "Name of the HyperVCluster this host is a node of; omit for a stand-alone host. Should agree with that cluster's spec.nodes." }, "memoryMB": { "type": "integer", "description": "Physical memory of the host in MiB (Get-VMHost MemoryCapacity divided by 1048576). The what-if simulation uses it for failover capacity.", "minimum": 1, "examples": [262144] }, "logicalProcessors": { "type": "integer", "description": "Number of logical processors of the host (Get-VMHost LogicalProcessorCount).", "minimum": 1, "examples": [32] }, "memoryReserveMB": { "type": "integer", "description": "Memory in MiB kept for the host itself (the management OS) and never given to VMs: the MemoryReserve value (MB) under HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization when it is set, otherwise what your capacity plan keeps back. The what-if simulation subtracts it from memoryMB; when it is omitted, a failover is judged short of memory only if it is short even with no reserve.", "minimum": 0, "examples": [8192] }, "arpRetryCount": { "type": "integer", "description": "Value of the ArpRetryCount DWORD under HKLM\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters, if set: the number of gratuitous ARPs sent for the host's own address (Windows default 3). 0 disables duplicate-address detection. Omit when the value is not set.", "minimum": 0, "maximum": 4294967295, "examples": [3] }, "nicTeams": { "type": "array", "description": "NIC teams (LBFO) on the host, and physical NICs used without a team (mode none), and where each lands on the physical switches.", "items": { "type": "object", "description": "A Windows NIC team, or a single unteamed physical NIC (mode none).", "required": ["name"], "properties": { "name": { "$ref": "common.schema.json#/$defs/name", "description": "Team interface name as shown by Get-NetLbfoTeam; for mode none, the physical NIC's name (Get-NetAdapter Name).", "examples": ["TEAM-VM"] }, "mode": { "type": "string", "description": "Teaming mode: lacp (IEEE 802.1AX, needs a LACP LAG on the switch), static (switch-dependent static teaming, needs a static LAG), switch-independent (no switch configuration; the members may land on different switches, see uplinks), none (a single physical NIC that is not in a team).", "enum": ["lacp", "static", "switch-independent", "none"], "examples": ["lacp"] }, "loadBalancing": { "type": "string", "description": "Load-balancing algorithm: dynamic (Windows Server 2012 R2 and later), hyper-v-port, or address-hash.", "enum": ["dynamic", "hyper-v-port", "address-hash"], "examples": ["dynamic"] }, "members": { "type": "array", "description": "Names of the physical NICs in the team.", "items": { "$ref": "common.schema.json#/$defs/name", "description": "Name of a physical network adapter (Get-NetAdapter Name).", "examples": ["Ethernet 3"] }, "minItems": 1, "uniqueItems": true, "examples": [["Ethernet 3", "Ethernet 4"]] }, "virtualSwitch": { "$ref": "common.schema.json#/$defs/name", "description": "Name of the Hyper-V external virtual switch bound to this team, if any. VM network adapters connect to it by name.", "examples": ["vSwitch-VM"] }, "uplink": { "type": "object", "description": "Where the team lands on one physical switch: the switch and exactly one of a LAG (for lacp/static teams) or a single port. Exactly one of uplink or uplinks.", "required": ["switch"], "properties": { "switch": { "$ref": "common.schema.json#/$defs/name", "description": "metadata.name of the Switch document.", "examples": ["SW-CORE01"] }, "lag": { "type": "integer", "description": "ID of the LAG (port-channel) on that switch the team members are cabled to.", "minimum": 1, "maximum": 64, "examples": [1] }, "port": { "$ref": "common.schema.json#/$defs/portName", "description": "Name of the single switch port the team is cabled to.", "examples": ["g5"] } }, "oneOf": [{ "properties": { "lag": true }, "required": ["lag"] }, { "properties": { "port": true }, "required": ["port"] }], "additionalProperties": false }, "uplinks": { "type": "array", "description": "Where the team lands when its members are on more than one switch (a switch-independent team cabled to two switches for redundancy): one entry per switch and LAG or port. Exactly one of uplink or uplinks.", "items": { "type": "object", "description": "Where some members of the team land: a switch and exactly one of a LAG or a port, and which members are cabled there.", "required": ["switch"], "properties": { "switch": { "$ref": "common.schema.json#/$defs/name", "description": "metadata.name of the Switch document.", "examples": ["SW-CORE01"] }, "lag": { "type": "integer", "description": "ID of the LAG (port-channel) on that switch the team members are cabled to.", "minimum": 1, "maximum": 64, "examples": [1] }, "port": { "$ref": "common.schema.json#/$defs/portName", "description": "Name of the single switch port the team is cabled to.", "examples": ["g5"] }, "members": { "type": "array", "description": "Names of the team members (physical NICs) cabled to this switch, LAG or port.", "items": { "$ref": "common.schema.json#/$defs/name", "description": "Name of a member NIC of the team.", "examples": ["Ethernet 3"] }, "minItems": 1, "uniqueItems": true, "examples": [["Ethernet 3"]] } }, "oneOf": [{ "properties": { "lag": true }, "required": ["lag"] }, { "properties": { "port": true }, "required": ["port"] }], "additionalProperties": false, "examples": [{ "switch": "SW-A", "port": "g1", "members": ["Ethernet 3"] }] }, "minItems": 1, "examples": [[{ "switch": "SW-A", "port": "g1", "members": ["Ethernet 3"] }, { "switch": "SW-B", "port": "g1", "members": ["Ethernet 4"] }]] } }, "oneOf": [{ "properties": { "uplink": true }, "required": ["uplink"] }, { "properties": { "uplinks": true }, "required": ["uplinks"] }], "additionalProperties": false }, "examples": [[{ "name": "TEAM-VM", "mode": "lacp", "loadBalancing": "dynamic", "members": ["Ethernet 3", "Ethernet 4"], "virtualSwitch": "vSwitch-VM", "uplink": { "switch": "SW-CORE01", "lag": 1 } }, { "name": "TEAM-STORAGE", "mode": "switch-independent", "loadBalancing": "hyper-v-port", "members": ["Ethernet 5", "Ethernet 6"], "uplinks": [{ "switch": "SW-A", "port": "g9", "members": ["Ethernet 5"] }, { "switch": "SW-B", "port": "g9", "members": ["Ethernet 6"] }] }, { "name": "Ethernet 7", "mode": "none", "members": ["Ethernet 7"], "virtualSwitch": "vSwitch-DMZ", "uplink": { "switch": "SW-A", "port": "g10" } }]] }, "macAddressPool": { "type": "object", "description": "The host's pool of dynamic MAC addresses for VM network adapters (Get-VMHost MacAddressMinimum and MacAddressMaximum). Pools of different hosts must not overlap.", "required": ["minimum", "maximum"], "properties": { "minimum": { "type": "string", "description": "First MAC of the pool: twelve hex digits as Get-VMHost prints them, or with - or : separators.", "pattern": "^[0-9A-Fa-f]{2}(?:[-:]?[0-9A-Fa-f]{2}){5}$", "examples": ["00155D0A1E00"] }, "maximum": { "type": "string", "description": "Last MAC of the pool, in the same notation.", "pattern": "^[0-9A-Fa-f]{2}(?:[-:]?[0-9A-Fa-f]{2}){5}$", "examples": ["00155D0A1EFF"] } }, "additionalProperties": false } }, "additionalProperties": false } }, "additionalProperties": false, "examples": [{ "apiVersion": "hvlint/v1", "kind": "HyperVHost", "metadata": { "name": "HV01" }, "spec": { "os": "windows-server-2012-r2", "domain": "corp.contoso.com", "cluster": "HVCLUSTER01", "memoryMB": 262144, "logicalProcessors": 32, "memoryReserveMB": 8192, "nicTeams": [{ "name": "TEAM-VM", "mode": "lacp", "loadBalancing": "dynamic", "members": ["Ethernet 3", "Ethernet 4"], "virtualSwitch": "vSwitch-VM", "uplink": { "switch": "SW-CORE01", "lag": 1 } }, { "name": "TEAM-MGMT", "mode": "switch-independent", "loadBalancing": "address-hash", "members": ["Ethernet"], "uplink": { "switch": "SW-CORE01", "port": "g5" } }] } }] };
var schema33 = { "type": "string", "description": "Manifest format version. Only hvlint/v1 exists.", "const": "hvlint/v1", "examples": ["hvlint/v1"] };
var schema40 = { "type": "string", "description": "A Windows Server release that can run the Hyper-V role.", "enum": ["windows-server-2008-r2", "windows-server-2012", "windows-server-2012-r2", "windows-server-2016", "windows-server-2019", "windows-server-2022", "windows-server-2025"], "examples": ["windows-server-2012-r2"] };
var schema41 = { "type": "string", "description": "A DNS domain name (FQDN of an Active Directory domain), compared case-insensitively. No trailing dot.", "minLength": 1, "maxLength": 253, "pattern": "^(?:[A-Za-z0-9](?:[-A-Za-z0-9]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9](?:[-A-Za-z0-9]{0,61}[A-Za-z0-9])?$", "examples": ["corp.contoso.com"] };
var schema35 = { "type": "string", "description": "A Windows / Active Directory style object name (host, cluster, VM, switch, adapter, team...). 1 to 128 characters; no control characters, no / or \\, no leading or trailing whitespace. hvlint compares names case-insensitively, as Windows and AD do.", "minLength": 1, "maxLength": 128, "pattern": "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$", "examples": ["HV01", "HVCLUSTER01", "WEB01", "vSwitch-VM"] };
var schema47 = { "type": "string", "description": "A switch port name as the switch names it (e.g. g1 on a PowerConnect 5424, gi1/0/1 elsewhere).", "minLength": 1, "maxLength": 64, "pattern": "^[A-Za-z0-9](?:[A-Za-z0-9/:._-]{0,62}[A-Za-z0-9])?$", "examples": ["g1", "g24", "gi1/0/1"] };
var schema34 = { "type": "object", "description": "Identity of the document: its name (unique per kind, case-insensitively) and optional labels and annotations.", "required": ["name"], "properties": { "name": { "$ref": "common.schema.json#/$defs/name", "description": "Name of the object, as Windows / AD / the switch knows it. Unique per kind; compared case-insensitively." }, "labels": { "$ref": "common.schema.json#/$defs/labels", "description": "Labels used for selection (e.g. by backup job selectors) and grouping, e.g. role: domain-controller, backup: required." }, "annotations": { "$ref": "common.schema.json#/$defs/annotations", "description": "Notes for people and tools; not interpreted by hvlint." } }, "examples": [{ "name": "WEB01", "labels": { "role": "web", "backup": "required" } }], "additionalProperties": false };
var func1 = import_ucs2length.default.default;
var pattern4 = new RegExp("^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$", "u");
var schema36 = { "type": "object", "description": 'Free-form key/value labels. Keys follow the Kubernetes label-key form; values are strings (quote values YAML would read as numbers or booleans, e.g. "true"). Backup job selectors match them exactly.', "propertyNames": { "$ref": "#/$defs/labelKey" }, "$comment": "The catch-all patternProperties gives every value a type; keys are checked by propertyNames. additionalProperties: false is then vacuous but keeps the every-object-is-closed invariant.", "patternProperties": { ".*": { "type": "string", "description": "A label value.", "maxLength": 256, "examples": ["required", "domain-controller"] } }, "additionalProperties": false, "examples": [{ "role": "web", "backup": "required" }] };
var schema37 = { "type": "string", "description": "A label key in the Kubernetes form: an optional DNS-subdomain prefix and /, then a name of 1-63 characters [A-Za-z0-9-_.] that starts and ends alphanumeric.", "minLength": 1, "maxLength": 317, "pattern": "^(?:[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$", "examples": ["backup", "role", "hvlint.dev/owner"] };
var pattern5 = new RegExp("^(?:[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$", "u");
var pattern6 = new RegExp(".*", "u");
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate23.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      const _errs2 = errors;
      if (typeof key0 === "string") {
        if (func1(key0) > 317) {
          const err0 = { instancePath, schemaPath: "#/$defs/labelKey/maxLength", keyword: "maxLength", params: { limit: 317 }, message: "must NOT have more than 317 characters", schema: 317, parentSchema: schema37, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (func1(key0) < 1) {
          const err1 = { instancePath, schemaPath: "#/$defs/labelKey/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (!pattern5.test(key0)) {
          const err2 = { instancePath, schemaPath: "#/$defs/labelKey/pattern", keyword: "pattern", params: { pattern: "^(?:[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$" }, message: 'must match pattern "^(?:[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$"', schema: "^(?:[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$", parentSchema: schema37, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath, schemaPath: "#/$defs/labelKey/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: key0, propertyName: key0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      var valid0 = _errs2 === errors;
      if (!valid0) {
        const err4 = { instancePath, schemaPath: "#/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid", schema: schema36.propertyNames, parentSchema: schema36, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      if (!pattern6.test(key1)) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema36, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    for (const key2 in data) {
      if (pattern6.test(key2)) {
        let data0 = data[key2];
        if (typeof data0 === "string") {
          if (func1(data0) > 256) {
            const err6 = { instancePath: instancePath + "/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/patternProperties/.*/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema36.patternProperties[".*"], data: data0 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        } else {
          const err7 = { instancePath: instancePath + "/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/patternProperties/.*/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.patternProperties[".*"].type, parentSchema: schema36.patternProperties[".*"], data: data0 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.type, parentSchema: schema36, data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema38 = { "type": "object", "description": "Free-form key/value notes for people and tools (owner, ticket, change record). hvlint does not interpret them. Keys follow the label-key form; values are strings of any length.", "propertyNames": { "$ref": "#/$defs/labelKey" }, "$comment": "See labels.", "patternProperties": { ".*": { "type": "string", "description": "An annotation value.", "examples": ["CHG0012345"] } }, "additionalProperties": false, "examples": [{ "hvlint.dev/owner": "web-team", "change": "CHG0012345" }] };
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate25.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      const _errs2 = errors;
      if (typeof key0 === "string") {
        if (func1(key0) > 317) {
          const err0 = { instancePath, schemaPath: "#/$defs/labelKey/maxLength", keyword: "maxLength", params: { limit: 317 }, message: "must NOT have more than 317 characters", schema: 317, parentSchema: schema37, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (func1(key0) < 1) {
          const err1 = { instancePath, schemaPath: "#/$defs/labelKey/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (!pattern5.test(key0)) {
          const err2 = { instancePath, schemaPath: "#/$defs/labelKey/pattern", keyword: "pattern", params: { pattern: "^(?:[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$" }, message: 'must match pattern "^(?:[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$"', schema: "^(?:[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$", parentSchema: schema37, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath, schemaPath: "#/$defs/labelKey/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: key0, propertyName: key0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      var valid0 = _errs2 === errors;
      if (!valid0) {
        const err4 = { instancePath, schemaPath: "#/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid", schema: schema38.propertyNames, parentSchema: schema38, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      if (!pattern6.test(key1)) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema38, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    for (const key2 in data) {
      if (pattern6.test(key2)) {
        let data0 = data[key2];
        if (typeof data0 !== "string") {
          const err6 = { instancePath: instancePath + "/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/patternProperties/.*/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.patternProperties[".*"].type, parentSchema: schema38.patternProperties[".*"], data: data0 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema38.type, parentSchema: schema38, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
validate25.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate22.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema34.required, parentSchema: schema34, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "labels" || key0 === "annotations")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func1(data0) > 128) {
          const err2 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema35, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (func1(data0) < 1) {
          const err3 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern4.test(data0)) {
          const err4 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$" }, message: 'must match pattern "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$"', schema: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$", parentSchema: schema35, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.labels !== void 0) {
      if (!validate23(data.labels, { instancePath: instancePath + "/labels", parentData: data, parentDataProperty: "labels", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.annotations !== void 0) {
      if (!validate25(data.annotations, { instancePath: instancePath + "/annotations", parentData: data, parentDataProperty: "annotations", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.type, parentSchema: schema34, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var func8 = Object.prototype.hasOwnProperty;
var func0 = import_equal.default.default;
var pattern11 = new RegExp("^(?:[A-Za-z0-9](?:[-A-Za-z0-9]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9](?:[-A-Za-z0-9]{0,61}[A-Za-z0-9])?$", "u");
var pattern17 = new RegExp("^[A-Za-z0-9](?:[A-Za-z0-9/:._-]{0,62}[A-Za-z0-9])?$", "u");
var pattern21 = new RegExp("^[0-9A-Fa-f]{2}(?:[-:]?[0-9A-Fa-f]{2}){5}$", "u");
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.metadata === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property 'metadata'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.spec === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" }, message: "must have required property 'spec'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "spec")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if (typeof data0 !== "string") {
        const err5 = { instancePath: instancePath + "/apiVersion", schemaPath: "common.schema.json#/$defs/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if ("hvlint/v1" !== data0) {
        const err6 = { instancePath: instancePath + "/apiVersion", schemaPath: "common.schema.json#/$defs/apiVersion/const", keyword: "const", params: { allowedValue: "hvlint/v1" }, message: "must be equal to constant", schema: "hvlint/v1", parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if (typeof data1 !== "string") {
        const err7 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.kind.type, parentSchema: schema31.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if ("HyperVHost" !== data1) {
        const err8 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "HyperVHost" }, message: "must be equal to constant", schema: "HyperVHost", parentSchema: schema31.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      if (!validate22(data.metadata, { instancePath: instancePath + "/metadata", parentData: data, parentDataProperty: "metadata", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.spec !== void 0) {
      let data3 = data.spec;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.os === void 0) {
          const err9 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "os" }, message: "must have required property 'os'", schema: schema31.properties.spec.required, parentSchema: schema31.properties.spec, data: data3 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data3.domain === void 0) {
          const err10 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "domain" }, message: "must have required property 'domain'", schema: schema31.properties.spec.required, parentSchema: schema31.properties.spec, data: data3 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        for (const key1 in data3) {
          if (!func8.call(schema31.properties.spec.properties, key1)) {
            const err11 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.spec, data: data3 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data3.os !== void 0) {
          let data4 = data3.os;
          if (typeof data4 !== "string") {
            const err12 = { instancePath: instancePath + "/spec/os", schemaPath: "common.schema.json#/$defs/windowsServerVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.type, parentSchema: schema40, data: data4 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
          if (!(data4 === "windows-server-2008-r2" || data4 === "windows-server-2012" || data4 === "windows-server-2012-r2" || data4 === "windows-server-2016" || data4 === "windows-server-2019" || data4 === "windows-server-2022" || data4 === "windows-server-2025")) {
            const err13 = { instancePath: instancePath + "/spec/os", schemaPath: "common.schema.json#/$defs/windowsServerVersion/enum", keyword: "enum", params: { allowedValues: schema40.enum }, message: "must be equal to one of the allowed values", schema: schema40.enum, parentSchema: schema40, data: data4 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data3.domain !== void 0) {
          let data5 = data3.domain;
          if (typeof data5 === "string") {
            if (func1(data5) > 253) {
              const err14 = { instancePath: instancePath + "/spec/domain", schemaPath: "common.schema.json#/$defs/domainName/maxLength", keyword: "maxLength", params: { limit: 253 }, message: "must NOT have more than 253 characters", schema: 253, parentSchema: schema41, data: data5 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            if (func1(data5) < 1) {
              const err15 = { instancePath: instancePath + "/spec/domain", schemaPath: "common.schema.json#/$defs/domainName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema41, data: data5 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            if (!pattern11.test(data5)) {
              const err16 = { instancePath: instancePath + "/spec/domain", schemaPath: "common.schema.json#/$defs/domainName/pattern", keyword: "pattern", params: { pattern: "^(?:[A-Za-z0-9](?:[-A-Za-z0-9]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9](?:[-A-Za-z0-9]{0,61}[A-Za-z0-9])?$" }, message: 'must match pattern "^(?:[A-Za-z0-9](?:[-A-Za-z0-9]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9](?:[-A-Za-z0-9]{0,61}[A-Za-z0-9])?$"', schema: "^(?:[A-Za-z0-9](?:[-A-Za-z0-9]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9](?:[-A-Za-z0-9]{0,61}[A-Za-z0-9])?$", parentSchema: schema41, data: data5 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          } else {
            const err17 = { instancePath: instancePath + "/spec/domain", schemaPath: "common.schema.json#/$defs/domainName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.type, parentSchema: schema41, data: data5 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data3.cluster !== void 0) {
          let data6 = data3.cluster;
          if (typeof data6 === "string") {
            if (func1(data6) > 128) {
              const err18 = { instancePath: instancePath + "/spec/cluster", schemaPath: "common.schema.json#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema35, data: data6 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            if (func1(data6) < 1) {
              const err19 = { instancePath: instancePath + "/spec/cluster", schemaPath: "common.schema.json#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35, data: data6 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            if (!pattern4.test(data6)) {
              const err20 = { instancePath: instancePath + "/spec/cluster", schemaPath: "common.schema.json#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$" }, message: 'must match pattern "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$"', schema: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$", parentSchema: schema35, data: data6 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          } else {
            const err21 = { instancePath: instancePath + "/spec/cluster", schemaPath: "common.schema.json#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data6 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data3.memoryMB !== void 0) {
          let data7 = data3.memoryMB;
          if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
            const err22 = { instancePath: instancePath + "/spec/memoryMB", schemaPath: "#/properties/spec/properties/memoryMB/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.spec.properties.memoryMB.type, parentSchema: schema31.properties.spec.properties.memoryMB, data: data7 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
          if (typeof data7 == "number" && isFinite(data7)) {
            if (data7 < 1 || isNaN(data7)) {
              const err23 = { instancePath: instancePath + "/spec/memoryMB", schemaPath: "#/properties/spec/properties/memoryMB/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.spec.properties.memoryMB, data: data7 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          }
        }
        if (data3.logicalProcessors !== void 0) {
          let data8 = data3.logicalProcessors;
          if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
            const err24 = { instancePath: instancePath + "/spec/logicalProcessors", schemaPath: "#/properties/spec/properties/logicalProcessors/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.spec.properties.logicalProcessors.type, parentSchema: schema31.properties.spec.properties.logicalProcessors, data: data8 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
          if (typeof data8 == "number" && isFinite(data8)) {
            if (data8 < 1 || isNaN(data8)) {
              const err25 = { instancePath: instancePath + "/spec/logicalProcessors", schemaPath: "#/properties/spec/properties/logicalProcessors/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.spec.properties.logicalProcessors, data: data8 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          }
        }
        if (data3.memoryReserveMB !== void 0) {
          let data9 = data3.memoryReserveMB;
          if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
            const err26 = { instancePath: instancePath + "/spec/memoryReserveMB", schemaPath: "#/properties/spec/properties/memoryReserveMB/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.spec.properties.memoryReserveMB.type, parentSchema: schema31.properties.spec.properties.memoryReserveMB, data: data9 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
          if (typeof data9 == "number" && isFinite(data9)) {
            if (data9 < 0 || isNaN(data9)) {
              const err27 = { instancePath: instancePath + "/spec/memoryReserveMB", schemaPath: "#/properties/spec/properties/memoryReserveMB/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.spec.properties.memoryReserveMB, data: data9 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
          }
        }
        if (data3.arpRetryCount !== void 0) {
          let data10 = data3.arpRetryCount;
          if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
            const err28 = { instancePath: instancePath + "/spec/arpRetryCount", schemaPath: "#/properties/spec/properties/arpRetryCount/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.spec.properties.arpRetryCount.type, parentSchema: schema31.properties.spec.properties.arpRetryCount, data: data10 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
          if (typeof data10 == "number" && isFinite(data10)) {
            if (data10 > 4294967295 || isNaN(data10)) {
              const err29 = { instancePath: instancePath + "/spec/arpRetryCount", schemaPath: "#/properties/spec/properties/arpRetryCount/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295", schema: 4294967295, parentSchema: schema31.properties.spec.properties.arpRetryCount, data: data10 };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
            if (data10 < 0 || isNaN(data10)) {
              const err30 = { instancePath: instancePath + "/spec/arpRetryCount", schemaPath: "#/properties/spec/properties/arpRetryCount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.spec.properties.arpRetryCount, data: data10 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
          }
        }
        if (data3.nicTeams !== void 0) {
          let data11 = data3.nicTeams;
          if (Array.isArray(data11)) {
            const len0 = data11.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data12 = data11[i0];
              const _errs32 = errors;
              let valid8 = false;
              let passing0 = null;
              const _errs33 = errors;
              if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                if (data12.uplink === void 0) {
                  const err31 = { instancePath: instancePath + "/spec/nicTeams/" + i0, schemaPath: "#/properties/spec/properties/nicTeams/items/oneOf/0/required", keyword: "required", params: { missingProperty: "uplink" }, message: "must have required property 'uplink'", schema: schema31.properties.spec.properties.nicTeams.items.oneOf[0].required, parentSchema: schema31.properties.spec.properties.nicTeams.items.oneOf[0], data: data12 };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
              }
              var _valid0 = _errs33 === errors;
              if (_valid0) {
                valid8 = true;
                passing0 = 0;
                var props0 = {};
                props0.uplink = true;
              }
              const _errs34 = errors;
              if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                if (data12.uplinks === void 0) {
                  const err32 = { instancePath: instancePath + "/spec/nicTeams/" + i0, schemaPath: "#/properties/spec/properties/nicTeams/items/oneOf/1/required", keyword: "required", params: { missingProperty: "uplinks" }, message: "must have required property 'uplinks'", schema: schema31.properties.spec.properties.nicTeams.items.oneOf[1].required, parentSchema: schema31.properties.spec.properties.nicTeams.items.oneOf[1], data: data12 };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
              }
              var _valid0 = _errs34 === errors;
              if (_valid0 && valid8) {
                valid8 = false;
                passing0 = [passing0, 1];
              } else {
                if (_valid0) {
                  valid8 = true;
                  passing0 = 1;
                  if (props0 !== true) {
                    props0 = props0 || {};
                    props0.uplinks = true;
                  }
                }
              }
              if (!valid8) {
                const err33 = { instancePath: instancePath + "/spec/nicTeams/" + i0, schemaPath: "#/properties/spec/properties/nicTeams/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema31.properties.spec.properties.nicTeams.items.oneOf, parentSchema: schema31.properties.spec.properties.nicTeams.items, data: data12 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              } else {
                errors = _errs32;
                if (vErrors !== null) {
                  if (_errs32) {
                    vErrors.length = _errs32;
                  } else {
                    vErrors = null;
                  }
                }
              }
              if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                if (data12.name === void 0) {
                  const err34 = { instancePath: instancePath + "/spec/nicTeams/" + i0, schemaPath: "#/properties/spec/properties/nicTeams/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema31.properties.spec.properties.nicTeams.items.required, parentSchema: schema31.properties.spec.properties.nicTeams.items, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                }
                for (const key2 in data12) {
                  if (!(key2 === "name" || key2 === "mode" || key2 === "loadBalancing" || key2 === "members" || key2 === "virtualSwitch" || key2 === "uplink" || key2 === "uplinks")) {
                    const err35 = { instancePath: instancePath + "/spec/nicTeams/" + i0, schemaPath: "#/properties/spec/properties/nicTeams/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.spec.properties.nicTeams.items, data: data12 };
                    if (vErrors === null) {
                      vErrors = [err35];
                    } else {
                      vErrors.push(err35);
                    }
                    errors++;
                  }
                }
                if (data12.name !== void 0) {
                  let data13 = data12.name;
                  if (typeof data13 === "string") {
                    if (func1(data13) > 128) {
                      const err36 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/name", schemaPath: "common.schema.json#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema35, data: data13 };
                      if (vErrors === null) {
                        vErrors = [err36];
                      } else {
                        vErrors.push(err36);
                      }
                      errors++;
                    }
                    if (func1(data13) < 1) {
                      const err37 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/name", schemaPath: "common.schema.json#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35, data: data13 };
                      if (vErrors === null) {
                        vErrors = [err37];
                      } else {
                        vErrors.push(err37);
                      }
                      errors++;
                    }
                    if (!pattern4.test(data13)) {
                      const err38 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/name", schemaPath: "common.schema.json#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$" }, message: 'must match pattern "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$"', schema: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$", parentSchema: schema35, data: data13 };
                      if (vErrors === null) {
                        vErrors = [err38];
                      } else {
                        vErrors.push(err38);
                      }
                      errors++;
                    }
                  } else {
                    const err39 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/name", schemaPath: "common.schema.json#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data13 };
                    if (vErrors === null) {
                      vErrors = [err39];
                    } else {
                      vErrors.push(err39);
                    }
                    errors++;
                  }
                }
                if (data12.mode !== void 0) {
                  let data14 = data12.mode;
                  if (typeof data14 !== "string") {
                    const err40 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/mode", schemaPath: "#/properties/spec/properties/nicTeams/items/properties/mode/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.spec.properties.nicTeams.items.properties.mode.type, parentSchema: schema31.properties.spec.properties.nicTeams.items.properties.mode, data: data14 };
                    if (vErrors === null) {
                      vErrors = [err40];
                    } else {
                      vErrors.push(err40);
                    }
                    errors++;
                  }
                  if (!(data14 === "lacp" || data14 === "static" || data14 === "switch-independent" || data14 === "none")) {
                    const err41 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/mode", schemaPath: "#/properties/spec/properties/nicTeams/items/properties/mode/enum", keyword: "enum", params: { allowedValues: schema31.properties.spec.properties.nicTeams.items.properties.mode.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.spec.properties.nicTeams.items.properties.mode.enum, parentSchema: schema31.properties.spec.properties.nicTeams.items.properties.mode, data: data14 };
                    if (vErrors === null) {
                      vErrors = [err41];
                    } else {
                      vErrors.push(err41);
                    }
                    errors++;
                  }
                }
                if (data12.loadBalancing !== void 0) {
                  let data15 = data12.loadBalancing;
                  if (typeof data15 !== "string") {
                    const err42 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/loadBalancing", schemaPath: "#/properties/spec/properties/nicTeams/items/properties/loadBalancing/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.spec.properties.nicTeams.items.properties.loadBalancing.type, parentSchema: schema31.properties.spec.properties.nicTeams.items.properties.loadBalancing, data: data15 };
                    if (vErrors === null) {
                      vErrors = [err42];
                    } else {
                      vErrors.push(err42);
                    }
                    errors++;
                  }
                  if (!(data15 === "dynamic" || data15 === "hyper-v-port" || data15 === "address-hash")) {
                    const err43 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/loadBalancing", schemaPath: "#/properties/spec/properties/nicTeams/items/properties/loadBalancing/enum", keyword: "enum", params: { allowedValues: schema31.properties.spec.properties.nicTeams.items.properties.loadBalancing.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.spec.properties.nicTeams.items.properties.loadBalancing.enum, parentSchema: schema31.properties.spec.properties.nicTeams.items.properties.loadBalancing, data: data15 };
                    if (vErrors === null) {
                      vErrors = [err43];
                    } else {
                      vErrors.push(err43);
                    }
                    errors++;
                  }
                }
                if (data12.members !== void 0) {
                  let data16 = data12.members;
                  if (Array.isArray(data16)) {
                    if (data16.length < 1) {
                      const err44 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/members", schemaPath: "#/properties/spec/properties/nicTeams/items/properties/members/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.spec.properties.nicTeams.items.properties.members, data: data16 };
                      if (vErrors === null) {
                        vErrors = [err44];
                      } else {
                        vErrors.push(err44);
                      }
                      errors++;
                    }
                    const len1 = data16.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                      let data17 = data16[i1];
                      if (typeof data17 === "string") {
                        if (func1(data17) > 128) {
                          const err45 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/members/" + i1, schemaPath: "common.schema.json#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema35, data: data17 };
                          if (vErrors === null) {
                            vErrors = [err45];
                          } else {
                            vErrors.push(err45);
                          }
                          errors++;
                        }
                        if (func1(data17) < 1) {
                          const err46 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/members/" + i1, schemaPath: "common.schema.json#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35, data: data17 };
                          if (vErrors === null) {
                            vErrors = [err46];
                          } else {
                            vErrors.push(err46);
                          }
                          errors++;
                        }
                        if (!pattern4.test(data17)) {
                          const err47 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/members/" + i1, schemaPath: "common.schema.json#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$" }, message: 'must match pattern "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$"', schema: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$", parentSchema: schema35, data: data17 };
                          if (vErrors === null) {
                            vErrors = [err47];
                          } else {
                            vErrors.push(err47);
                          }
                          errors++;
                        }
                      } else {
                        const err48 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/members/" + i1, schemaPath: "common.schema.json#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data17 };
                        if (vErrors === null) {
                          vErrors = [err48];
                        } else {
                          vErrors.push(err48);
                        }
                        errors++;
                      }
                    }
                    let i2 = data16.length;
                    let j0;
                    if (i2 > 1) {
                      outer0:
                        for (; i2--; ) {
                          for (j0 = i2; j0--; ) {
                            if (func0(data16[i2], data16[j0])) {
                              const err49 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/members", schemaPath: "#/properties/spec/properties/nicTeams/items/properties/members/uniqueItems", keyword: "uniqueItems", params: { i: i2, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i2 + " are identical)", schema: true, parentSchema: schema31.properties.spec.properties.nicTeams.items.properties.members, data: data16 };
                              if (vErrors === null) {
                                vErrors = [err49];
                              } else {
                                vErrors.push(err49);
                              }
                              errors++;
                              break outer0;
                            }
                          }
                        }
                    }
                  } else {
                    const err50 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/members", schemaPath: "#/properties/spec/properties/nicTeams/items/properties/members/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.spec.properties.nicTeams.items.properties.members.type, parentSchema: schema31.properties.spec.properties.nicTeams.items.properties.members, data: data16 };
                    if (vErrors === null) {
                      vErrors = [err50];
                    } else {
                      vErrors.push(err50);
                    }
                    errors++;
                  }
                }
                if (data12.virtualSwitch !== void 0) {
                  let data18 = data12.virtualSwitch;
                  if (typeof data18 === "string") {
                    if (func1(data18) > 128) {
                      const err51 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/virtualSwitch", schemaPath: "common.schema.json#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema35, data: data18 };
                      if (vErrors === null) {
                        vErrors = [err51];
                      } else {
                        vErrors.push(err51);
                      }
                      errors++;
                    }
                    if (func1(data18) < 1) {
                      const err52 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/virtualSwitch", schemaPath: "common.schema.json#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35, data: data18 };
                      if (vErrors === null) {
                        vErrors = [err52];
                      } else {
                        vErrors.push(err52);
                      }
                      errors++;
                    }
                    if (!pattern4.test(data18)) {
                      const err53 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/virtualSwitch", schemaPath: "common.schema.json#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$" }, message: 'must match pattern "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$"', schema: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$", parentSchema: schema35, data: data18 };
                      if (vErrors === null) {
                        vErrors = [err53];
                      } else {
                        vErrors.push(err53);
                      }
                      errors++;
                    }
                  } else {
                    const err54 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/virtualSwitch", schemaPath: "common.schema.json#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data18 };
                    if (vErrors === null) {
                      vErrors = [err54];
                    } else {
                      vErrors.push(err54);
                    }
                    errors++;
                  }
                }
                if (data12.uplink !== void 0) {
                  let data19 = data12.uplink;
                  const _errs53 = errors;
                  let valid16 = false;
                  let passing1 = null;
                  const _errs54 = errors;
                  if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                    if (data19.lag === void 0) {
                      const err55 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplink", schemaPath: "#/properties/spec/properties/nicTeams/items/properties/uplink/oneOf/0/required", keyword: "required", params: { missingProperty: "lag" }, message: "must have required property 'lag'", schema: schema31.properties.spec.properties.nicTeams.items.properties.uplink.oneOf[0].required, parentSchema: schema31.properties.spec.properties.nicTeams.items.properties.uplink.oneOf[0], data: data19 };
                      if (vErrors === null) {
                        vErrors = [err55];
                      } else {
                        vErrors.push(err55);
                      }
                      errors++;
                    }
                  }
                  var _valid1 = _errs54 === errors;
                  if (_valid1) {
                    valid16 = true;
                    passing1 = 0;
                    var props1 = {};
                    props1.lag = true;
                  }
                  const _errs55 = errors;
                  if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                    if (data19.port === void 0) {
                      const err56 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplink", schemaPath: "#/properties/spec/properties/nicTeams/items/properties/uplink/oneOf/1/required", keyword: "required", params: { missingProperty: "port" }, message: "must have required property 'port'", schema: schema31.properties.spec.properties.nicTeams.items.properties.uplink.oneOf[1].required, parentSchema: schema31.properties.spec.properties.nicTeams.items.properties.uplink.oneOf[1], data: data19 };
                      if (vErrors === null) {
                        vErrors = [err56];
                      } else {
                        vErrors.push(err56);
                      }
                      errors++;
                    }
                  }
                  var _valid1 = _errs55 === errors;
                  if (_valid1 && valid16) {
                    valid16 = false;
                    passing1 = [passing1, 1];
                  } else {
                    if (_valid1) {
                      valid16 = true;
                      passing1 = 1;
                      if (props1 !== true) {
                        props1 = props1 || {};
                        props1.port = true;
                      }
                    }
                  }
                  if (!valid16) {
                    const err57 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplink", schemaPath: "#/properties/spec/properties/nicTeams/items/properties/uplink/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema31.properties.spec.properties.nicTeams.items.properties.uplink.oneOf, parentSchema: schema31.properties.spec.properties.nicTeams.items.properties.uplink, data: data19 };
                    if (vErrors === null) {
                      vErrors = [err57];
                    } else {
                      vErrors.push(err57);
                    }
                    errors++;
                  } else {
                    errors = _errs53;
                    if (vErrors !== null) {
                      if (_errs53) {
                        vErrors.length = _errs53;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                  if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                    if (data19.switch === void 0) {
                      const err58 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplink", schemaPath: "#/properties/spec/properties/nicTeams/items/properties/uplink/required", keyword: "required", params: { missingProperty: "switch" }, message: "must have required property 'switch'", schema: schema31.properties.spec.properties.nicTeams.items.properties.uplink.required, parentSchema: schema31.properties.spec.properties.nicTeams.items.properties.uplink, data: data19 };
                      if (vErrors === null) {
                        vErrors = [err58];
                      } else {
                        vErrors.push(err58);
                      }
                      errors++;
                    }
                    for (const key3 in data19) {
                      if (!(key3 === "switch" || key3 === "lag" || key3 === "port")) {
                        const err59 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplink", schemaPath: "#/properties/spec/properties/nicTeams/items/properties/uplink/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.spec.properties.nicTeams.items.properties.uplink, data: data19 };
                        if (vErrors === null) {
                          vErrors = [err59];
                        } else {
                          vErrors.push(err59);
                        }
                        errors++;
                      }
                    }
                    if (data19.switch !== void 0) {
                      let data20 = data19.switch;
                      if (typeof data20 === "string") {
                        if (func1(data20) > 128) {
                          const err60 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplink/switch", schemaPath: "common.schema.json#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema35, data: data20 };
                          if (vErrors === null) {
                            vErrors = [err60];
                          } else {
                            vErrors.push(err60);
                          }
                          errors++;
                        }
                        if (func1(data20) < 1) {
                          const err61 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplink/switch", schemaPath: "common.schema.json#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35, data: data20 };
                          if (vErrors === null) {
                            vErrors = [err61];
                          } else {
                            vErrors.push(err61);
                          }
                          errors++;
                        }
                        if (!pattern4.test(data20)) {
                          const err62 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplink/switch", schemaPath: "common.schema.json#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$" }, message: 'must match pattern "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$"', schema: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$", parentSchema: schema35, data: data20 };
                          if (vErrors === null) {
                            vErrors = [err62];
                          } else {
                            vErrors.push(err62);
                          }
                          errors++;
                        }
                      } else {
                        const err63 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplink/switch", schemaPath: "common.schema.json#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data20 };
                        if (vErrors === null) {
                          vErrors = [err63];
                        } else {
                          vErrors.push(err63);
                        }
                        errors++;
                      }
                    }
                    if (data19.lag !== void 0) {
                      let data21 = data19.lag;
                      if (!(typeof data21 == "number" && (!(data21 % 1) && !isNaN(data21)) && isFinite(data21))) {
                        const err64 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplink/lag", schemaPath: "#/properties/spec/properties/nicTeams/items/properties/uplink/properties/lag/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.spec.properties.nicTeams.items.properties.uplink.properties.lag.type, parentSchema: schema31.properties.spec.properties.nicTeams.items.properties.uplink.properties.lag, data: data21 };
                        if (vErrors === null) {
                          vErrors = [err64];
                        } else {
                          vErrors.push(err64);
                        }
                        errors++;
                      }
                      if (typeof data21 == "number" && isFinite(data21)) {
                        if (data21 > 64 || isNaN(data21)) {
                          const err65 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplink/lag", schemaPath: "#/properties/spec/properties/nicTeams/items/properties/uplink/properties/lag/maximum", keyword: "maximum", params: { comparison: "<=", limit: 64 }, message: "must be <= 64", schema: 64, parentSchema: schema31.properties.spec.properties.nicTeams.items.properties.uplink.properties.lag, data: data21 };
                          if (vErrors === null) {
                            vErrors = [err65];
                          } else {
                            vErrors.push(err65);
                          }
                          errors++;
                        }
                        if (data21 < 1 || isNaN(data21)) {
                          const err66 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplink/lag", schemaPath: "#/properties/spec/properties/nicTeams/items/properties/uplink/properties/lag/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.spec.properties.nicTeams.items.properties.uplink.properties.lag, data: data21 };
                          if (vErrors === null) {
                            vErrors = [err66];
                          } else {
                            vErrors.push(err66);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data19.port !== void 0) {
                      let data22 = data19.port;
                      if (typeof data22 === "string") {
                        if (func1(data22) > 64) {
                          const err67 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplink/port", schemaPath: "common.schema.json#/$defs/portName/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema47, data: data22 };
                          if (vErrors === null) {
                            vErrors = [err67];
                          } else {
                            vErrors.push(err67);
                          }
                          errors++;
                        }
                        if (func1(data22) < 1) {
                          const err68 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplink/port", schemaPath: "common.schema.json#/$defs/portName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema47, data: data22 };
                          if (vErrors === null) {
                            vErrors = [err68];
                          } else {
                            vErrors.push(err68);
                          }
                          errors++;
                        }
                        if (!pattern17.test(data22)) {
                          const err69 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplink/port", schemaPath: "common.schema.json#/$defs/portName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9](?:[A-Za-z0-9/:._-]{0,62}[A-Za-z0-9])?$" }, message: 'must match pattern "^[A-Za-z0-9](?:[A-Za-z0-9/:._-]{0,62}[A-Za-z0-9])?$"', schema: "^[A-Za-z0-9](?:[A-Za-z0-9/:._-]{0,62}[A-Za-z0-9])?$", parentSchema: schema47, data: data22 };
                          if (vErrors === null) {
                            vErrors = [err69];
                          } else {
                            vErrors.push(err69);
                          }
                          errors++;
                        }
                      } else {
                        const err70 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplink/port", schemaPath: "common.schema.json#/$defs/portName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.type, parentSchema: schema47, data: data22 };
                        if (vErrors === null) {
                          vErrors = [err70];
                        } else {
                          vErrors.push(err70);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err71 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplink", schemaPath: "#/properties/spec/properties/nicTeams/items/properties/uplink/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.spec.properties.nicTeams.items.properties.uplink.type, parentSchema: schema31.properties.spec.properties.nicTeams.items.properties.uplink, data: data19 };
                    if (vErrors === null) {
                      vErrors = [err71];
                    } else {
                      vErrors.push(err71);
                    }
                    errors++;
                  }
                }
                if (data12.uplinks !== void 0) {
                  let data23 = data12.uplinks;
                  if (Array.isArray(data23)) {
                    if (data23.length < 1) {
                      const err72 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplinks", schemaPath: "#/properties/spec/properties/nicTeams/items/properties/uplinks/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.spec.properties.nicTeams.items.properties.uplinks, data: data23 };
                      if (vErrors === null) {
                        vErrors = [err72];
                      } else {
                        vErrors.push(err72);
                      }
                      errors++;
                    }
                    const len2 = data23.length;
                    for (let i3 = 0; i3 < len2; i3++) {
                      let data24 = data23[i3];
                      const _errs69 = errors;
                      let valid22 = false;
                      let passing2 = null;
                      const _errs70 = errors;
                      if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
                        if (data24.lag === void 0) {
                          const err73 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplinks/" + i3, schemaPath: "#/properties/spec/properties/nicTeams/items/properties/uplinks/items/oneOf/0/required", keyword: "required", params: { missingProperty: "lag" }, message: "must have required property 'lag'", schema: schema31.properties.spec.properties.nicTeams.items.properties.uplinks.items.oneOf[0].required, parentSchema: schema31.properties.spec.properties.nicTeams.items.properties.uplinks.items.oneOf[0], data: data24 };
                          if (vErrors === null) {
                            vErrors = [err73];
                          } else {
                            vErrors.push(err73);
                          }
                          errors++;
                        }
                      }
                      var _valid2 = _errs70 === errors;
                      if (_valid2) {
                        valid22 = true;
                        passing2 = 0;
                        var props2 = {};
                        props2.lag = true;
                      }
                      const _errs71 = errors;
                      if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
                        if (data24.port === void 0) {
                          const err74 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplinks/" + i3, schemaPath: "#/properties/spec/properties/nicTeams/items/properties/uplinks/items/oneOf/1/required", keyword: "required", params: { missingProperty: "port" }, message: "must have required property 'port'", schema: schema31.properties.spec.properties.nicTeams.items.properties.uplinks.items.oneOf[1].required, parentSchema: schema31.properties.spec.properties.nicTeams.items.properties.uplinks.items.oneOf[1], data: data24 };
                          if (vErrors === null) {
                            vErrors = [err74];
                          } else {
                            vErrors.push(err74);
                          }
                          errors++;
                        }
                      }
                      var _valid2 = _errs71 === errors;
                      if (_valid2 && valid22) {
                        valid22 = false;
                        passing2 = [passing2, 1];
                      } else {
                        if (_valid2) {
                          valid22 = true;
                          passing2 = 1;
                          if (props2 !== true) {
                            props2 = props2 || {};
                            props2.port = true;
                          }
                        }
                      }
                      if (!valid22) {
                        const err75 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplinks/" + i3, schemaPath: "#/properties/spec/properties/nicTeams/items/properties/uplinks/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf", schema: schema31.properties.spec.properties.nicTeams.items.properties.uplinks.items.oneOf, parentSchema: schema31.properties.spec.properties.nicTeams.items.properties.uplinks.items, data: data24 };
                        if (vErrors === null) {
                          vErrors = [err75];
                        } else {
                          vErrors.push(err75);
                        }
                        errors++;
                      } else {
                        errors = _errs69;
                        if (vErrors !== null) {
                          if (_errs69) {
                            vErrors.length = _errs69;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                      if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
                        if (data24.switch === void 0) {
                          const err76 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplinks/" + i3, schemaPath: "#/properties/spec/properties/nicTeams/items/properties/uplinks/items/required", keyword: "required", params: { missingProperty: "switch" }, message: "must have required property 'switch'", schema: schema31.properties.spec.properties.nicTeams.items.properties.uplinks.items.required, parentSchema: schema31.properties.spec.properties.nicTeams.items.properties.uplinks.items, data: data24 };
                          if (vErrors === null) {
                            vErrors = [err76];
                          } else {
                            vErrors.push(err76);
                          }
                          errors++;
                        }
                        for (const key4 in data24) {
                          if (!(key4 === "switch" || key4 === "lag" || key4 === "port" || key4 === "members")) {
                            const err77 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplinks/" + i3, schemaPath: "#/properties/spec/properties/nicTeams/items/properties/uplinks/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.spec.properties.nicTeams.items.properties.uplinks.items, data: data24 };
                            if (vErrors === null) {
                              vErrors = [err77];
                            } else {
                              vErrors.push(err77);
                            }
                            errors++;
                          }
                        }
                        if (data24.switch !== void 0) {
                          let data25 = data24.switch;
                          if (typeof data25 === "string") {
                            if (func1(data25) > 128) {
                              const err78 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplinks/" + i3 + "/switch", schemaPath: "common.schema.json#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema35, data: data25 };
                              if (vErrors === null) {
                                vErrors = [err78];
                              } else {
                                vErrors.push(err78);
                              }
                              errors++;
                            }
                            if (func1(data25) < 1) {
                              const err79 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplinks/" + i3 + "/switch", schemaPath: "common.schema.json#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35, data: data25 };
                              if (vErrors === null) {
                                vErrors = [err79];
                              } else {
                                vErrors.push(err79);
                              }
                              errors++;
                            }
                            if (!pattern4.test(data25)) {
                              const err80 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplinks/" + i3 + "/switch", schemaPath: "common.schema.json#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$" }, message: 'must match pattern "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$"', schema: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$", parentSchema: schema35, data: data25 };
                              if (vErrors === null) {
                                vErrors = [err80];
                              } else {
                                vErrors.push(err80);
                              }
                              errors++;
                            }
                          } else {
                            const err81 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplinks/" + i3 + "/switch", schemaPath: "common.schema.json#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data25 };
                            if (vErrors === null) {
                              vErrors = [err81];
                            } else {
                              vErrors.push(err81);
                            }
                            errors++;
                          }
                        }
                        if (data24.lag !== void 0) {
                          let data26 = data24.lag;
                          if (!(typeof data26 == "number" && (!(data26 % 1) && !isNaN(data26)) && isFinite(data26))) {
                            const err82 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplinks/" + i3 + "/lag", schemaPath: "#/properties/spec/properties/nicTeams/items/properties/uplinks/items/properties/lag/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.spec.properties.nicTeams.items.properties.uplinks.items.properties.lag.type, parentSchema: schema31.properties.spec.properties.nicTeams.items.properties.uplinks.items.properties.lag, data: data26 };
                            if (vErrors === null) {
                              vErrors = [err82];
                            } else {
                              vErrors.push(err82);
                            }
                            errors++;
                          }
                          if (typeof data26 == "number" && isFinite(data26)) {
                            if (data26 > 64 || isNaN(data26)) {
                              const err83 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplinks/" + i3 + "/lag", schemaPath: "#/properties/spec/properties/nicTeams/items/properties/uplinks/items/properties/lag/maximum", keyword: "maximum", params: { comparison: "<=", limit: 64 }, message: "must be <= 64", schema: 64, parentSchema: schema31.properties.spec.properties.nicTeams.items.properties.uplinks.items.properties.lag, data: data26 };
                              if (vErrors === null) {
                                vErrors = [err83];
                              } else {
                                vErrors.push(err83);
                              }
                              errors++;
                            }
                            if (data26 < 1 || isNaN(data26)) {
                              const err84 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplinks/" + i3 + "/lag", schemaPath: "#/properties/spec/properties/nicTeams/items/properties/uplinks/items/properties/lag/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.spec.properties.nicTeams.items.properties.uplinks.items.properties.lag, data: data26 };
                              if (vErrors === null) {
                                vErrors = [err84];
                              } else {
                                vErrors.push(err84);
                              }
                              errors++;
                            }
                          }
                        }
                        if (data24.port !== void 0) {
                          let data27 = data24.port;
                          if (typeof data27 === "string") {
                            if (func1(data27) > 64) {
                              const err85 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplinks/" + i3 + "/port", schemaPath: "common.schema.json#/$defs/portName/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema47, data: data27 };
                              if (vErrors === null) {
                                vErrors = [err85];
                              } else {
                                vErrors.push(err85);
                              }
                              errors++;
                            }
                            if (func1(data27) < 1) {
                              const err86 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplinks/" + i3 + "/port", schemaPath: "common.schema.json#/$defs/portName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema47, data: data27 };
                              if (vErrors === null) {
                                vErrors = [err86];
                              } else {
                                vErrors.push(err86);
                              }
                              errors++;
                            }
                            if (!pattern17.test(data27)) {
                              const err87 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplinks/" + i3 + "/port", schemaPath: "common.schema.json#/$defs/portName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9](?:[A-Za-z0-9/:._-]{0,62}[A-Za-z0-9])?$" }, message: 'must match pattern "^[A-Za-z0-9](?:[A-Za-z0-9/:._-]{0,62}[A-Za-z0-9])?$"', schema: "^[A-Za-z0-9](?:[A-Za-z0-9/:._-]{0,62}[A-Za-z0-9])?$", parentSchema: schema47, data: data27 };
                              if (vErrors === null) {
                                vErrors = [err87];
                              } else {
                                vErrors.push(err87);
                              }
                              errors++;
                            }
                          } else {
                            const err88 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplinks/" + i3 + "/port", schemaPath: "common.schema.json#/$defs/portName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.type, parentSchema: schema47, data: data27 };
                            if (vErrors === null) {
                              vErrors = [err88];
                            } else {
                              vErrors.push(err88);
                            }
                            errors++;
                          }
                        }
                        if (data24.members !== void 0) {
                          let data28 = data24.members;
                          if (Array.isArray(data28)) {
                            if (data28.length < 1) {
                              const err89 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplinks/" + i3 + "/members", schemaPath: "#/properties/spec/properties/nicTeams/items/properties/uplinks/items/properties/members/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.spec.properties.nicTeams.items.properties.uplinks.items.properties.members, data: data28 };
                              if (vErrors === null) {
                                vErrors = [err89];
                              } else {
                                vErrors.push(err89);
                              }
                              errors++;
                            }
                            const len3 = data28.length;
                            for (let i4 = 0; i4 < len3; i4++) {
                              let data29 = data28[i4];
                              if (typeof data29 === "string") {
                                if (func1(data29) > 128) {
                                  const err90 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplinks/" + i3 + "/members/" + i4, schemaPath: "common.schema.json#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema35, data: data29 };
                                  if (vErrors === null) {
                                    vErrors = [err90];
                                  } else {
                                    vErrors.push(err90);
                                  }
                                  errors++;
                                }
                                if (func1(data29) < 1) {
                                  const err91 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplinks/" + i3 + "/members/" + i4, schemaPath: "common.schema.json#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35, data: data29 };
                                  if (vErrors === null) {
                                    vErrors = [err91];
                                  } else {
                                    vErrors.push(err91);
                                  }
                                  errors++;
                                }
                                if (!pattern4.test(data29)) {
                                  const err92 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplinks/" + i3 + "/members/" + i4, schemaPath: "common.schema.json#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$" }, message: 'must match pattern "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$"', schema: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$", parentSchema: schema35, data: data29 };
                                  if (vErrors === null) {
                                    vErrors = [err92];
                                  } else {
                                    vErrors.push(err92);
                                  }
                                  errors++;
                                }
                              } else {
                                const err93 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplinks/" + i3 + "/members/" + i4, schemaPath: "common.schema.json#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data29 };
                                if (vErrors === null) {
                                  vErrors = [err93];
                                } else {
                                  vErrors.push(err93);
                                }
                                errors++;
                              }
                            }
                            let i5 = data28.length;
                            let j1;
                            if (i5 > 1) {
                              outer1:
                                for (; i5--; ) {
                                  for (j1 = i5; j1--; ) {
                                    if (func0(data28[i5], data28[j1])) {
                                      const err94 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplinks/" + i3 + "/members", schemaPath: "#/properties/spec/properties/nicTeams/items/properties/uplinks/items/properties/members/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i5 + " are identical)", schema: true, parentSchema: schema31.properties.spec.properties.nicTeams.items.properties.uplinks.items.properties.members, data: data28 };
                                      if (vErrors === null) {
                                        vErrors = [err94];
                                      } else {
                                        vErrors.push(err94);
                                      }
                                      errors++;
                                      break outer1;
                                    }
                                  }
                                }
                            }
                          } else {
                            const err95 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplinks/" + i3 + "/members", schemaPath: "#/properties/spec/properties/nicTeams/items/properties/uplinks/items/properties/members/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.spec.properties.nicTeams.items.properties.uplinks.items.properties.members.type, parentSchema: schema31.properties.spec.properties.nicTeams.items.properties.uplinks.items.properties.members, data: data28 };
                            if (vErrors === null) {
                              vErrors = [err95];
                            } else {
                              vErrors.push(err95);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err96 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplinks/" + i3, schemaPath: "#/properties/spec/properties/nicTeams/items/properties/uplinks/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.spec.properties.nicTeams.items.properties.uplinks.items.type, parentSchema: schema31.properties.spec.properties.nicTeams.items.properties.uplinks.items, data: data24 };
                        if (vErrors === null) {
                          vErrors = [err96];
                        } else {
                          vErrors.push(err96);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err97 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplinks", schemaPath: "#/properties/spec/properties/nicTeams/items/properties/uplinks/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.spec.properties.nicTeams.items.properties.uplinks.type, parentSchema: schema31.properties.spec.properties.nicTeams.items.properties.uplinks, data: data23 };
                    if (vErrors === null) {
                      vErrors = [err97];
                    } else {
                      vErrors.push(err97);
                    }
                    errors++;
                  }
                }
              } else {
                const err98 = { instancePath: instancePath + "/spec/nicTeams/" + i0, schemaPath: "#/properties/spec/properties/nicTeams/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.spec.properties.nicTeams.items.type, parentSchema: schema31.properties.spec.properties.nicTeams.items, data: data12 };
                if (vErrors === null) {
                  vErrors = [err98];
                } else {
                  vErrors.push(err98);
                }
                errors++;
              }
            }
          } else {
            const err99 = { instancePath: instancePath + "/spec/nicTeams", schemaPath: "#/properties/spec/properties/nicTeams/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.spec.properties.nicTeams.type, parentSchema: schema31.properties.spec.properties.nicTeams, data: data11 };
            if (vErrors === null) {
              vErrors = [err99];
            } else {
              vErrors.push(err99);
            }
            errors++;
          }
        }
        if (data3.macAddressPool !== void 0) {
          let data30 = data3.macAddressPool;
          if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
            if (data30.minimum === void 0) {
              const err100 = { instancePath: instancePath + "/spec/macAddressPool", schemaPath: "#/properties/spec/properties/macAddressPool/required", keyword: "required", params: { missingProperty: "minimum" }, message: "must have required property 'minimum'", schema: schema31.properties.spec.properties.macAddressPool.required, parentSchema: schema31.properties.spec.properties.macAddressPool, data: data30 };
              if (vErrors === null) {
                vErrors = [err100];
              } else {
                vErrors.push(err100);
              }
              errors++;
            }
            if (data30.maximum === void 0) {
              const err101 = { instancePath: instancePath + "/spec/macAddressPool", schemaPath: "#/properties/spec/properties/macAddressPool/required", keyword: "required", params: { missingProperty: "maximum" }, message: "must have required property 'maximum'", schema: schema31.properties.spec.properties.macAddressPool.required, parentSchema: schema31.properties.spec.properties.macAddressPool, data: data30 };
              if (vErrors === null) {
                vErrors = [err101];
              } else {
                vErrors.push(err101);
              }
              errors++;
            }
            for (const key5 in data30) {
              if (!(key5 === "minimum" || key5 === "maximum")) {
                const err102 = { instancePath: instancePath + "/spec/macAddressPool", schemaPath: "#/properties/spec/properties/macAddressPool/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.spec.properties.macAddressPool, data: data30 };
                if (vErrors === null) {
                  vErrors = [err102];
                } else {
                  vErrors.push(err102);
                }
                errors++;
              }
            }
            if (data30.minimum !== void 0) {
              let data31 = data30.minimum;
              if (typeof data31 === "string") {
                if (!pattern21.test(data31)) {
                  const err103 = { instancePath: instancePath + "/spec/macAddressPool/minimum", schemaPath: "#/properties/spec/properties/macAddressPool/properties/minimum/pattern", keyword: "pattern", params: { pattern: "^[0-9A-Fa-f]{2}(?:[-:]?[0-9A-Fa-f]{2}){5}$" }, message: 'must match pattern "^[0-9A-Fa-f]{2}(?:[-:]?[0-9A-Fa-f]{2}){5}$"', schema: "^[0-9A-Fa-f]{2}(?:[-:]?[0-9A-Fa-f]{2}){5}$", parentSchema: schema31.properties.spec.properties.macAddressPool.properties.minimum, data: data31 };
                  if (vErrors === null) {
                    vErrors = [err103];
                  } else {
                    vErrors.push(err103);
                  }
                  errors++;
                }
              } else {
                const err104 = { instancePath: instancePath + "/spec/macAddressPool/minimum", schemaPath: "#/properties/spec/properties/macAddressPool/properties/minimum/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.spec.properties.macAddressPool.properties.minimum.type, parentSchema: schema31.properties.spec.properties.macAddressPool.properties.minimum, data: data31 };
                if (vErrors === null) {
                  vErrors = [err104];
                } else {
                  vErrors.push(err104);
                }
                errors++;
              }
            }
            if (data30.maximum !== void 0) {
              let data32 = data30.maximum;
              if (typeof data32 === "string") {
                if (!pattern21.test(data32)) {
                  const err105 = { instancePath: instancePath + "/spec/macAddressPool/maximum", schemaPath: "#/properties/spec/properties/macAddressPool/properties/maximum/pattern", keyword: "pattern", params: { pattern: "^[0-9A-Fa-f]{2}(?:[-:]?[0-9A-Fa-f]{2}){5}$" }, message: 'must match pattern "^[0-9A-Fa-f]{2}(?:[-:]?[0-9A-Fa-f]{2}){5}$"', schema: "^[0-9A-Fa-f]{2}(?:[-:]?[0-9A-Fa-f]{2}){5}$", parentSchema: schema31.properties.spec.properties.macAddressPool.properties.maximum, data: data32 };
                  if (vErrors === null) {
                    vErrors = [err105];
                  } else {
                    vErrors.push(err105);
                  }
                  errors++;
                }
              } else {
                const err106 = { instancePath: instancePath + "/spec/macAddressPool/maximum", schemaPath: "#/properties/spec/properties/macAddressPool/properties/maximum/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.spec.properties.macAddressPool.properties.maximum.type, parentSchema: schema31.properties.spec.properties.macAddressPool.properties.maximum, data: data32 };
                if (vErrors === null) {
                  vErrors = [err106];
                } else {
                  vErrors.push(err106);
                }
                errors++;
              }
            }
          } else {
            const err107 = { instancePath: instancePath + "/spec/macAddressPool", schemaPath: "#/properties/spec/properties/macAddressPool/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.spec.properties.macAddressPool.type, parentSchema: schema31.properties.spec.properties.macAddressPool, data: data30 };
            if (vErrors === null) {
              vErrors = [err107];
            } else {
              vErrors.push(err107);
            }
            errors++;
          }
        }
      } else {
        const err108 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.spec.type, parentSchema: schema31.properties.spec, data: data3 };
        if (vErrors === null) {
          vErrors = [err108];
        } else {
          vErrors.push(err108);
        }
        errors++;
      }
    }
  } else {
    const err109 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err109];
    } else {
      vErrors.push(err109);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var HyperVCluster = validate28;
var schema51 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://hvlint.dev/schemas/v1/hyperv-cluster.schema.json", "title": "Hyper-V failover cluster", "description": "A Windows Server failover cluster of Hyper-V hosts: its domain, its nodes and its Cluster Shared Volumes. Highly available VMs (spec.cluster) can run on any node.", "type": "object", "required": ["apiVersion", "kind", "metadata", "spec"], "properties": { "apiVersion": { "$ref": "common.schema.json#/$defs/apiVersion", "description": "Manifest format version; always hvlint/v1." }, "kind": { "type": "string", "description": "Kind of the document; always HyperVCluster for this schema.", "const": "HyperVCluster" }, "metadata": { "$ref": "common.schema.json#/$defs/metadata", "description": "Name, labels and annotations of the document." }, "spec": { "type": "object", "description": "Desired configuration of the failover cluster.", "required": ["domain", "nodes"], "properties": { "domain": { "$ref": "common.schema.json#/$defs/domainName", "description": "Active Directory domain of the cluster (its cluster name object lives there)." }, "nodes": { "type": "array", "description": "Names of the HyperVHost documents that are nodes of this cluster.", "items": { "$ref": "common.schema.json#/$defs/name", "description": "metadata.name of a HyperVHost.", "examples": ["HV01"] }, "minItems": 1, "uniqueItems": true, "examples": [["HV01", "HV02"]] }, "witness": { "type": "object", "description": "Quorum witness of the cluster (Get-ClusterQuorum): its vote lets a cluster keep a majority when a node fails. Use none for a cluster with no witness; omit the field when it is not known.", "required": ["type"], "properties": { "type": { "type": "string", "description": "Kind of witness: disk (a shared cluster disk), file-share (an SMB share), cloud (an Azure storage account; Windows Server 2016 and later), or none.", "enum": ["disk", "file-share", "cloud", "none"], "examples": ["file-share"] }, "disk": { "$ref": "common.schema.json#/$defs/name", "description": "Name of the cluster disk resource of a disk witness.", "examples": ["Cluster Disk 1"] }, "path": { "$ref": "common.schema.json#/$defs/windowsPath", "description": "UNC path of the share of a file-share witness.", "examples": ["\\\\FS01\\Witness$\\HVCLUSTER01"] }, "account": { "type": "string", "description": "Azure storage account name of a cloud witness.", "minLength": 3, "maxLength": 24, "pattern": "^[a-z0-9]+$", "examples": ["contosowitness"] } }, "additionalProperties": false, "examples": [{ "type": "file-share", "path": "\\\\FS01\\Witness$\\HVCLUSTER01" }] }, "sharedVolumes": { "type": "array", "description": "Cluster Shared Volumes (CSV).", "items": { "type": "object", "description": "A Cluster Shared Volume.", "required": ["name", "path"], "properties": { "name": { "$ref": "common.schema.json#/$defs/name", "description": "CSV name, usually the folder name under C:\\ClusterStorage.", "examples": ["Volume1"] }, "path": { "type": "string", "description": "Mount path of the CSV on every node: a drive letter, \\ClusterStorage\\ and the volume folder, e.g. C:\\ClusterStorage\\Volume1.", "minLength": 4, "maxLength": 260, "pattern": '^[A-Za-z]:\\\\ClusterStorage\\\\[^\\\\/:*?"<>|\\u0000-\\u001f]+$', "examples": ["C:\\ClusterStorage\\Volume1"] }, "lun": { "type": "object", "description": "The shared storage LUN backing the CSV.", "required": ["storage"], "properties": { "storage": { "type": "string", "description": "How the LUN is shared: sas (shared SAS array), iscsi, fc (Fibre Channel), smb (SMB 3 share), s2d (Storage Spaces Direct).", "enum": ["sas", "iscsi", "fc", "smb", "s2d"], "examples": ["sas"] }, "array": { "type": "string", "description": "Name of the storage array or share server that holds the LUN.", "minLength": 1, "maxLength": 128, "examples": ["MD3220-01"] }, "id": { "description": "LUN number on the array (integer) or the array's identifier for the volume (string, e.g. a WWN or share path).", "anyOf": [{ "type": "integer", "description": "LUN number.", "minimum": 0 }, { "type": "string", "description": "Volume identifier.", "minLength": 1, "maxLength": 256 }], "examples": [0, "600a0b80005ad3c4000004c54fd6f1a2"] } }, "additionalProperties": false } }, "additionalProperties": false } }, "clusterDisks": { "type": "array", "description": "Clustered disks that are not Cluster Shared Volumes (Physical Disk resources): each is online on one node at a time and moves with the role that owns it, so a highly available VM may keep its disks there.", "items": { "type": "object", "description": "A clustered disk that is not a CSV.", "required": ["name", "path"], "properties": { "name": { "$ref": "common.schema.json#/$defs/name", "description": "Cluster resource name of the disk.", "examples": ["Cluster Disk 2"] }, "path": { "type": "string", "description": "Where the disk is mounted on its owner node: a drive letter (E: or E:\\) or a mount-point folder (E:\\Mounts\\Data1).", "minLength": 2, "maxLength": 260, "pattern": '^[A-Za-z]:(?:\\\\[^\\\\/:*?"<>|\\u0000-\\u001f]+)*\\\\?$', "examples": ["E:\\"] } }, "additionalProperties": false } } }, "additionalProperties": false } }, "additionalProperties": false, "examples": [{ "apiVersion": "hvlint/v1", "kind": "HyperVCluster", "metadata": { "name": "HVCLUSTER01" }, "spec": { "domain": "corp.contoso.com", "nodes": ["HV01", "HV02"], "witness": { "type": "file-share", "path": "\\\\FS01\\Witness$\\HVCLUSTER01" }, "sharedVolumes": [{ "name": "Volume1", "path": "C:\\ClusterStorage\\Volume1", "lun": { "storage": "sas", "array": "MD3220-01", "id": 0 } }] } }] };
var schema58 = { "type": "string", "description": "An absolute Windows path: drive-letter (C:\\...) or UNC (\\\\server\\share\\...), backslash-separated. In YAML write it plain or single-quoted; double quotes need every backslash doubled.", "minLength": 4, "maxLength": 1024, "pattern": '^(?:[A-Za-z]:|\\\\\\\\[^\\\\/:*?"<>|\\u0000-\\u0020]+\\\\[^\\\\/:*?"<>|\\u0000-\\u001f]+)(?:\\\\[^\\\\/:*?"<>|\\u0000-\\u001f]+)+$', "examples": ["C:\\ClusterStorage\\Volume1\\WEB01\\Virtual Hard Disks\\WEB01-system.vhdx", "\\\\NAS01\\ISO\\ubuntu-22.04.iso"] };
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate29.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema34.required, parentSchema: schema34, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "labels" || key0 === "annotations")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func1(data0) > 128) {
          const err2 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema35, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (func1(data0) < 1) {
          const err3 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern4.test(data0)) {
          const err4 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$" }, message: 'must match pattern "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$"', schema: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$", parentSchema: schema35, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.labels !== void 0) {
      if (!validate23(data.labels, { instancePath: instancePath + "/labels", parentData: data, parentDataProperty: "labels", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.annotations !== void 0) {
      if (!validate25(data.annotations, { instancePath: instancePath + "/annotations", parentData: data, parentDataProperty: "annotations", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.type, parentSchema: schema34, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate29.errors = vErrors;
  return errors === 0;
}
validate29.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var pattern27 = new RegExp('^(?:[A-Za-z]:|\\\\\\\\[^\\\\/:*?"<>|\\u0000-\\u0020]+\\\\[^\\\\/:*?"<>|\\u0000-\\u001f]+)(?:\\\\[^\\\\/:*?"<>|\\u0000-\\u001f]+)+$', "u");
var pattern28 = new RegExp("^[a-z0-9]+$", "u");
var pattern30 = new RegExp('^[A-Za-z]:\\\\ClusterStorage\\\\[^\\\\/:*?"<>|\\u0000-\\u001f]+$', "u");
var pattern32 = new RegExp('^[A-Za-z]:(?:\\\\[^\\\\/:*?"<>|\\u0000-\\u001f]+)*\\\\?$', "u");
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate28.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema51.required, parentSchema: schema51, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema51.required, parentSchema: schema51, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.metadata === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property 'metadata'", schema: schema51.required, parentSchema: schema51, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.spec === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" }, message: "must have required property 'spec'", schema: schema51.required, parentSchema: schema51, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "spec")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema51, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if (typeof data0 !== "string") {
        const err5 = { instancePath: instancePath + "/apiVersion", schemaPath: "common.schema.json#/$defs/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if ("hvlint/v1" !== data0) {
        const err6 = { instancePath: instancePath + "/apiVersion", schemaPath: "common.schema.json#/$defs/apiVersion/const", keyword: "const", params: { allowedValue: "hvlint/v1" }, message: "must be equal to constant", schema: "hvlint/v1", parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if (typeof data1 !== "string") {
        const err7 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.properties.kind.type, parentSchema: schema51.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if ("HyperVCluster" !== data1) {
        const err8 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "HyperVCluster" }, message: "must be equal to constant", schema: "HyperVCluster", parentSchema: schema51.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      if (!validate29(data.metadata, { instancePath: instancePath + "/metadata", parentData: data, parentDataProperty: "metadata", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
    if (data.spec !== void 0) {
      let data3 = data.spec;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.domain === void 0) {
          const err9 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "domain" }, message: "must have required property 'domain'", schema: schema51.properties.spec.required, parentSchema: schema51.properties.spec, data: data3 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data3.nodes === void 0) {
          const err10 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "nodes" }, message: "must have required property 'nodes'", schema: schema51.properties.spec.required, parentSchema: schema51.properties.spec, data: data3 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        for (const key1 in data3) {
          if (!(key1 === "domain" || key1 === "nodes" || key1 === "witness" || key1 === "sharedVolumes" || key1 === "clusterDisks")) {
            const err11 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema51.properties.spec, data: data3 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data3.domain !== void 0) {
          let data4 = data3.domain;
          if (typeof data4 === "string") {
            if (func1(data4) > 253) {
              const err12 = { instancePath: instancePath + "/spec/domain", schemaPath: "common.schema.json#/$defs/domainName/maxLength", keyword: "maxLength", params: { limit: 253 }, message: "must NOT have more than 253 characters", schema: 253, parentSchema: schema41, data: data4 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            if (func1(data4) < 1) {
              const err13 = { instancePath: instancePath + "/spec/domain", schemaPath: "common.schema.json#/$defs/domainName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema41, data: data4 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            if (!pattern11.test(data4)) {
              const err14 = { instancePath: instancePath + "/spec/domain", schemaPath: "common.schema.json#/$defs/domainName/pattern", keyword: "pattern", params: { pattern: "^(?:[A-Za-z0-9](?:[-A-Za-z0-9]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9](?:[-A-Za-z0-9]{0,61}[A-Za-z0-9])?$" }, message: 'must match pattern "^(?:[A-Za-z0-9](?:[-A-Za-z0-9]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9](?:[-A-Za-z0-9]{0,61}[A-Za-z0-9])?$"', schema: "^(?:[A-Za-z0-9](?:[-A-Za-z0-9]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9](?:[-A-Za-z0-9]{0,61}[A-Za-z0-9])?$", parentSchema: schema41, data: data4 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          } else {
            const err15 = { instancePath: instancePath + "/spec/domain", schemaPath: "common.schema.json#/$defs/domainName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.type, parentSchema: schema41, data: data4 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data3.nodes !== void 0) {
          let data5 = data3.nodes;
          if (Array.isArray(data5)) {
            if (data5.length < 1) {
              const err16 = { instancePath: instancePath + "/spec/nodes", schemaPath: "#/properties/spec/properties/nodes/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema51.properties.spec.properties.nodes, data: data5 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            const len0 = data5.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data6 = data5[i0];
              if (typeof data6 === "string") {
                if (func1(data6) > 128) {
                  const err17 = { instancePath: instancePath + "/spec/nodes/" + i0, schemaPath: "common.schema.json#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema35, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
                if (func1(data6) < 1) {
                  const err18 = { instancePath: instancePath + "/spec/nodes/" + i0, schemaPath: "common.schema.json#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
                if (!pattern4.test(data6)) {
                  const err19 = { instancePath: instancePath + "/spec/nodes/" + i0, schemaPath: "common.schema.json#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$" }, message: 'must match pattern "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$"', schema: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$", parentSchema: schema35, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
              } else {
                const err20 = { instancePath: instancePath + "/spec/nodes/" + i0, schemaPath: "common.schema.json#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data6 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            let i1 = data5.length;
            let j0;
            if (i1 > 1) {
              outer0:
                for (; i1--; ) {
                  for (j0 = i1; j0--; ) {
                    if (func0(data5[i1], data5[j0])) {
                      const err21 = { instancePath: instancePath + "/spec/nodes", schemaPath: "#/properties/spec/properties/nodes/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema51.properties.spec.properties.nodes, data: data5 };
                      if (vErrors === null) {
                        vErrors = [err21];
                      } else {
                        vErrors.push(err21);
                      }
                      errors++;
                      break outer0;
                    }
                  }
                }
            }
          } else {
            const err22 = { instancePath: instancePath + "/spec/nodes", schemaPath: "#/properties/spec/properties/nodes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema51.properties.spec.properties.nodes.type, parentSchema: schema51.properties.spec.properties.nodes, data: data5 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data3.witness !== void 0) {
          let data7 = data3.witness;
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            if (data7.type === void 0) {
              const err23 = { instancePath: instancePath + "/spec/witness", schemaPath: "#/properties/spec/properties/witness/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema51.properties.spec.properties.witness.required, parentSchema: schema51.properties.spec.properties.witness, data: data7 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            for (const key2 in data7) {
              if (!(key2 === "type" || key2 === "disk" || key2 === "path" || key2 === "account")) {
                const err24 = { instancePath: instancePath + "/spec/witness", schemaPath: "#/properties/spec/properties/witness/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema51.properties.spec.properties.witness, data: data7 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data7.type !== void 0) {
              let data8 = data7.type;
              if (typeof data8 !== "string") {
                const err25 = { instancePath: instancePath + "/spec/witness/type", schemaPath: "#/properties/spec/properties/witness/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.properties.spec.properties.witness.properties.type.type, parentSchema: schema51.properties.spec.properties.witness.properties.type, data: data8 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
              if (!(data8 === "disk" || data8 === "file-share" || data8 === "cloud" || data8 === "none")) {
                const err26 = { instancePath: instancePath + "/spec/witness/type", schemaPath: "#/properties/spec/properties/witness/properties/type/enum", keyword: "enum", params: { allowedValues: schema51.properties.spec.properties.witness.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema51.properties.spec.properties.witness.properties.type.enum, parentSchema: schema51.properties.spec.properties.witness.properties.type, data: data8 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data7.disk !== void 0) {
              let data9 = data7.disk;
              if (typeof data9 === "string") {
                if (func1(data9) > 128) {
                  const err27 = { instancePath: instancePath + "/spec/witness/disk", schemaPath: "common.schema.json#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema35, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
                if (func1(data9) < 1) {
                  const err28 = { instancePath: instancePath + "/spec/witness/disk", schemaPath: "common.schema.json#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
                if (!pattern4.test(data9)) {
                  const err29 = { instancePath: instancePath + "/spec/witness/disk", schemaPath: "common.schema.json#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$" }, message: 'must match pattern "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$"', schema: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$", parentSchema: schema35, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
              } else {
                const err30 = { instancePath: instancePath + "/spec/witness/disk", schemaPath: "common.schema.json#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data9 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            if (data7.path !== void 0) {
              let data10 = data7.path;
              if (typeof data10 === "string") {
                if (func1(data10) > 1024) {
                  const err31 = { instancePath: instancePath + "/spec/witness/path", schemaPath: "common.schema.json#/$defs/windowsPath/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema58, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
                if (func1(data10) < 4) {
                  const err32 = { instancePath: instancePath + "/spec/witness/path", schemaPath: "common.schema.json#/$defs/windowsPath/minLength", keyword: "minLength", params: { limit: 4 }, message: "must NOT have fewer than 4 characters", schema: 4, parentSchema: schema58, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
                if (!pattern27.test(data10)) {
                  const err33 = { instancePath: instancePath + "/spec/witness/path", schemaPath: "common.schema.json#/$defs/windowsPath/pattern", keyword: "pattern", params: { pattern: '^(?:[A-Za-z]:|\\\\\\\\[^\\\\/:*?"<>|\\u0000-\\u0020]+\\\\[^\\\\/:*?"<>|\\u0000-\\u001f]+)(?:\\\\[^\\\\/:*?"<>|\\u0000-\\u001f]+)+$' }, message: 'must match pattern "^(?:[A-Za-z]:|\\\\\\\\[^\\\\/:*?"<>|\\u0000-\\u0020]+\\\\[^\\\\/:*?"<>|\\u0000-\\u001f]+)(?:\\\\[^\\\\/:*?"<>|\\u0000-\\u001f]+)+$"', schema: '^(?:[A-Za-z]:|\\\\\\\\[^\\\\/:*?"<>|\\u0000-\\u0020]+\\\\[^\\\\/:*?"<>|\\u0000-\\u001f]+)(?:\\\\[^\\\\/:*?"<>|\\u0000-\\u001f]+)+$', parentSchema: schema58, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err33];
                  } else {
                    vErrors.push(err33);
                  }
                  errors++;
                }
              } else {
                const err34 = { instancePath: instancePath + "/spec/witness/path", schemaPath: "common.schema.json#/$defs/windowsPath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema58.type, parentSchema: schema58, data: data10 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
            if (data7.account !== void 0) {
              let data11 = data7.account;
              if (typeof data11 === "string") {
                if (func1(data11) > 24) {
                  const err35 = { instancePath: instancePath + "/spec/witness/account", schemaPath: "#/properties/spec/properties/witness/properties/account/maxLength", keyword: "maxLength", params: { limit: 24 }, message: "must NOT have more than 24 characters", schema: 24, parentSchema: schema51.properties.spec.properties.witness.properties.account, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err35];
                  } else {
                    vErrors.push(err35);
                  }
                  errors++;
                }
                if (func1(data11) < 3) {
                  const err36 = { instancePath: instancePath + "/spec/witness/account", schemaPath: "#/properties/spec/properties/witness/properties/account/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters", schema: 3, parentSchema: schema51.properties.spec.properties.witness.properties.account, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
                if (!pattern28.test(data11)) {
                  const err37 = { instancePath: instancePath + "/spec/witness/account", schemaPath: "#/properties/spec/properties/witness/properties/account/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+$" }, message: 'must match pattern "^[a-z0-9]+$"', schema: "^[a-z0-9]+$", parentSchema: schema51.properties.spec.properties.witness.properties.account, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err37];
                  } else {
                    vErrors.push(err37);
                  }
                  errors++;
                }
              } else {
                const err38 = { instancePath: instancePath + "/spec/witness/account", schemaPath: "#/properties/spec/properties/witness/properties/account/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.properties.spec.properties.witness.properties.account.type, parentSchema: schema51.properties.spec.properties.witness.properties.account, data: data11 };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
          } else {
            const err39 = { instancePath: instancePath + "/spec/witness", schemaPath: "#/properties/spec/properties/witness/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema51.properties.spec.properties.witness.type, parentSchema: schema51.properties.spec.properties.witness, data: data7 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data3.sharedVolumes !== void 0) {
          let data12 = data3.sharedVolumes;
          if (Array.isArray(data12)) {
            const len1 = data12.length;
            for (let i2 = 0; i2 < len1; i2++) {
              let data13 = data12[i2];
              if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                if (data13.name === void 0) {
                  const err40 = { instancePath: instancePath + "/spec/sharedVolumes/" + i2, schemaPath: "#/properties/spec/properties/sharedVolumes/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema51.properties.spec.properties.sharedVolumes.items.required, parentSchema: schema51.properties.spec.properties.sharedVolumes.items, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err40];
                  } else {
                    vErrors.push(err40);
                  }
                  errors++;
                }
                if (data13.path === void 0) {
                  const err41 = { instancePath: instancePath + "/spec/sharedVolumes/" + i2, schemaPath: "#/properties/spec/properties/sharedVolumes/items/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema51.properties.spec.properties.sharedVolumes.items.required, parentSchema: schema51.properties.spec.properties.sharedVolumes.items, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err41];
                  } else {
                    vErrors.push(err41);
                  }
                  errors++;
                }
                for (const key3 in data13) {
                  if (!(key3 === "name" || key3 === "path" || key3 === "lun")) {
                    const err42 = { instancePath: instancePath + "/spec/sharedVolumes/" + i2, schemaPath: "#/properties/spec/properties/sharedVolumes/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema51.properties.spec.properties.sharedVolumes.items, data: data13 };
                    if (vErrors === null) {
                      vErrors = [err42];
                    } else {
                      vErrors.push(err42);
                    }
                    errors++;
                  }
                }
                if (data13.name !== void 0) {
                  let data14 = data13.name;
                  if (typeof data14 === "string") {
                    if (func1(data14) > 128) {
                      const err43 = { instancePath: instancePath + "/spec/sharedVolumes/" + i2 + "/name", schemaPath: "common.schema.json#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema35, data: data14 };
                      if (vErrors === null) {
                        vErrors = [err43];
                      } else {
                        vErrors.push(err43);
                      }
                      errors++;
                    }
                    if (func1(data14) < 1) {
                      const err44 = { instancePath: instancePath + "/spec/sharedVolumes/" + i2 + "/name", schemaPath: "common.schema.json#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35, data: data14 };
                      if (vErrors === null) {
                        vErrors = [err44];
                      } else {
                        vErrors.push(err44);
                      }
                      errors++;
                    }
                    if (!pattern4.test(data14)) {
                      const err45 = { instancePath: instancePath + "/spec/sharedVolumes/" + i2 + "/name", schemaPath: "common.schema.json#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$" }, message: 'must match pattern "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$"', schema: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$", parentSchema: schema35, data: data14 };
                      if (vErrors === null) {
                        vErrors = [err45];
                      } else {
                        vErrors.push(err45);
                      }
                      errors++;
                    }
                  } else {
                    const err46 = { instancePath: instancePath + "/spec/sharedVolumes/" + i2 + "/name", schemaPath: "common.schema.json#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data14 };
                    if (vErrors === null) {
                      vErrors = [err46];
                    } else {
                      vErrors.push(err46);
                    }
                    errors++;
                  }
                }
                if (data13.path !== void 0) {
                  let data15 = data13.path;
                  if (typeof data15 === "string") {
                    if (func1(data15) > 260) {
                      const err47 = { instancePath: instancePath + "/spec/sharedVolumes/" + i2 + "/path", schemaPath: "#/properties/spec/properties/sharedVolumes/items/properties/path/maxLength", keyword: "maxLength", params: { limit: 260 }, message: "must NOT have more than 260 characters", schema: 260, parentSchema: schema51.properties.spec.properties.sharedVolumes.items.properties.path, data: data15 };
                      if (vErrors === null) {
                        vErrors = [err47];
                      } else {
                        vErrors.push(err47);
                      }
                      errors++;
                    }
                    if (func1(data15) < 4) {
                      const err48 = { instancePath: instancePath + "/spec/sharedVolumes/" + i2 + "/path", schemaPath: "#/properties/spec/properties/sharedVolumes/items/properties/path/minLength", keyword: "minLength", params: { limit: 4 }, message: "must NOT have fewer than 4 characters", schema: 4, parentSchema: schema51.properties.spec.properties.sharedVolumes.items.properties.path, data: data15 };
                      if (vErrors === null) {
                        vErrors = [err48];
                      } else {
                        vErrors.push(err48);
                      }
                      errors++;
                    }
                    if (!pattern30.test(data15)) {
                      const err49 = { instancePath: instancePath + "/spec/sharedVolumes/" + i2 + "/path", schemaPath: "#/properties/spec/properties/sharedVolumes/items/properties/path/pattern", keyword: "pattern", params: { pattern: '^[A-Za-z]:\\\\ClusterStorage\\\\[^\\\\/:*?"<>|\\u0000-\\u001f]+$' }, message: 'must match pattern "^[A-Za-z]:\\\\ClusterStorage\\\\[^\\\\/:*?"<>|\\u0000-\\u001f]+$"', schema: '^[A-Za-z]:\\\\ClusterStorage\\\\[^\\\\/:*?"<>|\\u0000-\\u001f]+$', parentSchema: schema51.properties.spec.properties.sharedVolumes.items.properties.path, data: data15 };
                      if (vErrors === null) {
                        vErrors = [err49];
                      } else {
                        vErrors.push(err49);
                      }
                      errors++;
                    }
                  } else {
                    const err50 = { instancePath: instancePath + "/spec/sharedVolumes/" + i2 + "/path", schemaPath: "#/properties/spec/properties/sharedVolumes/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.properties.spec.properties.sharedVolumes.items.properties.path.type, parentSchema: schema51.properties.spec.properties.sharedVolumes.items.properties.path, data: data15 };
                    if (vErrors === null) {
                      vErrors = [err50];
                    } else {
                      vErrors.push(err50);
                    }
                    errors++;
                  }
                }
                if (data13.lun !== void 0) {
                  let data16 = data13.lun;
                  if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                    if (data16.storage === void 0) {
                      const err51 = { instancePath: instancePath + "/spec/sharedVolumes/" + i2 + "/lun", schemaPath: "#/properties/spec/properties/sharedVolumes/items/properties/lun/required", keyword: "required", params: { missingProperty: "storage" }, message: "must have required property 'storage'", schema: schema51.properties.spec.properties.sharedVolumes.items.properties.lun.required, parentSchema: schema51.properties.spec.properties.sharedVolumes.items.properties.lun, data: data16 };
                      if (vErrors === null) {
                        vErrors = [err51];
                      } else {
                        vErrors.push(err51);
                      }
                      errors++;
                    }
                    for (const key4 in data16) {
                      if (!(key4 === "storage" || key4 === "array" || key4 === "id")) {
                        const err52 = { instancePath: instancePath + "/spec/sharedVolumes/" + i2 + "/lun", schemaPath: "#/properties/spec/properties/sharedVolumes/items/properties/lun/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema51.properties.spec.properties.sharedVolumes.items.properties.lun, data: data16 };
                        if (vErrors === null) {
                          vErrors = [err52];
                        } else {
                          vErrors.push(err52);
                        }
                        errors++;
                      }
                    }
                    if (data16.storage !== void 0) {
                      let data17 = data16.storage;
                      if (typeof data17 !== "string") {
                        const err53 = { instancePath: instancePath + "/spec/sharedVolumes/" + i2 + "/lun/storage", schemaPath: "#/properties/spec/properties/sharedVolumes/items/properties/lun/properties/storage/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.properties.spec.properties.sharedVolumes.items.properties.lun.properties.storage.type, parentSchema: schema51.properties.spec.properties.sharedVolumes.items.properties.lun.properties.storage, data: data17 };
                        if (vErrors === null) {
                          vErrors = [err53];
                        } else {
                          vErrors.push(err53);
                        }
                        errors++;
                      }
                      if (!(data17 === "sas" || data17 === "iscsi" || data17 === "fc" || data17 === "smb" || data17 === "s2d")) {
                        const err54 = { instancePath: instancePath + "/spec/sharedVolumes/" + i2 + "/lun/storage", schemaPath: "#/properties/spec/properties/sharedVolumes/items/properties/lun/properties/storage/enum", keyword: "enum", params: { allowedValues: schema51.properties.spec.properties.sharedVolumes.items.properties.lun.properties.storage.enum }, message: "must be equal to one of the allowed values", schema: schema51.properties.spec.properties.sharedVolumes.items.properties.lun.properties.storage.enum, parentSchema: schema51.properties.spec.properties.sharedVolumes.items.properties.lun.properties.storage, data: data17 };
                        if (vErrors === null) {
                          vErrors = [err54];
                        } else {
                          vErrors.push(err54);
                        }
                        errors++;
                      }
                    }
                    if (data16.array !== void 0) {
                      let data18 = data16.array;
                      if (typeof data18 === "string") {
                        if (func1(data18) > 128) {
                          const err55 = { instancePath: instancePath + "/spec/sharedVolumes/" + i2 + "/lun/array", schemaPath: "#/properties/spec/properties/sharedVolumes/items/properties/lun/properties/array/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema51.properties.spec.properties.sharedVolumes.items.properties.lun.properties.array, data: data18 };
                          if (vErrors === null) {
                            vErrors = [err55];
                          } else {
                            vErrors.push(err55);
                          }
                          errors++;
                        }
                        if (func1(data18) < 1) {
                          const err56 = { instancePath: instancePath + "/spec/sharedVolumes/" + i2 + "/lun/array", schemaPath: "#/properties/spec/properties/sharedVolumes/items/properties/lun/properties/array/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema51.properties.spec.properties.sharedVolumes.items.properties.lun.properties.array, data: data18 };
                          if (vErrors === null) {
                            vErrors = [err56];
                          } else {
                            vErrors.push(err56);
                          }
                          errors++;
                        }
                      } else {
                        const err57 = { instancePath: instancePath + "/spec/sharedVolumes/" + i2 + "/lun/array", schemaPath: "#/properties/spec/properties/sharedVolumes/items/properties/lun/properties/array/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.properties.spec.properties.sharedVolumes.items.properties.lun.properties.array.type, parentSchema: schema51.properties.spec.properties.sharedVolumes.items.properties.lun.properties.array, data: data18 };
                        if (vErrors === null) {
                          vErrors = [err57];
                        } else {
                          vErrors.push(err57);
                        }
                        errors++;
                      }
                    }
                    if (data16.id !== void 0) {
                      let data19 = data16.id;
                      const _errs50 = errors;
                      let valid16 = false;
                      const _errs51 = errors;
                      if (!(typeof data19 == "number" && (!(data19 % 1) && !isNaN(data19)) && isFinite(data19))) {
                        const err58 = { instancePath: instancePath + "/spec/sharedVolumes/" + i2 + "/lun/id", schemaPath: "#/properties/spec/properties/sharedVolumes/items/properties/lun/properties/id/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema51.properties.spec.properties.sharedVolumes.items.properties.lun.properties.id.anyOf[0].type, parentSchema: schema51.properties.spec.properties.sharedVolumes.items.properties.lun.properties.id.anyOf[0], data: data19 };
                        if (vErrors === null) {
                          vErrors = [err58];
                        } else {
                          vErrors.push(err58);
                        }
                        errors++;
                      }
                      if (typeof data19 == "number" && isFinite(data19)) {
                        if (data19 < 0 || isNaN(data19)) {
                          const err59 = { instancePath: instancePath + "/spec/sharedVolumes/" + i2 + "/lun/id", schemaPath: "#/properties/spec/properties/sharedVolumes/items/properties/lun/properties/id/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema51.properties.spec.properties.sharedVolumes.items.properties.lun.properties.id.anyOf[0], data: data19 };
                          if (vErrors === null) {
                            vErrors = [err59];
                          } else {
                            vErrors.push(err59);
                          }
                          errors++;
                        }
                      }
                      var _valid0 = _errs51 === errors;
                      valid16 = valid16 || _valid0;
                      const _errs53 = errors;
                      if (typeof data19 === "string") {
                        if (func1(data19) > 256) {
                          const err60 = { instancePath: instancePath + "/spec/sharedVolumes/" + i2 + "/lun/id", schemaPath: "#/properties/spec/properties/sharedVolumes/items/properties/lun/properties/id/anyOf/1/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema51.properties.spec.properties.sharedVolumes.items.properties.lun.properties.id.anyOf[1], data: data19 };
                          if (vErrors === null) {
                            vErrors = [err60];
                          } else {
                            vErrors.push(err60);
                          }
                          errors++;
                        }
                        if (func1(data19) < 1) {
                          const err61 = { instancePath: instancePath + "/spec/sharedVolumes/" + i2 + "/lun/id", schemaPath: "#/properties/spec/properties/sharedVolumes/items/properties/lun/properties/id/anyOf/1/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema51.properties.spec.properties.sharedVolumes.items.properties.lun.properties.id.anyOf[1], data: data19 };
                          if (vErrors === null) {
                            vErrors = [err61];
                          } else {
                            vErrors.push(err61);
                          }
                          errors++;
                        }
                      } else {
                        const err62 = { instancePath: instancePath + "/spec/sharedVolumes/" + i2 + "/lun/id", schemaPath: "#/properties/spec/properties/sharedVolumes/items/properties/lun/properties/id/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.properties.spec.properties.sharedVolumes.items.properties.lun.properties.id.anyOf[1].type, parentSchema: schema51.properties.spec.properties.sharedVolumes.items.properties.lun.properties.id.anyOf[1], data: data19 };
                        if (vErrors === null) {
                          vErrors = [err62];
                        } else {
                          vErrors.push(err62);
                        }
                        errors++;
                      }
                      var _valid0 = _errs53 === errors;
                      valid16 = valid16 || _valid0;
                      if (!valid16) {
                        const err63 = { instancePath: instancePath + "/spec/sharedVolumes/" + i2 + "/lun/id", schemaPath: "#/properties/spec/properties/sharedVolumes/items/properties/lun/properties/id/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema51.properties.spec.properties.sharedVolumes.items.properties.lun.properties.id.anyOf, parentSchema: schema51.properties.spec.properties.sharedVolumes.items.properties.lun.properties.id, data: data19 };
                        if (vErrors === null) {
                          vErrors = [err63];
                        } else {
                          vErrors.push(err63);
                        }
                        errors++;
                      } else {
                        errors = _errs50;
                        if (vErrors !== null) {
                          if (_errs50) {
                            vErrors.length = _errs50;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                    }
                  } else {
                    const err64 = { instancePath: instancePath + "/spec/sharedVolumes/" + i2 + "/lun", schemaPath: "#/properties/spec/properties/sharedVolumes/items/properties/lun/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema51.properties.spec.properties.sharedVolumes.items.properties.lun.type, parentSchema: schema51.properties.spec.properties.sharedVolumes.items.properties.lun, data: data16 };
                    if (vErrors === null) {
                      vErrors = [err64];
                    } else {
                      vErrors.push(err64);
                    }
                    errors++;
                  }
                }
              } else {
                const err65 = { instancePath: instancePath + "/spec/sharedVolumes/" + i2, schemaPath: "#/properties/spec/properties/sharedVolumes/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema51.properties.spec.properties.sharedVolumes.items.type, parentSchema: schema51.properties.spec.properties.sharedVolumes.items, data: data13 };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
            }
          } else {
            const err66 = { instancePath: instancePath + "/spec/sharedVolumes", schemaPath: "#/properties/spec/properties/sharedVolumes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema51.properties.spec.properties.sharedVolumes.type, parentSchema: schema51.properties.spec.properties.sharedVolumes, data: data12 };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
        }
        if (data3.clusterDisks !== void 0) {
          let data20 = data3.clusterDisks;
          if (Array.isArray(data20)) {
            const len2 = data20.length;
            for (let i3 = 0; i3 < len2; i3++) {
              let data21 = data20[i3];
              if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
                if (data21.name === void 0) {
                  const err67 = { instancePath: instancePath + "/spec/clusterDisks/" + i3, schemaPath: "#/properties/spec/properties/clusterDisks/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema51.properties.spec.properties.clusterDisks.items.required, parentSchema: schema51.properties.spec.properties.clusterDisks.items, data: data21 };
                  if (vErrors === null) {
                    vErrors = [err67];
                  } else {
                    vErrors.push(err67);
                  }
                  errors++;
                }
                if (data21.path === void 0) {
                  const err68 = { instancePath: instancePath + "/spec/clusterDisks/" + i3, schemaPath: "#/properties/spec/properties/clusterDisks/items/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema51.properties.spec.properties.clusterDisks.items.required, parentSchema: schema51.properties.spec.properties.clusterDisks.items, data: data21 };
                  if (vErrors === null) {
                    vErrors = [err68];
                  } else {
                    vErrors.push(err68);
                  }
                  errors++;
                }
                for (const key5 in data21) {
                  if (!(key5 === "name" || key5 === "path")) {
                    const err69 = { instancePath: instancePath + "/spec/clusterDisks/" + i3, schemaPath: "#/properties/spec/properties/clusterDisks/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema51.properties.spec.properties.clusterDisks.items, data: data21 };
                    if (vErrors === null) {
                      vErrors = [err69];
                    } else {
                      vErrors.push(err69);
                    }
                    errors++;
                  }
                }
                if (data21.name !== void 0) {
                  let data22 = data21.name;
                  if (typeof data22 === "string") {
                    if (func1(data22) > 128) {
                      const err70 = { instancePath: instancePath + "/spec/clusterDisks/" + i3 + "/name", schemaPath: "common.schema.json#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema35, data: data22 };
                      if (vErrors === null) {
                        vErrors = [err70];
                      } else {
                        vErrors.push(err70);
                      }
                      errors++;
                    }
                    if (func1(data22) < 1) {
                      const err71 = { instancePath: instancePath + "/spec/clusterDisks/" + i3 + "/name", schemaPath: "common.schema.json#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35, data: data22 };
                      if (vErrors === null) {
                        vErrors = [err71];
                      } else {
                        vErrors.push(err71);
                      }
                      errors++;
                    }
                    if (!pattern4.test(data22)) {
                      const err72 = { instancePath: instancePath + "/spec/clusterDisks/" + i3 + "/name", schemaPath: "common.schema.json#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$" }, message: 'must match pattern "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$"', schema: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$", parentSchema: schema35, data: data22 };
                      if (vErrors === null) {
                        vErrors = [err72];
                      } else {
                        vErrors.push(err72);
                      }
                      errors++;
                    }
                  } else {
                    const err73 = { instancePath: instancePath + "/spec/clusterDisks/" + i3 + "/name", schemaPath: "common.schema.json#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data22 };
                    if (vErrors === null) {
                      vErrors = [err73];
                    } else {
                      vErrors.push(err73);
                    }
                    errors++;
                  }
                }
                if (data21.path !== void 0) {
                  let data23 = data21.path;
                  if (typeof data23 === "string") {
                    if (func1(data23) > 260) {
                      const err74 = { instancePath: instancePath + "/spec/clusterDisks/" + i3 + "/path", schemaPath: "#/properties/spec/properties/clusterDisks/items/properties/path/maxLength", keyword: "maxLength", params: { limit: 260 }, message: "must NOT have more than 260 characters", schema: 260, parentSchema: schema51.properties.spec.properties.clusterDisks.items.properties.path, data: data23 };
                      if (vErrors === null) {
                        vErrors = [err74];
                      } else {
                        vErrors.push(err74);
                      }
                      errors++;
                    }
                    if (func1(data23) < 2) {
                      const err75 = { instancePath: instancePath + "/spec/clusterDisks/" + i3 + "/path", schemaPath: "#/properties/spec/properties/clusterDisks/items/properties/path/minLength", keyword: "minLength", params: { limit: 2 }, message: "must NOT have fewer than 2 characters", schema: 2, parentSchema: schema51.properties.spec.properties.clusterDisks.items.properties.path, data: data23 };
                      if (vErrors === null) {
                        vErrors = [err75];
                      } else {
                        vErrors.push(err75);
                      }
                      errors++;
                    }
                    if (!pattern32.test(data23)) {
                      const err76 = { instancePath: instancePath + "/spec/clusterDisks/" + i3 + "/path", schemaPath: "#/properties/spec/properties/clusterDisks/items/properties/path/pattern", keyword: "pattern", params: { pattern: '^[A-Za-z]:(?:\\\\[^\\\\/:*?"<>|\\u0000-\\u001f]+)*\\\\?$' }, message: 'must match pattern "^[A-Za-z]:(?:\\\\[^\\\\/:*?"<>|\\u0000-\\u001f]+)*\\\\?$"', schema: '^[A-Za-z]:(?:\\\\[^\\\\/:*?"<>|\\u0000-\\u001f]+)*\\\\?$', parentSchema: schema51.properties.spec.properties.clusterDisks.items.properties.path, data: data23 };
                      if (vErrors === null) {
                        vErrors = [err76];
                      } else {
                        vErrors.push(err76);
                      }
                      errors++;
                    }
                  } else {
                    const err77 = { instancePath: instancePath + "/spec/clusterDisks/" + i3 + "/path", schemaPath: "#/properties/spec/properties/clusterDisks/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.properties.spec.properties.clusterDisks.items.properties.path.type, parentSchema: schema51.properties.spec.properties.clusterDisks.items.properties.path, data: data23 };
                    if (vErrors === null) {
                      vErrors = [err77];
                    } else {
                      vErrors.push(err77);
                    }
                    errors++;
                  }
                }
              } else {
                const err78 = { instancePath: instancePath + "/spec/clusterDisks/" + i3, schemaPath: "#/properties/spec/properties/clusterDisks/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema51.properties.spec.properties.clusterDisks.items.type, parentSchema: schema51.properties.spec.properties.clusterDisks.items, data: data21 };
                if (vErrors === null) {
                  vErrors = [err78];
                } else {
                  vErrors.push(err78);
                }
                errors++;
              }
            }
          } else {
            const err79 = { instancePath: instancePath + "/spec/clusterDisks", schemaPath: "#/properties/spec/properties/clusterDisks/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema51.properties.spec.properties.clusterDisks.type, parentSchema: schema51.properties.spec.properties.clusterDisks, data: data20 };
            if (vErrors === null) {
              vErrors = [err79];
            } else {
              vErrors.push(err79);
            }
            errors++;
          }
        }
      } else {
        const err80 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema51.properties.spec.type, parentSchema: schema51.properties.spec, data: data3 };
        if (vErrors === null) {
          vErrors = [err80];
        } else {
          vErrors.push(err80);
        }
        errors++;
      }
    }
  } else {
    const err81 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema51.type, parentSchema: schema51, data };
    if (vErrors === null) {
      vErrors = [err81];
    } else {
      vErrors.push(err81);
    }
    errors++;
  }
  validate28.errors = vErrors;
  return errors === 0;
}
validate28.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var VirtualMachine = validate33;
var schema61 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://hvlint.dev/schemas/v1/virtual-machine.schema.json", "title": "Hyper-V virtual machine", "description": "A Hyper-V virtual machine: where it runs (a single host, or as a highly available role of a cluster), its generation, guest, storage controllers and drives, network adapters and checkpoints.", "type": "object", "required": ["apiVersion", "kind", "metadata", "spec"], "properties": { "apiVersion": { "$ref": "common.schema.json#/$defs/apiVersion", "description": "Manifest format version; always hvlint/v1." }, "kind": { "type": "string", "description": "Kind of the document; always VirtualMachine for this schema.", "const": "VirtualMachine" }, "metadata": { "$ref": "common.schema.json#/$defs/metadata", "description": "Name, labels and annotations of the document." }, "spec": { "type": "object", "description": "Desired configuration of the virtual machine. Exactly one of host or cluster.", "required": ["generation"], "properties": { "generation": { "type": "integer", "description": "VM generation, fixed at creation. Generation 1 boots from IDE or a legacy adapter; generation 2 has no IDE controller and boots from SCSI.", "enum": [1, 2], "examples": [2] }, "host": { "$ref": "common.schema.json#/$defs/name", "description": "metadata.name of the HyperVHost the VM runs on (not clustered). Exactly one of host or cluster.", "examples": ["HV02"] }, "cluster": { "$ref": "common.schema.json#/$defs/name", "description": "metadata.name of the HyperVCluster the VM is a highly available role of; it may run on any node. Exactly one of host or cluster.", "examples": ["HVCLUSTER01"] }, "guest": { "type": "object", "description": "The guest operating system and its integration services.", "required": ["os"], "properties": { "os": { "type": "string", "description": "Guest OS family. Decides what a backup can achieve: application-consistent (Windows, VSS), file-system-consistent (Linux) or saved state only.", "enum": ["windows", "linux", "freebsd", "other"], "examples": ["windows"] }, "integrationServices": { "type": "boolean", "description": "Whether Hyper-V integration services (or the Linux/FreeBSD integration components) are installed and enabled.", "default": true }, "backupService": { "type": "boolean", "description": "Whether the Backup (volume shadow copy) integration service is enabled and running (Hyper-V Volume Shadow Copy Requestor on Windows, hv_vss_daemon on Linux). Needed for online backup.", "default": true }, "iscsiDevices": { "type": "boolean", "description": "Whether the guest has iSCSI devices attached through its own iSCSI initiator (storage the host does not see as a virtual disk). Live backup of a Linux guest fails with such devices.", "default": false, "examples": [false] } }, "additionalProperties": false }, "memory": { "type": "object", "description": "Memory of the VM (Get-VM MemoryStartup, MemoryMinimum, MemoryMaximum, DynamicMemoryEnabled), in MiB. A VM needs its startup memory free on a host to start there, with dynamic memory too.", "required": ["startupMB"], "properties": { "startupMB": { "type": "integer", "description": "Startup memory in MiB: the fixed memory of a static VM, and what a dynamic-memory VM needs to start.", "minimum": 32, "examples": [4096] }, "minimumMB": { "type": "integer", "description": "Minimum memory in MiB with dynamic memory: what the host may reclaim the VM down to while it runs.", "minimum": 32, "examples": [2048] }, "maximumMB": { "type": "integer", "description": "Maximum memory in MiB with dynamic memory.", "minimum": 32, "examples": [16384] }, "dynamic": { "type": "boolean", "description": "Whether dynamic memory is enabled.", "default": false } }, "additionalProperties": false, "examples": [{ "startupMB": 4096, "minimumMB": 2048, "maximumMB": 16384, "dynamic": true }] }, "processorCount": { "type": "integer", "description": "Number of virtual processors (Get-VM ProcessorCount).", "minimum": 1, "maximum": 240, "examples": [4] }, "preferredOwners": { "type": "array", "description": "Preferred owners of the VM's cluster role, most preferred first (Get-ClusterOwnerNode -Group <vm>). The cluster starts the VM on the first one that is up and, when that node fails, restarts it on the next. For a highly available VM (spec.cluster) only. The what-if simulation takes the first as the node the VM normally runs on.", "items": { "$ref": "common.schema.json#/$defs/name", "description": "metadata.name of a HyperVHost that is a node of the VM's cluster.", "examples": ["HV01"] }, "minItems": 1, "uniqueItems": true, "examples": [["HV01", "HV02"]] }, "possibleOwners": { "type": "array", "description": "Possible owners of the VM's cluster resource (Get-ClusterOwnerNode -Resource 'Virtual Machine <vm>'): the only nodes the VM may run on. Omit when every node of the cluster may run it. For a highly available VM (spec.cluster) only.", "items": { "$ref": "common.schema.json#/$defs/name", "description": "metadata.name of a HyperVHost that is a node of the VM's cluster.", "examples": ["HV01"] }, "minItems": 1, "uniqueItems": true, "examples": [["HV01", "HV02", "HV03"]] }, "antiAffinityClassNames": { "type": "array", "description": "AntiAffinityClassNames of the VM's cluster role ((Get-ClusterGroup <vm>).AntiAffinityClassNames): the cluster keeps roles that share a class name on different nodes where it can. Give the nodes of one NLB cluster, or the DCs of one domain, a common class name.", "items": { "type": "string", "description": "An anti-affinity class name.", "minLength": 1, "maxLength": 256, "examples": ["NLB-WEB"] }, "uniqueItems": true, "examples": [["NLB-WEB"]] }, "arpRetryCount": { "type": "integer", "description": "ArpRetryCount registry value inside the guest (HKLM\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters), if set. 0 disables duplicate-address detection. Omit when not set.", "minimum": 0, "maximum": 4294967295, "examples": [3] }, "checkpointPath": { "$ref": "common.schema.json#/$defs/windowsPath", "description": "Folder where the VM's checkpoint (snapshot) files are stored, if different from the default.", "examples": ["C:\\ClusterStorage\\Volume1\\APP01\\Snapshots"] }, "controllers": { "type": "array", "description": "Storage controllers of the VM and the drives on them. Include a SCSI controller even without drives when it exists: online backup needs one.", "items": { "type": "object", "description": "A virtual IDE or SCSI controller.", "required": ["type", "number"], "properties": { "type": { "type": "string", "description": "Controller type. IDE exists only in generation 1.", "enum": ["ide", "scsi"], "examples": ["scsi"] }, "number": { "type": "integer", "description": "Controller number. IDE: 0-1; SCSI: 0-3.", "minimum": 0, "maximum": 3, "examples": [0] }, "drives": { "type": "array", "description": "Drives attached to this controller.", "items": { "type": "object", "description": "A drive attached at one location of the controller.", "required": ["location"], "properties": { "location": { "type": "integer", "description": "Controller location (slot). IDE: 0-1; SCSI: 0-63.", "minimum": 0, "maximum": 63, "examples": [0] }, "kind": { "type": "string", "description": "What is attached: a virtual hard disk or a DVD drive.", "enum": ["disk", "dvd"], "default": "disk", "examples": ["disk"] }, "path": { "$ref": "common.schema.json#/$defs/windowsPath", "description": "Path of the .vhd/.vhdx/.vhds file (disk) or .iso (dvd) as seen by the Hyper-V host. Required for a disk, unless it is a pass-through disk (diskNumber); omit for an empty DVD drive." }, "format": { "type": "string", "description": "Virtual disk format (Get-VHD VhdFormat).", "enum": ["vhd", "vhdx", "vhdset"], "examples": ["vhdx"] }, "type": { "type": "string", "description": "Virtual disk type (Get-VHD VhdType): fixed size, dynamically expanding, or differencing (child of a parent disk).", "enum": ["fixed", "dynamic", "differencing"], "examples": ["dynamic"] }, "sizeGB": { "type": "integer", "description": "Maximum (virtual) size of the disk in GiB. VHD is limited to 2040 GB, VHDX to 64 TB.", "minimum": 1, "maximum": 65536, "examples": [60] }, "boot": { "type": "boolean", "description": "True for the drive the VM boots from.", "default": false }, "purpose": { "type": "string", "description": "What the disk holds: system (OS), data, ntds (AD database and logs), sysvol (AD SYSVOL), logs.", "enum": ["system", "data", "ntds", "sysvol", "logs"], "examples": ["system"] }, "diskNumber": { "type": "integer", "description": "Number of the host's physical disk for a pass-through disk (Get-VMHardDiskDrive DiskNumber). A pass-through disk has no path.", "minimum": 0, "examples": [3] } }, "$comment": "A disk needs a path, or a diskNumber when it is a pass-through disk; only a DVD drive may be empty.", "if": { "properties": { "kind": { "const": "dvd" } }, "required": ["kind"] }, "else": { "anyOf": [{ "properties": { "path": true }, "required": ["path"] }, { "properties": { "diskNumber": true }, "required": ["diskNumber"] }] }, "additionalProperties": false } } }, "additionalProperties": false } }, "networkAdapters": { "type": "array", "description": "Virtual network adapters.", "items": { "type": "object", "description": "A virtual network adapter.", "required": ["name"], "properties": { "name": { "$ref": "common.schema.json#/$defs/name", "description": "Adapter name in Hyper-V (Get-VMNetworkAdapter Name), e.g. LAN or NLB. NLB cluster nodes refer to it.", "examples": ["LAN", "NLB"] }, "switch": { "$ref": "common.schema.json#/$defs/name", "description": "Name of the Hyper-V virtual switch the adapter connects to; omit when disconnected.", "examples": ["vSwitch-VM"] }, "vlan": { "$ref": "common.schema.json#/$defs/vlanId", "description": "Access VLAN ID; omit for untagged." }, "macAddress": { "$ref": "common.schema.json#/$defs/mac", "description": "Static MAC address; omit for a dynamic MAC." }, "macAddressSpoofing": { "type": "boolean", "description": "MAC address spoofing. Must be on for an adapter that is an NLB node, because the guest sets the cluster MAC on it.", "default": false }, "legacy": { "type": "boolean", "description": "Legacy (emulated) network adapter; generation 1 only.", "default": false } }, "additionalProperties": false } }, "checkpoints": { "type": "array", "description": "Checkpoints (snapshots) that currently exist for the VM.", "items": { "type": "object", "description": "A checkpoint.", "required": ["name", "created"], "properties": { "name": { "type": "string", "description": "Checkpoint name.", "minLength": 1, "maxLength": 256, "examples": ["before-patch"] }, "type": { "type": "string", "description": "Checkpoint type (Get-VMSnapshot SnapshotType); recovery checkpoints are left by backups; missing, replica, app-consistent-replica and synced-replica are the checkpoints of a VM protected by Hyper-V Replica.", "enum": ["standard", "production", "recovery", "planned", "missing", "replica", "app-consistent-replica", "synced-replica"], "default": "standard", "examples": ["standard"] }, "created": { "$ref": "common.schema.json#/$defs/dateTime", "description": "When the checkpoint was taken (CreationTime)." } }, "additionalProperties": false } } }, "oneOf": [{ "properties": { "host": true }, "required": ["host"] }, { "properties": { "cluster": true }, "required": ["cluster"] }], "additionalProperties": false } }, "additionalProperties": false, "examples": [{ "apiVersion": "hvlint/v1", "kind": "VirtualMachine", "metadata": { "name": "WEB01", "labels": { "role": "web", "nlb-cluster": "NLB-WEB" } }, "spec": { "generation": 2, "cluster": "HVCLUSTER01", "guest": { "os": "windows", "integrationServices": true, "backupService": true }, "memory": { "startupMB": 4096, "minimumMB": 2048, "maximumMB": 8192, "dynamic": true }, "processorCount": 2, "preferredOwners": ["HV01", "HV02"], "antiAffinityClassNames": ["NLB-WEB"], "controllers": [{ "type": "scsi", "number": 0, "drives": [{ "location": 0, "kind": "disk", "path": "C:\\ClusterStorage\\Volume1\\WEB01\\Virtual Hard Disks\\WEB01-system.vhdx", "format": "vhdx", "type": "dynamic", "sizeGB": 60, "boot": true, "purpose": "system" }] }], "networkAdapters": [{ "name": "LAN", "switch": "vSwitch-VM", "vlan": 10 }, { "name": "NLB", "switch": "vSwitch-VM", "vlan": 20, "macAddressSpoofing": true }] } }] };
var schema73 = { "type": "integer", "description": "An IEEE 802.1Q VLAN ID (1-4094; 0 and 4095 are reserved).", "minimum": 1, "maximum": 4094, "examples": [10, 20] };
var schema74 = { "type": "string", "description": "An Ethernet MAC address: six groups of two hex digits, any case, separated consistently by - (Windows style) or : (switch style).", "pattern": "^[0-9A-Fa-f]{2}([-:])[0-9A-Fa-f]{2}(?:\\1[0-9A-Fa-f]{2}){4}$", "examples": ["01-00-5e-7f-03-e8", "01:00:5E:7F:03:E8"] };
var schema75 = { "type": "string", "description": "An ISO 8601 / RFC 3339 date-time with seconds and an explicit offset (Z or +hh:mm).", "format": "date-time", "pattern": "^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]+)?(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])$", "examples": ["2024-03-01T08:00:00Z", "2024-03-01T09:00:00+01:00"] };
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate34.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema34.required, parentSchema: schema34, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "labels" || key0 === "annotations")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func1(data0) > 128) {
          const err2 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema35, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (func1(data0) < 1) {
          const err3 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern4.test(data0)) {
          const err4 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$" }, message: 'must match pattern "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$"', schema: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$", parentSchema: schema35, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.labels !== void 0) {
      if (!validate23(data.labels, { instancePath: instancePath + "/labels", parentData: data, parentDataProperty: "labels", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.annotations !== void 0) {
      if (!validate25(data.annotations, { instancePath: instancePath + "/annotations", parentData: data, parentDataProperty: "annotations", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.type, parentSchema: schema34, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate34.errors = vErrors;
  return errors === 0;
}
validate34.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var pattern42 = new RegExp("^[0-9A-Fa-f]{2}([-:])[0-9A-Fa-f]{2}(?:\\1[0-9A-Fa-f]{2}){4}$", "u");
var pattern43 = new RegExp("^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]+)?(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])$", "u");
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate33.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema61.required, parentSchema: schema61, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema61.required, parentSchema: schema61, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.metadata === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property 'metadata'", schema: schema61.required, parentSchema: schema61, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.spec === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" }, message: "must have required property 'spec'", schema: schema61.required, parentSchema: schema61, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "spec")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema61, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if (typeof data0 !== "string") {
        const err5 = { instancePath: instancePath + "/apiVersion", schemaPath: "common.schema.json#/$defs/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if ("hvlint/v1" !== data0) {
        const err6 = { instancePath: instancePath + "/apiVersion", schemaPath: "common.schema.json#/$defs/apiVersion/const", keyword: "const", params: { allowedValue: "hvlint/v1" }, message: "must be equal to constant", schema: "hvlint/v1", parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if (typeof data1 !== "string") {
        const err7 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema61.properties.kind.type, parentSchema: schema61.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if ("VirtualMachine" !== data1) {
        const err8 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "VirtualMachine" }, message: "must be equal to constant", schema: "VirtualMachine", parentSchema: schema61.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      if (!validate34(data.metadata, { instancePath: instancePath + "/metadata", parentData: data, parentDataProperty: "metadata", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.spec !== void 0) {
      let data3 = data.spec;
      const _errs10 = errors;
      let valid2 = false;
      let passing0 = null;
      const _errs11 = errors;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.host === void 0) {
          const err9 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/oneOf/0/required", keyword: "required", params: { missingProperty: "host" }, message: "must have required property 'host'", schema: schema61.properties.spec.oneOf[0].required, parentSchema: schema61.properties.spec.oneOf[0], data: data3 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
      var _valid0 = _errs11 === errors;
      if (_valid0) {
        valid2 = true;
        passing0 = 0;
        var props0 = {};
        props0.host = true;
      }
      const _errs12 = errors;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.cluster === void 0) {
          const err10 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/oneOf/1/required", keyword: "required", params: { missingProperty: "cluster" }, message: "must have required property 'cluster'", schema: schema61.properties.spec.oneOf[1].required, parentSchema: schema61.properties.spec.oneOf[1], data: data3 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
      var _valid0 = _errs12 === errors;
      if (_valid0 && valid2) {
        valid2 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid2 = true;
          passing0 = 1;
          if (props0 !== true) {
            props0 = props0 || {};
            props0.cluster = true;
          }
        }
      }
      if (!valid2) {
        const err11 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema61.properties.spec.oneOf, parentSchema: schema61.properties.spec, data: data3 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      } else {
        errors = _errs10;
        if (vErrors !== null) {
          if (_errs10) {
            vErrors.length = _errs10;
          } else {
            vErrors = null;
          }
        }
      }
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.generation === void 0) {
          const err12 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "generation" }, message: "must have required property 'generation'", schema: schema61.properties.spec.required, parentSchema: schema61.properties.spec, data: data3 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        for (const key1 in data3) {
          if (!func8.call(schema61.properties.spec.properties, key1)) {
            const err13 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema61.properties.spec, data: data3 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data3.generation !== void 0) {
          let data4 = data3.generation;
          if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
            const err14 = { instancePath: instancePath + "/spec/generation", schemaPath: "#/properties/spec/properties/generation/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema61.properties.spec.properties.generation.type, parentSchema: schema61.properties.spec.properties.generation, data: data4 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
          if (!(data4 === 1 || data4 === 2)) {
            const err15 = { instancePath: instancePath + "/spec/generation", schemaPath: "#/properties/spec/properties/generation/enum", keyword: "enum", params: { allowedValues: schema61.properties.spec.properties.generation.enum }, message: "must be equal to one of the allowed values", schema: schema61.properties.spec.properties.generation.enum, parentSchema: schema61.properties.spec.properties.generation, data: data4 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data3.host !== void 0) {
          let data5 = data3.host;
          if (typeof data5 === "string") {
            if (func1(data5) > 128) {
              const err16 = { instancePath: instancePath + "/spec/host", schemaPath: "common.schema.json#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema35, data: data5 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            if (func1(data5) < 1) {
              const err17 = { instancePath: instancePath + "/spec/host", schemaPath: "common.schema.json#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35, data: data5 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            if (!pattern4.test(data5)) {
              const err18 = { instancePath: instancePath + "/spec/host", schemaPath: "common.schema.json#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$" }, message: 'must match pattern "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$"', schema: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$", parentSchema: schema35, data: data5 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          } else {
            const err19 = { instancePath: instancePath + "/spec/host", schemaPath: "common.schema.json#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data5 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data3.cluster !== void 0) {
          let data6 = data3.cluster;
          if (typeof data6 === "string") {
            if (func1(data6) > 128) {
              const err20 = { instancePath: instancePath + "/spec/cluster", schemaPath: "common.schema.json#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema35, data: data6 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            if (func1(data6) < 1) {
              const err21 = { instancePath: instancePath + "/spec/cluster", schemaPath: "common.schema.json#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35, data: data6 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            if (!pattern4.test(data6)) {
              const err22 = { instancePath: instancePath + "/spec/cluster", schemaPath: "common.schema.json#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$" }, message: 'must match pattern "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$"', schema: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$", parentSchema: schema35, data: data6 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          } else {
            const err23 = { instancePath: instancePath + "/spec/cluster", schemaPath: "common.schema.json#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data6 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data3.guest !== void 0) {
          let data7 = data3.guest;
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            if (data7.os === void 0) {
              const err24 = { instancePath: instancePath + "/spec/guest", schemaPath: "#/properties/spec/properties/guest/required", keyword: "required", params: { missingProperty: "os" }, message: "must have required property 'os'", schema: schema61.properties.spec.properties.guest.required, parentSchema: schema61.properties.spec.properties.guest, data: data7 };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
            for (const key2 in data7) {
              if (!(key2 === "os" || key2 === "integrationServices" || key2 === "backupService" || key2 === "iscsiDevices")) {
                const err25 = { instancePath: instancePath + "/spec/guest", schemaPath: "#/properties/spec/properties/guest/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema61.properties.spec.properties.guest, data: data7 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data7.os !== void 0) {
              let data8 = data7.os;
              if (typeof data8 !== "string") {
                const err26 = { instancePath: instancePath + "/spec/guest/os", schemaPath: "#/properties/spec/properties/guest/properties/os/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema61.properties.spec.properties.guest.properties.os.type, parentSchema: schema61.properties.spec.properties.guest.properties.os, data: data8 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
              if (!(data8 === "windows" || data8 === "linux" || data8 === "freebsd" || data8 === "other")) {
                const err27 = { instancePath: instancePath + "/spec/guest/os", schemaPath: "#/properties/spec/properties/guest/properties/os/enum", keyword: "enum", params: { allowedValues: schema61.properties.spec.properties.guest.properties.os.enum }, message: "must be equal to one of the allowed values", schema: schema61.properties.spec.properties.guest.properties.os.enum, parentSchema: schema61.properties.spec.properties.guest.properties.os, data: data8 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data7.integrationServices !== void 0) {
              let data9 = data7.integrationServices;
              if (typeof data9 !== "boolean") {
                const err28 = { instancePath: instancePath + "/spec/guest/integrationServices", schemaPath: "#/properties/spec/properties/guest/properties/integrationServices/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema61.properties.spec.properties.guest.properties.integrationServices.type, parentSchema: schema61.properties.spec.properties.guest.properties.integrationServices, data: data9 };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            if (data7.backupService !== void 0) {
              let data10 = data7.backupService;
              if (typeof data10 !== "boolean") {
                const err29 = { instancePath: instancePath + "/spec/guest/backupService", schemaPath: "#/properties/spec/properties/guest/properties/backupService/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema61.properties.spec.properties.guest.properties.backupService.type, parentSchema: schema61.properties.spec.properties.guest.properties.backupService, data: data10 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
            if (data7.iscsiDevices !== void 0) {
              let data11 = data7.iscsiDevices;
              if (typeof data11 !== "boolean") {
                const err30 = { instancePath: instancePath + "/spec/guest/iscsiDevices", schemaPath: "#/properties/spec/properties/guest/properties/iscsiDevices/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema61.properties.spec.properties.guest.properties.iscsiDevices.type, parentSchema: schema61.properties.spec.properties.guest.properties.iscsiDevices, data: data11 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
          } else {
            const err31 = { instancePath: instancePath + "/spec/guest", schemaPath: "#/properties/spec/properties/guest/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema61.properties.spec.properties.guest.type, parentSchema: schema61.properties.spec.properties.guest, data: data7 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data3.memory !== void 0) {
          let data12 = data3.memory;
          if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
            if (data12.startupMB === void 0) {
              const err32 = { instancePath: instancePath + "/spec/memory", schemaPath: "#/properties/spec/properties/memory/required", keyword: "required", params: { missingProperty: "startupMB" }, message: "must have required property 'startupMB'", schema: schema61.properties.spec.properties.memory.required, parentSchema: schema61.properties.spec.properties.memory, data: data12 };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
            for (const key3 in data12) {
              if (!(key3 === "startupMB" || key3 === "minimumMB" || key3 === "maximumMB" || key3 === "dynamic")) {
                const err33 = { instancePath: instancePath + "/spec/memory", schemaPath: "#/properties/spec/properties/memory/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema61.properties.spec.properties.memory, data: data12 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            if (data12.startupMB !== void 0) {
              let data13 = data12.startupMB;
              if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)) && isFinite(data13))) {
                const err34 = { instancePath: instancePath + "/spec/memory/startupMB", schemaPath: "#/properties/spec/properties/memory/properties/startupMB/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema61.properties.spec.properties.memory.properties.startupMB.type, parentSchema: schema61.properties.spec.properties.memory.properties.startupMB, data: data13 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
              if (typeof data13 == "number" && isFinite(data13)) {
                if (data13 < 32 || isNaN(data13)) {
                  const err35 = { instancePath: instancePath + "/spec/memory/startupMB", schemaPath: "#/properties/spec/properties/memory/properties/startupMB/minimum", keyword: "minimum", params: { comparison: ">=", limit: 32 }, message: "must be >= 32", schema: 32, parentSchema: schema61.properties.spec.properties.memory.properties.startupMB, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err35];
                  } else {
                    vErrors.push(err35);
                  }
                  errors++;
                }
              }
            }
            if (data12.minimumMB !== void 0) {
              let data14 = data12.minimumMB;
              if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)) && isFinite(data14))) {
                const err36 = { instancePath: instancePath + "/spec/memory/minimumMB", schemaPath: "#/properties/spec/properties/memory/properties/minimumMB/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema61.properties.spec.properties.memory.properties.minimumMB.type, parentSchema: schema61.properties.spec.properties.memory.properties.minimumMB, data: data14 };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
              if (typeof data14 == "number" && isFinite(data14)) {
                if (data14 < 32 || isNaN(data14)) {
                  const err37 = { instancePath: instancePath + "/spec/memory/minimumMB", schemaPath: "#/properties/spec/properties/memory/properties/minimumMB/minimum", keyword: "minimum", params: { comparison: ">=", limit: 32 }, message: "must be >= 32", schema: 32, parentSchema: schema61.properties.spec.properties.memory.properties.minimumMB, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err37];
                  } else {
                    vErrors.push(err37);
                  }
                  errors++;
                }
              }
            }
            if (data12.maximumMB !== void 0) {
              let data15 = data12.maximumMB;
              if (!(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)) && isFinite(data15))) {
                const err38 = { instancePath: instancePath + "/spec/memory/maximumMB", schemaPath: "#/properties/spec/properties/memory/properties/maximumMB/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema61.properties.spec.properties.memory.properties.maximumMB.type, parentSchema: schema61.properties.spec.properties.memory.properties.maximumMB, data: data15 };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
              if (typeof data15 == "number" && isFinite(data15)) {
                if (data15 < 32 || isNaN(data15)) {
                  const err39 = { instancePath: instancePath + "/spec/memory/maximumMB", schemaPath: "#/properties/spec/properties/memory/properties/maximumMB/minimum", keyword: "minimum", params: { comparison: ">=", limit: 32 }, message: "must be >= 32", schema: 32, parentSchema: schema61.properties.spec.properties.memory.properties.maximumMB, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err39];
                  } else {
                    vErrors.push(err39);
                  }
                  errors++;
                }
              }
            }
            if (data12.dynamic !== void 0) {
              let data16 = data12.dynamic;
              if (typeof data16 !== "boolean") {
                const err40 = { instancePath: instancePath + "/spec/memory/dynamic", schemaPath: "#/properties/spec/properties/memory/properties/dynamic/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema61.properties.spec.properties.memory.properties.dynamic.type, parentSchema: schema61.properties.spec.properties.memory.properties.dynamic, data: data16 };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
          } else {
            const err41 = { instancePath: instancePath + "/spec/memory", schemaPath: "#/properties/spec/properties/memory/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema61.properties.spec.properties.memory.type, parentSchema: schema61.properties.spec.properties.memory, data: data12 };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
        if (data3.processorCount !== void 0) {
          let data17 = data3.processorCount;
          if (!(typeof data17 == "number" && (!(data17 % 1) && !isNaN(data17)) && isFinite(data17))) {
            const err42 = { instancePath: instancePath + "/spec/processorCount", schemaPath: "#/properties/spec/properties/processorCount/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema61.properties.spec.properties.processorCount.type, parentSchema: schema61.properties.spec.properties.processorCount, data: data17 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
          if (typeof data17 == "number" && isFinite(data17)) {
            if (data17 > 240 || isNaN(data17)) {
              const err43 = { instancePath: instancePath + "/spec/processorCount", schemaPath: "#/properties/spec/properties/processorCount/maximum", keyword: "maximum", params: { comparison: "<=", limit: 240 }, message: "must be <= 240", schema: 240, parentSchema: schema61.properties.spec.properties.processorCount, data: data17 };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
            if (data17 < 1 || isNaN(data17)) {
              const err44 = { instancePath: instancePath + "/spec/processorCount", schemaPath: "#/properties/spec/properties/processorCount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema61.properties.spec.properties.processorCount, data: data17 };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
          }
        }
        if (data3.preferredOwners !== void 0) {
          let data18 = data3.preferredOwners;
          if (Array.isArray(data18)) {
            if (data18.length < 1) {
              const err45 = { instancePath: instancePath + "/spec/preferredOwners", schemaPath: "#/properties/spec/properties/preferredOwners/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema61.properties.spec.properties.preferredOwners, data: data18 };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
            const len0 = data18.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data19 = data18[i0];
              if (typeof data19 === "string") {
                if (func1(data19) > 128) {
                  const err46 = { instancePath: instancePath + "/spec/preferredOwners/" + i0, schemaPath: "common.schema.json#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema35, data: data19 };
                  if (vErrors === null) {
                    vErrors = [err46];
                  } else {
                    vErrors.push(err46);
                  }
                  errors++;
                }
                if (func1(data19) < 1) {
                  const err47 = { instancePath: instancePath + "/spec/preferredOwners/" + i0, schemaPath: "common.schema.json#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35, data: data19 };
                  if (vErrors === null) {
                    vErrors = [err47];
                  } else {
                    vErrors.push(err47);
                  }
                  errors++;
                }
                if (!pattern4.test(data19)) {
                  const err48 = { instancePath: instancePath + "/spec/preferredOwners/" + i0, schemaPath: "common.schema.json#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$" }, message: 'must match pattern "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$"', schema: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$", parentSchema: schema35, data: data19 };
                  if (vErrors === null) {
                    vErrors = [err48];
                  } else {
                    vErrors.push(err48);
                  }
                  errors++;
                }
              } else {
                const err49 = { instancePath: instancePath + "/spec/preferredOwners/" + i0, schemaPath: "common.schema.json#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data19 };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
            let i1 = data18.length;
            let j0;
            if (i1 > 1) {
              outer0:
                for (; i1--; ) {
                  for (j0 = i1; j0--; ) {
                    if (func0(data18[i1], data18[j0])) {
                      const err50 = { instancePath: instancePath + "/spec/preferredOwners", schemaPath: "#/properties/spec/properties/preferredOwners/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema61.properties.spec.properties.preferredOwners, data: data18 };
                      if (vErrors === null) {
                        vErrors = [err50];
                      } else {
                        vErrors.push(err50);
                      }
                      errors++;
                      break outer0;
                    }
                  }
                }
            }
          } else {
            const err51 = { instancePath: instancePath + "/spec/preferredOwners", schemaPath: "#/properties/spec/properties/preferredOwners/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema61.properties.spec.properties.preferredOwners.type, parentSchema: schema61.properties.spec.properties.preferredOwners, data: data18 };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
        if (data3.possibleOwners !== void 0) {
          let data20 = data3.possibleOwners;
          if (Array.isArray(data20)) {
            if (data20.length < 1) {
              const err52 = { instancePath: instancePath + "/spec/possibleOwners", schemaPath: "#/properties/spec/properties/possibleOwners/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema61.properties.spec.properties.possibleOwners, data: data20 };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
            const len1 = data20.length;
            for (let i2 = 0; i2 < len1; i2++) {
              let data21 = data20[i2];
              if (typeof data21 === "string") {
                if (func1(data21) > 128) {
                  const err53 = { instancePath: instancePath + "/spec/possibleOwners/" + i2, schemaPath: "common.schema.json#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema35, data: data21 };
                  if (vErrors === null) {
                    vErrors = [err53];
                  } else {
                    vErrors.push(err53);
                  }
                  errors++;
                }
                if (func1(data21) < 1) {
                  const err54 = { instancePath: instancePath + "/spec/possibleOwners/" + i2, schemaPath: "common.schema.json#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35, data: data21 };
                  if (vErrors === null) {
                    vErrors = [err54];
                  } else {
                    vErrors.push(err54);
                  }
                  errors++;
                }
                if (!pattern4.test(data21)) {
                  const err55 = { instancePath: instancePath + "/spec/possibleOwners/" + i2, schemaPath: "common.schema.json#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$" }, message: 'must match pattern "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$"', schema: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$", parentSchema: schema35, data: data21 };
                  if (vErrors === null) {
                    vErrors = [err55];
                  } else {
                    vErrors.push(err55);
                  }
                  errors++;
                }
              } else {
                const err56 = { instancePath: instancePath + "/spec/possibleOwners/" + i2, schemaPath: "common.schema.json#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data21 };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
            }
            let i3 = data20.length;
            let j1;
            if (i3 > 1) {
              outer1:
                for (; i3--; ) {
                  for (j1 = i3; j1--; ) {
                    if (func0(data20[i3], data20[j1])) {
                      const err57 = { instancePath: instancePath + "/spec/possibleOwners", schemaPath: "#/properties/spec/properties/possibleOwners/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)", schema: true, parentSchema: schema61.properties.spec.properties.possibleOwners, data: data20 };
                      if (vErrors === null) {
                        vErrors = [err57];
                      } else {
                        vErrors.push(err57);
                      }
                      errors++;
                      break outer1;
                    }
                  }
                }
            }
          } else {
            const err58 = { instancePath: instancePath + "/spec/possibleOwners", schemaPath: "#/properties/spec/properties/possibleOwners/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema61.properties.spec.properties.possibleOwners.type, parentSchema: schema61.properties.spec.properties.possibleOwners, data: data20 };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
        if (data3.antiAffinityClassNames !== void 0) {
          let data22 = data3.antiAffinityClassNames;
          if (Array.isArray(data22)) {
            const len2 = data22.length;
            for (let i4 = 0; i4 < len2; i4++) {
              let data23 = data22[i4];
              if (typeof data23 === "string") {
                if (func1(data23) > 256) {
                  const err59 = { instancePath: instancePath + "/spec/antiAffinityClassNames/" + i4, schemaPath: "#/properties/spec/properties/antiAffinityClassNames/items/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema61.properties.spec.properties.antiAffinityClassNames.items, data: data23 };
                  if (vErrors === null) {
                    vErrors = [err59];
                  } else {
                    vErrors.push(err59);
                  }
                  errors++;
                }
                if (func1(data23) < 1) {
                  const err60 = { instancePath: instancePath + "/spec/antiAffinityClassNames/" + i4, schemaPath: "#/properties/spec/properties/antiAffinityClassNames/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema61.properties.spec.properties.antiAffinityClassNames.items, data: data23 };
                  if (vErrors === null) {
                    vErrors = [err60];
                  } else {
                    vErrors.push(err60);
                  }
                  errors++;
                }
              } else {
                const err61 = { instancePath: instancePath + "/spec/antiAffinityClassNames/" + i4, schemaPath: "#/properties/spec/properties/antiAffinityClassNames/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema61.properties.spec.properties.antiAffinityClassNames.items.type, parentSchema: schema61.properties.spec.properties.antiAffinityClassNames.items, data: data23 };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            }
            let i5 = data22.length;
            let j2;
            if (i5 > 1) {
              const indices0 = {};
              for (; i5--; ) {
                let item0 = data22[i5];
                if (typeof item0 !== "string") {
                  continue;
                }
                if (typeof indices0[item0] == "number") {
                  j2 = indices0[item0];
                  const err62 = { instancePath: instancePath + "/spec/antiAffinityClassNames", schemaPath: "#/properties/spec/properties/antiAffinityClassNames/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i5 + " are identical)", schema: true, parentSchema: schema61.properties.spec.properties.antiAffinityClassNames, data: data22 };
                  if (vErrors === null) {
                    vErrors = [err62];
                  } else {
                    vErrors.push(err62);
                  }
                  errors++;
                  break;
                }
                indices0[item0] = i5;
              }
            }
          } else {
            const err63 = { instancePath: instancePath + "/spec/antiAffinityClassNames", schemaPath: "#/properties/spec/properties/antiAffinityClassNames/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema61.properties.spec.properties.antiAffinityClassNames.type, parentSchema: schema61.properties.spec.properties.antiAffinityClassNames, data: data22 };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
        }
        if (data3.arpRetryCount !== void 0) {
          let data24 = data3.arpRetryCount;
          if (!(typeof data24 == "number" && (!(data24 % 1) && !isNaN(data24)) && isFinite(data24))) {
            const err64 = { instancePath: instancePath + "/spec/arpRetryCount", schemaPath: "#/properties/spec/properties/arpRetryCount/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema61.properties.spec.properties.arpRetryCount.type, parentSchema: schema61.properties.spec.properties.arpRetryCount, data: data24 };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
          if (typeof data24 == "number" && isFinite(data24)) {
            if (data24 > 4294967295 || isNaN(data24)) {
              const err65 = { instancePath: instancePath + "/spec/arpRetryCount", schemaPath: "#/properties/spec/properties/arpRetryCount/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295", schema: 4294967295, parentSchema: schema61.properties.spec.properties.arpRetryCount, data: data24 };
              if (vErrors === null) {
                vErrors = [err65];
              } else {
                vErrors.push(err65);
              }
              errors++;
            }
            if (data24 < 0 || isNaN(data24)) {
              const err66 = { instancePath: instancePath + "/spec/arpRetryCount", schemaPath: "#/properties/spec/properties/arpRetryCount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema61.properties.spec.properties.arpRetryCount, data: data24 };
              if (vErrors === null) {
                vErrors = [err66];
              } else {
                vErrors.push(err66);
              }
              errors++;
            }
          }
        }
        if (data3.checkpointPath !== void 0) {
          let data25 = data3.checkpointPath;
          if (typeof data25 === "string") {
            if (func1(data25) > 1024) {
              const err67 = { instancePath: instancePath + "/spec/checkpointPath", schemaPath: "common.schema.json#/$defs/windowsPath/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema58, data: data25 };
              if (vErrors === null) {
                vErrors = [err67];
              } else {
                vErrors.push(err67);
              }
              errors++;
            }
            if (func1(data25) < 4) {
              const err68 = { instancePath: instancePath + "/spec/checkpointPath", schemaPath: "common.schema.json#/$defs/windowsPath/minLength", keyword: "minLength", params: { limit: 4 }, message: "must NOT have fewer than 4 characters", schema: 4, parentSchema: schema58, data: data25 };
              if (vErrors === null) {
                vErrors = [err68];
              } else {
                vErrors.push(err68);
              }
              errors++;
            }
            if (!pattern27.test(data25)) {
              const err69 = { instancePath: instancePath + "/spec/checkpointPath", schemaPath: "common.schema.json#/$defs/windowsPath/pattern", keyword: "pattern", params: { pattern: '^(?:[A-Za-z]:|\\\\\\\\[^\\\\/:*?"<>|\\u0000-\\u0020]+\\\\[^\\\\/:*?"<>|\\u0000-\\u001f]+)(?:\\\\[^\\\\/:*?"<>|\\u0000-\\u001f]+)+$' }, message: 'must match pattern "^(?:[A-Za-z]:|\\\\\\\\[^\\\\/:*?"<>|\\u0000-\\u0020]+\\\\[^\\\\/:*?"<>|\\u0000-\\u001f]+)(?:\\\\[^\\\\/:*?"<>|\\u0000-\\u001f]+)+$"', schema: '^(?:[A-Za-z]:|\\\\\\\\[^\\\\/:*?"<>|\\u0000-\\u0020]+\\\\[^\\\\/:*?"<>|\\u0000-\\u001f]+)(?:\\\\[^\\\\/:*?"<>|\\u0000-\\u001f]+)+$', parentSchema: schema58, data: data25 };
              if (vErrors === null) {
                vErrors = [err69];
              } else {
                vErrors.push(err69);
              }
              errors++;
            }
          } else {
            const err70 = { instancePath: instancePath + "/spec/checkpointPath", schemaPath: "common.schema.json#/$defs/windowsPath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema58.type, parentSchema: schema58, data: data25 };
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          }
        }
        if (data3.controllers !== void 0) {
          let data26 = data3.controllers;
          if (Array.isArray(data26)) {
            const len3 = data26.length;
            for (let i6 = 0; i6 < len3; i6++) {
              let data27 = data26[i6];
              if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
                if (data27.type === void 0) {
                  const err71 = { instancePath: instancePath + "/spec/controllers/" + i6, schemaPath: "#/properties/spec/properties/controllers/items/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema61.properties.spec.properties.controllers.items.required, parentSchema: schema61.properties.spec.properties.controllers.items, data: data27 };
                  if (vErrors === null) {
                    vErrors = [err71];
                  } else {
                    vErrors.push(err71);
                  }
                  errors++;
                }
                if (data27.number === void 0) {
                  const err72 = { instancePath: instancePath + "/spec/controllers/" + i6, schemaPath: "#/properties/spec/properties/controllers/items/required", keyword: "required", params: { missingProperty: "number" }, message: "must have required property 'number'", schema: schema61.properties.spec.properties.controllers.items.required, parentSchema: schema61.properties.spec.properties.controllers.items, data: data27 };
                  if (vErrors === null) {
                    vErrors = [err72];
                  } else {
                    vErrors.push(err72);
                  }
                  errors++;
                }
                for (const key4 in data27) {
                  if (!(key4 === "type" || key4 === "number" || key4 === "drives")) {
                    const err73 = { instancePath: instancePath + "/spec/controllers/" + i6, schemaPath: "#/properties/spec/properties/controllers/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema61.properties.spec.properties.controllers.items, data: data27 };
                    if (vErrors === null) {
                      vErrors = [err73];
                    } else {
                      vErrors.push(err73);
                    }
                    errors++;
                  }
                }
                if (data27.type !== void 0) {
                  let data28 = data27.type;
                  if (typeof data28 !== "string") {
                    const err74 = { instancePath: instancePath + "/spec/controllers/" + i6 + "/type", schemaPath: "#/properties/spec/properties/controllers/items/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema61.properties.spec.properties.controllers.items.properties.type.type, parentSchema: schema61.properties.spec.properties.controllers.items.properties.type, data: data28 };
                    if (vErrors === null) {
                      vErrors = [err74];
                    } else {
                      vErrors.push(err74);
                    }
                    errors++;
                  }
                  if (!(data28 === "ide" || data28 === "scsi")) {
                    const err75 = { instancePath: instancePath + "/spec/controllers/" + i6 + "/type", schemaPath: "#/properties/spec/properties/controllers/items/properties/type/enum", keyword: "enum", params: { allowedValues: schema61.properties.spec.properties.controllers.items.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema61.properties.spec.properties.controllers.items.properties.type.enum, parentSchema: schema61.properties.spec.properties.controllers.items.properties.type, data: data28 };
                    if (vErrors === null) {
                      vErrors = [err75];
                    } else {
                      vErrors.push(err75);
                    }
                    errors++;
                  }
                }
                if (data27.number !== void 0) {
                  let data29 = data27.number;
                  if (!(typeof data29 == "number" && (!(data29 % 1) && !isNaN(data29)) && isFinite(data29))) {
                    const err76 = { instancePath: instancePath + "/spec/controllers/" + i6 + "/number", schemaPath: "#/properties/spec/properties/controllers/items/properties/number/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema61.properties.spec.properties.controllers.items.properties.number.type, parentSchema: schema61.properties.spec.properties.controllers.items.properties.number, data: data29 };
                    if (vErrors === null) {
                      vErrors = [err76];
                    } else {
                      vErrors.push(err76);
                    }
                    errors++;
                  }
                  if (typeof data29 == "number" && isFinite(data29)) {
                    if (data29 > 3 || isNaN(data29)) {
                      const err77 = { instancePath: instancePath + "/spec/controllers/" + i6 + "/number", schemaPath: "#/properties/spec/properties/controllers/items/properties/number/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3 }, message: "must be <= 3", schema: 3, parentSchema: schema61.properties.spec.properties.controllers.items.properties.number, data: data29 };
                      if (vErrors === null) {
                        vErrors = [err77];
                      } else {
                        vErrors.push(err77);
                      }
                      errors++;
                    }
                    if (data29 < 0 || isNaN(data29)) {
                      const err78 = { instancePath: instancePath + "/spec/controllers/" + i6 + "/number", schemaPath: "#/properties/spec/properties/controllers/items/properties/number/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema61.properties.spec.properties.controllers.items.properties.number, data: data29 };
                      if (vErrors === null) {
                        vErrors = [err78];
                      } else {
                        vErrors.push(err78);
                      }
                      errors++;
                    }
                  }
                }
                if (data27.drives !== void 0) {
                  let data30 = data27.drives;
                  if (Array.isArray(data30)) {
                    const len4 = data30.length;
                    for (let i7 = 0; i7 < len4; i7++) {
                      let data31 = data30[i7];
                      const _errs79 = errors;
                      let valid25 = true;
                      const _errs80 = errors;
                      if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
                        let missing0;
                        if (data31.kind === void 0 && (missing0 = "kind")) {
                          const err79 = {};
                          if (vErrors === null) {
                            vErrors = [err79];
                          } else {
                            vErrors.push(err79);
                          }
                          errors++;
                        } else {
                          if (data31.kind !== void 0) {
                            if ("dvd" !== data31.kind) {
                              const err80 = {};
                              if (vErrors === null) {
                                vErrors = [err80];
                              } else {
                                vErrors.push(err80);
                              }
                              errors++;
                            }
                          }
                        }
                      }
                      var _valid1 = _errs80 === errors;
                      errors = _errs79;
                      if (vErrors !== null) {
                        if (_errs79) {
                          vErrors.length = _errs79;
                        } else {
                          vErrors = null;
                        }
                      }
                      if (!_valid1) {
                        const _errs82 = errors;
                        const _errs83 = errors;
                        let valid27 = false;
                        const _errs84 = errors;
                        if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
                          if (data31.path === void 0) {
                            const err81 = { instancePath: instancePath + "/spec/controllers/" + i6 + "/drives/" + i7, schemaPath: "#/properties/spec/properties/controllers/items/properties/drives/items/else/anyOf/0/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema61.properties.spec.properties.controllers.items.properties.drives.items.else.anyOf[0].required, parentSchema: schema61.properties.spec.properties.controllers.items.properties.drives.items.else.anyOf[0], data: data31 };
                            if (vErrors === null) {
                              vErrors = [err81];
                            } else {
                              vErrors.push(err81);
                            }
                            errors++;
                          }
                        }
                        var _valid2 = _errs84 === errors;
                        valid27 = valid27 || _valid2;
                        if (_valid2) {
                          var props1 = {};
                          props1.path = true;
                        }
                        const _errs85 = errors;
                        if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
                          if (data31.diskNumber === void 0) {
                            const err82 = { instancePath: instancePath + "/spec/controllers/" + i6 + "/drives/" + i7, schemaPath: "#/properties/spec/properties/controllers/items/properties/drives/items/else/anyOf/1/required", keyword: "required", params: { missingProperty: "diskNumber" }, message: "must have required property 'diskNumber'", schema: schema61.properties.spec.properties.controllers.items.properties.drives.items.else.anyOf[1].required, parentSchema: schema61.properties.spec.properties.controllers.items.properties.drives.items.else.anyOf[1], data: data31 };
                            if (vErrors === null) {
                              vErrors = [err82];
                            } else {
                              vErrors.push(err82);
                            }
                            errors++;
                          }
                        }
                        var _valid2 = _errs85 === errors;
                        valid27 = valid27 || _valid2;
                        if (_valid2) {
                          if (props1 !== true) {
                            props1 = props1 || {};
                            props1.diskNumber = true;
                          }
                        }
                        if (!valid27) {
                          const err83 = { instancePath: instancePath + "/spec/controllers/" + i6 + "/drives/" + i7, schemaPath: "#/properties/spec/properties/controllers/items/properties/drives/items/else/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema61.properties.spec.properties.controllers.items.properties.drives.items.else.anyOf, parentSchema: schema61.properties.spec.properties.controllers.items.properties.drives.items.else, data: data31 };
                          if (vErrors === null) {
                            vErrors = [err83];
                          } else {
                            vErrors.push(err83);
                          }
                          errors++;
                        } else {
                          errors = _errs83;
                          if (vErrors !== null) {
                            if (_errs83) {
                              vErrors.length = _errs83;
                            } else {
                              vErrors = null;
                            }
                          }
                        }
                        var _valid1 = _errs82 === errors;
                        valid25 = _valid1;
                        if (valid25) {
                          if (props1 !== true) {
                            props1 = props1 || {};
                            props1.kind = true;
                          }
                        }
                      }
                      if (!valid25) {
                        const err84 = { instancePath: instancePath + "/spec/controllers/" + i6 + "/drives/" + i7, schemaPath: "#/properties/spec/properties/controllers/items/properties/drives/items/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema61.properties.spec.properties.controllers.items.properties.drives.items.if, parentSchema: schema61.properties.spec.properties.controllers.items.properties.drives.items, data: data31 };
                        if (vErrors === null) {
                          vErrors = [err84];
                        } else {
                          vErrors.push(err84);
                        }
                        errors++;
                      }
                      if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
                        if (data31.location === void 0) {
                          const err85 = { instancePath: instancePath + "/spec/controllers/" + i6 + "/drives/" + i7, schemaPath: "#/properties/spec/properties/controllers/items/properties/drives/items/required", keyword: "required", params: { missingProperty: "location" }, message: "must have required property 'location'", schema: schema61.properties.spec.properties.controllers.items.properties.drives.items.required, parentSchema: schema61.properties.spec.properties.controllers.items.properties.drives.items, data: data31 };
                          if (vErrors === null) {
                            vErrors = [err85];
                          } else {
                            vErrors.push(err85);
                          }
                          errors++;
                        }
                        for (const key5 in data31) {
                          if (!func8.call(schema61.properties.spec.properties.controllers.items.properties.drives.items.properties, key5)) {
                            const err86 = { instancePath: instancePath + "/spec/controllers/" + i6 + "/drives/" + i7, schemaPath: "#/properties/spec/properties/controllers/items/properties/drives/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema61.properties.spec.properties.controllers.items.properties.drives.items, data: data31 };
                            if (vErrors === null) {
                              vErrors = [err86];
                            } else {
                              vErrors.push(err86);
                            }
                            errors++;
                          }
                        }
                        if (data31.location !== void 0) {
                          let data33 = data31.location;
                          if (!(typeof data33 == "number" && (!(data33 % 1) && !isNaN(data33)) && isFinite(data33))) {
                            const err87 = { instancePath: instancePath + "/spec/controllers/" + i6 + "/drives/" + i7 + "/location", schemaPath: "#/properties/spec/properties/controllers/items/properties/drives/items/properties/location/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema61.properties.spec.properties.controllers.items.properties.drives.items.properties.location.type, parentSchema: schema61.properties.spec.properties.controllers.items.properties.drives.items.properties.location, data: data33 };
                            if (vErrors === null) {
                              vErrors = [err87];
                            } else {
                              vErrors.push(err87);
                            }
                            errors++;
                          }
                          if (typeof data33 == "number" && isFinite(data33)) {
                            if (data33 > 63 || isNaN(data33)) {
                              const err88 = { instancePath: instancePath + "/spec/controllers/" + i6 + "/drives/" + i7 + "/location", schemaPath: "#/properties/spec/properties/controllers/items/properties/drives/items/properties/location/maximum", keyword: "maximum", params: { comparison: "<=", limit: 63 }, message: "must be <= 63", schema: 63, parentSchema: schema61.properties.spec.properties.controllers.items.properties.drives.items.properties.location, data: data33 };
                              if (vErrors === null) {
                                vErrors = [err88];
                              } else {
                                vErrors.push(err88);
                              }
                              errors++;
                            }
                            if (data33 < 0 || isNaN(data33)) {
                              const err89 = { instancePath: instancePath + "/spec/controllers/" + i6 + "/drives/" + i7 + "/location", schemaPath: "#/properties/spec/properties/controllers/items/properties/drives/items/properties/location/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema61.properties.spec.properties.controllers.items.properties.drives.items.properties.location, data: data33 };
                              if (vErrors === null) {
                                vErrors = [err89];
                              } else {
                                vErrors.push(err89);
                              }
                              errors++;
                            }
                          }
                        }
                        if (data31.kind !== void 0) {
                          let data34 = data31.kind;
                          if (typeof data34 !== "string") {
                            const err90 = { instancePath: instancePath + "/spec/controllers/" + i6 + "/drives/" + i7 + "/kind", schemaPath: "#/properties/spec/properties/controllers/items/properties/drives/items/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema61.properties.spec.properties.controllers.items.properties.drives.items.properties.kind.type, parentSchema: schema61.properties.spec.properties.controllers.items.properties.drives.items.properties.kind, data: data34 };
                            if (vErrors === null) {
                              vErrors = [err90];
                            } else {
                              vErrors.push(err90);
                            }
                            errors++;
                          }
                          if (!(data34 === "disk" || data34 === "dvd")) {
                            const err91 = { instancePath: instancePath + "/spec/controllers/" + i6 + "/drives/" + i7 + "/kind", schemaPath: "#/properties/spec/properties/controllers/items/properties/drives/items/properties/kind/enum", keyword: "enum", params: { allowedValues: schema61.properties.spec.properties.controllers.items.properties.drives.items.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema61.properties.spec.properties.controllers.items.properties.drives.items.properties.kind.enum, parentSchema: schema61.properties.spec.properties.controllers.items.properties.drives.items.properties.kind, data: data34 };
                            if (vErrors === null) {
                              vErrors = [err91];
                            } else {
                              vErrors.push(err91);
                            }
                            errors++;
                          }
                        }
                        if (data31.path !== void 0) {
                          let data35 = data31.path;
                          if (typeof data35 === "string") {
                            if (func1(data35) > 1024) {
                              const err92 = { instancePath: instancePath + "/spec/controllers/" + i6 + "/drives/" + i7 + "/path", schemaPath: "common.schema.json#/$defs/windowsPath/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema58, data: data35 };
                              if (vErrors === null) {
                                vErrors = [err92];
                              } else {
                                vErrors.push(err92);
                              }
                              errors++;
                            }
                            if (func1(data35) < 4) {
                              const err93 = { instancePath: instancePath + "/spec/controllers/" + i6 + "/drives/" + i7 + "/path", schemaPath: "common.schema.json#/$defs/windowsPath/minLength", keyword: "minLength", params: { limit: 4 }, message: "must NOT have fewer than 4 characters", schema: 4, parentSchema: schema58, data: data35 };
                              if (vErrors === null) {
                                vErrors = [err93];
                              } else {
                                vErrors.push(err93);
                              }
                              errors++;
                            }
                            if (!pattern27.test(data35)) {
                              const err94 = { instancePath: instancePath + "/spec/controllers/" + i6 + "/drives/" + i7 + "/path", schemaPath: "common.schema.json#/$defs/windowsPath/pattern", keyword: "pattern", params: { pattern: '^(?:[A-Za-z]:|\\\\\\\\[^\\\\/:*?"<>|\\u0000-\\u0020]+\\\\[^\\\\/:*?"<>|\\u0000-\\u001f]+)(?:\\\\[^\\\\/:*?"<>|\\u0000-\\u001f]+)+$' }, message: 'must match pattern "^(?:[A-Za-z]:|\\\\\\\\[^\\\\/:*?"<>|\\u0000-\\u0020]+\\\\[^\\\\/:*?"<>|\\u0000-\\u001f]+)(?:\\\\[^\\\\/:*?"<>|\\u0000-\\u001f]+)+$"', schema: '^(?:[A-Za-z]:|\\\\\\\\[^\\\\/:*?"<>|\\u0000-\\u0020]+\\\\[^\\\\/:*?"<>|\\u0000-\\u001f]+)(?:\\\\[^\\\\/:*?"<>|\\u0000-\\u001f]+)+$', parentSchema: schema58, data: data35 };
                              if (vErrors === null) {
                                vErrors = [err94];
                              } else {
                                vErrors.push(err94);
                              }
                              errors++;
                            }
                          } else {
                            const err95 = { instancePath: instancePath + "/spec/controllers/" + i6 + "/drives/" + i7 + "/path", schemaPath: "common.schema.json#/$defs/windowsPath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema58.type, parentSchema: schema58, data: data35 };
                            if (vErrors === null) {
                              vErrors = [err95];
                            } else {
                              vErrors.push(err95);
                            }
                            errors++;
                          }
                        }
                        if (data31.format !== void 0) {
                          let data36 = data31.format;
                          if (typeof data36 !== "string") {
                            const err96 = { instancePath: instancePath + "/spec/controllers/" + i6 + "/drives/" + i7 + "/format", schemaPath: "#/properties/spec/properties/controllers/items/properties/drives/items/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema61.properties.spec.properties.controllers.items.properties.drives.items.properties.format.type, parentSchema: schema61.properties.spec.properties.controllers.items.properties.drives.items.properties.format, data: data36 };
                            if (vErrors === null) {
                              vErrors = [err96];
                            } else {
                              vErrors.push(err96);
                            }
                            errors++;
                          }
                          if (!(data36 === "vhd" || data36 === "vhdx" || data36 === "vhdset")) {
                            const err97 = { instancePath: instancePath + "/spec/controllers/" + i6 + "/drives/" + i7 + "/format", schemaPath: "#/properties/spec/properties/controllers/items/properties/drives/items/properties/format/enum", keyword: "enum", params: { allowedValues: schema61.properties.spec.properties.controllers.items.properties.drives.items.properties.format.enum }, message: "must be equal to one of the allowed values", schema: schema61.properties.spec.properties.controllers.items.properties.drives.items.properties.format.enum, parentSchema: schema61.properties.spec.properties.controllers.items.properties.drives.items.properties.format, data: data36 };
                            if (vErrors === null) {
                              vErrors = [err97];
                            } else {
                              vErrors.push(err97);
                            }
                            errors++;
                          }
                        }
                        if (data31.type !== void 0) {
                          let data37 = data31.type;
                          if (typeof data37 !== "string") {
                            const err98 = { instancePath: instancePath + "/spec/controllers/" + i6 + "/drives/" + i7 + "/type", schemaPath: "#/properties/spec/properties/controllers/items/properties/drives/items/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema61.properties.spec.properties.controllers.items.properties.drives.items.properties.type.type, parentSchema: schema61.properties.spec.properties.controllers.items.properties.drives.items.properties.type, data: data37 };
                            if (vErrors === null) {
                              vErrors = [err98];
                            } else {
                              vErrors.push(err98);
                            }
                            errors++;
                          }
                          if (!(data37 === "fixed" || data37 === "dynamic" || data37 === "differencing")) {
                            const err99 = { instancePath: instancePath + "/spec/controllers/" + i6 + "/drives/" + i7 + "/type", schemaPath: "#/properties/spec/properties/controllers/items/properties/drives/items/properties/type/enum", keyword: "enum", params: { allowedValues: schema61.properties.spec.properties.controllers.items.properties.drives.items.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema61.properties.spec.properties.controllers.items.properties.drives.items.properties.type.enum, parentSchema: schema61.properties.spec.properties.controllers.items.properties.drives.items.properties.type, data: data37 };
                            if (vErrors === null) {
                              vErrors = [err99];
                            } else {
                              vErrors.push(err99);
                            }
                            errors++;
                          }
                        }
                        if (data31.sizeGB !== void 0) {
                          let data38 = data31.sizeGB;
                          if (!(typeof data38 == "number" && (!(data38 % 1) && !isNaN(data38)) && isFinite(data38))) {
                            const err100 = { instancePath: instancePath + "/spec/controllers/" + i6 + "/drives/" + i7 + "/sizeGB", schemaPath: "#/properties/spec/properties/controllers/items/properties/drives/items/properties/sizeGB/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema61.properties.spec.properties.controllers.items.properties.drives.items.properties.sizeGB.type, parentSchema: schema61.properties.spec.properties.controllers.items.properties.drives.items.properties.sizeGB, data: data38 };
                            if (vErrors === null) {
                              vErrors = [err100];
                            } else {
                              vErrors.push(err100);
                            }
                            errors++;
                          }
                          if (typeof data38 == "number" && isFinite(data38)) {
                            if (data38 > 65536 || isNaN(data38)) {
                              const err101 = { instancePath: instancePath + "/spec/controllers/" + i6 + "/drives/" + i7 + "/sizeGB", schemaPath: "#/properties/spec/properties/controllers/items/properties/drives/items/properties/sizeGB/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65536 }, message: "must be <= 65536", schema: 65536, parentSchema: schema61.properties.spec.properties.controllers.items.properties.drives.items.properties.sizeGB, data: data38 };
                              if (vErrors === null) {
                                vErrors = [err101];
                              } else {
                                vErrors.push(err101);
                              }
                              errors++;
                            }
                            if (data38 < 1 || isNaN(data38)) {
                              const err102 = { instancePath: instancePath + "/spec/controllers/" + i6 + "/drives/" + i7 + "/sizeGB", schemaPath: "#/properties/spec/properties/controllers/items/properties/drives/items/properties/sizeGB/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema61.properties.spec.properties.controllers.items.properties.drives.items.properties.sizeGB, data: data38 };
                              if (vErrors === null) {
                                vErrors = [err102];
                              } else {
                                vErrors.push(err102);
                              }
                              errors++;
                            }
                          }
                        }
                        if (data31.boot !== void 0) {
                          let data39 = data31.boot;
                          if (typeof data39 !== "boolean") {
                            const err103 = { instancePath: instancePath + "/spec/controllers/" + i6 + "/drives/" + i7 + "/boot", schemaPath: "#/properties/spec/properties/controllers/items/properties/drives/items/properties/boot/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema61.properties.spec.properties.controllers.items.properties.drives.items.properties.boot.type, parentSchema: schema61.properties.spec.properties.controllers.items.properties.drives.items.properties.boot, data: data39 };
                            if (vErrors === null) {
                              vErrors = [err103];
                            } else {
                              vErrors.push(err103);
                            }
                            errors++;
                          }
                        }
                        if (data31.purpose !== void 0) {
                          let data40 = data31.purpose;
                          if (typeof data40 !== "string") {
                            const err104 = { instancePath: instancePath + "/spec/controllers/" + i6 + "/drives/" + i7 + "/purpose", schemaPath: "#/properties/spec/properties/controllers/items/properties/drives/items/properties/purpose/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema61.properties.spec.properties.controllers.items.properties.drives.items.properties.purpose.type, parentSchema: schema61.properties.spec.properties.controllers.items.properties.drives.items.properties.purpose, data: data40 };
                            if (vErrors === null) {
                              vErrors = [err104];
                            } else {
                              vErrors.push(err104);
                            }
                            errors++;
                          }
                          if (!(data40 === "system" || data40 === "data" || data40 === "ntds" || data40 === "sysvol" || data40 === "logs")) {
                            const err105 = { instancePath: instancePath + "/spec/controllers/" + i6 + "/drives/" + i7 + "/purpose", schemaPath: "#/properties/spec/properties/controllers/items/properties/drives/items/properties/purpose/enum", keyword: "enum", params: { allowedValues: schema61.properties.spec.properties.controllers.items.properties.drives.items.properties.purpose.enum }, message: "must be equal to one of the allowed values", schema: schema61.properties.spec.properties.controllers.items.properties.drives.items.properties.purpose.enum, parentSchema: schema61.properties.spec.properties.controllers.items.properties.drives.items.properties.purpose, data: data40 };
                            if (vErrors === null) {
                              vErrors = [err105];
                            } else {
                              vErrors.push(err105);
                            }
                            errors++;
                          }
                        }
                        if (data31.diskNumber !== void 0) {
                          let data41 = data31.diskNumber;
                          if (!(typeof data41 == "number" && (!(data41 % 1) && !isNaN(data41)) && isFinite(data41))) {
                            const err106 = { instancePath: instancePath + "/spec/controllers/" + i6 + "/drives/" + i7 + "/diskNumber", schemaPath: "#/properties/spec/properties/controllers/items/properties/drives/items/properties/diskNumber/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema61.properties.spec.properties.controllers.items.properties.drives.items.properties.diskNumber.type, parentSchema: schema61.properties.spec.properties.controllers.items.properties.drives.items.properties.diskNumber, data: data41 };
                            if (vErrors === null) {
                              vErrors = [err106];
                            } else {
                              vErrors.push(err106);
                            }
                            errors++;
                          }
                          if (typeof data41 == "number" && isFinite(data41)) {
                            if (data41 < 0 || isNaN(data41)) {
                              const err107 = { instancePath: instancePath + "/spec/controllers/" + i6 + "/drives/" + i7 + "/diskNumber", schemaPath: "#/properties/spec/properties/controllers/items/properties/drives/items/properties/diskNumber/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema61.properties.spec.properties.controllers.items.properties.drives.items.properties.diskNumber, data: data41 };
                              if (vErrors === null) {
                                vErrors = [err107];
                              } else {
                                vErrors.push(err107);
                              }
                              errors++;
                            }
                          }
                        }
                      } else {
                        const err108 = { instancePath: instancePath + "/spec/controllers/" + i6 + "/drives/" + i7, schemaPath: "#/properties/spec/properties/controllers/items/properties/drives/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema61.properties.spec.properties.controllers.items.properties.drives.items.type, parentSchema: schema61.properties.spec.properties.controllers.items.properties.drives.items, data: data31 };
                        if (vErrors === null) {
                          vErrors = [err108];
                        } else {
                          vErrors.push(err108);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err109 = { instancePath: instancePath + "/spec/controllers/" + i6 + "/drives", schemaPath: "#/properties/spec/properties/controllers/items/properties/drives/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema61.properties.spec.properties.controllers.items.properties.drives.type, parentSchema: schema61.properties.spec.properties.controllers.items.properties.drives, data: data30 };
                    if (vErrors === null) {
                      vErrors = [err109];
                    } else {
                      vErrors.push(err109);
                    }
                    errors++;
                  }
                }
              } else {
                const err110 = { instancePath: instancePath + "/spec/controllers/" + i6, schemaPath: "#/properties/spec/properties/controllers/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema61.properties.spec.properties.controllers.items.type, parentSchema: schema61.properties.spec.properties.controllers.items, data: data27 };
                if (vErrors === null) {
                  vErrors = [err110];
                } else {
                  vErrors.push(err110);
                }
                errors++;
              }
            }
          } else {
            const err111 = { instancePath: instancePath + "/spec/controllers", schemaPath: "#/properties/spec/properties/controllers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema61.properties.spec.properties.controllers.type, parentSchema: schema61.properties.spec.properties.controllers, data: data26 };
            if (vErrors === null) {
              vErrors = [err111];
            } else {
              vErrors.push(err111);
            }
            errors++;
          }
        }
        if (data3.networkAdapters !== void 0) {
          let data42 = data3.networkAdapters;
          if (Array.isArray(data42)) {
            const len5 = data42.length;
            for (let i8 = 0; i8 < len5; i8++) {
              let data43 = data42[i8];
              if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
                if (data43.name === void 0) {
                  const err112 = { instancePath: instancePath + "/spec/networkAdapters/" + i8, schemaPath: "#/properties/spec/properties/networkAdapters/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema61.properties.spec.properties.networkAdapters.items.required, parentSchema: schema61.properties.spec.properties.networkAdapters.items, data: data43 };
                  if (vErrors === null) {
                    vErrors = [err112];
                  } else {
                    vErrors.push(err112);
                  }
                  errors++;
                }
                for (const key6 in data43) {
                  if (!(key6 === "name" || key6 === "switch" || key6 === "vlan" || key6 === "macAddress" || key6 === "macAddressSpoofing" || key6 === "legacy")) {
                    const err113 = { instancePath: instancePath + "/spec/networkAdapters/" + i8, schemaPath: "#/properties/spec/properties/networkAdapters/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema61.properties.spec.properties.networkAdapters.items, data: data43 };
                    if (vErrors === null) {
                      vErrors = [err113];
                    } else {
                      vErrors.push(err113);
                    }
                    errors++;
                  }
                }
                if (data43.name !== void 0) {
                  let data44 = data43.name;
                  if (typeof data44 === "string") {
                    if (func1(data44) > 128) {
                      const err114 = { instancePath: instancePath + "/spec/networkAdapters/" + i8 + "/name", schemaPath: "common.schema.json#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema35, data: data44 };
                      if (vErrors === null) {
                        vErrors = [err114];
                      } else {
                        vErrors.push(err114);
                      }
                      errors++;
                    }
                    if (func1(data44) < 1) {
                      const err115 = { instancePath: instancePath + "/spec/networkAdapters/" + i8 + "/name", schemaPath: "common.schema.json#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35, data: data44 };
                      if (vErrors === null) {
                        vErrors = [err115];
                      } else {
                        vErrors.push(err115);
                      }
                      errors++;
                    }
                    if (!pattern4.test(data44)) {
                      const err116 = { instancePath: instancePath + "/spec/networkAdapters/" + i8 + "/name", schemaPath: "common.schema.json#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$" }, message: 'must match pattern "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$"', schema: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$", parentSchema: schema35, data: data44 };
                      if (vErrors === null) {
                        vErrors = [err116];
                      } else {
                        vErrors.push(err116);
                      }
                      errors++;
                    }
                  } else {
                    const err117 = { instancePath: instancePath + "/spec/networkAdapters/" + i8 + "/name", schemaPath: "common.schema.json#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data44 };
                    if (vErrors === null) {
                      vErrors = [err117];
                    } else {
                      vErrors.push(err117);
                    }
                    errors++;
                  }
                }
                if (data43.switch !== void 0) {
                  let data45 = data43.switch;
                  if (typeof data45 === "string") {
                    if (func1(data45) > 128) {
                      const err118 = { instancePath: instancePath + "/spec/networkAdapters/" + i8 + "/switch", schemaPath: "common.schema.json#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema35, data: data45 };
                      if (vErrors === null) {
                        vErrors = [err118];
                      } else {
                        vErrors.push(err118);
                      }
                      errors++;
                    }
                    if (func1(data45) < 1) {
                      const err119 = { instancePath: instancePath + "/spec/networkAdapters/" + i8 + "/switch", schemaPath: "common.schema.json#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35, data: data45 };
                      if (vErrors === null) {
                        vErrors = [err119];
                      } else {
                        vErrors.push(err119);
                      }
                      errors++;
                    }
                    if (!pattern4.test(data45)) {
                      const err120 = { instancePath: instancePath + "/spec/networkAdapters/" + i8 + "/switch", schemaPath: "common.schema.json#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$" }, message: 'must match pattern "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$"', schema: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$", parentSchema: schema35, data: data45 };
                      if (vErrors === null) {
                        vErrors = [err120];
                      } else {
                        vErrors.push(err120);
                      }
                      errors++;
                    }
                  } else {
                    const err121 = { instancePath: instancePath + "/spec/networkAdapters/" + i8 + "/switch", schemaPath: "common.schema.json#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data45 };
                    if (vErrors === null) {
                      vErrors = [err121];
                    } else {
                      vErrors.push(err121);
                    }
                    errors++;
                  }
                }
                if (data43.vlan !== void 0) {
                  let data46 = data43.vlan;
                  if (!(typeof data46 == "number" && (!(data46 % 1) && !isNaN(data46)) && isFinite(data46))) {
                    const err122 = { instancePath: instancePath + "/spec/networkAdapters/" + i8 + "/vlan", schemaPath: "common.schema.json#/$defs/vlanId/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema73.type, parentSchema: schema73, data: data46 };
                    if (vErrors === null) {
                      vErrors = [err122];
                    } else {
                      vErrors.push(err122);
                    }
                    errors++;
                  }
                  if (typeof data46 == "number" && isFinite(data46)) {
                    if (data46 > 4094 || isNaN(data46)) {
                      const err123 = { instancePath: instancePath + "/spec/networkAdapters/" + i8 + "/vlan", schemaPath: "common.schema.json#/$defs/vlanId/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4094 }, message: "must be <= 4094", schema: 4094, parentSchema: schema73, data: data46 };
                      if (vErrors === null) {
                        vErrors = [err123];
                      } else {
                        vErrors.push(err123);
                      }
                      errors++;
                    }
                    if (data46 < 1 || isNaN(data46)) {
                      const err124 = { instancePath: instancePath + "/spec/networkAdapters/" + i8 + "/vlan", schemaPath: "common.schema.json#/$defs/vlanId/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema73, data: data46 };
                      if (vErrors === null) {
                        vErrors = [err124];
                      } else {
                        vErrors.push(err124);
                      }
                      errors++;
                    }
                  }
                }
                if (data43.macAddress !== void 0) {
                  let data47 = data43.macAddress;
                  if (typeof data47 === "string") {
                    if (!pattern42.test(data47)) {
                      const err125 = { instancePath: instancePath + "/spec/networkAdapters/" + i8 + "/macAddress", schemaPath: "common.schema.json#/$defs/mac/pattern", keyword: "pattern", params: { pattern: "^[0-9A-Fa-f]{2}([-:])[0-9A-Fa-f]{2}(?:\\1[0-9A-Fa-f]{2}){4}$" }, message: 'must match pattern "^[0-9A-Fa-f]{2}([-:])[0-9A-Fa-f]{2}(?:\\1[0-9A-Fa-f]{2}){4}$"', schema: "^[0-9A-Fa-f]{2}([-:])[0-9A-Fa-f]{2}(?:\\1[0-9A-Fa-f]{2}){4}$", parentSchema: schema74, data: data47 };
                      if (vErrors === null) {
                        vErrors = [err125];
                      } else {
                        vErrors.push(err125);
                      }
                      errors++;
                    }
                  } else {
                    const err126 = { instancePath: instancePath + "/spec/networkAdapters/" + i8 + "/macAddress", schemaPath: "common.schema.json#/$defs/mac/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema74.type, parentSchema: schema74, data: data47 };
                    if (vErrors === null) {
                      vErrors = [err126];
                    } else {
                      vErrors.push(err126);
                    }
                    errors++;
                  }
                }
                if (data43.macAddressSpoofing !== void 0) {
                  let data48 = data43.macAddressSpoofing;
                  if (typeof data48 !== "boolean") {
                    const err127 = { instancePath: instancePath + "/spec/networkAdapters/" + i8 + "/macAddressSpoofing", schemaPath: "#/properties/spec/properties/networkAdapters/items/properties/macAddressSpoofing/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema61.properties.spec.properties.networkAdapters.items.properties.macAddressSpoofing.type, parentSchema: schema61.properties.spec.properties.networkAdapters.items.properties.macAddressSpoofing, data: data48 };
                    if (vErrors === null) {
                      vErrors = [err127];
                    } else {
                      vErrors.push(err127);
                    }
                    errors++;
                  }
                }
                if (data43.legacy !== void 0) {
                  let data49 = data43.legacy;
                  if (typeof data49 !== "boolean") {
                    const err128 = { instancePath: instancePath + "/spec/networkAdapters/" + i8 + "/legacy", schemaPath: "#/properties/spec/properties/networkAdapters/items/properties/legacy/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema61.properties.spec.properties.networkAdapters.items.properties.legacy.type, parentSchema: schema61.properties.spec.properties.networkAdapters.items.properties.legacy, data: data49 };
                    if (vErrors === null) {
                      vErrors = [err128];
                    } else {
                      vErrors.push(err128);
                    }
                    errors++;
                  }
                }
              } else {
                const err129 = { instancePath: instancePath + "/spec/networkAdapters/" + i8, schemaPath: "#/properties/spec/properties/networkAdapters/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema61.properties.spec.properties.networkAdapters.items.type, parentSchema: schema61.properties.spec.properties.networkAdapters.items, data: data43 };
                if (vErrors === null) {
                  vErrors = [err129];
                } else {
                  vErrors.push(err129);
                }
                errors++;
              }
            }
          } else {
            const err130 = { instancePath: instancePath + "/spec/networkAdapters", schemaPath: "#/properties/spec/properties/networkAdapters/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema61.properties.spec.properties.networkAdapters.type, parentSchema: schema61.properties.spec.properties.networkAdapters, data: data42 };
            if (vErrors === null) {
              vErrors = [err130];
            } else {
              vErrors.push(err130);
            }
            errors++;
          }
        }
        if (data3.checkpoints !== void 0) {
          let data50 = data3.checkpoints;
          if (Array.isArray(data50)) {
            const len6 = data50.length;
            for (let i9 = 0; i9 < len6; i9++) {
              let data51 = data50[i9];
              if (data51 && typeof data51 == "object" && !Array.isArray(data51)) {
                if (data51.name === void 0) {
                  const err131 = { instancePath: instancePath + "/spec/checkpoints/" + i9, schemaPath: "#/properties/spec/properties/checkpoints/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema61.properties.spec.properties.checkpoints.items.required, parentSchema: schema61.properties.spec.properties.checkpoints.items, data: data51 };
                  if (vErrors === null) {
                    vErrors = [err131];
                  } else {
                    vErrors.push(err131);
                  }
                  errors++;
                }
                if (data51.created === void 0) {
                  const err132 = { instancePath: instancePath + "/spec/checkpoints/" + i9, schemaPath: "#/properties/spec/properties/checkpoints/items/required", keyword: "required", params: { missingProperty: "created" }, message: "must have required property 'created'", schema: schema61.properties.spec.properties.checkpoints.items.required, parentSchema: schema61.properties.spec.properties.checkpoints.items, data: data51 };
                  if (vErrors === null) {
                    vErrors = [err132];
                  } else {
                    vErrors.push(err132);
                  }
                  errors++;
                }
                for (const key7 in data51) {
                  if (!(key7 === "name" || key7 === "type" || key7 === "created")) {
                    const err133 = { instancePath: instancePath + "/spec/checkpoints/" + i9, schemaPath: "#/properties/spec/properties/checkpoints/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema61.properties.spec.properties.checkpoints.items, data: data51 };
                    if (vErrors === null) {
                      vErrors = [err133];
                    } else {
                      vErrors.push(err133);
                    }
                    errors++;
                  }
                }
                if (data51.name !== void 0) {
                  let data52 = data51.name;
                  if (typeof data52 === "string") {
                    if (func1(data52) > 256) {
                      const err134 = { instancePath: instancePath + "/spec/checkpoints/" + i9 + "/name", schemaPath: "#/properties/spec/properties/checkpoints/items/properties/name/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema61.properties.spec.properties.checkpoints.items.properties.name, data: data52 };
                      if (vErrors === null) {
                        vErrors = [err134];
                      } else {
                        vErrors.push(err134);
                      }
                      errors++;
                    }
                    if (func1(data52) < 1) {
                      const err135 = { instancePath: instancePath + "/spec/checkpoints/" + i9 + "/name", schemaPath: "#/properties/spec/properties/checkpoints/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema61.properties.spec.properties.checkpoints.items.properties.name, data: data52 };
                      if (vErrors === null) {
                        vErrors = [err135];
                      } else {
                        vErrors.push(err135);
                      }
                      errors++;
                    }
                  } else {
                    const err136 = { instancePath: instancePath + "/spec/checkpoints/" + i9 + "/name", schemaPath: "#/properties/spec/properties/checkpoints/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema61.properties.spec.properties.checkpoints.items.properties.name.type, parentSchema: schema61.properties.spec.properties.checkpoints.items.properties.name, data: data52 };
                    if (vErrors === null) {
                      vErrors = [err136];
                    } else {
                      vErrors.push(err136);
                    }
                    errors++;
                  }
                }
                if (data51.type !== void 0) {
                  let data53 = data51.type;
                  if (typeof data53 !== "string") {
                    const err137 = { instancePath: instancePath + "/spec/checkpoints/" + i9 + "/type", schemaPath: "#/properties/spec/properties/checkpoints/items/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema61.properties.spec.properties.checkpoints.items.properties.type.type, parentSchema: schema61.properties.spec.properties.checkpoints.items.properties.type, data: data53 };
                    if (vErrors === null) {
                      vErrors = [err137];
                    } else {
                      vErrors.push(err137);
                    }
                    errors++;
                  }
                  if (!(data53 === "standard" || data53 === "production" || data53 === "recovery" || data53 === "planned" || data53 === "missing" || data53 === "replica" || data53 === "app-consistent-replica" || data53 === "synced-replica")) {
                    const err138 = { instancePath: instancePath + "/spec/checkpoints/" + i9 + "/type", schemaPath: "#/properties/spec/properties/checkpoints/items/properties/type/enum", keyword: "enum", params: { allowedValues: schema61.properties.spec.properties.checkpoints.items.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema61.properties.spec.properties.checkpoints.items.properties.type.enum, parentSchema: schema61.properties.spec.properties.checkpoints.items.properties.type, data: data53 };
                    if (vErrors === null) {
                      vErrors = [err138];
                    } else {
                      vErrors.push(err138);
                    }
                    errors++;
                  }
                }
                if (data51.created !== void 0) {
                  let data54 = data51.created;
                  if (typeof data54 === "string") {
                    if (!pattern43.test(data54)) {
                      const err139 = { instancePath: instancePath + "/spec/checkpoints/" + i9 + "/created", schemaPath: "common.schema.json#/$defs/dateTime/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]+)?(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])$" }, message: 'must match pattern "^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]+)?(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])$"', schema: "^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]+)?(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])$", parentSchema: schema75, data: data54 };
                      if (vErrors === null) {
                        vErrors = [err139];
                      } else {
                        vErrors.push(err139);
                      }
                      errors++;
                    }
                  } else {
                    const err140 = { instancePath: instancePath + "/spec/checkpoints/" + i9 + "/created", schemaPath: "common.schema.json#/$defs/dateTime/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema75.type, parentSchema: schema75, data: data54 };
                    if (vErrors === null) {
                      vErrors = [err140];
                    } else {
                      vErrors.push(err140);
                    }
                    errors++;
                  }
                }
              } else {
                const err141 = { instancePath: instancePath + "/spec/checkpoints/" + i9, schemaPath: "#/properties/spec/properties/checkpoints/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema61.properties.spec.properties.checkpoints.items.type, parentSchema: schema61.properties.spec.properties.checkpoints.items, data: data51 };
                if (vErrors === null) {
                  vErrors = [err141];
                } else {
                  vErrors.push(err141);
                }
                errors++;
              }
            }
          } else {
            const err142 = { instancePath: instancePath + "/spec/checkpoints", schemaPath: "#/properties/spec/properties/checkpoints/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema61.properties.spec.properties.checkpoints.type, parentSchema: schema61.properties.spec.properties.checkpoints, data: data50 };
            if (vErrors === null) {
              vErrors = [err142];
            } else {
              vErrors.push(err142);
            }
            errors++;
          }
        }
      } else {
        const err143 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema61.properties.spec.type, parentSchema: schema61.properties.spec, data: data3 };
        if (vErrors === null) {
          vErrors = [err143];
        } else {
          vErrors.push(err143);
        }
        errors++;
      }
    }
  } else {
    const err144 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema61.type, parentSchema: schema61, data };
    if (vErrors === null) {
      vErrors = [err144];
    } else {
      vErrors.push(err144);
    }
    errors++;
  }
  validate33.errors = vErrors;
  return errors === 0;
}
validate33.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var NlbCluster = validate38;
var schema76 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://hvlint.dev/schemas/v1/nlb-cluster.schema.json", "title": "Windows Network Load Balancing cluster", "description": "A Windows NLB cluster of virtual machines: its virtual IP, operation mode, VLAN, member adapters and port rules. The cluster MAC and (IGMP mode) multicast group follow from the VIP and the mode.", "type": "object", "required": ["apiVersion", "kind", "metadata", "spec"], "properties": { "apiVersion": { "$ref": "common.schema.json#/$defs/apiVersion", "description": "Manifest format version; always hvlint/v1." }, "kind": { "type": "string", "description": "Kind of the document; always NlbCluster for this schema.", "const": "NlbCluster" }, "metadata": { "$ref": "common.schema.json#/$defs/metadata", "description": "Name, labels and annotations of the document." }, "spec": { "type": "object", "description": "Desired configuration of the NLB cluster.", "required": ["vip", "mode", "vlan", "nodes"], "properties": { "vip": { "$ref": "common.schema.json#/$defs/ipv4", "description": "Cluster (virtual) IP address. Decides the cluster MAC and, in IGMP multicast mode, the group 239.255.x.y.", "examples": ["172.31.3.232"] }, "subnetMask": { "$ref": "common.schema.json#/$defs/ipv4", "description": "Subnet mask of the VIP.", "examples": ["255.255.248.0"] }, "mode": { "type": "string", "description": "Cluster operation mode (Get-NlbCluster OperationMode): unicast (MAC 02-bf-<VIP>), multicast (03-bf-<VIP>), igmp-multicast (01-00-5e-7f-<last two VIP octets>, group 239.255.x.y).", "enum": ["unicast", "multicast", "igmp-multicast"], "examples": ["igmp-multicast"] }, "vlan": { "$ref": "common.schema.json#/$defs/vlanId", "description": "VLAN of the NLB adapters and the VIP." }, "clusterMac": { "$ref": "common.schema.json#/$defs/mac", "description": "Cluster MAC address as configured or documented (as nlb.exe ip2mac prints it); checked against the VIP and mode.", "examples": ["01-00-5e-7f-03-e8"] }, "nodes": { "type": "array", "description": "Cluster nodes: a VM and the adapter on it that carries the cluster.", "items": { "type": "object", "description": "An NLB node.", "required": ["vm", "adapter"], "properties": { "vm": { "$ref": "common.schema.json#/$defs/name", "description": "metadata.name of the VirtualMachine that is a node.", "examples": ["WEB01"] }, "adapter": { "$ref": "common.schema.json#/$defs/name", "description": "Name of that VM's network adapter (spec.networkAdapters[].name) bound to NLB.", "examples": ["NLB"] }, "mode": { "type": "string", "description": "Operation mode actually configured on this node, if it differs from the cluster's mode (for drift). All nodes must use one mode.", "enum": ["unicast", "multicast", "igmp-multicast"] }, "priority": { "type": "integer", "description": "Host priority (unique host ID), 1-32.", "minimum": 1, "maximum": 32, "examples": [1] } }, "additionalProperties": false }, "minItems": 1 }, "portRules": { "type": "array", "description": "Port rules. Windows' default is a single rule for ports 0-65535, both protocols, multiple-host filtering, single affinity.", "items": { "type": "object", "description": "An NLB port rule.", "required": ["startPort", "endPort"], "properties": { "startPort": { "type": "integer", "description": "First port of the range.", "minimum": 0, "maximum": 65535, "examples": [80] }, "endPort": { "type": "integer", "description": "Last port of the range (inclusive).", "minimum": 0, "maximum": 65535, "examples": [80] }, "protocol": { "type": "string", "description": "Protocol the rule applies to.", "enum": ["tcp", "udp", "both"], "default": "both", "examples": ["tcp"] }, "affinity": { "type": "string", "description": "Client affinity: none, single (per client IP) or network (per class C network).", "enum": ["none", "single", "network"], "default": "single", "examples": ["single"] }, "filtering": { "type": "string", "description": "Filtering mode: multiple (all hosts share load), single (one host, by priority) or disabled (block the ports).", "enum": ["multiple", "single", "disabled"], "default": "multiple", "examples": ["multiple"] } }, "additionalProperties": false } } }, "additionalProperties": false } }, "additionalProperties": false, "examples": [{ "apiVersion": "hvlint/v1", "kind": "NlbCluster", "metadata": { "name": "NLB-WEB" }, "spec": { "vip": "172.31.3.232", "subnetMask": "255.255.248.0", "mode": "igmp-multicast", "vlan": 20, "clusterMac": "01-00-5e-7f-03-e8", "nodes": [{ "vm": "WEB01", "adapter": "NLB", "priority": 1 }, { "vm": "WEB02", "adapter": "NLB", "priority": 2 }], "portRules": [{ "startPort": 80, "endPort": 80, "protocol": "tcp", "affinity": "none", "filtering": "multiple" }, { "startPort": 443, "endPort": 443, "protocol": "tcp", "affinity": "single", "filtering": "multiple" }] } }] };
var schema80 = { "type": "string", "description": "An IPv4 address in dotted-quad form: four decimal octets 0-255, no leading zeros.", "format": "ipv4", "pattern": "^(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}$", "examples": ["172.31.3.232", "239.255.3.232"] };
function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate39.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema34.required, parentSchema: schema34, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "labels" || key0 === "annotations")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func1(data0) > 128) {
          const err2 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema35, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (func1(data0) < 1) {
          const err3 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern4.test(data0)) {
          const err4 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$" }, message: 'must match pattern "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$"', schema: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$", parentSchema: schema35, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.labels !== void 0) {
      if (!validate23(data.labels, { instancePath: instancePath + "/labels", parentData: data, parentDataProperty: "labels", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.annotations !== void 0) {
      if (!validate25(data.annotations, { instancePath: instancePath + "/annotations", parentData: data, parentDataProperty: "annotations", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.type, parentSchema: schema34, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate39.errors = vErrors;
  return errors === 0;
}
validate39.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var pattern45 = new RegExp("^(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}$", "u");
function validate38(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate38.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema76.required, parentSchema: schema76, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema76.required, parentSchema: schema76, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.metadata === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property 'metadata'", schema: schema76.required, parentSchema: schema76, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.spec === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" }, message: "must have required property 'spec'", schema: schema76.required, parentSchema: schema76, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "spec")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema76, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if (typeof data0 !== "string") {
        const err5 = { instancePath: instancePath + "/apiVersion", schemaPath: "common.schema.json#/$defs/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if ("hvlint/v1" !== data0) {
        const err6 = { instancePath: instancePath + "/apiVersion", schemaPath: "common.schema.json#/$defs/apiVersion/const", keyword: "const", params: { allowedValue: "hvlint/v1" }, message: "must be equal to constant", schema: "hvlint/v1", parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if (typeof data1 !== "string") {
        const err7 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema76.properties.kind.type, parentSchema: schema76.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if ("NlbCluster" !== data1) {
        const err8 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "NlbCluster" }, message: "must be equal to constant", schema: "NlbCluster", parentSchema: schema76.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      if (!validate39(data.metadata, { instancePath: instancePath + "/metadata", parentData: data, parentDataProperty: "metadata", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
        errors = vErrors.length;
      }
    }
    if (data.spec !== void 0) {
      let data3 = data.spec;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.vip === void 0) {
          const err9 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "vip" }, message: "must have required property 'vip'", schema: schema76.properties.spec.required, parentSchema: schema76.properties.spec, data: data3 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data3.mode === void 0) {
          const err10 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "mode" }, message: "must have required property 'mode'", schema: schema76.properties.spec.required, parentSchema: schema76.properties.spec, data: data3 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data3.vlan === void 0) {
          const err11 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "vlan" }, message: "must have required property 'vlan'", schema: schema76.properties.spec.required, parentSchema: schema76.properties.spec, data: data3 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (data3.nodes === void 0) {
          const err12 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "nodes" }, message: "must have required property 'nodes'", schema: schema76.properties.spec.required, parentSchema: schema76.properties.spec, data: data3 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        for (const key1 in data3) {
          if (!(key1 === "vip" || key1 === "subnetMask" || key1 === "mode" || key1 === "vlan" || key1 === "clusterMac" || key1 === "nodes" || key1 === "portRules")) {
            const err13 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema76.properties.spec, data: data3 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data3.vip !== void 0) {
          let data4 = data3.vip;
          if (typeof data4 === "string") {
            if (!pattern45.test(data4)) {
              const err14 = { instancePath: instancePath + "/spec/vip", schemaPath: "common.schema.json#/$defs/ipv4/pattern", keyword: "pattern", params: { pattern: "^(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}$" }, message: 'must match pattern "^(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}$"', schema: "^(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}$", parentSchema: schema80, data: data4 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          } else {
            const err15 = { instancePath: instancePath + "/spec/vip", schemaPath: "common.schema.json#/$defs/ipv4/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema80.type, parentSchema: schema80, data: data4 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data3.subnetMask !== void 0) {
          let data5 = data3.subnetMask;
          if (typeof data5 === "string") {
            if (!pattern45.test(data5)) {
              const err16 = { instancePath: instancePath + "/spec/subnetMask", schemaPath: "common.schema.json#/$defs/ipv4/pattern", keyword: "pattern", params: { pattern: "^(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}$" }, message: 'must match pattern "^(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}$"', schema: "^(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}$", parentSchema: schema80, data: data5 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          } else {
            const err17 = { instancePath: instancePath + "/spec/subnetMask", schemaPath: "common.schema.json#/$defs/ipv4/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema80.type, parentSchema: schema80, data: data5 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data3.mode !== void 0) {
          let data6 = data3.mode;
          if (typeof data6 !== "string") {
            const err18 = { instancePath: instancePath + "/spec/mode", schemaPath: "#/properties/spec/properties/mode/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema76.properties.spec.properties.mode.type, parentSchema: schema76.properties.spec.properties.mode, data: data6 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
          if (!(data6 === "unicast" || data6 === "multicast" || data6 === "igmp-multicast")) {
            const err19 = { instancePath: instancePath + "/spec/mode", schemaPath: "#/properties/spec/properties/mode/enum", keyword: "enum", params: { allowedValues: schema76.properties.spec.properties.mode.enum }, message: "must be equal to one of the allowed values", schema: schema76.properties.spec.properties.mode.enum, parentSchema: schema76.properties.spec.properties.mode, data: data6 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data3.vlan !== void 0) {
          let data7 = data3.vlan;
          if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
            const err20 = { instancePath: instancePath + "/spec/vlan", schemaPath: "common.schema.json#/$defs/vlanId/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema73.type, parentSchema: schema73, data: data7 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
          if (typeof data7 == "number" && isFinite(data7)) {
            if (data7 > 4094 || isNaN(data7)) {
              const err21 = { instancePath: instancePath + "/spec/vlan", schemaPath: "common.schema.json#/$defs/vlanId/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4094 }, message: "must be <= 4094", schema: 4094, parentSchema: schema73, data: data7 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            if (data7 < 1 || isNaN(data7)) {
              const err22 = { instancePath: instancePath + "/spec/vlan", schemaPath: "common.schema.json#/$defs/vlanId/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema73, data: data7 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          }
        }
        if (data3.clusterMac !== void 0) {
          let data8 = data3.clusterMac;
          if (typeof data8 === "string") {
            if (!pattern42.test(data8)) {
              const err23 = { instancePath: instancePath + "/spec/clusterMac", schemaPath: "common.schema.json#/$defs/mac/pattern", keyword: "pattern", params: { pattern: "^[0-9A-Fa-f]{2}([-:])[0-9A-Fa-f]{2}(?:\\1[0-9A-Fa-f]{2}){4}$" }, message: 'must match pattern "^[0-9A-Fa-f]{2}([-:])[0-9A-Fa-f]{2}(?:\\1[0-9A-Fa-f]{2}){4}$"', schema: "^[0-9A-Fa-f]{2}([-:])[0-9A-Fa-f]{2}(?:\\1[0-9A-Fa-f]{2}){4}$", parentSchema: schema74, data: data8 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          } else {
            const err24 = { instancePath: instancePath + "/spec/clusterMac", schemaPath: "common.schema.json#/$defs/mac/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema74.type, parentSchema: schema74, data: data8 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data3.nodes !== void 0) {
          let data9 = data3.nodes;
          if (Array.isArray(data9)) {
            if (data9.length < 1) {
              const err25 = { instancePath: instancePath + "/spec/nodes", schemaPath: "#/properties/spec/properties/nodes/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema76.properties.spec.properties.nodes, data: data9 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
            const len0 = data9.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data10 = data9[i0];
              if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                if (data10.vm === void 0) {
                  const err26 = { instancePath: instancePath + "/spec/nodes/" + i0, schemaPath: "#/properties/spec/properties/nodes/items/required", keyword: "required", params: { missingProperty: "vm" }, message: "must have required property 'vm'", schema: schema76.properties.spec.properties.nodes.items.required, parentSchema: schema76.properties.spec.properties.nodes.items, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
                if (data10.adapter === void 0) {
                  const err27 = { instancePath: instancePath + "/spec/nodes/" + i0, schemaPath: "#/properties/spec/properties/nodes/items/required", keyword: "required", params: { missingProperty: "adapter" }, message: "must have required property 'adapter'", schema: schema76.properties.spec.properties.nodes.items.required, parentSchema: schema76.properties.spec.properties.nodes.items, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
                for (const key2 in data10) {
                  if (!(key2 === "vm" || key2 === "adapter" || key2 === "mode" || key2 === "priority")) {
                    const err28 = { instancePath: instancePath + "/spec/nodes/" + i0, schemaPath: "#/properties/spec/properties/nodes/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema76.properties.spec.properties.nodes.items, data: data10 };
                    if (vErrors === null) {
                      vErrors = [err28];
                    } else {
                      vErrors.push(err28);
                    }
                    errors++;
                  }
                }
                if (data10.vm !== void 0) {
                  let data11 = data10.vm;
                  if (typeof data11 === "string") {
                    if (func1(data11) > 128) {
                      const err29 = { instancePath: instancePath + "/spec/nodes/" + i0 + "/vm", schemaPath: "common.schema.json#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema35, data: data11 };
                      if (vErrors === null) {
                        vErrors = [err29];
                      } else {
                        vErrors.push(err29);
                      }
                      errors++;
                    }
                    if (func1(data11) < 1) {
                      const err30 = { instancePath: instancePath + "/spec/nodes/" + i0 + "/vm", schemaPath: "common.schema.json#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35, data: data11 };
                      if (vErrors === null) {
                        vErrors = [err30];
                      } else {
                        vErrors.push(err30);
                      }
                      errors++;
                    }
                    if (!pattern4.test(data11)) {
                      const err31 = { instancePath: instancePath + "/spec/nodes/" + i0 + "/vm", schemaPath: "common.schema.json#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$" }, message: 'must match pattern "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$"', schema: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$", parentSchema: schema35, data: data11 };
                      if (vErrors === null) {
                        vErrors = [err31];
                      } else {
                        vErrors.push(err31);
                      }
                      errors++;
                    }
                  } else {
                    const err32 = { instancePath: instancePath + "/spec/nodes/" + i0 + "/vm", schemaPath: "common.schema.json#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data11 };
                    if (vErrors === null) {
                      vErrors = [err32];
                    } else {
                      vErrors.push(err32);
                    }
                    errors++;
                  }
                }
                if (data10.adapter !== void 0) {
                  let data12 = data10.adapter;
                  if (typeof data12 === "string") {
                    if (func1(data12) > 128) {
                      const err33 = { instancePath: instancePath + "/spec/nodes/" + i0 + "/adapter", schemaPath: "common.schema.json#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema35, data: data12 };
                      if (vErrors === null) {
                        vErrors = [err33];
                      } else {
                        vErrors.push(err33);
                      }
                      errors++;
                    }
                    if (func1(data12) < 1) {
                      const err34 = { instancePath: instancePath + "/spec/nodes/" + i0 + "/adapter", schemaPath: "common.schema.json#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35, data: data12 };
                      if (vErrors === null) {
                        vErrors = [err34];
                      } else {
                        vErrors.push(err34);
                      }
                      errors++;
                    }
                    if (!pattern4.test(data12)) {
                      const err35 = { instancePath: instancePath + "/spec/nodes/" + i0 + "/adapter", schemaPath: "common.schema.json#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$" }, message: 'must match pattern "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$"', schema: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$", parentSchema: schema35, data: data12 };
                      if (vErrors === null) {
                        vErrors = [err35];
                      } else {
                        vErrors.push(err35);
                      }
                      errors++;
                    }
                  } else {
                    const err36 = { instancePath: instancePath + "/spec/nodes/" + i0 + "/adapter", schemaPath: "common.schema.json#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data12 };
                    if (vErrors === null) {
                      vErrors = [err36];
                    } else {
                      vErrors.push(err36);
                    }
                    errors++;
                  }
                }
                if (data10.mode !== void 0) {
                  let data13 = data10.mode;
                  if (typeof data13 !== "string") {
                    const err37 = { instancePath: instancePath + "/spec/nodes/" + i0 + "/mode", schemaPath: "#/properties/spec/properties/nodes/items/properties/mode/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema76.properties.spec.properties.nodes.items.properties.mode.type, parentSchema: schema76.properties.spec.properties.nodes.items.properties.mode, data: data13 };
                    if (vErrors === null) {
                      vErrors = [err37];
                    } else {
                      vErrors.push(err37);
                    }
                    errors++;
                  }
                  if (!(data13 === "unicast" || data13 === "multicast" || data13 === "igmp-multicast")) {
                    const err38 = { instancePath: instancePath + "/spec/nodes/" + i0 + "/mode", schemaPath: "#/properties/spec/properties/nodes/items/properties/mode/enum", keyword: "enum", params: { allowedValues: schema76.properties.spec.properties.nodes.items.properties.mode.enum }, message: "must be equal to one of the allowed values", schema: schema76.properties.spec.properties.nodes.items.properties.mode.enum, parentSchema: schema76.properties.spec.properties.nodes.items.properties.mode, data: data13 };
                    if (vErrors === null) {
                      vErrors = [err38];
                    } else {
                      vErrors.push(err38);
                    }
                    errors++;
                  }
                }
                if (data10.priority !== void 0) {
                  let data14 = data10.priority;
                  if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)) && isFinite(data14))) {
                    const err39 = { instancePath: instancePath + "/spec/nodes/" + i0 + "/priority", schemaPath: "#/properties/spec/properties/nodes/items/properties/priority/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema76.properties.spec.properties.nodes.items.properties.priority.type, parentSchema: schema76.properties.spec.properties.nodes.items.properties.priority, data: data14 };
                    if (vErrors === null) {
                      vErrors = [err39];
                    } else {
                      vErrors.push(err39);
                    }
                    errors++;
                  }
                  if (typeof data14 == "number" && isFinite(data14)) {
                    if (data14 > 32 || isNaN(data14)) {
                      const err40 = { instancePath: instancePath + "/spec/nodes/" + i0 + "/priority", schemaPath: "#/properties/spec/properties/nodes/items/properties/priority/maximum", keyword: "maximum", params: { comparison: "<=", limit: 32 }, message: "must be <= 32", schema: 32, parentSchema: schema76.properties.spec.properties.nodes.items.properties.priority, data: data14 };
                      if (vErrors === null) {
                        vErrors = [err40];
                      } else {
                        vErrors.push(err40);
                      }
                      errors++;
                    }
                    if (data14 < 1 || isNaN(data14)) {
                      const err41 = { instancePath: instancePath + "/spec/nodes/" + i0 + "/priority", schemaPath: "#/properties/spec/properties/nodes/items/properties/priority/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema76.properties.spec.properties.nodes.items.properties.priority, data: data14 };
                      if (vErrors === null) {
                        vErrors = [err41];
                      } else {
                        vErrors.push(err41);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err42 = { instancePath: instancePath + "/spec/nodes/" + i0, schemaPath: "#/properties/spec/properties/nodes/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema76.properties.spec.properties.nodes.items.type, parentSchema: schema76.properties.spec.properties.nodes.items, data: data10 };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
          } else {
            const err43 = { instancePath: instancePath + "/spec/nodes", schemaPath: "#/properties/spec/properties/nodes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema76.properties.spec.properties.nodes.type, parentSchema: schema76.properties.spec.properties.nodes, data: data9 };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
        if (data3.portRules !== void 0) {
          let data15 = data3.portRules;
          if (Array.isArray(data15)) {
            const len1 = data15.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data16 = data15[i1];
              if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                if (data16.startPort === void 0) {
                  const err44 = { instancePath: instancePath + "/spec/portRules/" + i1, schemaPath: "#/properties/spec/properties/portRules/items/required", keyword: "required", params: { missingProperty: "startPort" }, message: "must have required property 'startPort'", schema: schema76.properties.spec.properties.portRules.items.required, parentSchema: schema76.properties.spec.properties.portRules.items, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err44];
                  } else {
                    vErrors.push(err44);
                  }
                  errors++;
                }
                if (data16.endPort === void 0) {
                  const err45 = { instancePath: instancePath + "/spec/portRules/" + i1, schemaPath: "#/properties/spec/properties/portRules/items/required", keyword: "required", params: { missingProperty: "endPort" }, message: "must have required property 'endPort'", schema: schema76.properties.spec.properties.portRules.items.required, parentSchema: schema76.properties.spec.properties.portRules.items, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err45];
                  } else {
                    vErrors.push(err45);
                  }
                  errors++;
                }
                for (const key3 in data16) {
                  if (!(key3 === "startPort" || key3 === "endPort" || key3 === "protocol" || key3 === "affinity" || key3 === "filtering")) {
                    const err46 = { instancePath: instancePath + "/spec/portRules/" + i1, schemaPath: "#/properties/spec/properties/portRules/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema76.properties.spec.properties.portRules.items, data: data16 };
                    if (vErrors === null) {
                      vErrors = [err46];
                    } else {
                      vErrors.push(err46);
                    }
                    errors++;
                  }
                }
                if (data16.startPort !== void 0) {
                  let data17 = data16.startPort;
                  if (!(typeof data17 == "number" && (!(data17 % 1) && !isNaN(data17)) && isFinite(data17))) {
                    const err47 = { instancePath: instancePath + "/spec/portRules/" + i1 + "/startPort", schemaPath: "#/properties/spec/properties/portRules/items/properties/startPort/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema76.properties.spec.properties.portRules.items.properties.startPort.type, parentSchema: schema76.properties.spec.properties.portRules.items.properties.startPort, data: data17 };
                    if (vErrors === null) {
                      vErrors = [err47];
                    } else {
                      vErrors.push(err47);
                    }
                    errors++;
                  }
                  if (typeof data17 == "number" && isFinite(data17)) {
                    if (data17 > 65535 || isNaN(data17)) {
                      const err48 = { instancePath: instancePath + "/spec/portRules/" + i1 + "/startPort", schemaPath: "#/properties/spec/properties/portRules/items/properties/startPort/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535", schema: 65535, parentSchema: schema76.properties.spec.properties.portRules.items.properties.startPort, data: data17 };
                      if (vErrors === null) {
                        vErrors = [err48];
                      } else {
                        vErrors.push(err48);
                      }
                      errors++;
                    }
                    if (data17 < 0 || isNaN(data17)) {
                      const err49 = { instancePath: instancePath + "/spec/portRules/" + i1 + "/startPort", schemaPath: "#/properties/spec/properties/portRules/items/properties/startPort/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema76.properties.spec.properties.portRules.items.properties.startPort, data: data17 };
                      if (vErrors === null) {
                        vErrors = [err49];
                      } else {
                        vErrors.push(err49);
                      }
                      errors++;
                    }
                  }
                }
                if (data16.endPort !== void 0) {
                  let data18 = data16.endPort;
                  if (!(typeof data18 == "number" && (!(data18 % 1) && !isNaN(data18)) && isFinite(data18))) {
                    const err50 = { instancePath: instancePath + "/spec/portRules/" + i1 + "/endPort", schemaPath: "#/properties/spec/properties/portRules/items/properties/endPort/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema76.properties.spec.properties.portRules.items.properties.endPort.type, parentSchema: schema76.properties.spec.properties.portRules.items.properties.endPort, data: data18 };
                    if (vErrors === null) {
                      vErrors = [err50];
                    } else {
                      vErrors.push(err50);
                    }
                    errors++;
                  }
                  if (typeof data18 == "number" && isFinite(data18)) {
                    if (data18 > 65535 || isNaN(data18)) {
                      const err51 = { instancePath: instancePath + "/spec/portRules/" + i1 + "/endPort", schemaPath: "#/properties/spec/properties/portRules/items/properties/endPort/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535", schema: 65535, parentSchema: schema76.properties.spec.properties.portRules.items.properties.endPort, data: data18 };
                      if (vErrors === null) {
                        vErrors = [err51];
                      } else {
                        vErrors.push(err51);
                      }
                      errors++;
                    }
                    if (data18 < 0 || isNaN(data18)) {
                      const err52 = { instancePath: instancePath + "/spec/portRules/" + i1 + "/endPort", schemaPath: "#/properties/spec/properties/portRules/items/properties/endPort/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema76.properties.spec.properties.portRules.items.properties.endPort, data: data18 };
                      if (vErrors === null) {
                        vErrors = [err52];
                      } else {
                        vErrors.push(err52);
                      }
                      errors++;
                    }
                  }
                }
                if (data16.protocol !== void 0) {
                  let data19 = data16.protocol;
                  if (typeof data19 !== "string") {
                    const err53 = { instancePath: instancePath + "/spec/portRules/" + i1 + "/protocol", schemaPath: "#/properties/spec/properties/portRules/items/properties/protocol/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema76.properties.spec.properties.portRules.items.properties.protocol.type, parentSchema: schema76.properties.spec.properties.portRules.items.properties.protocol, data: data19 };
                    if (vErrors === null) {
                      vErrors = [err53];
                    } else {
                      vErrors.push(err53);
                    }
                    errors++;
                  }
                  if (!(data19 === "tcp" || data19 === "udp" || data19 === "both")) {
                    const err54 = { instancePath: instancePath + "/spec/portRules/" + i1 + "/protocol", schemaPath: "#/properties/spec/properties/portRules/items/properties/protocol/enum", keyword: "enum", params: { allowedValues: schema76.properties.spec.properties.portRules.items.properties.protocol.enum }, message: "must be equal to one of the allowed values", schema: schema76.properties.spec.properties.portRules.items.properties.protocol.enum, parentSchema: schema76.properties.spec.properties.portRules.items.properties.protocol, data: data19 };
                    if (vErrors === null) {
                      vErrors = [err54];
                    } else {
                      vErrors.push(err54);
                    }
                    errors++;
                  }
                }
                if (data16.affinity !== void 0) {
                  let data20 = data16.affinity;
                  if (typeof data20 !== "string") {
                    const err55 = { instancePath: instancePath + "/spec/portRules/" + i1 + "/affinity", schemaPath: "#/properties/spec/properties/portRules/items/properties/affinity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema76.properties.spec.properties.portRules.items.properties.affinity.type, parentSchema: schema76.properties.spec.properties.portRules.items.properties.affinity, data: data20 };
                    if (vErrors === null) {
                      vErrors = [err55];
                    } else {
                      vErrors.push(err55);
                    }
                    errors++;
                  }
                  if (!(data20 === "none" || data20 === "single" || data20 === "network")) {
                    const err56 = { instancePath: instancePath + "/spec/portRules/" + i1 + "/affinity", schemaPath: "#/properties/spec/properties/portRules/items/properties/affinity/enum", keyword: "enum", params: { allowedValues: schema76.properties.spec.properties.portRules.items.properties.affinity.enum }, message: "must be equal to one of the allowed values", schema: schema76.properties.spec.properties.portRules.items.properties.affinity.enum, parentSchema: schema76.properties.spec.properties.portRules.items.properties.affinity, data: data20 };
                    if (vErrors === null) {
                      vErrors = [err56];
                    } else {
                      vErrors.push(err56);
                    }
                    errors++;
                  }
                }
                if (data16.filtering !== void 0) {
                  let data21 = data16.filtering;
                  if (typeof data21 !== "string") {
                    const err57 = { instancePath: instancePath + "/spec/portRules/" + i1 + "/filtering", schemaPath: "#/properties/spec/properties/portRules/items/properties/filtering/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema76.properties.spec.properties.portRules.items.properties.filtering.type, parentSchema: schema76.properties.spec.properties.portRules.items.properties.filtering, data: data21 };
                    if (vErrors === null) {
                      vErrors = [err57];
                    } else {
                      vErrors.push(err57);
                    }
                    errors++;
                  }
                  if (!(data21 === "multiple" || data21 === "single" || data21 === "disabled")) {
                    const err58 = { instancePath: instancePath + "/spec/portRules/" + i1 + "/filtering", schemaPath: "#/properties/spec/properties/portRules/items/properties/filtering/enum", keyword: "enum", params: { allowedValues: schema76.properties.spec.properties.portRules.items.properties.filtering.enum }, message: "must be equal to one of the allowed values", schema: schema76.properties.spec.properties.portRules.items.properties.filtering.enum, parentSchema: schema76.properties.spec.properties.portRules.items.properties.filtering, data: data21 };
                    if (vErrors === null) {
                      vErrors = [err58];
                    } else {
                      vErrors.push(err58);
                    }
                    errors++;
                  }
                }
              } else {
                const err59 = { instancePath: instancePath + "/spec/portRules/" + i1, schemaPath: "#/properties/spec/properties/portRules/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema76.properties.spec.properties.portRules.items.type, parentSchema: schema76.properties.spec.properties.portRules.items, data: data16 };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
            }
          } else {
            const err60 = { instancePath: instancePath + "/spec/portRules", schemaPath: "#/properties/spec/properties/portRules/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema76.properties.spec.properties.portRules.type, parentSchema: schema76.properties.spec.properties.portRules, data: data15 };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
      } else {
        const err61 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema76.properties.spec.type, parentSchema: schema76.properties.spec, data: data3 };
        if (vErrors === null) {
          vErrors = [err61];
        } else {
          vErrors.push(err61);
        }
        errors++;
      }
    }
  } else {
    const err62 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema76.type, parentSchema: schema76, data };
    if (vErrors === null) {
      vErrors = [err62];
    } else {
      vErrors.push(err62);
    }
    errors++;
  }
  validate38.errors = vErrors;
  return errors === 0;
}
validate38.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var Switch = validate43;
var schema86 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://hvlint.dev/schemas/v1/switch.schema.json", "title": "Physical Ethernet switch", "description": "A physical switch that Hyper-V hosts land on: its model (which decides the MAC notation it accepts), VLANs, ports, LAGs, bridge multicast groups and static ARP / MAC entries.", "type": "object", "required": ["apiVersion", "kind", "metadata", "spec"], "properties": { "apiVersion": { "$ref": "common.schema.json#/$defs/apiVersion", "description": "Manifest format version; always hvlint/v1." }, "kind": { "type": "string", "description": "Kind of the document; always Switch for this schema.", "const": "Switch" }, "metadata": { "$ref": "common.schema.json#/$defs/metadata", "description": "Name, labels and annotations of the document." }, "spec": { "type": "object", "description": "Desired configuration of the switch.", "required": ["model"], "properties": { "model": { "type": "string", "description": "Switch model, lower-case with hyphens. Known models carry defaults (e.g. the MAC notation the CLI accepts).", "minLength": 1, "maxLength": 128, "examples": ["dell-powerconnect-5424"] }, "macStyle": { "type": "string", "description": "MAC notation the switch CLI accepts: colon (01:00:5e:7f:03:e8) or hyphen (01-00-5e-7f-03-e8). Overrides the model's default. (Manifests write MACs in one of these two forms; dotted Cisco notation is not modelled.)", "enum": ["colon", "hyphen"], "examples": ["colon"] }, "igmpSnooping": { "type": "boolean", "description": "IGMP snooping enabled globally.", "examples": [true] }, "bridgeMulticastFiltering": { "type": "boolean", "description": "Global `bridge multicast filtering` (Dell PowerConnect): the prerequisite for IGMP snooping and static bridge multicast groups. Off (the switch default) floods all multicast to every port of the VLAN whatever groups are configured. It does not drop unregistered multicast by itself: that is each port's or LAG's unregisteredMulticast.", "examples": [true] }, "vlans": { "type": "array", "description": "VLANs defined on the switch.", "items": { "type": "object", "description": "A VLAN.", "required": ["id"], "properties": { "id": { "$ref": "common.schema.json#/$defs/vlanId", "description": "VLAN ID." }, "name": { "type": "string", "description": "VLAN name.", "minLength": 1, "maxLength": 64, "examples": ["servers"] }, "igmpSnooping": { "type": "boolean", "description": "IGMP snooping enabled on this VLAN.", "examples": [true] }, "routed": { "type": "boolean", "description": "The switch routes this VLAN: it is the VLAN's layer-3 gateway, where static ARP entries for NLB VIPs in multicast and IGMP multicast mode belong.", "default": false, "examples": [true] } }, "additionalProperties": false } }, "ports": { "type": "array", "description": "Ports worth declaring (the ones in use).", "items": { "type": "object", "description": "A switch port.", "required": ["name"], "properties": { "name": { "$ref": "common.schema.json#/$defs/portName", "description": "Port name." }, "description": { "type": "string", "description": "Port description (what is cabled to it).", "maxLength": 256, "examples": ["HV01 Ethernet 3 (TEAM-VM)"] }, "lag": { "type": "integer", "description": "ID of the LAG this port is a member of, if any.", "minimum": 1, "maximum": 64, "examples": [1] }, "vlans": { "type": "array", "description": "VLANs carried by the port (tagged or untagged).", "items": { "$ref": "common.schema.json#/$defs/vlanId", "description": "A VLAN ID." }, "uniqueItems": true, "examples": [[10, 20]] }, "unregisteredMulticast": { "type": "string", "description": "What the port does with multicast for which no group is registered (`bridge multicast unregistered forwarding | filtering` in its interface configuration): forward (the default) or filter (drop). Takes effect only with bridgeMulticastFiltering on.", "enum": ["forward", "filter"], "default": "forward", "examples": ["forward"] } }, "additionalProperties": false } }, "lags": { "type": "array", "description": "Link aggregation groups (port-channels).", "items": { "type": "object", "description": "A LAG.", "required": ["id"], "properties": { "id": { "type": "integer", "description": "LAG ID, 1-64.", "minimum": 1, "maximum": 64, "examples": [1] }, "description": { "type": "string", "description": "LAG description (which host or team it faces).", "maxLength": 256, "examples": ["HV01 TEAM-VM"] }, "members": { "type": "array", "description": "Member ports.", "items": { "$ref": "common.schema.json#/$defs/portName", "description": "A port name on this switch." }, "uniqueItems": true, "examples": [["g1", "g2"]] }, "lacp": { "type": "boolean", "description": "True for a dynamic (LACP) LAG, false for a static one.", "examples": [true] }, "vlans": { "type": "array", "description": "VLANs carried by the LAG.", "items": { "$ref": "common.schema.json#/$defs/vlanId", "description": "A VLAN ID." }, "uniqueItems": true, "examples": [[10, 20]] }, "unregisteredMulticast": { "type": "string", "description": "What the LAG does with multicast for which no group is registered (`bridge multicast unregistered forwarding | filtering` in its interface configuration): forward (the default) or filter (drop). Takes effect only with bridgeMulticastFiltering on.", "enum": ["forward", "filter"], "default": "forward", "examples": ["forward"] } }, "additionalProperties": false } }, "bridgeMulticastGroups": { "type": "array", "description": "Static bridge multicast groups (e.g. for NLB in IGMP multicast mode): per VLAN, a group MAC and/or group IP with static member ports and LAGs.", "items": { "type": "object", "description": "A bridge multicast group. At least one of mac or group.", "required": ["vlan"], "properties": { "vlan": { "$ref": "common.schema.json#/$defs/vlanId", "description": "VLAN the group is defined on." }, "mac": { "$ref": "common.schema.json#/$defs/mac", "description": "Group MAC address (01:00:5e:...), written in the switch's MAC style.", "examples": ["01:00:5e:7f:03:e8"] }, "group": { "$ref": "common.schema.json#/$defs/ipv4", "description": "Group IP address (239.255.x.y for NLB).", "examples": ["239.255.3.232"] }, "ports": { "type": "array", "description": "Static member ports.", "items": { "$ref": "common.schema.json#/$defs/portName", "description": "A port name on this switch." }, "uniqueItems": true, "examples": [["g1", "g2"]] }, "lags": { "type": "array", "description": "Static member LAGs.", "items": { "type": "integer", "description": "A LAG ID on this switch.", "minimum": 1, "maximum": 64, "examples": [1] }, "uniqueItems": true, "examples": [[1, 2]] } }, "anyOf": [{ "properties": { "mac": true }, "required": ["mac"] }, { "properties": { "group": true }, "required": ["group"] }], "additionalProperties": false } }, "staticArp": { "type": "array", "description": "Static ARP entries.", "items": { "type": "object", "description": "A static ARP entry.", "required": ["ip", "mac"], "properties": { "ip": { "$ref": "common.schema.json#/$defs/ipv4", "description": "IP address." }, "mac": { "$ref": "common.schema.json#/$defs/mac", "description": "MAC address the IP maps to." }, "vlan": { "$ref": "common.schema.json#/$defs/vlanId", "description": "VLAN (interface) of the entry." }, "interface": { "type": "string", "description": "Interface the entry is bound to, as the switch names it (e.g. vlan 20).", "minLength": 1, "maxLength": 64, "examples": ["vlan 20"] } }, "additionalProperties": false } }, "staticMac": { "type": "array", "description": "Static MAC address-table entries.", "items": { "type": "object", "description": "A static MAC-table entry.", "required": ["mac", "vlan"], "properties": { "mac": { "$ref": "common.schema.json#/$defs/mac", "description": "MAC address." }, "vlan": { "$ref": "common.schema.json#/$defs/vlanId", "description": "VLAN of the entry." }, "ports": { "type": "array", "description": "Ports the MAC is bound to.", "items": { "$ref": "common.schema.json#/$defs/portName", "description": "A port name on this switch." }, "uniqueItems": true, "examples": [["g1", "g2"]] }, "lags": { "type": "array", "description": "LAGs the MAC is bound to.", "items": { "type": "integer", "description": "A LAG ID on this switch.", "minimum": 1, "maximum": 64, "examples": [1] }, "uniqueItems": true, "examples": [[1, 2]] } }, "additionalProperties": false } } }, "additionalProperties": false } }, "additionalProperties": false, "examples": [{ "apiVersion": "hvlint/v1", "kind": "Switch", "metadata": { "name": "SW-CORE01" }, "spec": { "model": "dell-powerconnect-5424", "macStyle": "colon", "igmpSnooping": true, "bridgeMulticastFiltering": true, "vlans": [{ "id": 10, "name": "servers", "igmpSnooping": true }, { "id": 20, "name": "nlb-web", "igmpSnooping": true }], "ports": [{ "name": "g1", "description": "HV01 Ethernet 3", "lag": 1, "vlans": [10, 20] }, { "name": "g2", "description": "HV01 Ethernet 4", "lag": 1, "vlans": [10, 20] }], "lags": [{ "id": 1, "description": "HV01 TEAM-VM", "members": ["g1", "g2"], "lacp": true, "vlans": [10, 20], "unregisteredMulticast": "forward" }], "bridgeMulticastGroups": [{ "vlan": 20, "mac": "01:00:5e:7f:03:e8", "group": "239.255.3.232", "lags": [1] }] } }] };
function validate44(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate44.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema34.required, parentSchema: schema34, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "labels" || key0 === "annotations")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func1(data0) > 128) {
          const err2 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema35, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (func1(data0) < 1) {
          const err3 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern4.test(data0)) {
          const err4 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$" }, message: 'must match pattern "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$"', schema: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$", parentSchema: schema35, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.labels !== void 0) {
      if (!validate23(data.labels, { instancePath: instancePath + "/labels", parentData: data, parentDataProperty: "labels", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.annotations !== void 0) {
      if (!validate25(data.annotations, { instancePath: instancePath + "/annotations", parentData: data, parentDataProperty: "annotations", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.type, parentSchema: schema34, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate44.errors = vErrors;
  return errors === 0;
}
validate44.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate43(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate43.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema86.required, parentSchema: schema86, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema86.required, parentSchema: schema86, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.metadata === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property 'metadata'", schema: schema86.required, parentSchema: schema86, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.spec === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" }, message: "must have required property 'spec'", schema: schema86.required, parentSchema: schema86, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "spec")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema86, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if (typeof data0 !== "string") {
        const err5 = { instancePath: instancePath + "/apiVersion", schemaPath: "common.schema.json#/$defs/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if ("hvlint/v1" !== data0) {
        const err6 = { instancePath: instancePath + "/apiVersion", schemaPath: "common.schema.json#/$defs/apiVersion/const", keyword: "const", params: { allowedValue: "hvlint/v1" }, message: "must be equal to constant", schema: "hvlint/v1", parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if (typeof data1 !== "string") {
        const err7 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema86.properties.kind.type, parentSchema: schema86.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if ("Switch" !== data1) {
        const err8 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "Switch" }, message: "must be equal to constant", schema: "Switch", parentSchema: schema86.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      if (!validate44(data.metadata, { instancePath: instancePath + "/metadata", parentData: data, parentDataProperty: "metadata", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
        errors = vErrors.length;
      }
    }
    if (data.spec !== void 0) {
      let data3 = data.spec;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.model === void 0) {
          const err9 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "model" }, message: "must have required property 'model'", schema: schema86.properties.spec.required, parentSchema: schema86.properties.spec, data: data3 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        for (const key1 in data3) {
          if (!func8.call(schema86.properties.spec.properties, key1)) {
            const err10 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema86.properties.spec, data: data3 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data3.model !== void 0) {
          let data4 = data3.model;
          if (typeof data4 === "string") {
            if (func1(data4) > 128) {
              const err11 = { instancePath: instancePath + "/spec/model", schemaPath: "#/properties/spec/properties/model/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema86.properties.spec.properties.model, data: data4 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
            if (func1(data4) < 1) {
              const err12 = { instancePath: instancePath + "/spec/model", schemaPath: "#/properties/spec/properties/model/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema86.properties.spec.properties.model, data: data4 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          } else {
            const err13 = { instancePath: instancePath + "/spec/model", schemaPath: "#/properties/spec/properties/model/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema86.properties.spec.properties.model.type, parentSchema: schema86.properties.spec.properties.model, data: data4 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data3.macStyle !== void 0) {
          let data5 = data3.macStyle;
          if (typeof data5 !== "string") {
            const err14 = { instancePath: instancePath + "/spec/macStyle", schemaPath: "#/properties/spec/properties/macStyle/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema86.properties.spec.properties.macStyle.type, parentSchema: schema86.properties.spec.properties.macStyle, data: data5 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
          if (!(data5 === "colon" || data5 === "hyphen")) {
            const err15 = { instancePath: instancePath + "/spec/macStyle", schemaPath: "#/properties/spec/properties/macStyle/enum", keyword: "enum", params: { allowedValues: schema86.properties.spec.properties.macStyle.enum }, message: "must be equal to one of the allowed values", schema: schema86.properties.spec.properties.macStyle.enum, parentSchema: schema86.properties.spec.properties.macStyle, data: data5 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data3.igmpSnooping !== void 0) {
          let data6 = data3.igmpSnooping;
          if (typeof data6 !== "boolean") {
            const err16 = { instancePath: instancePath + "/spec/igmpSnooping", schemaPath: "#/properties/spec/properties/igmpSnooping/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema86.properties.spec.properties.igmpSnooping.type, parentSchema: schema86.properties.spec.properties.igmpSnooping, data: data6 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data3.bridgeMulticastFiltering !== void 0) {
          let data7 = data3.bridgeMulticastFiltering;
          if (typeof data7 !== "boolean") {
            const err17 = { instancePath: instancePath + "/spec/bridgeMulticastFiltering", schemaPath: "#/properties/spec/properties/bridgeMulticastFiltering/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema86.properties.spec.properties.bridgeMulticastFiltering.type, parentSchema: schema86.properties.spec.properties.bridgeMulticastFiltering, data: data7 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data3.vlans !== void 0) {
          let data8 = data3.vlans;
          if (Array.isArray(data8)) {
            const len0 = data8.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data9 = data8[i0];
              if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                if (data9.id === void 0) {
                  const err18 = { instancePath: instancePath + "/spec/vlans/" + i0, schemaPath: "#/properties/spec/properties/vlans/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema86.properties.spec.properties.vlans.items.required, parentSchema: schema86.properties.spec.properties.vlans.items, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
                for (const key2 in data9) {
                  if (!(key2 === "id" || key2 === "name" || key2 === "igmpSnooping" || key2 === "routed")) {
                    const err19 = { instancePath: instancePath + "/spec/vlans/" + i0, schemaPath: "#/properties/spec/properties/vlans/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema86.properties.spec.properties.vlans.items, data: data9 };
                    if (vErrors === null) {
                      vErrors = [err19];
                    } else {
                      vErrors.push(err19);
                    }
                    errors++;
                  }
                }
                if (data9.id !== void 0) {
                  let data10 = data9.id;
                  if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
                    const err20 = { instancePath: instancePath + "/spec/vlans/" + i0 + "/id", schemaPath: "common.schema.json#/$defs/vlanId/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema73.type, parentSchema: schema73, data: data10 };
                    if (vErrors === null) {
                      vErrors = [err20];
                    } else {
                      vErrors.push(err20);
                    }
                    errors++;
                  }
                  if (typeof data10 == "number" && isFinite(data10)) {
                    if (data10 > 4094 || isNaN(data10)) {
                      const err21 = { instancePath: instancePath + "/spec/vlans/" + i0 + "/id", schemaPath: "common.schema.json#/$defs/vlanId/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4094 }, message: "must be <= 4094", schema: 4094, parentSchema: schema73, data: data10 };
                      if (vErrors === null) {
                        vErrors = [err21];
                      } else {
                        vErrors.push(err21);
                      }
                      errors++;
                    }
                    if (data10 < 1 || isNaN(data10)) {
                      const err22 = { instancePath: instancePath + "/spec/vlans/" + i0 + "/id", schemaPath: "common.schema.json#/$defs/vlanId/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema73, data: data10 };
                      if (vErrors === null) {
                        vErrors = [err22];
                      } else {
                        vErrors.push(err22);
                      }
                      errors++;
                    }
                  }
                }
                if (data9.name !== void 0) {
                  let data11 = data9.name;
                  if (typeof data11 === "string") {
                    if (func1(data11) > 64) {
                      const err23 = { instancePath: instancePath + "/spec/vlans/" + i0 + "/name", schemaPath: "#/properties/spec/properties/vlans/items/properties/name/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema86.properties.spec.properties.vlans.items.properties.name, data: data11 };
                      if (vErrors === null) {
                        vErrors = [err23];
                      } else {
                        vErrors.push(err23);
                      }
                      errors++;
                    }
                    if (func1(data11) < 1) {
                      const err24 = { instancePath: instancePath + "/spec/vlans/" + i0 + "/name", schemaPath: "#/properties/spec/properties/vlans/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema86.properties.spec.properties.vlans.items.properties.name, data: data11 };
                      if (vErrors === null) {
                        vErrors = [err24];
                      } else {
                        vErrors.push(err24);
                      }
                      errors++;
                    }
                  } else {
                    const err25 = { instancePath: instancePath + "/spec/vlans/" + i0 + "/name", schemaPath: "#/properties/spec/properties/vlans/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema86.properties.spec.properties.vlans.items.properties.name.type, parentSchema: schema86.properties.spec.properties.vlans.items.properties.name, data: data11 };
                    if (vErrors === null) {
                      vErrors = [err25];
                    } else {
                      vErrors.push(err25);
                    }
                    errors++;
                  }
                }
                if (data9.igmpSnooping !== void 0) {
                  let data12 = data9.igmpSnooping;
                  if (typeof data12 !== "boolean") {
                    const err26 = { instancePath: instancePath + "/spec/vlans/" + i0 + "/igmpSnooping", schemaPath: "#/properties/spec/properties/vlans/items/properties/igmpSnooping/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema86.properties.spec.properties.vlans.items.properties.igmpSnooping.type, parentSchema: schema86.properties.spec.properties.vlans.items.properties.igmpSnooping, data: data12 };
                    if (vErrors === null) {
                      vErrors = [err26];
                    } else {
                      vErrors.push(err26);
                    }
                    errors++;
                  }
                }
                if (data9.routed !== void 0) {
                  let data13 = data9.routed;
                  if (typeof data13 !== "boolean") {
                    const err27 = { instancePath: instancePath + "/spec/vlans/" + i0 + "/routed", schemaPath: "#/properties/spec/properties/vlans/items/properties/routed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema86.properties.spec.properties.vlans.items.properties.routed.type, parentSchema: schema86.properties.spec.properties.vlans.items.properties.routed, data: data13 };
                    if (vErrors === null) {
                      vErrors = [err27];
                    } else {
                      vErrors.push(err27);
                    }
                    errors++;
                  }
                }
              } else {
                const err28 = { instancePath: instancePath + "/spec/vlans/" + i0, schemaPath: "#/properties/spec/properties/vlans/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema86.properties.spec.properties.vlans.items.type, parentSchema: schema86.properties.spec.properties.vlans.items, data: data9 };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
          } else {
            const err29 = { instancePath: instancePath + "/spec/vlans", schemaPath: "#/properties/spec/properties/vlans/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema86.properties.spec.properties.vlans.type, parentSchema: schema86.properties.spec.properties.vlans, data: data8 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data3.ports !== void 0) {
          let data14 = data3.ports;
          if (Array.isArray(data14)) {
            const len1 = data14.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data15 = data14[i1];
              if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                if (data15.name === void 0) {
                  const err30 = { instancePath: instancePath + "/spec/ports/" + i1, schemaPath: "#/properties/spec/properties/ports/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema86.properties.spec.properties.ports.items.required, parentSchema: schema86.properties.spec.properties.ports.items, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                }
                for (const key3 in data15) {
                  if (!(key3 === "name" || key3 === "description" || key3 === "lag" || key3 === "vlans" || key3 === "unregisteredMulticast")) {
                    const err31 = { instancePath: instancePath + "/spec/ports/" + i1, schemaPath: "#/properties/spec/properties/ports/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema86.properties.spec.properties.ports.items, data: data15 };
                    if (vErrors === null) {
                      vErrors = [err31];
                    } else {
                      vErrors.push(err31);
                    }
                    errors++;
                  }
                }
                if (data15.name !== void 0) {
                  let data16 = data15.name;
                  if (typeof data16 === "string") {
                    if (func1(data16) > 64) {
                      const err32 = { instancePath: instancePath + "/spec/ports/" + i1 + "/name", schemaPath: "common.schema.json#/$defs/portName/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema47, data: data16 };
                      if (vErrors === null) {
                        vErrors = [err32];
                      } else {
                        vErrors.push(err32);
                      }
                      errors++;
                    }
                    if (func1(data16) < 1) {
                      const err33 = { instancePath: instancePath + "/spec/ports/" + i1 + "/name", schemaPath: "common.schema.json#/$defs/portName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema47, data: data16 };
                      if (vErrors === null) {
                        vErrors = [err33];
                      } else {
                        vErrors.push(err33);
                      }
                      errors++;
                    }
                    if (!pattern17.test(data16)) {
                      const err34 = { instancePath: instancePath + "/spec/ports/" + i1 + "/name", schemaPath: "common.schema.json#/$defs/portName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9](?:[A-Za-z0-9/:._-]{0,62}[A-Za-z0-9])?$" }, message: 'must match pattern "^[A-Za-z0-9](?:[A-Za-z0-9/:._-]{0,62}[A-Za-z0-9])?$"', schema: "^[A-Za-z0-9](?:[A-Za-z0-9/:._-]{0,62}[A-Za-z0-9])?$", parentSchema: schema47, data: data16 };
                      if (vErrors === null) {
                        vErrors = [err34];
                      } else {
                        vErrors.push(err34);
                      }
                      errors++;
                    }
                  } else {
                    const err35 = { instancePath: instancePath + "/spec/ports/" + i1 + "/name", schemaPath: "common.schema.json#/$defs/portName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.type, parentSchema: schema47, data: data16 };
                    if (vErrors === null) {
                      vErrors = [err35];
                    } else {
                      vErrors.push(err35);
                    }
                    errors++;
                  }
                }
                if (data15.description !== void 0) {
                  let data17 = data15.description;
                  if (typeof data17 === "string") {
                    if (func1(data17) > 256) {
                      const err36 = { instancePath: instancePath + "/spec/ports/" + i1 + "/description", schemaPath: "#/properties/spec/properties/ports/items/properties/description/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema86.properties.spec.properties.ports.items.properties.description, data: data17 };
                      if (vErrors === null) {
                        vErrors = [err36];
                      } else {
                        vErrors.push(err36);
                      }
                      errors++;
                    }
                  } else {
                    const err37 = { instancePath: instancePath + "/spec/ports/" + i1 + "/description", schemaPath: "#/properties/spec/properties/ports/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema86.properties.spec.properties.ports.items.properties.description.type, parentSchema: schema86.properties.spec.properties.ports.items.properties.description, data: data17 };
                    if (vErrors === null) {
                      vErrors = [err37];
                    } else {
                      vErrors.push(err37);
                    }
                    errors++;
                  }
                }
                if (data15.lag !== void 0) {
                  let data18 = data15.lag;
                  if (!(typeof data18 == "number" && (!(data18 % 1) && !isNaN(data18)) && isFinite(data18))) {
                    const err38 = { instancePath: instancePath + "/spec/ports/" + i1 + "/lag", schemaPath: "#/properties/spec/properties/ports/items/properties/lag/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema86.properties.spec.properties.ports.items.properties.lag.type, parentSchema: schema86.properties.spec.properties.ports.items.properties.lag, data: data18 };
                    if (vErrors === null) {
                      vErrors = [err38];
                    } else {
                      vErrors.push(err38);
                    }
                    errors++;
                  }
                  if (typeof data18 == "number" && isFinite(data18)) {
                    if (data18 > 64 || isNaN(data18)) {
                      const err39 = { instancePath: instancePath + "/spec/ports/" + i1 + "/lag", schemaPath: "#/properties/spec/properties/ports/items/properties/lag/maximum", keyword: "maximum", params: { comparison: "<=", limit: 64 }, message: "must be <= 64", schema: 64, parentSchema: schema86.properties.spec.properties.ports.items.properties.lag, data: data18 };
                      if (vErrors === null) {
                        vErrors = [err39];
                      } else {
                        vErrors.push(err39);
                      }
                      errors++;
                    }
                    if (data18 < 1 || isNaN(data18)) {
                      const err40 = { instancePath: instancePath + "/spec/ports/" + i1 + "/lag", schemaPath: "#/properties/spec/properties/ports/items/properties/lag/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema86.properties.spec.properties.ports.items.properties.lag, data: data18 };
                      if (vErrors === null) {
                        vErrors = [err40];
                      } else {
                        vErrors.push(err40);
                      }
                      errors++;
                    }
                  }
                }
                if (data15.vlans !== void 0) {
                  let data19 = data15.vlans;
                  if (Array.isArray(data19)) {
                    const len2 = data19.length;
                    for (let i2 = 0; i2 < len2; i2++) {
                      let data20 = data19[i2];
                      if (!(typeof data20 == "number" && (!(data20 % 1) && !isNaN(data20)) && isFinite(data20))) {
                        const err41 = { instancePath: instancePath + "/spec/ports/" + i1 + "/vlans/" + i2, schemaPath: "common.schema.json#/$defs/vlanId/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema73.type, parentSchema: schema73, data: data20 };
                        if (vErrors === null) {
                          vErrors = [err41];
                        } else {
                          vErrors.push(err41);
                        }
                        errors++;
                      }
                      if (typeof data20 == "number" && isFinite(data20)) {
                        if (data20 > 4094 || isNaN(data20)) {
                          const err42 = { instancePath: instancePath + "/spec/ports/" + i1 + "/vlans/" + i2, schemaPath: "common.schema.json#/$defs/vlanId/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4094 }, message: "must be <= 4094", schema: 4094, parentSchema: schema73, data: data20 };
                          if (vErrors === null) {
                            vErrors = [err42];
                          } else {
                            vErrors.push(err42);
                          }
                          errors++;
                        }
                        if (data20 < 1 || isNaN(data20)) {
                          const err43 = { instancePath: instancePath + "/spec/ports/" + i1 + "/vlans/" + i2, schemaPath: "common.schema.json#/$defs/vlanId/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema73, data: data20 };
                          if (vErrors === null) {
                            vErrors = [err43];
                          } else {
                            vErrors.push(err43);
                          }
                          errors++;
                        }
                      }
                    }
                    let i3 = data19.length;
                    let j0;
                    if (i3 > 1) {
                      outer0:
                        for (; i3--; ) {
                          for (j0 = i3; j0--; ) {
                            if (func0(data19[i3], data19[j0])) {
                              const err44 = { instancePath: instancePath + "/spec/ports/" + i1 + "/vlans", schemaPath: "#/properties/spec/properties/ports/items/properties/vlans/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i3 + " are identical)", schema: true, parentSchema: schema86.properties.spec.properties.ports.items.properties.vlans, data: data19 };
                              if (vErrors === null) {
                                vErrors = [err44];
                              } else {
                                vErrors.push(err44);
                              }
                              errors++;
                              break outer0;
                            }
                          }
                        }
                    }
                  } else {
                    const err45 = { instancePath: instancePath + "/spec/ports/" + i1 + "/vlans", schemaPath: "#/properties/spec/properties/ports/items/properties/vlans/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema86.properties.spec.properties.ports.items.properties.vlans.type, parentSchema: schema86.properties.spec.properties.ports.items.properties.vlans, data: data19 };
                    if (vErrors === null) {
                      vErrors = [err45];
                    } else {
                      vErrors.push(err45);
                    }
                    errors++;
                  }
                }
                if (data15.unregisteredMulticast !== void 0) {
                  let data21 = data15.unregisteredMulticast;
                  if (typeof data21 !== "string") {
                    const err46 = { instancePath: instancePath + "/spec/ports/" + i1 + "/unregisteredMulticast", schemaPath: "#/properties/spec/properties/ports/items/properties/unregisteredMulticast/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema86.properties.spec.properties.ports.items.properties.unregisteredMulticast.type, parentSchema: schema86.properties.spec.properties.ports.items.properties.unregisteredMulticast, data: data21 };
                    if (vErrors === null) {
                      vErrors = [err46];
                    } else {
                      vErrors.push(err46);
                    }
                    errors++;
                  }
                  if (!(data21 === "forward" || data21 === "filter")) {
                    const err47 = { instancePath: instancePath + "/spec/ports/" + i1 + "/unregisteredMulticast", schemaPath: "#/properties/spec/properties/ports/items/properties/unregisteredMulticast/enum", keyword: "enum", params: { allowedValues: schema86.properties.spec.properties.ports.items.properties.unregisteredMulticast.enum }, message: "must be equal to one of the allowed values", schema: schema86.properties.spec.properties.ports.items.properties.unregisteredMulticast.enum, parentSchema: schema86.properties.spec.properties.ports.items.properties.unregisteredMulticast, data: data21 };
                    if (vErrors === null) {
                      vErrors = [err47];
                    } else {
                      vErrors.push(err47);
                    }
                    errors++;
                  }
                }
              } else {
                const err48 = { instancePath: instancePath + "/spec/ports/" + i1, schemaPath: "#/properties/spec/properties/ports/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema86.properties.spec.properties.ports.items.type, parentSchema: schema86.properties.spec.properties.ports.items, data: data15 };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
          } else {
            const err49 = { instancePath: instancePath + "/spec/ports", schemaPath: "#/properties/spec/properties/ports/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema86.properties.spec.properties.ports.type, parentSchema: schema86.properties.spec.properties.ports, data: data14 };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
        if (data3.lags !== void 0) {
          let data22 = data3.lags;
          if (Array.isArray(data22)) {
            const len3 = data22.length;
            for (let i4 = 0; i4 < len3; i4++) {
              let data23 = data22[i4];
              if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
                if (data23.id === void 0) {
                  const err50 = { instancePath: instancePath + "/spec/lags/" + i4, schemaPath: "#/properties/spec/properties/lags/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema86.properties.spec.properties.lags.items.required, parentSchema: schema86.properties.spec.properties.lags.items, data: data23 };
                  if (vErrors === null) {
                    vErrors = [err50];
                  } else {
                    vErrors.push(err50);
                  }
                  errors++;
                }
                for (const key4 in data23) {
                  if (!(key4 === "id" || key4 === "description" || key4 === "members" || key4 === "lacp" || key4 === "vlans" || key4 === "unregisteredMulticast")) {
                    const err51 = { instancePath: instancePath + "/spec/lags/" + i4, schemaPath: "#/properties/spec/properties/lags/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema86.properties.spec.properties.lags.items, data: data23 };
                    if (vErrors === null) {
                      vErrors = [err51];
                    } else {
                      vErrors.push(err51);
                    }
                    errors++;
                  }
                }
                if (data23.id !== void 0) {
                  let data24 = data23.id;
                  if (!(typeof data24 == "number" && (!(data24 % 1) && !isNaN(data24)) && isFinite(data24))) {
                    const err52 = { instancePath: instancePath + "/spec/lags/" + i4 + "/id", schemaPath: "#/properties/spec/properties/lags/items/properties/id/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema86.properties.spec.properties.lags.items.properties.id.type, parentSchema: schema86.properties.spec.properties.lags.items.properties.id, data: data24 };
                    if (vErrors === null) {
                      vErrors = [err52];
                    } else {
                      vErrors.push(err52);
                    }
                    errors++;
                  }
                  if (typeof data24 == "number" && isFinite(data24)) {
                    if (data24 > 64 || isNaN(data24)) {
                      const err53 = { instancePath: instancePath + "/spec/lags/" + i4 + "/id", schemaPath: "#/properties/spec/properties/lags/items/properties/id/maximum", keyword: "maximum", params: { comparison: "<=", limit: 64 }, message: "must be <= 64", schema: 64, parentSchema: schema86.properties.spec.properties.lags.items.properties.id, data: data24 };
                      if (vErrors === null) {
                        vErrors = [err53];
                      } else {
                        vErrors.push(err53);
                      }
                      errors++;
                    }
                    if (data24 < 1 || isNaN(data24)) {
                      const err54 = { instancePath: instancePath + "/spec/lags/" + i4 + "/id", schemaPath: "#/properties/spec/properties/lags/items/properties/id/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema86.properties.spec.properties.lags.items.properties.id, data: data24 };
                      if (vErrors === null) {
                        vErrors = [err54];
                      } else {
                        vErrors.push(err54);
                      }
                      errors++;
                    }
                  }
                }
                if (data23.description !== void 0) {
                  let data25 = data23.description;
                  if (typeof data25 === "string") {
                    if (func1(data25) > 256) {
                      const err55 = { instancePath: instancePath + "/spec/lags/" + i4 + "/description", schemaPath: "#/properties/spec/properties/lags/items/properties/description/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema86.properties.spec.properties.lags.items.properties.description, data: data25 };
                      if (vErrors === null) {
                        vErrors = [err55];
                      } else {
                        vErrors.push(err55);
                      }
                      errors++;
                    }
                  } else {
                    const err56 = { instancePath: instancePath + "/spec/lags/" + i4 + "/description", schemaPath: "#/properties/spec/properties/lags/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema86.properties.spec.properties.lags.items.properties.description.type, parentSchema: schema86.properties.spec.properties.lags.items.properties.description, data: data25 };
                    if (vErrors === null) {
                      vErrors = [err56];
                    } else {
                      vErrors.push(err56);
                    }
                    errors++;
                  }
                }
                if (data23.members !== void 0) {
                  let data26 = data23.members;
                  if (Array.isArray(data26)) {
                    const len4 = data26.length;
                    for (let i5 = 0; i5 < len4; i5++) {
                      let data27 = data26[i5];
                      if (typeof data27 === "string") {
                        if (func1(data27) > 64) {
                          const err57 = { instancePath: instancePath + "/spec/lags/" + i4 + "/members/" + i5, schemaPath: "common.schema.json#/$defs/portName/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema47, data: data27 };
                          if (vErrors === null) {
                            vErrors = [err57];
                          } else {
                            vErrors.push(err57);
                          }
                          errors++;
                        }
                        if (func1(data27) < 1) {
                          const err58 = { instancePath: instancePath + "/spec/lags/" + i4 + "/members/" + i5, schemaPath: "common.schema.json#/$defs/portName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema47, data: data27 };
                          if (vErrors === null) {
                            vErrors = [err58];
                          } else {
                            vErrors.push(err58);
                          }
                          errors++;
                        }
                        if (!pattern17.test(data27)) {
                          const err59 = { instancePath: instancePath + "/spec/lags/" + i4 + "/members/" + i5, schemaPath: "common.schema.json#/$defs/portName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9](?:[A-Za-z0-9/:._-]{0,62}[A-Za-z0-9])?$" }, message: 'must match pattern "^[A-Za-z0-9](?:[A-Za-z0-9/:._-]{0,62}[A-Za-z0-9])?$"', schema: "^[A-Za-z0-9](?:[A-Za-z0-9/:._-]{0,62}[A-Za-z0-9])?$", parentSchema: schema47, data: data27 };
                          if (vErrors === null) {
                            vErrors = [err59];
                          } else {
                            vErrors.push(err59);
                          }
                          errors++;
                        }
                      } else {
                        const err60 = { instancePath: instancePath + "/spec/lags/" + i4 + "/members/" + i5, schemaPath: "common.schema.json#/$defs/portName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.type, parentSchema: schema47, data: data27 };
                        if (vErrors === null) {
                          vErrors = [err60];
                        } else {
                          vErrors.push(err60);
                        }
                        errors++;
                      }
                    }
                    let i6 = data26.length;
                    let j1;
                    if (i6 > 1) {
                      outer1:
                        for (; i6--; ) {
                          for (j1 = i6; j1--; ) {
                            if (func0(data26[i6], data26[j1])) {
                              const err61 = { instancePath: instancePath + "/spec/lags/" + i4 + "/members", schemaPath: "#/properties/spec/properties/lags/items/properties/members/uniqueItems", keyword: "uniqueItems", params: { i: i6, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i6 + " are identical)", schema: true, parentSchema: schema86.properties.spec.properties.lags.items.properties.members, data: data26 };
                              if (vErrors === null) {
                                vErrors = [err61];
                              } else {
                                vErrors.push(err61);
                              }
                              errors++;
                              break outer1;
                            }
                          }
                        }
                    }
                  } else {
                    const err62 = { instancePath: instancePath + "/spec/lags/" + i4 + "/members", schemaPath: "#/properties/spec/properties/lags/items/properties/members/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema86.properties.spec.properties.lags.items.properties.members.type, parentSchema: schema86.properties.spec.properties.lags.items.properties.members, data: data26 };
                    if (vErrors === null) {
                      vErrors = [err62];
                    } else {
                      vErrors.push(err62);
                    }
                    errors++;
                  }
                }
                if (data23.lacp !== void 0) {
                  let data28 = data23.lacp;
                  if (typeof data28 !== "boolean") {
                    const err63 = { instancePath: instancePath + "/spec/lags/" + i4 + "/lacp", schemaPath: "#/properties/spec/properties/lags/items/properties/lacp/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema86.properties.spec.properties.lags.items.properties.lacp.type, parentSchema: schema86.properties.spec.properties.lags.items.properties.lacp, data: data28 };
                    if (vErrors === null) {
                      vErrors = [err63];
                    } else {
                      vErrors.push(err63);
                    }
                    errors++;
                  }
                }
                if (data23.vlans !== void 0) {
                  let data29 = data23.vlans;
                  if (Array.isArray(data29)) {
                    const len5 = data29.length;
                    for (let i7 = 0; i7 < len5; i7++) {
                      let data30 = data29[i7];
                      if (!(typeof data30 == "number" && (!(data30 % 1) && !isNaN(data30)) && isFinite(data30))) {
                        const err64 = { instancePath: instancePath + "/spec/lags/" + i4 + "/vlans/" + i7, schemaPath: "common.schema.json#/$defs/vlanId/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema73.type, parentSchema: schema73, data: data30 };
                        if (vErrors === null) {
                          vErrors = [err64];
                        } else {
                          vErrors.push(err64);
                        }
                        errors++;
                      }
                      if (typeof data30 == "number" && isFinite(data30)) {
                        if (data30 > 4094 || isNaN(data30)) {
                          const err65 = { instancePath: instancePath + "/spec/lags/" + i4 + "/vlans/" + i7, schemaPath: "common.schema.json#/$defs/vlanId/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4094 }, message: "must be <= 4094", schema: 4094, parentSchema: schema73, data: data30 };
                          if (vErrors === null) {
                            vErrors = [err65];
                          } else {
                            vErrors.push(err65);
                          }
                          errors++;
                        }
                        if (data30 < 1 || isNaN(data30)) {
                          const err66 = { instancePath: instancePath + "/spec/lags/" + i4 + "/vlans/" + i7, schemaPath: "common.schema.json#/$defs/vlanId/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema73, data: data30 };
                          if (vErrors === null) {
                            vErrors = [err66];
                          } else {
                            vErrors.push(err66);
                          }
                          errors++;
                        }
                      }
                    }
                    let i8 = data29.length;
                    let j2;
                    if (i8 > 1) {
                      outer2:
                        for (; i8--; ) {
                          for (j2 = i8; j2--; ) {
                            if (func0(data29[i8], data29[j2])) {
                              const err67 = { instancePath: instancePath + "/spec/lags/" + i4 + "/vlans", schemaPath: "#/properties/spec/properties/lags/items/properties/vlans/uniqueItems", keyword: "uniqueItems", params: { i: i8, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i8 + " are identical)", schema: true, parentSchema: schema86.properties.spec.properties.lags.items.properties.vlans, data: data29 };
                              if (vErrors === null) {
                                vErrors = [err67];
                              } else {
                                vErrors.push(err67);
                              }
                              errors++;
                              break outer2;
                            }
                          }
                        }
                    }
                  } else {
                    const err68 = { instancePath: instancePath + "/spec/lags/" + i4 + "/vlans", schemaPath: "#/properties/spec/properties/lags/items/properties/vlans/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema86.properties.spec.properties.lags.items.properties.vlans.type, parentSchema: schema86.properties.spec.properties.lags.items.properties.vlans, data: data29 };
                    if (vErrors === null) {
                      vErrors = [err68];
                    } else {
                      vErrors.push(err68);
                    }
                    errors++;
                  }
                }
                if (data23.unregisteredMulticast !== void 0) {
                  let data31 = data23.unregisteredMulticast;
                  if (typeof data31 !== "string") {
                    const err69 = { instancePath: instancePath + "/spec/lags/" + i4 + "/unregisteredMulticast", schemaPath: "#/properties/spec/properties/lags/items/properties/unregisteredMulticast/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema86.properties.spec.properties.lags.items.properties.unregisteredMulticast.type, parentSchema: schema86.properties.spec.properties.lags.items.properties.unregisteredMulticast, data: data31 };
                    if (vErrors === null) {
                      vErrors = [err69];
                    } else {
                      vErrors.push(err69);
                    }
                    errors++;
                  }
                  if (!(data31 === "forward" || data31 === "filter")) {
                    const err70 = { instancePath: instancePath + "/spec/lags/" + i4 + "/unregisteredMulticast", schemaPath: "#/properties/spec/properties/lags/items/properties/unregisteredMulticast/enum", keyword: "enum", params: { allowedValues: schema86.properties.spec.properties.lags.items.properties.unregisteredMulticast.enum }, message: "must be equal to one of the allowed values", schema: schema86.properties.spec.properties.lags.items.properties.unregisteredMulticast.enum, parentSchema: schema86.properties.spec.properties.lags.items.properties.unregisteredMulticast, data: data31 };
                    if (vErrors === null) {
                      vErrors = [err70];
                    } else {
                      vErrors.push(err70);
                    }
                    errors++;
                  }
                }
              } else {
                const err71 = { instancePath: instancePath + "/spec/lags/" + i4, schemaPath: "#/properties/spec/properties/lags/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema86.properties.spec.properties.lags.items.type, parentSchema: schema86.properties.spec.properties.lags.items, data: data23 };
                if (vErrors === null) {
                  vErrors = [err71];
                } else {
                  vErrors.push(err71);
                }
                errors++;
              }
            }
          } else {
            const err72 = { instancePath: instancePath + "/spec/lags", schemaPath: "#/properties/spec/properties/lags/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema86.properties.spec.properties.lags.type, parentSchema: schema86.properties.spec.properties.lags, data: data22 };
            if (vErrors === null) {
              vErrors = [err72];
            } else {
              vErrors.push(err72);
            }
            errors++;
          }
        }
        if (data3.bridgeMulticastGroups !== void 0) {
          let data32 = data3.bridgeMulticastGroups;
          if (Array.isArray(data32)) {
            const len6 = data32.length;
            for (let i9 = 0; i9 < len6; i9++) {
              let data33 = data32[i9];
              const _errs79 = errors;
              let valid28 = false;
              const _errs80 = errors;
              if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
                if (data33.mac === void 0) {
                  const err73 = { instancePath: instancePath + "/spec/bridgeMulticastGroups/" + i9, schemaPath: "#/properties/spec/properties/bridgeMulticastGroups/items/anyOf/0/required", keyword: "required", params: { missingProperty: "mac" }, message: "must have required property 'mac'", schema: schema86.properties.spec.properties.bridgeMulticastGroups.items.anyOf[0].required, parentSchema: schema86.properties.spec.properties.bridgeMulticastGroups.items.anyOf[0], data: data33 };
                  if (vErrors === null) {
                    vErrors = [err73];
                  } else {
                    vErrors.push(err73);
                  }
                  errors++;
                }
              }
              var _valid0 = _errs80 === errors;
              valid28 = valid28 || _valid0;
              if (_valid0) {
                var props0 = {};
                props0.mac = true;
              }
              const _errs81 = errors;
              if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
                if (data33.group === void 0) {
                  const err74 = { instancePath: instancePath + "/spec/bridgeMulticastGroups/" + i9, schemaPath: "#/properties/spec/properties/bridgeMulticastGroups/items/anyOf/1/required", keyword: "required", params: { missingProperty: "group" }, message: "must have required property 'group'", schema: schema86.properties.spec.properties.bridgeMulticastGroups.items.anyOf[1].required, parentSchema: schema86.properties.spec.properties.bridgeMulticastGroups.items.anyOf[1], data: data33 };
                  if (vErrors === null) {
                    vErrors = [err74];
                  } else {
                    vErrors.push(err74);
                  }
                  errors++;
                }
              }
              var _valid0 = _errs81 === errors;
              valid28 = valid28 || _valid0;
              if (_valid0) {
                if (props0 !== true) {
                  props0 = props0 || {};
                  props0.group = true;
                }
              }
              if (!valid28) {
                const err75 = { instancePath: instancePath + "/spec/bridgeMulticastGroups/" + i9, schemaPath: "#/properties/spec/properties/bridgeMulticastGroups/items/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema86.properties.spec.properties.bridgeMulticastGroups.items.anyOf, parentSchema: schema86.properties.spec.properties.bridgeMulticastGroups.items, data: data33 };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              } else {
                errors = _errs79;
                if (vErrors !== null) {
                  if (_errs79) {
                    vErrors.length = _errs79;
                  } else {
                    vErrors = null;
                  }
                }
              }
              if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
                if (data33.vlan === void 0) {
                  const err76 = { instancePath: instancePath + "/spec/bridgeMulticastGroups/" + i9, schemaPath: "#/properties/spec/properties/bridgeMulticastGroups/items/required", keyword: "required", params: { missingProperty: "vlan" }, message: "must have required property 'vlan'", schema: schema86.properties.spec.properties.bridgeMulticastGroups.items.required, parentSchema: schema86.properties.spec.properties.bridgeMulticastGroups.items, data: data33 };
                  if (vErrors === null) {
                    vErrors = [err76];
                  } else {
                    vErrors.push(err76);
                  }
                  errors++;
                }
                for (const key5 in data33) {
                  if (!(key5 === "vlan" || key5 === "mac" || key5 === "group" || key5 === "ports" || key5 === "lags")) {
                    const err77 = { instancePath: instancePath + "/spec/bridgeMulticastGroups/" + i9, schemaPath: "#/properties/spec/properties/bridgeMulticastGroups/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema86.properties.spec.properties.bridgeMulticastGroups.items, data: data33 };
                    if (vErrors === null) {
                      vErrors = [err77];
                    } else {
                      vErrors.push(err77);
                    }
                    errors++;
                  }
                }
                if (data33.vlan !== void 0) {
                  let data34 = data33.vlan;
                  if (!(typeof data34 == "number" && (!(data34 % 1) && !isNaN(data34)) && isFinite(data34))) {
                    const err78 = { instancePath: instancePath + "/spec/bridgeMulticastGroups/" + i9 + "/vlan", schemaPath: "common.schema.json#/$defs/vlanId/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema73.type, parentSchema: schema73, data: data34 };
                    if (vErrors === null) {
                      vErrors = [err78];
                    } else {
                      vErrors.push(err78);
                    }
                    errors++;
                  }
                  if (typeof data34 == "number" && isFinite(data34)) {
                    if (data34 > 4094 || isNaN(data34)) {
                      const err79 = { instancePath: instancePath + "/spec/bridgeMulticastGroups/" + i9 + "/vlan", schemaPath: "common.schema.json#/$defs/vlanId/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4094 }, message: "must be <= 4094", schema: 4094, parentSchema: schema73, data: data34 };
                      if (vErrors === null) {
                        vErrors = [err79];
                      } else {
                        vErrors.push(err79);
                      }
                      errors++;
                    }
                    if (data34 < 1 || isNaN(data34)) {
                      const err80 = { instancePath: instancePath + "/spec/bridgeMulticastGroups/" + i9 + "/vlan", schemaPath: "common.schema.json#/$defs/vlanId/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema73, data: data34 };
                      if (vErrors === null) {
                        vErrors = [err80];
                      } else {
                        vErrors.push(err80);
                      }
                      errors++;
                    }
                  }
                }
                if (data33.mac !== void 0) {
                  let data35 = data33.mac;
                  if (typeof data35 === "string") {
                    if (!pattern42.test(data35)) {
                      const err81 = { instancePath: instancePath + "/spec/bridgeMulticastGroups/" + i9 + "/mac", schemaPath: "common.schema.json#/$defs/mac/pattern", keyword: "pattern", params: { pattern: "^[0-9A-Fa-f]{2}([-:])[0-9A-Fa-f]{2}(?:\\1[0-9A-Fa-f]{2}){4}$" }, message: 'must match pattern "^[0-9A-Fa-f]{2}([-:])[0-9A-Fa-f]{2}(?:\\1[0-9A-Fa-f]{2}){4}$"', schema: "^[0-9A-Fa-f]{2}([-:])[0-9A-Fa-f]{2}(?:\\1[0-9A-Fa-f]{2}){4}$", parentSchema: schema74, data: data35 };
                      if (vErrors === null) {
                        vErrors = [err81];
                      } else {
                        vErrors.push(err81);
                      }
                      errors++;
                    }
                  } else {
                    const err82 = { instancePath: instancePath + "/spec/bridgeMulticastGroups/" + i9 + "/mac", schemaPath: "common.schema.json#/$defs/mac/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema74.type, parentSchema: schema74, data: data35 };
                    if (vErrors === null) {
                      vErrors = [err82];
                    } else {
                      vErrors.push(err82);
                    }
                    errors++;
                  }
                }
                if (data33.group !== void 0) {
                  let data36 = data33.group;
                  if (typeof data36 === "string") {
                    if (!pattern45.test(data36)) {
                      const err83 = { instancePath: instancePath + "/spec/bridgeMulticastGroups/" + i9 + "/group", schemaPath: "common.schema.json#/$defs/ipv4/pattern", keyword: "pattern", params: { pattern: "^(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}$" }, message: 'must match pattern "^(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}$"', schema: "^(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}$", parentSchema: schema80, data: data36 };
                      if (vErrors === null) {
                        vErrors = [err83];
                      } else {
                        vErrors.push(err83);
                      }
                      errors++;
                    }
                  } else {
                    const err84 = { instancePath: instancePath + "/spec/bridgeMulticastGroups/" + i9 + "/group", schemaPath: "common.schema.json#/$defs/ipv4/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema80.type, parentSchema: schema80, data: data36 };
                    if (vErrors === null) {
                      vErrors = [err84];
                    } else {
                      vErrors.push(err84);
                    }
                    errors++;
                  }
                }
                if (data33.ports !== void 0) {
                  let data37 = data33.ports;
                  if (Array.isArray(data37)) {
                    const len7 = data37.length;
                    for (let i10 = 0; i10 < len7; i10++) {
                      let data38 = data37[i10];
                      if (typeof data38 === "string") {
                        if (func1(data38) > 64) {
                          const err85 = { instancePath: instancePath + "/spec/bridgeMulticastGroups/" + i9 + "/ports/" + i10, schemaPath: "common.schema.json#/$defs/portName/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema47, data: data38 };
                          if (vErrors === null) {
                            vErrors = [err85];
                          } else {
                            vErrors.push(err85);
                          }
                          errors++;
                        }
                        if (func1(data38) < 1) {
                          const err86 = { instancePath: instancePath + "/spec/bridgeMulticastGroups/" + i9 + "/ports/" + i10, schemaPath: "common.schema.json#/$defs/portName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema47, data: data38 };
                          if (vErrors === null) {
                            vErrors = [err86];
                          } else {
                            vErrors.push(err86);
                          }
                          errors++;
                        }
                        if (!pattern17.test(data38)) {
                          const err87 = { instancePath: instancePath + "/spec/bridgeMulticastGroups/" + i9 + "/ports/" + i10, schemaPath: "common.schema.json#/$defs/portName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9](?:[A-Za-z0-9/:._-]{0,62}[A-Za-z0-9])?$" }, message: 'must match pattern "^[A-Za-z0-9](?:[A-Za-z0-9/:._-]{0,62}[A-Za-z0-9])?$"', schema: "^[A-Za-z0-9](?:[A-Za-z0-9/:._-]{0,62}[A-Za-z0-9])?$", parentSchema: schema47, data: data38 };
                          if (vErrors === null) {
                            vErrors = [err87];
                          } else {
                            vErrors.push(err87);
                          }
                          errors++;
                        }
                      } else {
                        const err88 = { instancePath: instancePath + "/spec/bridgeMulticastGroups/" + i9 + "/ports/" + i10, schemaPath: "common.schema.json#/$defs/portName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.type, parentSchema: schema47, data: data38 };
                        if (vErrors === null) {
                          vErrors = [err88];
                        } else {
                          vErrors.push(err88);
                        }
                        errors++;
                      }
                    }
                    let i11 = data37.length;
                    let j3;
                    if (i11 > 1) {
                      outer3:
                        for (; i11--; ) {
                          for (j3 = i11; j3--; ) {
                            if (func0(data37[i11], data37[j3])) {
                              const err89 = { instancePath: instancePath + "/spec/bridgeMulticastGroups/" + i9 + "/ports", schemaPath: "#/properties/spec/properties/bridgeMulticastGroups/items/properties/ports/uniqueItems", keyword: "uniqueItems", params: { i: i11, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i11 + " are identical)", schema: true, parentSchema: schema86.properties.spec.properties.bridgeMulticastGroups.items.properties.ports, data: data37 };
                              if (vErrors === null) {
                                vErrors = [err89];
                              } else {
                                vErrors.push(err89);
                              }
                              errors++;
                              break outer3;
                            }
                          }
                        }
                    }
                  } else {
                    const err90 = { instancePath: instancePath + "/spec/bridgeMulticastGroups/" + i9 + "/ports", schemaPath: "#/properties/spec/properties/bridgeMulticastGroups/items/properties/ports/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema86.properties.spec.properties.bridgeMulticastGroups.items.properties.ports.type, parentSchema: schema86.properties.spec.properties.bridgeMulticastGroups.items.properties.ports, data: data37 };
                    if (vErrors === null) {
                      vErrors = [err90];
                    } else {
                      vErrors.push(err90);
                    }
                    errors++;
                  }
                }
                if (data33.lags !== void 0) {
                  let data39 = data33.lags;
                  if (Array.isArray(data39)) {
                    const len8 = data39.length;
                    for (let i12 = 0; i12 < len8; i12++) {
                      let data40 = data39[i12];
                      if (!(typeof data40 == "number" && (!(data40 % 1) && !isNaN(data40)) && isFinite(data40))) {
                        const err91 = { instancePath: instancePath + "/spec/bridgeMulticastGroups/" + i9 + "/lags/" + i12, schemaPath: "#/properties/spec/properties/bridgeMulticastGroups/items/properties/lags/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema86.properties.spec.properties.bridgeMulticastGroups.items.properties.lags.items.type, parentSchema: schema86.properties.spec.properties.bridgeMulticastGroups.items.properties.lags.items, data: data40 };
                        if (vErrors === null) {
                          vErrors = [err91];
                        } else {
                          vErrors.push(err91);
                        }
                        errors++;
                      }
                      if (typeof data40 == "number" && isFinite(data40)) {
                        if (data40 > 64 || isNaN(data40)) {
                          const err92 = { instancePath: instancePath + "/spec/bridgeMulticastGroups/" + i9 + "/lags/" + i12, schemaPath: "#/properties/spec/properties/bridgeMulticastGroups/items/properties/lags/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 64 }, message: "must be <= 64", schema: 64, parentSchema: schema86.properties.spec.properties.bridgeMulticastGroups.items.properties.lags.items, data: data40 };
                          if (vErrors === null) {
                            vErrors = [err92];
                          } else {
                            vErrors.push(err92);
                          }
                          errors++;
                        }
                        if (data40 < 1 || isNaN(data40)) {
                          const err93 = { instancePath: instancePath + "/spec/bridgeMulticastGroups/" + i9 + "/lags/" + i12, schemaPath: "#/properties/spec/properties/bridgeMulticastGroups/items/properties/lags/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema86.properties.spec.properties.bridgeMulticastGroups.items.properties.lags.items, data: data40 };
                          if (vErrors === null) {
                            vErrors = [err93];
                          } else {
                            vErrors.push(err93);
                          }
                          errors++;
                        }
                      }
                    }
                    let i13 = data39.length;
                    let j4;
                    if (i13 > 1) {
                      const indices0 = {};
                      for (; i13--; ) {
                        let item0 = data39[i13];
                        if (!(typeof item0 == "number" && (!(item0 % 1) && !isNaN(item0)) && isFinite(item0))) {
                          continue;
                        }
                        if (typeof indices0[item0] == "number") {
                          j4 = indices0[item0];
                          const err94 = { instancePath: instancePath + "/spec/bridgeMulticastGroups/" + i9 + "/lags", schemaPath: "#/properties/spec/properties/bridgeMulticastGroups/items/properties/lags/uniqueItems", keyword: "uniqueItems", params: { i: i13, j: j4 }, message: "must NOT have duplicate items (items ## " + j4 + " and " + i13 + " are identical)", schema: true, parentSchema: schema86.properties.spec.properties.bridgeMulticastGroups.items.properties.lags, data: data39 };
                          if (vErrors === null) {
                            vErrors = [err94];
                          } else {
                            vErrors.push(err94);
                          }
                          errors++;
                          break;
                        }
                        indices0[item0] = i13;
                      }
                    }
                  } else {
                    const err95 = { instancePath: instancePath + "/spec/bridgeMulticastGroups/" + i9 + "/lags", schemaPath: "#/properties/spec/properties/bridgeMulticastGroups/items/properties/lags/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema86.properties.spec.properties.bridgeMulticastGroups.items.properties.lags.type, parentSchema: schema86.properties.spec.properties.bridgeMulticastGroups.items.properties.lags, data: data39 };
                    if (vErrors === null) {
                      vErrors = [err95];
                    } else {
                      vErrors.push(err95);
                    }
                    errors++;
                  }
                }
              } else {
                const err96 = { instancePath: instancePath + "/spec/bridgeMulticastGroups/" + i9, schemaPath: "#/properties/spec/properties/bridgeMulticastGroups/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema86.properties.spec.properties.bridgeMulticastGroups.items.type, parentSchema: schema86.properties.spec.properties.bridgeMulticastGroups.items, data: data33 };
                if (vErrors === null) {
                  vErrors = [err96];
                } else {
                  vErrors.push(err96);
                }
                errors++;
              }
            }
          } else {
            const err97 = { instancePath: instancePath + "/spec/bridgeMulticastGroups", schemaPath: "#/properties/spec/properties/bridgeMulticastGroups/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema86.properties.spec.properties.bridgeMulticastGroups.type, parentSchema: schema86.properties.spec.properties.bridgeMulticastGroups, data: data32 };
            if (vErrors === null) {
              vErrors = [err97];
            } else {
              vErrors.push(err97);
            }
            errors++;
          }
        }
        if (data3.staticArp !== void 0) {
          let data41 = data3.staticArp;
          if (Array.isArray(data41)) {
            const len9 = data41.length;
            for (let i14 = 0; i14 < len9; i14++) {
              let data42 = data41[i14];
              if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
                if (data42.ip === void 0) {
                  const err98 = { instancePath: instancePath + "/spec/staticArp/" + i14, schemaPath: "#/properties/spec/properties/staticArp/items/required", keyword: "required", params: { missingProperty: "ip" }, message: "must have required property 'ip'", schema: schema86.properties.spec.properties.staticArp.items.required, parentSchema: schema86.properties.spec.properties.staticArp.items, data: data42 };
                  if (vErrors === null) {
                    vErrors = [err98];
                  } else {
                    vErrors.push(err98);
                  }
                  errors++;
                }
                if (data42.mac === void 0) {
                  const err99 = { instancePath: instancePath + "/spec/staticArp/" + i14, schemaPath: "#/properties/spec/properties/staticArp/items/required", keyword: "required", params: { missingProperty: "mac" }, message: "must have required property 'mac'", schema: schema86.properties.spec.properties.staticArp.items.required, parentSchema: schema86.properties.spec.properties.staticArp.items, data: data42 };
                  if (vErrors === null) {
                    vErrors = [err99];
                  } else {
                    vErrors.push(err99);
                  }
                  errors++;
                }
                for (const key6 in data42) {
                  if (!(key6 === "ip" || key6 === "mac" || key6 === "vlan" || key6 === "interface")) {
                    const err100 = { instancePath: instancePath + "/spec/staticArp/" + i14, schemaPath: "#/properties/spec/properties/staticArp/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema86.properties.spec.properties.staticArp.items, data: data42 };
                    if (vErrors === null) {
                      vErrors = [err100];
                    } else {
                      vErrors.push(err100);
                    }
                    errors++;
                  }
                }
                if (data42.ip !== void 0) {
                  let data43 = data42.ip;
                  if (typeof data43 === "string") {
                    if (!pattern45.test(data43)) {
                      const err101 = { instancePath: instancePath + "/spec/staticArp/" + i14 + "/ip", schemaPath: "common.schema.json#/$defs/ipv4/pattern", keyword: "pattern", params: { pattern: "^(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}$" }, message: 'must match pattern "^(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}$"', schema: "^(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}$", parentSchema: schema80, data: data43 };
                      if (vErrors === null) {
                        vErrors = [err101];
                      } else {
                        vErrors.push(err101);
                      }
                      errors++;
                    }
                  } else {
                    const err102 = { instancePath: instancePath + "/spec/staticArp/" + i14 + "/ip", schemaPath: "common.schema.json#/$defs/ipv4/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema80.type, parentSchema: schema80, data: data43 };
                    if (vErrors === null) {
                      vErrors = [err102];
                    } else {
                      vErrors.push(err102);
                    }
                    errors++;
                  }
                }
                if (data42.mac !== void 0) {
                  let data44 = data42.mac;
                  if (typeof data44 === "string") {
                    if (!pattern42.test(data44)) {
                      const err103 = { instancePath: instancePath + "/spec/staticArp/" + i14 + "/mac", schemaPath: "common.schema.json#/$defs/mac/pattern", keyword: "pattern", params: { pattern: "^[0-9A-Fa-f]{2}([-:])[0-9A-Fa-f]{2}(?:\\1[0-9A-Fa-f]{2}){4}$" }, message: 'must match pattern "^[0-9A-Fa-f]{2}([-:])[0-9A-Fa-f]{2}(?:\\1[0-9A-Fa-f]{2}){4}$"', schema: "^[0-9A-Fa-f]{2}([-:])[0-9A-Fa-f]{2}(?:\\1[0-9A-Fa-f]{2}){4}$", parentSchema: schema74, data: data44 };
                      if (vErrors === null) {
                        vErrors = [err103];
                      } else {
                        vErrors.push(err103);
                      }
                      errors++;
                    }
                  } else {
                    const err104 = { instancePath: instancePath + "/spec/staticArp/" + i14 + "/mac", schemaPath: "common.schema.json#/$defs/mac/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema74.type, parentSchema: schema74, data: data44 };
                    if (vErrors === null) {
                      vErrors = [err104];
                    } else {
                      vErrors.push(err104);
                    }
                    errors++;
                  }
                }
                if (data42.vlan !== void 0) {
                  let data45 = data42.vlan;
                  if (!(typeof data45 == "number" && (!(data45 % 1) && !isNaN(data45)) && isFinite(data45))) {
                    const err105 = { instancePath: instancePath + "/spec/staticArp/" + i14 + "/vlan", schemaPath: "common.schema.json#/$defs/vlanId/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema73.type, parentSchema: schema73, data: data45 };
                    if (vErrors === null) {
                      vErrors = [err105];
                    } else {
                      vErrors.push(err105);
                    }
                    errors++;
                  }
                  if (typeof data45 == "number" && isFinite(data45)) {
                    if (data45 > 4094 || isNaN(data45)) {
                      const err106 = { instancePath: instancePath + "/spec/staticArp/" + i14 + "/vlan", schemaPath: "common.schema.json#/$defs/vlanId/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4094 }, message: "must be <= 4094", schema: 4094, parentSchema: schema73, data: data45 };
                      if (vErrors === null) {
                        vErrors = [err106];
                      } else {
                        vErrors.push(err106);
                      }
                      errors++;
                    }
                    if (data45 < 1 || isNaN(data45)) {
                      const err107 = { instancePath: instancePath + "/spec/staticArp/" + i14 + "/vlan", schemaPath: "common.schema.json#/$defs/vlanId/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema73, data: data45 };
                      if (vErrors === null) {
                        vErrors = [err107];
                      } else {
                        vErrors.push(err107);
                      }
                      errors++;
                    }
                  }
                }
                if (data42.interface !== void 0) {
                  let data46 = data42.interface;
                  if (typeof data46 === "string") {
                    if (func1(data46) > 64) {
                      const err108 = { instancePath: instancePath + "/spec/staticArp/" + i14 + "/interface", schemaPath: "#/properties/spec/properties/staticArp/items/properties/interface/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema86.properties.spec.properties.staticArp.items.properties.interface, data: data46 };
                      if (vErrors === null) {
                        vErrors = [err108];
                      } else {
                        vErrors.push(err108);
                      }
                      errors++;
                    }
                    if (func1(data46) < 1) {
                      const err109 = { instancePath: instancePath + "/spec/staticArp/" + i14 + "/interface", schemaPath: "#/properties/spec/properties/staticArp/items/properties/interface/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema86.properties.spec.properties.staticArp.items.properties.interface, data: data46 };
                      if (vErrors === null) {
                        vErrors = [err109];
                      } else {
                        vErrors.push(err109);
                      }
                      errors++;
                    }
                  } else {
                    const err110 = { instancePath: instancePath + "/spec/staticArp/" + i14 + "/interface", schemaPath: "#/properties/spec/properties/staticArp/items/properties/interface/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema86.properties.spec.properties.staticArp.items.properties.interface.type, parentSchema: schema86.properties.spec.properties.staticArp.items.properties.interface, data: data46 };
                    if (vErrors === null) {
                      vErrors = [err110];
                    } else {
                      vErrors.push(err110);
                    }
                    errors++;
                  }
                }
              } else {
                const err111 = { instancePath: instancePath + "/spec/staticArp/" + i14, schemaPath: "#/properties/spec/properties/staticArp/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema86.properties.spec.properties.staticArp.items.type, parentSchema: schema86.properties.spec.properties.staticArp.items, data: data42 };
                if (vErrors === null) {
                  vErrors = [err111];
                } else {
                  vErrors.push(err111);
                }
                errors++;
              }
            }
          } else {
            const err112 = { instancePath: instancePath + "/spec/staticArp", schemaPath: "#/properties/spec/properties/staticArp/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema86.properties.spec.properties.staticArp.type, parentSchema: schema86.properties.spec.properties.staticArp, data: data41 };
            if (vErrors === null) {
              vErrors = [err112];
            } else {
              vErrors.push(err112);
            }
            errors++;
          }
        }
        if (data3.staticMac !== void 0) {
          let data47 = data3.staticMac;
          if (Array.isArray(data47)) {
            const len10 = data47.length;
            for (let i15 = 0; i15 < len10; i15++) {
              let data48 = data47[i15];
              if (data48 && typeof data48 == "object" && !Array.isArray(data48)) {
                if (data48.mac === void 0) {
                  const err113 = { instancePath: instancePath + "/spec/staticMac/" + i15, schemaPath: "#/properties/spec/properties/staticMac/items/required", keyword: "required", params: { missingProperty: "mac" }, message: "must have required property 'mac'", schema: schema86.properties.spec.properties.staticMac.items.required, parentSchema: schema86.properties.spec.properties.staticMac.items, data: data48 };
                  if (vErrors === null) {
                    vErrors = [err113];
                  } else {
                    vErrors.push(err113);
                  }
                  errors++;
                }
                if (data48.vlan === void 0) {
                  const err114 = { instancePath: instancePath + "/spec/staticMac/" + i15, schemaPath: "#/properties/spec/properties/staticMac/items/required", keyword: "required", params: { missingProperty: "vlan" }, message: "must have required property 'vlan'", schema: schema86.properties.spec.properties.staticMac.items.required, parentSchema: schema86.properties.spec.properties.staticMac.items, data: data48 };
                  if (vErrors === null) {
                    vErrors = [err114];
                  } else {
                    vErrors.push(err114);
                  }
                  errors++;
                }
                for (const key7 in data48) {
                  if (!(key7 === "mac" || key7 === "vlan" || key7 === "ports" || key7 === "lags")) {
                    const err115 = { instancePath: instancePath + "/spec/staticMac/" + i15, schemaPath: "#/properties/spec/properties/staticMac/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema86.properties.spec.properties.staticMac.items, data: data48 };
                    if (vErrors === null) {
                      vErrors = [err115];
                    } else {
                      vErrors.push(err115);
                    }
                    errors++;
                  }
                }
                if (data48.mac !== void 0) {
                  let data49 = data48.mac;
                  if (typeof data49 === "string") {
                    if (!pattern42.test(data49)) {
                      const err116 = { instancePath: instancePath + "/spec/staticMac/" + i15 + "/mac", schemaPath: "common.schema.json#/$defs/mac/pattern", keyword: "pattern", params: { pattern: "^[0-9A-Fa-f]{2}([-:])[0-9A-Fa-f]{2}(?:\\1[0-9A-Fa-f]{2}){4}$" }, message: 'must match pattern "^[0-9A-Fa-f]{2}([-:])[0-9A-Fa-f]{2}(?:\\1[0-9A-Fa-f]{2}){4}$"', schema: "^[0-9A-Fa-f]{2}([-:])[0-9A-Fa-f]{2}(?:\\1[0-9A-Fa-f]{2}){4}$", parentSchema: schema74, data: data49 };
                      if (vErrors === null) {
                        vErrors = [err116];
                      } else {
                        vErrors.push(err116);
                      }
                      errors++;
                    }
                  } else {
                    const err117 = { instancePath: instancePath + "/spec/staticMac/" + i15 + "/mac", schemaPath: "common.schema.json#/$defs/mac/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema74.type, parentSchema: schema74, data: data49 };
                    if (vErrors === null) {
                      vErrors = [err117];
                    } else {
                      vErrors.push(err117);
                    }
                    errors++;
                  }
                }
                if (data48.vlan !== void 0) {
                  let data50 = data48.vlan;
                  if (!(typeof data50 == "number" && (!(data50 % 1) && !isNaN(data50)) && isFinite(data50))) {
                    const err118 = { instancePath: instancePath + "/spec/staticMac/" + i15 + "/vlan", schemaPath: "common.schema.json#/$defs/vlanId/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema73.type, parentSchema: schema73, data: data50 };
                    if (vErrors === null) {
                      vErrors = [err118];
                    } else {
                      vErrors.push(err118);
                    }
                    errors++;
                  }
                  if (typeof data50 == "number" && isFinite(data50)) {
                    if (data50 > 4094 || isNaN(data50)) {
                      const err119 = { instancePath: instancePath + "/spec/staticMac/" + i15 + "/vlan", schemaPath: "common.schema.json#/$defs/vlanId/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4094 }, message: "must be <= 4094", schema: 4094, parentSchema: schema73, data: data50 };
                      if (vErrors === null) {
                        vErrors = [err119];
                      } else {
                        vErrors.push(err119);
                      }
                      errors++;
                    }
                    if (data50 < 1 || isNaN(data50)) {
                      const err120 = { instancePath: instancePath + "/spec/staticMac/" + i15 + "/vlan", schemaPath: "common.schema.json#/$defs/vlanId/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema73, data: data50 };
                      if (vErrors === null) {
                        vErrors = [err120];
                      } else {
                        vErrors.push(err120);
                      }
                      errors++;
                    }
                  }
                }
                if (data48.ports !== void 0) {
                  let data51 = data48.ports;
                  if (Array.isArray(data51)) {
                    const len11 = data51.length;
                    for (let i16 = 0; i16 < len11; i16++) {
                      let data52 = data51[i16];
                      if (typeof data52 === "string") {
                        if (func1(data52) > 64) {
                          const err121 = { instancePath: instancePath + "/spec/staticMac/" + i15 + "/ports/" + i16, schemaPath: "common.schema.json#/$defs/portName/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema47, data: data52 };
                          if (vErrors === null) {
                            vErrors = [err121];
                          } else {
                            vErrors.push(err121);
                          }
                          errors++;
                        }
                        if (func1(data52) < 1) {
                          const err122 = { instancePath: instancePath + "/spec/staticMac/" + i15 + "/ports/" + i16, schemaPath: "common.schema.json#/$defs/portName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema47, data: data52 };
                          if (vErrors === null) {
                            vErrors = [err122];
                          } else {
                            vErrors.push(err122);
                          }
                          errors++;
                        }
                        if (!pattern17.test(data52)) {
                          const err123 = { instancePath: instancePath + "/spec/staticMac/" + i15 + "/ports/" + i16, schemaPath: "common.schema.json#/$defs/portName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9](?:[A-Za-z0-9/:._-]{0,62}[A-Za-z0-9])?$" }, message: 'must match pattern "^[A-Za-z0-9](?:[A-Za-z0-9/:._-]{0,62}[A-Za-z0-9])?$"', schema: "^[A-Za-z0-9](?:[A-Za-z0-9/:._-]{0,62}[A-Za-z0-9])?$", parentSchema: schema47, data: data52 };
                          if (vErrors === null) {
                            vErrors = [err123];
                          } else {
                            vErrors.push(err123);
                          }
                          errors++;
                        }
                      } else {
                        const err124 = { instancePath: instancePath + "/spec/staticMac/" + i15 + "/ports/" + i16, schemaPath: "common.schema.json#/$defs/portName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.type, parentSchema: schema47, data: data52 };
                        if (vErrors === null) {
                          vErrors = [err124];
                        } else {
                          vErrors.push(err124);
                        }
                        errors++;
                      }
                    }
                    let i17 = data51.length;
                    let j5;
                    if (i17 > 1) {
                      outer4:
                        for (; i17--; ) {
                          for (j5 = i17; j5--; ) {
                            if (func0(data51[i17], data51[j5])) {
                              const err125 = { instancePath: instancePath + "/spec/staticMac/" + i15 + "/ports", schemaPath: "#/properties/spec/properties/staticMac/items/properties/ports/uniqueItems", keyword: "uniqueItems", params: { i: i17, j: j5 }, message: "must NOT have duplicate items (items ## " + j5 + " and " + i17 + " are identical)", schema: true, parentSchema: schema86.properties.spec.properties.staticMac.items.properties.ports, data: data51 };
                              if (vErrors === null) {
                                vErrors = [err125];
                              } else {
                                vErrors.push(err125);
                              }
                              errors++;
                              break outer4;
                            }
                          }
                        }
                    }
                  } else {
                    const err126 = { instancePath: instancePath + "/spec/staticMac/" + i15 + "/ports", schemaPath: "#/properties/spec/properties/staticMac/items/properties/ports/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema86.properties.spec.properties.staticMac.items.properties.ports.type, parentSchema: schema86.properties.spec.properties.staticMac.items.properties.ports, data: data51 };
                    if (vErrors === null) {
                      vErrors = [err126];
                    } else {
                      vErrors.push(err126);
                    }
                    errors++;
                  }
                }
                if (data48.lags !== void 0) {
                  let data53 = data48.lags;
                  if (Array.isArray(data53)) {
                    const len12 = data53.length;
                    for (let i18 = 0; i18 < len12; i18++) {
                      let data54 = data53[i18];
                      if (!(typeof data54 == "number" && (!(data54 % 1) && !isNaN(data54)) && isFinite(data54))) {
                        const err127 = { instancePath: instancePath + "/spec/staticMac/" + i15 + "/lags/" + i18, schemaPath: "#/properties/spec/properties/staticMac/items/properties/lags/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema86.properties.spec.properties.staticMac.items.properties.lags.items.type, parentSchema: schema86.properties.spec.properties.staticMac.items.properties.lags.items, data: data54 };
                        if (vErrors === null) {
                          vErrors = [err127];
                        } else {
                          vErrors.push(err127);
                        }
                        errors++;
                      }
                      if (typeof data54 == "number" && isFinite(data54)) {
                        if (data54 > 64 || isNaN(data54)) {
                          const err128 = { instancePath: instancePath + "/spec/staticMac/" + i15 + "/lags/" + i18, schemaPath: "#/properties/spec/properties/staticMac/items/properties/lags/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 64 }, message: "must be <= 64", schema: 64, parentSchema: schema86.properties.spec.properties.staticMac.items.properties.lags.items, data: data54 };
                          if (vErrors === null) {
                            vErrors = [err128];
                          } else {
                            vErrors.push(err128);
                          }
                          errors++;
                        }
                        if (data54 < 1 || isNaN(data54)) {
                          const err129 = { instancePath: instancePath + "/spec/staticMac/" + i15 + "/lags/" + i18, schemaPath: "#/properties/spec/properties/staticMac/items/properties/lags/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema86.properties.spec.properties.staticMac.items.properties.lags.items, data: data54 };
                          if (vErrors === null) {
                            vErrors = [err129];
                          } else {
                            vErrors.push(err129);
                          }
                          errors++;
                        }
                      }
                    }
                    let i19 = data53.length;
                    let j6;
                    if (i19 > 1) {
                      const indices1 = {};
                      for (; i19--; ) {
                        let item1 = data53[i19];
                        if (!(typeof item1 == "number" && (!(item1 % 1) && !isNaN(item1)) && isFinite(item1))) {
                          continue;
                        }
                        if (typeof indices1[item1] == "number") {
                          j6 = indices1[item1];
                          const err130 = { instancePath: instancePath + "/spec/staticMac/" + i15 + "/lags", schemaPath: "#/properties/spec/properties/staticMac/items/properties/lags/uniqueItems", keyword: "uniqueItems", params: { i: i19, j: j6 }, message: "must NOT have duplicate items (items ## " + j6 + " and " + i19 + " are identical)", schema: true, parentSchema: schema86.properties.spec.properties.staticMac.items.properties.lags, data: data53 };
                          if (vErrors === null) {
                            vErrors = [err130];
                          } else {
                            vErrors.push(err130);
                          }
                          errors++;
                          break;
                        }
                        indices1[item1] = i19;
                      }
                    }
                  } else {
                    const err131 = { instancePath: instancePath + "/spec/staticMac/" + i15 + "/lags", schemaPath: "#/properties/spec/properties/staticMac/items/properties/lags/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema86.properties.spec.properties.staticMac.items.properties.lags.type, parentSchema: schema86.properties.spec.properties.staticMac.items.properties.lags, data: data53 };
                    if (vErrors === null) {
                      vErrors = [err131];
                    } else {
                      vErrors.push(err131);
                    }
                    errors++;
                  }
                }
              } else {
                const err132 = { instancePath: instancePath + "/spec/staticMac/" + i15, schemaPath: "#/properties/spec/properties/staticMac/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema86.properties.spec.properties.staticMac.items.type, parentSchema: schema86.properties.spec.properties.staticMac.items, data: data48 };
                if (vErrors === null) {
                  vErrors = [err132];
                } else {
                  vErrors.push(err132);
                }
                errors++;
              }
            }
          } else {
            const err133 = { instancePath: instancePath + "/spec/staticMac", schemaPath: "#/properties/spec/properties/staticMac/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema86.properties.spec.properties.staticMac.type, parentSchema: schema86.properties.spec.properties.staticMac, data: data47 };
            if (vErrors === null) {
              vErrors = [err133];
            } else {
              vErrors.push(err133);
            }
            errors++;
          }
        }
      } else {
        const err134 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema86.properties.spec.type, parentSchema: schema86.properties.spec, data: data3 };
        if (vErrors === null) {
          vErrors = [err134];
        } else {
          vErrors.push(err134);
        }
        errors++;
      }
    }
  } else {
    const err135 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema86.type, parentSchema: schema86, data };
    if (vErrors === null) {
      vErrors = [err135];
    } else {
      vErrors.push(err135);
    }
    errors++;
  }
  validate43.errors = vErrors;
  return errors === 0;
}
validate43.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var DomainController = validate48;
var schema105 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://hvlint.dev/schemas/v1/domain-controller.schema.json", "title": "Active Directory domain controller", "description": "An Active Directory domain controller: its domain and what it runs on, either a VirtualMachine (declared in its own document) or a physical server.", "type": "object", "required": ["apiVersion", "kind", "metadata", "spec"], "properties": { "apiVersion": { "$ref": "common.schema.json#/$defs/apiVersion", "description": "Manifest format version; always hvlint/v1." }, "kind": { "type": "string", "description": "Kind of the document; always DomainController for this schema.", "const": "DomainController" }, "metadata": { "$ref": "common.schema.json#/$defs/metadata", "description": "Name, labels and annotations of the document." }, "spec": { "type": "object", "description": "Desired configuration of the domain controller. Exactly one of vm or physicalServer.", "required": ["domain"], "properties": { "domain": { "$ref": "common.schema.json#/$defs/domainName", "description": "Domain the DC serves." }, "vm": { "$ref": "common.schema.json#/$defs/name", "description": "metadata.name of the VirtualMachine that is this DC.", "examples": ["DC01"] }, "physicalServer": { "type": "string", "description": "Name of the physical server that is this DC (not a Hyper-V guest).", "minLength": 1, "maxLength": 128, "pattern": "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$", "examples": ["DC02"] } }, "oneOf": [{ "properties": { "vm": true }, "required": ["vm"] }, { "properties": { "physicalServer": true }, "required": ["physicalServer"] }], "additionalProperties": false } }, "additionalProperties": false, "examples": [{ "apiVersion": "hvlint/v1", "kind": "DomainController", "metadata": { "name": "DC01" }, "spec": { "domain": "corp.contoso.com", "vm": "DC01" } }] };
function validate49(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate49.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema34.required, parentSchema: schema34, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "labels" || key0 === "annotations")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func1(data0) > 128) {
          const err2 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema35, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (func1(data0) < 1) {
          const err3 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern4.test(data0)) {
          const err4 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$" }, message: 'must match pattern "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$"', schema: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$", parentSchema: schema35, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.labels !== void 0) {
      if (!validate23(data.labels, { instancePath: instancePath + "/labels", parentData: data, parentDataProperty: "labels", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.annotations !== void 0) {
      if (!validate25(data.annotations, { instancePath: instancePath + "/annotations", parentData: data, parentDataProperty: "annotations", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.type, parentSchema: schema34, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate49.errors = vErrors;
  return errors === 0;
}
validate49.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate48(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate48.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema105.required, parentSchema: schema105, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema105.required, parentSchema: schema105, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.metadata === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property 'metadata'", schema: schema105.required, parentSchema: schema105, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.spec === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" }, message: "must have required property 'spec'", schema: schema105.required, parentSchema: schema105, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "spec")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema105, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if (typeof data0 !== "string") {
        const err5 = { instancePath: instancePath + "/apiVersion", schemaPath: "common.schema.json#/$defs/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if ("hvlint/v1" !== data0) {
        const err6 = { instancePath: instancePath + "/apiVersion", schemaPath: "common.schema.json#/$defs/apiVersion/const", keyword: "const", params: { allowedValue: "hvlint/v1" }, message: "must be equal to constant", schema: "hvlint/v1", parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if (typeof data1 !== "string") {
        const err7 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema105.properties.kind.type, parentSchema: schema105.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if ("DomainController" !== data1) {
        const err8 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "DomainController" }, message: "must be equal to constant", schema: "DomainController", parentSchema: schema105.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      if (!validate49(data.metadata, { instancePath: instancePath + "/metadata", parentData: data, parentDataProperty: "metadata", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
        errors = vErrors.length;
      }
    }
    if (data.spec !== void 0) {
      let data3 = data.spec;
      const _errs10 = errors;
      let valid2 = false;
      let passing0 = null;
      const _errs11 = errors;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.vm === void 0) {
          const err9 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/oneOf/0/required", keyword: "required", params: { missingProperty: "vm" }, message: "must have required property 'vm'", schema: schema105.properties.spec.oneOf[0].required, parentSchema: schema105.properties.spec.oneOf[0], data: data3 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
      var _valid0 = _errs11 === errors;
      if (_valid0) {
        valid2 = true;
        passing0 = 0;
        var props0 = {};
        props0.vm = true;
      }
      const _errs12 = errors;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.physicalServer === void 0) {
          const err10 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/oneOf/1/required", keyword: "required", params: { missingProperty: "physicalServer" }, message: "must have required property 'physicalServer'", schema: schema105.properties.spec.oneOf[1].required, parentSchema: schema105.properties.spec.oneOf[1], data: data3 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
      var _valid0 = _errs12 === errors;
      if (_valid0 && valid2) {
        valid2 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid2 = true;
          passing0 = 1;
          if (props0 !== true) {
            props0 = props0 || {};
            props0.physicalServer = true;
          }
        }
      }
      if (!valid2) {
        const err11 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema105.properties.spec.oneOf, parentSchema: schema105.properties.spec, data: data3 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      } else {
        errors = _errs10;
        if (vErrors !== null) {
          if (_errs10) {
            vErrors.length = _errs10;
          } else {
            vErrors = null;
          }
        }
      }
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.domain === void 0) {
          const err12 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "domain" }, message: "must have required property 'domain'", schema: schema105.properties.spec.required, parentSchema: schema105.properties.spec, data: data3 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        for (const key1 in data3) {
          if (!(key1 === "domain" || key1 === "vm" || key1 === "physicalServer")) {
            const err13 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema105.properties.spec, data: data3 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data3.domain !== void 0) {
          let data4 = data3.domain;
          if (typeof data4 === "string") {
            if (func1(data4) > 253) {
              const err14 = { instancePath: instancePath + "/spec/domain", schemaPath: "common.schema.json#/$defs/domainName/maxLength", keyword: "maxLength", params: { limit: 253 }, message: "must NOT have more than 253 characters", schema: 253, parentSchema: schema41, data: data4 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            if (func1(data4) < 1) {
              const err15 = { instancePath: instancePath + "/spec/domain", schemaPath: "common.schema.json#/$defs/domainName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema41, data: data4 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            if (!pattern11.test(data4)) {
              const err16 = { instancePath: instancePath + "/spec/domain", schemaPath: "common.schema.json#/$defs/domainName/pattern", keyword: "pattern", params: { pattern: "^(?:[A-Za-z0-9](?:[-A-Za-z0-9]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9](?:[-A-Za-z0-9]{0,61}[A-Za-z0-9])?$" }, message: 'must match pattern "^(?:[A-Za-z0-9](?:[-A-Za-z0-9]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9](?:[-A-Za-z0-9]{0,61}[A-Za-z0-9])?$"', schema: "^(?:[A-Za-z0-9](?:[-A-Za-z0-9]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9](?:[-A-Za-z0-9]{0,61}[A-Za-z0-9])?$", parentSchema: schema41, data: data4 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          } else {
            const err17 = { instancePath: instancePath + "/spec/domain", schemaPath: "common.schema.json#/$defs/domainName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.type, parentSchema: schema41, data: data4 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data3.vm !== void 0) {
          let data5 = data3.vm;
          if (typeof data5 === "string") {
            if (func1(data5) > 128) {
              const err18 = { instancePath: instancePath + "/spec/vm", schemaPath: "common.schema.json#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema35, data: data5 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            if (func1(data5) < 1) {
              const err19 = { instancePath: instancePath + "/spec/vm", schemaPath: "common.schema.json#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35, data: data5 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            if (!pattern4.test(data5)) {
              const err20 = { instancePath: instancePath + "/spec/vm", schemaPath: "common.schema.json#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$" }, message: 'must match pattern "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$"', schema: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$", parentSchema: schema35, data: data5 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          } else {
            const err21 = { instancePath: instancePath + "/spec/vm", schemaPath: "common.schema.json#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data5 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data3.physicalServer !== void 0) {
          let data6 = data3.physicalServer;
          if (typeof data6 === "string") {
            if (func1(data6) > 128) {
              const err22 = { instancePath: instancePath + "/spec/physicalServer", schemaPath: "#/properties/spec/properties/physicalServer/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema105.properties.spec.properties.physicalServer, data: data6 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            if (func1(data6) < 1) {
              const err23 = { instancePath: instancePath + "/spec/physicalServer", schemaPath: "#/properties/spec/properties/physicalServer/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema105.properties.spec.properties.physicalServer, data: data6 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            if (!pattern4.test(data6)) {
              const err24 = { instancePath: instancePath + "/spec/physicalServer", schemaPath: "#/properties/spec/properties/physicalServer/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$" }, message: 'must match pattern "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$"', schema: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$", parentSchema: schema105.properties.spec.properties.physicalServer, data: data6 };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          } else {
            const err25 = { instancePath: instancePath + "/spec/physicalServer", schemaPath: "#/properties/spec/properties/physicalServer/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema105.properties.spec.properties.physicalServer.type, parentSchema: schema105.properties.spec.properties.physicalServer, data: data6 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
      } else {
        const err26 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema105.properties.spec.type, parentSchema: schema105.properties.spec, data: data3 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
  } else {
    const err27 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema105.type, parentSchema: schema105, data };
    if (vErrors === null) {
      vErrors = [err27];
    } else {
      vErrors.push(err27);
    }
    errors++;
  }
  validate48.errors = vErrors;
  return errors === 0;
}
validate48.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var BackupJob = validate53;
var schema111 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://hvlint.dev/schemas/v1/backup-job.schema.json", "title": "Hyper-V backup job", "description": "A host-level backup job for Hyper-V VMs: which VMs it protects, the consistency it asks for, the VSS provider used for the volume / CSV snapshot, and an optional off-host proxy.", "type": "object", "required": ["apiVersion", "kind", "metadata", "spec"], "properties": { "apiVersion": { "$ref": "common.schema.json#/$defs/apiVersion", "description": "Manifest format version; always hvlint/v1." }, "kind": { "type": "string", "description": "Kind of the document; always BackupJob for this schema.", "const": "BackupJob" }, "metadata": { "$ref": "common.schema.json#/$defs/metadata", "description": "Name, labels and annotations of the document." }, "spec": { "type": "object", "description": "Desired configuration of the backup job.", "required": ["targets", "consistency", "vssProvider"], "properties": { "targets": { "type": "array", "description": "VMs the job protects. Each entry is exactly one of: vm (a name), match (a glob over VM names) or selector (labels).", "items": { "description": "One target: exactly one of vm, match or selector.", "oneOf": [{ "type": "object", "description": "A single VM by name.", "required": ["vm"], "properties": { "vm": { "$ref": "common.schema.json#/$defs/name", "description": "metadata.name of a VirtualMachine (case-insensitive).", "examples": ["DC01"] } }, "additionalProperties": false }, { "type": "object", "description": "VMs whose names match a glob.", "required": ["match"], "properties": { "match": { "type": "string", "description": "Glob (minimatch syntax, case-insensitive) over VM names, e.g. WEB*.", "minLength": 1, "maxLength": 256, "examples": ["WEB*"] } }, "additionalProperties": false }, { "type": "object", "description": "VMs whose labels match.", "required": ["selector"], "properties": { "selector": { "$ref": "common.schema.json#/$defs/labelSelector", "description": "Labels a VM must all carry (metadata.labels).", "examples": [{ "backup": "required" }] } }, "additionalProperties": false }] }, "minItems": 1, "examples": [[{ "vm": "DC01" }, { "match": "WEB*" }, { "selector": { "backup": "required" } }]] }, "consistency": { "type": "string", "description": "Consistency the job requires: application (VSS inside the guest; Linux guests get file-system consistency) or crash (no guest involvement).", "enum": ["application", "crash"], "examples": ["application"] }, "vssProvider": { "type": "string", "description": "VSS provider that takes the volume / CSV snapshot: the Windows software provider or the storage array's hardware provider. Off-host backup needs hardware.", "enum": ["software", "hardware"], "examples": ["hardware"] }, "offHostProxy": { "type": "string", "description": "Name of the off-host backup proxy that mounts the hardware snapshot; omit for on-host backup.", "minLength": 1, "maxLength": 128, "pattern": "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$", "examples": ["PROXY01"] }, "offHostProxyOs": { "$ref": "common.schema.json#/$defs/windowsServerVersion", "description": "Windows Server release of the off-host proxy; it must match the Hyper-V hosts' release." }, "schedule": { "type": "string", "description": "When the job runs: a 5- or 6-field cron expression or a macro such as @daily.", "minLength": 1, "maxLength": 128, "pattern": "^(?:@(?:yearly|annually|monthly|weekly|daily|midnight|hourly)|[0-9A-Za-z*?/,#LW-]+(?:[ \\t]+[0-9A-Za-z*?/,#LW-]+){4,5})$", "examples": ["0 22 * * *"] }, "repository": { "type": "string", "description": "Name of the backup repository the job writes to.", "minLength": 1, "maxLength": 256, "examples": ["REPO-NAS01"] }, "online": { "type": "boolean", "description": "True for online (live, child-VM-snapshot) backup; false allows saved-state backup.", "default": true } }, "additionalProperties": false } }, "additionalProperties": false, "examples": [{ "apiVersion": "hvlint/v1", "kind": "BackupJob", "metadata": { "name": "NIGHTLY-VMS" }, "spec": { "targets": [{ "vm": "DC01" }, { "match": "WEB*" }, { "selector": { "backup": "required" } }], "consistency": "application", "vssProvider": "hardware", "offHostProxy": "PROXY01", "offHostProxyOs": "windows-server-2012-r2", "schedule": "0 22 * * *", "repository": "REPO-NAS01", "online": true } }] };
function validate54(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate54.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema34.required, parentSchema: schema34, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "labels" || key0 === "annotations")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func1(data0) > 128) {
          const err2 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema35, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (func1(data0) < 1) {
          const err3 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern4.test(data0)) {
          const err4 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$" }, message: 'must match pattern "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$"', schema: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$", parentSchema: schema35, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.labels !== void 0) {
      if (!validate23(data.labels, { instancePath: instancePath + "/labels", parentData: data, parentDataProperty: "labels", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.annotations !== void 0) {
      if (!validate25(data.annotations, { instancePath: instancePath + "/annotations", parentData: data, parentDataProperty: "annotations", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.type, parentSchema: schema34, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate54.errors = vErrors;
  return errors === 0;
}
validate54.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema116 = { "type": "object", "description": "A label selector: every key/value pair must be present in a VM's metadata.labels (exact, case-sensitive value match). At least one pair.", "minProperties": 1, "propertyNames": { "$ref": "#/$defs/labelKey" }, "$comment": "See labels.", "patternProperties": { ".*": { "type": "string", "description": "The label value to match exactly.", "maxLength": 256, "examples": ["required"] } }, "additionalProperties": false, "examples": [{ "backup": "required" }] };
function validate58(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate58.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length < 1) {
      const err0 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema116, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      const _errs2 = errors;
      if (typeof key0 === "string") {
        if (func1(key0) > 317) {
          const err1 = { instancePath, schemaPath: "#/$defs/labelKey/maxLength", keyword: "maxLength", params: { limit: 317 }, message: "must NOT have more than 317 characters", schema: 317, parentSchema: schema37, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (func1(key0) < 1) {
          const err2 = { instancePath, schemaPath: "#/$defs/labelKey/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (!pattern5.test(key0)) {
          const err3 = { instancePath, schemaPath: "#/$defs/labelKey/pattern", keyword: "pattern", params: { pattern: "^(?:[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$" }, message: 'must match pattern "^(?:[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$"', schema: "^(?:[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$", parentSchema: schema37, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath, schemaPath: "#/$defs/labelKey/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: key0, propertyName: key0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      var valid0 = _errs2 === errors;
      if (!valid0) {
        const err5 = { instancePath, schemaPath: "#/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid", schema: schema116.propertyNames, parentSchema: schema116, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      if (!pattern6.test(key1)) {
        const err6 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema116, data };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    for (const key2 in data) {
      if (pattern6.test(key2)) {
        let data0 = data[key2];
        if (typeof data0 === "string") {
          if (func1(data0) > 256) {
            const err7 = { instancePath: instancePath + "/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/patternProperties/.*/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema116.patternProperties[".*"], data: data0 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        } else {
          const err8 = { instancePath: instancePath + "/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/patternProperties/.*/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema116.patternProperties[".*"].type, parentSchema: schema116.patternProperties[".*"], data: data0 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema116.type, parentSchema: schema116, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate58.errors = vErrors;
  return errors === 0;
}
validate58.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var pattern70 = new RegExp("^(?:@(?:yearly|annually|monthly|weekly|daily|midnight|hourly)|[0-9A-Za-z*?/,#LW-]+(?:[ \\t]+[0-9A-Za-z*?/,#LW-]+){4,5})$", "u");
function validate53(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate53.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema111.required, parentSchema: schema111, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema111.required, parentSchema: schema111, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.metadata === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property 'metadata'", schema: schema111.required, parentSchema: schema111, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.spec === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" }, message: "must have required property 'spec'", schema: schema111.required, parentSchema: schema111, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "spec")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema111, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if (typeof data0 !== "string") {
        const err5 = { instancePath: instancePath + "/apiVersion", schemaPath: "common.schema.json#/$defs/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if ("hvlint/v1" !== data0) {
        const err6 = { instancePath: instancePath + "/apiVersion", schemaPath: "common.schema.json#/$defs/apiVersion/const", keyword: "const", params: { allowedValue: "hvlint/v1" }, message: "must be equal to constant", schema: "hvlint/v1", parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if (typeof data1 !== "string") {
        const err7 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema111.properties.kind.type, parentSchema: schema111.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if ("BackupJob" !== data1) {
        const err8 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "BackupJob" }, message: "must be equal to constant", schema: "BackupJob", parentSchema: schema111.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      if (!validate54(data.metadata, { instancePath: instancePath + "/metadata", parentData: data, parentDataProperty: "metadata", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
        errors = vErrors.length;
      }
    }
    if (data.spec !== void 0) {
      let data3 = data.spec;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.targets === void 0) {
          const err9 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "targets" }, message: "must have required property 'targets'", schema: schema111.properties.spec.required, parentSchema: schema111.properties.spec, data: data3 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data3.consistency === void 0) {
          const err10 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "consistency" }, message: "must have required property 'consistency'", schema: schema111.properties.spec.required, parentSchema: schema111.properties.spec, data: data3 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data3.vssProvider === void 0) {
          const err11 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "vssProvider" }, message: "must have required property 'vssProvider'", schema: schema111.properties.spec.required, parentSchema: schema111.properties.spec, data: data3 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        for (const key1 in data3) {
          if (!(key1 === "targets" || key1 === "consistency" || key1 === "vssProvider" || key1 === "offHostProxy" || key1 === "offHostProxyOs" || key1 === "schedule" || key1 === "repository" || key1 === "online")) {
            const err12 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema111.properties.spec, data: data3 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data3.targets !== void 0) {
          let data4 = data3.targets;
          if (Array.isArray(data4)) {
            if (data4.length < 1) {
              const err13 = { instancePath: instancePath + "/spec/targets", schemaPath: "#/properties/spec/properties/targets/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema111.properties.spec.properties.targets, data: data4 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            const len0 = data4.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data5 = data4[i0];
              const _errs14 = errors;
              let valid5 = false;
              let passing0 = null;
              const _errs15 = errors;
              if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                if (data5.vm === void 0) {
                  const err14 = { instancePath: instancePath + "/spec/targets/" + i0, schemaPath: "#/properties/spec/properties/targets/items/oneOf/0/required", keyword: "required", params: { missingProperty: "vm" }, message: "must have required property 'vm'", schema: schema111.properties.spec.properties.targets.items.oneOf[0].required, parentSchema: schema111.properties.spec.properties.targets.items.oneOf[0], data: data5 };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                }
                for (const key2 in data5) {
                  if (!(key2 === "vm")) {
                    const err15 = { instancePath: instancePath + "/spec/targets/" + i0, schemaPath: "#/properties/spec/properties/targets/items/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema111.properties.spec.properties.targets.items.oneOf[0], data: data5 };
                    if (vErrors === null) {
                      vErrors = [err15];
                    } else {
                      vErrors.push(err15);
                    }
                    errors++;
                  }
                }
                if (data5.vm !== void 0) {
                  let data6 = data5.vm;
                  if (typeof data6 === "string") {
                    if (func1(data6) > 128) {
                      const err16 = { instancePath: instancePath + "/spec/targets/" + i0 + "/vm", schemaPath: "common.schema.json#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema35, data: data6 };
                      if (vErrors === null) {
                        vErrors = [err16];
                      } else {
                        vErrors.push(err16);
                      }
                      errors++;
                    }
                    if (func1(data6) < 1) {
                      const err17 = { instancePath: instancePath + "/spec/targets/" + i0 + "/vm", schemaPath: "common.schema.json#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35, data: data6 };
                      if (vErrors === null) {
                        vErrors = [err17];
                      } else {
                        vErrors.push(err17);
                      }
                      errors++;
                    }
                    if (!pattern4.test(data6)) {
                      const err18 = { instancePath: instancePath + "/spec/targets/" + i0 + "/vm", schemaPath: "common.schema.json#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$" }, message: 'must match pattern "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$"', schema: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$", parentSchema: schema35, data: data6 };
                      if (vErrors === null) {
                        vErrors = [err18];
                      } else {
                        vErrors.push(err18);
                      }
                      errors++;
                    }
                  } else {
                    const err19 = { instancePath: instancePath + "/spec/targets/" + i0 + "/vm", schemaPath: "common.schema.json#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data6 };
                    if (vErrors === null) {
                      vErrors = [err19];
                    } else {
                      vErrors.push(err19);
                    }
                    errors++;
                  }
                }
              } else {
                const err20 = { instancePath: instancePath + "/spec/targets/" + i0, schemaPath: "#/properties/spec/properties/targets/items/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema111.properties.spec.properties.targets.items.oneOf[0].type, parentSchema: schema111.properties.spec.properties.targets.items.oneOf[0], data: data5 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
              var _valid0 = _errs15 === errors;
              if (_valid0) {
                valid5 = true;
                passing0 = 0;
                var props0 = true;
              }
              const _errs21 = errors;
              if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                if (data5.match === void 0) {
                  const err21 = { instancePath: instancePath + "/spec/targets/" + i0, schemaPath: "#/properties/spec/properties/targets/items/oneOf/1/required", keyword: "required", params: { missingProperty: "match" }, message: "must have required property 'match'", schema: schema111.properties.spec.properties.targets.items.oneOf[1].required, parentSchema: schema111.properties.spec.properties.targets.items.oneOf[1], data: data5 };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
                for (const key3 in data5) {
                  if (!(key3 === "match")) {
                    const err22 = { instancePath: instancePath + "/spec/targets/" + i0, schemaPath: "#/properties/spec/properties/targets/items/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema111.properties.spec.properties.targets.items.oneOf[1], data: data5 };
                    if (vErrors === null) {
                      vErrors = [err22];
                    } else {
                      vErrors.push(err22);
                    }
                    errors++;
                  }
                }
                if (data5.match !== void 0) {
                  let data7 = data5.match;
                  if (typeof data7 === "string") {
                    if (func1(data7) > 256) {
                      const err23 = { instancePath: instancePath + "/spec/targets/" + i0 + "/match", schemaPath: "#/properties/spec/properties/targets/items/oneOf/1/properties/match/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema111.properties.spec.properties.targets.items.oneOf[1].properties.match, data: data7 };
                      if (vErrors === null) {
                        vErrors = [err23];
                      } else {
                        vErrors.push(err23);
                      }
                      errors++;
                    }
                    if (func1(data7) < 1) {
                      const err24 = { instancePath: instancePath + "/spec/targets/" + i0 + "/match", schemaPath: "#/properties/spec/properties/targets/items/oneOf/1/properties/match/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema111.properties.spec.properties.targets.items.oneOf[1].properties.match, data: data7 };
                      if (vErrors === null) {
                        vErrors = [err24];
                      } else {
                        vErrors.push(err24);
                      }
                      errors++;
                    }
                  } else {
                    const err25 = { instancePath: instancePath + "/spec/targets/" + i0 + "/match", schemaPath: "#/properties/spec/properties/targets/items/oneOf/1/properties/match/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema111.properties.spec.properties.targets.items.oneOf[1].properties.match.type, parentSchema: schema111.properties.spec.properties.targets.items.oneOf[1].properties.match, data: data7 };
                    if (vErrors === null) {
                      vErrors = [err25];
                    } else {
                      vErrors.push(err25);
                    }
                    errors++;
                  }
                }
              } else {
                const err26 = { instancePath: instancePath + "/spec/targets/" + i0, schemaPath: "#/properties/spec/properties/targets/items/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema111.properties.spec.properties.targets.items.oneOf[1].type, parentSchema: schema111.properties.spec.properties.targets.items.oneOf[1], data: data5 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
              var _valid0 = _errs21 === errors;
              if (_valid0 && valid5) {
                valid5 = false;
                passing0 = [passing0, 1];
              } else {
                if (_valid0) {
                  valid5 = true;
                  passing0 = 1;
                  if (props0 !== true) {
                    props0 = true;
                  }
                }
                const _errs26 = errors;
                if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                  if (data5.selector === void 0) {
                    const err27 = { instancePath: instancePath + "/spec/targets/" + i0, schemaPath: "#/properties/spec/properties/targets/items/oneOf/2/required", keyword: "required", params: { missingProperty: "selector" }, message: "must have required property 'selector'", schema: schema111.properties.spec.properties.targets.items.oneOf[2].required, parentSchema: schema111.properties.spec.properties.targets.items.oneOf[2], data: data5 };
                    if (vErrors === null) {
                      vErrors = [err27];
                    } else {
                      vErrors.push(err27);
                    }
                    errors++;
                  }
                  for (const key4 in data5) {
                    if (!(key4 === "selector")) {
                      const err28 = { instancePath: instancePath + "/spec/targets/" + i0, schemaPath: "#/properties/spec/properties/targets/items/oneOf/2/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema111.properties.spec.properties.targets.items.oneOf[2], data: data5 };
                      if (vErrors === null) {
                        vErrors = [err28];
                      } else {
                        vErrors.push(err28);
                      }
                      errors++;
                    }
                  }
                  if (data5.selector !== void 0) {
                    if (!validate58(data5.selector, { instancePath: instancePath + "/spec/targets/" + i0 + "/selector", parentData: data5, parentDataProperty: "selector", rootData, dynamicAnchors })) {
                      vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
                      errors = vErrors.length;
                    }
                  }
                } else {
                  const err29 = { instancePath: instancePath + "/spec/targets/" + i0, schemaPath: "#/properties/spec/properties/targets/items/oneOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema111.properties.spec.properties.targets.items.oneOf[2].type, parentSchema: schema111.properties.spec.properties.targets.items.oneOf[2], data: data5 };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
                var _valid0 = _errs26 === errors;
                if (_valid0 && valid5) {
                  valid5 = false;
                  passing0 = [passing0, 2];
                } else {
                  if (_valid0) {
                    valid5 = true;
                    passing0 = 2;
                    if (props0 !== true) {
                      props0 = true;
                    }
                  }
                }
              }
              if (!valid5) {
                const err30 = { instancePath: instancePath + "/spec/targets/" + i0, schemaPath: "#/properties/spec/properties/targets/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema111.properties.spec.properties.targets.items.oneOf, parentSchema: schema111.properties.spec.properties.targets.items, data: data5 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              } else {
                errors = _errs14;
                if (vErrors !== null) {
                  if (_errs14) {
                    vErrors.length = _errs14;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
          } else {
            const err31 = { instancePath: instancePath + "/spec/targets", schemaPath: "#/properties/spec/properties/targets/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema111.properties.spec.properties.targets.type, parentSchema: schema111.properties.spec.properties.targets, data: data4 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data3.consistency !== void 0) {
          let data9 = data3.consistency;
          if (typeof data9 !== "string") {
            const err32 = { instancePath: instancePath + "/spec/consistency", schemaPath: "#/properties/spec/properties/consistency/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema111.properties.spec.properties.consistency.type, parentSchema: schema111.properties.spec.properties.consistency, data: data9 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
          if (!(data9 === "application" || data9 === "crash")) {
            const err33 = { instancePath: instancePath + "/spec/consistency", schemaPath: "#/properties/spec/properties/consistency/enum", keyword: "enum", params: { allowedValues: schema111.properties.spec.properties.consistency.enum }, message: "must be equal to one of the allowed values", schema: schema111.properties.spec.properties.consistency.enum, parentSchema: schema111.properties.spec.properties.consistency, data: data9 };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
        if (data3.vssProvider !== void 0) {
          let data10 = data3.vssProvider;
          if (typeof data10 !== "string") {
            const err34 = { instancePath: instancePath + "/spec/vssProvider", schemaPath: "#/properties/spec/properties/vssProvider/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema111.properties.spec.properties.vssProvider.type, parentSchema: schema111.properties.spec.properties.vssProvider, data: data10 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
          if (!(data10 === "software" || data10 === "hardware")) {
            const err35 = { instancePath: instancePath + "/spec/vssProvider", schemaPath: "#/properties/spec/properties/vssProvider/enum", keyword: "enum", params: { allowedValues: schema111.properties.spec.properties.vssProvider.enum }, message: "must be equal to one of the allowed values", schema: schema111.properties.spec.properties.vssProvider.enum, parentSchema: schema111.properties.spec.properties.vssProvider, data: data10 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
        if (data3.offHostProxy !== void 0) {
          let data11 = data3.offHostProxy;
          if (typeof data11 === "string") {
            if (func1(data11) > 128) {
              const err36 = { instancePath: instancePath + "/spec/offHostProxy", schemaPath: "#/properties/spec/properties/offHostProxy/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema111.properties.spec.properties.offHostProxy, data: data11 };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
            if (func1(data11) < 1) {
              const err37 = { instancePath: instancePath + "/spec/offHostProxy", schemaPath: "#/properties/spec/properties/offHostProxy/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema111.properties.spec.properties.offHostProxy, data: data11 };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
            if (!pattern4.test(data11)) {
              const err38 = { instancePath: instancePath + "/spec/offHostProxy", schemaPath: "#/properties/spec/properties/offHostProxy/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$" }, message: 'must match pattern "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$"', schema: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$", parentSchema: schema111.properties.spec.properties.offHostProxy, data: data11 };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
          } else {
            const err39 = { instancePath: instancePath + "/spec/offHostProxy", schemaPath: "#/properties/spec/properties/offHostProxy/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema111.properties.spec.properties.offHostProxy.type, parentSchema: schema111.properties.spec.properties.offHostProxy, data: data11 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data3.offHostProxyOs !== void 0) {
          let data12 = data3.offHostProxyOs;
          if (typeof data12 !== "string") {
            const err40 = { instancePath: instancePath + "/spec/offHostProxyOs", schemaPath: "common.schema.json#/$defs/windowsServerVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.type, parentSchema: schema40, data: data12 };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
          if (!(data12 === "windows-server-2008-r2" || data12 === "windows-server-2012" || data12 === "windows-server-2012-r2" || data12 === "windows-server-2016" || data12 === "windows-server-2019" || data12 === "windows-server-2022" || data12 === "windows-server-2025")) {
            const err41 = { instancePath: instancePath + "/spec/offHostProxyOs", schemaPath: "common.schema.json#/$defs/windowsServerVersion/enum", keyword: "enum", params: { allowedValues: schema40.enum }, message: "must be equal to one of the allowed values", schema: schema40.enum, parentSchema: schema40, data: data12 };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
        if (data3.schedule !== void 0) {
          let data13 = data3.schedule;
          if (typeof data13 === "string") {
            if (func1(data13) > 128) {
              const err42 = { instancePath: instancePath + "/spec/schedule", schemaPath: "#/properties/spec/properties/schedule/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema111.properties.spec.properties.schedule, data: data13 };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
            if (func1(data13) < 1) {
              const err43 = { instancePath: instancePath + "/spec/schedule", schemaPath: "#/properties/spec/properties/schedule/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema111.properties.spec.properties.schedule, data: data13 };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
            if (!pattern70.test(data13)) {
              const err44 = { instancePath: instancePath + "/spec/schedule", schemaPath: "#/properties/spec/properties/schedule/pattern", keyword: "pattern", params: { pattern: "^(?:@(?:yearly|annually|monthly|weekly|daily|midnight|hourly)|[0-9A-Za-z*?/,#LW-]+(?:[ \\t]+[0-9A-Za-z*?/,#LW-]+){4,5})$" }, message: 'must match pattern "^(?:@(?:yearly|annually|monthly|weekly|daily|midnight|hourly)|[0-9A-Za-z*?/,#LW-]+(?:[ \\t]+[0-9A-Za-z*?/,#LW-]+){4,5})$"', schema: "^(?:@(?:yearly|annually|monthly|weekly|daily|midnight|hourly)|[0-9A-Za-z*?/,#LW-]+(?:[ \\t]+[0-9A-Za-z*?/,#LW-]+){4,5})$", parentSchema: schema111.properties.spec.properties.schedule, data: data13 };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
          } else {
            const err45 = { instancePath: instancePath + "/spec/schedule", schemaPath: "#/properties/spec/properties/schedule/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema111.properties.spec.properties.schedule.type, parentSchema: schema111.properties.spec.properties.schedule, data: data13 };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
        if (data3.repository !== void 0) {
          let data14 = data3.repository;
          if (typeof data14 === "string") {
            if (func1(data14) > 256) {
              const err46 = { instancePath: instancePath + "/spec/repository", schemaPath: "#/properties/spec/properties/repository/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema111.properties.spec.properties.repository, data: data14 };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
            if (func1(data14) < 1) {
              const err47 = { instancePath: instancePath + "/spec/repository", schemaPath: "#/properties/spec/properties/repository/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema111.properties.spec.properties.repository, data: data14 };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
          } else {
            const err48 = { instancePath: instancePath + "/spec/repository", schemaPath: "#/properties/spec/properties/repository/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema111.properties.spec.properties.repository.type, parentSchema: schema111.properties.spec.properties.repository, data: data14 };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
        if (data3.online !== void 0) {
          let data15 = data3.online;
          if (typeof data15 !== "boolean") {
            const err49 = { instancePath: instancePath + "/spec/online", schemaPath: "#/properties/spec/properties/online/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema111.properties.spec.properties.online.type, parentSchema: schema111.properties.spec.properties.online, data: data15 };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
      } else {
        const err50 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema111.properties.spec.type, parentSchema: schema111.properties.spec, data: data3 };
        if (vErrors === null) {
          vErrors = [err50];
        } else {
          vErrors.push(err50);
        }
        errors++;
      }
    }
  } else {
    const err51 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema111.type, parentSchema: schema111, data };
    if (vErrors === null) {
      vErrors = [err51];
    } else {
      vErrors.push(err51);
    }
    errors++;
  }
  validate53.errors = vErrors;
  return errors === 0;
}
validate53.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var Policy = validate60;
var schema119 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://hvlint.dev/schemas/v1/policy.schema.json", "title": "hvlint custom policy", "description": "A rule of your own, written in CEL (Common Expression Language): which documents it looks at, what must hold for each, and the message and place of the finding when it does not. Files with policies are listed under `policies:` in .hvlint.yml. See docs/policies.md.", "type": "object", "required": ["apiVersion", "kind", "metadata", "spec"], "properties": { "apiVersion": { "$ref": "common.schema.json#/$defs/apiVersion", "description": "Manifest format version; always hvlint/v1." }, "kind": { "type": "string", "description": "Kind of the document; always Policy for this schema.", "const": "Policy" }, "metadata": { "type": "object", "description": "Identity of the policy. Its name is the policy id that findings, suppressions, `rules:` severities, `hvlint explain` and baselines use.", "required": ["name"], "properties": { "name": { "type": "string", "description": "The policy id: a namespace (your team or pack), a slash and a kebab-case name. The namespace keeps it apart from hvlint's built-in rule ids.", "pattern": "^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?/[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$", "examples": ["acme/pci-backup", "acme/dc-memory"] }, "labels": { "$ref": "common.schema.json#/$defs/labels" }, "annotations": { "$ref": "common.schema.json#/$defs/annotations" } }, "additionalProperties": false }, "spec": { "type": "object", "description": "What the policy checks and how it reports.", "required": ["severity", "description", "match", "assert", "message"], "properties": { "severity": { "type": "string", "description": "Default severity of the policy's findings; .hvlint.yml `rules:` and `overrides:` can change it like any rule's.", "enum": ["error", "warning", "notice"] }, "description": { "type": "string", "description": "One line saying what the policy requires, starting with a verb. Shown by `hvlint rules`, `hvlint explain` and in SARIF.", "minLength": 1, "maxLength": 300, "examples": ["Require application-consistent backups for every VM labelled pci."] }, "match": { "type": "object", "description": "The documents the policy looks at. A document matches when its kind is listed, its name matches one of `names` (if given), it has every label of `labels` (if given) and `where` (if given) is true.", "required": ["kinds"], "properties": { "kinds": { "type": "array", "description": "Kinds of the documents to check.", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "enum": ["HyperVHost", "HyperVCluster", "VirtualMachine", "NlbCluster", "Switch", "DomainController", "BackupJob"] }, "examples": [["VirtualMachine"]] }, "names": { "type": "array", "description": "Name globs (minimatch, case-insensitive, as Windows compares names); a document matches when one matches its metadata.name.", "minItems": 1, "items": { "type": "string", "minLength": 1 }, "examples": [["WEB*", "APP0?"]] }, "labels": { "$ref": "common.schema.json#/$defs/labelSelector", "description": "Labels the document must carry, with these exact values." }, "where": { "$ref": "#/$defs/expression", "description": "A CEL expression that must be true for the document to be checked (`self` is the document)." } }, "additionalProperties": false }, "forEach": { "$ref": "#/$defs/expression", "description": "Optional CEL expression giving a list: the assertion then runs once per element, bound to `item` (and its position to `index`), and each failing element is its own finding.", "examples": ["self.spec.networkAdapters"] }, "assert": { "$ref": "#/$defs/expression", "description": "A CEL expression that must be true for every matched document (or element of forEach); a finding is reported where it is false.", "examples": ["self.spec.memory.startupMB >= 4096"] }, "message": { "type": "string", "description": "The finding's message. `{{ expression }}` parts are CEL expressions evaluated like `assert` and inserted as text. Say what is wrong and what to do.", "minLength": 1, "examples": ['domain controller "{{ self.metadata.name }}" starts with {{ self.spec.memory.startupMB }} MB: give it at least 4096 MB'] }, "at": { "description": "Where in the matched document the finding is reported: a dotted path such as spec.controllers or spec.networkAdapters[0].name, with optional `{{ expression }}` parts. A path that does not exist is reported at its deepest existing part. Default: the document's metadata.name.", "oneOf": [{ "type": "string", "minLength": 1, "examples": ["spec.controllers"] }, { "type": "object", "required": ["path"], "properties": { "path": { "type": "string", "minLength": 1, "description": "The dotted path, as above." }, "on": { "type": "string", "enum": ["key", "value"], "description": "Underline the key (`controllers:`) or the value (default)." } }, "additionalProperties": false }] }, "related": { "$ref": "#/$defs/expression", "description": "Optional CEL expression giving other places to show with the finding: a list of maps with `doc` (a document from `estate`), optional `at` (a dotted path in it) and `message`.", "examples": ["estate.backupTargetsOf(self).map(t, {'doc': t.job, 'at': 'spec.targets[' + string(t.index) + ']', 'message': 'targets it'})"] }, "docs": { "type": "string", "description": "Documentation: a URL, or Markdown text that `hvlint explain` prints and SARIF carries as the rule's help.", "minLength": 1 }, "tests": { "type": "array", "description": "Test cases run by `hvlint test`: manifests and the findings this policy must report on them, no more and no fewer.", "items": { "type": "object", "required": ["name", "manifests", "expect"], "properties": { "name": { "type": "string", "minLength": 1, "description": "What the case shows." }, "manifests": { "type": "string", "description": "The estate of the case: YAML manifests (several separated by ---), written as a block scalar (manifests: |).", "minLength": 1 }, "expect": { "type": "array", "description": "The findings of this policy on those manifests; [] when there must be none.", "items": { "type": "object", "required": ["document"], "properties": { "document": { "type": "string", "description": "Kind/name of the document the finding is on.", "pattern": "^[A-Za-z]+/.+$", "examples": ["VirtualMachine/WEB01"] }, "at": { "type": "string", "description": "The dotted path of the finding in that document (default: any path).", "examples": ["spec.controllers"] }, "message": { "type": "string", "description": "Text the message must contain (default: any message)." } }, "additionalProperties": false } } }, "additionalProperties": false } } }, "additionalProperties": false } }, "additionalProperties": false, "$defs": { "expression": { "type": "string", "description": "A CEL expression (https://cel.dev). Variables: self, estate (and item, index with forEach). docs/policies.md lists every field and function.", "minLength": 1, "maxLength": 1e4 } } };
var schema127 = { "type": "string", "description": "A CEL expression (https://cel.dev). Variables: self, estate (and item, index with forEach). docs/policies.md lists every field and function.", "minLength": 1, "maxLength": 1e4 };
var pattern71 = new RegExp("^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?/[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$", "u");
var pattern81 = new RegExp("^[A-Za-z]+/.+$", "u");
function validate61(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate61.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      const _errs2 = errors;
      if (typeof key0 === "string") {
        if (func1(key0) > 317) {
          const err0 = { instancePath, schemaPath: "#/$defs/labelKey/maxLength", keyword: "maxLength", params: { limit: 317 }, message: "must NOT have more than 317 characters", schema: 317, parentSchema: schema37, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (func1(key0) < 1) {
          const err1 = { instancePath, schemaPath: "#/$defs/labelKey/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (!pattern5.test(key0)) {
          const err2 = { instancePath, schemaPath: "#/$defs/labelKey/pattern", keyword: "pattern", params: { pattern: "^(?:[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$" }, message: 'must match pattern "^(?:[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$"', schema: "^(?:[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$", parentSchema: schema37, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath, schemaPath: "#/$defs/labelKey/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: key0, propertyName: key0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      var valid0 = _errs2 === errors;
      if (!valid0) {
        const err4 = { instancePath, schemaPath: "#/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid", schema: schema36.propertyNames, parentSchema: schema36, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      if (!pattern6.test(key1)) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema36, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    for (const key2 in data) {
      if (pattern6.test(key2)) {
        let data0 = data[key2];
        if (typeof data0 === "string") {
          if (func1(data0) > 256) {
            const err6 = { instancePath: instancePath + "/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/patternProperties/.*/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema36.patternProperties[".*"], data: data0 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        } else {
          const err7 = { instancePath: instancePath + "/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/patternProperties/.*/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.patternProperties[".*"].type, parentSchema: schema36.patternProperties[".*"], data: data0 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.type, parentSchema: schema36, data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate61.errors = vErrors;
  return errors === 0;
}
validate61.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate63(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate63.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      const _errs2 = errors;
      if (typeof key0 === "string") {
        if (func1(key0) > 317) {
          const err0 = { instancePath, schemaPath: "#/$defs/labelKey/maxLength", keyword: "maxLength", params: { limit: 317 }, message: "must NOT have more than 317 characters", schema: 317, parentSchema: schema37, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (func1(key0) < 1) {
          const err1 = { instancePath, schemaPath: "#/$defs/labelKey/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (!pattern5.test(key0)) {
          const err2 = { instancePath, schemaPath: "#/$defs/labelKey/pattern", keyword: "pattern", params: { pattern: "^(?:[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$" }, message: 'must match pattern "^(?:[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$"', schema: "^(?:[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$", parentSchema: schema37, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath, schemaPath: "#/$defs/labelKey/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: key0, propertyName: key0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      var valid0 = _errs2 === errors;
      if (!valid0) {
        const err4 = { instancePath, schemaPath: "#/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid", schema: schema38.propertyNames, parentSchema: schema38, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      if (!pattern6.test(key1)) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema38, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    for (const key2 in data) {
      if (pattern6.test(key2)) {
        let data0 = data[key2];
        if (typeof data0 !== "string") {
          const err6 = { instancePath: instancePath + "/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/patternProperties/.*/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.patternProperties[".*"].type, parentSchema: schema38.patternProperties[".*"], data: data0 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema38.type, parentSchema: schema38, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate63.errors = vErrors;
  return errors === 0;
}
validate63.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate65(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate65.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length < 1) {
      const err0 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema116, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      const _errs2 = errors;
      if (typeof key0 === "string") {
        if (func1(key0) > 317) {
          const err1 = { instancePath, schemaPath: "#/$defs/labelKey/maxLength", keyword: "maxLength", params: { limit: 317 }, message: "must NOT have more than 317 characters", schema: 317, parentSchema: schema37, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (func1(key0) < 1) {
          const err2 = { instancePath, schemaPath: "#/$defs/labelKey/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (!pattern5.test(key0)) {
          const err3 = { instancePath, schemaPath: "#/$defs/labelKey/pattern", keyword: "pattern", params: { pattern: "^(?:[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$" }, message: 'must match pattern "^(?:[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$"', schema: "^(?:[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$", parentSchema: schema37, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath, schemaPath: "#/$defs/labelKey/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: key0, propertyName: key0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      var valid0 = _errs2 === errors;
      if (!valid0) {
        const err5 = { instancePath, schemaPath: "#/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid", schema: schema116.propertyNames, parentSchema: schema116, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      if (!pattern6.test(key1)) {
        const err6 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema116, data };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    for (const key2 in data) {
      if (pattern6.test(key2)) {
        let data0 = data[key2];
        if (typeof data0 === "string") {
          if (func1(data0) > 256) {
            const err7 = { instancePath: instancePath + "/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/patternProperties/.*/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema116.patternProperties[".*"], data: data0 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        } else {
          const err8 = { instancePath: instancePath + "/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/patternProperties/.*/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema116.patternProperties[".*"].type, parentSchema: schema116.patternProperties[".*"], data: data0 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema116.type, parentSchema: schema116, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate65.errors = vErrors;
  return errors === 0;
}
validate65.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate60(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate60.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema119.required, parentSchema: schema119, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema119.required, parentSchema: schema119, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.metadata === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property 'metadata'", schema: schema119.required, parentSchema: schema119, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.spec === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" }, message: "must have required property 'spec'", schema: schema119.required, parentSchema: schema119, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "spec")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema119, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if (typeof data0 !== "string") {
        const err5 = { instancePath: instancePath + "/apiVersion", schemaPath: "common.schema.json#/$defs/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if ("hvlint/v1" !== data0) {
        const err6 = { instancePath: instancePath + "/apiVersion", schemaPath: "common.schema.json#/$defs/apiVersion/const", keyword: "const", params: { allowedValue: "hvlint/v1" }, message: "must be equal to constant", schema: "hvlint/v1", parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if (typeof data1 !== "string") {
        const err7 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema119.properties.kind.type, parentSchema: schema119.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if ("Policy" !== data1) {
        const err8 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "Policy" }, message: "must be equal to constant", schema: "Policy", parentSchema: schema119.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      let data2 = data.metadata;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.name === void 0) {
          const err9 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema119.properties.metadata.required, parentSchema: schema119.properties.metadata, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        for (const key1 in data2) {
          if (!(key1 === "name" || key1 === "labels" || key1 === "annotations")) {
            const err10 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema119.properties.metadata, data: data2 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data2.name !== void 0) {
          let data3 = data2.name;
          if (typeof data3 === "string") {
            if (!pattern71.test(data3)) {
              const err11 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?/[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?/[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$"', schema: "^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?/[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$", parentSchema: schema119.properties.metadata.properties.name, data: data3 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema119.properties.metadata.properties.name.type, parentSchema: schema119.properties.metadata.properties.name, data: data3 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data2.labels !== void 0) {
          if (!validate61(data2.labels, { instancePath: instancePath + "/metadata/labels", parentData: data2, parentDataProperty: "labels", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
            errors = vErrors.length;
          }
        }
        if (data2.annotations !== void 0) {
          if (!validate63(data2.annotations, { instancePath: instancePath + "/metadata/annotations", parentData: data2, parentDataProperty: "annotations", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema119.properties.metadata.type, parentSchema: schema119.properties.metadata, data: data2 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.spec !== void 0) {
      let data6 = data.spec;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        if (data6.severity === void 0) {
          const err14 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property 'severity'", schema: schema119.properties.spec.required, parentSchema: schema119.properties.spec, data: data6 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (data6.description === void 0) {
          const err15 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'", schema: schema119.properties.spec.required, parentSchema: schema119.properties.spec, data: data6 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (data6.match === void 0) {
          const err16 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "match" }, message: "must have required property 'match'", schema: schema119.properties.spec.required, parentSchema: schema119.properties.spec, data: data6 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (data6.assert === void 0) {
          const err17 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "assert" }, message: "must have required property 'assert'", schema: schema119.properties.spec.required, parentSchema: schema119.properties.spec, data: data6 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (data6.message === void 0) {
          const err18 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'", schema: schema119.properties.spec.required, parentSchema: schema119.properties.spec, data: data6 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        for (const key2 in data6) {
          if (!func8.call(schema119.properties.spec.properties, key2)) {
            const err19 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema119.properties.spec, data: data6 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data6.severity !== void 0) {
          let data7 = data6.severity;
          if (typeof data7 !== "string") {
            const err20 = { instancePath: instancePath + "/spec/severity", schemaPath: "#/properties/spec/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema119.properties.spec.properties.severity.type, parentSchema: schema119.properties.spec.properties.severity, data: data7 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
          if (!(data7 === "error" || data7 === "warning" || data7 === "notice")) {
            const err21 = { instancePath: instancePath + "/spec/severity", schemaPath: "#/properties/spec/properties/severity/enum", keyword: "enum", params: { allowedValues: schema119.properties.spec.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema119.properties.spec.properties.severity.enum, parentSchema: schema119.properties.spec.properties.severity, data: data7 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data6.description !== void 0) {
          let data8 = data6.description;
          if (typeof data8 === "string") {
            if (func1(data8) > 300) {
              const err22 = { instancePath: instancePath + "/spec/description", schemaPath: "#/properties/spec/properties/description/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters", schema: 300, parentSchema: schema119.properties.spec.properties.description, data: data8 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            if (func1(data8) < 1) {
              const err23 = { instancePath: instancePath + "/spec/description", schemaPath: "#/properties/spec/properties/description/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema119.properties.spec.properties.description, data: data8 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          } else {
            const err24 = { instancePath: instancePath + "/spec/description", schemaPath: "#/properties/spec/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema119.properties.spec.properties.description.type, parentSchema: schema119.properties.spec.properties.description, data: data8 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data6.match !== void 0) {
          let data9 = data6.match;
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            if (data9.kinds === void 0) {
              const err25 = { instancePath: instancePath + "/spec/match", schemaPath: "#/properties/spec/properties/match/required", keyword: "required", params: { missingProperty: "kinds" }, message: "must have required property 'kinds'", schema: schema119.properties.spec.properties.match.required, parentSchema: schema119.properties.spec.properties.match, data: data9 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
            for (const key3 in data9) {
              if (!(key3 === "kinds" || key3 === "names" || key3 === "labels" || key3 === "where")) {
                const err26 = { instancePath: instancePath + "/spec/match", schemaPath: "#/properties/spec/properties/match/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema119.properties.spec.properties.match, data: data9 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data9.kinds !== void 0) {
              let data10 = data9.kinds;
              if (Array.isArray(data10)) {
                if (data10.length < 1) {
                  const err27 = { instancePath: instancePath + "/spec/match/kinds", schemaPath: "#/properties/spec/properties/match/properties/kinds/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema119.properties.spec.properties.match.properties.kinds, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
                const len0 = data10.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data11 = data10[i0];
                  if (typeof data11 !== "string") {
                    const err28 = { instancePath: instancePath + "/spec/match/kinds/" + i0, schemaPath: "#/properties/spec/properties/match/properties/kinds/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema119.properties.spec.properties.match.properties.kinds.items.type, parentSchema: schema119.properties.spec.properties.match.properties.kinds.items, data: data11 };
                    if (vErrors === null) {
                      vErrors = [err28];
                    } else {
                      vErrors.push(err28);
                    }
                    errors++;
                  }
                  if (!(data11 === "HyperVHost" || data11 === "HyperVCluster" || data11 === "VirtualMachine" || data11 === "NlbCluster" || data11 === "Switch" || data11 === "DomainController" || data11 === "BackupJob")) {
                    const err29 = { instancePath: instancePath + "/spec/match/kinds/" + i0, schemaPath: "#/properties/spec/properties/match/properties/kinds/items/enum", keyword: "enum", params: { allowedValues: schema119.properties.spec.properties.match.properties.kinds.items.enum }, message: "must be equal to one of the allowed values", schema: schema119.properties.spec.properties.match.properties.kinds.items.enum, parentSchema: schema119.properties.spec.properties.match.properties.kinds.items, data: data11 };
                    if (vErrors === null) {
                      vErrors = [err29];
                    } else {
                      vErrors.push(err29);
                    }
                    errors++;
                  }
                }
                let i1 = data10.length;
                let j0;
                if (i1 > 1) {
                  const indices0 = {};
                  for (; i1--; ) {
                    let item0 = data10[i1];
                    if (typeof item0 !== "string") {
                      continue;
                    }
                    if (typeof indices0[item0] == "number") {
                      j0 = indices0[item0];
                      const err30 = { instancePath: instancePath + "/spec/match/kinds", schemaPath: "#/properties/spec/properties/match/properties/kinds/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema119.properties.spec.properties.match.properties.kinds, data: data10 };
                      if (vErrors === null) {
                        vErrors = [err30];
                      } else {
                        vErrors.push(err30);
                      }
                      errors++;
                      break;
                    }
                    indices0[item0] = i1;
                  }
                }
              } else {
                const err31 = { instancePath: instancePath + "/spec/match/kinds", schemaPath: "#/properties/spec/properties/match/properties/kinds/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema119.properties.spec.properties.match.properties.kinds.type, parentSchema: schema119.properties.spec.properties.match.properties.kinds, data: data10 };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
            if (data9.names !== void 0) {
              let data12 = data9.names;
              if (Array.isArray(data12)) {
                if (data12.length < 1) {
                  const err32 = { instancePath: instancePath + "/spec/match/names", schemaPath: "#/properties/spec/properties/match/properties/names/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema119.properties.spec.properties.match.properties.names, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
                const len1 = data12.length;
                for (let i2 = 0; i2 < len1; i2++) {
                  let data13 = data12[i2];
                  if (typeof data13 === "string") {
                    if (func1(data13) < 1) {
                      const err33 = { instancePath: instancePath + "/spec/match/names/" + i2, schemaPath: "#/properties/spec/properties/match/properties/names/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema119.properties.spec.properties.match.properties.names.items, data: data13 };
                      if (vErrors === null) {
                        vErrors = [err33];
                      } else {
                        vErrors.push(err33);
                      }
                      errors++;
                    }
                  } else {
                    const err34 = { instancePath: instancePath + "/spec/match/names/" + i2, schemaPath: "#/properties/spec/properties/match/properties/names/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema119.properties.spec.properties.match.properties.names.items.type, parentSchema: schema119.properties.spec.properties.match.properties.names.items, data: data13 };
                    if (vErrors === null) {
                      vErrors = [err34];
                    } else {
                      vErrors.push(err34);
                    }
                    errors++;
                  }
                }
              } else {
                const err35 = { instancePath: instancePath + "/spec/match/names", schemaPath: "#/properties/spec/properties/match/properties/names/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema119.properties.spec.properties.match.properties.names.type, parentSchema: schema119.properties.spec.properties.match.properties.names, data: data12 };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
            if (data9.labels !== void 0) {
              if (!validate65(data9.labels, { instancePath: instancePath + "/spec/match/labels", parentData: data9, parentDataProperty: "labels", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
                errors = vErrors.length;
              }
            }
            if (data9.where !== void 0) {
              let data15 = data9.where;
              if (typeof data15 === "string") {
                if (func1(data15) > 1e4) {
                  const err36 = { instancePath: instancePath + "/spec/match/where", schemaPath: "#/$defs/expression/maxLength", keyword: "maxLength", params: { limit: 1e4 }, message: "must NOT have more than 10000 characters", schema: 1e4, parentSchema: schema127, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
                if (func1(data15) < 1) {
                  const err37 = { instancePath: instancePath + "/spec/match/where", schemaPath: "#/$defs/expression/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema127, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err37];
                  } else {
                    vErrors.push(err37);
                  }
                  errors++;
                }
              } else {
                const err38 = { instancePath: instancePath + "/spec/match/where", schemaPath: "#/$defs/expression/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema127.type, parentSchema: schema127, data: data15 };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
          } else {
            const err39 = { instancePath: instancePath + "/spec/match", schemaPath: "#/properties/spec/properties/match/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema119.properties.spec.properties.match.type, parentSchema: schema119.properties.spec.properties.match, data: data9 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data6.forEach !== void 0) {
          let data16 = data6.forEach;
          if (typeof data16 === "string") {
            if (func1(data16) > 1e4) {
              const err40 = { instancePath: instancePath + "/spec/forEach", schemaPath: "#/$defs/expression/maxLength", keyword: "maxLength", params: { limit: 1e4 }, message: "must NOT have more than 10000 characters", schema: 1e4, parentSchema: schema127, data: data16 };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
            if (func1(data16) < 1) {
              const err41 = { instancePath: instancePath + "/spec/forEach", schemaPath: "#/$defs/expression/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema127, data: data16 };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
          } else {
            const err42 = { instancePath: instancePath + "/spec/forEach", schemaPath: "#/$defs/expression/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema127.type, parentSchema: schema127, data: data16 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
        if (data6.assert !== void 0) {
          let data17 = data6.assert;
          if (typeof data17 === "string") {
            if (func1(data17) > 1e4) {
              const err43 = { instancePath: instancePath + "/spec/assert", schemaPath: "#/$defs/expression/maxLength", keyword: "maxLength", params: { limit: 1e4 }, message: "must NOT have more than 10000 characters", schema: 1e4, parentSchema: schema127, data: data17 };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
            if (func1(data17) < 1) {
              const err44 = { instancePath: instancePath + "/spec/assert", schemaPath: "#/$defs/expression/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema127, data: data17 };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
          } else {
            const err45 = { instancePath: instancePath + "/spec/assert", schemaPath: "#/$defs/expression/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema127.type, parentSchema: schema127, data: data17 };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
        if (data6.message !== void 0) {
          let data18 = data6.message;
          if (typeof data18 === "string") {
            if (func1(data18) < 1) {
              const err46 = { instancePath: instancePath + "/spec/message", schemaPath: "#/properties/spec/properties/message/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema119.properties.spec.properties.message, data: data18 };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
          } else {
            const err47 = { instancePath: instancePath + "/spec/message", schemaPath: "#/properties/spec/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema119.properties.spec.properties.message.type, parentSchema: schema119.properties.spec.properties.message, data: data18 };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
        if (data6.at !== void 0) {
          let data19 = data6.at;
          const _errs45 = errors;
          let valid13 = false;
          let passing0 = null;
          const _errs46 = errors;
          if (typeof data19 === "string") {
            if (func1(data19) < 1) {
              const err48 = { instancePath: instancePath + "/spec/at", schemaPath: "#/properties/spec/properties/at/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema119.properties.spec.properties.at.oneOf[0], data: data19 };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
          } else {
            const err49 = { instancePath: instancePath + "/spec/at", schemaPath: "#/properties/spec/properties/at/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema119.properties.spec.properties.at.oneOf[0].type, parentSchema: schema119.properties.spec.properties.at.oneOf[0], data: data19 };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
          var _valid0 = _errs46 === errors;
          if (_valid0) {
            valid13 = true;
            passing0 = 0;
          }
          const _errs48 = errors;
          if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
            if (data19.path === void 0) {
              const err50 = { instancePath: instancePath + "/spec/at", schemaPath: "#/properties/spec/properties/at/oneOf/1/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema119.properties.spec.properties.at.oneOf[1].required, parentSchema: schema119.properties.spec.properties.at.oneOf[1], data: data19 };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
            for (const key4 in data19) {
              if (!(key4 === "path" || key4 === "on")) {
                const err51 = { instancePath: instancePath + "/spec/at", schemaPath: "#/properties/spec/properties/at/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema119.properties.spec.properties.at.oneOf[1], data: data19 };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
            }
            if (data19.path !== void 0) {
              let data20 = data19.path;
              if (typeof data20 === "string") {
                if (func1(data20) < 1) {
                  const err52 = { instancePath: instancePath + "/spec/at/path", schemaPath: "#/properties/spec/properties/at/oneOf/1/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema119.properties.spec.properties.at.oneOf[1].properties.path, data: data20 };
                  if (vErrors === null) {
                    vErrors = [err52];
                  } else {
                    vErrors.push(err52);
                  }
                  errors++;
                }
              } else {
                const err53 = { instancePath: instancePath + "/spec/at/path", schemaPath: "#/properties/spec/properties/at/oneOf/1/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema119.properties.spec.properties.at.oneOf[1].properties.path.type, parentSchema: schema119.properties.spec.properties.at.oneOf[1].properties.path, data: data20 };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
            if (data19.on !== void 0) {
              let data21 = data19.on;
              if (typeof data21 !== "string") {
                const err54 = { instancePath: instancePath + "/spec/at/on", schemaPath: "#/properties/spec/properties/at/oneOf/1/properties/on/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema119.properties.spec.properties.at.oneOf[1].properties.on.type, parentSchema: schema119.properties.spec.properties.at.oneOf[1].properties.on, data: data21 };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
              if (!(data21 === "key" || data21 === "value")) {
                const err55 = { instancePath: instancePath + "/spec/at/on", schemaPath: "#/properties/spec/properties/at/oneOf/1/properties/on/enum", keyword: "enum", params: { allowedValues: schema119.properties.spec.properties.at.oneOf[1].properties.on.enum }, message: "must be equal to one of the allowed values", schema: schema119.properties.spec.properties.at.oneOf[1].properties.on.enum, parentSchema: schema119.properties.spec.properties.at.oneOf[1].properties.on, data: data21 };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
          } else {
            const err56 = { instancePath: instancePath + "/spec/at", schemaPath: "#/properties/spec/properties/at/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema119.properties.spec.properties.at.oneOf[1].type, parentSchema: schema119.properties.spec.properties.at.oneOf[1], data: data19 };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
          var _valid0 = _errs48 === errors;
          if (_valid0 && valid13) {
            valid13 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid0) {
              valid13 = true;
              passing0 = 1;
            }
          }
          if (!valid13) {
            const err57 = { instancePath: instancePath + "/spec/at", schemaPath: "#/properties/spec/properties/at/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema119.properties.spec.properties.at.oneOf, parentSchema: schema119.properties.spec.properties.at, data: data19 };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          } else {
            errors = _errs45;
            if (vErrors !== null) {
              if (_errs45) {
                vErrors.length = _errs45;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data6.related !== void 0) {
          let data22 = data6.related;
          if (typeof data22 === "string") {
            if (func1(data22) > 1e4) {
              const err58 = { instancePath: instancePath + "/spec/related", schemaPath: "#/$defs/expression/maxLength", keyword: "maxLength", params: { limit: 1e4 }, message: "must NOT have more than 10000 characters", schema: 1e4, parentSchema: schema127, data: data22 };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
            if (func1(data22) < 1) {
              const err59 = { instancePath: instancePath + "/spec/related", schemaPath: "#/$defs/expression/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema127, data: data22 };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
          } else {
            const err60 = { instancePath: instancePath + "/spec/related", schemaPath: "#/$defs/expression/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema127.type, parentSchema: schema127, data: data22 };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
        if (data6.docs !== void 0) {
          let data23 = data6.docs;
          if (typeof data23 === "string") {
            if (func1(data23) < 1) {
              const err61 = { instancePath: instancePath + "/spec/docs", schemaPath: "#/properties/spec/properties/docs/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema119.properties.spec.properties.docs, data: data23 };
              if (vErrors === null) {
                vErrors = [err61];
              } else {
                vErrors.push(err61);
              }
              errors++;
            }
          } else {
            const err62 = { instancePath: instancePath + "/spec/docs", schemaPath: "#/properties/spec/properties/docs/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema119.properties.spec.properties.docs.type, parentSchema: schema119.properties.spec.properties.docs, data: data23 };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
        }
        if (data6.tests !== void 0) {
          let data24 = data6.tests;
          if (Array.isArray(data24)) {
            const len2 = data24.length;
            for (let i3 = 0; i3 < len2; i3++) {
              let data25 = data24[i3];
              if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                if (data25.name === void 0) {
                  const err63 = { instancePath: instancePath + "/spec/tests/" + i3, schemaPath: "#/properties/spec/properties/tests/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema119.properties.spec.properties.tests.items.required, parentSchema: schema119.properties.spec.properties.tests.items, data: data25 };
                  if (vErrors === null) {
                    vErrors = [err63];
                  } else {
                    vErrors.push(err63);
                  }
                  errors++;
                }
                if (data25.manifests === void 0) {
                  const err64 = { instancePath: instancePath + "/spec/tests/" + i3, schemaPath: "#/properties/spec/properties/tests/items/required", keyword: "required", params: { missingProperty: "manifests" }, message: "must have required property 'manifests'", schema: schema119.properties.spec.properties.tests.items.required, parentSchema: schema119.properties.spec.properties.tests.items, data: data25 };
                  if (vErrors === null) {
                    vErrors = [err64];
                  } else {
                    vErrors.push(err64);
                  }
                  errors++;
                }
                if (data25.expect === void 0) {
                  const err65 = { instancePath: instancePath + "/spec/tests/" + i3, schemaPath: "#/properties/spec/properties/tests/items/required", keyword: "required", params: { missingProperty: "expect" }, message: "must have required property 'expect'", schema: schema119.properties.spec.properties.tests.items.required, parentSchema: schema119.properties.spec.properties.tests.items, data: data25 };
                  if (vErrors === null) {
                    vErrors = [err65];
                  } else {
                    vErrors.push(err65);
                  }
                  errors++;
                }
                for (const key5 in data25) {
                  if (!(key5 === "name" || key5 === "manifests" || key5 === "expect")) {
                    const err66 = { instancePath: instancePath + "/spec/tests/" + i3, schemaPath: "#/properties/spec/properties/tests/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema119.properties.spec.properties.tests.items, data: data25 };
                    if (vErrors === null) {
                      vErrors = [err66];
                    } else {
                      vErrors.push(err66);
                    }
                    errors++;
                  }
                }
                if (data25.name !== void 0) {
                  let data26 = data25.name;
                  if (typeof data26 === "string") {
                    if (func1(data26) < 1) {
                      const err67 = { instancePath: instancePath + "/spec/tests/" + i3 + "/name", schemaPath: "#/properties/spec/properties/tests/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema119.properties.spec.properties.tests.items.properties.name, data: data26 };
                      if (vErrors === null) {
                        vErrors = [err67];
                      } else {
                        vErrors.push(err67);
                      }
                      errors++;
                    }
                  } else {
                    const err68 = { instancePath: instancePath + "/spec/tests/" + i3 + "/name", schemaPath: "#/properties/spec/properties/tests/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema119.properties.spec.properties.tests.items.properties.name.type, parentSchema: schema119.properties.spec.properties.tests.items.properties.name, data: data26 };
                    if (vErrors === null) {
                      vErrors = [err68];
                    } else {
                      vErrors.push(err68);
                    }
                    errors++;
                  }
                }
                if (data25.manifests !== void 0) {
                  let data27 = data25.manifests;
                  if (typeof data27 === "string") {
                    if (func1(data27) < 1) {
                      const err69 = { instancePath: instancePath + "/spec/tests/" + i3 + "/manifests", schemaPath: "#/properties/spec/properties/tests/items/properties/manifests/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema119.properties.spec.properties.tests.items.properties.manifests, data: data27 };
                      if (vErrors === null) {
                        vErrors = [err69];
                      } else {
                        vErrors.push(err69);
                      }
                      errors++;
                    }
                  } else {
                    const err70 = { instancePath: instancePath + "/spec/tests/" + i3 + "/manifests", schemaPath: "#/properties/spec/properties/tests/items/properties/manifests/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema119.properties.spec.properties.tests.items.properties.manifests.type, parentSchema: schema119.properties.spec.properties.tests.items.properties.manifests, data: data27 };
                    if (vErrors === null) {
                      vErrors = [err70];
                    } else {
                      vErrors.push(err70);
                    }
                    errors++;
                  }
                }
                if (data25.expect !== void 0) {
                  let data28 = data25.expect;
                  if (Array.isArray(data28)) {
                    const len3 = data28.length;
                    for (let i4 = 0; i4 < len3; i4++) {
                      let data29 = data28[i4];
                      if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
                        if (data29.document === void 0) {
                          const err71 = { instancePath: instancePath + "/spec/tests/" + i3 + "/expect/" + i4, schemaPath: "#/properties/spec/properties/tests/items/properties/expect/items/required", keyword: "required", params: { missingProperty: "document" }, message: "must have required property 'document'", schema: schema119.properties.spec.properties.tests.items.properties.expect.items.required, parentSchema: schema119.properties.spec.properties.tests.items.properties.expect.items, data: data29 };
                          if (vErrors === null) {
                            vErrors = [err71];
                          } else {
                            vErrors.push(err71);
                          }
                          errors++;
                        }
                        for (const key6 in data29) {
                          if (!(key6 === "document" || key6 === "at" || key6 === "message")) {
                            const err72 = { instancePath: instancePath + "/spec/tests/" + i3 + "/expect/" + i4, schemaPath: "#/properties/spec/properties/tests/items/properties/expect/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema119.properties.spec.properties.tests.items.properties.expect.items, data: data29 };
                            if (vErrors === null) {
                              vErrors = [err72];
                            } else {
                              vErrors.push(err72);
                            }
                            errors++;
                          }
                        }
                        if (data29.document !== void 0) {
                          let data30 = data29.document;
                          if (typeof data30 === "string") {
                            if (!pattern81.test(data30)) {
                              const err73 = { instancePath: instancePath + "/spec/tests/" + i3 + "/expect/" + i4 + "/document", schemaPath: "#/properties/spec/properties/tests/items/properties/expect/items/properties/document/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z]+/.+$" }, message: 'must match pattern "^[A-Za-z]+/.+$"', schema: "^[A-Za-z]+/.+$", parentSchema: schema119.properties.spec.properties.tests.items.properties.expect.items.properties.document, data: data30 };
                              if (vErrors === null) {
                                vErrors = [err73];
                              } else {
                                vErrors.push(err73);
                              }
                              errors++;
                            }
                          } else {
                            const err74 = { instancePath: instancePath + "/spec/tests/" + i3 + "/expect/" + i4 + "/document", schemaPath: "#/properties/spec/properties/tests/items/properties/expect/items/properties/document/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema119.properties.spec.properties.tests.items.properties.expect.items.properties.document.type, parentSchema: schema119.properties.spec.properties.tests.items.properties.expect.items.properties.document, data: data30 };
                            if (vErrors === null) {
                              vErrors = [err74];
                            } else {
                              vErrors.push(err74);
                            }
                            errors++;
                          }
                        }
                        if (data29.at !== void 0) {
                          let data31 = data29.at;
                          if (typeof data31 !== "string") {
                            const err75 = { instancePath: instancePath + "/spec/tests/" + i3 + "/expect/" + i4 + "/at", schemaPath: "#/properties/spec/properties/tests/items/properties/expect/items/properties/at/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema119.properties.spec.properties.tests.items.properties.expect.items.properties.at.type, parentSchema: schema119.properties.spec.properties.tests.items.properties.expect.items.properties.at, data: data31 };
                            if (vErrors === null) {
                              vErrors = [err75];
                            } else {
                              vErrors.push(err75);
                            }
                            errors++;
                          }
                        }
                        if (data29.message !== void 0) {
                          let data32 = data29.message;
                          if (typeof data32 !== "string") {
                            const err76 = { instancePath: instancePath + "/spec/tests/" + i3 + "/expect/" + i4 + "/message", schemaPath: "#/properties/spec/properties/tests/items/properties/expect/items/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema119.properties.spec.properties.tests.items.properties.expect.items.properties.message.type, parentSchema: schema119.properties.spec.properties.tests.items.properties.expect.items.properties.message, data: data32 };
                            if (vErrors === null) {
                              vErrors = [err76];
                            } else {
                              vErrors.push(err76);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err77 = { instancePath: instancePath + "/spec/tests/" + i3 + "/expect/" + i4, schemaPath: "#/properties/spec/properties/tests/items/properties/expect/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema119.properties.spec.properties.tests.items.properties.expect.items.type, parentSchema: schema119.properties.spec.properties.tests.items.properties.expect.items, data: data29 };
                        if (vErrors === null) {
                          vErrors = [err77];
                        } else {
                          vErrors.push(err77);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err78 = { instancePath: instancePath + "/spec/tests/" + i3 + "/expect", schemaPath: "#/properties/spec/properties/tests/items/properties/expect/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema119.properties.spec.properties.tests.items.properties.expect.type, parentSchema: schema119.properties.spec.properties.tests.items.properties.expect, data: data28 };
                    if (vErrors === null) {
                      vErrors = [err78];
                    } else {
                      vErrors.push(err78);
                    }
                    errors++;
                  }
                }
              } else {
                const err79 = { instancePath: instancePath + "/spec/tests/" + i3, schemaPath: "#/properties/spec/properties/tests/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema119.properties.spec.properties.tests.items.type, parentSchema: schema119.properties.spec.properties.tests.items, data: data25 };
                if (vErrors === null) {
                  vErrors = [err79];
                } else {
                  vErrors.push(err79);
                }
                errors++;
              }
            }
          } else {
            const err80 = { instancePath: instancePath + "/spec/tests", schemaPath: "#/properties/spec/properties/tests/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema119.properties.spec.properties.tests.type, parentSchema: schema119.properties.spec.properties.tests, data: data24 };
            if (vErrors === null) {
              vErrors = [err80];
            } else {
              vErrors.push(err80);
            }
            errors++;
          }
        }
      } else {
        const err81 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema119.properties.spec.type, parentSchema: schema119.properties.spec, data: data6 };
        if (vErrors === null) {
          vErrors = [err81];
        } else {
          vErrors.push(err81);
        }
        errors++;
      }
    }
  } else {
    const err82 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema119.type, parentSchema: schema119, data };
    if (vErrors === null) {
      vErrors = [err82];
    } else {
      vErrors.push(err82);
    }
    errors++;
  }
  validate60.errors = vErrors;
  return errors === 0;
}
validate60.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

// src/schema/index.ts
var API_VERSION = "hvlint/v1";
var MANIFEST_KINDS = [...KINDS, "Policy"];
var VALIDATORS = validators_exports;
var PATTERN_NAMES = [
  [/\/ipv4\//, "an IPv4 address such as 10.0.0.1"],
  [/\/mac\//, "a MAC address such as 01:00:5e:7f:03:e8 or 01-00-5E-7F-03-E8"],
  [/\/name\//, "a name (letters, digits, spaces, . _ -)"]
];
function checkSchema(value) {
  const problems = [];
  if (value["apiVersion"] !== API_VERSION) {
    problems.push({
      path: ["apiVersion"],
      target: "value",
      message: `apiVersion must be "${API_VERSION}"; got ${show(value["apiVersion"])}`
    });
  }
  const kind = value["kind"];
  if (kind === void 0) {
    problems.push({
      path: [],
      target: "value",
      message: `document must have property "kind": one of ${list(MANIFEST_KINDS)}`
    });
  } else if (typeof kind !== "string" || !MANIFEST_KINDS.includes(kind)) {
    const hint2 = typeof kind === "string" ? closest(kind, MANIFEST_KINDS) : void 0;
    problems.push({
      path: ["kind"],
      target: "value",
      message: `kind must be one of ${list(MANIFEST_KINDS)}; got ${show(kind)}${hint2 ? ` (did you mean "${hint2}"?)` : ""}`
    });
  }
  if (problems.length === 0) {
    const validate = VALIDATORS[kind];
    if (!validate(value)) problems.push(...rewrite(validate.errors ?? [], value));
  }
  return { valid: problems.length === 0, problems };
}
function validateDocument(doc) {
  const { valid, problems } = checkSchema(doc.value);
  const seen = /* @__PURE__ */ new Set();
  const findings = [];
  for (const problem of problems) {
    const range = doc.locate(problem.path, problem.target);
    const key = `${range.startOffset}:${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push({
      ruleId: "schema",
      message: problem.message,
      file: doc.file,
      ...range,
      related: [],
      document: { kind: kindOf(doc.value), name: nameOf(doc.value) },
      path: problem.path
    });
  }
  return { valid, findings };
}
function parsePointer(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^(0|[1-9]\d*)$/.test(s) ? Number(s) : s);
}
function formatPath(path4) {
  let out = "";
  for (const segment of path4) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment) && segment.length <= 80) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(clip(segment))}]`;
  }
  return out || "document";
}
function valueAt(root, path4) {
  let node = root;
  for (const segment of path4) {
    if (node === null || typeof node !== "object") return void 0;
    node = node[segment];
  }
  return node;
}
function show(value) {
  if (value === void 0) return "nothing";
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return String(value);
}
function typeName(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "number") return Number.isInteger(value) ? `the integer ${value}` : `the number ${value}`;
  if (typeof value === "boolean") return `${value}`;
  return `the string ${show(value)}`;
}
function list(values) {
  return [...values].map((v) => JSON.stringify(v)).sort().join(", ");
}
var TYPE_WORDS = {
  string: "a string",
  integer: "an integer",
  number: "a number",
  boolean: "true or false",
  object: "a mapping",
  array: "a list",
  null: "null"
};
function rewrite(errors, root) {
  const alternatives = errors.filter((e) => e.keyword === "oneOf" || e.keyword === "anyOf");
  const inAlternative = (e) => alternatives.find(
    (a) => a !== e && e.schemaPath.startsWith(`${a.schemaPath}/`) && e.instancePath.startsWith(a.instancePath)
  );
  const problems = [];
  for (const error of errors) {
    if (inAlternative(error)) continue;
    if (error.keyword === "oneOf" || error.keyword === "anyOf") {
      problems.push(
        ...alternativeProblem(
          error,
          errors.filter((e) => inAlternative(e) === error),
          root
        )
      );
      continue;
    }
    const problem = single(error, root);
    if (problem) problems.push(problem);
  }
  return problems;
}
function alternativeProblem(error, branchErrors, root) {
  const path4 = parsePointer(error.instancePath);
  const where = formatPath(path4);
  const passing = error.params.passingSchemas;
  const byBranch = /* @__PURE__ */ new Map();
  for (const e of branchErrors) {
    const branch = e.schemaPath.slice(error.schemaPath.length + 1).split("/")[0];
    const list3 = byBranch.get(branch);
    if (list3) list3.push(e);
    else byBranch.set(branch, [e]);
  }
  const requiredOnly = branchErrors.length > 0 && branchErrors.every((e) => e.keyword === "required" && e.instancePath === error.instancePath);
  if (Array.isArray(passing)) {
    const branches = Array.isArray(error.schema) ? error.schema : [];
    const names = [...new Set(branches.flatMap((b) => b.required ?? []))];
    const value = valueAt(root, path4);
    const present = value && typeof value === "object" ? names.filter((n) => n in value) : [];
    if (present.length > 1)
      return [
        { path: path4, target: "key", message: `${where} must have exactly one of ${list(names)}; got ${list(present)}` }
      ];
    return [
      {
        path: path4,
        target: "key",
        message: `${where} must match only one of its allowed forms: remove the conflicting properties`
      }
    ];
  }
  if (requiredOnly || branchErrors.length === 0) {
    const names = [...new Set(branchErrors.map((e) => e.params.missingProperty))];
    const quantifier = error.keyword === "oneOf" ? "exactly one of" : "at least one of";
    const value = valueAt(root, path4);
    const present = value && typeof value === "object" ? names.filter((n) => n in value) : [];
    if (present.length > 1) {
      return [
        { path: path4, target: "key", message: `${where} must have ${quantifier} ${list(names)}; got ${list(present)}` }
      ];
    }
    return [{ path: path4, target: "key", message: `${where} must have ${quantifier} ${list(names)}` }];
  }
  const best = [...byBranch.values()].sort((a, b) => a.length - b.length)[0] ?? [];
  const problems = best.map((e) => single(e, root)).filter((p) => p !== void 0);
  return problems.length > 0 ? problems : [{ path: path4, target: "value", message: `${where} does not match any allowed form` }];
}
function single(error, root) {
  const path4 = parsePointer(error.instancePath);
  const where = formatPath(path4);
  const value = valueAt(root, path4);
  const params = error.params;
  switch (error.keyword) {
    case "required": {
      const missing = String(params["missingProperty"]);
      return { path: path4, target: "key", message: `${where} must have property "${missing}"` };
    }
    case "additionalProperties": {
      const extra = String(params["additionalProperty"]);
      const allowed = allowedProperties(error);
      const hint2 = allowed.length > 0 ? closest(extra, allowed) : void 0;
      const tail = hint2 ? `: did you mean "${hint2}"?` : allowed.length > 0 ? `: remove it (allowed: ${allowed.join(", ")})` : ": remove it";
      return {
        path: [...path4, extra],
        target: "key",
        message: `${formatPath([...path4, extra])} is not a known property${tail}`
      };
    }
    case "enum": {
      const allowed = params["allowedValues"] ?? [];
      const hint2 = typeof value === "string" ? closest(
        value,
        allowed.filter((v) => typeof v === "string")
      ) : void 0;
      return {
        path: path4,
        target: "value",
        message: `${where} must be one of ${list(allowed)}; got ${show(value)}${hint2 ? ` (did you mean "${hint2}"?)` : ""}`
      };
    }
    case "const":
      return {
        path: path4,
        target: "value",
        message: `${where} must be ${JSON.stringify(params["allowedValue"])}; got ${show(value)}`
      };
    case "type": {
      const types = String(params["type"]).split(",");
      return {
        path: path4,
        target: "value",
        message: `${where} must be ${types.map((t) => TYPE_WORDS[t] ?? t).join(" or ")}; got ${typeName(value)}`
      };
    }
    case "pattern": {
      const named = PATTERN_NAMES.find(([re]) => re.test(error.schemaPath));
      const expected = named ? named[1] : `text matching /${String(params["pattern"])}/`;
      return { path: path4, target: "value", message: `${where} must be ${expected}; got ${show(value)}` };
    }
    case "format":
      return {
        path: path4,
        target: "value",
        message: `${where} must be a valid ${String(params["format"])}; got ${show(value)}`
      };
    case "minimum":
    case "exclusiveMinimum":
    case "maximum":
    case "exclusiveMaximum": {
      const range = rangeOf(error);
      return { path: path4, target: "value", message: `${where} must be ${range}; got ${show(value)}` };
    }
    case "minItems":
      return {
        path: path4,
        target: "key",
        message: `${where} must have at least ${String(params["limit"])} item${params["limit"] === 1 ? "" : "s"}`
      };
    case "maxItems":
      return { path: path4, target: "key", message: `${where} must have at most ${String(params["limit"])} items` };
    case "minLength":
      return {
        path: path4,
        target: "value",
        message: `${where} must not be shorter than ${String(params["limit"])} character${params["limit"] === 1 ? "" : "s"}`
      };
    case "maxLength":
      return {
        path: path4,
        target: "value",
        message: `${where} must not be longer than ${String(params["limit"])} characters`
      };
    case "uniqueItems":
      return {
        path: [...path4, Number(params["j"])],
        target: "value",
        message: `${where} must not repeat items: items ${String(params["j"])} and ${String(params["i"])} are equal`
      };
    case "propertyNames":
      return {
        path: path4,
        target: "key",
        message: `${where} has a key that is not allowed (${clip(String(params["propertyName"]))})`
      };
    case "discriminator":
      return { path: [...path4, "kind"], target: "value", message: `${where} has an unknown kind` };
    case "if":
    case "not":
      return void 0;
    default:
      return { path: path4, target: "value", message: `${where} ${error.message ?? "is not valid"}` };
  }
}
function rangeOf(error) {
  const schema = error.parentSchema;
  const min = schema?.["minimum"];
  const max = schema?.["maximum"];
  if (min !== void 0 && max !== void 0) return `between ${min} and ${max}`;
  const params = error.params;
  return `${params.comparison} ${params.limit}`;
}
function allowedProperties(error) {
  const schema = error.parentSchema;
  return Object.keys(schema?.properties ?? {}).sort();
}

// src/schema/api-version.ts
var API_VERSION2 = "hvlint/v1";
var KNOWN_KINDS = new Map(KINDS.map((k) => [k.toLowerCase(), k]));
function distance(a, b, max) {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      best = Math.min(best, current[j]);
    }
    if (best > max) return max + 1;
    previous = current;
  }
  return previous[b.length];
}
function isNearMissApiVersion(apiVersion) {
  const lower = apiVersion.trim().toLowerCase();
  if (lower.includes("hvlint")) return true;
  return distance(lower, API_VERSION2, 2) <= 2 || distance(lower.split("/")[0] ?? "", "hvlint", 2) <= 2;
}
function lookalikeMessage(value) {
  const apiVersion = value["apiVersion"];
  const kind = typeof value["kind"] === "string" ? KNOWN_KINDS.get(value["kind"].toLowerCase()) : void 0;
  const what = kind ? `this ${kind} document` : "this document";
  if (typeof apiVersion === "string" && isNearMissApiVersion(apiVersion))
    return `apiVersion "${apiVersion}" is not "${API_VERSION2}", so ${what} is not checked: write apiVersion: ${API_VERSION2}`;
  if (kind && ("metadata" in value || "spec" in value)) {
    const got = apiVersion === void 0 ? "has no apiVersion" : `has apiVersion ${JSON.stringify(apiVersion)}`;
    return `document of kind ${kind} ${got}, so it is not checked: write apiVersion: ${API_VERSION2}`;
  }
  return void 0;
}
function lookalikeFinding(doc) {
  const message = lookalikeMessage(doc.value);
  if (!message) return void 0;
  const root = doc.root;
  const key = root?.map?.has("apiVersion") ? "apiVersion" : "kind";
  const node = root ? findNode(root, [key]) : void 0;
  const [start, end] = node?.exact ? spanOf(node.node, "value", doc.source.text) : [doc.start, doc.start + 1];
  return {
    ruleId: "manifest-api-version",
    message,
    file: doc.source.path,
    ...doc.source.range(start, end),
    related: []
  };
}

// src/pipeline/check-file.ts
function checkDocument(loaded) {
  const { valid, findings } = validateDocument(loaded);
  return { document: ManifestDocument.of(loaded, valid), findings };
}
function checkFile(entry, limits = DEFAULT_LIMITS, reader = nodeFileReader) {
  return checkLoaded(loadFile(entry, limits, reader));
}
function checkText(file, text, limits = DEFAULT_LIMITS) {
  return checkLoaded(parseManifests(file, text, limits));
}
function reportLookalikes(loaded) {
  for (const doc of loaded.skipped) {
    const finding = lookalikeFinding(doc);
    if (finding) loaded.findings.push(finding);
  }
  return loaded;
}
function checkLoaded(loaded) {
  reportLookalikes(loaded);
  const checked = { file: loaded.file, source: loaded.source, documents: [], findings: loaded.findings };
  for (const manifest of loaded.manifests) {
    const { document, findings } = checkDocument(manifest);
    for (const finding of findings) checked.findings.push(finding);
    checked.documents.push(document);
  }
  return checked;
}

// node_modules/@marcbachmann/cel-js/lib/errors.js
var CelError = class extends Error {
  #node;
  #code;
  #range;
  #summary;
  constructor({ name, code, message, node, cause, range }) {
    super(message, cause ? { cause } : void 0);
    this.name = name;
    this.#code = code;
    this.#summary = message;
    this.#node = node;
    this.#range = range && normalizeRange(range) || normalizeRange(node);
    if (!node?.input) return;
    this.message = formatErrorWithHighlight(this.#summary, node, this.#range);
  }
  get node() {
    return this.#node;
  }
  get code() {
    return this.#code;
  }
  get range() {
    return this.#range;
  }
  get summary() {
    return this.#summary;
  }
  withAst(node) {
    if (this.#node || !node?.input) return this;
    this.#node = node;
    this.#range ??= normalizeRange(node);
    this.message = formatErrorWithHighlight(this.#summary, node, this.#range);
    return this;
  }
};
function normalizeArgs(name, defaultCode, message, node, cause) {
  if (typeof message === "string") return { name, code: defaultCode, message, node, cause };
  const opts = message;
  if (typeof opts !== "object") throw new Error("First param to error must be a string or object");
  return {
    name,
    code: opts.code || defaultCode,
    message: opts.message,
    node: opts.node,
    cause: opts.cause,
    range: opts.range
  };
}
var ParseError = class extends CelError {
  constructor(message, node, cause) {
    super(normalizeArgs("ParseError", "parse_error", message, node, cause));
  }
};
var EvaluationError = class extends CelError {
  constructor(message, node, cause) {
    super(normalizeArgs("EvaluationError", "evaluation_error", message, node, cause));
  }
};
var TypeError2 = class extends CelError {
  constructor(message, node, cause) {
    super(normalizeArgs("TypeError", "type_error", message, node, cause));
  }
};
function parseError(code, message, node) {
  if (typeof code === "object") return new ParseError(code);
  return new ParseError({ code, message, node });
}
function evaluationError(code, message, node) {
  if (typeof code === "object") return new EvaluationError(code);
  return new EvaluationError({ code, message, node });
}
function typeError(code, message, node) {
  if (typeof code === "object") return new TypeError2(code);
  return new TypeError2({ code, message, node });
}
function normalizeRange(node) {
  const start = node?.pos ?? node?.start;
  if (typeof start !== "number") return;
  const end = typeof node.end === "number" ? node.end : start;
  return { start, end };
}
function formatErrorWithHighlight(message, node, range) {
  const pos = node.pos ?? range?.start;
  if (typeof pos !== "number") return message;
  const input = node.input;
  let lineNum = 1;
  let currentPos = 0;
  let columnNum = 0;
  while (currentPos < pos) {
    if (input[currentPos] === "\n") {
      lineNum++;
      columnNum = 0;
    } else {
      columnNum++;
    }
    currentPos++;
  }
  let contextStart = pos;
  let contextEnd = pos;
  while (contextStart > 0 && input[contextStart - 1] !== "\n") contextStart--;
  while (contextEnd < input.length && input[contextEnd] !== "\n") contextEnd++;
  const line = input.slice(contextStart, contextEnd);
  const highlight = `> ${`${lineNum}`.padStart(4, " ")} | ${line}
${" ".repeat(9 + columnNum)}^`;
  return `${message}

${highlight}`;
}
function attachErrorAst(error, node) {
  if (error instanceof CelError) return error.withAst(node);
  return error;
}

// node_modules/@marcbachmann/cel-js/lib/optional.js
var Optional = class _Optional {
  #value;
  constructor(value) {
    this.#value = value;
  }
  static of(value) {
    if (value === void 0) return OPTIONAL_NONE;
    return new _Optional(value);
  }
  static none() {
    return OPTIONAL_NONE;
  }
  hasValue() {
    return this.#value !== void 0;
  }
  value() {
    if (this.#value === void 0) {
      throw evaluationError("optional_value_missing", "Optional value is not present");
    }
    return this.#value;
  }
  or(optional) {
    if (this.#value !== void 0) return this;
    if (optional instanceof _Optional) return optional;
    throw evaluationError(
      "invalid_optional_argument",
      "Optional.or must be called with an Optional argument"
    );
  }
  orValue(defaultValue) {
    return this.#value === void 0 ? defaultValue : this.#value;
  }
  get [Symbol.toStringTag]() {
    return "optional";
  }
  [/* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom")]() {
    return this.#value === void 0 ? `Optional { none }` : `Optional { value: ${JSON.stringify(this.#value)} }`;
  }
};
var OPTIONAL_NONE = Object.freeze(new Optional());
var OptionalNamespace = class {
};
var optionalNamespace = new OptionalNamespace();
function toggleOptionalTypes(registry, enable) {
  const optionalConstant = enable ? optionalNamespace : void 0;
  registry.deleteVariable("optional");
  registry.registerConstant("optional", "OptionalNamespace", optionalConstant);
}
function register(registry) {
  const sync = { async: false };
  const functionOverload = (sig, handler) => registry.registerFunctionOverload(sig, handler, sync);
  const optionalConstant = registry.enableOptionalTypes ? optionalNamespace : void 0;
  registry.registerType("OptionalNamespace", OptionalNamespace);
  registry.registerConstant("optional", "OptionalNamespace", optionalConstant);
  functionOverload("optional.hasValue(): bool", (v) => v.hasValue());
  functionOverload("optional<A>.value(): A", (v) => v.value());
  registry.registerFunctionOverload("OptionalNamespace.none(): optional<T>", () => Optional.none());
  functionOverload("OptionalNamespace.of(A): optional<A>", (_, value) => Optional.of(value));
  function ensureOptional(value, ast, description) {
    if (value instanceof Optional) return value;
    throw evaluationError("optional_expected", `${description} must be optional`, ast);
  }
  function evaluateOptional(ev, macro, ctx) {
    const v = ev.run(macro.receiver, ctx);
    if (v instanceof Promise) return v.then((_v) => handleOptionalResolved(_v, ev, macro, ctx));
    return handleOptionalResolved(v, ev, macro, ctx);
  }
  function handleOptionalResolved(value, ev, macro, ctx) {
    const optional = ensureOptional(value, macro.receiver, `${macro.functionDesc} receiver`);
    if (optional.hasValue()) return macro.onHasValue(optional);
    return macro.onEmpty(ev, macro, ctx);
  }
  function ensureOptionalType(checker, node, ctx, description) {
    const type = checker.check(node, ctx);
    if (type.kind === "optional") return type;
    if (type.kind === "dyn") return checker.getType("optional");
    throw checker.createError("optional_expected", `${description} must be optional, got '${type}'`, node);
  }
  function createOptionalMacro({ functionDesc, evaluate: evaluate2, typeCheck, onHasValue, onEmpty }) {
    return ({ ast, args, receiver }) => ({
      ast,
      functionDesc,
      receiver,
      arg: args[0],
      evaluate: evaluate2,
      typeCheck,
      onHasValue,
      onEmpty
    });
  }
  const invalidOrValueReceiver = "optional.orValue() receiver";
  const invalidOrReceiver = "optional.or(optional) receiver";
  const invalidOrArg = "optional.or(optional) argument";
  registry.registerFunctionOverload(
    "optional.or(ast): optional<dyn>",
    createOptionalMacro({
      functionDesc: "optional.or(optional)",
      evaluate: evaluateOptional,
      typeCheck(check2, macro, ctx) {
        const l = ensureOptionalType(check2, macro.receiver, ctx, invalidOrReceiver);
        const r = ensureOptionalType(check2, macro.arg, ctx, invalidOrArg);
        if (!(macro.receiver.maybeAsync || macro.arg.maybeAsync)) macro.ast.setMeta("async", false);
        const unified = l.unify(check2.registry, r);
        if (unified) return unified;
        throw check2.createError(
          "incompatible_argument_type",
          `${macro.functionDesc} argument must be compatible type, got '${l}' and '${r}'`,
          macro.arg
        );
      },
      onHasValue: (optional) => optional,
      onEmpty(ev, macro, ctx) {
        const ast = macro.arg;
        const v = ev.run(ast, ctx);
        if (v instanceof Promise) return v.then((_v) => ensureOptional(_v, ast, invalidOrArg));
        return ensureOptional(v, ast, invalidOrArg);
      }
    })
  );
  registry.registerFunctionOverload(
    "optional.orValue(ast): dyn",
    createOptionalMacro({
      functionDesc: "optional.orValue(value)",
      onHasValue: (optionalValue) => optionalValue.value(),
      onEmpty(ev, macro, ctx) {
        return ev.run(macro.arg, ctx);
      },
      evaluate: evaluateOptional,
      typeCheck(check2, macro, ctx) {
        const l = ensureOptionalType(check2, macro.receiver, ctx, invalidOrValueReceiver).valueType;
        const r = check2.check(macro.arg, ctx);
        if (!(macro.receiver.maybeAsync || macro.arg.maybeAsync)) macro.ast.setMeta("async", false);
        const unified = l.unify(check2.registry, r);
        if (unified) return unified;
        throw check2.createError(
          "incompatible_argument_type",
          `${macro.functionDesc} argument must be compatible type, got '${l}' and '${r}'`,
          macro.arg
        );
      }
    })
  );
}

// node_modules/@marcbachmann/cel-js/lib/globals.js
var hasOwn = Object.hasOwn;
var objKeys = Object.keys;
var objFreeze = Object.freeze;
var objEntries = Object.entries;
var isArray = Array.isArray;
var arrayFrom = Array.from;
var MIN_UINT = 0n;
var MAX_UINT = 18446744073709551615n;
var MAX_INT = 9223372036854775807n;
var MIN_INT = -9223372036854775808n;
function isAsync(fn, fallback) {
  if (fn?.[Symbol.toStringTag] === "AsyncFunction") return true;
  return typeof fallback === "boolean" ? fallback : true;
}
var RESERVED = /* @__PURE__ */ new Set([
  "as",
  "break",
  "const",
  "continue",
  "else",
  "for",
  "function",
  "if",
  "import",
  "let",
  "loop",
  "package",
  "namespace",
  "return",
  "var",
  "void",
  "while",
  "__proto__",
  "prototype"
]);

// node_modules/@marcbachmann/cel-js/lib/functions.js
var UnsignedInt = class {
  #value;
  constructor(value) {
    this.verify(typeof value === "bigint" ? value : BigInt(value));
  }
  get value() {
    return this.#value;
  }
  valueOf() {
    return this.#value;
  }
  toString() {
    return `${this.#value}`;
  }
  verify(v) {
    if (v < MIN_UINT || v > MAX_UINT) {
      throw evaluationError("numeric_overflow", "Unsigned integer overflow");
    }
    this.#value = v;
  }
  get [Symbol.toStringTag]() {
    return `value = ${this.#value}`;
  }
  [/* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom")]() {
    return `UnsignedInteger { value: ${this.#value} }`;
  }
};
var billion = 1e9;
var billionBigInt = 1000000000n;
var UNIT_NANOSECONDS = {
  h: 3600000000000n,
  m: 60000000000n,
  s: billionBigInt,
  ms: 1000000n,
  us: 1000n,
  \u00B5s: 1000n,
  ns: 1n
};
var Duration = class _Duration {
  #seconds;
  #nanos;
  constructor(seconds, nanos = 0) {
    this.#seconds = BigInt(seconds);
    this.#nanos = nanos;
  }
  get seconds() {
    return this.#seconds;
  }
  get nanos() {
    return this.#nanos;
  }
  valueOf() {
    return Number(this.#seconds) * 1e3 + this.#nanos / 1e6;
  }
  static fromMilliseconds(ms) {
    const totalNanos = BigInt(Math.trunc(ms * 1e6));
    const seconds = totalNanos / billionBigInt;
    const nanos = Number(totalNanos % billionBigInt);
    return new _Duration(seconds, nanos);
  }
  addDuration(other) {
    const nanos = this.#nanos + other.nanos;
    return new _Duration(
      this.#seconds + other.seconds + BigInt(Math.floor(nanos / billion)),
      nanos % billion
    );
  }
  subtractDuration(other) {
    const nanos = this.#nanos - other.nanos;
    return new _Duration(
      this.#seconds - other.seconds + BigInt(Math.floor(nanos / billion)),
      (nanos + billion) % billion
    );
  }
  extendTimestamp(ts) {
    return new Date(
      ts.getTime() + Number(this.#seconds) * 1e3 + Math.floor(this.#nanos / 1e6)
    );
  }
  subtractTimestamp(ts) {
    return new Date(
      ts.getTime() - Number(this.#seconds) * 1e3 - Math.floor(this.#nanos / 1e6)
    );
  }
  toString() {
    const nanos = this.#nanos ? (this.#nanos / billion).toLocaleString("en-US", { useGrouping: false, maximumFractionDigits: 9 }).slice(1) : "";
    return `${this.#seconds}${nanos}s`;
  }
  getHours() {
    return this.#seconds / 3600n;
  }
  getMinutes() {
    return this.#seconds / 60n;
  }
  getSeconds() {
    return this.#seconds;
  }
  getMilliseconds() {
    return this.#seconds * 1000n + BigInt(Math.floor(this.#nanos / 1e6));
  }
  get [Symbol.toStringTag]() {
    return "google.protobuf.Duration";
  }
  [/* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom")]() {
    return `google.protobuf.Duration { seconds: ${this.#seconds}, nanos: ${this.#nanos} }`;
  }
};
function registerFunctions(registry) {
  const sync = { async: false };
  const functionOverload = (sig, handler) => registry.registerFunctionOverload(sig, handler, sync);
  const identity2 = (v) => v;
  functionOverload("dyn(dyn): dyn", identity2);
  for (const _t in TYPES) {
    const type = TYPES[_t];
    if (!(type instanceof Type)) continue;
    functionOverload(`type(${type.name}): type`, () => type);
  }
  functionOverload("bool(bool): bool", identity2);
  functionOverload("bool(string): bool", (v) => {
    switch (v) {
      case "1":
      case "t":
      case "true":
      case "TRUE":
      case "True":
        return true;
      case "0":
      case "f":
      case "false":
      case "FALSE":
      case "False":
        return false;
      default:
        throw evaluationError(
          "bool_conversion_error",
          `bool() conversion error: invalid string value "${v}"`
        );
    }
  });
  functionOverload("size(string): int", (v) => BigInt(stringSize(v)));
  functionOverload("size(bytes): int", (v) => BigInt(v.length));
  functionOverload("size(list): int", (v) => BigInt(v.length ?? v.size));
  functionOverload("size(map): int", (v) => BigInt(v instanceof Map ? v.size : objKeys(v).length));
  functionOverload("string.size(): int", (v) => BigInt(stringSize(v)));
  functionOverload("bytes.size(): int", (v) => BigInt(v.length));
  functionOverload("list.size(): int", (v) => BigInt(v.length ?? v.size));
  functionOverload("map.size(): int", (v) => BigInt(v instanceof Map ? v.size : objKeys(v).length));
  functionOverload("bytes(string): bytes", (v) => ByteOpts.fromString(v));
  functionOverload("bytes(bytes): bytes", identity2);
  functionOverload("double(double): double", identity2);
  functionOverload("double(int): double", (v) => Number(v));
  functionOverload("double(uint): double", (v) => Number(v));
  functionOverload("double(string): double", (v) => {
    if (!v || v !== v.trim())
      throw evaluationError(
        "double_conversion_error",
        "double() type error: cannot convert to double"
      );
    const s = v.toLowerCase();
    switch (s) {
      case "inf":
      case "+inf":
      case "infinity":
      case "+infinity":
        return Number.POSITIVE_INFINITY;
      case "-inf":
      case "-infinity":
        return Number.NEGATIVE_INFINITY;
      case "nan":
        return Number.NaN;
      default: {
        const parsed = Number(v);
        if (!Number.isNaN(parsed)) return parsed;
        throw evaluationError(
          "double_conversion_error",
          "double() type error: cannot convert to double"
        );
      }
    }
  });
  functionOverload("int(int): int", identity2);
  functionOverload("int(double): int", (v) => {
    if (Number.isFinite(v)) return BigInt(Math.trunc(v));
    throw evaluationError("numeric_overflow", "int() type error: integer overflow");
  });
  functionOverload("int(string): int", (v) => {
    if (v !== v.trim() || v.length > 20 || v.includes("0x")) {
      throw evaluationError("int_conversion_error", "int() type error: cannot convert to int");
    }
    try {
      const num = BigInt(v);
      if (num <= MAX_INT && num >= MIN_INT) return num;
    } catch (_e) {
    }
    throw evaluationError("int_conversion_error", "int() type error: cannot convert to int");
  });
  functionOverload("uint(uint): uint", identity2);
  functionOverload("uint(int): uint", (v) => {
    try {
      return new UnsignedInt(v);
    } catch (e) {
      throw evaluationError("uint_conversion_error", "uint() type error: cannot convert to uint");
    }
  });
  functionOverload("uint(double): uint", (v) => {
    try {
      return new UnsignedInt(Math.trunc(v));
    } catch (e) {
      throw evaluationError("numeric_overflow", "uint() type error: unsigned integer overflow");
    }
  });
  functionOverload("uint(string): uint", (v) => {
    if (v !== v.trim() || v.length > 20 || v.includes("0x")) {
      throw evaluationError("uint_conversion_error", "uint() type error: cannot convert to uint");
    }
    try {
      return new UnsignedInt(v);
    } catch (e) {
      throw evaluationError("uint_conversion_error", "uint() type error: cannot convert to uint");
    }
  });
  functionOverload("string(string): string", identity2);
  functionOverload("string(bool): string", (v) => `${v}`);
  functionOverload("string(int): string", (v) => `${v}`);
  functionOverload("string(uint): string", (v) => `${v}`);
  functionOverload("string(bytes): string", (v) => ByteOpts.toUtf8(v));
  functionOverload("string(double): string", (v) => {
    if (v === Infinity) return "+Inf";
    if (v === -Infinity) return "-Inf";
    return `${v}`;
  });
  functionOverload("string.startsWith(string): bool", (a, b) => a.startsWith(b));
  functionOverload("string.endsWith(string): bool", (a, b) => a.endsWith(b));
  functionOverload("string.contains(string): bool", (a, b) => a.includes(b));
  functionOverload("string.lowerAscii(): string", (a) => a.toLowerCase());
  functionOverload("string.upperAscii(): string", (a) => a.toUpperCase());
  functionOverload("string.trim(): string", (a) => a.trim());
  functionOverload(
    "string.indexOf(string): int",
    (string, search) => BigInt(string.indexOf(search))
  );
  functionOverload("string.indexOf(string, int): int", (string, search, fromIndex) => {
    if (search === "") return fromIndex;
    fromIndex = Number(fromIndex);
    if (fromIndex < 0 || fromIndex >= string.length) {
      throw evaluationError(
        "index_out_of_range",
        "string.indexOf(search, fromIndex): fromIndex out of range"
      );
    }
    return BigInt(string.indexOf(search, fromIndex));
  });
  functionOverload(
    "string.lastIndexOf(string): int",
    (string, search) => BigInt(string.lastIndexOf(search))
  );
  functionOverload("string.lastIndexOf(string, int): int", (string, search, fromIndex) => {
    if (search === "") return fromIndex;
    fromIndex = Number(fromIndex);
    if (fromIndex < 0 || fromIndex >= string.length) {
      throw evaluationError(
        "index_out_of_range",
        "string.lastIndexOf(search, fromIndex): fromIndex out of range"
      );
    }
    return BigInt(string.lastIndexOf(search, fromIndex));
  });
  functionOverload("string.substring(int): string", (string, start) => {
    start = Number(start);
    if (start < 0 || start > string.length) {
      throw evaluationError(
        "index_out_of_range",
        "string.substring(start, end): start index out of range"
      );
    }
    return string.substring(start);
  });
  functionOverload("string.substring(int, int): string", (string, start, end) => {
    start = Number(start);
    if (start < 0 || start > string.length) {
      throw evaluationError(
        "index_out_of_range",
        "string.substring(start, end): start index out of range"
      );
    }
    end = Number(end);
    if (end < start || end > string.length) {
      throw evaluationError(
        "index_out_of_range",
        "string.substring(start, end): end index out of range"
      );
    }
    return string.substring(start, end);
  });
  functionOverload("string.matches(string): bool", (a, b) => {
    try {
      return new RegExp(b).test(a);
    } catch (_err) {
      throw evaluationError("invalid_regular_expression", `Invalid regular expression: ${b}`);
    }
  });
  functionOverload("string.split(string): list<string>", (s, sep) => s.split(sep));
  functionOverload("string.split(string, int): list<string>", (s, sep, l) => {
    l = Number(l);
    if (l === 0) return [];
    const parts = s.split(sep);
    if (l < 0 || parts.length <= l) return parts;
    const limited = parts.slice(0, l - 1);
    limited.push(parts.slice(l - 1).join(sep));
    return limited;
  });
  functionOverload("list<string>.join(): string", (v) => {
    for (let i = 0; i < v.length; i++) {
      if (typeof v[i] !== "string") {
        throw evaluationError(
          "invalid_list_element_type",
          "string.join(): list must contain only strings"
        );
      }
    }
    return v.join("");
  });
  functionOverload("list<string>.join(string): string", (v, sep) => {
    for (let i = 0; i < v.length; i++) {
      if (typeof v[i] !== "string") {
        throw evaluationError(
          "invalid_list_element_type",
          "string.join(separator): list must contain only strings"
        );
      }
    }
    return v.join(sep);
  });
  const textEncoder = new TextEncoder("utf8");
  const textDecoder = new TextDecoder("utf8");
  const ByteOpts = typeof Buffer !== "undefined" ? {
    byteLength: (v) => Buffer.byteLength(v),
    fromString: (str) => Buffer.from(str, "utf8"),
    toHex: (b) => Buffer.prototype.hexSlice.call(b, 0, b.length),
    toBase64: (b) => Buffer.prototype.base64Slice.call(b, 0, b.length),
    toUtf8: (b) => Buffer.prototype.utf8Slice.call(b, 0, b.length),
    jsonParse: (b) => JSON.parse(b)
  } : {
    textEncoder: new TextEncoder("utf8"),
    byteLength: (v) => textEncoder.encode(v).length,
    fromString: (str) => textEncoder.encode(str),
    toHex: Uint8Array.prototype.toHex ? (b) => b.toHex() : (b) => arrayFrom(b, (i) => i.toString(16).padStart(2, "0")).join(""),
    toBase64: Uint8Array.prototype.toBase64 ? (b) => b.toBase64() : (b) => btoa(arrayFrom(b, (i) => String.fromCodePoint(i)).join("")),
    toUtf8: (b) => textDecoder.decode(b),
    jsonParse: (b) => JSON.parse(textEncoder.decode(b))
  };
  functionOverload("bytes.json(): map", ByteOpts.jsonParse);
  functionOverload("bytes.hex(): string", ByteOpts.toHex);
  functionOverload("bytes.string(): string", ByteOpts.toUtf8);
  functionOverload("bytes.base64(): string", ByteOpts.toBase64);
  functionOverload("bytes.at(int): int", (b, index) => {
    if (index < 0 || index >= b.length) {
      throw evaluationError("index_out_of_range", "Bytes index out of range");
    }
    return BigInt(b[index]);
  });
  const TS = "google.protobuf.Timestamp";
  const GPD = "google.protobuf.Duration";
  const TimestampType = registry.registerType(TS, Date).typeType;
  const DurationType = registry.registerType(GPD, Duration).typeType;
  registry.registerConstant("google", "map<string, map<string, type>>", {
    protobuf: { Duration: DurationType, Timestamp: TimestampType }
  });
  function tzDate(d, timeZone) {
    return new Date(d.toLocaleString("en-US", { timeZone }));
  }
  function getDayOfYear(d, tz) {
    const workingDate = tz ? tzDate(d, tz) : new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
    const start = new Date(workingDate.getFullYear(), 0, 0);
    return BigInt(Math.floor((workingDate - start) / 864e5) - 1);
  }
  functionOverload(`timestamp(string): ${TS}`, (v) => {
    if (v.length < 20 || v.length > 30) {
      throw evaluationError("invalid_timestamp", "timestamp() requires a string in ISO 8601 format");
    }
    const d = new Date(v);
    if (d <= 253402300799999 && d >= -621355968e5) return d;
    throw evaluationError("invalid_timestamp", "timestamp() requires a string in ISO 8601 format");
  });
  functionOverload(`timestamp(int): ${TS}`, (i) => {
    i = Number(i) * 1e3;
    if (i <= 253402300799999 && i >= -621355968e5) return new Date(i);
    throw evaluationError(
      "invalid_timestamp",
      "timestamp() requires a valid integer unix timestamp"
    );
  });
  functionOverload(`${TS}.getDate(): int`, (d) => BigInt(d.getUTCDate()));
  functionOverload(`${TS}.getDate(string): int`, (d, tz) => BigInt(tzDate(d, tz).getDate()));
  functionOverload(`${TS}.getDayOfMonth(): int`, (d) => BigInt(d.getUTCDate() - 1));
  functionOverload(
    `${TS}.getDayOfMonth(string): int`,
    (d, tz) => BigInt(tzDate(d, tz).getDate() - 1)
  );
  functionOverload(`${TS}.getDayOfWeek(): int`, (d) => BigInt(d.getUTCDay()));
  functionOverload(`${TS}.getDayOfWeek(string): int`, (d, tz) => BigInt(tzDate(d, tz).getDay()));
  functionOverload(`${TS}.getDayOfYear(): int`, getDayOfYear);
  functionOverload(`${TS}.getDayOfYear(string): int`, getDayOfYear);
  functionOverload(`${TS}.getFullYear(): int`, (d) => BigInt(d.getUTCFullYear()));
  functionOverload(`${TS}.getFullYear(string): int`, (d, tz) => BigInt(tzDate(d, tz).getFullYear()));
  functionOverload(`${TS}.getHours(): int`, (d) => BigInt(d.getUTCHours()));
  functionOverload(`${TS}.getHours(string): int`, (d, tz) => BigInt(tzDate(d, tz).getHours()));
  functionOverload(`${TS}.getMilliseconds(): int`, (d) => BigInt(d.getUTCMilliseconds()));
  functionOverload(`${TS}.getMilliseconds(string): int`, (d) => BigInt(d.getUTCMilliseconds()));
  functionOverload(`${TS}.getMinutes(): int`, (d) => BigInt(d.getUTCMinutes()));
  functionOverload(`${TS}.getMinutes(string): int`, (d, tz) => BigInt(tzDate(d, tz).getMinutes()));
  functionOverload(`${TS}.getMonth(): int`, (d) => BigInt(d.getUTCMonth()));
  functionOverload(`${TS}.getMonth(string): int`, (d, tz) => BigInt(tzDate(d, tz).getMonth()));
  functionOverload(`${TS}.getSeconds(): int`, (d) => BigInt(d.getUTCSeconds()));
  functionOverload(`${TS}.getSeconds(string): int`, (d, tz) => BigInt(tzDate(d, tz).getSeconds()));
  const parseDurationPattern = /(\d*\.?\d*)(ns|us|µs|ms|s|m|h)/;
  function parseDuration(string) {
    if (!string) throw evaluationError("invalid_duration", `Invalid duration string: ''`);
    const isNegative = string[0] === "-";
    if (string[0] === "-" || string[0] === "+") string = string.slice(1);
    let nanoseconds = BigInt(0);
    while (true) {
      const match = parseDurationPattern.exec(string);
      if (!match) throw evaluationError("invalid_duration", `Invalid duration string: ${string}`);
      if (match.index !== 0)
        throw evaluationError("invalid_duration", `Invalid duration string: ${string}`);
      string = string.slice(match[0].length);
      const unitNanos = UNIT_NANOSECONDS[match[2]];
      const [intPart = "0", fracPart = ""] = match[1].split(".");
      const intVal = BigInt(intPart) * unitNanos;
      const fracNanos = fracPart ? BigInt(fracPart.slice(0, 13).padEnd(13, "0")) * unitNanos / 10000000000000n : 0n;
      nanoseconds += intVal + fracNanos;
      if (string === "") break;
    }
    const seconds = nanoseconds >= billionBigInt ? nanoseconds / billionBigInt : 0n;
    const nanos = Number(nanoseconds % billionBigInt);
    if (isNegative) return new Duration(-seconds, -nanos);
    return new Duration(seconds, nanos);
  }
  functionOverload(`duration(string): google.protobuf.Duration`, (s) => parseDuration(s));
  functionOverload(`google.protobuf.Duration.getHours(): int`, (d) => d.getHours());
  functionOverload(`google.protobuf.Duration.getMinutes(): int`, (d) => d.getMinutes());
  functionOverload(`google.protobuf.Duration.getSeconds(): int`, (d) => d.getSeconds());
  functionOverload(`google.protobuf.Duration.getMilliseconds(): int`, (d) => d.getMilliseconds());
  register(registry);
}
function stringSize(str) {
  let count = 0;
  for (const c of str) count++;
  return count;
}

// node_modules/@marcbachmann/cel-js/lib/registry.js
var Type = class {
  #name;
  constructor(name) {
    this.#name = name;
    objFreeze(this);
  }
  get name() {
    return this.#name;
  }
  get [Symbol.toStringTag]() {
    return `Type<${this.#name}>`;
  }
  toString() {
    return `Type<${this.#name}>`;
  }
};
var TYPES = {
  string: new Type("string"),
  bool: new Type("bool"),
  int: new Type("int"),
  uint: new Type("uint"),
  double: new Type("double"),
  map: new Type("map"),
  list: new Type("list"),
  bytes: new Type("bytes"),
  null_type: new Type("null"),
  type: new Type("type")
};
var optionalType = new Type("optional");
var valueTypeMatchers = {
  dyn(v, ev) {
    switch (typeof v) {
      case "string":
      case "bigint":
      case "number":
      case "boolean":
        return true;
      case "object":
        switch (v ? v.constructor : v) {
          case null:
          case void 0:
          case Object:
          case Map:
          case Array:
          case Set:
            return true;
          default:
            if (ev.objectTypesByConstructor.get(v.constructor)) return true;
        }
    }
    return !!ev.debugType(v);
  },
  string(v) {
    return typeof v === "string";
  },
  int(v) {
    return typeof v === "bigint";
  },
  double(v) {
    return typeof v === "number";
  },
  bool(v) {
    return typeof v === "boolean";
  },
  null(v) {
    return v === null;
  },
  bytes(v) {
    return v instanceof Uint8Array;
  },
  uint(v) {
    return v instanceof UnsignedInt;
  },
  type(v) {
    return v instanceof Type;
  },
  list(v) {
    switch (v?.constructor) {
      case Array:
      case Set:
        return true;
      default:
        return false;
    }
  },
  map(v) {
    switch (typeof v === "object" && v ? v.constructor : null) {
      case void 0:
      case Object:
      case Map:
        return true;
      default:
        return false;
    }
  },
  optional(v) {
    return v instanceof Optional;
  },
  message(v, ev) {
    return this === ev.debugType(v);
  }
};
valueTypeMatchers.param = valueTypeMatchers.dyn;
var TypeDeclaration = class {
  #matchesCache = /* @__PURE__ */ new WeakMap();
  constructor({ kind, type, name, keyType, valueType }) {
    this.kind = kind;
    this.type = type;
    this.name = name;
    this.keyType = keyType;
    this.valueType = valueType;
    this.unwrappedType = kind === "dyn" && valueType ? valueType.unwrappedType : this;
    this.wrappedType = kind === "dyn" ? this : _createDynType(this.unwrappedType);
    this.hasDynType = this.kind === "dyn" || this.valueType?.hasDynType || this.keyType?.hasDynType || false;
    this.hasPlaceholderType = this.kind === "param" || this.keyType?.hasPlaceholderType || this.valueType?.hasPlaceholderType || false;
    if (kind === "list") this.fieldLazy = this.#getListField;
    else if (kind === "map") this.fieldLazy = this.#getMapField;
    else if (kind === "message") this.fieldLazy = this.#getMessageField;
    else if (kind === "optional") this.fieldLazy = this.#getOptionalField;
    this.matchesValueType = valueTypeMatchers[name] || valueTypeMatchers[kind];
    objFreeze(this);
  }
  isDynOrBool() {
    return this.type === "bool" || this.kind === "dyn";
  }
  isEmpty() {
    return this.valueType && this.valueType.kind === "param";
  }
  unify(r, t2) {
    const t1 = this;
    if (t1 === t2 || t1.kind === "dyn" || t2.kind === "param") return t1;
    if (t2.kind === "dyn" || t1.kind === "param") return t2;
    if (t1.kind !== t2.kind) return null;
    if (!(t1.hasPlaceholderType || t2.hasPlaceholderType || t1.hasDynType || t2.hasDynType))
      return null;
    const valueType = t1.valueType.unify(r, t2.valueType);
    if (!valueType) return null;
    switch (t1.kind) {
      case "optional":
        return r.getOptionalType(valueType);
      case "list":
        return r.getListType(valueType);
      case "map":
        const keyType = t1.keyType.unify(r, t2.keyType);
        return keyType ? r.getMapType(keyType, valueType) : null;
    }
  }
  templated(r, bind) {
    if (!this.hasPlaceholderType) return this;
    switch (this.kind) {
      case "dyn":
        return this.valueType.templated(r, bind);
      case "param":
        return bind?.get(this.name) || this;
      case "map":
        return r.getMapType(this.keyType.templated(r, bind), this.valueType.templated(r, bind));
      case "list":
        return r.getListType(this.valueType.templated(r, bind));
      case "optional":
        return r.getOptionalType(this.valueType.templated(r, bind));
      default:
        return this;
    }
  }
  toString() {
    return this.name;
  }
  #getOptionalField(obj, key, ast, ev) {
    obj = obj instanceof Optional ? obj.orValue() : obj;
    if (obj === void 0) return OPTIONAL_NONE;
    const type = ev.debugType(obj);
    try {
      return Optional.of(type.fieldLazy(obj, key, ast, ev));
    } catch (e) {
      if (e instanceof EvaluationError) return OPTIONAL_NONE;
      throw e;
    }
  }
  #getMessageField(obj, key, ast, ev) {
    const message = obj ? ev.objectTypesByConstructor.get(obj.constructor) : void 0;
    if (!message) return;
    const type = message.fields ? message.fields[key] : dynType;
    if (!type) return void 0;
    const value = obj instanceof Map ? obj.get(key) : obj[key];
    if (value === void 0) return;
    if (type.matchesValueType(value, ev)) return value;
    throw evaluationError(
      "field_type_mismatch",
      `Field '${key}' is not of type '${type}', got '${ev.debugType(value)}'`,
      ast
    );
  }
  #getMapField(obj, key, ast, ev) {
    const value = obj instanceof Map ? obj.get(key) : obj && hasOwn(obj, key) ? obj[key] : void 0;
    if (value === void 0) return;
    if (this.valueType.matchesValueType(value, ev)) return value;
    throw evaluationError(
      "field_type_mismatch",
      `Field '${key}' is not of type '${this.valueType}', got '${ev.debugType(value)}'`,
      ast
    );
  }
  #getListElementAtIndex(list3, pos) {
    switch (list3?.constructor) {
      case Array:
        return list3[pos];
      case Set: {
        let i = 0;
        for (const item of list3) {
          if (i++ !== pos) continue;
          return item;
        }
      }
    }
  }
  #getListField(obj, key, ast, ev) {
    if (typeof key === "bigint") key = Number(key);
    else if (typeof key !== "number") return;
    const value = this.#getListElementAtIndex(obj, key);
    if (value === void 0) {
      if (!obj) return;
      throw evaluationError(
        "index_out_of_bounds",
        `No such key: index out of bounds, index ${key} ${key < 0 ? "< 0" : `>= size ${obj.length || obj.size}`}`,
        ast
      );
    }
    if (this.valueType.matchesValueType(value, ev)) return value;
    throw evaluationError(
      "list_item_type_mismatch",
      `List item with index '${key}' is not of type '${this.valueType}', got '${ev.debugType(value)}'`,
      ast
    );
  }
  fieldLazy() {
  }
  field(obj, key, ast, ev) {
    const v = this.fieldLazy(obj, key, ast, ev);
    if (v !== void 0) return v;
    throw evaluationError("no_such_key", `No such key: ${key}`, ast);
  }
  matchesBoth(other) {
    return this.matches(other) && other.matches(this);
  }
  matches(o) {
    const s = this.unwrappedType;
    o = o.unwrappedType;
    if (s === o || s.kind === "dyn" || o.kind === "dyn" || o.kind === "param") return true;
    return this.#matchesCache.get(o) ?? this.#matchesCache.set(o, this.#matches(s, o)).get(o);
  }
  #matches(s, o) {
    switch (s.kind) {
      case "dyn":
      case "param":
        return true;
      case "list":
        return o.kind === "list" && s.valueType.matches(o.valueType);
      case "map":
        return o.kind === "map" && s.keyType.matches(o.keyType) && s.valueType.matches(o.valueType);
      case "optional":
        return o.kind === "optional" && s.valueType.matches(o.valueType);
      default:
        return s.name === o.name;
    }
  }
};
var macroEvaluateErr = `have a .callAst property or .evaluate(checker, macro, ctx) method.`;
var macroTypeCheckErr = `have a .callAst property or .typeCheck(checker, macro, ctx) method.`;
function wrapMacroExpander(name, handler) {
  const p = `Macro '${name}' must`;
  return function macroExpander(opts) {
    const macro = handler(opts);
    if (!macro || typeof macro !== "object") throw new Error(`${p} return an object.`);
    if (macro.callAst) return macro;
    if (!macro.evaluate) throw new Error(`${p} ${macroEvaluateErr}`);
    if (!macro.typeCheck) throw new Error(`${p} ${macroTypeCheckErr}`);
    return macro;
  };
}
var VariableDeclaration = class {
  constructor(name, type, description, value) {
    this.name = name;
    this.type = type;
    this.description = description ?? null;
    this.constant = value !== void 0;
    this.value = value;
    objFreeze(this);
  }
};
var FunctionDeclaration = class {
  constructor({ name, receiverType, returnType, handler, description, params, async }) {
    if (typeof name !== "string") throw new Error("name must be a string");
    if (typeof handler !== "function") throw new Error("handler must be a function");
    this.name = name;
    this.async = isAsync(handler, async);
    this.receiverType = receiverType ?? null;
    this.returnType = returnType;
    this.description = description ?? null;
    this.params = params;
    this.argTypes = params.map((p) => p.type);
    this.macro = this.argTypes.includes(astType);
    const receiverString = receiverType ? `${receiverType}.` : "";
    this.signature = `${receiverString}${name}(${this.argTypes.join(", ")}): ${returnType}`;
    this.handler = this.macro ? wrapMacroExpander(this.signature, handler) : handler;
    this.partitionKey = `${receiverType ? "rcall" : "call"}:${name}:${params.length}`;
    this.hasPlaceholderType = this.returnType.hasPlaceholderType || this.receiverType?.hasPlaceholderType || this.argTypes.some((t) => t.hasPlaceholderType) || false;
    objFreeze(this);
  }
  matchesArgs(argTypes) {
    return argTypes.length === this.argTypes.length && this.argTypes.every((t, i) => t.matches(argTypes[i])) ? this : null;
  }
};
var OperatorDeclaration = class {
  constructor({ op, leftType, rightType, handler, returnType, async }) {
    this.operator = op;
    this.leftType = leftType;
    this.rightType = rightType || null;
    this.handler = handler;
    this.async = isAsync(handler, async);
    this.returnType = returnType;
    if (rightType) this.signature = `${leftType} ${op} ${rightType}: ${returnType}`;
    else this.signature = `${op}${leftType}: ${returnType}`;
    this.hasPlaceholderType = this.leftType.hasPlaceholderType || this.rightType?.hasPlaceholderType || false;
    objFreeze(this);
  }
  equals(other) {
    return this.operator === other.operator && this.leftType === other.leftType && this.rightType === other.rightType;
  }
};
function _createListType(valueType) {
  return new TypeDeclaration({
    kind: "list",
    name: `list<${valueType}>`,
    type: "list",
    valueType
  });
}
function _createPrimitiveType(name) {
  return new TypeDeclaration({ kind: "primitive", name, type: name });
}
function _createMessageType(name) {
  return new TypeDeclaration({ kind: "message", name, type: name });
}
function _createDynType(valueType) {
  const name = valueType ? `dyn<${valueType}>` : "dyn";
  return new TypeDeclaration({ kind: "dyn", name, type: name, valueType });
}
function _createOptionalType(valueType) {
  const name = `optional<${valueType}>`;
  return new TypeDeclaration({ kind: "optional", name, type: "optional", valueType });
}
function _createMapType(keyType, valueType) {
  return new TypeDeclaration({
    kind: "map",
    name: `map<${keyType}, ${valueType}>`,
    type: "map",
    keyType,
    valueType
  });
}
function _createPlaceholderType(name) {
  return new TypeDeclaration({ kind: "param", name, type: name });
}
var dynType = _createDynType();
var astType = _createPrimitiveType("ast");
var listType = _createListType(dynType);
var mapType = _createMapType(dynType, dynType);
var celTypes = {
  string: _createPrimitiveType("string"),
  bool: _createPrimitiveType("bool"),
  int: _createPrimitiveType("int"),
  uint: _createPrimitiveType("uint"),
  double: _createPrimitiveType("double"),
  bytes: _createPrimitiveType("bytes"),
  dyn: dynType,
  null: _createPrimitiveType("null"),
  type: _createPrimitiveType("type"),
  optional: _createOptionalType(dynType),
  list: listType,
  "list<dyn>": listType,
  map: mapType,
  "map<dyn, dyn>": mapType
};
for (const t of [celTypes.string, celTypes.double, celTypes.int]) {
  const list3 = _createListType(t);
  const map = _createMapType(celTypes.string, t);
  celTypes[list3.name] = list3;
  celTypes[map.name] = map;
}
Object.freeze(celTypes);
var Candidates = class {
  returnType = null;
  async = false;
  macro = false;
  #matchCache = null;
  #checkCache = null;
  /** @type {Array<FunctionDeclaration>|Array<OperatorDeclaration>} */
  declarations = [];
  constructor(registry) {
    this.registry = registry;
  }
  [Symbol.iterator]() {
    return this.declarations[Symbol.iterator]();
  }
  add(decl) {
    this.returnType = (this.returnType || decl.returnType).unify(this.registry, decl.returnType) || dynType;
    if (decl.macro) this.macro = decl;
    if (decl.async && !this.async) this.async = true;
    this.declarations.push(decl);
    this.#matchCache?.clear();
    this.#checkCache?.clear();
  }
  findFunction(argTypes, receiverType = null) {
    for (let i = 0; i < this.declarations.length; i++) {
      const match = this.#matchesFunction(this.declarations[i], argTypes, receiverType);
      if (match) return match;
    }
    return null;
  }
  findUnaryOverload(left) {
    const cached = (this.#matchCache ??= /* @__PURE__ */ new Map()).get(left);
    if (cached !== void 0) return cached;
    let value = false;
    for (const decl of this.declarations) {
      if (decl.leftType !== left) continue;
      value = decl;
      break;
    }
    this.#matchCache.set(left, value);
    return value;
  }
  findBinaryOverload(left, right) {
    if (left.kind === "dyn" && left.valueType) right = right.wrappedType;
    else if (right.kind === "dyn" && right.valueType) left = left.wrappedType;
    return (this.#matchCache ??= /* @__PURE__ */ new Map()).get(left)?.get(right) ?? this.#cacheBinary(this.#matchCache, left, right, this.#findBinaryUncached(left, right));
  }
  checkBinaryOverload(left, right) {
    return (this.#checkCache ??= /* @__PURE__ */ new Map()).get(left)?.get(right) ?? this.#cacheBinary(this.#checkCache, left, right, this.#checkBinaryUncached(left, right));
  }
  #cacheBinary(c, l, r, v) {
    return (c.get(l) || c.set(l, /* @__PURE__ */ new Map()).get(l)).set(r, v), v;
  }
  #findBinaryUncached(left, right) {
    const ops = this.#findBinaryOverloads(left, right);
    if (ops.length === 0) return false;
    if (ops.length === 1) return ops[0];
    throw new Error(`Operator overload '${ops[0].signature}' overlaps with '${ops[1].signature}'.`);
  }
  #checkBinaryUncached(left, right) {
    const ops = this.#findBinaryOverloads(left, right);
    if (ops.length === 0) return false;
    let rt = ops[0].returnType;
    for (let i = 1; i < ops.length; i++) rt = rt.unify(this.registry, ops[i].returnType) || dynType;
    return rt;
  }
  #findBinaryOverloads(leftType, rightType) {
    const nonexactMatches = [];
    for (const decl of this.declarations) {
      if (decl.leftType === leftType && decl.rightType === rightType) return [decl];
      const secondary = this.#matchBinaryOverload(decl, leftType, rightType);
      if (secondary) nonexactMatches.push(secondary);
    }
    if (nonexactMatches.length === 0) {
      const op = this.declarations[0]?.operator;
      if ((op === "==" || op === "!=") && leftType.kind === "dyn") {
        return fallbackDynEqualityMatchers[op];
      }
    }
    return nonexactMatches;
  }
  #matchBinaryOverload(decl, actualLeft, actualRight) {
    const bindings = decl.hasPlaceholderType ? /* @__PURE__ */ new Map() : null;
    const leftType = this.#matchTypeWithPlaceholders(decl.leftType, actualLeft, bindings);
    if (!leftType) return;
    const rightType = this.#matchTypeWithPlaceholders(decl.rightType, actualRight, bindings);
    if (!rightType) return;
    if ((decl.operator === "==" || decl.operator === "!=") && decl.leftType.kind === "dyn" && decl.leftType.valueType && actualLeft.kind !== "dyn" && actualRight.kind !== "dyn")
      return false;
    return decl.hasPlaceholderType ? {
      async: decl.async,
      signature: decl.signature,
      handler: decl.handler,
      leftType,
      rightType,
      returnType: decl.returnType.templated(this.registry, bindings)
    } : decl;
  }
  #matchesFunction(fn, argTypes, receiverType) {
    if (fn.hasPlaceholderType) return this.#matchWithPlaceholders(fn, argTypes, receiverType);
    if (receiverType && fn.receiverType && !receiverType.matches(fn.receiverType)) return;
    return fn.matchesArgs(argTypes);
  }
  #matchWithPlaceholders(fn, argTypes, receiverType) {
    const bindings = /* @__PURE__ */ new Map();
    if (receiverType && fn.receiverType) {
      if (!this.#matchTypeWithPlaceholders(fn.receiverType, receiverType, bindings)) {
        return null;
      }
    }
    for (let i = 0; i < argTypes.length; i++) {
      if (!this.#matchTypeWithPlaceholders(fn.argTypes[i], argTypes[i], bindings)) {
        return null;
      }
    }
    return {
      async: fn.async,
      handler: fn.handler,
      signature: fn.signature,
      returnType: fn.returnType.templated(this.registry, bindings)
    };
  }
  #matchTypeWithPlaceholders(declared, actual, bindings) {
    if (!declared.hasPlaceholderType) return actual.matches(declared) ? actual : null;
    const treatAsDyn = actual.kind === "dyn";
    if (!this.#collectPlaceholderBindings(declared, actual, bindings, treatAsDyn)) return null;
    if (treatAsDyn) return actual;
    return actual.matches(declared.templated(this.registry, bindings)) ? actual : null;
  }
  #collectPlaceholderBindings(dec, act, bind, fromDyn = false) {
    if (!dec.hasPlaceholderType) return true;
    if (!act) return false;
    const asDyn = fromDyn || act.kind === "dyn";
    act = act.unwrappedType;
    switch (dec.kind) {
      case "param": {
        const type = asDyn ? dynType : act;
        const existing = bind.get(dec.name);
        if (!existing) return bind.set(dec.name, type) && true;
        return existing.kind === "dyn" || type.kind === "dyn" ? true : existing.matchesBoth(type);
      }
      case "list": {
        if (act.name === "dyn") act = dec;
        if (act.kind !== "list") return false;
        return this.#collectPlaceholderBindings(dec.valueType, act.valueType, bind, asDyn);
      }
      case "map": {
        if (act.name === "dyn") act = dec;
        if (act.kind !== "map") return false;
        return this.#collectPlaceholderBindings(dec.keyType, act.keyType, bind, asDyn) && this.#collectPlaceholderBindings(dec.valueType, act.valueType, bind, asDyn);
      }
      case "optional": {
        if (act.name === "dyn") act = dec;
        if (act.kind !== "optional") return false;
        return this.#collectPlaceholderBindings(dec.valueType, act.valueType, bind, asDyn);
      }
    }
    return true;
  }
};
function splitByComma(str) {
  const parts = [];
  let current = "";
  let depth = 0;
  for (const char of str) {
    if (char === "<") depth++;
    else if (char === ">") depth--;
    else if (char === "," && depth === 0) {
      parts.push(current.trim());
      current = "";
      continue;
    }
    current += char;
  }
  if (current) parts.push(current.trim());
  return parts;
}
var objTypesDecls = [
  [UnsignedInt, "uint", TYPES.uint, celTypes.uint],
  [Type, "type", TYPES.type, celTypes.type],
  [Optional, "optional", optionalType, celTypes.optional],
  [Uint8Array, "bytes", TYPES.bytes, celTypes.bytes],
  ...typeof Buffer !== "undefined" ? [[Buffer, "bytes", TYPES.bytes, celTypes.bytes]] : []
].map(([ctor, name, typeType, type]) => Object.freeze({ name, typeType, type, ctor }));
var objTypes = objTypesDecls.map((t) => [t.name, t]);
var objTypesCtor = objTypesDecls.map((t) => [t.ctor, t]);
var invalidVar = (postfix) => new Error(`Invalid variable declaration: ${postfix}`);
var invalidType = (postfix) => new Error(`Invalid type declaration: ${postfix}`);
var fallbackDynEqualityMatchers = {
  "==": [{ handler: (a, b) => a === b, returnType: celTypes.bool }],
  "!=": [{ handler: (a, b) => a !== b, returnType: celTypes.bool }]
};
var Registry = class _Registry {
  #parent = null;
  #typeDeclarations;
  #ownsVariables = true;
  #operators = null;
  #functions = null;
  #operatorsByOp = null;
  #functionsByKey = null;
  #listTypes = null;
  #mapTypes = null;
  #optionalTypes = null;
  #others = null;
  #locked = false;
  constructor(opts = {}) {
    this.enableOptionalTypes = opts.enableOptionalTypes ?? false;
    this.unlistedVariablesAreDyn = opts.unlistedVariablesAreDyn ?? false;
    const parent = opts.parent instanceof _Registry ? opts.parent : null;
    if (parent) {
      this.#parent = parent;
      let opParent = parent;
      while (opParent && !opParent.#operators) opParent = opParent.#parent;
      let fnParent = parent;
      while (fnParent && !fnParent.#functions) fnParent = fnParent.#parent;
      this.#operatorsByOp = parent.#operatorsByOp;
      this.#functionsByKey = parent.#functionsByKey;
      this.#others = { operators: opParent.#operators, functions: fnParent.#functions };
      this.objectTypes = new Map(parent.objectTypes);
      this.objectTypesByConstructor = new Map(parent.objectTypesByConstructor);
      this.variables = parent.variables;
      this.#ownsVariables = false;
      this.#typeDeclarations = parent.#typeDeclarations;
      this.#listTypes = parent.#listTypes;
      this.#mapTypes = parent.#mapTypes;
      this.#optionalTypes = parent.#optionalTypes;
      if (this.enableOptionalTypes !== parent.enableOptionalTypes || this.unlistedVariablesAreDyn !== parent.unlistedVariablesAreDyn) {
        toggleOptionalTypes(this, this.enableOptionalTypes);
      }
    } else {
      this.#operators = [];
      this.#functions = [];
      this.objectTypes = new Map(objTypes);
      this.objectTypesByConstructor = new Map(objTypesCtor);
      this.#typeDeclarations = new Map(objEntries(celTypes));
      this.#listTypes = /* @__PURE__ */ new Map();
      this.#mapTypes = /* @__PURE__ */ new Map();
      this.#optionalTypes = /* @__PURE__ */ new Map();
      this.variables = /* @__PURE__ */ new Map();
      this.variables.dyn = this.unlistedVariablesAreDyn;
      for (const n in TYPES) this.registerConstant(n, "type", TYPES[n]);
    }
  }
  #ensureOwnVariables() {
    if (this.#ownsVariables) return;
    this.variables = new Map(this.variables);
    this.variables.dyn = this.unlistedVariablesAreDyn;
    this.#ownsVariables = true;
  }
  // Used by toggleOptionalTypes in optional.js to clear a variable before re-registering it
  deleteVariable(name) {
    this.#ensureOwnVariables();
    this.variables.delete(name);
  }
  #pushOperator(decl) {
    if (!this.#operators) this.#operatorsByOp = null;
    this.operatorCandidates(decl.operator).add(decl);
    this.#operators.push(decl);
  }
  #pushFunction(decl) {
    if (!this.#functions) this.#functionsByKey = null;
    this.#functionCandidates(decl.partitionKey).add(decl);
    this.#functions.push(decl);
  }
  #ensureCandiate(c, key) {
    return c.get(key) || c.set(key, new Candidates(this)).get(key);
  }
  #getOperators() {
    if (this.#operators) return this.#operators;
    return this.#operators = [...this.#others.operators];
  }
  #getFunctions() {
    if (this.#functions) return this.#functions;
    return this.#functions = [...this.#others.functions];
  }
  operatorCandidates(op) {
    if (this.#operatorsByOp) return this.#ensureCandiate(this.#operatorsByOp, op);
    const c = this.#operatorsByOp = /* @__PURE__ */ new Map();
    for (const decl of this.#getOperators()) this.#ensureCandiate(c, decl.operator).add(decl);
    return this.#ensureCandiate(c, op);
  }
  functionCandidates(rec2, name, argLen) {
    return this.#functionCandidates(`${rec2 ? "rcall" : "call"}:${name}:${argLen}`);
  }
  #functionCandidates(key) {
    if (this.#functionsByKey) return this.#ensureCandiate(this.#functionsByKey, key);
    const c = this.#functionsByKey = /* @__PURE__ */ new Map();
    for (const decl of this.#getFunctions()) this.#ensureCandiate(c, decl.partitionKey).add(decl);
    return this.#ensureCandiate(c, key);
  }
  registerVariable(name, type, opts) {
    if (this.#locked) throw new Error("Cannot modify frozen registry");
    let description = opts?.description;
    let value;
    if (typeof name === "string" && typeof type === "object" && !(type instanceof TypeDeclaration)) {
      description = type.description;
      value = type.value;
      if (type.schema) type = this.registerType({ name: `$${name}`, schema: type.schema }).type;
      else type = type.type;
    } else if (typeof name === "object") {
      if (name.schema) type = this.registerType({ name: `$${name.name}`, schema: name.schema }).type;
      else type = name.type;
      description = name.description;
      value = name.value;
      name = name.name;
    }
    if (typeof name !== "string" || !name) throw invalidVar(`name must be a string`);
    if (RESERVED.has(name)) throw invalidVar(`'${name}' is a reserved name`);
    if (this.variables.get(name) !== void 0) throw invalidVar(`'${name}' is already registered`);
    if (typeof type === "string") type = this.getType(type);
    else if (!(type instanceof TypeDeclaration)) throw invalidVar(`type is required`);
    this.#ensureOwnVariables();
    this.variables.set(name, new VariableDeclaration(name, type, description, value));
    return this;
  }
  #registerSchemaAsType(name, schema) {
    const fields = /* @__PURE__ */ Object.create(null);
    for (const key of objKeys(schema)) {
      const def = schema[key];
      if (typeof def === "object" && def) {
        fields[key] = this.registerType({ name: `${name}.${key}`, schema: def }).type.name;
      } else if (typeof def === "string") {
        fields[key] = def;
      } else {
        throw new Error(`Invalid field definition for '${name}.${key}'`);
      }
    }
    return fields;
  }
  registerConstant(name, type, value) {
    if (typeof name === "object") this.registerVariable(name);
    else this.registerVariable({ name, type, value });
    return this;
  }
  getType(typename) {
    return this.#parseTypeString(typename, true);
  }
  getListType(type) {
    return this.#listTypes.get(type) || this.#listTypes.set(type, this.#parseTypeString(`list<${type}>`, true)).get(type);
  }
  getMapType(a, b) {
    return this.#mapTypes.get(a)?.get(b) || (this.#mapTypes.get(a) || this.#mapTypes.set(a, /* @__PURE__ */ new Map()).get(a)).set(b, this.#parseTypeString(`map<${a}, ${b}>`, true)).get(b);
  }
  getOptionalType(type) {
    return this.#optionalTypes.get(type) || this.#optionalTypes.set(type, this.#parseTypeString(`optional<${type}>`, true)).get(type);
  }
  assertType(typename, type, signature) {
    try {
      return this.#parseTypeString(typename, true);
    } catch (e) {
      e.message = `Invalid ${type} '${e.unknownType || typename}' in '${signature}'`;
      throw e;
    }
  }
  getFunctionType(typename) {
    if (typename === "ast") return astType;
    const t = this.#parseTypeString(typename, true);
    if (t.kind === "dyn" && t.valueType) throw new Error(`type '${t.name}' is not supported`);
    return t;
  }
  registerType(name, _d) {
    if (this.#locked) throw new Error("Cannot modify frozen registry");
    if (typeof name === "object") _d = name, name = _d.fullName || _d.name || _d.ctor?.name;
    if (typeof name === "string" && name[0] === ".") name = name.slice(1);
    if (typeof name !== "string" || name.length < 2 || RESERVED.has(name)) {
      throw invalidType(`name '${name}' is not valid`);
    }
    if (this.objectTypes.has(name)) throw invalidType(`type '${name}' already registered`);
    const type = this.#parseTypeString(name, false);
    if (type.kind !== "message") throw invalidType(`type '${name}' is not valid`);
    const decl = {
      name,
      typeType: new Type(name),
      type,
      ctor: typeof _d === "function" ? _d : _d?.ctor,
      convert: typeof _d === "function" ? void 0 : _d?.convert,
      fields: typeof _d?.schema === "object" ? this.#normalizeFields(name, this.#registerSchemaAsType(name, _d.schema)) : this.#normalizeFields(name, typeof _d === "function" ? void 0 : _d?.fields)
    };
    if (typeof decl.ctor !== "function") {
      if (!decl.fields) throw invalidType(`type '${name}' requires a constructor or fields`);
      Object.assign(decl, this.#createDefaultConvert(name, decl.fields));
    }
    this.objectTypes.set(name, Object.freeze(decl));
    this.objectTypesByConstructor.set(decl.ctor, decl);
    this.registerFunctionOverload(`type(${name}): type`, () => decl.typeType, { async: false });
    return decl;
  }
  /** @returns {TypeDeclaration} */
  #parseTypeString(typeStr, requireKnownTypes = true) {
    let match = this.#typeDeclarations.get(typeStr);
    if (match) return match;
    if (typeof typeStr !== "string" || !typeStr.length) {
      throw new Error(`Invalid type: must be a string`);
    }
    match = typeStr.match(/^[A-Z]$/);
    if (match) return this.#createDeclaration(_createPlaceholderType, typeStr, typeStr);
    match = typeStr.match(/^(dyn|list|map|optional)<(.+)>$/);
    if (!match) {
      if (requireKnownTypes) {
        const err = new Error(`Unknown type: ${typeStr}`);
        err.unknownType = typeStr;
        throw err;
      }
      return this.#createDeclaration(_createMessageType, typeStr, typeStr);
    }
    const kind = match[1];
    const inner = match[2].trim();
    switch (kind) {
      case "dyn": {
        const type = this.#parseTypeString(inner, requireKnownTypes).wrappedType;
        this.#typeDeclarations.set(type.name, type);
        return type;
      }
      case "list": {
        const vType = this.#parseTypeString(inner, requireKnownTypes);
        return this.#createDeclaration(_createListType, `list<${vType}>`, vType);
      }
      case "map": {
        const parts = splitByComma(inner);
        if (parts.length !== 2) throw new Error(`Invalid map type: ${typeStr}`);
        const kType = this.#parseTypeString(parts[0], requireKnownTypes);
        const vType = this.#parseTypeString(parts[1], requireKnownTypes);
        return this.#createDeclaration(_createMapType, `map<${kType}, ${vType}>`, kType, vType);
      }
      case "optional": {
        const vType = this.#parseTypeString(inner, requireKnownTypes);
        return this.#createDeclaration(_createOptionalType, `optional<${vType}>`, vType);
      }
    }
  }
  #createDeclaration(creator, key, ...args) {
    return this.#typeDeclarations.get(key) || this.#typeDeclarations.set(key, creator(...args)).get(key);
  }
  findMacro(name, hasReceiver, argLen) {
    return this.functionCandidates(hasReceiver, name, argLen).macro;
  }
  findUnaryOverload(op, left) {
    return this.operatorCandidates(op).findUnaryOverload(left);
  }
  findBinaryOverload(op, left, right) {
    return this.operatorCandidates(op).findBinaryOverload(left, right);
  }
  #toCelFieldType(field) {
    if (typeof field === "string") return { type: field };
    if (field.id) return protobufjsFieldToCelType(field);
    return field;
  }
  #toCelFieldDeclaration(typename, fields, k, requireKnownTypes = false) {
    try {
      const field = this.#toCelFieldType(fields[k]);
      if (typeof field?.type !== "string") throw new Error(`unsupported declaration`);
      return this.#parseTypeString(field.type, requireKnownTypes);
    } catch (e) {
      e.message = `Field '${k}' in type '${typename}' has unsupported declaration: ${JSON.stringify(fields[k])}`;
      throw e;
    }
  }
  #normalizeFields(typename, fields) {
    if (!fields) return;
    const all = /* @__PURE__ */ Object.create(null);
    for (const k of objKeys(fields)) all[k] = this.#toCelFieldDeclaration(typename, fields, k);
    return all;
  }
  #createDefaultConvert(name, fields) {
    const keys = objKeys(fields);
    const conversions = /* @__PURE__ */ Object.create(null);
    for (const k of keys) {
      const type = fields[k];
      const decl = type.kind === "message" && this.objectTypes.get(type.name);
      if (decl === false) conversions[k] = false;
      else conversions[k] = decl.convert ? decl : false;
    }
    const Ctor = {
      [name]: class extends Map {
        #raw;
        constructor(v) {
          super();
          this.#raw = v;
        }
        [Symbol.iterator]() {
          if (this.size !== keys.length) for (const k of keys) this.get(k);
          return super[Symbol.iterator]();
        }
        get(field) {
          let v = super.get(field);
          if (v !== void 0 || this.has(field)) return v;
          const dec = conversions[field];
          if (dec === void 0) return;
          v = this.#raw instanceof Map ? this.#raw.get(field) : this.#raw?.[field];
          if (dec && v && typeof v === "object") {
            switch (v.constructor) {
              case void 0:
              case Object:
              case Map:
                v = dec.convert(v);
            }
          }
          return super.set(field, v), v;
        }
      }
    }[name];
    return {
      ctor: Ctor,
      convert(v) {
        if (!v) return;
        if (v.constructor === Ctor) return v;
        return new Ctor(v);
      }
    };
  }
  clone(opts) {
    this.#locked = true;
    return new _Registry({
      parent: this,
      unlistedVariablesAreDyn: opts.unlistedVariablesAreDyn,
      enableOptionalTypes: opts.enableOptionalTypes
    });
  }
  getDefinitions() {
    const variables = [];
    const functions = [];
    for (const [, varDecl] of this.variables) {
      if (!varDecl) continue;
      variables.push({
        name: varDecl.name,
        description: varDecl.description || null,
        type: varDecl.type.name
      });
    }
    for (const decl of this.#getFunctions()) {
      functions.push({
        signature: decl.signature,
        name: decl.name,
        description: decl.description,
        receiverType: decl.receiverType ? decl.receiverType.name : null,
        returnType: decl.returnType.name,
        params: decl.params.map((p) => ({
          name: p.name,
          type: p.type.name,
          description: p.description
        }))
      });
    }
    return { variables, functions };
  }
  #parseSignature(signature) {
    if (typeof signature !== "string") throw new Error("Invalid signature: must be a string");
    const match = signature.match(/^(?:([a-zA-Z0-9.<>]+)\.)?(\w+)\(([^)]*)\):(.*)$/);
    if (!match) throw new Error(`Invalid signature: ${signature}`);
    const returnType = match[4].trim();
    if (!returnType) throw new Error(`Invalid signature: ${signature}`);
    return {
      receiverType: match[1] || null,
      name: match[2],
      argTypes: splitByComma(match[3]),
      returnType
    };
  }
  /**
   * @param {FunctionDeclaration} a
   * @param {FunctionDeclaration} b
   */
  #functionSignatureOverlaps(a, b) {
    if (a.name !== b.name) return false;
    if (a.argTypes.length !== b.argTypes.length) return false;
    if ((a.receiverType || b.receiverType) && (!a.receiverType || !b.receiverType)) return false;
    const isDifferentReceiver = a.receiverType !== b.receiverType && a.receiverType !== dynType && b.receiverType !== dynType;
    return !isDifferentReceiver && (b.macro || a.macro || b.argTypes.every((t, i) => {
      const o = a.argTypes[i];
      return t === o || t === dynType || o === dynType;
    }));
  }
  /** @param {FunctionDeclaration} newDec */
  #checkOverlappingSignatures(newDec) {
    for (const decl of this.#functionCandidates(newDec.partitionKey)) {
      if (!this.#functionSignatureOverlaps(decl, newDec)) continue;
      throw new Error(
        `Function signature '${newDec.signature}' overlaps with existing overload '${decl.signature}'.`
      );
    }
  }
  #normalizeParam(i, aType, param) {
    if (!param) return { type: this.getFunctionType(aType), name: `arg${i}`, description: null };
    const type = param.type || aType;
    if (!type) throw new Error(`params[${i}].type is required`);
    if (aType && type !== aType) throw new Error(`params[${i}].type not equal to signature type`);
    return {
      name: param.name || `arg${i}`,
      type: this.getFunctionType(type),
      description: param.description ?? null
    };
  }
  registerFunctionOverload(s, handler, opts) {
    if (this.#locked) throw new Error("Cannot modify frozen registry");
    if (typeof s === "object") opts = s;
    else if (typeof handler === "object") opts = handler;
    else if (!opts) opts = {};
    const sig = typeof s === "string" ? s : opts.signature ?? void 0;
    const parsed = sig !== void 0 ? this.#parseSignature(sig) : void 0;
    const name = parsed?.name || opts.name;
    const receiverType = parsed?.receiverType || opts.receiverType;
    const argTypes = parsed?.argTypes;
    const returnType = parsed?.returnType || opts.returnType;
    const params = opts.params;
    handler = typeof handler === "function" ? handler : opts.handler;
    let dec;
    try {
      if (!name) throw new Error(`signature or name are required`);
      if (!returnType) throw new Error(`must have a returnType`);
      if (params) {
        if (argTypes && params.length !== argTypes.length) {
          throw new Error(`mismatched length in params and args in signature`);
        }
      } else if (!argTypes) throw new Error(`signature or params are required`);
      dec = new FunctionDeclaration({
        name,
        async: opts?.async,
        receiverType: receiverType ? this.getType(receiverType) : null,
        returnType: this.getType(returnType),
        handler,
        description: opts.description,
        params: (argTypes || params).map(
          (_, i) => this.#normalizeParam(i, argTypes?.[i], params?.[i])
        )
      });
    } catch (e) {
      if (typeof sig === "string") e.message = `Invalid function declaration '${sig}': ${e.message}`;
      else if (name) e.message = `Invalid function declaration '${name}': ${e.message}`;
      else e.message = `Invalid function declaration: ${e.message}`;
      throw e;
    }
    this.#checkOverlappingSignatures(dec);
    this.#pushFunction(dec);
  }
  registerOperatorOverload(string, handler, opts) {
    const unaryParts = string.match(/^([-!])([\w.<>]+)(?::\s*([\w.<>]+))?$/);
    if (unaryParts) {
      const [, op2, operandType, returnType2] = unaryParts;
      return this.unaryOverload(op2, operandType, handler, returnType2, opts?.async);
    }
    const parts = string.match(
      /^([\w.<>]+) ([-+*%/]|==|!=|<|<=|>|>=|in) ([\w.<>]+)(?::\s*([\w.<>]+))?$/
    );
    if (!parts) throw new Error(`Operator overload invalid: ${string}`);
    const [, leftType, op, rightType, returnType] = parts;
    return this.binaryOverload(leftType, op, rightType, handler, returnType);
  }
  unaryOverload(op, typeStr, handler, returnTypeStr, async) {
    if (this.#locked) throw new Error("Cannot modify frozen registry");
    const leftType = this.assertType(typeStr, "type", `${op}${typeStr}`);
    const returnType = this.assertType(
      returnTypeStr || typeStr,
      "return type",
      `${op}${typeStr}: ${returnTypeStr || typeStr}`
    );
    const d = new OperatorDeclaration({ op: `${op}_`, leftType, returnType, handler, async });
    this.#pushOperator(this.#assertOverload(d));
  }
  #hasOverload(d) {
    for (const o of this.operatorCandidates(d.operator)) if (d.equals(o)) return true;
    return false;
  }
  #assertOverload(decl) {
    if (!this.#hasOverload(decl)) return decl;
    throw new Error(`Operator overload already registered: ${decl.signature}`);
  }
  binaryOverload(leftTypeStr, op, rightTypeStr, handler, returnTypeStr, async) {
    if (this.#locked) throw new Error("Cannot modify frozen registry");
    returnTypeStr ??= isRelational.has(op) ? "bool" : leftTypeStr;
    const sig = `${leftTypeStr} ${op} ${rightTypeStr}: ${returnTypeStr}`;
    let leftType = this.assertType(leftTypeStr, "left type", sig);
    let rightType = this.assertType(rightTypeStr, "right type", sig);
    const returnType = this.assertType(returnTypeStr, "return type", sig);
    if (leftType.kind === "dyn" && leftType.valueType) rightType = rightType.wrappedType;
    else if (rightType.kind === "dyn" && rightType.valueType) leftType = leftType.wrappedType;
    if (isRelational.has(op) && returnType.type !== "bool") {
      throw new Error(`Comparison operator '${op}' must return 'bool', got '${returnType.type}'`);
    }
    const dec = new OperatorDeclaration({ op, leftType, rightType, returnType, handler, async });
    if (dec.hasPlaceholderType && !(rightType.hasPlaceholderType && leftType.hasPlaceholderType)) {
      throw new Error(
        `Operator overload with placeholders must use them in both left and right types: ${sig}`
      );
    }
    this.#assertOverload(dec);
    if (op === "==") {
      const declarations = [
        new OperatorDeclaration({
          op: "!=",
          leftType,
          rightType,
          handler(a, b, ast, ev) {
            return !handler(a, b, ast, ev);
          },
          returnType,
          async
        })
      ];
      if (leftType !== rightType) {
        declarations.push(
          new OperatorDeclaration({
            op: "==",
            leftType: rightType,
            rightType: leftType,
            handler(a, b, ast, ev) {
              return handler(b, a, ast, ev);
            },
            returnType,
            async
          }),
          new OperatorDeclaration({
            op: "!=",
            leftType: rightType,
            rightType: leftType,
            handler(a, b, ast, ev) {
              return !handler(b, a, ast, ev);
            },
            returnType,
            async
          })
        );
      }
      for (const decl of declarations) this.#assertOverload(decl);
      for (const decl of declarations) this.#pushOperator(decl);
    }
    this.#pushOperator(dec);
  }
};
var isRelational = /* @__PURE__ */ new Set(["<", "<=", ">", ">=", "==", "!=", "in"]);
function createRegistry(opts) {
  return new Registry(opts);
}
var RootContext = class {
  #vars;
  #contextObj;
  #contextMap;
  #convertCache;
  constructor(registry, context) {
    this.#vars = registry.variables;
    if (context === void 0 || context === null) return;
    if (typeof context !== "object") {
      throw evaluationError("invalid_context", "Context must be an object");
    }
    if (context instanceof Map) this.#contextMap = context;
    else this.#contextObj = context;
  }
  getValue(key) {
    return this.#convertCache?.get(key) || (this.#contextObj ? this.#contextObj[key] : this.#contextMap?.get(key));
  }
  getVariable(name) {
    return this.#vars.get(name) ?? (this.#vars.dyn && !RESERVED.has(name) ? new VariableDeclaration(name, dynType) : void 0);
  }
  getCheckedValue(ev, ast) {
    const v = this.getValue(ast.args);
    if (v === void 0) throw ev.createError("unknown_variable", `Unknown variable: ${ast.args}`, ast);
    if (ast.checkedType.matchesValueType(v, ev)) return v;
    const type = ast.checkedType;
    const valueType = ev.debugType(v);
    if (type.kind === "message" && valueType.kind === "map") {
      const c = ev.objectTypes.get(type.name)?.convert?.(v);
      if (c) return (this.#convertCache ??= /* @__PURE__ */ new Map()).set(ast.args, c), c;
    }
    throw ev.createError(
      "variable_type_mismatch",
      `Variable '${ast.args}' is not of type '${type}', got '${valueType}'`,
      ast
    );
  }
  forkWithVariable(iterVar, iterType) {
    return new OverlayContext(this, iterVar, iterType);
  }
};
var OverlayContext = class _OverlayContext {
  #parent;
  accuType;
  accuValue;
  iterValue;
  constructor(parent, iterVar, iterType) {
    this.#parent = parent;
    this.iterVar = iterVar;
    this.iterType = iterType;
  }
  forkWithVariable(iterVar, iterType) {
    return new _OverlayContext(this, iterVar, iterType);
  }
  reuse(parent) {
    if (!this.async) return this.#parent = parent, this;
    const ctx = new _OverlayContext(parent, this.iterVar, this.iterType);
    ctx.accuType = this.accuType;
    return ctx;
  }
  setIterValue(v, ev) {
    if (this.iterType.matchesValueType(v, ev)) return this.iterValue = v, this;
    const type = this.iterType;
    const valueType = ev.debugType(v);
    if (type.kind === "message" && valueType.kind === "map") {
      const c = ev.objectTypes.get(type.name)?.convert?.(v);
      if (c) return this.iterValue = c, this;
    }
    throw ev.createError(
      "variable_type_mismatch",
      `Variable '${this.iterVar}' is not of type '${type}', got '${valueType}'`
    );
  }
  setAccuType(type) {
    return this.accuType = type, this;
  }
  setAccuValue(v) {
    return this.accuValue = v, this;
  }
  getValue(key) {
    return this.iterVar === key ? this.iterValue : this.#parent.getValue(key);
  }
  getCheckedValue(ev, ast) {
    if (this.iterVar === ast.args) return this.iterValue;
    return this.#parent.getCheckedValue(ev, ast);
  }
  getVariable(name) {
    if (this.iterVar === name) return new VariableDeclaration(name, this.iterType);
    return this.#parent.getVariable(name);
  }
};
function protobufjsFieldToCelType(field) {
  let fieldType;
  if (field.map) {
    const keyType = protobufjsTypeToCelType(field.keyType, field.resolvedKeyType);
    const valueType = protobufjsTypeToCelType(field.type, field.resolvedType);
    fieldType = `map<${keyType}, ${valueType}>`;
  } else {
    fieldType = protobufjsTypeToCelType(field.type, field.resolvedType);
  }
  return { type: field.repeated ? `list<${fieldType}>` : fieldType };
}
function protobufjsTypeToCelType(protoType, resolvedType) {
  switch (protoType) {
    case "string":
      return "string";
    case "bytes":
      return "bytes";
    case "bool":
      return "bool";
    // protobufjs uses JavaScript numbers for all numeric types
    case "double":
    case "float":
    case "int32":
    case "int64":
    case "sint32":
    case "sint64":
    case "sfixed32":
    case "sfixed64":
    case "uint32":
    case "uint64":
    case "fixed32":
    case "fixed64":
      return "double";
    default:
      switch (resolvedType?.constructor.name) {
        case "Type":
          return resolvedType.fullName.slice(1);
        case "Enum":
          return "int";
      }
      if (protoType?.includes(".")) return protoType;
      return "dyn";
  }
}

// node_modules/@marcbachmann/cel-js/lib/operators.js
var dynType2 = celTypes.dyn;
var Base = class {
  dynType = celTypes.dyn;
  optionalType = celTypes.optional;
  stringType = celTypes.string;
  intType = celTypes.int;
  doubleType = celTypes.double;
  boolType = celTypes.bool;
  nullType = celTypes.null;
  listType = celTypes.list;
  mapType = celTypes.map;
  constructor(opts) {
    this.opts = opts.opts;
    this.registry = opts.registry;
    this.objectTypes = this.registry.objectTypes;
    this.objectTypesByConstructor = this.registry.objectTypesByConstructor;
  }
  /**
   * Get a TypeDeclaration instance for a type name
   * @param {string} typeName - The type name (e.g., 'string', 'int', 'dyn')
   * @returns {TypeDeclaration} The type declaration instance
   */
  getType(typeName2) {
    return this.registry.getType(typeName2);
  }
  debugType(v) {
    switch (typeof v) {
      case "string":
        return this.stringType;
      case "bigint":
        return this.intType;
      case "number":
        return this.doubleType;
      case "boolean":
        return this.boolType;
      case "object":
        if (v === null) return this.nullType;
        switch (v.constructor) {
          case void 0:
          case Object:
          case Map:
            return this.mapType;
          case Array:
          case Set:
            return this.listType;
          default:
            return this.objectTypesByConstructor.get(v.constructor)?.type || unsupportedType(this, v.constructor?.name || typeof v);
        }
      default:
        unsupportedType(this, typeof v);
    }
  }
};
function unsupportedType(self, type) {
  throw self.createError("unsupported_type", `Unsupported type: ${type}`);
}
var maybeAsyncArray = (a) => Array.isArray(a) ? a.some((n) => n.maybeAsync) : false;
function maybeAsync(l, r, h) {
  if (r === true || r && (r?.maybeAsync || maybeAsyncArray(r))) return maybeAsyncBoth(h);
  if (l === true || l && (l?.maybeAsync || maybeAsyncArray(l))) return maybeAsyncFirst(h);
  return h;
}
function maybeAsyncBoth(handler) {
  return handler.__asyncBoth ??= function handle(a, b, c, d) {
    if (!(a instanceof Promise || b instanceof Promise)) return handler(a, b, c, d);
    if (!(b instanceof Promise)) return a.then((_a) => handler(_a, b, c, d));
    if (!(a instanceof Promise)) return b.then((_b) => handler(a, _b, c, d));
    return Promise.all([a, b]).then((p) => handler(p[0], p[1], c, d));
  };
}
function maybeAsyncFirst(handler) {
  return handler.__asyncFirst ??= function handle(a, b, c, d) {
    if (a instanceof Promise) return a.then((_a) => handler(_a, b, c, d));
    return handler(a, b, c, d);
  };
}
function checkAccessNode(chk, ast, ctx) {
  ast.right = ast.args[1];
  const leftType = chk.check(ast.left = ast.args[0], ctx);
  if (ast.op === "[]") chk.check(ast.right, ctx);
  ast.handle = maybeAsync(
    ast.left,
    ast.op === "[]" ? ast.right : false,
    leftType !== dynType2 ? fieldAccessStatic : fieldAccess
  );
  if (leftType.kind !== "optional") return chk.checkAccessOnType(ast, ctx, leftType);
  return chk.registry.getOptionalType(chk.checkAccessOnType(ast, ctx, leftType.valueType, true));
}
function checkOptionalAccessNode(chk, ast, ctx) {
  ast.right = ast.args[1];
  const leftType = chk.check(ast.left = ast.args[0], ctx);
  if (ast.op === "[?]") chk.check(ast.right, ctx);
  ast.handle = maybeAsync(ast.left, ast.op === "[?]" ? ast.right : false, oFieldAccess);
  const actualType = leftType.kind === "optional" ? leftType.valueType : leftType;
  return chk.registry.getOptionalType(chk.checkAccessOnType(ast, ctx, actualType, true));
}
var HOMOGENEOUS_PREFIX = {
  heterogeneous_list_element: "List elements must have the same type,",
  heterogeneous_map_key: "Map key uses wrong type,",
  heterogeneous_map_value: "Map value uses wrong type,"
};
function checkElementHomogenous(chk, ctx, expected, el, code) {
  const type = chk.check(el, ctx);
  if (type === expected || expected.isEmpty()) return type;
  if (type.isEmpty()) return expected;
  throw chk.createError(
    code,
    `${HOMOGENEOUS_PREFIX[code]} expected type '${chk.formatType(expected)}' but found '${chk.formatType(type)}'`,
    el
  );
}
function checkElement(chk, ctx, expected, el) {
  return expected.unify(chk.registry, chk.check(el, ctx)) || dynType2;
}
function ternaryConditionError(ev, value, node) {
  const type = ev.debugRuntimeType(value);
  return ev.createError(
    "invalid_condition_type",
    `${node.meta.label || "Ternary condition must be bool"}, got '${type}'`,
    node
  );
}
function handleTernary(c, ev, ast, ctx) {
  if (c === true) return ev.run(ast.left, ctx);
  if (c === false) return ev.run(ast.right, ctx);
  throw ternaryConditionError(ev, c, ast.condition);
}
function logicalOperandError(ev, value, node) {
  const type = ev.debugRuntimeType(value);
  return ev.createError(
    "invalid_logical_operand",
    `Logical operator requires bool operands, got '${type}'`,
    node
  );
}
function logicalValueOrErr(ev, v, node) {
  if (v instanceof Error) return v;
  return logicalOperandError(ev, v, node);
}
function _logicalOp(exp, ev, ast, left, right) {
  if (right === exp) return exp;
  if (right === !exp) {
    if (left === right) return right;
    throw logicalValueOrErr(ev, left, ast.left);
  }
  if (right instanceof Promise) return right.then((r) => _logicalOpAsync(exp, ev, ast, left, r));
  throw logicalOperandError(ev, right, ast.left);
}
function _logicalOpAsync(exp, ev, ast, left, right) {
  if (right === exp) return exp;
  if (typeof right !== "boolean") throw logicalOperandError(ev, right, ast.right);
  if (typeof left !== "boolean") throw logicalValueOrErr(ev, left, ast.left);
  return !exp;
}
function checkLogicalOp(chk, ast, ctx) {
  const leftType = chk.check(ast.left = ast.args[0], ctx);
  const rightType = chk.check(ast.right = ast.args[1], ctx);
  if (!leftType.isDynOrBool()) {
    throw chk.createError(
      "invalid_logical_operand",
      `Logical operator requires bool operands, got '${chk.formatType(leftType)}'`,
      ast
    );
  }
  if (!rightType.isDynOrBool()) {
    throw chk.createError(
      "invalid_logical_operand",
      `Logical operator requires bool operands, got '${chk.formatType(rightType)}'`,
      ast
    );
  }
  return chk.boolType;
}
function checkUnary(chk, ast, ctx) {
  const op = ast.op;
  const right = chk.check(ast.args, ctx);
  ast.candidates = chk.registry.operatorCandidates(op);
  if (right.kind === "dyn") {
    ast.handle = maybeAsync(ast.args, false, handleUnary);
    return ast.candidates.returnType;
  }
  const overload = ast.candidates.findUnaryOverload(right);
  if (!overload) {
    throw chk.createError(
      "no_such_overload",
      `no such overload: ${op[0]}${chk.formatType(right)}`,
      ast
    );
  }
  ast.handle = maybeAsync(ast.args, false, overload.handler);
  return overload.returnType;
}
function handleUnary(left, ast, ev) {
  const leftType = ev.debugRuntimeType(left, ast.args.checkedType);
  const overload = ast.candidates.findUnaryOverload(leftType);
  if (overload) return overload.handler(left);
  throw ev.createError("no_such_overload", `no such overload: ${ast.op[0]}${leftType}`, ast);
}
function evaluateUnary(ev, ast, ctx) {
  return ast.handle(ev.run(ast.args, ctx), ast, ev);
}
function checkBinary(chk, ast, ctx) {
  const op = ast.op;
  const left = chk.check(ast.left = ast.args[0], ctx);
  const right = chk.check(ast.right = ast.args[1], ctx);
  ast.candidates = chk.registry.operatorCandidates(op);
  const overload = left.hasDynType || right.hasDynType ? void 0 : ast.candidates.findBinaryOverload(left, right);
  ast.handle = maybeAsync(ast.left, ast.right, overload?.handler || handleBinary);
  if (overload) return overload.returnType;
  const type = ast.candidates.checkBinaryOverload(left, right);
  if (!left.hasDynType) ast.leftStaticType = left;
  if (!right.hasDynType) ast.rightStaticType = right;
  if (type) return type;
  throw chk.createError(
    "no_such_overload",
    `no such overload: ${chk.formatType(left)} ${op} ${chk.formatType(right)}`,
    ast
  );
}
function evaluateBinary(ev, ast, ctx) {
  return ast.handle(ev.run(ast.left, ctx), ev.run(ast.right, ctx), ast, ev);
}
function evaluateBinaryFirst(ev, ast, ctx) {
  return ast.handle(ev.run(ast.left, ctx), ast.right, ast, ev);
}
function handleBinary(left, right, ast, ev) {
  const leftType = ast.leftStaticType || ev.debugTypeDeep(left).wrappedType;
  const rightType = ast.rightStaticType || ev.debugTypeDeep(right).wrappedType;
  const overload = ast.candidates.findBinaryOverload(leftType, rightType);
  if (overload) return overload.handler(left, right, ast, ev);
  throw ev.createError(
    "no_such_overload",
    `no such overload: ${leftType} ${ast.op} ${rightType}`,
    ast
  );
}
function callFunctionHandler(handler, ev, args, ast) {
  try {
    const result = handler.apply(ev, args);
    if (result instanceof Promise) {
      return result.catch((error) => {
        throw attachErrorAst(error, ast);
      });
    }
    return result;
  } catch (error) {
    throw attachErrorAst(error, ast);
  }
}
function callFn(args, ast, ev) {
  const argAst = ast.args[1];
  const types = ast.argTypes;
  let i = argAst.length;
  while (i--) types[i] = ev.debugRuntimeType(args[i], argAst[i].checkedType);
  const decl = ast.candidates.findFunction(types);
  if (decl) return callFunctionHandler(decl.handler, ev, args, ast);
  throw ev.createError(
    "no_matching_overload",
    `found no matching overload for '${ast.args[0]}(${types.map((t) => t.unwrappedType).join(", ")})'`,
    ast
  );
}
function callRecFn(args, ev, ast) {
  const [, receiverAst, argAst] = ast.args;
  const types = ast.argTypes;
  for (let i = 0; i < types.length; i++)
    types[i] = ev.debugRuntimeType(args[i + 1], argAst[i].checkedType);
  const receiverType = ev.debugRuntimeType(args[0], receiverAst.checkedType);
  const decl = ast.candidates.findFunction(types, receiverType);
  if (decl) return callFunctionHandler(decl.handler, ev, args, ast);
  throw ev.createError(
    "no_matching_overload",
    `found no matching overload for '${receiverType.type}.${ast.args[0]}(${types.map((t) => t.unwrappedType).join(", ")})'`,
    ast
  );
}
function resolveAstArray(ev, astArray, ctx, i = astArray.length) {
  if (i === 0) return [];
  let async;
  const results = new Array(i);
  while (i--) if ((results[i] = ev.run(astArray[i], ctx)) instanceof Promise) async ??= true;
  return async ? Promise.all(results) : results;
}
function safeFromEntries(entries) {
  const obj = {};
  for (let i = 0; i < entries.length; i++) {
    const [k, v] = entries[i];
    if (k === "__proto__" || k === "constructor" || k === "prototype") continue;
    obj[k] = v;
  }
  return obj;
}
function comprehensionElementType(chk, iterable, ctx) {
  const iterType = chk.check(iterable, ctx);
  if (iterType.kind === "dyn") return iterType;
  if (iterType.kind === "list") return iterType.valueType;
  if (iterType.kind === "map") return iterType.keyType;
  throw chk.createError(
    "invalid_comprehension_range",
    `Expression of type '${chk.formatType(
      iterType
    )}' cannot be range of a comprehension (must be list, map, or dynamic).`,
    iterable
  );
}
function toIterable(ev, args, coll) {
  if (coll instanceof Set) return [...coll];
  if (coll instanceof Map) return [...coll.keys()];
  if (coll && typeof coll === "object") return objKeys(coll);
  throw ev.createError(
    "invalid_comprehension_range",
    `Expression of type '${ev.debugType(
      coll
    )}' cannot be range of a comprehension (must be list, map, or dynamic).`,
    args.iterable
  );
}
function runQualifier(items, args, ev, ctx) {
  if (!isArray(items)) items = toIterable(ev, args, items);
  const accu = ev.run(args.init, ctx = args.iterCtx.reuse(ctx));
  ctx.accuValue = accu;
  if (ctx === args.iterCtx) return iterateQuantifier(ev, ctx, args, items, accu, 0);
  return continueQuantifier(ev, ctx, args, items, accu, 0);
}
function runComprehension(items, args, ev, ctx) {
  if (!isArray(items)) items = toIterable(ev, args, items);
  const accu = ev.run(args.init, ctx = args.iterCtx.reuse(ctx));
  ctx.accuValue = accu;
  if (ctx === args.iterCtx) return iterateLoop(ev, ctx, args, items, accu, 0);
  return continueLoop(ev, ctx, args, items, accu, 0);
}
function iterateLoop(ev, ctx, args, items, accu, i) {
  const condition = args.condition;
  const step = args.step;
  const len = items.length;
  while (i < len) {
    if (condition && !condition(accu)) break;
    accu = ev.run(step, ctx.setIterValue(items[i++], ev));
    if (accu instanceof Promise) return continueLoop(ev, ctx, args, items, accu, i);
  }
  return args.result(accu);
}
async function continueLoop(ev, ctx, args, items, accu, i) {
  if (ctx === args.iterCtx) ctx.async = true;
  const condition = args.condition;
  const step = args.step;
  const len = items.length;
  accu = await accu;
  while (i < len) {
    if (condition && !condition(accu)) return args.result(accu);
    accu = ev.run(step, ctx.setIterValue(items[i++], ev));
    if (accu instanceof Promise) accu = await accu;
  }
  return args.result(accu);
}
function iterateQuantifier(ev, ctx, args, items, accu, i, error, stp) {
  const condition = args.condition;
  const step = args.step;
  const len = items.length;
  while (i < len) {
    if (!condition(accu)) return args.result(accu);
    stp = ev.tryEval(step, ctx.setIterValue(items[i++], ev));
    if (stp instanceof Promise) return continueQuantifier(ev, ctx, args, items, accu, i, error, stp);
    if (stp instanceof Error && (error ??= stp)) continue;
    accu = stp;
  }
  if (error && condition(accu)) throw error;
  return args.result(accu);
}
async function continueQuantifier(ev, ctx, args, items, accu, i, error, stp) {
  if (ctx === args.iterCtx) ctx.async = true;
  const condition = args.condition;
  const step = args.step;
  const len = items.length;
  stp = await stp;
  if (stp instanceof Error) error ??= stp;
  else accu = stp;
  while (i < len) {
    if (!condition(accu)) return args.result(accu);
    stp = ev.tryEval(step, ctx.setIterValue(items[i++], ev));
    if (stp instanceof Promise) stp = await stp;
    if (stp instanceof Error && (error ??= stp)) continue;
    accu = stp;
  }
  if (error && condition(accu)) throw error;
  return args.result(accu);
}
function oFieldAccess(left, right, ast, ev) {
  return ev.optionalType.field(left, right, ast, ev);
}
function fieldAccessStatic(left, right, ast, ev) {
  return ast.left.checkedType.field(left, right, ast, ev);
}
var empty = /* @__PURE__ */ Object.create(null);
function fieldAccess(left, right, ast, ev) {
  switch (left?.constructor) {
    case void 0:
    case Object: {
      const v = hasOwn(left || empty, right) ? left[right] : void 0;
      if (v !== void 0) return ev.debugType(v), v;
      break;
    }
    case Map: {
      const v = left.get(right);
      if (v !== void 0) return ev.debugType(v), v;
      break;
    }
    case Array:
    case Set:
      return ev.listType.field(left, right, ast, ev);
    default:
      const t = ev.objectTypesByConstructor.get(left.constructor);
      if (t) return t.type.field(left, right, ast, ev);
      else if (typeof left === "object") unsupportedType(ev, left.constructor.name);
  }
  throw ev.createError("no_such_key", `No such key: ${right}`, ast);
}
var emptyList = () => [];
var emptyMap = () => ({});
var OPERATORS = {
  value: {
    check(chk, ast) {
      return chk.debugType(ast.args);
    },
    evaluate(_ev, ast) {
      return ast.args;
    }
  },
  id: {
    check(chk, ast, ctx) {
      const variable = ctx.getVariable(ast.args);
      if (!variable) throw chk.createError("unknown_variable", `Unknown variable: ${ast.args}`, ast);
      if (variable.constant) {
        const alternate = ast.clone(OPERATORS.value, variable.value);
        ast.setMeta("alternate", alternate);
        return chk.check(alternate, ctx);
      }
      return variable.type;
    },
    evaluate(ev, ast, ctx) {
      return ctx.getCheckedValue(ev, ast);
    }
  },
  ".": {
    alias: "fieldAccess",
    check: checkAccessNode,
    evaluate: evaluateBinaryFirst
  },
  ".?": {
    alias: "optionalFieldAccess",
    check: checkOptionalAccessNode,
    evaluate: evaluateBinaryFirst
  },
  "[]": {
    alias: "bracketAccess",
    check: checkAccessNode,
    evaluate: evaluateBinary
  },
  "[?]": {
    alias: "optionalBracketAccess",
    check: checkOptionalAccessNode,
    evaluate: evaluateBinary
  },
  call: {
    check(chk, ast, ctx) {
      const [functionName, args] = ast.args;
      const candidates = ast.candidates = chk.registry.functionCandidates(
        false,
        functionName,
        args.length
      );
      const argTypes = ast.argTypes = args.map((a) => chk.check(a, ctx));
      const decl = candidates.findFunction(argTypes);
      if (!decl) {
        throw chk.createError(
          "no_matching_overload",
          `found no matching overload for '${functionName}(${chk.formatTypeList(argTypes)})'`,
          ast
        );
      }
      const handle = argTypes.some((t) => t.hasDynType) ? callFn : decl.handler.__handle ??= (l, _ast, e) => callFunctionHandler(decl.handler, e, l, _ast);
      ast.handle = maybeAsync(args, false, handle);
      return decl.returnType;
    },
    evaluate(ev, ast, ctx) {
      return ast.handle(resolveAstArray(ev, ast.args[1], ctx), ast, ev);
    }
  },
  rcall: {
    check(chk, ast, ctx) {
      const [methodName, receiver, args] = ast.args;
      const receiverType = chk.check(receiver, ctx);
      const candidates = ast.candidates = chk.registry.functionCandidates(
        true,
        methodName,
        args.length
      );
      const argTypes = ast.argTypes = args.map((a) => chk.check(a, ctx));
      ast.receiverWithArgs = [receiver, ...args];
      ast.handle = maybeAsync(ast.receiverWithArgs, false, callRecFn);
      if (receiverType.kind === "dyn" && candidates.returnType) return candidates.returnType;
      const decl = candidates.findFunction(argTypes, receiverType);
      if (!decl) {
        throw chk.createError(
          "no_matching_overload",
          `found no matching overload for '${receiverType.type}.${methodName}(${chk.formatTypeList(
            argTypes
          )})'`,
          ast
        );
      }
      if (!receiverType.hasPlaceholderType && !argTypes.some((t) => t.hasDynType)) {
        const fn = decl.handler;
        const handle = fn.__handle ??= (a, ev, _ast) => callFunctionHandler(fn, ev, a, _ast);
        ast.handle = maybeAsync(ast.receiverWithArgs, false, handle);
      }
      return decl.returnType;
    },
    evaluate(ev, ast, ctx) {
      return ast.handle(resolveAstArray(ev, ast.receiverWithArgs, ctx), ev, ast);
    }
  },
  list: {
    check(chk, ast, ctx) {
      const arr = ast.args;
      const arrLen = arr.length;
      if (arrLen === 0) return ast.setMeta("evaluate", emptyList) && chk.getType("list<T>");
      let valueType = chk.check(arr[0], ctx);
      const check2 = chk.opts.homogeneousAggregateLiterals ? checkElementHomogenous : checkElement;
      for (let i = 1; i < arrLen; i++)
        valueType = check2(chk, ctx, valueType, arr[i], "heterogeneous_list_element");
      return chk.registry.getListType(valueType);
    },
    evaluate(ev, ast, ctx) {
      return resolveAstArray(ev, ast.args, ctx);
    }
  },
  map: {
    check(chk, ast, ctx) {
      const arr = ast.args;
      const arrLen = arr.length;
      if (arrLen === 0) return ast.setMeta("evaluate", emptyMap) && chk.getType("map<K, V>");
      const check2 = chk.opts.homogeneousAggregateLiterals ? checkElementHomogenous : checkElement;
      let keyType = chk.check(arr[0][0], ctx);
      let valueType = chk.check(arr[0][1], ctx);
      for (let i = 1; i < arrLen; i++) {
        const e = arr[i];
        keyType = check2(chk, ctx, keyType, e[0], "heterogeneous_map_key");
        valueType = check2(chk, ctx, valueType, e[1], "heterogeneous_map_value");
      }
      return chk.registry.getMapType(keyType, valueType);
    },
    evaluate(ev, ast, ctx) {
      const astEntries = ast.args;
      const len = astEntries.length;
      const results = new Array(len);
      let async;
      for (let i = 0; i < len; i++) {
        const e = astEntries[i];
        const k = ev.run(e[0], ctx);
        const v = ev.run(e[1], ctx);
        if (k instanceof Promise || v instanceof Promise) {
          results[i] = Promise.all([k, v]);
          async ??= true;
        } else {
          results[i] = [k, v];
        }
      }
      if (async) return Promise.all(results).then(safeFromEntries);
      return safeFromEntries(results);
    }
  },
  comprehension: {
    check(chk, ast, ctx) {
      const args = ast.args;
      args.iterCtx = ctx.forkWithVariable(args.iterVarName, comprehensionElementType(chk, args.iterable, ctx)).setAccuType(chk.check(args.init, ctx));
      const stepType = chk.check(args.step, args.iterCtx);
      const handler = args.errorsAreFatal ? runComprehension : runQualifier;
      ast.handle = maybeAsync(args.iterable, false, handler);
      if (args.kind === "quantifier") return chk.boolType;
      return stepType;
    },
    evaluate(ev, ast, ctx) {
      return ast.handle(ev.run(ast.args.iterable, ctx), ast.args, ev, ctx);
    }
  },
  accuValue: {
    check(_chk, _ast, ctx) {
      return ctx.accuType;
    },
    evaluate(_ev, _ast, ctx) {
      return ctx.accuValue;
    }
  },
  accuInc: {
    check(_chk, _ast, ctx) {
      return ctx.accuType;
    },
    evaluate(_ev, _ast, ctx) {
      return ctx.accuValue += 1;
    }
  },
  accuPush: {
    check(chk, ast, ctx) {
      const listType2 = ctx.accuType;
      const itemType = chk.check(ast.args, ctx);
      if (!ast.args.maybeAsync) ast.setMeta("evaluate", OPERATORS.accuPush.evaluateSync);
      if (listType2.kind === "list" && listType2.valueType.kind !== "param") return listType2;
      return chk.registry.getListType(itemType);
    },
    evaluateSync(ev, ast, ctx) {
      return ctx.accuValue.push(ev.run(ast.args, ctx)), ctx.accuValue;
    },
    evaluate(ev, ast, ctx) {
      const arr = ctx.accuValue;
      const el = ev.run(ast.args, ctx);
      if (el instanceof Promise) return el.then((_e) => arr.push(_e) && arr);
      arr.push(el);
      return arr;
    }
  },
  "?:": {
    alias: "ternary",
    check(chk, ast, ctx) {
      const condast = ast.condition = ast.args[0];
      const leftast = ast.left = ast.args[1];
      const rightast = ast.right = ast.args[2];
      const condType = chk.check(condast, ctx);
      if (!condType.isDynOrBool()) {
        throw chk.createError(
          "invalid_condition_type",
          `${condast.meta.label || "Ternary condition must be bool"}, got '${chk.formatType(condType)}'`,
          condast
        );
      }
      const leftType = chk.check(leftast, ctx);
      const rightType = chk.check(rightast, ctx);
      const unified = leftType.unify(chk.registry, rightType);
      ast.handle = maybeAsync(condast, false, handleTernary);
      if (unified) return unified;
      throw chk.createError(
        "incompatible_ternary_branches",
        `Ternary branches must have the same type, got '${chk.formatType(
          leftType
        )}' and '${chk.formatType(rightType)}'`,
        ast
      );
    },
    evaluate(ev, ast, ctx) {
      return ast.handle(ev.run(ast.condition, ctx), ev, ast, ctx);
    }
  },
  "||": {
    check: checkLogicalOp,
    evaluate(ev, ast, ctx) {
      const l = ev.tryEval(ast.left, ctx);
      if (l === true) return true;
      if (l === false) {
        const right = ev.run(ast.right, ctx);
        if (typeof right === "boolean") return right;
        return _logicalOp(true, ev, ast, l, right);
      }
      if (l instanceof Promise)
        return l.then(
          (_l) => _l === true ? _l : _logicalOp(true, ev, ast, _l, ev.run(ast.right, ctx))
        );
      return _logicalOp(true, ev, ast, l, ev.run(ast.right, ctx));
    }
  },
  "&&": {
    check: checkLogicalOp,
    evaluate(ev, ast, ctx) {
      const l = ev.tryEval(ast.left, ctx);
      if (l === false) return false;
      if (l === true) {
        const right = ev.run(ast.right, ctx);
        if (typeof right === "boolean") return right;
        return _logicalOp(false, ev, ast, l, right);
      }
      if (l instanceof Promise)
        return l.then(
          (_l) => _l === false ? _l : _logicalOp(false, ev, ast, _l, ev.run(ast.right, ctx))
        );
      return _logicalOp(false, ev, ast, l, ev.run(ast.right, ctx));
    }
  },
  "!_": { alias: "unaryNot", check: checkUnary, evaluate: evaluateUnary },
  "-_": { alias: "unaryMinus", check: checkUnary, evaluate: evaluateUnary }
};
var binaryOperators = ["!=", "==", "in", "+", "-", "*", "/", "%", "<", "<=", ">", ">="];
for (const op of binaryOperators) OPERATORS[op] = { check: checkBinary, evaluate: evaluateBinary };
for (const op of objKeys(OPERATORS)) {
  const obj = OPERATORS[op];
  obj.name = op;
  if (obj.alias) OPERATORS[obj.alias] = obj;
}

// node_modules/@marcbachmann/cel-js/lib/macros.js
var identity = (x) => x;
function assertIdentifier(node, message) {
  if (node.op === "id") return node.args;
  throw parseError("invalid_macro_argument", message, node);
}
function createMapExpander(hasFilter) {
  const functionDesc = hasFilter ? "map(var, filter, transform)" : "map(var, transform)";
  const invalidMsg = `${functionDesc} invalid predicate iteration variable`;
  const label = `${functionDesc} filter predicate must return bool`;
  return ({ args, receiver, ast: callAst }) => {
    const [iterVar, predicate, transform] = hasFilter ? args : [args[0], null, args[1]];
    let step = transform.clone(OPERATORS.accuPush, transform);
    if (predicate) {
      const accuValue = predicate.clone(OPERATORS.accuValue);
      step = predicate.clone(OPERATORS.ternary, [predicate.setMeta("label", label), step, accuValue]);
    }
    return {
      callAst: callAst.clone(OPERATORS.comprehension, {
        errorsAreFatal: true,
        iterable: receiver,
        iterVarName: assertIdentifier(iterVar, invalidMsg),
        init: callAst.clone(OPERATORS.list, []),
        step,
        result: identity
      })
    };
  };
}
function createFilterExpander() {
  const functionDesc = "filter(var, predicate)";
  const invalidMsg = `${functionDesc} invalid predicate iteration variable`;
  const label = `${functionDesc} predicate must return bool`;
  return ({ args, receiver, ast: callAst }) => {
    const iterVarName = assertIdentifier(args[0], invalidMsg);
    const accuValue = callAst.clone(OPERATORS.accuValue);
    const predicate = args[1].setMeta("label", label);
    const appendItem = callAst.clone(OPERATORS.accuPush, callAst.clone(OPERATORS.id, iterVarName));
    const step = predicate.clone(OPERATORS.ternary, [predicate, appendItem, accuValue]);
    return {
      callAst: callAst.clone(OPERATORS.comprehension, {
        errorsAreFatal: true,
        iterable: receiver,
        iterVarName,
        init: callAst.clone(OPERATORS.list, []),
        step,
        result: identity
      })
    };
  };
}
function createQuantifierExpander(opts) {
  const invalidMsg = `${opts.name}(var, predicate) invalid predicate iteration variable`;
  const label = `${opts.name}(var, predicate) predicate must return bool`;
  return ({ args, receiver, ast: callAst }) => {
    const predicate = args[1].setMeta("label", label);
    const transform = opts.transform({ args, ast: callAst, predicate, opts });
    return {
      callAst: callAst.clone(OPERATORS.comprehension, {
        kind: "quantifier",
        errorsAreFatal: opts.errorsAreFatal || false,
        iterable: receiver,
        iterVarName: assertIdentifier(args[0], invalidMsg),
        init: transform.init,
        condition: transform.condition,
        step: transform.step,
        result: transform.result || identity
      })
    };
  };
}
function createHasExpander() {
  const invalidHasArgument = "has() invalid argument";
  function evaluate2(ev, macro, ctx) {
    const nodes = macro.macroHasProps;
    let i = nodes.length;
    let obj = ev.run(nodes[--i], ctx);
    let inOptionalContext;
    while (i--) {
      const node = nodes[i];
      if (node.op === ".?") inOptionalContext ??= true;
      obj = ev.debugType(obj).fieldLazy(obj, node.args[1], node, ev);
      if (obj !== void 0) continue;
      if (!(!inOptionalContext && i && node.op === ".")) break;
      throw evaluationError("no_such_key", `No such key: ${node.args[1]}`, node);
    }
    return obj !== void 0;
  }
  function typeCheck(checker, macro, ctx) {
    let node = macro.args[0];
    if (node.op !== ".") throw checker.createError("invalid_macro_argument", invalidHasArgument, node);
    if (!macro.macroHasProps) {
      const props = [];
      while (node.op === "." || node.op === ".?") node = props.push(node) && node.args[0];
      if (node.op !== "id") throw checker.createError("invalid_macro_argument", invalidHasArgument, node);
      checker.check(node, ctx);
      props.push(node);
      macro.macroHasProps = props;
    }
    return checker.getType("bool");
  }
  return function({ args }) {
    return { args, evaluate: evaluate2, typeCheck, async: false };
  };
}
function registerMacros(registry) {
  const functionOverload = (sig, handler) => registry.registerFunctionOverload(sig, handler);
  functionOverload("has(ast): bool", createHasExpander());
  functionOverload(
    "list.all(ast, ast): bool",
    createQuantifierExpander({
      name: "all",
      transform({ ast: callAst, predicate, opts }) {
        return {
          init: callAst.clone(OPERATORS.value, true),
          condition: identity,
          step: predicate.clone(OPERATORS.ternary, [
            predicate,
            predicate.clone(OPERATORS.value, true),
            predicate.clone(OPERATORS.value, false)
          ])
        };
      }
    })
  );
  functionOverload(
    "list.exists(ast, ast): bool",
    createQuantifierExpander({
      name: "exists",
      condition(accu) {
        return !accu;
      },
      transform({ ast: callAst, predicate, opts }) {
        return {
          init: callAst.clone(OPERATORS.value, false),
          condition: opts.condition,
          step: predicate.clone(OPERATORS.ternary, [
            predicate,
            predicate.clone(OPERATORS.value, true),
            predicate.clone(OPERATORS.value, false)
          ])
        };
      }
    })
  );
  functionOverload(
    "list.exists_one(ast, ast): bool",
    createQuantifierExpander({
      name: "exists_one",
      errorsAreFatal: true,
      result(accu) {
        return accu === 1;
      },
      transform({ ast: callAst, predicate, opts }) {
        const accuValue = callAst.clone(OPERATORS.accuValue);
        return {
          init: callAst.clone(OPERATORS.value, 0),
          step: predicate.clone(OPERATORS.ternary, [predicate, callAst.clone(OPERATORS.accuInc), accuValue]),
          result: opts.result
        };
      }
    })
  );
  functionOverload("list.map(ast, ast): list<dyn>", createMapExpander(false));
  functionOverload("list.map(ast, ast, ast): list<dyn>", createMapExpander(true));
  functionOverload("list.filter(ast, ast): list<dyn>", createFilterExpander());
  class CelNamespace {
  }
  const celNamespace = new CelNamespace();
  registry.registerType("CelNamespace", CelNamespace);
  registry.registerConstant("cel", "CelNamespace", celNamespace);
  function bindTypeCheck(checker, m, ctx) {
    m.bindCtx = ctx.forkWithVariable(m.var, checker.check(m.val, ctx));
    const type = checker.check(m.exp, m.bindCtx);
    if (m.val.maybeAsync || m.exp.maybeAsync) return type;
    m.ast.setMeta("async", false);
    m.evaluate = bindEvaluateSync;
    return type;
  }
  function bindOptionalEvaluate(ev, exp, bindCtx, ctx, boundValue) {
    const res = ev.run(exp, ctx = bindCtx.reuse(ctx).setIterValue(boundValue, ev));
    if (res instanceof Promise && ctx === bindCtx) ctx.async = true;
    return res;
  }
  function bindEvaluate(ev, { val, exp, bindCtx }, ctx) {
    const v = ev.run(val, ctx);
    if (v instanceof Promise) return v.then((_v) => bindOptionalEvaluate(ev, exp, bindCtx, ctx, _v));
    return bindOptionalEvaluate(ev, exp, bindCtx, ctx, v);
  }
  function bindEvaluateSync(ev, { val, exp, bindCtx }, ctx) {
    return ev.run(exp, bindCtx.reuse(ctx).setIterValue(ev.run(val, ctx), ev));
  }
  functionOverload("CelNamespace.bind(ast, dyn, ast): dyn", ({ ast, args }) => {
    return {
      ast,
      var: assertIdentifier(args[0], "invalid variable argument"),
      val: args[1],
      exp: args[2],
      bindCtx: void 0,
      typeCheck: bindTypeCheck,
      evaluate: bindEvaluate
    };
  });
}

// node_modules/@marcbachmann/cel-js/lib/overloads.js
function registerOverloads(registry) {
  const unaryOverload = (op, t, h, ret) => registry.unaryOverload(op, t, h, ret, false);
  const binaryOverload = (l, op, r, h, ret) => registry.binaryOverload(l, op, r, h, ret, false);
  function verifyInteger(v, ast) {
    if (v <= MAX_INT && v >= MIN_INT) return v;
    throw evaluationError("numeric_overflow", `integer overflow: ${v}`, ast);
  }
  function throwDivisionByZero(ast) {
    throw evaluationError("division_by_zero", "division by zero", ast);
  }
  function throwModuloByZero(ast) {
    throw evaluationError("modulo_by_zero", "modulo by zero", ast);
  }
  unaryOverload("!", "bool", (a) => !a);
  unaryOverload("-", "int", (a) => -a);
  binaryOverload("dyn<int>", `==`, `double`, (a, b) => a == b);
  binaryOverload("dyn<int>", `==`, `uint`, (a, b) => a == b.valueOf());
  binaryOverload("int", "*", "int", (a, b, ast) => verifyInteger(a * b, ast));
  binaryOverload("int", "+", "int", (a, b, ast) => verifyInteger(a + b, ast));
  binaryOverload("int", "-", "int", (a, b, ast) => verifyInteger(a - b, ast));
  binaryOverload("int", "/", "int", (a, b, ast) => {
    if (b === MIN_UINT) return throwDivisionByZero(ast);
    return a / b;
  });
  binaryOverload("int", "%", "int", (a, b, ast) => {
    if (b === MIN_UINT) return throwModuloByZero(ast);
    return a % b;
  });
  unaryOverload("-", "double", (a) => -a);
  binaryOverload("double", "*", "double", (a, b) => a * b);
  binaryOverload("double", "+", "double", (a, b) => a + b);
  binaryOverload("double", "-", "double", (a, b) => a - b);
  binaryOverload("double", "/", "double", (a, b) => a / b);
  binaryOverload("string", "+", "string", (a, b) => a + b);
  binaryOverload("list<V>", "+", "list<V>", (a, b) => [...a, ...b]);
  binaryOverload("bytes", "+", "bytes", (a, b) => {
    if (!a.length) return b;
    if (!b.length) return a;
    const result = new Uint8Array(a.length + b.length);
    result.set(a, 0);
    result.set(b, a.length);
    return result;
  });
  const GPD = "google.protobuf.Duration";
  binaryOverload(GPD, "+", GPD, (a, b) => a.addDuration(b));
  binaryOverload(GPD, "-", GPD, (a, b) => a.subtractDuration(b));
  binaryOverload(GPD, "==", GPD, (a, b) => a.seconds === b.seconds && a.nanos === b.nanos);
  const GPT = "google.protobuf.Timestamp";
  binaryOverload(GPT, "==", GPT, (a, b) => a.getTime() === b.getTime());
  binaryOverload(GPT, "-", GPT, (a, b) => Duration.fromMilliseconds(a.getTime() - b.getTime()), GPD);
  binaryOverload(GPT, "-", GPD, (a, b) => b.subtractTimestamp(a));
  binaryOverload(GPT, "+", GPD, (a, b) => b.extendTimestamp(a));
  binaryOverload(GPD, "+", GPT, (a, b) => a.extendTimestamp(b));
  function listIncludes(value, list3, ast, ev) {
    if (list3 instanceof Set && list3.has(value)) return true;
    for (const v of list3) if (isEqual(value, v, ast, ev)) return true;
    return false;
  }
  function mapIncludes(a, b) {
    if (b instanceof Map) return b.get(a) !== void 0;
    return hasOwn(b, a) ? b[a] !== void 0 : false;
  }
  function listMembership(value, list3, ast, ev) {
    return listIncludes(value, list3, ast, ev);
  }
  binaryOverload("V", "in", "list<V>", listMembership);
  binaryOverload("K", "in", "map<K, V>", mapIncludes);
  for (const t of ["type", "null", "bool", "string", "int", "double"]) {
    binaryOverload(t, "==", t, (a, b) => a === b);
  }
  binaryOverload("bytes", `==`, "bytes", (a, b) => {
    if (a === b) return true;
    let i = a.length;
    if (i !== b.length) return false;
    while (i--) if (a[i] !== b[i]) return false;
    return true;
  });
  binaryOverload("list<V>", `==`, "list<V>", (a, b, ast, ev) => {
    if (a === b) return true;
    if (isArray(a) && isArray(b)) {
      const length = a.length;
      if (length !== b.length) return false;
      for (let i = 0; i < length; i++) {
        if (!isEqual(a[i], b[i], ast, ev)) return false;
      }
      return true;
    }
    if (a instanceof Set && b instanceof Set) {
      if (a.size !== b.size) return false;
      for (const value of a) if (!b.has(value)) return false;
      return true;
    }
    const arr = a instanceof Set ? b : a;
    const set = a instanceof Set ? a : b;
    if (!isArray(arr)) return false;
    if (arr.length !== set?.size) return false;
    for (let i = 0; i < arr.length; i++) if (!set.has(arr[i])) return false;
    return true;
  });
  binaryOverload("map<K, V>", `==`, "map<K, V>", (a, b, ast, ev) => {
    if (a === b) return true;
    if (a instanceof Map && b instanceof Map) {
      if (a.size !== b.size) return false;
      for (const [key, value] of a)
        if (!(b.has(key) && isEqual(value, b.get(key), ast, ev))) return false;
      return true;
    }
    if (a instanceof Map || b instanceof Map) {
      const obj = a instanceof Map ? b : a;
      const map = a instanceof Map ? a : b;
      const keysObj = objKeys(obj);
      if (map.size !== keysObj.length) return false;
      for (const [key, value] of map) {
        if (!(key in obj && isEqual(value, obj[key], ast, ev))) return false;
      }
      return true;
    }
    const keysA = objKeys(a);
    const keysB = objKeys(b);
    if (keysA.length !== keysB.length) return false;
    for (let i = 0; i < keysA.length; i++) {
      const key = keysA[i];
      if (!(key in b && isEqual(a[key], b[key], ast, ev))) return false;
    }
    return true;
  });
  binaryOverload("uint", "==", "uint", (a, b) => a.valueOf() === b.valueOf());
  binaryOverload("dyn<uint>", `==`, `double`, (a, b) => a.valueOf() == b);
  binaryOverload("uint", "+", "uint", (a, b) => new UnsignedInt(a.valueOf() + b.valueOf()));
  binaryOverload("uint", "-", "uint", (a, b) => new UnsignedInt(a.valueOf() - b.valueOf()));
  binaryOverload("uint", "*", "uint", (a, b) => new UnsignedInt(a.valueOf() * b.valueOf()));
  binaryOverload("uint", "/", "uint", (a, b, ast) => {
    if (b.valueOf() === MIN_UINT) return throwDivisionByZero(ast);
    return new UnsignedInt(a.valueOf() / b.valueOf());
  });
  binaryOverload("uint", "%", "uint", (a, b, ast) => {
    if (b.valueOf() === MIN_UINT) return throwModuloByZero(ast);
    return new UnsignedInt(a.valueOf() % b.valueOf());
  });
  for (const [left, right] of [
    ["bool", "bool"],
    ["int", "int"],
    ["uint", "uint"],
    ["double", "double"],
    ["string", "string"],
    ["google.protobuf.Timestamp", "google.protobuf.Timestamp"],
    ["google.protobuf.Duration", "google.protobuf.Duration"],
    ["int", "uint"],
    ["int", "double"],
    ["double", "int"],
    ["double", "uint"],
    ["uint", "int"],
    ["uint", "double"]
  ]) {
    binaryOverload(left, "<", right, (a, b) => a < b);
    binaryOverload(left, "<=", right, (a, b) => a <= b);
    binaryOverload(left, ">", right, (a, b) => a > b);
    binaryOverload(left, ">=", right, (a, b) => a >= b);
  }
}
function isEqual(a, b, ast, ev) {
  if (a === b) return true;
  switch (typeof a) {
    case "undefined":
    case "string":
    case "boolean":
      return false;
    case "bigint":
      if (typeof b === "number") return a == b;
      return false;
    case "number":
      if (typeof b === "bigint") return a == b;
      return false;
    case "object":
      if (typeof b !== "object") return false;
      const leftType = ev.debugType(a);
      const rightType = ev.debugType(b);
      if (leftType !== rightType) return false;
      const overload = ev.registry.findBinaryOverload("==", leftType, rightType);
      if (!overload) return false;
      return overload.handler(a, b, ast, ev);
  }
  throw evaluationError("invalid_comparison_type", `Cannot compare values of type ${typeof a}`, ast);
}

// node_modules/@marcbachmann/cel-js/lib/type-checker.js
var toDynTypeBinding = (/* @__PURE__ */ new Map()).set("A", "dyn").set("T", "dyn").set("K", "dyn").set("V", "dyn");
var TypeChecker = class extends Base {
  constructor(opts, isEvaluating) {
    super(opts);
    this.createError = isEvaluating ? evaluationError : typeError;
  }
  /**
   * Check an expression and return its inferred type
   * @param {Array|any} ast - The AST node to check
   * @returns {Object} The inferred type declaration
   * @throws {TypeError} If type checking fails
   */
  check(ast, ctx) {
    try {
      return ast.checkedType ??= ast.check(this, ast, ctx);
    } catch (error) {
      throw attachErrorAst(error, ast);
    }
  }
  checkAccessOnType(ast, ctx, leftType, allowMissingField = false) {
    if (leftType === this.dynType) return leftType;
    const indexTypeName = (ast.op === "[]" || ast.op === "[?]" ? this.check(ast.args[1], ctx) : this.stringType).type;
    if (leftType.kind === "list") {
      if (indexTypeName === "int" || indexTypeName === "dyn") return leftType.valueType;
      throw this.createError("invalid_index_type", `List index must be int, got '${indexTypeName}'`, ast);
    }
    if (leftType.kind === "map") return leftType.valueType;
    const customType = this.objectTypes.get(leftType.name);
    if (customType) {
      if (!(indexTypeName === "string" || indexTypeName === "dyn")) {
        throw this.createError(
          "invalid_index_type",
          `Cannot index type '${leftType.name}' with type '${indexTypeName}'`,
          ast
        );
      }
      if (customType.fields) {
        let keyName;
        if (ast.op === "." || ast.op === ".?") keyName = ast.args[1];
        else if (ast.args[1].op === "value") keyName = ast.args[1].args;
        if (typeof keyName === "string") {
          const fieldType = customType.fields[keyName];
          if (fieldType) return fieldType;
          if (allowMissingField) return this.dynType;
          throw this.createError("no_such_key", `No such key: ${keyName}`, ast);
        }
      }
      return this.dynType;
    }
    throw this.createError("cannot_index_type", `Cannot index type '${this.formatType(leftType)}'`, ast);
  }
  formatType(type) {
    if (!type.hasPlaceholderType) return type.name;
    return type.templated(this.registry, toDynTypeBinding).name;
  }
  formatTypeList(types) {
    return types.map((t) => this.formatType(t)).join(", ");
  }
};

// node_modules/@marcbachmann/cel-js/lib/parser.js
var TOKEN = {
  EOF: 0,
  NUMBER: 1,
  STRING: 2,
  BOOLEAN: 3,
  NULL: 4,
  IDENTIFIER: 5,
  PLUS: 6,
  MINUS: 7,
  MULTIPLY: 8,
  DIVIDE: 9,
  MODULO: 10,
  EQ: 11,
  NE: 12,
  LT: 13,
  LE: 14,
  GT: 15,
  GE: 16,
  AND: 17,
  OR: 18,
  NOT: 19,
  IN: 20,
  LPAREN: 21,
  RPAREN: 22,
  LBRACKET: 23,
  RBRACKET: 24,
  LBRACE: 25,
  RBRACE: 26,
  DOT: 27,
  COMMA: 28,
  COLON: 29,
  QUESTION: 30,
  BYTES: 31
};
var OP_FOR_TOKEN = {
  [TOKEN.EQ]: OPERATORS["=="],
  [TOKEN.PLUS]: OPERATORS["+"],
  [TOKEN.MINUS]: OPERATORS["-"],
  [TOKEN.MULTIPLY]: OPERATORS["*"],
  [TOKEN.DIVIDE]: OPERATORS["/"],
  [TOKEN.MODULO]: OPERATORS["%"],
  [TOKEN.LE]: OPERATORS["<="],
  [TOKEN.LT]: OPERATORS["<"],
  [TOKEN.GE]: OPERATORS[">="],
  [TOKEN.GT]: OPERATORS[">"],
  [TOKEN.NE]: OPERATORS["!="],
  [TOKEN.IN]: OPERATORS["in"]
};
var TOKEN_BY_NUMBER = {};
for (const key in TOKEN) TOKEN_BY_NUMBER[TOKEN[key]] = key;
var HEX_CODES = new Uint8Array(128);
for (const ch of "0123456789abcdefABCDEF") HEX_CODES[ch.charCodeAt(0)] = 1;
var ESCAPE_ERRORS = {
  bytes_unicode_escape: (e) => `\\${e} not allowed in bytes literals`,
  invalid_unicode_escape: (e) => `Invalid Unicode escape: \\${e}`,
  invalid_unicode_surrogate: (e) => `Invalid Unicode surrogate: \\${e}`,
  invalid_hex_escape: (e) => `Invalid hex escape: \\${e}`,
  invalid_octal_escape: () => "Octal escape must be 3 digits",
  octal_escape_out_of_range: (e) => `Octal escape out of range: \\${e}`,
  invalid_escape_sequence: (e) => `Invalid escape sequence: \\${e}`
};
var STRING_ESCAPES = {
  "\\": "\\",
  "?": "?",
  '"': '"',
  "'": "'",
  "`": "`",
  a: "\x07",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "	",
  v: "\v"
};
var ASTNode = class _ASTNode {
  #meta;
  #input;
  constructor(input, pos, start, end, op, args) {
    this.#meta = { check: op.check, evaluate: op.evaluate };
    this.#input = input;
    this.op = op.name;
    this.args = args;
    this.pos = pos;
    this.start = start;
    this.end = end;
  }
  clone(op, args) {
    return new _ASTNode(this.#input, this.pos, this.start, this.end, op, args);
  }
  get meta() {
    return this.#meta;
  }
  get input() {
    return this.#input;
  }
  #computeIsAsync() {
    const ast = this.#meta.alternate ?? this;
    switch (ast.op) {
      case "value":
      case "id":
      case "accuValue":
      case "accuInc":
        return false;
      case "accuPush":
        return ast.args.maybeAsync;
      case "!_":
      case "-_":
        if (ast.candidates?.async !== false) return true;
        return ast.args.maybeAsync;
      case "!=":
      case "==":
      case "in":
      case "+":
      case "-":
      case "*":
      case "/":
      case "%":
      case "<":
      case "<=":
      case ">":
      case ">=":
        if (ast.candidates?.async !== false) return true;
        return ast.args.some((a) => a.maybeAsync);
      case "call":
      case "rcall":
        if (ast.candidates?.async !== false) return true;
        return (ast.receiverWithArgs || ast.args[1]).some((a) => a.maybeAsync);
      case "comprehension":
        return ast.args.iterable.maybeAsync || ast.args.step.maybeAsync;
      case ".":
      case ".?":
        return ast.args[0].maybeAsync;
      case "?:":
      case "list":
      case "[]":
      case "[?]":
        return ast.args.some((a) => a.maybeAsync);
      case "||":
      case "&&":
        return ast.args.some((a) => a.maybeAsync);
      case "map":
        return ast.args.some((a) => a[0].maybeAsync || a[1].maybeAsync);
      default:
        return true;
    }
  }
  /**
   * Check whether we can optimize away async calling
   * If no ast members includes a function, we can optimize the call
   * for which we want to return true here.
   * @returns {boolean}
   */
  get maybeAsync() {
    return this.#meta.async ??= this.#computeIsAsync();
  }
  check(chk, ast, ctx) {
    const meta = this.#meta;
    if (meta.alternate) return chk.check(meta.alternate, ctx);
    else if (meta.macro) return meta.macro.typeCheck(chk, meta.macro, ctx);
    return meta.check(chk, ast, ctx);
  }
  evaluate(ev, ast, ctx) {
    const meta = this.#meta;
    if (meta.alternate) this.evaluate = this.#evaluateAlternate;
    else if (meta.macro) this.evaluate = this.#evaluateMacro;
    else this.evaluate = meta.evaluate;
    return this.evaluate(ev, ast, ctx);
  }
  #evaluateAlternate(ev, ast, ctx) {
    return (ast = this.#meta.alternate).evaluate(ev, ast, ctx);
  }
  #evaluateMacro(ev, ast, ctx) {
    return (ast = this.#meta.macro).evaluate(ev, ast, ctx);
  }
  setMeta(key, value) {
    return this.#meta[key] = value, this;
  }
  get range() {
    return { start: this.start, end: this.end };
  }
  toOldStructure() {
    const args = Array.isArray(this.args) ? this.args : [this.args];
    return [this.op, ...args.map((a) => a instanceof _ASTNode ? a.toOldStructure() : a)];
  }
};
var Lexer = class {
  input;
  pos;
  length;
  tokenPos;
  tokenType;
  tokenValue;
  reset(input) {
    this.pos = 0;
    this.input = input;
    this.length = input.length;
    return input;
  }
  token(pos, type, value) {
    this.tokenPos = pos;
    this.tokenType = type;
    this.tokenValue = value;
    return this;
  }
  // Read next token
  nextToken() {
    while (true) {
      const { pos, input, length } = this;
      if (pos >= length) return this.token(pos, TOKEN.EOF);
      const ch = input[pos];
      switch (ch) {
        // Whitespaces
        case " ":
        case "	":
        case "\n":
        case "\r":
          this.pos++;
          continue;
        // Operators
        case "=":
          if (input[pos + 1] !== "=") break;
          return this.token((this.pos += 2) - 2, TOKEN.EQ);
        case "&":
          if (input[pos + 1] !== "&") break;
          return this.token((this.pos += 2) - 2, TOKEN.AND);
        case "|":
          if (input[pos + 1] !== "|") break;
          return this.token((this.pos += 2) - 2, TOKEN.OR);
        case "+":
          return this.token(this.pos++, TOKEN.PLUS);
        case "-":
          return this.token(this.pos++, TOKEN.MINUS);
        case "*":
          return this.token(this.pos++, TOKEN.MULTIPLY);
        case "/":
          if (input[pos + 1] === "/") {
            while (this.pos < length && this.input[this.pos] !== "\n") this.pos++;
            continue;
          }
          return this.token(this.pos++, TOKEN.DIVIDE);
        case "%":
          return this.token(this.pos++, TOKEN.MODULO);
        case "<":
          if (input[pos + 1] === "=") return this.token((this.pos += 2) - 2, TOKEN.LE);
          return this.token(this.pos++, TOKEN.LT);
        case ">":
          if (input[pos + 1] === "=") return this.token((this.pos += 2) - 2, TOKEN.GE);
          return this.token(this.pos++, TOKEN.GT);
        case "!":
          if (input[pos + 1] === "=") return this.token((this.pos += 2) - 2, TOKEN.NE);
          return this.token(this.pos++, TOKEN.NOT);
        case "(":
          return this.token(this.pos++, TOKEN.LPAREN);
        case ")":
          return this.token(this.pos++, TOKEN.RPAREN);
        case "[":
          return this.token(this.pos++, TOKEN.LBRACKET);
        case "]":
          return this.token(this.pos++, TOKEN.RBRACKET);
        case "{":
          return this.token(this.pos++, TOKEN.LBRACE);
        case "}":
          return this.token(this.pos++, TOKEN.RBRACE);
        case ".":
          return this.token(this.pos++, TOKEN.DOT);
        case ",":
          return this.token(this.pos++, TOKEN.COMMA);
        case ":":
          return this.token(this.pos++, TOKEN.COLON);
        case "?":
          return this.token(this.pos++, TOKEN.QUESTION);
        case `"`:
        case `'`:
          return this.readString(ch);
        // Check for string prefixes (b, B, r, R followed by quote)
        case "b":
        case "B":
        case "r":
        case "R": {
          const next = input[pos + 1];
          if (next === '"' || next === "'") return ++this.pos && this.readString(next, ch);
          return this.readIdentifier();
        }
        default: {
          const code = ch.charCodeAt(0);
          if (code <= 57 && code >= 48) return this.readNumber();
          if (this._isIdentifierCharCode(code)) return this.readIdentifier();
        }
      }
      throw parseError("unexpected_character", `Unexpected character: ${ch}`, {
        pos,
        start: pos,
        end: pos + 1,
        input
      });
    }
  }
  // Characters: 0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_
  _isIdentifierCharCode(c) {
    if (c < 48 || c > 122) return false;
    return c >= 97 || c >= 65 && c <= 90 || c <= 57 || c === 95;
  }
  _parseAsDouble(start, end) {
    const value = Number(this.input.substring(start, end));
    if (Number.isFinite(value)) return this.token(start, TOKEN.NUMBER, value);
    throw parseError("invalid_number", `Invalid number: ${value}`, {
      pos: start,
      start,
      end,
      input: this.input
    });
  }
  _parseAsBigInt(start, end, isHex, unsigned) {
    const string = this.input.substring(start, end);
    if (unsigned === "u" || unsigned === "U") {
      this.pos++;
      try {
        return this.token(start, TOKEN.NUMBER, new UnsignedInt(string));
      } catch (_err) {
      }
    } else {
      try {
        return this.token(start, TOKEN.NUMBER, BigInt(string));
      } catch (_err) {
      }
    }
    throw parseError(
      isHex ? "invalid_hex_integer" : "invalid_integer",
      isHex ? `Invalid hex integer: ${string}` : `Invalid integer: ${string}`,
      { pos: start, start, end: this.pos, input: this.input }
    );
  }
  _readDigits(input, length, pos, code) {
    while (pos < length && (code = input.charCodeAt(pos)) && !(code > 57 || code < 48)) pos++;
    return pos;
  }
  _readExponent(input, length, pos) {
    let ch = pos < length && input[pos];
    if (ch === "e" || ch === "E") {
      ch = ++pos < length && input[pos];
      if (ch === "-" || ch === "+") pos++;
      const start = pos;
      pos = this._readDigits(input, length, pos);
      if (start === pos)
        throw parseError("invalid_exponent", "Invalid exponent", {
          pos,
          start: pos,
          end: Math.min(pos + 1, input.length),
          input
        });
    }
    return pos;
  }
  readNumber() {
    const { input, length, pos: start } = this;
    let pos = start;
    if (input[pos] === "0" && (input[pos + 1] === "x" || input[pos + 1] === "X")) {
      pos += 2;
      while (pos < length && HEX_CODES[input[pos].charCodeAt(0)]) pos++;
      return this._parseAsBigInt(start, this.pos = pos, true, input[pos]);
    }
    pos = this._readDigits(input, length, pos);
    if (pos + 1 < length) {
      let isDouble = false;
      let afterpos = input[pos] === "." ? this._readDigits(input, length, pos + 1) : pos + 1;
      if (afterpos !== pos + 1) (isDouble = true) && (pos = afterpos);
      afterpos = this._readExponent(input, length, pos);
      if (afterpos !== pos) (isDouble = true) && (pos = afterpos);
      if (isDouble) return this._parseAsDouble(start, this.pos = pos);
    }
    return this._parseAsBigInt(start, this.pos = pos, false, input[pos]);
  }
  readString(del, prefix) {
    const { input: i, pos: s } = this;
    if (i[s + 1] === del && i[s + 2] === del) return this.readTripleQuotedString(del, prefix);
    return this.readSingleQuotedString(del, prefix);
  }
  _closeQuotedString(rawStart, rawValue, prefix, pos) {
    switch (prefix) {
      case "b":
      case "B": {
        const processed = this.processEscapes(rawStart, rawValue, true);
        const bytes = new Uint8Array(processed.length);
        for (let i = 0; i < processed.length; i++) bytes[i] = processed.charCodeAt(i) & 255;
        return this.token(pos - 1, TOKEN.BYTES, bytes);
      }
      case "r":
      case "R": {
        return this.token(pos - 1, TOKEN.STRING, rawValue);
      }
      default: {
        const value = this.processEscapes(rawStart, rawValue, false);
        return this.token(pos, TOKEN.STRING, value);
      }
    }
  }
  readSingleQuotedString(delimiter, prefix) {
    const { input, length, pos: start } = this;
    let ch;
    let pos = this.pos + 1;
    while (pos < length && (ch = input[pos])) {
      switch (ch) {
        case delimiter:
          const rawStart = start + 1;
          const rawValue = input.slice(rawStart, pos);
          this.pos = ++pos;
          return this._closeQuotedString(rawStart, rawValue, prefix, start);
        case "\n":
        case "\r":
          throw parseError("newline_in_string", "Newlines not allowed in single-quoted strings", {
            pos,
            start: pos,
            end: pos + 1,
            input
          });
        case "\\":
          pos++;
      }
      pos++;
    }
    throw parseError("unterminated_string", "Unterminated string", {
      pos: start,
      start,
      end: input.length,
      input
    });
  }
  readTripleQuotedString(delimiter, prefix) {
    const { input, length, pos: start } = this;
    let ch;
    let pos = this.pos + 3;
    while (pos < length && (ch = input[pos])) {
      switch (ch) {
        case delimiter:
          if (input[pos + 1] === delimiter && input[pos + 2] === delimiter) {
            const rawStart = start + 3;
            const rawValue = input.slice(rawStart, pos);
            this.pos = pos + 3;
            return this._closeQuotedString(rawStart, rawValue, prefix, start);
          }
          break;
        case "\\":
          pos++;
      }
      pos++;
    }
    throw parseError("unterminated_triple_quoted_string", "Unterminated triple-quoted string", {
      pos: start,
      start,
      end: input.length,
      input
    });
  }
  #escapeErr(code, offset, len, i, chars, extra) {
    const start = offset + i;
    return parseError(code, ESCAPE_ERRORS[code](extra), {
      input: this.input,
      pos: start,
      start,
      end: Math.min(start + chars, offset + len)
    });
  }
  processEscapes(offset, str, isBytes) {
    if (!str.includes("\\")) return str;
    const len = str.length;
    let result = "";
    let i = 0;
    while (i < len) {
      if (str[i] !== "\\" || i + 1 >= len) {
        result += str[i++];
        continue;
      }
      const next = str[i + 1];
      if (STRING_ESCAPES[next]) {
        result += STRING_ESCAPES[next];
        i += 2;
      } else if (next === "u" || next === "U") {
        if (isBytes) throw this.#escapeErr("bytes_unicode_escape", offset, len, i, 2, next);
        const hexLen = next === "u" ? 4 : 8;
        const hex = str.substring(i + 2, i + 2 + hexLen);
        const c = Number.parseInt(hex, 16);
        if (hex.length !== hexLen || !/^[0-9a-fA-F]+$/.test(hex) || c > 1114111)
          throw this.#escapeErr("invalid_unicode_escape", offset, len, i, 2 + hexLen, next + hex);
        if (c >= 55296 && c <= 57343)
          throw this.#escapeErr("invalid_unicode_surrogate", offset, len, i, 2 + hexLen, next + hex);
        result += String.fromCodePoint(c);
        i += 2 + hexLen;
      } else if (next === "x" || next === "X") {
        const h = str.substring(i + 2, i + 4);
        if (!/^[0-9a-fA-F]{2}$/.test(h))
          throw this.#escapeErr("invalid_hex_escape", offset, len, i, 4, next + h);
        result += String.fromCharCode(Number.parseInt(h, 16));
        i += 4;
      } else if (next >= "0" && next <= "7") {
        const o = str.substring(i + 1, i + 4);
        if (!/^[0-7]{3}$/.test(o)) throw this.#escapeErr("invalid_octal_escape", offset, len, i, 4);
        const value = Number.parseInt(o, 8);
        if (value > 255) throw this.#escapeErr("octal_escape_out_of_range", offset, len, i, 4, o);
        result += String.fromCharCode(value);
        i += 4;
      } else {
        throw this.#escapeErr("invalid_escape_sequence", offset, len, i, 2, next);
      }
    }
    return result;
  }
  readIdentifier() {
    const { pos, input, length } = this;
    let p = pos;
    while (p < length && this._isIdentifierCharCode(input[p].charCodeAt(0))) p++;
    const value = input.substring(pos, this.pos = p);
    switch (value) {
      case "true":
        return this.token(pos, TOKEN.BOOLEAN, true);
      case "false":
        return this.token(pos, TOKEN.BOOLEAN, false);
      case "null":
        return this.token(pos, TOKEN.NULL, null);
      case "in":
        return this.token(pos, TOKEN.IN);
      default:
        return this.token(pos, TOKEN.IDENTIFIER, value);
    }
  }
};
var globalLexer = new Lexer();
var Parser = class {
  lexer = globalLexer;
  input = null;
  maxDepthRemaining = null;
  astNodesRemaining = null;
  type = null;
  pos = null;
  constructor(limits, registry) {
    this.limits = limits;
    this.registry = registry;
  }
  #limitExceeded(limitKey, pos = this.pos) {
    throw parseError("limit_exceeded", `Exceeded ${limitKey} (${this.limits[limitKey]})`, {
      pos,
      start: pos,
      end: pos,
      input: this.input
    });
  }
  #node(start, end, op, args, pos = start) {
    const node = new ASTNode(this.input, pos, start, end, op, args);
    if (!this.astNodesRemaining--) this.#limitExceeded("maxAstNodes", pos);
    return node;
  }
  #infixNode(op, left, right) {
    return this.#node(left.start, right.end, op, [left, right]);
  }
  #ternaryNode(expression, consequent, alternate) {
    return this.#node(expression.start, alternate.end, OPERATORS.ternary, [
      expression,
      consequent,
      alternate
    ]);
  }
  #unaryNode(pos, op, arg) {
    return this.#node(pos, arg.end, op, arg);
  }
  #accessNode(op, left, right, end, pos = left.start) {
    return this.#node(left.start, end, op, [left, right], pos);
  }
  #advanceToken(returnValue = this.pos) {
    const l = this.lexer.nextToken();
    this.pos = l.tokenPos;
    this.type = l.tokenType;
    return returnValue;
  }
  // The value of the current token is accessed less regularly,
  // so we use a getter to reduce assignment overhead
  get value() {
    return this.lexer.tokenValue;
  }
  consume(expectedType) {
    if (this.type === expectedType) return this.#advanceToken();
    throw parseError(
      "expected_token",
      `Expected ${TOKEN_BY_NUMBER[expectedType]}, got ${TOKEN_BY_NUMBER[this.type]}`,
      { pos: this.pos, start: this.pos, end: this.lexer.pos, input: this.input }
    );
  }
  match(type) {
    return this.type === type;
  }
  // Parse entry point
  parse(input) {
    if (typeof input !== "string") {
      throw parseError("expression_must_be_string", "Expression must be a string");
    }
    this.input = this.lexer.reset(input);
    this.#advanceToken();
    this.maxDepthRemaining = this.limits.maxDepth;
    this.astNodesRemaining = this.limits.maxAstNodes;
    const result = this.parseExpression();
    if (this.match(TOKEN.EOF)) return result;
    throw parseError(
      "unexpected_character",
      `Unexpected character: '${this.input[this.lexer.pos - 1]}'`,
      {
        pos: this.pos,
        start: this.pos,
        end: this.lexer.pos,
        input: this.input
      }
    );
  }
  #expandMacro(start, end, op, args) {
    const methodName = args[0];
    const receiver = op === OPERATORS.rcall ? args[1] : null;
    const fnArgs = op === OPERATORS.rcall ? args[2] : args[1];
    const decl = this.registry.findMacro(methodName, !!receiver, fnArgs.length);
    const ast = this.#node(start, end, op, args);
    if (!decl) return ast;
    const macro = decl.handler({ ast, args: fnArgs, receiver, methodName, parser: this });
    if (macro.callAst) return ast.setMeta("alternate", macro.callAst);
    return ast.setMeta("macro", macro).setMeta("async", isAsync(macro.evaluate, macro.async));
  }
  // Expression ::= LogicalOr ('?' Expression ':' Expression)?
  parseExpression() {
    if (!this.maxDepthRemaining--) this.#limitExceeded("maxDepth");
    const expr = this.parseLogicalOr();
    if (!this.match(TOKEN.QUESTION)) return ++this.maxDepthRemaining && expr;
    this.#advanceToken();
    const consequent = this.parseExpression();
    this.consume(TOKEN.COLON);
    const alternate = this.parseExpression();
    this.maxDepthRemaining++;
    return this.#ternaryNode(expr, consequent, alternate);
  }
  // LogicalOr ::= LogicalAnd ('||' LogicalAnd)*
  parseLogicalOr() {
    let expr = this.parseLogicalAnd();
    while (this.match(TOKEN.OR)) {
      this.#advanceToken();
      expr = this.#infixNode(OPERATORS["||"], expr, this.parseLogicalAnd());
    }
    return expr;
  }
  // LogicalAnd ::= Equality ('&&' Equality)*
  parseLogicalAnd() {
    let expr = this.parseEquality();
    while (this.match(TOKEN.AND)) {
      this.#advanceToken();
      expr = this.#infixNode(OPERATORS["&&"], expr, this.parseEquality());
    }
    return expr;
  }
  // Equality ::= Relational (('==' | '!=') Relational)*
  parseEquality() {
    let expr = this.parseRelational();
    while (this.match(TOKEN.EQ) || this.match(TOKEN.NE)) {
      const op = OP_FOR_TOKEN[this.type];
      this.#advanceToken();
      expr = this.#infixNode(op, expr, this.parseRelational());
    }
    return expr;
  }
  // Relational ::= Additive (('<' | '<=' | '>' | '>=' | 'in') Additive)*
  parseRelational() {
    let expr = this.parseAdditive();
    while (this.match(TOKEN.LT) || this.match(TOKEN.LE) || this.match(TOKEN.GT) || this.match(TOKEN.GE) || this.match(TOKEN.IN)) {
      const op = OP_FOR_TOKEN[this.type];
      this.#advanceToken();
      expr = this.#infixNode(op, expr, this.parseAdditive());
    }
    return expr;
  }
  // Additive ::= Multiplicative (('+' | '-') Multiplicative)*
  parseAdditive() {
    let expr = this.parseMultiplicative();
    while (this.match(TOKEN.PLUS) || this.match(TOKEN.MINUS)) {
      const op = OP_FOR_TOKEN[this.type];
      this.#advanceToken();
      expr = this.#infixNode(op, expr, this.parseMultiplicative());
    }
    return expr;
  }
  // Multiplicative ::= Unary (('*' | '/' | '%') Unary)*
  parseMultiplicative() {
    let expr = this.parseUnary();
    while (this.match(TOKEN.MULTIPLY) || this.match(TOKEN.DIVIDE) || this.match(TOKEN.MODULO)) {
      const op = OP_FOR_TOKEN[this.type];
      this.#advanceToken();
      expr = this.#infixNode(op, expr, this.parseUnary());
    }
    return expr;
  }
  // Unary ::= ('!' | '-')* Postfix
  parseUnary() {
    if (this.type === TOKEN.NOT) {
      return this.#unaryNode(this.#advanceToken(), OPERATORS.unaryNot, this.parseUnary());
    }
    if (this.type === TOKEN.MINUS) {
      return this.#unaryNode(this.#advanceToken(), OPERATORS.unaryMinus, this.parseUnary());
    }
    return this.parsePostfix();
  }
  // Postfix ::= Primary (('.' IDENTIFIER ('(' ArgumentList ')')? | '[' Expression ']'))*
  parsePostfix() {
    let expr = this.parsePrimary();
    const depth = this.maxDepthRemaining;
    while (true) {
      if (this.match(TOKEN.DOT)) {
        const dot = this.#advanceToken();
        if (!this.maxDepthRemaining--) this.#limitExceeded("maxDepth", dot);
        const op = this.match(TOKEN.QUESTION) && this.registry.enableOptionalTypes && this.#advanceToken() ? OPERATORS.optionalFieldAccess : OPERATORS.fieldAccess;
        const propertyValue = this.value;
        const start = this.pos;
        const end = this.lexer.pos;
        this.consume(TOKEN.IDENTIFIER);
        if (op === OPERATORS.fieldAccess && this.match(TOKEN.LPAREN) && this.#advanceToken()) {
          const args = this.parseArgumentList();
          const closeEnd = this.lexer.pos;
          this.consume(TOKEN.RPAREN);
          expr = this.#expandMacro(expr.start, closeEnd, OPERATORS.rcall, [propertyValue, expr, args]);
        } else {
          expr = this.#accessNode(op, expr, propertyValue, end, start);
        }
        continue;
      }
      if (this.match(TOKEN.LBRACKET)) {
        const bracket = this.#advanceToken();
        if (!this.maxDepthRemaining--) this.#limitExceeded("maxDepth", bracket);
        const op = this.match(TOKEN.QUESTION) && this.registry.enableOptionalTypes && this.#advanceToken() ? OPERATORS.optionalBracketAccess : OPERATORS.bracketAccess;
        const index = this.parseExpression();
        const closeEnd = this.lexer.pos;
        this.consume(TOKEN.RBRACKET);
        expr = this.#accessNode(op, expr, index, closeEnd);
        continue;
      }
      break;
    }
    this.maxDepthRemaining = depth;
    return expr;
  }
  // Primary ::= NUMBER | STRING | BOOLEAN | NULL | IDENTIFIER | '(' Expression ')' | Array | Object
  parsePrimary() {
    switch (this.type) {
      case TOKEN.NUMBER:
      case TOKEN.STRING:
      case TOKEN.BYTES:
      case TOKEN.BOOLEAN:
      case TOKEN.NULL:
        return this.#consumeLiteral();
      case TOKEN.IDENTIFIER:
        return this.#parseIdentifierPrimary();
      case TOKEN.LPAREN:
        return this.#parseParenthesizedExpression();
      case TOKEN.LBRACKET:
        return this.parseList();
      case TOKEN.LBRACE:
        return this.parseMap();
    }
    throw parseError("unexpected_token", `Unexpected token: ${TOKEN_BY_NUMBER[this.type]}`, {
      pos: this.pos,
      start: this.pos,
      end: this.lexer.pos,
      input: this.input
    });
  }
  #consumeLiteral() {
    return this.#advanceToken(this.#node(this.pos, this.lexer.pos, OPERATORS.value, this.value));
  }
  #parseIdentifierPrimary() {
    const value = this.value;
    const end = this.lexer.pos;
    const start = this.consume(TOKEN.IDENTIFIER);
    if (RESERVED.has(value)) {
      throw parseError("reserved_identifier", `Reserved identifier: ${value}`, {
        pos: start,
        start,
        end,
        input: this.input
      });
    }
    if (!this.match(TOKEN.LPAREN)) return this.#node(start, end, OPERATORS.id, value);
    this.#advanceToken();
    const args = this.parseArgumentList();
    const closeEnd = this.lexer.pos;
    this.consume(TOKEN.RPAREN);
    return this.#expandMacro(start, closeEnd, OPERATORS.call, [value, args]);
  }
  #parseParenthesizedExpression() {
    this.consume(TOKEN.LPAREN);
    const expr = this.parseExpression();
    this.consume(TOKEN.RPAREN);
    return expr;
  }
  parseList() {
    const start = this.consume(TOKEN.LBRACKET);
    const elements = [];
    let remainingElements = this.limits.maxListElements;
    if (!this.match(TOKEN.RBRACKET)) {
      elements.push(this.parseExpression());
      if (!remainingElements--) this.#limitExceeded("maxListElements", elements.at(-1).pos);
      while (this.match(TOKEN.COMMA)) {
        this.#advanceToken();
        if (this.match(TOKEN.RBRACKET)) break;
        elements.push(this.parseExpression());
        if (!remainingElements--) this.#limitExceeded("maxListElements", elements.at(-1).pos);
      }
    }
    const closeEnd = this.lexer.pos;
    this.consume(TOKEN.RBRACKET);
    return this.#node(start, closeEnd, OPERATORS.list, elements);
  }
  parseMap() {
    const start = this.consume(TOKEN.LBRACE);
    const props = [];
    let remainingEntries = this.limits.maxMapEntries;
    if (!this.match(TOKEN.RBRACE)) {
      props.push(this.parseProperty());
      if (!remainingEntries--) this.#limitExceeded("maxMapEntries", props.at(-1)[0].pos);
      while (this.match(TOKEN.COMMA)) {
        this.#advanceToken();
        if (this.match(TOKEN.RBRACE)) break;
        props.push(this.parseProperty());
        if (!remainingEntries--) this.#limitExceeded("maxMapEntries", props.at(-1)[0].pos);
      }
    }
    const closeEnd = this.lexer.pos;
    this.consume(TOKEN.RBRACE);
    return this.#node(start, closeEnd, OPERATORS.map, props);
  }
  parseProperty() {
    return [this.parseExpression(), (this.consume(TOKEN.COLON), this.parseExpression())];
  }
  parseArgumentList() {
    const args = [];
    let remainingArgs = this.limits.maxCallArguments;
    if (!this.match(TOKEN.RPAREN)) {
      args.push(this.parseExpression());
      if (!remainingArgs--) this.#limitExceeded("maxCallArguments", args.at(-1).pos);
      while (this.match(TOKEN.COMMA)) {
        this.#advanceToken();
        if (this.match(TOKEN.RPAREN)) break;
        args.push(this.parseExpression());
        if (!remainingArgs--) this.#limitExceeded("maxCallArguments", args.at(-1).pos);
      }
    }
    return args;
  }
};

// node_modules/@marcbachmann/cel-js/lib/options.js
var DEFAULT_LIMITS2 = objFreeze({
  maxAstNodes: 1e5,
  maxDepth: 250,
  maxListElements: 1e3,
  maxMapEntries: 1e3,
  maxCallArguments: 32
});
var LIMIT_KEYS = new Set(objKeys(DEFAULT_LIMITS2));
function createLimits(overrides, base = DEFAULT_LIMITS2) {
  const keys = overrides ? objKeys(overrides) : void 0;
  if (!keys?.length) return base;
  const merged = { ...base };
  for (const key of keys) {
    if (!LIMIT_KEYS.has(key)) throw new TypeError(`Unknown limits option: ${key}`);
    const value = overrides[key];
    if (typeof value !== "number") continue;
    merged[key] = value;
  }
  return objFreeze(merged);
}
var DEFAULT_OPTIONS = objFreeze({
  unlistedVariablesAreDyn: false,
  homogeneousAggregateLiterals: true,
  enableOptionalTypes: false,
  limits: DEFAULT_LIMITS2
});
function bool(a, b, key) {
  const value = a?.[key] ?? b?.[key];
  if (typeof value !== "boolean") throw new TypeError(`Invalid option: ${key}`);
  return value;
}
function createOptions(opts, base = DEFAULT_OPTIONS) {
  if (!opts) return base;
  return objFreeze({
    unlistedVariablesAreDyn: bool(opts, base, "unlistedVariablesAreDyn"),
    homogeneousAggregateLiterals: bool(opts, base, "homogeneousAggregateLiterals"),
    enableOptionalTypes: bool(opts, base, "enableOptionalTypes"),
    limits: createLimits(opts.limits, base.limits)
  });
}

// node_modules/@marcbachmann/cel-js/lib/evaluator.js
var globalRegistry = createRegistry({ enableOptionalTypes: false });
registerFunctions(globalRegistry);
registerOverloads(globalRegistry);
registerMacros(globalRegistry);
var Environment = class _Environment {
  #registry;
  #evaluator;
  #typeChecker;
  #evalTypeChecker;
  #parser;
  constructor(opts, inherited) {
    this.opts = createOptions(opts, inherited?.opts);
    this.#registry = (inherited instanceof _Environment ? inherited.#registry : globalRegistry).clone(this.opts);
    const childOpts = { registry: this.#registry, opts: this.opts };
    this.#typeChecker = new TypeChecker(childOpts);
    this.#evalTypeChecker = new TypeChecker(childOpts, true);
    this.#evaluator = new Evaluator(childOpts);
    this.#parser = new Parser(this.opts.limits, this.#registry);
    Object.freeze(this);
  }
  clone(opts) {
    return new _Environment(opts, this);
  }
  registerFunction(signature, handler, opts) {
    this.#registry.registerFunctionOverload(signature, handler, opts);
    return this;
  }
  registerOperator(string, handler, opts) {
    this.#registry.registerOperatorOverload(string, handler, opts);
    return this;
  }
  registerType(typename, constructor) {
    this.#registry.registerType(typename, constructor);
    return this;
  }
  registerVariable(name, type, opts) {
    this.#registry.registerVariable(name, type, opts);
    return this;
  }
  registerConstant(name, type, value) {
    this.#registry.registerConstant(name, type, value);
    return this;
  }
  hasVariable(name) {
    return this.#registry.variables.has(name);
  }
  getDefinitions() {
    return this.#registry.getDefinitions();
  }
  check(expression) {
    try {
      return this.#checkAST(this.#parser.parse(expression));
    } catch (error) {
      return { valid: false, error };
    }
  }
  #checkAST(ast) {
    try {
      const typeDecl = this.#typeChecker.check(ast, new RootContext(this.#registry));
      return { valid: true, type: this.#formatTypeForCheck(typeDecl) };
    } catch (error) {
      return { valid: false, error };
    }
  }
  #formatTypeForCheck(typeDecl) {
    if (typeDecl.name === `list<dyn>`) return "list";
    if (typeDecl.name === `map<dyn, dyn>`) return "map";
    return typeDecl.name;
  }
  parse(expression) {
    const ast = this.#parser.parse(expression);
    const evaluateParsed = this.#evaluateAST.bind(this, ast);
    evaluateParsed.check = this.#checkAST.bind(this, ast);
    evaluateParsed.ast = ast;
    return evaluateParsed;
  }
  evaluate(expression, context) {
    return this.#evaluateAST(this.#parser.parse(expression), context);
  }
  #evaluateAST(ast, ctx) {
    if (ast.checkedType) {
      return ast.evaluate(this.#evaluator, ast, new RootContext(this.#registry, ctx));
    } else {
      this.#evalTypeChecker.check(ast, ctx = new RootContext(this.#registry, ctx));
      return ast.evaluate(this.#evaluator, ast, ctx);
    }
  }
};
var Evaluator = class extends Base {
  constructor(opts) {
    super(opts);
    this.createError = evaluationError;
  }
  #firstMapElement(coll) {
    if (coll instanceof Map) return coll.entries().next().value;
    for (const key in coll) return [key, coll[key]];
  }
  debugRuntimeType(value, checkedType) {
    return checkedType?.hasDynType === false ? checkedType : this.debugTypeDeep(value);
  }
  debugTypeDeep(value) {
    const runtimeType = this.debugType(value);
    switch (runtimeType.kind) {
      case "list": {
        const first = value instanceof Array ? value[0] : value.values().next().value;
        if (first === void 0) return runtimeType;
        return this.registry.getListType(this.debugTypeDeep(first));
      }
      case "map": {
        const first = this.#firstMapElement(value);
        if (!first) return runtimeType;
        return this.registry.getMapType(
          runtimeType.keyType.hasDynType ? this.debugTypeDeep(first[0]) : runtimeType.keyType,
          runtimeType.valueType.hasDynType ? this.debugTypeDeep(first[1]) : runtimeType.valueType
        );
      }
      default:
        return runtimeType;
    }
  }
  tryEval(ast, ctx) {
    try {
      const res = this.run(ast, ctx);
      if (res instanceof Promise) return res.catch((err) => err);
      return res;
    } catch (err) {
      return err;
    }
  }
  run(ast, ctx) {
    return ast.evaluate(this, ast, ctx);
  }
};
var globalEnvironment = new Environment({
  unlistedVariablesAreDyn: true
});

// src/policy/bindings.ts
var PARSE_LIMITS = {
  maxAstNodes: 2e3,
  maxDepth: 48,
  maxListElements: 256,
  maxMapEntries: 256,
  maxCallArguments: 16
};
var MAX_EXPRESSION_LENGTH = 1e4;
var COLLECTIONS = [
  ["hosts", "HyperVHost"],
  ["clusters", "HyperVCluster"],
  ["vms", "VirtualMachine"],
  ["nlbClusters", "NlbCluster"],
  ["switches", "Switch"],
  ["domainControllers", "DomainController"],
  ["backupJobs", "BackupJob"]
];
var LOOKUPS = [
  ["host", "HyperVHost"],
  ["cluster", "HyperVCluster"],
  ["vm", "VirtualMachine"],
  ["nlbCluster", "NlbCluster"],
  ["switch", "Switch"],
  ["domainController", "DomainController"],
  ["backupJob", "BackupJob"]
];
function toCel(value) {
  if (typeof value === "number") return Number.isInteger(value) ? BigInt(value) : value;
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) {
    let out2;
    for (let i = 0; i < value.length; i++) {
      const element = value[i];
      const cel = toCel(element);
      if (cel !== element) (out2 ??= value.slice())[i] = cel;
    }
    return out2 ?? value;
  }
  if (value instanceof Date) return value.toISOString();
  const keys = Object.keys(value);
  let out;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const field = value[key];
    const cel = toCel(field);
    if (out) out[key] = cel;
    else if (cel !== field) {
      out = /* @__PURE__ */ Object.create(null);
      for (let j = 0; j < i; j++) out[keys[j]] = value[keys[j]];
      out[key] = cel;
    }
  }
  return out ?? value;
}
function fromCel(value) {
  if (typeof value === "bigint") return Number(value);
  if (Array.isArray(value)) return value.map(fromCel);
  if (value instanceof Map) return Object.fromEntries([...value].map(([k, v]) => [String(k), fromCel(v)]));
  if (value !== null && typeof value === "object" && !(value instanceof Uint8Array)) {
    const out = {};
    for (const key of Object.keys(value)) out[key] = fromCel(value[key]);
    return out;
  }
  return value;
}
var EstateView = class {
  model;
  docs = /* @__PURE__ */ new Map();
  back = /* @__PURE__ */ new Map();
  lists = /* @__PURE__ */ new Map();
  memo = /* @__PURE__ */ new Map();
  constructor(model) {
    this.model = model;
    for (const [field, kind] of COLLECTIONS) {
      Object.defineProperty(this, field, { enumerable: true, get: () => this.collection(kind) });
    }
  }
  /** The CEL map of a document (the same object every time). */
  doc(document) {
    let cel = this.docs.get(document);
    if (!cel) {
      cel = toCel(document.value);
      this.docs.set(document, cel);
      this.back.set(cel, document);
    }
    return cel;
  }
  /** The document a CEL map came from, if it is one. */
  documentOf(value) {
    return value !== null && typeof value === "object" ? this.back.get(value) : void 0;
  }
  collection(kind) {
    let list3 = this.lists.get(kind);
    if (!list3) this.lists.set(kind, list3 = this.model.of(kind).map((d) => this.doc(d)));
    return list3;
  }
  lookup(kind, name) {
    if (typeof name !== "string") return null;
    const found = this.model.get(kind, name);
    return found ? this.doc(found) : null;
  }
  /** A document argument of a join, with its kind; undefined for anything else. */
  arg(value) {
    const document = this.documentOf(value);
    return document && document.valid ? document : void 0;
  }
  cached(name, key, build) {
    let table = this.memo.get(name);
    if (!table) this.memo.set(name, table = /* @__PURE__ */ new Map());
    if (table.has(key)) return table.get(key);
    const value = build();
    table.set(key, value);
    return value;
  }
  /** Hosts a VM can run on; the nodes of a cluster. */
  hostsOf(value) {
    const d = this.arg(value);
    if (!d) return [];
    return this.cached("hostsOf", d, () => {
      if (d.kind === "VirtualMachine")
        return this.model.hostsAbleToRun(d).map((h) => this.doc(h));
      if (d.kind === "HyperVCluster") return this.model.hostsOfCluster(d.name).map((h) => this.doc(h));
      return [];
    });
  }
  /** The cluster of a VM or host, or null. */
  clusterOf(value) {
    const d = this.arg(value);
    if (!d || d.kind !== "VirtualMachine" && d.kind !== "HyperVHost") return null;
    const name = d.spec.cluster;
    return this.lookup("HyperVCluster", name);
  }
  /** VMs on a cluster or host; VMs a backup job covers. */
  vmsOf(value) {
    const d = this.arg(value);
    if (!d) return [];
    return this.cached("vmsOf", d, () => {
      if (d.kind === "HyperVCluster") return this.model.vmsOn("cluster", d.name).map((v) => this.doc(v));
      if (d.kind === "HyperVHost") return this.model.vmsOn("host", d.name).map((v) => this.doc(v));
      if (d.kind === "BackupJob")
        return backupCoverage(this.model).vmsOf(d).map((v) => this.doc(v));
      return [];
    });
  }
  /** Backup jobs that cover a VM. */
  backupJobsOf(value) {
    const d = this.arg(value);
    if (!d || d.kind !== "VirtualMachine") return [];
    return this.cached(
      "backupJobsOf",
      d,
      () => backupCoverage(this.model).jobsOf(d).map((j) => this.doc(j))
    );
  }
  /** The job targets that pick a VM: `{job, index, target}`. */
  backupTargetsOf(value) {
    const d = this.arg(value);
    if (!d || d.kind !== "VirtualMachine") return [];
    return this.cached(
      "backupTargetsOf",
      d,
      () => backupCoverage(this.model).targetsOf(d).map((ref) => {
        const job = this.doc(ref.job);
        return record({
          job,
          index: BigInt(ref.index),
          target: job["spec"]["targets"][ref.index]
        });
      })
    );
  }
  /** The NLB clusters a VM is a node of: `{cluster, index, node}`. */
  nlbNodesOf(value) {
    const d = this.arg(value);
    if (!d || d.kind !== "VirtualMachine") return [];
    const index = this.model.index("policy.nlbNodesByVm", () => {
      const byVm = /* @__PURE__ */ new Map();
      for (const cluster of this.model.of("NlbCluster"))
        cluster.spec.nodes.forEach((node, i) => {
          const key = nameKey(node.vm);
          const list3 = byVm.get(key);
          if (list3) list3.push({ cluster, index: i });
          else byVm.set(key, [{ cluster, index: i }]);
        });
      return byVm;
    });
    return this.cached(
      "nlbNodesOf",
      d,
      () => (index.get(nameKey(d.name)) ?? []).map(({ cluster, index: i }) => {
        const doc = this.doc(cluster);
        return record({
          cluster: doc,
          index: BigInt(i),
          node: doc["spec"]["nodes"][i]
        });
      })
    );
  }
  /** The nodes of an NLB cluster: `{vm, adapter, index, node}`; vm and adapter are null when not declared. */
  nodesOf(value) {
    const d = this.arg(value);
    if (!d || d.kind !== "NlbCluster") return [];
    return this.cached("nodesOf", d, () => {
      const doc = this.doc(d);
      const nodes = doc["spec"]["nodes"];
      return nodes.map((node, i) => {
        const vm = this.lookup("VirtualMachine", node["vm"]);
        const adapters = vm ? vm["spec"]["networkAdapters"] ?? [] : [];
        const adapterName = typeof node["adapter"] === "string" ? nameKey(node["adapter"]) : void 0;
        const adapter = adapters.find((a) => typeof a["name"] === "string" && nameKey(a["name"]) === adapterName) ?? null;
        return record({ vm, adapter, index: BigInt(i), node });
      });
    });
  }
  /** Where a host's NIC teams land: `{switch, team, teamIndex, lag, port}` (lag or port is null). */
  uplinksOf(value) {
    const d = this.arg(value);
    if (!d || d.kind !== "HyperVHost") return [];
    return this.cached("uplinksOf", d, () => {
      const host = this.doc(d);
      const teams = host["spec"]["nicTeams"] ?? [];
      return uplinksOf(this.model, d).map(
        (at) => record({
          switch: this.doc(at.switch),
          team: teams[at.teamIndex],
          teamIndex: BigInt(at.teamIndex),
          lag: at.lag !== void 0 ? BigInt(at.lag) : null,
          port: at.port ?? null
        })
      );
    });
  }
  /** A switch's bridge multicast groups by VLAN id. */
  groupsByVlan(value) {
    const d = this.arg(value);
    if (!d || d.kind !== "Switch") return /* @__PURE__ */ new Map();
    return this.cached("groupsByVlan", d, () => {
      const groups = this.doc(d)["spec"]["bridgeMulticastGroups"] ?? [];
      const byVlan = /* @__PURE__ */ new Map();
      for (const group of groups) {
        const vlan = group["vlan"];
        const list3 = byVlan.get(vlan);
        if (list3) list3.push(group);
        else byVlan.set(vlan, [group]);
      }
      return byVlan;
    });
  }
  /** Every drive of a VM: `{controller, controllerIndex, drive, driveIndex, slot}` (slot: `SCSI 0:1`). */
  drivesOf(value) {
    const d = this.arg(value);
    if (!d || d.kind !== "VirtualMachine") return [];
    return this.cached("drivesOf", d, () => {
      const controllers = this.doc(d)["spec"]["controllers"] ?? [];
      const out = [];
      controllers.forEach((controller, i) => {
        (controller["drives"] ?? []).forEach((drive, j) => {
          out.push(
            record({
              controller,
              controllerIndex: BigInt(i),
              drive,
              driveIndex: BigInt(j),
              slot: `${String(controller["type"]).toUpperCase()} ${String(controller["number"])}:${String(drive["location"])}`
            })
          );
        });
      });
      return out;
    });
  }
  /** Domain controllers of a domain (a name, or a host or cluster document's domain). */
  dcsOf(value) {
    const d = this.arg(value);
    const domain = d ? d.spec.domain : value;
    if (typeof domain !== "string") return [];
    const index = this.model.index("policy.dcsByDomain", () => {
      const byDomain = /* @__PURE__ */ new Map();
      for (const dc of this.model.of("DomainController")) {
        const key = nameKey(dc.spec.domain);
        const list3 = byDomain.get(key);
        if (list3) list3.push(dc);
        else byDomain.set(key, [dc]);
      }
      return byDomain;
    });
    return (index.get(nameKey(domain)) ?? []).map((dc) => this.doc(dc));
  }
};
function record(fields) {
  const out = /* @__PURE__ */ Object.create(null);
  Object.assign(out, fields);
  return out;
}
function cidrContains(cidr, ip) {
  const [base, bits, extra] = cidr.split("/");
  if (extra !== void 0 || base === void 0 || bits === void 0 || !/^(?:[0-9]|[12][0-9]|3[0-2])$/.test(bits))
    return false;
  const net = parseIpv4(base);
  const addr = parseIpv4(ip);
  if (!net || !addr) return false;
  const n = Number(bits);
  const toInt = (o) => (o[0] << 24 | o[1] << 16 | o[2] << 8 | o[3]) >>> 0;
  const mask = n === 0 ? 0 : 4294967295 << 32 - n >>> 0;
  return (toInt(net) & mask) >>> 0 === (toInt(addr) & mask) >>> 0;
}
function globMatch(pattern, name) {
  return minimatch(name, pattern, { nocase: true, dot: true, platform: "linux" });
}
var NLB_MODES = /* @__PURE__ */ new Set(["unicast", "multicast", "igmp-multicast"]);
var HelperError = class extends Error {
};
function requireIpv4(fn, ip) {
  if (!parseIpv4(ip)) throw new HelperError(`${fn}: "${ip}" is not an IPv4 address`);
}
var ESTATE_FUNCTIONS = [
  ...LOOKUPS.map(([method, kind]) => ({
    signature: `estate.${method}(name: string): ${kind} or null`,
    description: `The ${kind} with that name (case-insensitive), or null.`
  })),
  {
    signature: "estate.hostsOf(doc): list<HyperVHost>",
    description: "A VM's hosts (its host, or every node of its cluster) or a cluster's nodes."
  },
  { signature: "estate.clusterOf(doc): HyperVCluster or null", description: "The cluster of a VM or host." },
  {
    signature: "estate.vmsOf(doc): list<VirtualMachine>",
    description: "VMs placed on a cluster or host, or the VMs a backup job covers."
  },
  { signature: "estate.backupJobsOf(vm): list<BackupJob>", description: "The backup jobs that cover a VM." },
  {
    signature: "estate.backupTargetsOf(vm): list<{job, index, target}>",
    description: "Each job target that picks a VM: the job, the target's index in spec.targets, the target."
  },
  {
    signature: "estate.nlbNodesOf(vm): list<{cluster, index, node}>",
    description: "The NLB clusters a VM is a node of: the cluster, the node's index in spec.nodes, the node."
  },
  {
    signature: "estate.nodesOf(nlbCluster): list<{vm, adapter, index, node}>",
    description: "An NLB cluster's nodes with their VM and network adapter (null when not declared)."
  },
  {
    signature: "estate.uplinksOf(host): list<{switch, team, teamIndex, lag, port}>",
    description: "Where a host's NIC teams land: the switch, the team, and the LAG (or the port, when not in a LAG)."
  },
  {
    signature: "estate.drivesOf(vm): list<{controller, controllerIndex, drive, driveIndex, slot}>",
    description: "Every drive of a VM with its controller and their indexes, and its slot such as SCSI 0:1."
  },
  {
    signature: "estate.groupsByVlan(switch): map<int, list<group>>",
    description: "A switch's bridge multicast groups by VLAN id."
  },
  {
    signature: "estate.dcsOf(domainOrDoc): list<DomainController>",
    description: "The domain controllers of a domain, given by name or by a host or cluster document."
  }
];
var shared;
function policyEnvironment() {
  if (shared) return shared;
  const env = new Environment({ limits: PARSE_LIMITS, homogeneousAggregateLiterals: false }).registerType("Estate", EstateView).registerVariable("self", "map").registerVariable("estate", "Estate").registerVariable("item", "dyn").registerVariable("index", "int");
  for (const [method, kind] of LOOKUPS)
    env.registerFunction({
      name: method,
      receiverType: "Estate",
      returnType: "dyn",
      params: [{ name: "name", type: "string" }],
      handler: (view, name) => view.lookup(kind, name)
    });
  const joins = [
    ["hostsOf", "list", (v, a) => v.hostsOf(a)],
    ["clusterOf", "dyn", (v, a) => v.clusterOf(a)],
    ["vmsOf", "list", (v, a) => v.vmsOf(a)],
    ["backupJobsOf", "list", (v, a) => v.backupJobsOf(a)],
    ["backupTargetsOf", "list", (v, a) => v.backupTargetsOf(a)],
    ["nlbNodesOf", "list", (v, a) => v.nlbNodesOf(a)],
    ["nodesOf", "list", (v, a) => v.nodesOf(a)],
    ["uplinksOf", "list", (v, a) => v.uplinksOf(a)],
    ["groupsByVlan", "map", (v, a) => v.groupsByVlan(a)],
    ["drivesOf", "list", (v, a) => v.drivesOf(a)],
    ["dcsOf", "list", (v, a) => v.dcsOf(a)]
  ];
  for (const [name, returnType, handler] of joins)
    env.registerFunction({ name, receiverType: "Estate", returnType, params: [{ name: "doc", type: "dyn" }], handler });
  env.registerFunction("clusterMac(string, string): string", (vip, mode) => {
    requireIpv4("clusterMac", vip);
    if (!NLB_MODES.has(mode))
      throw new HelperError(`clusterMac: mode must be unicast, multicast or igmp-multicast; got "${mode}"`);
    return clusterMacFor(vip, mode);
  }).registerFunction("igmpGroup(string): string", (vip) => {
    requireIpv4("igmpGroup", vip);
    return igmpGroupFor(vip);
  }).registerFunction("multicastMac(string): string", (group) => {
    const mac = multicastMacForGroup(group);
    if (mac === void 0) throw new HelperError(`multicastMac: "${group}" is not an IPv4 multicast address`);
    return mac;
  }).registerFunction("normalizeMac(string): string", (mac) => {
    const normal = normalizeMac(mac);
    if (normal === void 0) throw new HelperError(`normalizeMac: "${mac}" is not a MAC address`);
    return normal;
  }).registerFunction("cidrContains(string, string): bool", cidrContains).registerFunction("globMatch(string, string): bool", globMatch).registerFunction("sameName(string, string): bool", (a, b) => nameKey(a) === nameKey(b));
  shared = env;
  return env;
}

// schemas/hvlint.schema.json
var hvlint_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://hvlint.dev/schemas/v1/hvlint.schema.json",
  title: "hvlint manifest",
  description: "Any hvlint manifest (apiVersion hvlint/v1); the `kind` property selects the schema. Generated from the per-kind schemas by scripts/build-schemas.mjs.",
  type: "object",
  required: [
    "kind"
  ],
  properties: {
    kind: {
      description: "What the document describes; selects the schema.",
      enum: [
        "HyperVHost",
        "HyperVCluster",
        "VirtualMachine",
        "NlbCluster",
        "Switch",
        "DomainController",
        "BackupJob",
        "Policy"
      ]
    }
  },
  discriminator: {
    propertyName: "kind"
  },
  oneOf: [
    {
      $ref: "#/$defs/HyperVHost"
    },
    {
      $ref: "#/$defs/HyperVCluster"
    },
    {
      $ref: "#/$defs/VirtualMachine"
    },
    {
      $ref: "#/$defs/NlbCluster"
    },
    {
      $ref: "#/$defs/Switch"
    },
    {
      $ref: "#/$defs/DomainController"
    },
    {
      $ref: "#/$defs/BackupJob"
    },
    {
      $ref: "#/$defs/Policy"
    }
  ],
  $defs: {
    common: {
      title: "hvlint common definitions",
      description: "Definitions shared by every hvlint manifest kind: API version, names, metadata, labels, IPv4 and MAC addresses, VLAN IDs, paths and timestamps. Kind schemas refer to them as common.schema.json#/$defs/<name>.",
      $defs: {
        apiVersion: {
          type: "string",
          description: "Manifest format version. Only hvlint/v1 exists.",
          const: "hvlint/v1",
          examples: [
            "hvlint/v1"
          ]
        },
        name: {
          type: "string",
          description: "A Windows / Active Directory style object name (host, cluster, VM, switch, adapter, team...). 1 to 128 characters; no control characters, no / or \\, no leading or trailing whitespace. hvlint compares names case-insensitively, as Windows and AD do.",
          minLength: 1,
          maxLength: 128,
          pattern: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$",
          examples: [
            "HV01",
            "HVCLUSTER01",
            "WEB01",
            "vSwitch-VM"
          ]
        },
        domainName: {
          type: "string",
          description: "A DNS domain name (FQDN of an Active Directory domain), compared case-insensitively. No trailing dot.",
          minLength: 1,
          maxLength: 253,
          pattern: "^(?:[A-Za-z0-9](?:[-A-Za-z0-9]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9](?:[-A-Za-z0-9]{0,61}[A-Za-z0-9])?$",
          examples: [
            "corp.contoso.com"
          ]
        },
        ipv4: {
          type: "string",
          description: "An IPv4 address in dotted-quad form: four decimal octets 0-255, no leading zeros.",
          format: "ipv4",
          pattern: "^(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}$",
          examples: [
            "172.31.3.232",
            "239.255.3.232"
          ]
        },
        mac: {
          type: "string",
          description: "An Ethernet MAC address: six groups of two hex digits, any case, separated consistently by - (Windows style) or : (switch style).",
          pattern: "^[0-9A-Fa-f]{2}([-:])[0-9A-Fa-f]{2}(?:\\1[0-9A-Fa-f]{2}){4}$",
          examples: [
            "01-00-5e-7f-03-e8",
            "01:00:5E:7F:03:E8"
          ]
        },
        vlanId: {
          type: "integer",
          description: "An IEEE 802.1Q VLAN ID (1-4094; 0 and 4095 are reserved).",
          minimum: 1,
          maximum: 4094,
          examples: [
            10,
            20
          ]
        },
        portName: {
          type: "string",
          description: "A switch port name as the switch names it (e.g. g1 on a PowerConnect 5424, gi1/0/1 elsewhere).",
          minLength: 1,
          maxLength: 64,
          pattern: "^[A-Za-z0-9](?:[A-Za-z0-9/:._-]{0,62}[A-Za-z0-9])?$",
          examples: [
            "g1",
            "g24",
            "gi1/0/1"
          ]
        },
        windowsPath: {
          type: "string",
          description: "An absolute Windows path: drive-letter (C:\\...) or UNC (\\\\server\\share\\...), backslash-separated. In YAML write it plain or single-quoted; double quotes need every backslash doubled.",
          minLength: 4,
          maxLength: 1024,
          pattern: '^(?:[A-Za-z]:|\\\\\\\\[^\\\\/:*?"<>|\\u0000-\\u0020]+\\\\[^\\\\/:*?"<>|\\u0000-\\u001f]+)(?:\\\\[^\\\\/:*?"<>|\\u0000-\\u001f]+)+$',
          examples: [
            "C:\\ClusterStorage\\Volume1\\WEB01\\Virtual Hard Disks\\WEB01-system.vhdx",
            "\\\\NAS01\\ISO\\ubuntu-22.04.iso"
          ]
        },
        dateTime: {
          type: "string",
          description: "An ISO 8601 / RFC 3339 date-time with seconds and an explicit offset (Z or +hh:mm).",
          format: "date-time",
          pattern: "^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]+)?(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])$",
          examples: [
            "2024-03-01T08:00:00Z",
            "2024-03-01T09:00:00+01:00"
          ]
        },
        windowsServerVersion: {
          type: "string",
          description: "A Windows Server release that can run the Hyper-V role.",
          enum: [
            "windows-server-2008-r2",
            "windows-server-2012",
            "windows-server-2012-r2",
            "windows-server-2016",
            "windows-server-2019",
            "windows-server-2022",
            "windows-server-2025"
          ],
          examples: [
            "windows-server-2012-r2"
          ]
        },
        labelKey: {
          type: "string",
          description: "A label key in the Kubernetes form: an optional DNS-subdomain prefix and /, then a name of 1-63 characters [A-Za-z0-9-_.] that starts and ends alphanumeric.",
          minLength: 1,
          maxLength: 317,
          pattern: "^(?:[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$",
          examples: [
            "backup",
            "role",
            "hvlint.dev/owner"
          ]
        },
        labels: {
          type: "object",
          description: 'Free-form key/value labels. Keys follow the Kubernetes label-key form; values are strings (quote values YAML would read as numbers or booleans, e.g. "true"). Backup job selectors match them exactly.',
          propertyNames: {
            $ref: "#/$defs/common/$defs/labelKey"
          },
          $comment: "The catch-all patternProperties gives every value a type; keys are checked by propertyNames. additionalProperties: false is then vacuous but keeps the every-object-is-closed invariant.",
          patternProperties: {
            ".*": {
              type: "string",
              description: "A label value.",
              maxLength: 256,
              examples: [
                "required",
                "domain-controller"
              ]
            }
          },
          additionalProperties: false,
          examples: [
            {
              role: "web",
              backup: "required"
            }
          ]
        },
        annotations: {
          type: "object",
          description: "Free-form key/value notes for people and tools (owner, ticket, change record). hvlint does not interpret them. Keys follow the label-key form; values are strings of any length.",
          propertyNames: {
            $ref: "#/$defs/common/$defs/labelKey"
          },
          $comment: "See labels.",
          patternProperties: {
            ".*": {
              type: "string",
              description: "An annotation value.",
              examples: [
                "CHG0012345"
              ]
            }
          },
          additionalProperties: false,
          examples: [
            {
              "hvlint.dev/owner": "web-team",
              change: "CHG0012345"
            }
          ]
        },
        labelSelector: {
          type: "object",
          description: "A label selector: every key/value pair must be present in a VM's metadata.labels (exact, case-sensitive value match). At least one pair.",
          minProperties: 1,
          propertyNames: {
            $ref: "#/$defs/common/$defs/labelKey"
          },
          $comment: "See labels.",
          patternProperties: {
            ".*": {
              type: "string",
              description: "The label value to match exactly.",
              maxLength: 256,
              examples: [
                "required"
              ]
            }
          },
          additionalProperties: false,
          examples: [
            {
              backup: "required"
            }
          ]
        },
        metadata: {
          type: "object",
          description: "Identity of the document: its name (unique per kind, case-insensitively) and optional labels and annotations.",
          required: [
            "name"
          ],
          properties: {
            name: {
              $ref: "#/$defs/common/$defs/name",
              description: "Name of the object, as Windows / AD / the switch knows it. Unique per kind; compared case-insensitively."
            },
            labels: {
              $ref: "#/$defs/common/$defs/labels",
              description: "Labels used for selection (e.g. by backup job selectors) and grouping, e.g. role: domain-controller, backup: required."
            },
            annotations: {
              $ref: "#/$defs/common/$defs/annotations",
              description: "Notes for people and tools; not interpreted by hvlint."
            }
          },
          examples: [
            {
              name: "WEB01",
              labels: {
                role: "web",
                backup: "required"
              }
            }
          ],
          additionalProperties: false
        }
      }
    },
    HyperVHost: {
      title: "Hyper-V host",
      description: "A physical Windows Server machine running the Hyper-V role: its OS release, AD domain, optional cluster membership, physical memory and logical processors, and the NIC teams and unteamed NICs that connect it to physical switches.",
      type: "object",
      required: [
        "apiVersion",
        "kind",
        "metadata",
        "spec"
      ],
      properties: {
        apiVersion: {
          $ref: "#/$defs/common/$defs/apiVersion",
          description: "Manifest format version; always hvlint/v1."
        },
        kind: {
          type: "string",
          description: "Kind of the document; always HyperVHost for this schema.",
          const: "HyperVHost"
        },
        metadata: {
          $ref: "#/$defs/common/$defs/metadata",
          description: "Name, labels and annotations of the document."
        },
        spec: {
          type: "object",
          description: "Desired configuration of the Hyper-V host.",
          required: [
            "os",
            "domain"
          ],
          properties: {
            os: {
              $ref: "#/$defs/common/$defs/windowsServerVersion",
              description: "Windows Server release installed on the host."
            },
            domain: {
              $ref: "#/$defs/common/$defs/domainName",
              description: "Active Directory domain the host is joined to."
            },
            cluster: {
              $ref: "#/$defs/common/$defs/name",
              description: "Name of the HyperVCluster this host is a node of; omit for a stand-alone host. Should agree with that cluster's spec.nodes."
            },
            memoryMB: {
              type: "integer",
              description: "Physical memory of the host in MiB (Get-VMHost MemoryCapacity divided by 1048576). The what-if simulation uses it for failover capacity.",
              minimum: 1,
              examples: [
                262144
              ]
            },
            logicalProcessors: {
              type: "integer",
              description: "Number of logical processors of the host (Get-VMHost LogicalProcessorCount).",
              minimum: 1,
              examples: [
                32
              ]
            },
            memoryReserveMB: {
              type: "integer",
              description: "Memory in MiB kept for the host itself (the management OS) and never given to VMs: the MemoryReserve value (MB) under HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization when it is set, otherwise what your capacity plan keeps back. The what-if simulation subtracts it from memoryMB; when it is omitted, a failover is judged short of memory only if it is short even with no reserve.",
              minimum: 0,
              examples: [
                8192
              ]
            },
            arpRetryCount: {
              type: "integer",
              description: "Value of the ArpRetryCount DWORD under HKLM\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters, if set: the number of gratuitous ARPs sent for the host's own address (Windows default 3). 0 disables duplicate-address detection. Omit when the value is not set.",
              minimum: 0,
              maximum: 4294967295,
              examples: [
                3
              ]
            },
            nicTeams: {
              type: "array",
              description: "NIC teams (LBFO) on the host, and physical NICs used without a team (mode none), and where each lands on the physical switches.",
              items: {
                type: "object",
                description: "A Windows NIC team, or a single unteamed physical NIC (mode none).",
                required: [
                  "name"
                ],
                properties: {
                  name: {
                    $ref: "#/$defs/common/$defs/name",
                    description: "Team interface name as shown by Get-NetLbfoTeam; for mode none, the physical NIC's name (Get-NetAdapter Name).",
                    examples: [
                      "TEAM-VM"
                    ]
                  },
                  mode: {
                    type: "string",
                    description: "Teaming mode: lacp (IEEE 802.1AX, needs a LACP LAG on the switch), static (switch-dependent static teaming, needs a static LAG), switch-independent (no switch configuration; the members may land on different switches, see uplinks), none (a single physical NIC that is not in a team).",
                    enum: [
                      "lacp",
                      "static",
                      "switch-independent",
                      "none"
                    ],
                    examples: [
                      "lacp"
                    ]
                  },
                  loadBalancing: {
                    type: "string",
                    description: "Load-balancing algorithm: dynamic (Windows Server 2012 R2 and later), hyper-v-port, or address-hash.",
                    enum: [
                      "dynamic",
                      "hyper-v-port",
                      "address-hash"
                    ],
                    examples: [
                      "dynamic"
                    ]
                  },
                  members: {
                    type: "array",
                    description: "Names of the physical NICs in the team.",
                    items: {
                      $ref: "#/$defs/common/$defs/name",
                      description: "Name of a physical network adapter (Get-NetAdapter Name).",
                      examples: [
                        "Ethernet 3"
                      ]
                    },
                    minItems: 1,
                    uniqueItems: true,
                    examples: [
                      [
                        "Ethernet 3",
                        "Ethernet 4"
                      ]
                    ]
                  },
                  virtualSwitch: {
                    $ref: "#/$defs/common/$defs/name",
                    description: "Name of the Hyper-V external virtual switch bound to this team, if any. VM network adapters connect to it by name.",
                    examples: [
                      "vSwitch-VM"
                    ]
                  },
                  uplink: {
                    type: "object",
                    description: "Where the team lands on one physical switch: the switch and exactly one of a LAG (for lacp/static teams) or a single port. Exactly one of uplink or uplinks.",
                    required: [
                      "switch"
                    ],
                    properties: {
                      switch: {
                        $ref: "#/$defs/common/$defs/name",
                        description: "metadata.name of the Switch document.",
                        examples: [
                          "SW-CORE01"
                        ]
                      },
                      lag: {
                        type: "integer",
                        description: "ID of the LAG (port-channel) on that switch the team members are cabled to.",
                        minimum: 1,
                        maximum: 64,
                        examples: [
                          1
                        ]
                      },
                      port: {
                        $ref: "#/$defs/common/$defs/portName",
                        description: "Name of the single switch port the team is cabled to.",
                        examples: [
                          "g5"
                        ]
                      }
                    },
                    oneOf: [
                      {
                        properties: {
                          lag: true
                        },
                        required: [
                          "lag"
                        ]
                      },
                      {
                        properties: {
                          port: true
                        },
                        required: [
                          "port"
                        ]
                      }
                    ],
                    additionalProperties: false
                  },
                  uplinks: {
                    type: "array",
                    description: "Where the team lands when its members are on more than one switch (a switch-independent team cabled to two switches for redundancy): one entry per switch and LAG or port. Exactly one of uplink or uplinks.",
                    items: {
                      type: "object",
                      description: "Where some members of the team land: a switch and exactly one of a LAG or a port, and which members are cabled there.",
                      required: [
                        "switch"
                      ],
                      properties: {
                        switch: {
                          $ref: "#/$defs/common/$defs/name",
                          description: "metadata.name of the Switch document.",
                          examples: [
                            "SW-CORE01"
                          ]
                        },
                        lag: {
                          type: "integer",
                          description: "ID of the LAG (port-channel) on that switch the team members are cabled to.",
                          minimum: 1,
                          maximum: 64,
                          examples: [
                            1
                          ]
                        },
                        port: {
                          $ref: "#/$defs/common/$defs/portName",
                          description: "Name of the single switch port the team is cabled to.",
                          examples: [
                            "g5"
                          ]
                        },
                        members: {
                          type: "array",
                          description: "Names of the team members (physical NICs) cabled to this switch, LAG or port.",
                          items: {
                            $ref: "#/$defs/common/$defs/name",
                            description: "Name of a member NIC of the team.",
                            examples: [
                              "Ethernet 3"
                            ]
                          },
                          minItems: 1,
                          uniqueItems: true,
                          examples: [
                            [
                              "Ethernet 3"
                            ]
                          ]
                        }
                      },
                      oneOf: [
                        {
                          properties: {
                            lag: true
                          },
                          required: [
                            "lag"
                          ]
                        },
                        {
                          properties: {
                            port: true
                          },
                          required: [
                            "port"
                          ]
                        }
                      ],
                      additionalProperties: false,
                      examples: [
                        {
                          switch: "SW-A",
                          port: "g1",
                          members: [
                            "Ethernet 3"
                          ]
                        }
                      ]
                    },
                    minItems: 1,
                    examples: [
                      [
                        {
                          switch: "SW-A",
                          port: "g1",
                          members: [
                            "Ethernet 3"
                          ]
                        },
                        {
                          switch: "SW-B",
                          port: "g1",
                          members: [
                            "Ethernet 4"
                          ]
                        }
                      ]
                    ]
                  }
                },
                oneOf: [
                  {
                    properties: {
                      uplink: true
                    },
                    required: [
                      "uplink"
                    ]
                  },
                  {
                    properties: {
                      uplinks: true
                    },
                    required: [
                      "uplinks"
                    ]
                  }
                ],
                additionalProperties: false
              },
              examples: [
                [
                  {
                    name: "TEAM-VM",
                    mode: "lacp",
                    loadBalancing: "dynamic",
                    members: [
                      "Ethernet 3",
                      "Ethernet 4"
                    ],
                    virtualSwitch: "vSwitch-VM",
                    uplink: {
                      switch: "SW-CORE01",
                      lag: 1
                    }
                  },
                  {
                    name: "TEAM-STORAGE",
                    mode: "switch-independent",
                    loadBalancing: "hyper-v-port",
                    members: [
                      "Ethernet 5",
                      "Ethernet 6"
                    ],
                    uplinks: [
                      {
                        switch: "SW-A",
                        port: "g9",
                        members: [
                          "Ethernet 5"
                        ]
                      },
                      {
                        switch: "SW-B",
                        port: "g9",
                        members: [
                          "Ethernet 6"
                        ]
                      }
                    ]
                  },
                  {
                    name: "Ethernet 7",
                    mode: "none",
                    members: [
                      "Ethernet 7"
                    ],
                    virtualSwitch: "vSwitch-DMZ",
                    uplink: {
                      switch: "SW-A",
                      port: "g10"
                    }
                  }
                ]
              ]
            },
            macAddressPool: {
              type: "object",
              description: "The host's pool of dynamic MAC addresses for VM network adapters (Get-VMHost MacAddressMinimum and MacAddressMaximum). Pools of different hosts must not overlap.",
              required: [
                "minimum",
                "maximum"
              ],
              properties: {
                minimum: {
                  type: "string",
                  description: "First MAC of the pool: twelve hex digits as Get-VMHost prints them, or with - or : separators.",
                  pattern: "^[0-9A-Fa-f]{2}(?:[-:]?[0-9A-Fa-f]{2}){5}$",
                  examples: [
                    "00155D0A1E00"
                  ]
                },
                maximum: {
                  type: "string",
                  description: "Last MAC of the pool, in the same notation.",
                  pattern: "^[0-9A-Fa-f]{2}(?:[-:]?[0-9A-Fa-f]{2}){5}$",
                  examples: [
                    "00155D0A1EFF"
                  ]
                }
              },
              additionalProperties: false
            }
          },
          additionalProperties: false
        }
      },
      additionalProperties: false,
      examples: [
        {
          apiVersion: "hvlint/v1",
          kind: "HyperVHost",
          metadata: {
            name: "HV01"
          },
          spec: {
            os: "windows-server-2012-r2",
            domain: "corp.contoso.com",
            cluster: "HVCLUSTER01",
            memoryMB: 262144,
            logicalProcessors: 32,
            memoryReserveMB: 8192,
            nicTeams: [
              {
                name: "TEAM-VM",
                mode: "lacp",
                loadBalancing: "dynamic",
                members: [
                  "Ethernet 3",
                  "Ethernet 4"
                ],
                virtualSwitch: "vSwitch-VM",
                uplink: {
                  switch: "SW-CORE01",
                  lag: 1
                }
              },
              {
                name: "TEAM-MGMT",
                mode: "switch-independent",
                loadBalancing: "address-hash",
                members: [
                  "Ethernet"
                ],
                uplink: {
                  switch: "SW-CORE01",
                  port: "g5"
                }
              }
            ]
          }
        }
      ]
    },
    HyperVCluster: {
      title: "Hyper-V failover cluster",
      description: "A Windows Server failover cluster of Hyper-V hosts: its domain, its nodes and its Cluster Shared Volumes. Highly available VMs (spec.cluster) can run on any node.",
      type: "object",
      required: [
        "apiVersion",
        "kind",
        "metadata",
        "spec"
      ],
      properties: {
        apiVersion: {
          $ref: "#/$defs/common/$defs/apiVersion",
          description: "Manifest format version; always hvlint/v1."
        },
        kind: {
          type: "string",
          description: "Kind of the document; always HyperVCluster for this schema.",
          const: "HyperVCluster"
        },
        metadata: {
          $ref: "#/$defs/common/$defs/metadata",
          description: "Name, labels and annotations of the document."
        },
        spec: {
          type: "object",
          description: "Desired configuration of the failover cluster.",
          required: [
            "domain",
            "nodes"
          ],
          properties: {
            domain: {
              $ref: "#/$defs/common/$defs/domainName",
              description: "Active Directory domain of the cluster (its cluster name object lives there)."
            },
            nodes: {
              type: "array",
              description: "Names of the HyperVHost documents that are nodes of this cluster.",
              items: {
                $ref: "#/$defs/common/$defs/name",
                description: "metadata.name of a HyperVHost.",
                examples: [
                  "HV01"
                ]
              },
              minItems: 1,
              uniqueItems: true,
              examples: [
                [
                  "HV01",
                  "HV02"
                ]
              ]
            },
            witness: {
              type: "object",
              description: "Quorum witness of the cluster (Get-ClusterQuorum): its vote lets a cluster keep a majority when a node fails. Use none for a cluster with no witness; omit the field when it is not known.",
              required: [
                "type"
              ],
              properties: {
                type: {
                  type: "string",
                  description: "Kind of witness: disk (a shared cluster disk), file-share (an SMB share), cloud (an Azure storage account; Windows Server 2016 and later), or none.",
                  enum: [
                    "disk",
                    "file-share",
                    "cloud",
                    "none"
                  ],
                  examples: [
                    "file-share"
                  ]
                },
                disk: {
                  $ref: "#/$defs/common/$defs/name",
                  description: "Name of the cluster disk resource of a disk witness.",
                  examples: [
                    "Cluster Disk 1"
                  ]
                },
                path: {
                  $ref: "#/$defs/common/$defs/windowsPath",
                  description: "UNC path of the share of a file-share witness.",
                  examples: [
                    "\\\\FS01\\Witness$\\HVCLUSTER01"
                  ]
                },
                account: {
                  type: "string",
                  description: "Azure storage account name of a cloud witness.",
                  minLength: 3,
                  maxLength: 24,
                  pattern: "^[a-z0-9]+$",
                  examples: [
                    "contosowitness"
                  ]
                }
              },
              additionalProperties: false,
              examples: [
                {
                  type: "file-share",
                  path: "\\\\FS01\\Witness$\\HVCLUSTER01"
                }
              ]
            },
            sharedVolumes: {
              type: "array",
              description: "Cluster Shared Volumes (CSV).",
              items: {
                type: "object",
                description: "A Cluster Shared Volume.",
                required: [
                  "name",
                  "path"
                ],
                properties: {
                  name: {
                    $ref: "#/$defs/common/$defs/name",
                    description: "CSV name, usually the folder name under C:\\ClusterStorage.",
                    examples: [
                      "Volume1"
                    ]
                  },
                  path: {
                    type: "string",
                    description: "Mount path of the CSV on every node: a drive letter, \\ClusterStorage\\ and the volume folder, e.g. C:\\ClusterStorage\\Volume1.",
                    minLength: 4,
                    maxLength: 260,
                    pattern: '^[A-Za-z]:\\\\ClusterStorage\\\\[^\\\\/:*?"<>|\\u0000-\\u001f]+$',
                    examples: [
                      "C:\\ClusterStorage\\Volume1"
                    ]
                  },
                  lun: {
                    type: "object",
                    description: "The shared storage LUN backing the CSV.",
                    required: [
                      "storage"
                    ],
                    properties: {
                      storage: {
                        type: "string",
                        description: "How the LUN is shared: sas (shared SAS array), iscsi, fc (Fibre Channel), smb (SMB 3 share), s2d (Storage Spaces Direct).",
                        enum: [
                          "sas",
                          "iscsi",
                          "fc",
                          "smb",
                          "s2d"
                        ],
                        examples: [
                          "sas"
                        ]
                      },
                      array: {
                        type: "string",
                        description: "Name of the storage array or share server that holds the LUN.",
                        minLength: 1,
                        maxLength: 128,
                        examples: [
                          "MD3220-01"
                        ]
                      },
                      id: {
                        description: "LUN number on the array (integer) or the array's identifier for the volume (string, e.g. a WWN or share path).",
                        anyOf: [
                          {
                            type: "integer",
                            description: "LUN number.",
                            minimum: 0
                          },
                          {
                            type: "string",
                            description: "Volume identifier.",
                            minLength: 1,
                            maxLength: 256
                          }
                        ],
                        examples: [
                          0,
                          "600a0b80005ad3c4000004c54fd6f1a2"
                        ]
                      }
                    },
                    additionalProperties: false
                  }
                },
                additionalProperties: false
              }
            },
            clusterDisks: {
              type: "array",
              description: "Clustered disks that are not Cluster Shared Volumes (Physical Disk resources): each is online on one node at a time and moves with the role that owns it, so a highly available VM may keep its disks there.",
              items: {
                type: "object",
                description: "A clustered disk that is not a CSV.",
                required: [
                  "name",
                  "path"
                ],
                properties: {
                  name: {
                    $ref: "#/$defs/common/$defs/name",
                    description: "Cluster resource name of the disk.",
                    examples: [
                      "Cluster Disk 2"
                    ]
                  },
                  path: {
                    type: "string",
                    description: "Where the disk is mounted on its owner node: a drive letter (E: or E:\\) or a mount-point folder (E:\\Mounts\\Data1).",
                    minLength: 2,
                    maxLength: 260,
                    pattern: '^[A-Za-z]:(?:\\\\[^\\\\/:*?"<>|\\u0000-\\u001f]+)*\\\\?$',
                    examples: [
                      "E:\\"
                    ]
                  }
                },
                additionalProperties: false
              }
            }
          },
          additionalProperties: false
        }
      },
      additionalProperties: false,
      examples: [
        {
          apiVersion: "hvlint/v1",
          kind: "HyperVCluster",
          metadata: {
            name: "HVCLUSTER01"
          },
          spec: {
            domain: "corp.contoso.com",
            nodes: [
              "HV01",
              "HV02"
            ],
            witness: {
              type: "file-share",
              path: "\\\\FS01\\Witness$\\HVCLUSTER01"
            },
            sharedVolumes: [
              {
                name: "Volume1",
                path: "C:\\ClusterStorage\\Volume1",
                lun: {
                  storage: "sas",
                  array: "MD3220-01",
                  id: 0
                }
              }
            ]
          }
        }
      ]
    },
    VirtualMachine: {
      title: "Hyper-V virtual machine",
      description: "A Hyper-V virtual machine: where it runs (a single host, or as a highly available role of a cluster), its generation, guest, storage controllers and drives, network adapters and checkpoints.",
      type: "object",
      required: [
        "apiVersion",
        "kind",
        "metadata",
        "spec"
      ],
      properties: {
        apiVersion: {
          $ref: "#/$defs/common/$defs/apiVersion",
          description: "Manifest format version; always hvlint/v1."
        },
        kind: {
          type: "string",
          description: "Kind of the document; always VirtualMachine for this schema.",
          const: "VirtualMachine"
        },
        metadata: {
          $ref: "#/$defs/common/$defs/metadata",
          description: "Name, labels and annotations of the document."
        },
        spec: {
          type: "object",
          description: "Desired configuration of the virtual machine. Exactly one of host or cluster.",
          required: [
            "generation"
          ],
          properties: {
            generation: {
              type: "integer",
              description: "VM generation, fixed at creation. Generation 1 boots from IDE or a legacy adapter; generation 2 has no IDE controller and boots from SCSI.",
              enum: [
                1,
                2
              ],
              examples: [
                2
              ]
            },
            host: {
              $ref: "#/$defs/common/$defs/name",
              description: "metadata.name of the HyperVHost the VM runs on (not clustered). Exactly one of host or cluster.",
              examples: [
                "HV02"
              ]
            },
            cluster: {
              $ref: "#/$defs/common/$defs/name",
              description: "metadata.name of the HyperVCluster the VM is a highly available role of; it may run on any node. Exactly one of host or cluster.",
              examples: [
                "HVCLUSTER01"
              ]
            },
            guest: {
              type: "object",
              description: "The guest operating system and its integration services.",
              required: [
                "os"
              ],
              properties: {
                os: {
                  type: "string",
                  description: "Guest OS family. Decides what a backup can achieve: application-consistent (Windows, VSS), file-system-consistent (Linux) or saved state only.",
                  enum: [
                    "windows",
                    "linux",
                    "freebsd",
                    "other"
                  ],
                  examples: [
                    "windows"
                  ]
                },
                integrationServices: {
                  type: "boolean",
                  description: "Whether Hyper-V integration services (or the Linux/FreeBSD integration components) are installed and enabled.",
                  default: true
                },
                backupService: {
                  type: "boolean",
                  description: "Whether the Backup (volume shadow copy) integration service is enabled and running (Hyper-V Volume Shadow Copy Requestor on Windows, hv_vss_daemon on Linux). Needed for online backup.",
                  default: true
                },
                iscsiDevices: {
                  type: "boolean",
                  description: "Whether the guest has iSCSI devices attached through its own iSCSI initiator (storage the host does not see as a virtual disk). Live backup of a Linux guest fails with such devices.",
                  default: false,
                  examples: [
                    false
                  ]
                }
              },
              additionalProperties: false
            },
            memory: {
              type: "object",
              description: "Memory of the VM (Get-VM MemoryStartup, MemoryMinimum, MemoryMaximum, DynamicMemoryEnabled), in MiB. A VM needs its startup memory free on a host to start there, with dynamic memory too.",
              required: [
                "startupMB"
              ],
              properties: {
                startupMB: {
                  type: "integer",
                  description: "Startup memory in MiB: the fixed memory of a static VM, and what a dynamic-memory VM needs to start.",
                  minimum: 32,
                  examples: [
                    4096
                  ]
                },
                minimumMB: {
                  type: "integer",
                  description: "Minimum memory in MiB with dynamic memory: what the host may reclaim the VM down to while it runs.",
                  minimum: 32,
                  examples: [
                    2048
                  ]
                },
                maximumMB: {
                  type: "integer",
                  description: "Maximum memory in MiB with dynamic memory.",
                  minimum: 32,
                  examples: [
                    16384
                  ]
                },
                dynamic: {
                  type: "boolean",
                  description: "Whether dynamic memory is enabled.",
                  default: false
                }
              },
              additionalProperties: false,
              examples: [
                {
                  startupMB: 4096,
                  minimumMB: 2048,
                  maximumMB: 16384,
                  dynamic: true
                }
              ]
            },
            processorCount: {
              type: "integer",
              description: "Number of virtual processors (Get-VM ProcessorCount).",
              minimum: 1,
              maximum: 240,
              examples: [
                4
              ]
            },
            preferredOwners: {
              type: "array",
              description: "Preferred owners of the VM's cluster role, most preferred first (Get-ClusterOwnerNode -Group <vm>). The cluster starts the VM on the first one that is up and, when that node fails, restarts it on the next. For a highly available VM (spec.cluster) only. The what-if simulation takes the first as the node the VM normally runs on.",
              items: {
                $ref: "#/$defs/common/$defs/name",
                description: "metadata.name of a HyperVHost that is a node of the VM's cluster.",
                examples: [
                  "HV01"
                ]
              },
              minItems: 1,
              uniqueItems: true,
              examples: [
                [
                  "HV01",
                  "HV02"
                ]
              ]
            },
            possibleOwners: {
              type: "array",
              description: "Possible owners of the VM's cluster resource (Get-ClusterOwnerNode -Resource 'Virtual Machine <vm>'): the only nodes the VM may run on. Omit when every node of the cluster may run it. For a highly available VM (spec.cluster) only.",
              items: {
                $ref: "#/$defs/common/$defs/name",
                description: "metadata.name of a HyperVHost that is a node of the VM's cluster.",
                examples: [
                  "HV01"
                ]
              },
              minItems: 1,
              uniqueItems: true,
              examples: [
                [
                  "HV01",
                  "HV02",
                  "HV03"
                ]
              ]
            },
            antiAffinityClassNames: {
              type: "array",
              description: "AntiAffinityClassNames of the VM's cluster role ((Get-ClusterGroup <vm>).AntiAffinityClassNames): the cluster keeps roles that share a class name on different nodes where it can. Give the nodes of one NLB cluster, or the DCs of one domain, a common class name.",
              items: {
                type: "string",
                description: "An anti-affinity class name.",
                minLength: 1,
                maxLength: 256,
                examples: [
                  "NLB-WEB"
                ]
              },
              uniqueItems: true,
              examples: [
                [
                  "NLB-WEB"
                ]
              ]
            },
            arpRetryCount: {
              type: "integer",
              description: "ArpRetryCount registry value inside the guest (HKLM\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters), if set. 0 disables duplicate-address detection. Omit when not set.",
              minimum: 0,
              maximum: 4294967295,
              examples: [
                3
              ]
            },
            checkpointPath: {
              $ref: "#/$defs/common/$defs/windowsPath",
              description: "Folder where the VM's checkpoint (snapshot) files are stored, if different from the default.",
              examples: [
                "C:\\ClusterStorage\\Volume1\\APP01\\Snapshots"
              ]
            },
            controllers: {
              type: "array",
              description: "Storage controllers of the VM and the drives on them. Include a SCSI controller even without drives when it exists: online backup needs one.",
              items: {
                type: "object",
                description: "A virtual IDE or SCSI controller.",
                required: [
                  "type",
                  "number"
                ],
                properties: {
                  type: {
                    type: "string",
                    description: "Controller type. IDE exists only in generation 1.",
                    enum: [
                      "ide",
                      "scsi"
                    ],
                    examples: [
                      "scsi"
                    ]
                  },
                  number: {
                    type: "integer",
                    description: "Controller number. IDE: 0-1; SCSI: 0-3.",
                    minimum: 0,
                    maximum: 3,
                    examples: [
                      0
                    ]
                  },
                  drives: {
                    type: "array",
                    description: "Drives attached to this controller.",
                    items: {
                      type: "object",
                      description: "A drive attached at one location of the controller.",
                      required: [
                        "location"
                      ],
                      properties: {
                        location: {
                          type: "integer",
                          description: "Controller location (slot). IDE: 0-1; SCSI: 0-63.",
                          minimum: 0,
                          maximum: 63,
                          examples: [
                            0
                          ]
                        },
                        kind: {
                          type: "string",
                          description: "What is attached: a virtual hard disk or a DVD drive.",
                          enum: [
                            "disk",
                            "dvd"
                          ],
                          default: "disk",
                          examples: [
                            "disk"
                          ]
                        },
                        path: {
                          $ref: "#/$defs/common/$defs/windowsPath",
                          description: "Path of the .vhd/.vhdx/.vhds file (disk) or .iso (dvd) as seen by the Hyper-V host. Required for a disk, unless it is a pass-through disk (diskNumber); omit for an empty DVD drive."
                        },
                        format: {
                          type: "string",
                          description: "Virtual disk format (Get-VHD VhdFormat).",
                          enum: [
                            "vhd",
                            "vhdx",
                            "vhdset"
                          ],
                          examples: [
                            "vhdx"
                          ]
                        },
                        type: {
                          type: "string",
                          description: "Virtual disk type (Get-VHD VhdType): fixed size, dynamically expanding, or differencing (child of a parent disk).",
                          enum: [
                            "fixed",
                            "dynamic",
                            "differencing"
                          ],
                          examples: [
                            "dynamic"
                          ]
                        },
                        sizeGB: {
                          type: "integer",
                          description: "Maximum (virtual) size of the disk in GiB. VHD is limited to 2040 GB, VHDX to 64 TB.",
                          minimum: 1,
                          maximum: 65536,
                          examples: [
                            60
                          ]
                        },
                        boot: {
                          type: "boolean",
                          description: "True for the drive the VM boots from.",
                          default: false
                        },
                        purpose: {
                          type: "string",
                          description: "What the disk holds: system (OS), data, ntds (AD database and logs), sysvol (AD SYSVOL), logs.",
                          enum: [
                            "system",
                            "data",
                            "ntds",
                            "sysvol",
                            "logs"
                          ],
                          examples: [
                            "system"
                          ]
                        },
                        diskNumber: {
                          type: "integer",
                          description: "Number of the host's physical disk for a pass-through disk (Get-VMHardDiskDrive DiskNumber). A pass-through disk has no path.",
                          minimum: 0,
                          examples: [
                            3
                          ]
                        }
                      },
                      $comment: "A disk needs a path, or a diskNumber when it is a pass-through disk; only a DVD drive may be empty.",
                      if: {
                        properties: {
                          kind: {
                            const: "dvd"
                          }
                        },
                        required: [
                          "kind"
                        ]
                      },
                      else: {
                        anyOf: [
                          {
                            properties: {
                              path: true
                            },
                            required: [
                              "path"
                            ]
                          },
                          {
                            properties: {
                              diskNumber: true
                            },
                            required: [
                              "diskNumber"
                            ]
                          }
                        ]
                      },
                      additionalProperties: false
                    }
                  }
                },
                additionalProperties: false
              }
            },
            networkAdapters: {
              type: "array",
              description: "Virtual network adapters.",
              items: {
                type: "object",
                description: "A virtual network adapter.",
                required: [
                  "name"
                ],
                properties: {
                  name: {
                    $ref: "#/$defs/common/$defs/name",
                    description: "Adapter name in Hyper-V (Get-VMNetworkAdapter Name), e.g. LAN or NLB. NLB cluster nodes refer to it.",
                    examples: [
                      "LAN",
                      "NLB"
                    ]
                  },
                  switch: {
                    $ref: "#/$defs/common/$defs/name",
                    description: "Name of the Hyper-V virtual switch the adapter connects to; omit when disconnected.",
                    examples: [
                      "vSwitch-VM"
                    ]
                  },
                  vlan: {
                    $ref: "#/$defs/common/$defs/vlanId",
                    description: "Access VLAN ID; omit for untagged."
                  },
                  macAddress: {
                    $ref: "#/$defs/common/$defs/mac",
                    description: "Static MAC address; omit for a dynamic MAC."
                  },
                  macAddressSpoofing: {
                    type: "boolean",
                    description: "MAC address spoofing. Must be on for an adapter that is an NLB node, because the guest sets the cluster MAC on it.",
                    default: false
                  },
                  legacy: {
                    type: "boolean",
                    description: "Legacy (emulated) network adapter; generation 1 only.",
                    default: false
                  }
                },
                additionalProperties: false
              }
            },
            checkpoints: {
              type: "array",
              description: "Checkpoints (snapshots) that currently exist for the VM.",
              items: {
                type: "object",
                description: "A checkpoint.",
                required: [
                  "name",
                  "created"
                ],
                properties: {
                  name: {
                    type: "string",
                    description: "Checkpoint name.",
                    minLength: 1,
                    maxLength: 256,
                    examples: [
                      "before-patch"
                    ]
                  },
                  type: {
                    type: "string",
                    description: "Checkpoint type (Get-VMSnapshot SnapshotType); recovery checkpoints are left by backups; missing, replica, app-consistent-replica and synced-replica are the checkpoints of a VM protected by Hyper-V Replica.",
                    enum: [
                      "standard",
                      "production",
                      "recovery",
                      "planned",
                      "missing",
                      "replica",
                      "app-consistent-replica",
                      "synced-replica"
                    ],
                    default: "standard",
                    examples: [
                      "standard"
                    ]
                  },
                  created: {
                    $ref: "#/$defs/common/$defs/dateTime",
                    description: "When the checkpoint was taken (CreationTime)."
                  }
                },
                additionalProperties: false
              }
            }
          },
          oneOf: [
            {
              properties: {
                host: true
              },
              required: [
                "host"
              ]
            },
            {
              properties: {
                cluster: true
              },
              required: [
                "cluster"
              ]
            }
          ],
          additionalProperties: false
        }
      },
      additionalProperties: false,
      examples: [
        {
          apiVersion: "hvlint/v1",
          kind: "VirtualMachine",
          metadata: {
            name: "WEB01",
            labels: {
              role: "web",
              "nlb-cluster": "NLB-WEB"
            }
          },
          spec: {
            generation: 2,
            cluster: "HVCLUSTER01",
            guest: {
              os: "windows",
              integrationServices: true,
              backupService: true
            },
            memory: {
              startupMB: 4096,
              minimumMB: 2048,
              maximumMB: 8192,
              dynamic: true
            },
            processorCount: 2,
            preferredOwners: [
              "HV01",
              "HV02"
            ],
            antiAffinityClassNames: [
              "NLB-WEB"
            ],
            controllers: [
              {
                type: "scsi",
                number: 0,
                drives: [
                  {
                    location: 0,
                    kind: "disk",
                    path: "C:\\ClusterStorage\\Volume1\\WEB01\\Virtual Hard Disks\\WEB01-system.vhdx",
                    format: "vhdx",
                    type: "dynamic",
                    sizeGB: 60,
                    boot: true,
                    purpose: "system"
                  }
                ]
              }
            ],
            networkAdapters: [
              {
                name: "LAN",
                switch: "vSwitch-VM",
                vlan: 10
              },
              {
                name: "NLB",
                switch: "vSwitch-VM",
                vlan: 20,
                macAddressSpoofing: true
              }
            ]
          }
        }
      ]
    },
    NlbCluster: {
      title: "Windows Network Load Balancing cluster",
      description: "A Windows NLB cluster of virtual machines: its virtual IP, operation mode, VLAN, member adapters and port rules. The cluster MAC and (IGMP mode) multicast group follow from the VIP and the mode.",
      type: "object",
      required: [
        "apiVersion",
        "kind",
        "metadata",
        "spec"
      ],
      properties: {
        apiVersion: {
          $ref: "#/$defs/common/$defs/apiVersion",
          description: "Manifest format version; always hvlint/v1."
        },
        kind: {
          type: "string",
          description: "Kind of the document; always NlbCluster for this schema.",
          const: "NlbCluster"
        },
        metadata: {
          $ref: "#/$defs/common/$defs/metadata",
          description: "Name, labels and annotations of the document."
        },
        spec: {
          type: "object",
          description: "Desired configuration of the NLB cluster.",
          required: [
            "vip",
            "mode",
            "vlan",
            "nodes"
          ],
          properties: {
            vip: {
              $ref: "#/$defs/common/$defs/ipv4",
              description: "Cluster (virtual) IP address. Decides the cluster MAC and, in IGMP multicast mode, the group 239.255.x.y.",
              examples: [
                "172.31.3.232"
              ]
            },
            subnetMask: {
              $ref: "#/$defs/common/$defs/ipv4",
              description: "Subnet mask of the VIP.",
              examples: [
                "255.255.248.0"
              ]
            },
            mode: {
              type: "string",
              description: "Cluster operation mode (Get-NlbCluster OperationMode): unicast (MAC 02-bf-<VIP>), multicast (03-bf-<VIP>), igmp-multicast (01-00-5e-7f-<last two VIP octets>, group 239.255.x.y).",
              enum: [
                "unicast",
                "multicast",
                "igmp-multicast"
              ],
              examples: [
                "igmp-multicast"
              ]
            },
            vlan: {
              $ref: "#/$defs/common/$defs/vlanId",
              description: "VLAN of the NLB adapters and the VIP."
            },
            clusterMac: {
              $ref: "#/$defs/common/$defs/mac",
              description: "Cluster MAC address as configured or documented (as nlb.exe ip2mac prints it); checked against the VIP and mode.",
              examples: [
                "01-00-5e-7f-03-e8"
              ]
            },
            nodes: {
              type: "array",
              description: "Cluster nodes: a VM and the adapter on it that carries the cluster.",
              items: {
                type: "object",
                description: "An NLB node.",
                required: [
                  "vm",
                  "adapter"
                ],
                properties: {
                  vm: {
                    $ref: "#/$defs/common/$defs/name",
                    description: "metadata.name of the VirtualMachine that is a node.",
                    examples: [
                      "WEB01"
                    ]
                  },
                  adapter: {
                    $ref: "#/$defs/common/$defs/name",
                    description: "Name of that VM's network adapter (spec.networkAdapters[].name) bound to NLB.",
                    examples: [
                      "NLB"
                    ]
                  },
                  mode: {
                    type: "string",
                    description: "Operation mode actually configured on this node, if it differs from the cluster's mode (for drift). All nodes must use one mode.",
                    enum: [
                      "unicast",
                      "multicast",
                      "igmp-multicast"
                    ]
                  },
                  priority: {
                    type: "integer",
                    description: "Host priority (unique host ID), 1-32.",
                    minimum: 1,
                    maximum: 32,
                    examples: [
                      1
                    ]
                  }
                },
                additionalProperties: false
              },
              minItems: 1
            },
            portRules: {
              type: "array",
              description: "Port rules. Windows' default is a single rule for ports 0-65535, both protocols, multiple-host filtering, single affinity.",
              items: {
                type: "object",
                description: "An NLB port rule.",
                required: [
                  "startPort",
                  "endPort"
                ],
                properties: {
                  startPort: {
                    type: "integer",
                    description: "First port of the range.",
                    minimum: 0,
                    maximum: 65535,
                    examples: [
                      80
                    ]
                  },
                  endPort: {
                    type: "integer",
                    description: "Last port of the range (inclusive).",
                    minimum: 0,
                    maximum: 65535,
                    examples: [
                      80
                    ]
                  },
                  protocol: {
                    type: "string",
                    description: "Protocol the rule applies to.",
                    enum: [
                      "tcp",
                      "udp",
                      "both"
                    ],
                    default: "both",
                    examples: [
                      "tcp"
                    ]
                  },
                  affinity: {
                    type: "string",
                    description: "Client affinity: none, single (per client IP) or network (per class C network).",
                    enum: [
                      "none",
                      "single",
                      "network"
                    ],
                    default: "single",
                    examples: [
                      "single"
                    ]
                  },
                  filtering: {
                    type: "string",
                    description: "Filtering mode: multiple (all hosts share load), single (one host, by priority) or disabled (block the ports).",
                    enum: [
                      "multiple",
                      "single",
                      "disabled"
                    ],
                    default: "multiple",
                    examples: [
                      "multiple"
                    ]
                  }
                },
                additionalProperties: false
              }
            }
          },
          additionalProperties: false
        }
      },
      additionalProperties: false,
      examples: [
        {
          apiVersion: "hvlint/v1",
          kind: "NlbCluster",
          metadata: {
            name: "NLB-WEB"
          },
          spec: {
            vip: "172.31.3.232",
            subnetMask: "255.255.248.0",
            mode: "igmp-multicast",
            vlan: 20,
            clusterMac: "01-00-5e-7f-03-e8",
            nodes: [
              {
                vm: "WEB01",
                adapter: "NLB",
                priority: 1
              },
              {
                vm: "WEB02",
                adapter: "NLB",
                priority: 2
              }
            ],
            portRules: [
              {
                startPort: 80,
                endPort: 80,
                protocol: "tcp",
                affinity: "none",
                filtering: "multiple"
              },
              {
                startPort: 443,
                endPort: 443,
                protocol: "tcp",
                affinity: "single",
                filtering: "multiple"
              }
            ]
          }
        }
      ]
    },
    Switch: {
      title: "Physical Ethernet switch",
      description: "A physical switch that Hyper-V hosts land on: its model (which decides the MAC notation it accepts), VLANs, ports, LAGs, bridge multicast groups and static ARP / MAC entries.",
      type: "object",
      required: [
        "apiVersion",
        "kind",
        "metadata",
        "spec"
      ],
      properties: {
        apiVersion: {
          $ref: "#/$defs/common/$defs/apiVersion",
          description: "Manifest format version; always hvlint/v1."
        },
        kind: {
          type: "string",
          description: "Kind of the document; always Switch for this schema.",
          const: "Switch"
        },
        metadata: {
          $ref: "#/$defs/common/$defs/metadata",
          description: "Name, labels and annotations of the document."
        },
        spec: {
          type: "object",
          description: "Desired configuration of the switch.",
          required: [
            "model"
          ],
          properties: {
            model: {
              type: "string",
              description: "Switch model, lower-case with hyphens. Known models carry defaults (e.g. the MAC notation the CLI accepts).",
              minLength: 1,
              maxLength: 128,
              examples: [
                "dell-powerconnect-5424"
              ]
            },
            macStyle: {
              type: "string",
              description: "MAC notation the switch CLI accepts: colon (01:00:5e:7f:03:e8) or hyphen (01-00-5e-7f-03-e8). Overrides the model's default. (Manifests write MACs in one of these two forms; dotted Cisco notation is not modelled.)",
              enum: [
                "colon",
                "hyphen"
              ],
              examples: [
                "colon"
              ]
            },
            igmpSnooping: {
              type: "boolean",
              description: "IGMP snooping enabled globally.",
              examples: [
                true
              ]
            },
            bridgeMulticastFiltering: {
              type: "boolean",
              description: "Global `bridge multicast filtering` (Dell PowerConnect): the prerequisite for IGMP snooping and static bridge multicast groups. Off (the switch default) floods all multicast to every port of the VLAN whatever groups are configured. It does not drop unregistered multicast by itself: that is each port's or LAG's unregisteredMulticast.",
              examples: [
                true
              ]
            },
            vlans: {
              type: "array",
              description: "VLANs defined on the switch.",
              items: {
                type: "object",
                description: "A VLAN.",
                required: [
                  "id"
                ],
                properties: {
                  id: {
                    $ref: "#/$defs/common/$defs/vlanId",
                    description: "VLAN ID."
                  },
                  name: {
                    type: "string",
                    description: "VLAN name.",
                    minLength: 1,
                    maxLength: 64,
                    examples: [
                      "servers"
                    ]
                  },
                  igmpSnooping: {
                    type: "boolean",
                    description: "IGMP snooping enabled on this VLAN.",
                    examples: [
                      true
                    ]
                  },
                  routed: {
                    type: "boolean",
                    description: "The switch routes this VLAN: it is the VLAN's layer-3 gateway, where static ARP entries for NLB VIPs in multicast and IGMP multicast mode belong.",
                    default: false,
                    examples: [
                      true
                    ]
                  }
                },
                additionalProperties: false
              }
            },
            ports: {
              type: "array",
              description: "Ports worth declaring (the ones in use).",
              items: {
                type: "object",
                description: "A switch port.",
                required: [
                  "name"
                ],
                properties: {
                  name: {
                    $ref: "#/$defs/common/$defs/portName",
                    description: "Port name."
                  },
                  description: {
                    type: "string",
                    description: "Port description (what is cabled to it).",
                    maxLength: 256,
                    examples: [
                      "HV01 Ethernet 3 (TEAM-VM)"
                    ]
                  },
                  lag: {
                    type: "integer",
                    description: "ID of the LAG this port is a member of, if any.",
                    minimum: 1,
                    maximum: 64,
                    examples: [
                      1
                    ]
                  },
                  vlans: {
                    type: "array",
                    description: "VLANs carried by the port (tagged or untagged).",
                    items: {
                      $ref: "#/$defs/common/$defs/vlanId",
                      description: "A VLAN ID."
                    },
                    uniqueItems: true,
                    examples: [
                      [
                        10,
                        20
                      ]
                    ]
                  },
                  unregisteredMulticast: {
                    type: "string",
                    description: "What the port does with multicast for which no group is registered (`bridge multicast unregistered forwarding | filtering` in its interface configuration): forward (the default) or filter (drop). Takes effect only with bridgeMulticastFiltering on.",
                    enum: [
                      "forward",
                      "filter"
                    ],
                    default: "forward",
                    examples: [
                      "forward"
                    ]
                  }
                },
                additionalProperties: false
              }
            },
            lags: {
              type: "array",
              description: "Link aggregation groups (port-channels).",
              items: {
                type: "object",
                description: "A LAG.",
                required: [
                  "id"
                ],
                properties: {
                  id: {
                    type: "integer",
                    description: "LAG ID, 1-64.",
                    minimum: 1,
                    maximum: 64,
                    examples: [
                      1
                    ]
                  },
                  description: {
                    type: "string",
                    description: "LAG description (which host or team it faces).",
                    maxLength: 256,
                    examples: [
                      "HV01 TEAM-VM"
                    ]
                  },
                  members: {
                    type: "array",
                    description: "Member ports.",
                    items: {
                      $ref: "#/$defs/common/$defs/portName",
                      description: "A port name on this switch."
                    },
                    uniqueItems: true,
                    examples: [
                      [
                        "g1",
                        "g2"
                      ]
                    ]
                  },
                  lacp: {
                    type: "boolean",
                    description: "True for a dynamic (LACP) LAG, false for a static one.",
                    examples: [
                      true
                    ]
                  },
                  vlans: {
                    type: "array",
                    description: "VLANs carried by the LAG.",
                    items: {
                      $ref: "#/$defs/common/$defs/vlanId",
                      description: "A VLAN ID."
                    },
                    uniqueItems: true,
                    examples: [
                      [
                        10,
                        20
                      ]
                    ]
                  },
                  unregisteredMulticast: {
                    type: "string",
                    description: "What the LAG does with multicast for which no group is registered (`bridge multicast unregistered forwarding | filtering` in its interface configuration): forward (the default) or filter (drop). Takes effect only with bridgeMulticastFiltering on.",
                    enum: [
                      "forward",
                      "filter"
                    ],
                    default: "forward",
                    examples: [
                      "forward"
                    ]
                  }
                },
                additionalProperties: false
              }
            },
            bridgeMulticastGroups: {
              type: "array",
              description: "Static bridge multicast groups (e.g. for NLB in IGMP multicast mode): per VLAN, a group MAC and/or group IP with static member ports and LAGs.",
              items: {
                type: "object",
                description: "A bridge multicast group. At least one of mac or group.",
                required: [
                  "vlan"
                ],
                properties: {
                  vlan: {
                    $ref: "#/$defs/common/$defs/vlanId",
                    description: "VLAN the group is defined on."
                  },
                  mac: {
                    $ref: "#/$defs/common/$defs/mac",
                    description: "Group MAC address (01:00:5e:...), written in the switch's MAC style.",
                    examples: [
                      "01:00:5e:7f:03:e8"
                    ]
                  },
                  group: {
                    $ref: "#/$defs/common/$defs/ipv4",
                    description: "Group IP address (239.255.x.y for NLB).",
                    examples: [
                      "239.255.3.232"
                    ]
                  },
                  ports: {
                    type: "array",
                    description: "Static member ports.",
                    items: {
                      $ref: "#/$defs/common/$defs/portName",
                      description: "A port name on this switch."
                    },
                    uniqueItems: true,
                    examples: [
                      [
                        "g1",
                        "g2"
                      ]
                    ]
                  },
                  lags: {
                    type: "array",
                    description: "Static member LAGs.",
                    items: {
                      type: "integer",
                      description: "A LAG ID on this switch.",
                      minimum: 1,
                      maximum: 64,
                      examples: [
                        1
                      ]
                    },
                    uniqueItems: true,
                    examples: [
                      [
                        1,
                        2
                      ]
                    ]
                  }
                },
                anyOf: [
                  {
                    properties: {
                      mac: true
                    },
                    required: [
                      "mac"
                    ]
                  },
                  {
                    properties: {
                      group: true
                    },
                    required: [
                      "group"
                    ]
                  }
                ],
                additionalProperties: false
              }
            },
            staticArp: {
              type: "array",
              description: "Static ARP entries.",
              items: {
                type: "object",
                description: "A static ARP entry.",
                required: [
                  "ip",
                  "mac"
                ],
                properties: {
                  ip: {
                    $ref: "#/$defs/common/$defs/ipv4",
                    description: "IP address."
                  },
                  mac: {
                    $ref: "#/$defs/common/$defs/mac",
                    description: "MAC address the IP maps to."
                  },
                  vlan: {
                    $ref: "#/$defs/common/$defs/vlanId",
                    description: "VLAN (interface) of the entry."
                  },
                  interface: {
                    type: "string",
                    description: "Interface the entry is bound to, as the switch names it (e.g. vlan 20).",
                    minLength: 1,
                    maxLength: 64,
                    examples: [
                      "vlan 20"
                    ]
                  }
                },
                additionalProperties: false
              }
            },
            staticMac: {
              type: "array",
              description: "Static MAC address-table entries.",
              items: {
                type: "object",
                description: "A static MAC-table entry.",
                required: [
                  "mac",
                  "vlan"
                ],
                properties: {
                  mac: {
                    $ref: "#/$defs/common/$defs/mac",
                    description: "MAC address."
                  },
                  vlan: {
                    $ref: "#/$defs/common/$defs/vlanId",
                    description: "VLAN of the entry."
                  },
                  ports: {
                    type: "array",
                    description: "Ports the MAC is bound to.",
                    items: {
                      $ref: "#/$defs/common/$defs/portName",
                      description: "A port name on this switch."
                    },
                    uniqueItems: true,
                    examples: [
                      [
                        "g1",
                        "g2"
                      ]
                    ]
                  },
                  lags: {
                    type: "array",
                    description: "LAGs the MAC is bound to.",
                    items: {
                      type: "integer",
                      description: "A LAG ID on this switch.",
                      minimum: 1,
                      maximum: 64,
                      examples: [
                        1
                      ]
                    },
                    uniqueItems: true,
                    examples: [
                      [
                        1,
                        2
                      ]
                    ]
                  }
                },
                additionalProperties: false
              }
            }
          },
          additionalProperties: false
        }
      },
      additionalProperties: false,
      examples: [
        {
          apiVersion: "hvlint/v1",
          kind: "Switch",
          metadata: {
            name: "SW-CORE01"
          },
          spec: {
            model: "dell-powerconnect-5424",
            macStyle: "colon",
            igmpSnooping: true,
            bridgeMulticastFiltering: true,
            vlans: [
              {
                id: 10,
                name: "servers",
                igmpSnooping: true
              },
              {
                id: 20,
                name: "nlb-web",
                igmpSnooping: true
              }
            ],
            ports: [
              {
                name: "g1",
                description: "HV01 Ethernet 3",
                lag: 1,
                vlans: [
                  10,
                  20
                ]
              },
              {
                name: "g2",
                description: "HV01 Ethernet 4",
                lag: 1,
                vlans: [
                  10,
                  20
                ]
              }
            ],
            lags: [
              {
                id: 1,
                description: "HV01 TEAM-VM",
                members: [
                  "g1",
                  "g2"
                ],
                lacp: true,
                vlans: [
                  10,
                  20
                ],
                unregisteredMulticast: "forward"
              }
            ],
            bridgeMulticastGroups: [
              {
                vlan: 20,
                mac: "01:00:5e:7f:03:e8",
                group: "239.255.3.232",
                lags: [
                  1
                ]
              }
            ]
          }
        }
      ]
    },
    DomainController: {
      title: "Active Directory domain controller",
      description: "An Active Directory domain controller: its domain and what it runs on, either a VirtualMachine (declared in its own document) or a physical server.",
      type: "object",
      required: [
        "apiVersion",
        "kind",
        "metadata",
        "spec"
      ],
      properties: {
        apiVersion: {
          $ref: "#/$defs/common/$defs/apiVersion",
          description: "Manifest format version; always hvlint/v1."
        },
        kind: {
          type: "string",
          description: "Kind of the document; always DomainController for this schema.",
          const: "DomainController"
        },
        metadata: {
          $ref: "#/$defs/common/$defs/metadata",
          description: "Name, labels and annotations of the document."
        },
        spec: {
          type: "object",
          description: "Desired configuration of the domain controller. Exactly one of vm or physicalServer.",
          required: [
            "domain"
          ],
          properties: {
            domain: {
              $ref: "#/$defs/common/$defs/domainName",
              description: "Domain the DC serves."
            },
            vm: {
              $ref: "#/$defs/common/$defs/name",
              description: "metadata.name of the VirtualMachine that is this DC.",
              examples: [
                "DC01"
              ]
            },
            physicalServer: {
              type: "string",
              description: "Name of the physical server that is this DC (not a Hyper-V guest).",
              minLength: 1,
              maxLength: 128,
              pattern: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$",
              examples: [
                "DC02"
              ]
            }
          },
          oneOf: [
            {
              properties: {
                vm: true
              },
              required: [
                "vm"
              ]
            },
            {
              properties: {
                physicalServer: true
              },
              required: [
                "physicalServer"
              ]
            }
          ],
          additionalProperties: false
        }
      },
      additionalProperties: false,
      examples: [
        {
          apiVersion: "hvlint/v1",
          kind: "DomainController",
          metadata: {
            name: "DC01"
          },
          spec: {
            domain: "corp.contoso.com",
            vm: "DC01"
          }
        }
      ]
    },
    BackupJob: {
      title: "Hyper-V backup job",
      description: "A host-level backup job for Hyper-V VMs: which VMs it protects, the consistency it asks for, the VSS provider used for the volume / CSV snapshot, and an optional off-host proxy.",
      type: "object",
      required: [
        "apiVersion",
        "kind",
        "metadata",
        "spec"
      ],
      properties: {
        apiVersion: {
          $ref: "#/$defs/common/$defs/apiVersion",
          description: "Manifest format version; always hvlint/v1."
        },
        kind: {
          type: "string",
          description: "Kind of the document; always BackupJob for this schema.",
          const: "BackupJob"
        },
        metadata: {
          $ref: "#/$defs/common/$defs/metadata",
          description: "Name, labels and annotations of the document."
        },
        spec: {
          type: "object",
          description: "Desired configuration of the backup job.",
          required: [
            "targets",
            "consistency",
            "vssProvider"
          ],
          properties: {
            targets: {
              type: "array",
              description: "VMs the job protects. Each entry is exactly one of: vm (a name), match (a glob over VM names) or selector (labels).",
              items: {
                description: "One target: exactly one of vm, match or selector.",
                oneOf: [
                  {
                    type: "object",
                    description: "A single VM by name.",
                    required: [
                      "vm"
                    ],
                    properties: {
                      vm: {
                        $ref: "#/$defs/common/$defs/name",
                        description: "metadata.name of a VirtualMachine (case-insensitive).",
                        examples: [
                          "DC01"
                        ]
                      }
                    },
                    additionalProperties: false
                  },
                  {
                    type: "object",
                    description: "VMs whose names match a glob.",
                    required: [
                      "match"
                    ],
                    properties: {
                      match: {
                        type: "string",
                        description: "Glob (minimatch syntax, case-insensitive) over VM names, e.g. WEB*.",
                        minLength: 1,
                        maxLength: 256,
                        examples: [
                          "WEB*"
                        ]
                      }
                    },
                    additionalProperties: false
                  },
                  {
                    type: "object",
                    description: "VMs whose labels match.",
                    required: [
                      "selector"
                    ],
                    properties: {
                      selector: {
                        $ref: "#/$defs/common/$defs/labelSelector",
                        description: "Labels a VM must all carry (metadata.labels).",
                        examples: [
                          {
                            backup: "required"
                          }
                        ]
                      }
                    },
                    additionalProperties: false
                  }
                ]
              },
              minItems: 1,
              examples: [
                [
                  {
                    vm: "DC01"
                  },
                  {
                    match: "WEB*"
                  },
                  {
                    selector: {
                      backup: "required"
                    }
                  }
                ]
              ]
            },
            consistency: {
              type: "string",
              description: "Consistency the job requires: application (VSS inside the guest; Linux guests get file-system consistency) or crash (no guest involvement).",
              enum: [
                "application",
                "crash"
              ],
              examples: [
                "application"
              ]
            },
            vssProvider: {
              type: "string",
              description: "VSS provider that takes the volume / CSV snapshot: the Windows software provider or the storage array's hardware provider. Off-host backup needs hardware.",
              enum: [
                "software",
                "hardware"
              ],
              examples: [
                "hardware"
              ]
            },
            offHostProxy: {
              type: "string",
              description: "Name of the off-host backup proxy that mounts the hardware snapshot; omit for on-host backup.",
              minLength: 1,
              maxLength: 128,
              pattern: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$",
              examples: [
                "PROXY01"
              ]
            },
            offHostProxyOs: {
              $ref: "#/$defs/common/$defs/windowsServerVersion",
              description: "Windows Server release of the off-host proxy; it must match the Hyper-V hosts' release."
            },
            schedule: {
              type: "string",
              description: "When the job runs: a 5- or 6-field cron expression or a macro such as @daily.",
              minLength: 1,
              maxLength: 128,
              pattern: "^(?:@(?:yearly|annually|monthly|weekly|daily|midnight|hourly)|[0-9A-Za-z*?/,#LW-]+(?:[ \\t]+[0-9A-Za-z*?/,#LW-]+){4,5})$",
              examples: [
                "0 22 * * *"
              ]
            },
            repository: {
              type: "string",
              description: "Name of the backup repository the job writes to.",
              minLength: 1,
              maxLength: 256,
              examples: [
                "REPO-NAS01"
              ]
            },
            online: {
              type: "boolean",
              description: "True for online (live, child-VM-snapshot) backup; false allows saved-state backup.",
              default: true
            }
          },
          additionalProperties: false
        }
      },
      additionalProperties: false,
      examples: [
        {
          apiVersion: "hvlint/v1",
          kind: "BackupJob",
          metadata: {
            name: "NIGHTLY-VMS"
          },
          spec: {
            targets: [
              {
                vm: "DC01"
              },
              {
                match: "WEB*"
              },
              {
                selector: {
                  backup: "required"
                }
              }
            ],
            consistency: "application",
            vssProvider: "hardware",
            offHostProxy: "PROXY01",
            offHostProxyOs: "windows-server-2012-r2",
            schedule: "0 22 * * *",
            repository: "REPO-NAS01",
            online: true
          }
        }
      ]
    },
    Policy: {
      title: "hvlint custom policy",
      description: "A rule of your own, written in CEL (Common Expression Language): which documents it looks at, what must hold for each, and the message and place of the finding when it does not. Files with policies are listed under `policies:` in .hvlint.yml. See docs/policies.md.",
      type: "object",
      required: [
        "apiVersion",
        "kind",
        "metadata",
        "spec"
      ],
      properties: {
        apiVersion: {
          $ref: "#/$defs/common/$defs/apiVersion",
          description: "Manifest format version; always hvlint/v1."
        },
        kind: {
          type: "string",
          description: "Kind of the document; always Policy for this schema.",
          const: "Policy"
        },
        metadata: {
          type: "object",
          description: "Identity of the policy. Its name is the policy id that findings, suppressions, `rules:` severities, `hvlint explain` and baselines use.",
          required: [
            "name"
          ],
          properties: {
            name: {
              type: "string",
              description: "The policy id: a namespace (your team or pack), a slash and a kebab-case name. The namespace keeps it apart from hvlint's built-in rule ids.",
              pattern: "^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?/[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$",
              examples: [
                "acme/pci-backup",
                "acme/dc-memory"
              ]
            },
            labels: {
              $ref: "#/$defs/common/$defs/labels"
            },
            annotations: {
              $ref: "#/$defs/common/$defs/annotations"
            }
          },
          additionalProperties: false
        },
        spec: {
          type: "object",
          description: "What the policy checks and how it reports.",
          required: [
            "severity",
            "description",
            "match",
            "assert",
            "message"
          ],
          properties: {
            severity: {
              type: "string",
              description: "Default severity of the policy's findings; .hvlint.yml `rules:` and `overrides:` can change it like any rule's.",
              enum: [
                "error",
                "warning",
                "notice"
              ]
            },
            description: {
              type: "string",
              description: "One line saying what the policy requires, starting with a verb. Shown by `hvlint rules`, `hvlint explain` and in SARIF.",
              minLength: 1,
              maxLength: 300,
              examples: [
                "Require application-consistent backups for every VM labelled pci."
              ]
            },
            match: {
              type: "object",
              description: "The documents the policy looks at. A document matches when its kind is listed, its name matches one of `names` (if given), it has every label of `labels` (if given) and `where` (if given) is true.",
              required: [
                "kinds"
              ],
              properties: {
                kinds: {
                  type: "array",
                  description: "Kinds of the documents to check.",
                  minItems: 1,
                  uniqueItems: true,
                  items: {
                    type: "string",
                    enum: [
                      "HyperVHost",
                      "HyperVCluster",
                      "VirtualMachine",
                      "NlbCluster",
                      "Switch",
                      "DomainController",
                      "BackupJob"
                    ]
                  },
                  examples: [
                    [
                      "VirtualMachine"
                    ]
                  ]
                },
                names: {
                  type: "array",
                  description: "Name globs (minimatch, case-insensitive, as Windows compares names); a document matches when one matches its metadata.name.",
                  minItems: 1,
                  items: {
                    type: "string",
                    minLength: 1
                  },
                  examples: [
                    [
                      "WEB*",
                      "APP0?"
                    ]
                  ]
                },
                labels: {
                  $ref: "#/$defs/common/$defs/labelSelector",
                  description: "Labels the document must carry, with these exact values."
                },
                where: {
                  $ref: "#/$defs/Policy/$defs/expression",
                  description: "A CEL expression that must be true for the document to be checked (`self` is the document)."
                }
              },
              additionalProperties: false
            },
            forEach: {
              $ref: "#/$defs/Policy/$defs/expression",
              description: "Optional CEL expression giving a list: the assertion then runs once per element, bound to `item` (and its position to `index`), and each failing element is its own finding.",
              examples: [
                "self.spec.networkAdapters"
              ]
            },
            assert: {
              $ref: "#/$defs/Policy/$defs/expression",
              description: "A CEL expression that must be true for every matched document (or element of forEach); a finding is reported where it is false.",
              examples: [
                "self.spec.memory.startupMB >= 4096"
              ]
            },
            message: {
              type: "string",
              description: "The finding's message. `{{ expression }}` parts are CEL expressions evaluated like `assert` and inserted as text. Say what is wrong and what to do.",
              minLength: 1,
              examples: [
                'domain controller "{{ self.metadata.name }}" starts with {{ self.spec.memory.startupMB }} MB: give it at least 4096 MB'
              ]
            },
            at: {
              description: "Where in the matched document the finding is reported: a dotted path such as spec.controllers or spec.networkAdapters[0].name, with optional `{{ expression }}` parts. A path that does not exist is reported at its deepest existing part. Default: the document's metadata.name.",
              oneOf: [
                {
                  type: "string",
                  minLength: 1,
                  examples: [
                    "spec.controllers"
                  ]
                },
                {
                  type: "object",
                  required: [
                    "path"
                  ],
                  properties: {
                    path: {
                      type: "string",
                      minLength: 1,
                      description: "The dotted path, as above."
                    },
                    on: {
                      type: "string",
                      enum: [
                        "key",
                        "value"
                      ],
                      description: "Underline the key (`controllers:`) or the value (default)."
                    }
                  },
                  additionalProperties: false
                }
              ]
            },
            related: {
              $ref: "#/$defs/Policy/$defs/expression",
              description: "Optional CEL expression giving other places to show with the finding: a list of maps with `doc` (a document from `estate`), optional `at` (a dotted path in it) and `message`.",
              examples: [
                "estate.backupTargetsOf(self).map(t, {'doc': t.job, 'at': 'spec.targets[' + string(t.index) + ']', 'message': 'targets it'})"
              ]
            },
            docs: {
              type: "string",
              description: "Documentation: a URL, or Markdown text that `hvlint explain` prints and SARIF carries as the rule's help.",
              minLength: 1
            },
            tests: {
              type: "array",
              description: "Test cases run by `hvlint test`: manifests and the findings this policy must report on them, no more and no fewer.",
              items: {
                type: "object",
                required: [
                  "name",
                  "manifests",
                  "expect"
                ],
                properties: {
                  name: {
                    type: "string",
                    minLength: 1,
                    description: "What the case shows."
                  },
                  manifests: {
                    type: "string",
                    description: "The estate of the case: YAML manifests (several separated by ---), written as a block scalar (manifests: |).",
                    minLength: 1
                  },
                  expect: {
                    type: "array",
                    description: "The findings of this policy on those manifests; [] when there must be none.",
                    items: {
                      type: "object",
                      required: [
                        "document"
                      ],
                      properties: {
                        document: {
                          type: "string",
                          description: "Kind/name of the document the finding is on.",
                          pattern: "^[A-Za-z]+/.+$",
                          examples: [
                            "VirtualMachine/WEB01"
                          ]
                        },
                        at: {
                          type: "string",
                          description: "The dotted path of the finding in that document (default: any path).",
                          examples: [
                            "spec.controllers"
                          ]
                        },
                        message: {
                          type: "string",
                          description: "Text the message must contain (default: any message)."
                        }
                      },
                      additionalProperties: false
                    }
                  }
                },
                additionalProperties: false
              }
            }
          },
          additionalProperties: false
        }
      },
      additionalProperties: false,
      $defs: {
        expression: {
          type: "string",
          description: "A CEL expression (https://cel.dev). Variables: self, estate (and item, index with forEach). docs/policies.md lists every field and function.",
          minLength: 1,
          maxLength: 1e4
        }
      }
    }
  }
};

// src/policy/analyze.ts
var ANY = { type: "any" };
var defs = hvlint_schema_default.$defs;
function resolve3(schema) {
  let s = schema;
  for (let i = 0; i < 16 && typeof s["$ref"] === "string"; i++) {
    const parts = s["$ref"].replace(/^#\//, "").split("/");
    let target = hvlint_schema_default;
    for (const part of parts) target = target?.[decodeURIComponent(part)];
    if (!target || typeof target !== "object") return {};
    s = target;
  }
  return s;
}
function variants(schema) {
  const s = resolve3(schema);
  const out = [s];
  for (const key of ["oneOf", "anyOf", "allOf"])
    for (const branch of s[key] ?? []) out.push(...variants(branch));
  return out;
}
function kindShape(kind) {
  const schema = defs[kind];
  return schema ? { type: "schema", schemas: [schema] } : ANY;
}
function kindsShape(kinds) {
  const schemas = kinds.map((k) => defs[k]).filter((s) => s !== void 0);
  return schemas.length > 0 ? { type: "schema", schemas } : ANY;
}
function fieldOf(shape, field) {
  if (shape.type === "record") return shape.fields[field] ? { shape: shape.fields[field] } : { shape: ANY };
  if (shape.type !== "schema") return { shape: ANY };
  const found = [];
  const known = /* @__PURE__ */ new Set();
  let open = false;
  for (const schema of shape.schemas) {
    for (const v of variants(schema)) {
      const props = v["properties"];
      if (props) {
        for (const key of Object.keys(props)) known.add(key);
        if (props[field]) found.push(props[field]);
      }
      if (v["additionalProperties"] !== false && v["additionalProperties"] !== void 0) open = true;
      if (v["patternProperties"] || v["type"] === void 0) {
        if (!props) open = true;
      }
      if (v["type"] === "object" && !props && v["additionalProperties"] !== false) open = true;
    }
  }
  if (found.length > 0) return { shape: { type: "schema", schemas: found } };
  if (open || known.size === 0) return { shape: ANY };
  return { shape: ANY, missing: [...known].sort() };
}
function elementOf(shape) {
  if (shape.type === "list") return shape.of;
  if (shape.type !== "schema") return ANY;
  const items = [];
  for (const schema of shape.schemas)
    for (const v of variants(schema))
      if (v["items"] && typeof v["items"] === "object") items.push(v["items"]);
  return items.length > 0 ? { type: "schema", schemas: items } : ANY;
}
var list2 = (of) => ({ type: "list", of });
var rec = (fields) => ({ type: "record", fields });
var path3 = (kind, ...fields) => {
  let shape = kindShape(kind);
  for (const f of fields) shape = f === "[]" ? elementOf(shape) : fieldOf(shape, f).shape;
  return shape;
};
function joinShape(name) {
  switch (name) {
    case "hostsOf":
      return list2(kindShape("HyperVHost"));
    case "clusterOf":
      return kindShape("HyperVCluster");
    case "vmsOf":
      return list2(kindShape("VirtualMachine"));
    case "backupJobsOf":
      return list2(kindShape("BackupJob"));
    case "backupTargetsOf":
      return list2(rec({ job: kindShape("BackupJob"), index: ANY, target: path3("BackupJob", "spec", "targets", "[]") }));
    case "nlbNodesOf":
      return list2(
        rec({ cluster: kindShape("NlbCluster"), index: ANY, node: path3("NlbCluster", "spec", "nodes", "[]") })
      );
    case "nodesOf":
      return list2(
        rec({
          vm: kindShape("VirtualMachine"),
          adapter: path3("VirtualMachine", "spec", "networkAdapters", "[]"),
          index: ANY,
          node: path3("NlbCluster", "spec", "nodes", "[]")
        })
      );
    case "uplinksOf":
      return list2(
        rec({
          switch: kindShape("Switch"),
          team: path3("HyperVHost", "spec", "nicTeams", "[]"),
          teamIndex: ANY,
          lag: ANY,
          port: ANY
        })
      );
    case "dcsOf":
      return list2(kindShape("DomainController"));
    case "groupsByVlan":
      return ANY;
    case "drivesOf":
      return list2(
        rec({
          controller: path3("VirtualMachine", "spec", "controllers", "[]"),
          controllerIndex: ANY,
          drive: path3("VirtualMachine", "spec", "controllers", "[]", "drives", "[]"),
          driveIndex: ANY,
          slot: ANY
        })
      );
  }
  const lookup = LOOKUPS.find(([method]) => method === name);
  return lookup ? kindShape(lookup[1]) : void 0;
}
var MACROS = /* @__PURE__ */ new Set(["all", "exists", "exists_one", "map", "filter"]);
function checkFields(root, vars) {
  return analyzeFields(root, vars).problems;
}
function elementShapeOf(root, vars) {
  return elementOf(analyzeFields(root, vars).shape);
}
function analyzeFields(root, vars) {
  const problems = [];
  const visit = (node, scope) => {
    const args = node.args;
    switch (node.op) {
      case "id":
        return scope[node.args] ?? ANY;
      case ".":
      case ".?": {
        const [target, field] = args;
        const base = visit(target, scope);
        if (target.op === "id" && target.args === "estate") {
          const collection = COLLECTIONS.find(([f]) => f === field);
          if (collection) return list2(kindShape(collection[1]));
          problems.push({
            start: node.start,
            end: node.end,
            message: `estate has no field "${field}"${hint(
              field,
              COLLECTIONS.map(([f]) => f)
            )}`
          });
          return ANY;
        }
        const { shape: shape2, missing } = fieldOf(base, field);
        if (missing)
          problems.push({
            start: node.start,
            end: node.end,
            message: `no schema has a field "${field}" here${hint(field, missing)}; known fields: ${missing.join(", ")}`
          });
        return shape2;
      }
      case "[]":
      case "[?]": {
        const [target, key] = args;
        const base = visit(target, scope);
        visit(key, scope);
        if (key.op === "value" && typeof key.args === "string") return fieldOf(base, key.args).shape;
        return elementOf(base);
      }
      case "rcall": {
        const [name, target, callArgs] = args;
        if (target.op === "id" && target.args === "estate") {
          for (const a of callArgs) visit(a, scope);
          return joinShape(name) ?? ANY;
        }
        const range = visit(target, scope);
        if (MACROS.has(name) && callArgs.length >= 2 && callArgs[0].op === "id") {
          const inner = { ...scope, [callArgs[0].args]: elementOf(range) };
          const bodies = callArgs.slice(1).map((a) => visit(a, inner));
          if (name === "filter") return range;
          if (name === "map") return list2(bodies[bodies.length - 1] ?? ANY);
          return ANY;
        }
        for (const a of callArgs) visit(a, scope);
        return ANY;
      }
      case "call": {
        const [, callArgs] = args;
        for (const a of callArgs) visit(a, scope);
        return ANY;
      }
      case "list": {
        const shapes = args.map((a) => visit(a, scope));
        return list2(shapes[0] ?? ANY);
      }
      case "map": {
        const fields = {};
        for (const [k, v] of args) {
          visit(k, scope);
          const shape2 = visit(v, scope);
          if (k.op === "value" && typeof k.args === "string") fields[k.args] = shape2;
        }
        return rec(fields);
      }
      case "?:": {
        const [c, a, b] = args;
        visit(c, scope);
        const left = visit(a, scope);
        visit(b, scope);
        return left;
      }
      case "!_":
      case "-_":
        visit(node.args, scope);
        return ANY;
      case "value":
        return ANY;
      default:
        if (Array.isArray(args)) {
          for (const a of args) if (a && typeof a === "object" && "op" in a) visit(a, scope);
        }
        return ANY;
    }
  };
  const shape = visit(root, vars);
  return { shape, problems };
}
function hint(word, candidates) {
  const best = closest(word, candidates);
  return best ? ` (did you mean "${best}"?)` : "";
}
function estimateCost(root, sizes, vars = {}) {
  return costModel(sizes).cost(root, new Map(Object.entries(vars)));
}
function estimateSize(root, sizes) {
  return costModel(sizes).size(root, /* @__PURE__ */ new Map());
}
function costModel(sizes) {
  const pathOf = (node, scope) => {
    const args = node.args;
    if (node.op === "id") {
      const name = node.args;
      if (name === "self") return [];
      return scope.get(name);
    }
    if ((node.op === "." || node.op === ".?") && typeof args[1] === "string") {
      const base = pathOf(args[0], scope);
      return base ? [...base, args[1]] : void 0;
    }
    if (node.op === "[]" || node.op === "[?]") {
      const base = pathOf(args[0], scope);
      const key = args[1];
      if (!base) return void 0;
      return key.op === "value" && typeof key.args === "string" ? [...base, key.args] : [...base, "[]"];
    }
    if (node.op === "rcall") {
      const [name, target] = args;
      if (name === "filter") return pathOf(target, scope);
    }
    if (node.op === "?:") {
      const [, a, b] = args;
      return pathOf(a, scope) ?? pathOf(b, scope);
    }
    return void 0;
  };
  const sizeOf = (node, scope) => {
    const args = node.args;
    if (node.op === "." && args[0].op === "id" && args[0].args === "estate")
      return sizes.collections[args[1]] ?? sizes.documentList;
    if (node.op === "rcall") {
      const [name, target] = args;
      if (target.op === "id" && target.args === "estate") return sizes.join(name);
      if (name === "map" || name === "filter") return sizeOf(target, scope);
    }
    if (node.op === "list") return args.length;
    if (node.op === "map") return args.length;
    if (node.op === "?:") return Math.max(sizeOf(args[1], scope), sizeOf(args[2], scope));
    if (node.op === "+" && Array.isArray(args))
      return sizeOf(args[0], scope) + sizeOf(args[1], scope);
    const at = pathOf(node, scope);
    if (at) return sizes.list(at);
    return sizes.documentList;
  };
  const cost = (node, scope) => {
    const args = node.args;
    if (node.op === "rcall") {
      const [name, target, callArgs] = args;
      if (target.op === "id" && target.args === "estate")
        return 1 + sizes.join(name) + callArgs.reduce((sum, a) => sum + cost(a, scope), 0);
      const base = cost(target, scope);
      if (MACROS.has(name) && callArgs.length >= 2) {
        const n = sizeOf(target, scope);
        const inner = new Map(scope);
        const at = pathOf(target, scope);
        inner.set(callArgs[0].args, at ? [...at, "[]"] : void 0);
        const body = callArgs.slice(1).reduce((sum, a) => sum + cost(a, inner), 0);
        return base + n * (body + 1);
      }
      return base + sizeOf(target, scope) + callArgs.reduce((sum, a) => sum + cost(a, scope), 0);
    }
    if (node.op === "call") {
      const [, callArgs] = args;
      return 1 + callArgs.reduce((sum, a) => sum + cost(a, scope), 0);
    }
    if (node.op === "in")
      return 1 + cost(args[0], scope) + cost(args[1], scope) + sizeOf(args[1], scope);
    if (node.op === "map")
      return 1 + args.reduce((s, [k, v]) => s + cost(k, scope) + cost(v, scope), 0);
    if (node.op === "!_" || node.op === "-_") return 1 + cost(node.args, scope);
    if (node.op === "value" || node.op === "id") return 1;
    if (node.op === "." || node.op === ".?") return 1 + cost(args[0], scope);
    let total = 1;
    if (Array.isArray(args)) {
      for (const a of args) if (a && typeof a === "object" && "op" in a) total += cost(a, scope);
    }
    return total;
  };
  return { cost, size: sizeOf };
}
function iteratedPath(root) {
  const walk = (node) => {
    const args = node.args;
    if (node.op === "id") return node.args === "self" ? [] : void 0;
    if ((node.op === "." || node.op === ".?") && typeof args[1] === "string") {
      const base = walk(args[0]);
      return base ? [...base, args[1]] : void 0;
    }
    if (node.op === "rcall" && args[0] === "filter") return walk(args[1]);
    if (node.op === "?:") return walk(args[1]) ?? walk(args[2]);
    return void 0;
  };
  const at = walk(root);
  return at ? [...at, "[]"] : void 0;
}

// src/policy/compile.ts
function celMessage(error) {
  const message = error?.message ?? String(error);
  return message.split("\n")[0].replace(/\.$/, "");
}
function compilePolicy(document) {
  const spec = document.value["spec"] ?? {};
  const problems = [];
  const env = policyEnvironment();
  const self = kindsShape(spec.match.kinds);
  const estate = { type: "any" };
  let itemShape = { type: "any" };
  const compile = (source, field, offset = 0, vars = {}) => {
    if (source.length > MAX_EXPRESSION_LENGTH) {
      problems.push({
        document,
        field,
        message: `expression is ${source.length} characters long, over the limit of ${MAX_EXPRESSION_LENGTH}: split the policy`
      });
      return void 0;
    }
    let parsed;
    try {
      parsed = env.parse(source);
    } catch (error) {
      const range = error.range;
      problems.push({
        document,
        field,
        ...range ? { start: offset + range.start, end: offset + Math.max(range.end, range.start + 1) } : {},
        message: `CEL syntax error: ${celMessage(error)}`
      });
      return void 0;
    }
    const checked = parsed.check();
    if (!checked.valid && checked.error) {
      const range = checked.error.range;
      problems.push({
        document,
        field,
        ...range ? { start: offset + range.start, end: offset + range.end } : {},
        message: `CEL type error: ${celMessage(checked.error)}`
      });
      return void 0;
    }
    const ast = parsed.ast;
    const fieldProblems = checkFields(ast, { self, estate, item: itemShape, index: { type: "any" }, ...vars });
    for (const p of fieldProblems)
      problems.push({ document, field, start: offset + p.start, end: offset + p.end, message: p.message });
    if (fieldProblems.length > 0) return void 0;
    return { field, offset, source, ast, run: parsed };
  };
  const template = (text, field) => {
    const parts = [];
    let ok = true;
    let at2 = 0;
    while (at2 < text.length) {
      const open = text.indexOf("{{", at2);
      if (open < 0) break;
      const close = text.indexOf("}}", open + 2);
      if (close < 0) {
        problems.push({
          document,
          field,
          start: open,
          end: open + 2,
          message: "unclosed {{ in the template: close it with }}"
        });
        ok = false;
        break;
      }
      if (open > at2) parts.push(text.slice(at2, open));
      const expression = compile(text.slice(open + 2, close), field, open + 2);
      if (expression) parts.push(expression);
      else ok = false;
      at2 = close + 2;
    }
    if (at2 < text.length) parts.push(text.slice(at2));
    return ok ? { parts } : void 0;
  };
  const where = spec.match.where !== void 0 ? compile(spec.match.where, ["spec", "match", "where"]) : void 0;
  const forEach = spec.forEach !== void 0 ? compile(spec.forEach, ["spec", "forEach"]) : void 0;
  if (forEach) itemShape = elementShapeOf(forEach.ast, { self, estate });
  const assert = compile(spec.assert, ["spec", "assert"]);
  const message = template(spec.message, ["spec", "message"]);
  const atSpec = typeof spec.at === "object" ? spec.at : spec.at !== void 0 ? { path: spec.at } : void 0;
  const atField = typeof spec.at === "object" ? ["spec", "at", "path"] : ["spec", "at"];
  const at = atSpec ? template(atSpec.path, atField) : { parts: ["metadata.name"] };
  if (at && atSpec) checkStaticPath(at, atField, document, problems);
  const related = spec.related !== void 0 ? compile(spec.related, ["spec", "related"]) : void 0;
  const bad = spec.match.where !== void 0 && !where || spec.forEach !== void 0 && !forEach || !assert || !message || !at || spec.related !== void 0 && !related;
  if (bad) return { problems };
  return {
    problems,
    policy: {
      id: document.name,
      document,
      spec,
      kinds: spec.match.kinds,
      names: (spec.match.names ?? []).map(compileNameGlob),
      labels: Object.entries(spec.match.labels ?? {}),
      ...where ? { where } : {},
      ...forEach ? { forEach } : {},
      assert,
      message,
      at,
      atTarget: atSpec?.on ?? "value",
      ...related ? { related } : {}
    }
  };
}
function checkStaticPath(at, field, document, problems) {
  if (at.parts.length !== 1 || typeof at.parts[0] !== "string") return;
  if (parsePath(at.parts[0]) === void 0)
    problems.push({
      document,
      field,
      message: `"${at.parts[0]}" is not a path: write it like spec.controllers or spec.networkAdapters[0].name`
    });
}
function parsePath(text) {
  const path4 = [];
  const re = /\.?([A-Za-z_$][\w$-]*)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]|\['([^']*)'\]/y;
  let at = 0;
  while (at < text.length) {
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m || m[1] !== void 0 && at > 0 && text[at] !== "." || m[1] !== void 0 && at === 0 && text[0] === ".")
      return void 0;
    if (m[1] !== void 0) path4.push(m[1]);
    else if (m[2] !== void 0) path4.push(Number(m[2]));
    else if (m[3] !== void 0) path4.push(JSON.parse(`"${m[3]}"`));
    else path4.push(m[4]);
    at = re.lastIndex;
  }
  return path4.length > 0 ? path4 : void 0;
}
function valueOffset(text, start, end, value, index) {
  let src = start;
  const head = text[start];
  if (head === "|" || head === ">") {
    const nl = text.indexOf("\n", start);
    src = nl < 0 ? end : nl + 1;
  } else if (head === '"' || head === "'") src = start + 1;
  const isSpace = (c) => c === " " || c === "	" || c === "\n" || c === "\r";
  while (src < end && isSpace(text[src]) && !isSpace(value[0])) src++;
  let i = 0;
  while (i < index && src < end) {
    if (isSpace(value[i])) {
      let j = i;
      while (j < value.length && isSpace(value[j])) j++;
      const runStart = src;
      while (src < end && isSpace(text[src])) src++;
      if (index < j) return Math.min(runStart + (index - i), src);
      i = j;
      continue;
    }
    while (src < end && text[src] !== value[i]) src++;
    src++;
    i++;
  }
  if (!isSpace(value[index])) while (src < end && isSpace(text[src])) src++;
  return Math.min(src, end);
}

// src/policy/evaluate.ts
var DEFAULT_POLICY_COST_LIMIT = 1e8;
var POLICY_MISTAKE = "policy";
var views = /* @__PURE__ */ new WeakMap();
function estateView(estate) {
  let view = views.get(estate);
  if (!view) views.set(estate, view = new EstateView(estate));
  return view;
}
function policyMeta(policy) {
  return {
    id: policy.id,
    severity: policy.spec.severity,
    area: "policy",
    description: policy.spec.description,
    fixable: false,
    messages: { policy: "{{message}}" },
    sources: [policy.spec.docs ?? `policy defined in ${policy.document.file}`],
    policy: { file: policy.document.file, ...policy.spec.docs !== void 0 ? { docs: policy.spec.docs } : {} }
  };
}
function policyRule(policy) {
  return { meta: policyMeta(policy), check: () => void 0 };
}
function problemFinding2(problem) {
  const doc = problem.document;
  let range = doc.locate(problem.field, "value");
  if (problem.start !== void 0) {
    const at = doc.offsets(problem.field, "value");
    const value = valueAt2(doc, problem.field);
    if (at && typeof value === "string") {
      const start = valueOffset(doc.source.text, at.start, at.end, value, problem.start);
      const end = valueOffset(
        doc.source.text,
        at.start,
        at.end,
        value,
        Math.max(problem.end ?? problem.start + 1, problem.start + 1)
      );
      range = doc.source.range(start, Math.max(end, start + 1));
    }
  }
  return {
    ruleId: POLICY_MISTAKE,
    message: problem.message,
    file: doc.file,
    ...range,
    related: [],
    document: { kind: doc.kind, name: doc.name },
    path: [...problem.field]
  };
}
function valueAt2(doc, path4) {
  let value = doc.value;
  for (const key of path4) value = value?.[key];
  return value;
}
function runPolicies(estate, policies, options) {
  const findings = [];
  if (policies.length === 0) return findings;
  const view = estateView(estate);
  const limit = options.costLimit ?? DEFAULT_POLICY_COST_LIMIT;
  for (const policy of policies) {
    if (!options.enabled(policy.id)) continue;
    const start = options.timings ? performance.now() : 0;
    const matched = matchedDocuments(estate, policy);
    const over = overCostLimit(estate, policy, matched, limit);
    if (over) findings.push(problemFinding2(over));
    else findings.push(...runPolicy(view, policy, matched));
    if (options.timings) options.timings[policy.id] = performance.now() - start;
  }
  return findings;
}
var joinSizes = /* @__PURE__ */ new WeakMap();
function meanJoinSize(estate, name) {
  let table = joinSizes.get(estate);
  if (!table) joinSizes.set(estate, table = /* @__PURE__ */ new Map());
  let size = table.get(name);
  if (size === void 0) table.set(name, size = computeJoinSize(estate, name));
  return size;
}
function computeJoinSize(estate, name) {
  const mean = (counts) => counts.length === 0 ? 1 : Math.max(1, Math.ceil(counts.reduce((a, b) => a + b, 0) / counts.length));
  const vms = estate.of("VirtualMachine");
  switch (name) {
    case "hostsOf":
      return Math.max(
        mean(vms.map((vm) => estate.hostsAbleToRun(vm).length)),
        mean(estate.of("HyperVCluster").map((c) => estate.hostsOfCluster(c.name).length))
      );
    case "vmsOf": {
      const coverage = backupCoverage(estate);
      return Math.max(
        mean(estate.of("HyperVCluster").map((c) => estate.vmsOn("cluster", c.name).length)),
        mean(estate.of("HyperVHost").map((h) => estate.vmsOn("host", h.name).length)),
        mean(estate.of("BackupJob").map((j) => coverage.vmsOf(j).length))
      );
    }
    case "backupJobsOf":
    case "backupTargetsOf": {
      const coverage = backupCoverage(estate);
      return mean(vms.map((vm) => coverage.targetsOf(vm).length));
    }
    case "nlbNodesOf":
    case "nodesOf":
      return mean(estate.of("NlbCluster").map((c) => c.spec.nodes.length));
    case "uplinksOf":
      return mean(estate.of("HyperVHost").map((h) => (h.spec.nicTeams ?? []).length));
    case "dcsOf": {
      const byDomain = /* @__PURE__ */ new Map();
      for (const dc of estate.of("DomainController"))
        byDomain.set(dc.spec.domain.toLowerCase(), (byDomain.get(dc.spec.domain.toLowerCase()) ?? 0) + 1);
      return mean([...byDomain.values()]);
    }
    case "groupsByVlan":
      return mean(estate.of("Switch").map((s) => (s.spec.bridgeMulticastGroups ?? []).length));
    case "drivesOf":
      return mean(vms.map((vm) => (vm.spec.controllers ?? []).reduce((n, c) => n + (c.drives ?? []).length, 0)));
    default:
      return 1;
  }
}
function meanListLength(documents, at) {
  let places = 0;
  let total = 0;
  const walk = (value, i) => {
    if (i === at.length) {
      places++;
      if (Array.isArray(value)) total += value.length;
      else if (value !== null && typeof value === "object") total += Object.keys(value).length;
      return;
    }
    if (value === null || typeof value !== "object") return;
    if (at[i] === "[]") {
      if (Array.isArray(value)) for (const element of value) walk(element, i + 1);
      return;
    }
    if (Object.prototype.hasOwnProperty.call(value, at[i])) walk(value[at[i]], i + 1);
    else places++;
  };
  const step = Math.max(1, Math.floor(documents.length / 2e3));
  for (let i = 0; i < documents.length; i += step) walk(documents[i].value, 0);
  return places === 0 ? 0 : total / places;
}
function matchedDocuments(estate, policy) {
  const out = [];
  for (const kind of policy.kinds) for (const doc of estate.of(kind)) if (selects(policy, doc)) out.push(doc);
  return out;
}
function selects(policy, doc) {
  if (policy.names.length > 0 && !policy.names.some((glob) => glob.match(doc.name))) return false;
  if (policy.labels.length === 0) return true;
  const labels = doc.labels;
  return policy.labels.every(
    ([key, value]) => Object.prototype.hasOwnProperty.call(labels, key) && labels[key] === value
  );
}
function policyCost(estate, policy, matched = matchedDocuments(estate, policy)) {
  const collections = {};
  for (const [field, kind] of COLLECTIONS) collections[field] = estate.of(kind).length;
  const lists = /* @__PURE__ */ new Map();
  const sizes = {
    collections,
    join: (name) => meanJoinSize(estate, name),
    list: (at) => {
      const key = at.join(".");
      let size = lists.get(key);
      if (size === void 0) lists.set(key, size = meanListLength(matched, at));
      return size;
    },
    documentList: 16
  };
  const parts = [];
  const add = (e, times, item2) => {
    if (e) parts.push([e, estimateCost(e.ast, sizes, item2 ? { item: item2 } : {}) * times]);
  };
  const item = policy.forEach ? iteratedPath(policy.forEach.ast) : void 0;
  const perItem = policy.forEach ? estimateSize(policy.forEach.ast, sizes) : 1;
  add(policy.where, 1);
  add(policy.forEach, 1);
  add(policy.assert, perItem, item);
  let total = 0;
  for (const [, cost] of parts) total += cost;
  total *= Math.max(matched.length, 1);
  const [worst] = parts.reduce((a, b) => b[1] > a[1] ? b : a);
  return { total, matched: matched.length, worst };
}
function overCostLimit(estate, policy, matched, limit) {
  const { total, worst } = policyCost(estate, policy, matched);
  if (total <= limit) return void 0;
  return {
    document: policy.document,
    field: worst.field,
    start: worst.offset,
    end: worst.offset + worst.source.length,
    message: `policy ${policy.id} stopped: its estimated cost over this estate (${formatCount(total)} steps for ${matched.length} matched documents) is over the limit of ${formatCount(limit)}: join through estate functions such as estate.hostsOf(self) instead of scanning a collection per document, or raise limits.policyCost`
  };
}
function formatCount(n) {
  return n >= 1e6 ? `${(n / 1e6).toFixed(n >= 1e7 ? 0 : 1)} million` : String(Math.round(n));
}
function runPolicy(view, policy, matched) {
  const findings = [];
  const rule = policyRule(policy);
  let failure;
  const fail = (expression, error, doc) => {
    if (failure) failure.count++;
    else failure = { expression, message: celMessage(error), example: doc, count: 1 };
  };
  const run = (expression, context, doc) => {
    try {
      return { ok: true, value: expression.run(context) };
    } catch (error) {
      fail(expression, error, doc);
      return { ok: false };
    }
  };
  for (const doc of matched) {
    const context = { self: view.doc(doc), estate: view };
    if (policy.where) {
      const where = run(policy.where, context, doc);
      if (!where.ok) continue;
      if (where.value !== true) {
        if (where.value !== false)
          fail(policy.where, new Error(`match.where must give a bool; got ${describe(where.value)}`), doc);
        continue;
      }
    }
    let items = [void 0];
    if (policy.forEach) {
      const each = run(policy.forEach, context, doc);
      if (!each.ok) continue;
      if (!Array.isArray(each.value)) {
        fail(policy.forEach, new Error(`forEach must give a list; got ${describe(each.value)}`), doc);
        continue;
      }
      items = each.value;
    }
    for (let i = 0; i < items.length; i++) {
      const itemContext = policy.forEach ? { ...context, item: items[i], index: BigInt(i) } : context;
      const verdict = run(policy.assert, itemContext, doc);
      if (!verdict.ok || verdict.value === true) continue;
      if (verdict.value !== false) {
        fail(policy.assert, new Error(`assert must give a bool; got ${describe(verdict.value)}`), doc);
        continue;
      }
      const message = fill(policy.message, itemContext, doc, fail);
      const at = fill(policy.at, itemContext, doc, fail);
      if (message === void 0 || at === void 0) continue;
      const path4 = parsePath(at);
      if (!path4) {
        fail(
          policy.at.parts.find((p) => typeof p !== "string") ?? policy.assert,
          new Error(`at gave "${at}", which is not a path`),
          doc
        );
        continue;
      }
      let related = [];
      if (policy.related) {
        const value = run(policy.related, itemContext, doc);
        if (!value.ok) continue;
        const list3 = relatedOf(view, value.value);
        if (typeof list3 === "string") {
          fail(policy.related, new Error(list3), doc);
          continue;
        }
        related = list3;
      }
      findings.push(
        reportToFinding(rule, {
          doc,
          path: path4,
          target: policy.atTarget,
          messageId: "policy",
          data: { message },
          related
        })
      );
    }
  }
  if (failure) {
    const { expression, message, example, count } = failure;
    const others = count > 1 ? ` (and ${count - 1} more evaluation${count > 2 ? "s" : ""})` : "";
    findings.push(
      problemFinding2({
        document: policy.document,
        field: expression.field,
        start: expression.offset,
        end: expression.offset + expression.source.length,
        message: `policy ${policy.id} failed on ${example.ref} (${example.file}:${example.locate([]).line})${others}: ${message}: guard the expression, for example with has(...)`
      })
    );
  }
  return findings;
}
function fill(template, context, doc, fail) {
  let text = "";
  for (const part of template.parts) {
    if (typeof part === "string") {
      text += part;
      continue;
    }
    try {
      text += display(part.run(context));
    } catch (error) {
      fail(part, error, doc);
      return void 0;
    }
  }
  return text;
}
function display(value) {
  if (typeof value === "string") return value;
  if (typeof value === "bigint" || typeof value === "number" || typeof value === "boolean") return String(value);
  if (value === null || value === void 0) return "null";
  if (Array.isArray(value)) return value.map(display).join(", ");
  return JSON.stringify(fromCel(value));
}
function describe(value) {
  if (value === null || value === void 0) return "null";
  if (typeof value === "bigint") return `int ${value}`;
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a map";
  return `${typeof value} ${JSON.stringify(value)}`;
}
function relatedOf(view, value) {
  if (!Array.isArray(value)) return `related must give a list of maps with doc, at and message; got ${describe(value)}`;
  const out = [];
  for (const entry of value) {
    const fields = entry instanceof Map ? Object.fromEntries(entry) : entry;
    const doc = view.documentOf(fields?.["doc"] ?? entry);
    if (!doc) return "each related entry needs doc: a document from estate (or self)";
    const at = fields?.["at"];
    const path4 = typeof at === "string" ? parsePath(at) : ["metadata", "name"];
    if (!path4) return `related at "${String(at)}" is not a path`;
    const message = fields?.["message"];
    out.push({ doc, path: path4, message: typeof message === "string" ? message : `${doc.kind} "${doc.name}"` });
  }
  return out;
}

export {
  usageMessage,
  CONFIG_NAMES,
  realpathOr,
  isInside,
  commonDirectory,
  repositoryRoot,
  toDisplayPath,
  discover,
  decode,
  SourceFile,
  treeBuilder,
  nodeFileReader,
  fileFinding,
  loadFile,
  reportToFinding,
  runRules,
  require_ucs2length,
  require_fast_deep_equal,
  require_equal,
  checkSchema,
  checkDocument,
  checkFile,
  checkText,
  reportLookalikes,
  compilePolicy,
  parsePath,
  POLICY_MISTAKE,
  policyMeta,
  policyRule,
  problemFinding2 as problemFinding,
  runPolicies
};
