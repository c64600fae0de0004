import { createRequire as __hvlintCreateRequire } from 'node:module';
const require = __hvlintCreateRequire(import.meta.url);
import {
  ManifestDocument,
  SourceFile,
  bridgeGroupAddress,
  checkSchema,
  decode,
  formatMac,
  isInside,
  macStyleOf,
  multicastMacForGroup,
  nameKey,
  normalizeMac,
  parseIpv4,
  realpathOr,
  toDisplayPath
} from "./cli-YGPPNYVY.js";

// src/drift/inventory/index.ts
import * as fs from "node:fs";
import * as path from "node:path";

// src/drift/inventory/json.ts
var JsonError = class extends Error {
  constructor(message, offset) {
    super(message);
    this.offset = offset;
  }
  offset;
};
var MAX_DEPTH = 256;
var ESCAPES = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "	" };
var WORDS = [
  ["true", true],
  ["false", false],
  ["null", null]
];
function parseJson(text) {
  const parser = new PositionedJsonParser(text);
  try {
    return { ok: true, value: parser.document(), spans: parser.spans };
  } catch (error) {
    if (error instanceof JsonError) return { ok: false, message: error.message, offset: error.offset };
    throw error;
  }
}
var PositionedJsonParser = class {
  constructor(text) {
    this.text = text;
  }
  text;
  spans = /* @__PURE__ */ new WeakMap();
  i = 0;
  /** The whole text: one value (undefined for an empty file), then nothing but white space. */
  document() {
    this.skipSpace();
    if (this.i >= this.text.length) return void 0;
    const value = this.value(0);
    this.skipSpace();
    if (this.i < this.text.length) this.fail(`unexpected ${this.describe(this.i)} after the end of the JSON value`);
    return value;
  }
  describe(at) {
    return at >= this.text.length ? "the end of the file" : `${JSON.stringify(this.text[at])}`;
  }
  fail(message, at = this.i) {
    throw new JsonError(message, at);
  }
  /** Fails with `cutOff` at the end of the text, else with `expected`. */
  failAt(cutOff, expected) {
    return this.fail(this.i >= this.text.length ? cutOff : expected);
  }
  skipSpace() {
    const text = this.text;
    while (this.i < text.length) {
      const c = text.charCodeAt(this.i);
      if (c === 32 || c === 9 || c === 10 || c === 13) this.i++;
      else break;
    }
  }
  string() {
    const text = this.text;
    const start = this.i;
    this.i++;
    let out = "";
    let chunk = this.i;
    while (true) {
      if (this.i >= text.length) this.fail("unexpected end of the file inside a string: the JSON is cut off", start);
      const c = text.charCodeAt(this.i);
      if (c === 34) {
        out += text.slice(chunk, this.i);
        this.i++;
        return out;
      }
      if (c === 92) {
        out += text.slice(chunk, this.i) + this.escape();
        chunk = this.i;
        continue;
      }
      if (c < 32) this.fail("line break or control character inside a string");
      this.i++;
    }
  }
  /** The escape at `i` (a backslash), decoded; `i` moves past it. */
  escape() {
    const e = this.text[this.i + 1];
    if (e !== void 0 && Object.hasOwn(ESCAPES, e)) {
      this.i += 2;
      return ESCAPES[e];
    }
    if (e === "u") {
      const hex = this.text.slice(this.i + 2, this.i + 6);
      if (!/^[0-9A-Fa-f]{4}$/.test(hex)) this.fail("bad \\u escape in a string");
      this.i += 6;
      return String.fromCharCode(parseInt(hex, 16));
    }
    return this.fail(`bad escape ${e === void 0 ? "at the end of the file" : `"\\${e}"`} in a string`);
  }
  number() {
    const start = this.i;
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(this.text.slice(start, start + 64));
    if (!m) this.fail(`unexpected ${this.describe(start)}`);
    this.i += m[0].length;
    return Number(this.text.slice(start, this.i));
  }
  value(depth) {
    if (depth > MAX_DEPTH) this.fail("nested too deeply");
    this.skipSpace();
    if (this.i >= this.text.length) this.fail("unexpected end of the file: the JSON is cut off");
    const c = this.text[this.i];
    if (c === "{") return this.object(depth);
    if (c === "[") return this.array(depth);
    if (c === '"') return this.string();
    if (c === "-" || c >= "0" && c <= "9") return this.number();
    for (const [word, value] of WORDS) {
      if (this.text.startsWith(word, this.i)) {
        this.i += word.length;
        return value;
      }
    }
    return this.fail(`unexpected ${this.describe(this.i)}`);
  }
  object(depth) {
    const start = this.i;
    this.i++;
    const object = {};
    const props = /* @__PURE__ */ new Map();
    this.skipSpace();
    if (this.text[this.i] !== "}") {
      while (true) {
        this.property(object, props, depth);
        this.skipSpace();
        if (this.text[this.i] !== ",") break;
        this.i++;
      }
      if (this.text[this.i] !== "}")
        this.failAt(
          "unexpected end of the file inside an object: the JSON is cut off",
          `expected "," or "}", got ${this.describe(this.i)}`
        );
    }
    this.i++;
    this.spans.set(object, { span: { start, end: this.i }, props });
    return object;
  }
  /** `"key": value` into `object`, with the spans of both. */
  property(object, props, depth) {
    this.skipSpace();
    if (this.i >= this.text.length) this.fail("unexpected end of the file inside an object: the JSON is cut off");
    if (this.text[this.i] !== '"') this.fail(`expected a property name, got ${this.describe(this.i)}`);
    const keyStart = this.i;
    const key = this.string();
    const keyEnd = this.i;
    this.skipSpace();
    if (this.text[this.i] !== ":")
      this.failAt(
        "unexpected end of the file: the JSON is cut off",
        `expected ":" after property "${key}", got ${this.describe(this.i)}`
      );
    this.i++;
    this.skipSpace();
    const valueStart = this.i;
    const value = this.value(depth + 1);
    Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
    props.set(key, { key: { start: keyStart, end: keyEnd }, value: { start: valueStart, end: this.i } });
  }
  array(depth) {
    this.i++;
    const array = [];
    this.skipSpace();
    if (this.text[this.i] !== "]") {
      while (true) {
        array.push(this.value(depth + 1));
        this.skipSpace();
        if (this.text[this.i] !== ",") break;
        this.i++;
      }
      if (this.text[this.i] !== "]")
        this.failAt(
          "unexpected end of the file inside a list: the JSON is cut off",
          `expected "," or "]", got ${this.describe(this.i)}`
        );
    }
    this.i++;
    return array;
  }
};

// src/drift/inventory/powershell.ts
var HOST_FILES = {
  header: "header.json",
  vmHost: "Get-VMHost.json",
  teams: "Get-NetLbfoTeam.json",
  vmSwitches: "Get-VMSwitch.json",
  netAdapters: "Get-NetAdapter.json",
  vms: "Get-VM.json",
  disks: "Get-VMHardDiskDrive.json",
  dvds: "Get-VMDvdDrive.json",
  scsi: "Get-VMScsiController.json",
  adapters: "Get-VMNetworkAdapter.json",
  vhds: "Get-VHD.json",
  snapshots: "Get-VMSnapshot.json",
  nlbClusters: "Get-NlbCluster.json",
  nlbNodes: "Get-NlbClusterNode.json",
  nlbVips: "Get-NlbClusterVip.json"
};
var HYPERV_SETS = ["disks", "dvds", "scsi", "adapters", "vhds", "snapshots"];
var NLB_SETS = ["nlbNodes", "nlbVips"];
function enumTable(name, entries) {
  const byNumber = /* @__PURE__ */ new Map();
  const byName = /* @__PURE__ */ new Map();
  const shown = [];
  for (const [number, label, value] of entries) {
    if (number !== void 0) byNumber.set(number, value);
    byName.set(label.toLowerCase(), value);
    shown.push(number !== void 0 ? `${number} (${label})` : label);
  }
  return { name, byNumber, byName, expected: shown.join(", ") };
}
var CONTROLLER_TYPE = enumTable("ControllerType", [
  [0, "IDE", "ide"],
  [1, "SCSI", "scsi"],
  [2, "PMEM", "pmem"]
]);
var ON_OFF = enumTable("OnOffState", [
  [0, "On", true],
  [1, "Off", false]
]);
var VHD_FORMAT = enumTable("VhdFormat", [
  [2, "VHD", "vhd"],
  [3, "VHDX", "vhdx"],
  [4, "VHDSet", "vhdset"]
]);
var VHD_TYPE = enumTable("VhdType", [
  [2, "Fixed", "fixed"],
  [3, "Dynamic", "dynamic"],
  [4, "Differencing", "differencing"]
]);
var SNAPSHOT_TYPE = enumTable("SnapshotType", [
  [0, "Standard", "standard"],
  [1, "Recovery", "recovery"],
  [2, "Planned", "planned"],
  [5, "Missing", "missing"],
  [6, "Replica", "replica"],
  [7, "AppConsistentReplica", "app-consistent-replica"],
  [8, "SyncedReplica", "synced-replica"]
]);
var VLAN_MODE = enumTable("OperationMode", [
  [0, "Untagged", "untagged"],
  [1, "Access", "access"],
  [2, "Trunk", "trunk"],
  [3, "Private", "private"]
]);
var NLB_MODE = enumTable("OperationMode", [
  [void 0, "UNICAST", "unicast"],
  [void 0, "MULTICAST", "multicast"],
  [void 0, "IGMPMULTICAST", "igmp-multicast"]
]);
var TYPE_NAME = /^(?:Microsoft|System)\.[A-Za-z0-9_.`+]+(?:\[\])?$/;
var JsonFile = class {
  constructor(source, spans, problems) {
    this.source = source;
    this.spans = spans;
    this.problems = problems;
  }
  source;
  spans;
  problems;
  records = [];
  depthHits = /* @__PURE__ */ new Map();
  get path() {
    return this.source.path;
  }
  /** Where a record, or one of its properties' values, is. */
  at(record, property) {
    const info = this.spans.get(record);
    if (!info) return { source: this.source, start: 0, end: 0 };
    if (property !== void 0) {
      const key = findKey(record, property);
      const prop = key !== void 0 ? info.props.get(key) : void 0;
      if (prop) return { source: this.source, start: prop.key.start, end: prop.value.end };
    }
    const first = [...info.props.values()][0];
    return { source: this.source, start: info.span.start, end: first ? first.value.end : info.span.end };
  }
  problem(messageId, data, at) {
    this.problems.push({ ruleId: "drift-inventory", messageId, data: { file: this.path, ...data }, at });
  }
  raw(record, property) {
    const key = findKey(record, property);
    return key === void 0 ? void 0 : record[key];
  }
  string(record, property) {
    const value = this.raw(record, property);
    if (typeof value === "string") return value;
    if (typeof value === "number" || typeof value === "boolean") return String(value);
    return void 0;
  }
  /** A string that identifies a record; reports the record when it is missing. */
  required(record, property, what) {
    const value = this.string(record, property);
    if (value !== void 0 && value.trim() !== "") return value.trim();
    const raw = this.raw(record, property);
    this.problem(
      "missing",
      { property, got: raw === void 0 ? "no such property" : describeValue(raw), what },
      this.at(record, raw === void 0 ? void 0 : property)
    );
    return void 0;
  }
  integer(record, property, what) {
    const value = this.raw(record, property);
    if (value === void 0 || value === null) return void 0;
    const n = typeof value === "string" && /^\d+$/.test(value) ? Number(value) : value;
    if (typeof n === "number" && Number.isInteger(n)) return n;
    this.problem(
      "badValue",
      { property, value: describeValue(value), expected: "a whole number", what },
      this.at(record, property)
    );
    return void 0;
  }
  boolean(record, property) {
    const value = this.raw(record, property);
    if (typeof value === "boolean") return value;
    if (value === "True" || value === "true") return true;
    if (value === "False" || value === "false") return false;
    return void 0;
  }
  /** An enum written as a number or a name; an unknown value is reported and gives undefined. */
  enumValue(record, property, table, what) {
    const value = this.raw(record, property);
    if (value === void 0 || value === null) return void 0;
    if (typeof value === "number" && table.byNumber.has(value)) return table.byNumber.get(value);
    if (typeof value === "string") {
      const named = table.byName.get(value.trim().toLowerCase());
      if (named !== void 0) return named;
      if (/^\d+$/.test(value.trim()) && table.byNumber.has(Number(value))) return table.byNumber.get(Number(value));
    }
    this.problem(
      "enum",
      {
        property: table.name === property ? property : `${property} (${table.name})`,
        value: describeValue(value),
        expected: table.expected,
        what
      },
      this.at(record, property)
    );
    return void 0;
  }
  /**
   * A nested object. A type-name string in its place means ConvertTo-Json's -Depth was too low:
   * counted and reported once per file and property (`flushDepth`), and undefined is returned.
   */
  nested(record, property, what) {
    const value = this.raw(record, property);
    if (value && typeof value === "object" && !Array.isArray(value)) return value;
    if (typeof value === "string" && TYPE_NAME.test(value.trim())) {
      const hit = this.depthHits.get(property);
      if (hit) hit.count++;
      else this.depthHits.set(property, { count: 1, at: this.at(record, property), typeName: value.trim(), what });
    }
    return void 0;
  }
  flushDepth() {
    for (const [property, hit] of this.depthHits) {
      this.problem(
        "depth",
        {
          property,
          typeName: hit.typeName,
          count: hit.count === 1 ? "in 1 record" : `in ${hit.count} records`,
          what: hit.what
        },
        hit.at
      );
    }
    this.depthHits.clear();
  }
};
function findKey(record, property) {
  if (Object.prototype.hasOwnProperty.call(record, property)) return property;
  const lower = property.toLowerCase();
  return Object.keys(record).find((k) => k.toLowerCase() === lower);
}
function describeValue(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  return String(value);
}
var MAX_INVENTORY_FILE_BYTES = 64 * 1024 * 1024;
function readJsonFile(file, what, problems, sources) {
  const empty = new SourceFile(file.path, "");
  if (file.refused) {
    problems.push({
      ruleId: "drift-inventory",
      messageId: "unreadable",
      data: { file: file.path, reason: file.refused, what },
      at: { source: empty, start: 0, end: 0 }
    });
    return void 0;
  }
  if (file.bytes.length > MAX_INVENTORY_FILE_BYTES) {
    problems.push({
      ruleId: "drift-inventory",
      messageId: "unreadable",
      data: { file: file.path, reason: `it is larger than ${MAX_INVENTORY_FILE_BYTES / 1024 / 1024} MiB`, what },
      at: { source: empty, start: 0, end: 0 }
    });
    return void 0;
  }
  const decoded = decode(file.bytes);
  if (!decoded.ok) {
    problems.push({
      ruleId: "drift-inventory",
      messageId: "encoding",
      data: { file: file.path, reason: decoded.reason, what },
      at: { source: empty, start: 0, end: 0 }
    });
    return void 0;
  }
  const source = new SourceFile(file.path, decoded.text);
  sources.set(file.path, source);
  const parsed = parseJson(decoded.text);
  if (!parsed.ok) {
    problems.push({
      ruleId: "drift-inventory",
      messageId: "json",
      data: { file: file.path, reason: parsed.message, what },
      at: { source, start: parsed.offset, end: Math.min(parsed.offset + 1, decoded.text.length) }
    });
    return void 0;
  }
  const json = new JsonFile(source, parsed.spans, problems);
  const value = parsed.value;
  const items = value === void 0 || value === null ? [] : Array.isArray(value) ? value : [value];
  for (const item of items) {
    if (item && typeof item === "object" && !Array.isArray(item)) {
      json.records.push(item);
    } else {
      problems.push({
        ruleId: "drift-inventory",
        messageId: "notRecords",
        data: { file: file.path, got: describeValue(item), what },
        at: { source, start: 0, end: 0 }
      });
      return void 0;
    }
  }
  return json;
}
function parsePsDate(value) {
  if (typeof value !== "string") return void 0;
  const ms = /^\/Date\((-?\d+)(?:[+-]\d{4})?\)\/$/.exec(value.trim());
  if (ms) return isoSeconds(new Date(Number(ms[1])));
  const iso = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/.exec(value.trim());
  if (iso) {
    const date = /* @__PURE__ */ new Date(`${iso[1]}${iso[2] ?? ""}${iso[3] ?? "Z"}`);
    return Number.isNaN(date.getTime()) ? void 0 : isoSeconds(date);
  }
  return void 0;
}
function isoSeconds(date) {
  if (Number.isNaN(date.getTime())) return void 0;
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}
function ipText(value) {
  if (typeof value === "string") return value.trim() || void 0;
  if (value && typeof value === "object") {
    const text = value["IPAddressToString"];
    if (typeof text === "string") return text;
  }
  return void 0;
}
function shortHostName(name) {
  const trimmed = name.trim();
  return /^\d+\.\d+\.\d+\.\d+$/.test(trimmed) ? trimmed : trimmed.split(".")[0];
}
function pathKey(path2) {
  return path2.trim().replace(/\//g, "\\").toLowerCase();
}
function parseHostDirectory(directory, problems, sources) {
  const host = { dir: directory.dir, name: directory.dirName, nodes: [], read: /* @__PURE__ */ new Set() };
  const fileOf = (set) => directory.files.get(HOST_FILES[set].toLowerCase());
  const pathOf = (set) => `${directory.dir}/${HOST_FILES[set]}`;
  readHeader(directory, fileOf("header"), host, problems, sources);
  const name = host.name;
  const what = {
    header: "the header",
    vmHost: `the memory and logical processors of ${name}`,
    teams: `the NIC teams of ${name}`,
    vmSwitches: `the virtual switches of ${name}`,
    netAdapters: `the network adapters of ${name}`,
    vms: `the VMs of ${name}`,
    disks: `the hard disk drives of the VMs on ${name}`,
    dvds: `the DVD drives of the VMs on ${name}`,
    scsi: `the SCSI controllers of the VMs on ${name}`,
    adapters: `the network adapters of the VMs on ${name}`,
    vhds: `the disk formats and types on ${name}`,
    snapshots: `the checkpoints of the VMs on ${name}`,
    nlbClusters: `the NLB clusters ${name} reports`,
    nlbNodes: `the NLB nodes ${name} reports`,
    nlbVips: `the NLB VIPs ${name} reports`
  };
  const load = (set, requiredWith) => {
    const file = fileOf(set);
    if (!file) {
      if (requiredWith && fileOf(requiredWith)) {
        const at = { source: new SourceFile(pathOf(set), ""), start: 0, end: 0 };
        problems.push({
          ruleId: "drift-inventory",
          messageId: "unreadable",
          data: { file: pathOf(set), reason: "the file is missing", what: what[set] },
          at
        });
      }
      return void 0;
    }
    const json = readJsonFile(file, what[set], problems, sources);
    if (json) host.read.add(HOST_FILES[set]);
    return json;
  };
  const result = { host, vms: [], vhds: [], nlbClusters: [] };
  const vmHostFile = load("vmHost");
  if (vmHostFile) {
    readVmHost(vmHostFile, host);
    vmHostFile.flushDepth();
  }
  const teamsFile = load("teams");
  const switchesFile = load("vmSwitches", "teams");
  const adaptersFile = load("netAdapters", "teams");
  if (teamsFile && switchesFile && adaptersFile) host.nics = readNics(teamsFile, switchesFile, adaptersFile);
  for (const file of [teamsFile, switchesFile, adaptersFile]) file?.flushDepth();
  const vmsFile = load("vms");
  if (vmsFile) result.vms = readVms(vmsFile, host);
  const byName = new Map(result.vms.map((vm) => [vm.name.toLowerCase(), vm]));
  const INCOMPLETE = {
    disks: "disk",
    dvds: "dvd",
    scsi: "scsi",
    adapters: "adapters",
    snapshots: "checkpoints"
  };
  const vmOf = (json, record, skipped) => {
    const vmName = json.required(record, "VMName", skipped);
    return vmName === void 0 ? "unknown" : byName.get(vmName.toLowerCase());
  };
  for (const set of HYPERV_SETS) {
    const json = load(set, "vms");
    if (!vmsFile) continue;
    const known = json !== void 0;
    for (const vm of result.vms) {
      if (!known) continue;
      if (set === "disks") {
        vm.drives ??= [];
        vm.driveKinds.add("disk");
      } else if (set === "dvds") {
        vm.drives ??= [];
        vm.driveKinds.add("dvd");
      } else if (set === "scsi") vm.scsiControllers ??= [];
      else if (set === "adapters") vm.adapters ??= [];
      else if (set === "snapshots") vm.checkpoints ??= [];
    }
    if (!json) continue;
    for (const record of json.records) {
      if (set === "vhds") {
        const vhd = readVhd(json, record, "this disk");
        if (vhd) result.vhds.push(vhd);
        continue;
      }
      const vm = vmOf(
        json,
        record,
        `this ${set === "disks" ? "drive" : set === "dvds" ? "DVD drive" : set === "scsi" ? "controller" : set === "adapters" ? "adapter" : "checkpoint"}`
      );
      const incomplete = INCOMPLETE[set];
      if (vm === "unknown") {
        for (const each of result.vms) each.incomplete.add(incomplete);
        continue;
      }
      if (!vm) continue;
      let read = false;
      if (set === "disks" || set === "dvds") {
        const drive = readDrive(json, record, set === "dvds" ? "dvd" : "disk");
        if (read = drive !== void 0) vm.drives.push(drive);
      } else if (set === "scsi") {
        const number = json.integer(record, "ControllerNumber", "this controller");
        if (read = number !== void 0) vm.scsiControllers.push({ number, at: json.at(record) });
      } else if (set === "adapters") {
        const adapter = readAdapter(json, record);
        if (read = adapter !== void 0) vm.adapters.push(adapter);
      } else if (set === "snapshots") {
        const checkpoint = readCheckpoint(json, record);
        if (read = checkpoint !== void 0) vm.checkpoints.push(checkpoint);
      }
      if (!read) vm.incomplete.add(incomplete);
    }
    json.flushDepth();
  }
  vmsFile?.flushDepth();
  const nlbFile = load("nlbClusters");
  const nlbExtra = NLB_SETS.map((set) => [set, load(set, "nlbClusters")]);
  if (nlbFile) {
    result.nlbClusters = readNlbClusters(nlbFile, host);
    const byCluster = (json, record) => {
      const clusterName = json.string(record, "Cluster") ?? json.string(record, "ClusterName");
      if (clusterName) {
        const key = clusterName.toLowerCase();
        return result.nlbClusters.find(
          (c) => c.name.toLowerCase() === key || shortHostName(c.name).toLowerCase() === shortHostName(key).toLowerCase() || c.vip === clusterName
        );
      }
      return result.nlbClusters.length === 1 ? result.nlbClusters[0] : void 0;
    };
    for (const [set, json] of nlbExtra) {
      if (!json) continue;
      for (const cluster of result.nlbClusters) {
        if (set === "nlbNodes") cluster.nodes = [];
        else cluster.vips = [];
      }
      for (const record of json.records) {
        const cluster = byCluster(json, record);
        if (!cluster) {
          json.problem(
            "missing",
            {
              property: "Cluster",
              got: describeValue(json.raw(record, "Cluster") ?? null),
              what: set === "nlbNodes" ? "this node" : "this VIP"
            },
            json.at(record)
          );
          continue;
        }
        if (set === "nlbNodes") {
          const nodeName = json.required(record, "Name", "this node");
          if (nodeName === void 0) continue;
          const node = { name: shortHostName(nodeName), at: json.at(record) };
          const adapter = json.string(record, "InterfaceName");
          if (adapter) node.adapter = adapter;
          const priority = json.integer(record, "HostPriority", "the priority of this node");
          if (priority !== void 0) node.priority = priority;
          cluster.nodes.push(node);
        } else {
          const ip = ipText(json.raw(record, "IPAddress"));
          if (!ip) {
            json.problem(
              "missing",
              { property: "IPAddress", got: describeValue(json.raw(record, "IPAddress") ?? null), what: "this VIP" },
              json.at(record)
            );
            continue;
          }
          const vip = { ip, at: json.at(record, "IPAddress") };
          const mask = ipText(json.raw(record, "SubnetMask"));
          if (mask) vip.subnetMask = mask;
          cluster.vips.push(vip);
        }
      }
      json.flushDepth();
    }
    nlbFile.flushDepth();
  }
  return result;
}
function readHeader(directory, file, host, problems, sources) {
  const path2 = `${directory.dir}/${HOST_FILES.header}`;
  const headerProblem = (reason, at) => {
    problems.push({
      ruleId: "drift-inventory",
      messageId: "header",
      data: { file: path2, reason, host: directory.dirName },
      at
    });
  };
  if (!file) {
    headerProblem("the header is missing", { source: new SourceFile(path2, ""), start: 0, end: 0 });
    return;
  }
  const json = readJsonFile(file, "the header", problems, sources);
  if (!json) return;
  const record = json.records[0];
  if (!record) {
    headerProblem("the header is empty", { source: json.source, start: 0, end: 0 });
    return;
  }
  host.read.add(HOST_FILES.header);
  const name = json.string(record, "Host") ?? json.string(record, "ComputerName");
  if (name && name.trim()) host.name = shortHostName(name);
  else headerProblem('the header has no "Host"', json.at(record));
  const cluster = json.string(record, "Cluster");
  if (cluster && cluster.trim()) host.cluster = shortHostName(cluster);
  const nodes = json.raw(record, "Nodes");
  const list = Array.isArray(nodes) ? nodes : typeof nodes === "string" ? [nodes] : [];
  host.nodes = list.filter((n) => typeof n === "string" && n.trim() !== "").map(shortHostName);
  const collectedAt = parsePsDate(json.raw(record, "CollectedAt"));
  if (collectedAt) host.collectedAt = collectedAt;
  const windows = json.string(record, "WindowsVersion");
  if (windows) host.windowsVersion = windows;
  const domain = json.string(record, "Domain");
  if (domain && domain.trim()) host.domain = domain.trim().toLowerCase();
}
function readVms(json, host) {
  const vms = [];
  const seen = /* @__PURE__ */ new Set();
  for (const record of json.records) {
    const name = json.required(record, "Name", "this VM");
    if (name === void 0) continue;
    if (seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    const vm = {
      name,
      host: host.name,
      at: json.at(record, "Name"),
      driveKinds: /* @__PURE__ */ new Set(),
      incomplete: /* @__PURE__ */ new Set()
    };
    if (host.cluster) vm.cluster = host.cluster;
    const generation = json.integer(record, "Generation", `the generation of VM "${name}"`);
    if (generation === 1 || generation === 2) vm.generation = generation;
    else if (generation !== void 0)
      json.problem(
        "badValue",
        { property: "Generation", value: generation, expected: "1 or 2", what: `the generation of VM "${name}"` },
        json.at(record, "Generation")
      );
    const clustered = json.boolean(record, "IsClustered");
    if (clustered !== void 0) vm.clustered = clustered;
    const startup = mebibytes(json, record, "MemoryStartup", `the memory of VM "${name}"`);
    if (startup !== void 0) {
      const memory = { startupMB: startup, at: json.at(record, "MemoryStartup") };
      const dynamic = json.boolean(record, "DynamicMemoryEnabled");
      if (dynamic !== void 0) memory.dynamic = dynamic;
      if (dynamic === true) {
        const minimum = mebibytes(json, record, "MemoryMinimum", `the memory of VM "${name}"`);
        if (minimum !== void 0) memory.minimumMB = minimum;
        const maximum = mebibytes(json, record, "MemoryMaximum", `the memory of VM "${name}"`);
        if (maximum !== void 0) memory.maximumMB = maximum;
      }
      vm.memory = memory;
    }
    const processors = json.integer(record, "ProcessorCount", `the processor count of VM "${name}"`);
    if (processors !== void 0 && processors >= 1) vm.processorCount = processors;
    vms.push(vm);
  }
  return vms;
}
var TEAMING_MODE = enumTable("TeamingMode", [
  [0, "Static", "static"],
  [1, "SwitchIndependent", "switch-independent"],
  [2, "Lacp", "lacp"]
]);
var LOAD_BALANCING = enumTable("LoadBalancingAlgorithm", [
  [0, "TransportPorts", "address-hash"],
  [2, "IPAddresses", "address-hash"],
  [3, "MacAddresses", "address-hash"],
  [4, "HyperVPort", "hyper-v-port"],
  [5, "Dynamic", "dynamic"]
]);
function readNics(teams, switches, adapters) {
  const nics = [];
  for (const record of teams.records) {
    const name = teams.required(record, "Name", "this team");
    if (name === void 0) continue;
    const mode = teams.enumValue(record, "TeamingMode", TEAMING_MODE, `the mode of team "${name}"`);
    if (mode === void 0) continue;
    const nic = { name, mode, members: [] };
    const balancing = teams.enumValue(
      record,
      "LoadBalancingAlgorithm",
      LOAD_BALANCING,
      `the load balancing of "${name}"`
    );
    if (balancing) nic.loadBalancing = balancing;
    const members = teams.raw(record, "Members");
    const list = Array.isArray(members) ? members : typeof members === "string" ? [members] : [];
    nic.members = list.filter((m) => typeof m === "string" && m.trim() !== "").map((m) => m.trim());
    nics.push(nic);
  }
  const byDescription = /* @__PURE__ */ new Map();
  for (const record of adapters.records) {
    const name = adapters.string(record, "Name");
    const description = adapters.string(record, "InterfaceDescription");
    if (name && description) byDescription.set(description.trim().toLowerCase(), name.trim());
  }
  for (const record of switches.records) {
    const name = switches.string(record, "Name");
    const description = switches.string(record, "NetAdapterInterfaceDescription");
    if (!name || !description) continue;
    const adapter = byDescription.get(description.trim().toLowerCase());
    if (!adapter) continue;
    const team = nics.find((n) => n.name.toLowerCase() === adapter.toLowerCase());
    if (team) team.virtualSwitch = name.trim();
    else nics.push({ name: adapter, mode: "none", members: [adapter], virtualSwitch: name.trim() });
  }
  return nics.sort((a, b) => a.name.toLowerCase() < b.name.toLowerCase() ? -1 : 1);
}
function mebibytes(json, record, property, what) {
  const bytes = json.integer(record, property, what);
  if (bytes === void 0) return void 0;
  if (bytes < 1024 * 1024) {
    json.problem(
      "badValue",
      { property, value: bytes, expected: "a size in bytes of at least 1 MiB", what },
      json.at(record, property)
    );
    return void 0;
  }
  return Math.round(bytes / (1024 * 1024));
}
function readVmHost(json, host) {
  const record = json.records[0];
  if (!record) return;
  host.resourcesAt = json.at(record);
  const memory = mebibytes(json, record, "MemoryCapacity", `the memory of ${host.name}`);
  if (memory !== void 0) host.memoryMB = memory;
  const processors = json.integer(record, "LogicalProcessorCount", `the logical processors of ${host.name}`);
  if (processors !== void 0 && processors >= 1) host.logicalProcessors = processors;
}
function readDrive(json, record, kind) {
  const skipped = kind === "dvd" ? "this DVD drive" : "this drive";
  const controller = json.enumValue(record, "ControllerType", CONTROLLER_TYPE, skipped);
  const number = json.integer(record, "ControllerNumber", skipped);
  const location = json.integer(record, "ControllerLocation", skipped);
  if (controller === void 0 || number === void 0 || location === void 0) {
    if (json.raw(record, "ControllerType") === void 0)
      json.problem("missing", { property: "ControllerType", got: "no such property", what: skipped }, json.at(record));
    return void 0;
  }
  const drive = { controller, number, location, kind, at: json.at(record) };
  const path2 = json.string(record, "Path");
  if (path2 && path2.trim()) drive.path = path2.trim();
  return drive;
}
function readVhd(json, record, skipped) {
  const path2 = json.required(record, "Path", skipped);
  if (path2 === void 0) return void 0;
  const vhd = { path: path2, at: json.at(record, "Path") };
  const format = json.enumValue(record, "VhdFormat", VHD_FORMAT, `the format of "${path2}"`);
  if (format) vhd.format = format;
  const type = json.enumValue(record, "VhdType", VHD_TYPE, `the type of "${path2}"`);
  if (type) vhd.type = type;
  const size = json.raw(record, "Size");
  if (typeof size === "number" && size > 0) vhd.sizeBytes = size;
  const parent = json.string(record, "ParentPath");
  if (parent && parent.trim()) vhd.parentPath = parent.trim();
  return vhd;
}
function readAdapter(json, record) {
  const name = json.required(record, "Name", "this adapter");
  if (name === void 0) return void 0;
  const vmName = json.string(record, "VMName") ?? "";
  const label = `adapter "${name}" of VM "${vmName}"`;
  const switchName = json.string(record, "SwitchName");
  const adapter = {
    name,
    switch: switchName && switchName.trim() ? switchName.trim() : null,
    at: json.at(record, "Name")
  };
  const spoofing = json.enumValue(record, "MacAddressSpoofing", ON_OFF, `the MAC address spoofing of ${label}`);
  if (spoofing !== void 0) adapter.spoofing = spoofing;
  const dynamic = json.boolean(record, "DynamicMacAddressEnabled");
  if (dynamic !== void 0) adapter.dynamicMac = dynamic;
  const macText = json.string(record, "MacAddress");
  if (macText && macText.trim()) {
    const mac = normalizeMac(macText.trim());
    if (mac) adapter.mac = mac;
    else
      json.problem(
        "badValue",
        {
          property: "MacAddress",
          value: JSON.stringify(macText),
          expected: "a MAC address (12 hex digits)",
          what: `the MAC address of ${label}`
        },
        json.at(record, "MacAddress")
      );
  }
  const legacy = json.boolean(record, "IsLegacy");
  if (legacy !== void 0) adapter.legacy = legacy;
  const vlan = json.nested(record, "VlanSetting", "the VLANs of those adapters");
  if (vlan) {
    const mode = json.enumValue(vlan, "OperationMode", VLAN_MODE, `the VLAN of ${label}`);
    if (mode !== void 0) adapter.vlanMode = mode;
    if (mode === "untagged") adapter.vlan = null;
    else if (mode === "access") {
      const id = json.integer(vlan, "AccessVlanId", `the VLAN of ${label}`);
      if (id !== void 0) adapter.vlan = id === 0 ? null : id;
    } else if (mode !== void 0) adapter.vlan = "other";
  }
  return adapter;
}
function readCheckpoint(json, record) {
  const name = json.required(record, "Name", "this checkpoint");
  if (name === void 0) return void 0;
  const checkpoint = { name, at: json.at(record, "Name") };
  const type = json.enumValue(record, "SnapshotType", SNAPSHOT_TYPE, `the type of checkpoint "${name}"`);
  if (type) checkpoint.type = type;
  const created = parsePsDate(json.raw(record, "CreationTime"));
  if (created) checkpoint.created = created;
  return checkpoint;
}
function readNlbClusters(json, host) {
  const clusters = [];
  for (const record of json.records) {
    const name = json.required(record, "Name", "this NLB cluster");
    if (name === void 0) continue;
    const at = json.at(record, "Name");
    const cluster = { name, reports: [], at };
    const vip = ipText(json.raw(record, "IPAddress"));
    if (vip) cluster.vip = vip;
    const mask = ipText(json.raw(record, "SubnetMask"));
    if (mask) cluster.subnetMask = mask;
    const rawMode = json.raw(record, "OperationMode") ?? json.raw(record, "Mode");
    let mode;
    if (typeof rawMode === "number") {
      json.problem(
        "nlbModeNumber",
        { value: rawMode, what: `the mode of NLB cluster "${name}"` },
        json.at(record, "OperationMode")
      );
    } else if (rawMode !== void 0) {
      mode = json.enumValue(
        record,
        json.raw(record, "OperationMode") !== void 0 ? "OperationMode" : "Mode",
        NLB_MODE,
        `the mode of NLB cluster "${name}"`
      );
    }
    if (mode) cluster.mode = mode;
    cluster.reports.push(mode ? { host: host.name, mode, at } : { host: host.name, at });
    clusters.push(cluster);
  }
  return clusters;
}

// src/drift/inventory/switch-config.ts
var IRRELEVANT_COMMANDS = [
  // Port and LAG settings.
  "spanning-tree",
  "speed",
  "duplex",
  "negotiation",
  "flowcontrol",
  "mdix",
  "lldp",
  "gvrp",
  "qos",
  "priority-flag",
  "mtu",
  "port storm-control",
  "port security",
  "port jumbo-frame",
  "port monitor",
  "storm-control",
  "back-pressure",
  "service-policy",
  "traffic-shape",
  "rate-limit",
  "dot1x",
  "switchport mode",
  "switchport protected",
  "switchport forbidden",
  "switchport customer",
  "lacp",
  "port-channel load-balance",
  // IP services and IGMP snooping timers.
  "ip arp inspection",
  "ip dhcp",
  "ip source-guard",
  "ip address",
  "ip default-gateway",
  "ip name-server",
  "ip domain",
  "ip ssh",
  "ip telnet",
  "ip http",
  "ip https",
  "ip route",
  "ip igmp snooping querier",
  "ip igmp snooping mrouter",
  "ip igmp snooping host-time-out",
  "ip igmp snooping mrouter-time-out",
  "ip igmp snooping leave-time-out",
  "ip igmp snooping multicast-router",
  "ipv6",
  // Bridge settings the audit does not model.
  "bridge multicast forbidden",
  "bridge multicast forward-all",
  "bridge multicast forward-unregistered forbidden",
  "bridge aging-time",
  // Management, access and the rest of the system.
  "snmp",
  "snmp-server",
  "logging",
  "clock",
  "sntp",
  "ntp",
  "username",
  "enable password",
  "aaa",
  "line",
  "password",
  "login",
  "exec-timeout",
  "crypto",
  "management",
  "banner",
  "hostname",
  "iscsi",
  "voice",
  "interface out-of-band",
  "end",
  "exit",
  "do ",
  "copy",
  "green-ethernet",
  "macro",
  "stack",
  "member",
  "boot",
  "asset-tag",
  "system",
  "link-dependency",
  "sflow",
  "radius-server",
  "tacacs-server",
  "no "
];
var IRRELEVANT = [
  /^no\s+(shutdown|sh)$/,
  /^shutdown$/,
  new RegExp(
    `^(${IRRELEVANT_COMMANDS.map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+")).join("|")})`
  )
];
function parseSwitchConfig(source, name) {
  const reader = new RunningConfigReader();
  for (const line of splitLines(source.text)) reader.read(line);
  return reader.observed(source, name);
}
var RunningConfigReader = class {
  context = { kind: "global" };
  hostname;
  igmpSnooping;
  filtering;
  vlans = /* @__PURE__ */ new Map();
  ports = /* @__PURE__ */ new Map();
  lags = /* @__PURE__ */ new Map();
  groups = [];
  staticArp = [];
  staticMac = [];
  ignored = [];
  read(line) {
    const text = line.text.trim().replace(/\s+/g, " ");
    if (text === "" || text.startsWith("!")) return;
    if (/^(exit|end)$/i.test(text)) {
      this.context = { kind: "global" };
      return;
    }
    let handled = this.inContext(text, line);
    if (!handled && this.context.kind !== "global") {
      const saved = this.context;
      this.context = { kind: "global" };
      handled = this.global(text, line);
      if (!handled) {
        this.context = saved;
        if (saved.kind === "other") return;
      }
    }
    if (!handled && IRRELEVANT.some((re) => re.test(text))) handled = true;
    if (!handled) this.ignored.push({ line: line.number, text: line.text.trim() });
  }
  inContext(text, line) {
    const context = this.context;
    switch (context.kind) {
      case "global":
        return this.global(text, line);
      case "vlan-database":
        return this.inVlanDatabase(text, line);
      case "ethernet":
        return this.inEthernet(text, line, context.ports);
      case "port-channel":
        return this.inPortChannel(text, line, context.lags);
      case "vlan":
        return this.inVlan(text, line, context.vlans);
      case "other":
        return false;
    }
  }
  vlanOf(id, line) {
    let vlan = this.vlans.get(id);
    if (!vlan) this.vlans.set(id, vlan = { line });
    return vlan;
  }
  portOf(portName, line) {
    const key = portName.toLowerCase();
    let port = this.ports.get(key);
    if (!port) this.ports.set(key, port = { name: portName, vlans: /* @__PURE__ */ new Set(), line });
    return port;
  }
  lagOf(id, line) {
    let lag = this.lags.get(id);
    if (!lag) this.lags.set(id, lag = { members: [], vlans: /* @__PURE__ */ new Set(), line });
    return lag;
  }
  /** A line in the global context; false when it is not a global command. */
  global(text, line) {
    let m;
    if (m = /^interface\s+(?:range\s+)?(.+)$/i.exec(text)) {
      const context = interfaceContext(m[1].trim());
      this.context = context;
      if (context.kind === "ethernet") for (const p of context.ports) this.portOf(p, line);
      if (context.kind === "port-channel") for (const id of context.lags) this.lagOf(id, line);
      if (context.kind === "vlan") for (const id of context.vlans) this.vlanOf(id, line);
      return context.kind !== "other";
    }
    if (/^vlan\s+database$/i.test(text)) {
      this.context = { kind: "vlan-database" };
      return true;
    }
    if (m = /^hostname\s+("?)(.+)\1$/i.exec(text)) {
      this.hostname = m[2];
      return true;
    }
    if (m = /^(no\s+)?ip\s+igmp\s+snooping$/i.exec(text)) {
      this.igmpSnooping = { value: !m[1], line };
      return true;
    }
    if (m = /^(no\s+)?bridge\s+multicast\s+filtering$/i.exec(text)) {
      this.filtering = { value: !m[1], line };
      return true;
    }
    if (m = /^arp\s+(\S+)\s+(\S+)(?:\s+(.*))?$/i.exec(text)) return this.arp(m[1], m[2], m[3], line);
    return false;
  }
  /** `arp <ip> <mac> [vlan <id> | <interface>]`. */
  arp(ip, written, where, line) {
    const mac = switchMac(written);
    if (!parseIpv4(ip) || !mac) return false;
    const entry = { ip, mac };
    const at = (where ?? "").trim();
    const vlan = /^vlan\s+(\d+)$/i.exec(at);
    if (vlan) entry.vlan = Number(vlan[1]);
    if (at) entry.interface = at.replace(/\s+/g, " ");
    this.staticArp.push({ entry, line });
    return true;
  }
  inVlanDatabase(text, line) {
    const m = /^vlan\s+([\d,\s-]+)$/i.exec(text);
    const ids = m ? expandNumbers(m[1]) : void 0;
    if (!ids || ids.some((id) => id < 1 || id > 4094)) return false;
    for (const id of ids) this.vlanOf(id, line);
    return true;
  }
  inEthernet(text, line, names) {
    let m;
    if (m = /^description\s+("?)(.*)\1$/i.exec(text)) {
      for (const p of names) this.portOf(p, line).description = m[2];
      return true;
    }
    if (m = /^channel-group\s+(\d+)(?:\s+mode\s+(\S+))?$/i.exec(text)) {
      const id = Number(m[1]);
      const lag = this.lagOf(id, line);
      if (m[2]) lag.lacp = /^(auto|active|passive)$/i.test(m[2]);
      for (const p of names) {
        this.portOf(p, line).lag = id;
        if (!lag.members.some((x) => x.toLowerCase() === p.toLowerCase())) lag.members.push(p);
      }
      return true;
    }
    return this.interfaceSetting(
      text,
      names.map((p) => this.portOf(p, line))
    );
  }
  inPortChannel(text, line, ids) {
    const m = /^description\s+("?)(.*)\1$/i.exec(text);
    if (m) {
      for (const id of ids) this.lagOf(id, line).description = m[2];
      return true;
    }
    return this.interfaceSetting(
      text,
      ids.map((id) => this.lagOf(id, line))
    );
  }
  /** Settings ports and LAGs share: the VLANs they carry, and what they do with unregistered multicast. */
  interfaceSetting(text, targets) {
    const vlanChange = switchportVlans(text);
    if (vlanChange) {
      for (const t of targets) applyVlans(t.vlans, vlanChange);
      return true;
    }
    const unregistered = unregisteredSetting(text);
    if (unregistered) {
      for (const t of targets) t.unregistered = unregistered;
      return true;
    }
    return false;
  }
  inVlan(text, line, ids) {
    let m;
    if (m = /^name\s+("?)(.*)\1$/i.exec(text)) {
      for (const id of ids) this.vlanOf(id, line).name = m[2];
      return true;
    }
    if (m = /^(no\s+)?ip\s+igmp\s+snooping$/i.exec(text)) {
      for (const id of ids) this.vlanOf(id, line).igmp = { value: !m[1], line };
      return true;
    }
    if (m = /^bridge\s+multicast\s+address\s+(\S+)(?:\s+(add|remove)\s+(ethernet|port-channel)\s+(.+))?$/i.exec(text)) {
      return this.bridgeMulticastAddress(m, line, ids);
    }
    if (m = /^bridge\s+address\s+(\S+)\s+(ethernet|port-channel)\s+(\S+)(?:\s+\S+)?$/i.exec(text)) {
      return this.bridgeAddress(m, line, ids);
    }
    return false;
  }
  /** `bridge multicast address <mac|ip> [add|remove ethernet|port-channel <members>]` in VLANs `ids`. */
  bridgeMulticastAddress(m, line, ids) {
    const key = groupKey(m[1]);
    if (!key) return false;
    let members;
    if (m[3]) {
      members = m[3].toLowerCase() === "ethernet" ? expandPorts(m[4]) : expandNumbers(m[4]);
      if (!members) return false;
    }
    for (const vlan of ids) {
      this.vlanOf(vlan, line);
      let group = this.groups.find((g) => g.vlan === vlan && g.key === key.key);
      if (!group) {
        group = { vlan, ...key, ports: /* @__PURE__ */ new Map(), lags: /* @__PURE__ */ new Map(), line };
        this.groups.push(group);
      }
      if (!members) continue;
      const adding = m[2].toLowerCase() === "add";
      for (const member of members) {
        if (typeof member === "number") {
          if (adding) group.lags.set(member, line);
          else group.lags.delete(member);
        } else if (adding) group.ports.set(member.toLowerCase(), { name: member, line });
        else group.ports.delete(member.toLowerCase());
      }
    }
    return true;
  }
  /** `bridge address <mac> ethernet|port-channel <members>`: a static MAC-table entry in VLANs `ids`. */
  bridgeAddress(m, line, ids) {
    const mac = switchMac(m[1]);
    const onPorts = m[2].toLowerCase() === "ethernet";
    const members = onPorts ? expandPorts(m[3]) : expandNumbers(m[3]);
    if (!mac || !members) return false;
    for (const vlan of ids) {
      const entry = { mac, vlan };
      if (onPorts) entry.ports = members;
      else entry.lags = members;
      this.staticMac.push({ entry, line });
    }
    return true;
  }
  /** What was read, as a sorted spec, with where each part came from. */
  observed(source, name) {
    const origins = /* @__PURE__ */ new Map();
    const origin = (key, line) => {
      if (!origins.has(key)) origins.set(key, { start: line.start, end: line.end });
    };
    const spec = {
      igmpSnooping: this.igmpSnooping?.value ?? false,
      bridgeMulticastFiltering: this.filtering?.value ?? false
    };
    if (this.igmpSnooping) origin("spec.igmpSnooping", this.igmpSnooping.line);
    if (this.filtering) origin("spec.bridgeMulticastFiltering", this.filtering.line);
    const vlans = this.vlanList(origin);
    if (vlans.length > 0) spec.vlans = vlans;
    const ports = this.portList(origin);
    if (ports.length > 0) spec.ports = ports;
    const lags = this.lagList(origin);
    if (lags.length > 0) spec.lags = lags;
    const groups = this.groupList(origin);
    if (groups.length > 0) spec.bridgeMulticastGroups = groups;
    if (this.staticArp.length > 0) {
      spec.staticArp = this.staticArp.map((a) => a.entry);
      this.staticArp.forEach((a, i) => origin(`spec.staticArp.${i}`, a.line));
    }
    if (this.staticMac.length > 0) {
      spec.staticMac = this.staticMac.map((a) => a.entry);
      this.staticMac.forEach((a, i) => origin(`spec.staticMac.${i}`, a.line));
    }
    const result = { name, source, spec, origins, ignored: this.ignored };
    if (this.hostname) result.hostname = this.hostname;
    return result;
  }
  vlanList(origin) {
    return [...this.vlans.entries()].sort((a, b) => a[0] - b[0]).map(([id, v], i) => {
      const vlan = { id };
      if (v.name !== void 0 && v.name !== "") vlan.name = v.name;
      vlan.igmpSnooping = v.igmp?.value ?? false;
      origin(`spec.vlans.${i}`, v.line);
      if (v.igmp) origin(`spec.vlans.${i}.igmpSnooping`, v.igmp.line);
      return vlan;
    });
  }
  portList(origin) {
    return [...this.ports.values()].sort((a, b) => comparePorts(a.name, b.name)).map((p, i) => {
      const port = { name: p.name };
      if (p.description) port.description = p.description;
      if (p.lag !== void 0) port.lag = p.lag;
      if (p.vlans.size > 0) port.vlans = [...p.vlans].sort((a, b) => a - b);
      if (p.unregistered) port.unregisteredMulticast = p.unregistered;
      origin(`spec.ports.${i}`, p.line);
      return port;
    });
  }
  lagList(origin) {
    return [...this.lags.entries()].sort((a, b) => a[0] - b[0]).map(([id, l], i) => {
      const lag = { id };
      if (l.description) lag.description = l.description;
      if (l.members.length > 0) lag.members = [...l.members].sort(comparePorts);
      if (l.lacp !== void 0) lag.lacp = l.lacp;
      if (l.vlans.size > 0) lag.vlans = [...l.vlans].sort((a, b) => a - b);
      if (l.unregistered) lag.unregisteredMulticast = l.unregistered;
      origin(`spec.lags.${i}`, l.line);
      return lag;
    });
  }
  groupList(origin) {
    return this.groups.map((g, i) => {
      const group = { vlan: g.vlan };
      if (g.isMac) group.mac = g.written;
      else group.group = g.written;
      const portNames = [...g.ports.values()].sort((a, b) => comparePorts(a.name, b.name));
      if (portNames.length > 0) group.ports = portNames.map((p) => p.name);
      const lagIds = [...g.lags.keys()].sort((a, b) => a - b);
      if (lagIds.length > 0) group.lags = lagIds;
      origin(`spec.bridgeMulticastGroups.${i}`, g.line);
      portNames.forEach((p, j) => origin(`spec.bridgeMulticastGroups.${i}.ports.${j}`, p.line));
      lagIds.forEach((id, j) => origin(`spec.bridgeMulticastGroups.${i}.lags.${j}`, g.lags.get(id)));
      return group;
    });
  }
};
function splitLines(text) {
  const lines = [];
  let start = 0;
  let number = 1;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    const contentEnd = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    lines.push({ number, text: text.slice(start, contentEnd), start, end: contentEnd });
    if (end === text.length) break;
    start = end + 1;
    number++;
  }
  return lines;
}
function interfaceContext(spec) {
  let m;
  if (m = /^(?:ethernet|gigabitethernet|tengigabitethernet|fastethernet|gi|te|fa)\s+(.+)$/i.exec(spec)) {
    const names = expandPorts(m[1]);
    return names ? { kind: "ethernet", ports: names } : { kind: "other" };
  }
  if (m = /^(?:port-channel|po|ch)\s*(.+)$/i.exec(spec)) {
    const ids = expandNumbers(m[1]);
    return ids ? { kind: "port-channel", lags: ids } : { kind: "other" };
  }
  if (m = /^vlan\s+(.+)$/i.exec(spec)) {
    const ids = expandNumbers(m[1]);
    return ids && ids.every((id) => id >= 1 && id <= 4094) ? { kind: "vlan", vlans: ids } : { kind: "other" };
  }
  return { kind: "other" };
}
function unregisteredSetting(text) {
  const m = /^bridge\s+multicast\s+unregistered\s+(filtering|forwarding)$/i.exec(text);
  if (!m) return void 0;
  return m[1].toLowerCase() === "filtering" ? "filter" : "forward";
}
function switchportVlans(text) {
  let m;
  if (m = /^switchport\s+access\s+vlan\s+(\d+)$/i.exec(text)) return { op: "add", ids: [Number(m[1])] };
  if (m = /^switchport\s+(?:trunk\s+native\s+vlan|general\s+pvid)\s+(\d+)$/i.exec(text))
    return { op: "add", ids: [Number(m[1])] };
  if (m = /^switchport\s+(?:trunk|general)\s+allowed\s+vlan\s+(add|remove)\s+([\d,\s-]+?)(?:\s+(?:tagged|untagged))?$/i.exec(
    text
  )) {
    const ids = expandNumbers(m[2]);
    return ids ? { op: m[1].toLowerCase() === "add" ? "add" : "remove", ids } : void 0;
  }
  if (/^switchport\s+(?:trunk|general)\s+allowed\s+vlan\s+(add|remove)\s+all$/i.test(text))
    return { op: "add", ids: [] };
  return void 0;
}
function applyVlans(set, change) {
  for (const id of change.ids) {
    if (id < 1 || id > 4094) continue;
    if (change.op === "add") set.add(id);
    else set.delete(id);
  }
}
function expandNumbers(list) {
  const out = [];
  for (const part of list.split(",").map((p) => p.trim())) {
    const m = /^(\d+)(?:\s*-\s*(\d+))?$/.exec(part);
    if (!m) return void 0;
    const from = Number(m[1]);
    const to = m[2] !== void 0 ? Number(m[2]) : from;
    if (to < from || to - from > 4096) return void 0;
    for (let n = from; n <= to; n++) out.push(n);
  }
  return out;
}
function expandPorts(list) {
  const items = [];
  let depth = 0;
  let current = "";
  for (const ch of list.replace(/\s+/g, "")) {
    if (ch === "(") depth++;
    if (ch === ")") depth--;
    if (ch === "," && depth === 0) {
      items.push(current);
      current = "";
    } else current += ch;
  }
  items.push(current);
  const out = [];
  for (const item of items) {
    if (item === "") return void 0;
    let m;
    if (m = /^([A-Za-z0-9/]*?[A-Za-z/])\(([\d,-]+)\)$/.exec(item)) {
      const numbers = expandNumbers(m[2]);
      if (!numbers) return void 0;
      out.push(...numbers.map((n) => `${m[1]}${n}`));
    } else if ((m = /^(.*?)(\d+)-(?:\1)?(\d+)$/.exec(item)) && /[A-Za-z/]$/.test(m[1])) {
      const from = Number(m[2]);
      const to = Number(m[3]);
      if (to < from || to - from > 512) return void 0;
      for (let n = from; n <= to; n++) out.push(`${m[1]}${n}`);
    } else if (/^[A-Za-z0-9][A-Za-z0-9/:._-]*$/.test(item)) {
      out.push(item);
    } else return void 0;
  }
  return out;
}
function comparePorts(a, b) {
  return a.localeCompare(b, "en", { numeric: true, sensitivity: "base" });
}
function switchMac(text) {
  const style = macStyleOf(text);
  if (style === "colon" || style === "hyphen") return text;
  return normalizeMac(text) ? formatMac(text, "colon") : void 0;
}
function groupKey(written) {
  const mac = switchMac(written);
  if (mac) return { written: mac, key: normalizeMac(mac), isMac: true };
  if (parseIpv4(written)) {
    const key = multicastMacForGroup(bridgeGroupAddress(written));
    return key ? { written, key, isMac: false } : void 0;
  }
  return void 0;
}
function bridgeGroupMac(group) {
  if (group.mac) return normalizeMac(group.mac);
  if (group.group && parseIpv4(group.group)) return multicastMacForGroup(bridgeGroupAddress(group.group));
  return void 0;
}

// src/drift/inventory/index.ts
var SWITCH_DIR = "switches";
var SWITCH_FILE = /\.(txt|cfg|conf)$/i;
var HOST_FILE_NAMES = new Set(Object.values(HOST_FILES).map((f) => f.toLowerCase()));
function readInventoryFiles(cwd, dir) {
  const absolute = path.resolve(cwd, dir);
  const root = toDisplayPath(cwd, absolute);
  const files = [];
  const stat = fs.statSync(absolute);
  if (!stat.isDirectory()) throw new Error(`"${dir}" is not a directory`);
  const allowed = [realpathOr(cwd), realpathOr(absolute)];
  const outside = (full) => {
    const target = realpathOr(full);
    return allowed.some((root2) => isInside(root2, target)) ? void 0 : `it is a symbolic link to ${target}, outside the workspace: not followed`;
  };
  const take = (rel) => {
    const full = path.join(absolute, ...rel.split("/"));
    const info = fs.statSync(full, { throwIfNoEntry: false });
    if (!info || !info.isFile()) return;
    const refused = outside(full);
    if (refused) {
      files.push({ rel, bytes: new Uint8Array(), refused });
      return;
    }
    files.push({
      rel,
      bytes: info.size > MAX_INVENTORY_FILE_BYTES ? new Uint8Array(MAX_INVENTORY_FILE_BYTES + 1) : fs.readFileSync(full)
    });
  };
  const isDirectory = (entry, full) => entry.isDirectory() || entry.isSymbolicLink() && !outside(full) && fs.statSync(full, { throwIfNoEntry: false })?.isDirectory() === true;
  const isFile = (entry) => entry.isFile() || entry.isSymbolicLink();
  for (const entry of fs.readdirSync(absolute, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : 1)) {
    if (isFile(entry) && HOST_FILE_NAMES.has(entry.name.toLowerCase())) take(entry.name);
    if (!isDirectory(entry, path.join(absolute, entry.name))) continue;
    for (const inner of fs.readdirSync(path.join(absolute, entry.name), { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : 1)) {
      if (!isFile(inner)) continue;
      const wanted = entry.name.toLowerCase() === SWITCH_DIR ? SWITCH_FILE.test(inner.name) : HOST_FILE_NAMES.has(inner.name.toLowerCase());
      if (wanted) take(`${entry.name}/${inner.name}`);
    }
  }
  return { root, files };
}
function parseInventory(input) {
  const problems = [];
  const sources = /* @__PURE__ */ new Map();
  const display = (rel) => input.root === "." || input.root === "" ? rel : `${input.root}/${rel}`;
  const inventory = {
    root: input.root,
    hosts: [],
    vms: [],
    vhds: /* @__PURE__ */ new Map(),
    nlbClusters: [],
    switches: [],
    problems,
    sources,
    files: input.files.length
  };
  const hostDirs = /* @__PURE__ */ new Map();
  const switchFiles = [];
  for (const file of [...input.files].sort((a, b) => a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0)) {
    const parts = file.rel.split("/");
    if (parts.length === 2 && parts[0].toLowerCase() === SWITCH_DIR) {
      if (SWITCH_FILE.test(parts[1])) switchFiles.push(file);
      continue;
    }
    if (parts.length > 2 || !HOST_FILE_NAMES.has(parts[parts.length - 1].toLowerCase())) continue;
    const dirRel = parts.length === 2 ? parts[0] : "";
    const dirName = dirRel || path.posix.basename(input.root === "." ? path.resolve(".") : input.root);
    let dir = hostDirs.get(dirRel);
    if (!dir) hostDirs.set(dirRel, dir = { dir: dirRel ? display(dirRel) : input.root, dirName, files: /* @__PURE__ */ new Map() });
    dir.files.set(
      parts[parts.length - 1].toLowerCase(),
      file.refused ? { path: display(file.rel), bytes: file.bytes, refused: file.refused } : { path: display(file.rel), bytes: file.bytes }
    );
  }
  const vmsByName = /* @__PURE__ */ new Map();
  const clusters = [];
  for (const dir of hostDirs.values()) {
    const result = parseHostDirectory(dir, problems, sources);
    inventory.hosts.push(result.host);
    for (const vm of result.vms) {
      const key = vm.name.toLowerCase();
      if (!vmsByName.has(key)) vmsByName.set(key, vm);
    }
    for (const vhd of result.vhds)
      if (!inventory.vhds.has(pathKey(vhd.path))) inventory.vhds.set(pathKey(vhd.path), vhd);
    for (const cluster of result.nlbClusters) mergeNlbCluster(clusters, cluster);
  }
  inventory.vms = [...vmsByName.values()];
  for (const cluster of clusters) cluster.mode = majorityMode(cluster) ?? cluster.mode;
  inventory.nlbClusters = clusters;
  for (const file of switchFiles) {
    const filePath = display(file.rel);
    const name = path.posix.basename(file.rel).replace(SWITCH_FILE, "");
    if (file.refused) {
      problems.push({
        ruleId: "drift-inventory",
        messageId: "unreadable",
        data: { file: filePath, reason: file.refused, what: `switch "${name}"` },
        at: { source: new SourceFile(filePath, ""), start: 0, end: 0 }
      });
      continue;
    }
    const decoded = decode(file.bytes);
    if (!decoded.ok || file.bytes.length > MAX_INVENTORY_FILE_BYTES) {
      const reason = decoded.ok ? `it is larger than ${MAX_INVENTORY_FILE_BYTES / 1024 / 1024} MiB` : decoded.reason;
      problems.push({
        ruleId: "drift-inventory",
        messageId: decoded.ok ? "unreadable" : "encoding",
        data: { file: filePath, reason, what: `switch "${name}"` },
        at: { source: new SourceFile(filePath, ""), start: 0, end: 0 }
      });
      continue;
    }
    const source = new SourceFile(filePath, decoded.text);
    sources.set(filePath, source);
    const observed = parseSwitchConfig(source, name);
    inventory.switches.push(observed);
    const first = observed.ignored[0];
    if (first) {
      const start = source.lineStart(first.line);
      problems.push({
        ruleId: "drift-inventory-ignored",
        messageId: "ignored",
        data: {
          count: observed.ignored.length,
          plural: observed.ignored.length === 1 ? "" : "s",
          file: filePath,
          line: first.line,
          text: first.text.length > 60 ? `${first.text.slice(0, 57)}...` : first.text
        },
        at: { source, start, end: start + source.lineText(first.line).length }
      });
    }
  }
  return inventory;
}
function mergeNlbCluster(clusters, cluster) {
  const same = clusters.find(
    (c) => c.name.toLowerCase() === cluster.name.toLowerCase() || c.vip !== void 0 && c.vip === cluster.vip
  );
  if (!same) {
    clusters.push(cluster);
    return;
  }
  same.reports.push(...cluster.reports);
  same.vip ??= cluster.vip;
  same.subnetMask ??= cluster.subnetMask;
  if (cluster.nodes) {
    same.nodes ??= [];
    for (const node of cluster.nodes)
      if (!same.nodes.some((n) => n.name.toLowerCase() === node.name.toLowerCase())) same.nodes.push(node);
  }
  if (cluster.vips) {
    same.vips ??= [];
    for (const vip of cluster.vips) if (!same.vips.some((v) => v.ip === vip.ip)) same.vips.push(vip);
  }
}
function majorityMode(cluster) {
  const counts = /* @__PURE__ */ new Map();
  for (const report of cluster.reports) if (report.mode) counts.set(report.mode, (counts.get(report.mode) ?? 0) + 1);
  let best;
  for (const [mode, count] of counts) if (best === void 0 || count > counts.get(best)) best = mode;
  return best;
}

// src/drift/observed.ts
var ObservedDocument = class extends ManifestDocument {
  /** Where parts of the document came from, by JSON path key (`spec.networkAdapters.1`). */
  origins;
  at;
  constructor(at, value, index, origins = /* @__PURE__ */ new Map(), valid = false) {
    super(at.source, { index, value, start: at.start, end: at.end }, valid);
    this.at = at;
    this.origins = origins;
  }
  /** The origin of a path, or of its deepest ancestor with one. */
  originOf(path2) {
    for (let n = path2.length; n > 0; n--) {
      const at = this.origins.get(path2.slice(0, n).join("."));
      if (at) return at;
    }
    return this.at;
  }
  locate(path2, _target = "value") {
    const at = this.originOf(path2);
    if (at.source !== this.source) return this.source.range(this.at.start, this.at.end);
    return this.source.range(at.start, at.end);
  }
  has() {
    return false;
  }
};
var API_VERSION = "hvlint/v1";
function buildObservedEstate(declared, inventory) {
  const problems = [];
  const observedDocs = [];
  let index = 0;
  const make = (at, kind, name, spec, origins, labels) => {
    const metadata = { name };
    if (labels && Object.keys(labels).length > 0) metadata["labels"] = { ...labels };
    const value = { apiVersion: API_VERSION, kind, metadata, spec };
    const schema = checkSchema(value);
    const doc = new ObservedDocument(at, value, index++, origins, schema.valid);
    if (!schema.valid && labels !== void 0) {
      problems.push({
        ruleId: "drift-inventory",
        messageId: "model",
        data: { ref: `${kind} "${name}"`, reason: schema.problems[0].message },
        at
      });
    }
    observedDocs.push(doc);
    return doc;
  };
  const auditedHosts = /* @__PURE__ */ new Set();
  const clustersWithInventory = /* @__PURE__ */ new Set();
  for (const host of inventory.hosts) {
    if (!host.read.has("Get-VM.json")) continue;
    auditedHosts.add(nameKey(host.name));
    for (const node of host.nodes) auditedHosts.add(nameKey(node));
    if (host.cluster) clustersWithInventory.add(nameKey(host.cluster));
  }
  const vms = [];
  const matchedVms = /* @__PURE__ */ new Set();
  for (const vm of inventory.vms) {
    const declaredVm = declared.get("VirtualMachine", vm.name);
    if (declaredVm) matchedVms.add(nameKey(declaredVm.name));
    const { spec, origins } = observedVmSpec(vm, declaredVm?.spec, inventory.vhds);
    const doc = make(
      vm.at,
      "VirtualMachine",
      declaredVm?.name ?? vm.name,
      spec,
      origins,
      declaredVm ? declaredVm.labels : void 0
    );
    vms.push(declaredVm ? { declared: declaredVm, observed: vm, doc } : { observed: vm, doc });
  }
  const vmAudited = (vm) => {
    if (vm.spec.host) return auditedHosts.has(nameKey(vm.spec.host));
    if (!vm.spec.cluster) return false;
    const nodes = declared.hostsOfCluster(vm.spec.cluster);
    if (nodes.length > 0) return nodes.every((node) => auditedHosts.has(nameKey(node.name)));
    return clustersWithInventory.has(nameKey(vm.spec.cluster));
  };
  const keptAsDeclared = [];
  for (const vm of declared.of("VirtualMachine")) {
    if (matchedVms.has(nameKey(vm.name))) continue;
    if (vmAudited(vm)) vms.push({ declared: vm });
    else keptAsDeclared.push(vm);
  }
  const vmDocs = new Map(vms.filter((p) => p.doc).map((p) => [nameKey(p.doc.name), p.doc]));
  const nlbClusters = [];
  const matchedNlb = /* @__PURE__ */ new Set();
  const declaredNlb = declared.of("NlbCluster");
  for (const cluster of inventory.nlbClusters) {
    const unmatched = (d) => !matchedNlb.has(nameKey(d.name));
    const byName = [
      declared.get("NlbCluster", cluster.name),
      declared.get("NlbCluster", cluster.name.split(".")[0])
    ].find((d) => d && unmatched(d));
    const observedNodes = new Set((cluster.nodes ?? []).map((n) => nameKey(n.name)));
    const match = byName ?? declaredNlb.find((d) => unmatched(d) && cluster.vip !== void 0 && d.spec.vip === cluster.vip) ?? declaredNlb.find((d) => unmatched(d) && d.spec.nodes.some((n) => observedNodes.has(nameKey(n.vm))));
    if (match) matchedNlb.add(nameKey(match.name));
    const { spec, origins } = observedNlbSpec(cluster, match?.spec, vmDocs);
    const doc = make(
      cluster.at,
      "NlbCluster",
      match?.name ?? cluster.name,
      spec,
      origins,
      match ? match.labels : void 0
    );
    nlbClusters.push(match ? { declared: match, observed: cluster, doc } : { observed: cluster, doc });
  }
  const nlbAsked = new Set(
    inventory.hosts.filter((h) => h.read.has("Get-NlbCluster.json")).map((h) => nameKey(h.name))
  );
  for (const cluster of declaredNlb) {
    if (matchedNlb.has(nameKey(cluster.name))) continue;
    if (cluster.spec.nodes.some((node) => nlbAsked.has(nameKey(node.vm)))) nlbClusters.push({ declared: cluster });
    else keptAsDeclared.push(cluster);
  }
  const switches = [];
  const matchedSwitches = /* @__PURE__ */ new Set();
  for (const observed of inventory.switches) {
    const match = declared.get("Switch", observed.name) ?? (observed.hostname ? declared.get("Switch", observed.hostname) : void 0);
    if (match) matchedSwitches.add(nameKey(match.name));
    const spec = {
      model: match?.spec.model ?? "unknown",
      ...match?.spec.macStyle ? { macStyle: match.spec.macStyle } : {},
      ...observed.spec
    };
    const origins = /* @__PURE__ */ new Map();
    for (const [key, offsets] of observed.origins) origins.set(key, { source: observed.source, ...offsets });
    const at = { source: observed.source, start: 0, end: 0 };
    const doc = make(at, "Switch", match?.name ?? observed.name, spec, origins, match ? match.labels : void 0);
    switches.push(match ? { declared: match, observed, doc } : { observed, doc });
  }
  for (const sw of declared.of("Switch")) if (!matchedSwitches.has(nameKey(sw.name))) keptAsDeclared.push(sw);
  const hosts = [];
  const resources = new Map(
    inventory.hosts.filter((h) => h.resourcesAt !== void 0).map((h) => [nameKey(h.name), h])
  );
  for (const host of declared.of("HyperVHost")) {
    const observed = resources.get(nameKey(host.name));
    if (!observed) {
      keptAsDeclared.push(host);
      continue;
    }
    const { os, domain, cluster, memoryMB, logicalProcessors, ...rest } = host.spec;
    const spec = { os, domain };
    if (cluster !== void 0) spec.cluster = cluster;
    const memory = observed.memoryMB ?? memoryMB;
    if (memory !== void 0) spec.memoryMB = memory;
    const processors = observed.logicalProcessors ?? logicalProcessors;
    if (processors !== void 0) spec.logicalProcessors = processors;
    Object.assign(spec, rest);
    const at = observed.resourcesAt;
    const doc = make(at, "HyperVHost", host.name, spec, /* @__PURE__ */ new Map([["spec", at]]), host.labels);
    hosts.push({ declared: host, observed, doc });
  }
  const covered = /* @__PURE__ */ new Set(["VirtualMachine", "NlbCluster", "Switch", "HyperVHost"]);
  const documents = [...observedDocs, ...keptAsDeclared];
  for (const doc of declared.documents) if (!covered.has(doc.kind)) documents.push(doc);
  return { documents, hosts, vms, nlbClusters, switches, auditedHosts, problems };
}
function resolveDisk(path2, vhds) {
  let current = path2;
  let vhd = vhds.get(pathKey(current));
  for (let hops = 0; hops < 64 && vhd && /\.avhdx?$/i.test(current) && vhd.parentPath; hops++) {
    current = vhd.parentPath;
    vhd = vhds.get(pathKey(current));
  }
  return vhd ? { path: current, vhd } : { path: current };
}
var slotKey = (type, number, location) => `${type}:${number}:${location}`;
function observedVmSpec(vm, declared, vhds) {
  const origins = /* @__PURE__ */ new Map([["spec", vm.at]]);
  const spec = {};
  const generation = vm.generation ?? declared?.generation;
  if (generation !== void 0) spec.generation = generation;
  if (vm.clustered === true && (declared?.cluster ?? vm.cluster)) spec.cluster = declared?.cluster ?? vm.cluster;
  else if (vm.clustered === void 0 && declared)
    Object.assign(spec, declared.cluster ? { cluster: declared.cluster } : { host: declared.host });
  else spec.host = vm.host;
  if (declared?.guest) spec.guest = { ...declared.guest };
  if (vm.memory) {
    const { at, ...memory } = vm.memory;
    spec.memory = memory;
    origins.set("spec.memory", at);
  } else if (declared?.memory) spec.memory = { ...declared.memory };
  const processors = vm.processorCount ?? declared?.processorCount;
  if (processors !== void 0) spec.processorCount = processors;
  if (declared?.arpRetryCount !== void 0) spec.arpRetryCount = declared.arpRetryCount;
  const checkpointPath = declared?.checkpointPath;
  if (checkpointPath) spec.checkpointPath = checkpointPath;
  const declaredDrives = /* @__PURE__ */ new Map();
  for (const controller of declared?.controllers ?? [])
    for (const drive of controller.drives ?? [])
      declaredDrives.set(slotKey(controller.type, controller.number, drive.location), drive);
  const controllers = /* @__PURE__ */ new Map();
  const controllerOf = (type, number, at) => {
    const key = `${type}:${number}`;
    let entry = controllers.get(key);
    if (!entry) controllers.set(key, entry = { controller: { type, number }, driveAts: [] });
    if (at && !entry.at) entry.at = at;
    return entry;
  };
  if (vm.scsiControllers) for (const c of vm.scsiControllers) controllerOf("scsi", c.number, c.at);
  if (!vm.scsiControllers || vm.incomplete.has("scsi")) {
    for (const c of declared?.controllers ?? []) if (c.type === "scsi") controllerOf("scsi", c.number);
  }
  const addDrive = (type, number, drive, at) => {
    const entry = controllerOf(type, number, at);
    (entry.controller.drives ??= []).push(drive);
    entry.driveAts.push(at);
  };
  for (const drive of vm.drives ?? []) {
    if (drive.controller === "pmem") continue;
    addDrive(
      drive.controller,
      drive.number,
      observedDrive(drive, declaredDrives.get(slotKey(drive.controller, drive.number, drive.location)), vhds),
      drive.at
    );
  }
  const observedSlots = new Set((vm.drives ?? []).map((d) => slotKey(d.controller, d.number, d.location)));
  for (const controller of declared?.controllers ?? []) {
    for (const drive of controller.drives ?? []) {
      const kind = drive.kind ?? "disk";
      const unknown = !vm.driveKinds.has(kind) || vm.incomplete.has(kind) && !observedSlots.has(slotKey(controller.type, controller.number, drive.location));
      if (unknown) addDrive(controller.type, controller.number, { ...drive });
    }
    if (controller.type === "ide" && !vm.driveKinds.size) controllerOf("ide", controller.number);
  }
  const sorted = [...controllers.values()].sort(
    (a, b) => a.controller.type === b.controller.type ? a.controller.number - b.controller.number : a.controller.type < b.controller.type ? -1 : 1
  );
  if (sorted.length > 0) {
    spec.controllers = sorted.map((entry, i) => {
      if (entry.at) origins.set(`spec.controllers.${i}`, entry.at);
      if (entry.controller.drives) {
        const order = entry.controller.drives.map((d, j) => [d, entry.driveAts[j]]).sort((a, b) => a[0].location - b[0].location);
        entry.controller.drives = order.map(([d]) => d);
        order.forEach(([, at], j) => at && origins.set(`spec.controllers.${i}.drives.${j}`, at));
      }
      return entry.controller;
    });
  }
  if (vm.adapters) {
    const declaredAdapters = new Map((declared?.networkAdapters ?? []).map((a) => [a.name.toLowerCase(), a]));
    spec.networkAdapters = vm.adapters.map((adapter, i) => {
      origins.set(`spec.networkAdapters.${i}`, adapter.at);
      const was = declaredAdapters.get(adapter.name.toLowerCase());
      const out = { name: adapter.name };
      if (adapter.switch) out.switch = adapter.switch;
      const vlan = adapter.vlan === void 0 ? was?.vlan : typeof adapter.vlan === "number" ? adapter.vlan : void 0;
      if (vlan !== void 0) out.vlan = vlan;
      if (adapter.dynamicMac === false && adapter.mac) out.macAddress = formatMac(adapter.mac, "hyphen");
      else if (adapter.dynamicMac === void 0 && was?.macAddress) out.macAddress = was.macAddress;
      const spoofing = adapter.spoofing ?? was?.macAddressSpoofing;
      if (spoofing !== void 0) out.macAddressSpoofing = spoofing;
      if (adapter.legacy) out.legacy = true;
      return out;
    });
    if (vm.incomplete.has("adapters")) {
      for (const adapter of declared?.networkAdapters ?? []) {
        if (!spec.networkAdapters.some((a) => a.name.toLowerCase() === adapter.name.toLowerCase()))
          spec.networkAdapters.push({ ...adapter });
      }
    }
  } else if (declared?.networkAdapters) {
    spec.networkAdapters = declared.networkAdapters.map((a) => ({ ...a }));
  }
  if (vm.checkpoints) {
    const declaredCheckpoints = new Map((declared?.checkpoints ?? []).map((c) => [c.name, c]));
    const list = [];
    for (const checkpoint of vm.checkpoints) {
      const created = checkpoint.created ?? declaredCheckpoints.get(checkpoint.name)?.created;
      if (!created) continue;
      origins.set(`spec.checkpoints.${list.length}`, checkpoint.at);
      list.push(
        checkpoint.type ? { name: checkpoint.name, type: checkpoint.type, created } : { name: checkpoint.name, created }
      );
    }
    if (vm.incomplete.has("checkpoints")) {
      for (const c of declared?.checkpoints ?? []) if (!list.some((o) => o.name === c.name)) list.push({ ...c });
    }
    if (list.length > 0) spec.checkpoints = list;
  } else if (declared?.checkpoints) {
    spec.checkpoints = declared.checkpoints.map((c) => ({ ...c }));
  }
  return { spec, origins };
}
function observedDrive(drive, declared, vhds) {
  const out = { location: drive.location };
  if (drive.kind === "dvd") out.kind = "dvd";
  if (drive.path) {
    if (drive.kind === "disk") {
      const disk = resolveDisk(drive.path, vhds);
      out.path = disk.path;
      if (disk.vhd?.format) out.format = disk.vhd.format;
      if (disk.vhd?.type) out.type = disk.vhd.type;
      if (disk.vhd?.sizeBytes)
        out.sizeGB = Math.min(
          65536,
          Math.max(1, Math.ceil(disk.vhd.sizeBytes / 2 ** 30))
        );
      if (!disk.vhd) {
        if (declared?.format) out.format = declared.format;
        if (declared?.type) out.type = declared.type;
      }
    } else out.path = drive.path;
  }
  if (declared && (declared.kind ?? "disk") === drive.kind && (!declared.path || !out.path || pathKey(declared.path) === pathKey(out.path))) {
    if (declared.boot !== void 0) out.boot = declared.boot;
    if (declared.purpose !== void 0) out.purpose = declared.purpose;
  }
  return out;
}
function observedNlbSpec(cluster, declared, vmDocs) {
  const origins = /* @__PURE__ */ new Map([["spec", cluster.at]]);
  const spec = {};
  const vip = cluster.vip ?? declared?.vip;
  if (vip) spec.vip = vip;
  const mask = cluster.subnetMask ?? declared?.subnetMask;
  if (mask) spec.subnetMask = mask;
  const mode = cluster.mode ?? declared?.mode;
  if (mode) spec.mode = mode;
  const declaredNodes = new Map((declared?.nodes ?? []).map((n) => [nameKey(n.vm), n]));
  const adapterOf = (vmName, interfaceName) => {
    const declaredNode = declaredNodes.get(nameKey(vmName));
    if (declaredNode) return declaredNode.adapter;
    const adapters = vmDocs.get(nameKey(vmName))?.spec?.networkAdapters ?? [];
    if (interfaceName && adapters.some((a) => a.name.toLowerCase() === interfaceName.toLowerCase()))
      return interfaceName;
    return interfaceName ?? adapters[0]?.name;
  };
  if (cluster.nodes) {
    spec.nodes = [];
    cluster.nodes.forEach((node, i) => {
      origins.set(`spec.nodes.${i}`, node.at);
      const out = { vm: node.name, adapter: adapterOf(node.name, node.adapter) ?? "unknown" };
      const report = cluster.reports.find((r) => nameKey(r.host) === nameKey(node.name));
      if (report?.mode && report.mode !== mode) out.mode = report.mode;
      if (node.priority !== void 0 && node.priority >= 1 && node.priority <= 32) out.priority = node.priority;
      spec.nodes.push(out);
    });
  } else if (declared) {
    spec.nodes = declared.nodes.map((n) => ({ ...n }));
  }
  let vlan = declared?.vlan;
  for (const node of spec.nodes ?? []) {
    if (vlan !== void 0) break;
    const adapters = vmDocs.get(nameKey(node.vm))?.spec?.networkAdapters ?? [];
    vlan = adapters.find((a) => a.name.toLowerCase() === node.adapter.toLowerCase())?.vlan;
  }
  if (vlan !== void 0) spec.vlan = vlan;
  if (declared?.portRules) spec.portRules = declared.portRules.map((r) => ({ ...r }));
  return { spec, origins };
}

export {
  pathKey,
  bridgeGroupMac,
  readInventoryFiles,
  parseInventory,
  ObservedDocument,
  buildObservedEstate,
  resolveDisk,
  slotKey
};
