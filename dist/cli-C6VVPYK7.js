import { createRequire as __hvlintCreateRequire } from 'node:module';
const require = __hvlintCreateRequire(import.meta.url);
import {
  exitStatus,
  quietFilter,
  reportUnchecked,
  writeOutputFile
} from "./cli-4V7WTMKW.js";
import {
  ObservedDocument,
  bridgeGroupMac,
  buildObservedEstate,
  parseInventory,
  pathKey,
  readInventoryFiles,
  resolveDisk,
  slotKey
} from "./cli-LJOXDK4Z.js";
import {
  FORMATS,
  SEVERITY_RANK,
  escapeMarkdown,
  formatReport,
  markdownUrl
} from "./cli-XZRRD5KR.js";
import "./cli-PDNBL44L.js";
import {
  VERSION
} from "./cli-YNIA6BNC.js";
import {
  compareFindings,
  emptyPaths,
  loadAndValidate,
  resolveLimits,
  ruleSetting
} from "./cli-HLRBK3TU.js";
import {
  docUrl,
  findConfigFor,
  loadConfig,
  ruleDocUrl
} from "./cli-EFDIN77Y.js";
import {
  CATALOGUE,
  DRIFT_RULE_IDS,
  Estate,
  MODEL_RULES,
  assignSeverities,
  discover,
  driftRule,
  entrySeverity,
  fileFinding,
  fillMessage,
  macForSwitch,
  nameKey,
  normalizeMac,
  repositoryRoot,
  runRules,
  usageMessage
} from "./cli-YGPPNYVY.js";
import "./cli-TAYVNBWF.js";

// src/cli/commands/drift.ts
import * as fs from "node:fs";
import * as path from "node:path";
import { parseArgs } from "node:util";

// src/drift/compare.ts
var DriftReporter = class {
  constructor(enabled = () => true) {
    this.enabled = enabled;
  }
  enabled;
  findings = [];
  /** A finding on a declared manifest, with where the inventory shows reality. */
  atManifest(ruleId, messageId, data, place, observed) {
    if (!this.enabled(ruleId)) return;
    const range = place.doc.locate(place.path, "value");
    this.push(
      ruleId,
      messageId,
      data,
      { file: place.doc.file, ...range },
      { kind: place.doc.kind, name: place.doc.name },
      [...place.path],
      observed ? [relatedAt(observed.at, observed.message)] : []
    );
  }
  /** A finding in an inventory file (nothing declared to point at). */
  atInventory(ruleId, messageId, data, at, document, related = []) {
    if (!this.enabled(ruleId)) return;
    this.push(
      ruleId,
      messageId,
      data,
      { file: at.source.path, ...at.source.range(at.start, at.end) },
      document,
      void 0,
      related
    );
  }
  push(ruleId, messageId, data, where, document, path2, related) {
    const meta = driftRule(ruleId);
    const template = meta.messages[messageId];
    if (template === void 0) throw new Error(`drift rule ${ruleId} has no message "${messageId}"`);
    const finding = {
      ruleId,
      messageId,
      message: fillMessage(template, data),
      ...where,
      related
    };
    if (document) finding.document = document;
    if (path2) finding.path = path2;
    this.findings.push(finding);
  }
};
function relatedAt(at, message) {
  return { file: at.source.path, message, ...at.source.range(at.start, at.end) };
}
function compareEstates(observed, inventory, reporter = new DriftReporter()) {
  const audited = [
    ...new Set(inventory.hosts.filter((h) => h.read.has("Get-VM.json")).flatMap((h) => [h.name, ...h.nodes]))
  ].sort();
  for (const pair of observed.hosts) compareHost(pair, reporter);
  for (const pair of observed.vms) compareVm(pair, inventory, audited, reporter);
  const asked = inventory.hosts.filter((h) => h.read.has("Get-NlbCluster.json")).map((h) => h.name).sort();
  for (const pair of observed.nlbClusters) compareNlb(pair, asked, reporter);
  for (const pair of observed.switches) compareSwitch(pair, reporter);
  return reporter.findings;
}
function compareHost(pair, r) {
  const { declared, observed } = pair;
  const at = observed.resourcesAt;
  const name = declared.name;
  if (observed.memoryMB !== void 0 && declared.spec.memoryMB !== void 0 && observed.memoryMB !== declared.spec.memoryMB) {
    r.atManifest(
      "drift-host-resources",
      "memory",
      { name, actual: observed.memoryMB, declared: declared.spec.memoryMB },
      { doc: declared, path: ["spec", "memoryMB"] },
      { at, message: `Get-VMHost on ${observed.name} reports ${observed.memoryMB} MiB` }
    );
  }
  const lp = observed.logicalProcessors;
  if (lp !== void 0 && declared.spec.logicalProcessors !== void 0 && lp !== declared.spec.logicalProcessors) {
    r.atManifest(
      "drift-host-resources",
      "processors",
      { name, actual: lp, declared: declared.spec.logicalProcessors },
      { doc: declared, path: ["spec", "logicalProcessors"] },
      { at, message: `Get-VMHost on ${observed.name} reports ${lp} logical processors` }
    );
  }
}
var shown = (items) => items.length === 0 ? "none" : items.join(", ");
function compareVm(pair, inventory, audited, r) {
  const { declared, observed } = pair;
  if (declared && !observed) {
    r.atManifest(
      "drift-vm-missing",
      "missing",
      { name: declared.name, where: `audited: ${shown(audited)}` },
      { doc: declared, path: ["metadata", "name"] }
    );
    return;
  }
  if (!observed) return;
  const seen = (at, what = "observed here") => ({ at, message: what });
  if (!declared) {
    r.atInventory("drift-vm-undeclared", "undeclared", { name: observed.name, host: observed.host }, observed.at, {
      kind: "VirtualMachine",
      name: observed.name
    });
    return;
  }
  const name = declared.name;
  const spec = declared.spec;
  const place = (...path2) => ({ doc: declared, path: ["spec", ...path2] });
  if (observed.generation !== void 0 && observed.generation !== spec.generation) {
    r.atManifest(
      "drift-vm-generation",
      "generation",
      { name, actual: observed.generation, declared: spec.generation },
      place("generation"),
      seen(observed.at, `${observed.host} reports generation ${observed.generation}`)
    );
  }
  compareVmResources(pair, place, r);
  const controllers = spec.controllers ?? [];
  if (observed.scsiControllers) {
    const actual = new Map(observed.scsiControllers.map((c) => [c.number, c]));
    controllers.forEach((controller, i) => {
      if (controller.type === "scsi" && !actual.has(controller.number) && !observed.incomplete.has("scsi")) {
        r.atManifest(
          "drift-vm-controller",
          "missing",
          { name, number: controller.number },
          place("controllers", i),
          seen(observed.at, `${observed.host} lists the VM without it`)
        );
      }
    });
    for (const c of observed.scsiControllers) {
      if (!controllers.some((d) => d.type === "scsi" && d.number === c.number)) {
        r.atManifest("drift-vm-controller", "undeclared", { name, number: c.number }, place("controllers"), seen(c.at));
      }
    }
  }
  if (observed.drives) {
    const declaredSlots = /* @__PURE__ */ new Map();
    controllers.forEach(
      (controller, i) => (controller.drives ?? []).forEach(
        (drive, j) => declaredSlots.set(slotKey(controller.type, controller.number, drive.location), {
          drive,
          path: ["spec", "controllers", i, "drives", j],
          controllerPath: ["spec", "controllers", i]
        })
      )
    );
    const observedSlots = /* @__PURE__ */ new Map();
    for (const drive of observed.drives)
      if (drive.controller !== "pmem")
        observedSlots.set(slotKey(drive.controller, drive.number, drive.location), drive);
    for (const [slot, { drive, path: path2 }] of declaredSlots) {
      const kind = drive.kind ?? "disk";
      const actual = observedSlots.get(slot);
      const slotText = describeSlot(slot);
      if (!actual) {
        if (observed.driveKinds.has(kind) && !observed.incomplete.has(kind)) {
          const what = drive.path ? `"${drive.path}"` : kind === "dvd" ? "an empty DVD drive" : "the disk";
          r.atManifest(
            "drift-vm-drive",
            "missing",
            { name, slot: slotText, what },
            { doc: declared, path: path2 },
            seen(observed.at, `${observed.host} lists no drive there`)
          );
        }
        continue;
      }
      if (actual.kind !== kind) {
        if (observed.driveKinds.has(kind))
          r.atManifest(
            "drift-vm-drive",
            "kind",
            { name, slot: slotText, actual: kindText(actual.kind), declared: kindText(kind) },
            { doc: declared, path: path2 },
            seen(actual.at)
          );
        continue;
      }
      compareDrivePath(name, slotText, drive, actual, { doc: declared, path: path2 }, inventory, r);
    }
    for (const [slot, actual] of observedSlots) {
      if (declaredSlots.has(slot)) continue;
      const controllerIndex = controllers.findIndex((c) => c.type === actual.controller && c.number === actual.number);
      const path2 = controllerIndex >= 0 ? ["spec", "controllers", controllerIndex] : ["spec", "controllers"];
      r.atManifest(
        "drift-vm-drive",
        "undeclared",
        { name, kind: kindText(actual.kind), slot: describeSlot(slot), path: actual.path ?? "empty" },
        { doc: declared, path: path2 },
        seen(actual.at)
      );
    }
  }
  if (observed.adapters) {
    const declaredAdapters = spec.networkAdapters ?? [];
    const actualByName = new Map(observed.adapters.map((a) => [a.name.toLowerCase(), a]));
    declaredAdapters.forEach((adapter, i) => {
      const actual = actualByName.get(adapter.name.toLowerCase());
      if (!actual) {
        if (observed.incomplete.has("adapters")) return;
        r.atManifest(
          "drift-vm-adapter",
          "missing",
          { name, adapter: adapter.name },
          place("networkAdapters", i),
          seen(observed.at, `${observed.host} lists the VM without it`)
        );
        return;
      }
      compareAdapter(name, adapter, actual, declared, ["spec", "networkAdapters", i], r);
    });
    for (const actual of observed.adapters) {
      if (!declaredAdapters.some((a) => a.name.toLowerCase() === actual.name.toLowerCase())) {
        r.atManifest(
          "drift-vm-adapter",
          "undeclared",
          { name, adapter: actual.name },
          place("networkAdapters"),
          seen(actual.at)
        );
      }
    }
  }
  if (observed.checkpoints) {
    const declaredCheckpoints = spec.checkpoints ?? [];
    for (const checkpoint of observed.checkpoints) {
      if (declaredCheckpoints.some((c) => c.name === checkpoint.name)) continue;
      r.atManifest(
        "drift-vm-checkpoint",
        "present",
        {
          name,
          checkpoint: checkpoint.name,
          type: checkpoint.type ?? "standard",
          created: checkpoint.created ? ` (created ${checkpoint.created})` : ""
        },
        place("checkpoints"),
        seen(checkpoint.at)
      );
    }
    declaredCheckpoints.forEach((checkpoint, i) => {
      if (!observed.checkpoints.some((c) => c.name === checkpoint.name) && !observed.incomplete.has("checkpoints")) {
        r.atManifest(
          "drift-vm-checkpoint",
          "gone",
          { name, checkpoint: checkpoint.name },
          place("checkpoints", i),
          seen(observed.at, `${observed.host} lists no such checkpoint`)
        );
      }
    });
  }
}
function compareVmResources(pair, place, r) {
  const { declared, observed } = pair;
  const name = declared.name;
  const memory = declared.spec.memory;
  const seen = observed.memory;
  if (memory && seen) {
    const related = { at: seen.at, message: `${observed.host} reports this memory` };
    if (memory.dynamic !== void 0 && seen.dynamic !== void 0 && memory.dynamic !== seen.dynamic) {
      r.atManifest(
        "drift-vm-resources",
        "dynamic",
        {
          name,
          actual: seen.dynamic ? "on" : "off",
          declared: memory.dynamic ? "on" : "off",
          value: memory.dynamic ? "$true" : "$false"
        },
        place("memory", "dynamic"),
        related
      );
    }
    const sizes = [
      ["startupMB", "startup", "StartupBytes"],
      ["minimumMB", "minimum", "MinimumBytes"],
      ["maximumMB", "maximum", "MaximumBytes"]
    ];
    for (const [key, what, parameter] of sizes) {
      const want = memory[key];
      const got = seen[key];
      if (key !== "startupMB" && !(memory.dynamic && seen.dynamic)) continue;
      if (want === void 0 || got === void 0 || want === got) continue;
      r.atManifest(
        "drift-vm-resources",
        "memory",
        { name, what, actual: got, declared: want, parameter },
        place("memory", key),
        related
      );
    }
  }
  const count = declared.spec.processorCount;
  if (count !== void 0 && observed.processorCount !== void 0 && count !== observed.processorCount) {
    r.atManifest(
      "drift-vm-resources",
      "processors",
      { name, actual: observed.processorCount, declared: count },
      place("processorCount"),
      { at: observed.at, message: `${observed.host} reports ${observed.processorCount} virtual processors` }
    );
  }
}
function describeSlot(slot) {
  const [type, number, location] = slot.split(":");
  return `${type.toUpperCase()} controller ${number}, location ${location}`;
}
var kindText = (kind) => kind === "dvd" ? "DVD drive" : "hard disk";
function compareDrivePath(name, slot, drive, actual, place, inventory, r) {
  const kind = drive.kind ?? "disk";
  if (kind === "dvd") {
    const declaredPath = drive.path ? pathKey(drive.path) : "";
    const actualPath = actual.path ? pathKey(actual.path) : "";
    if (declaredPath !== actualPath) {
      r.atManifest(
        "drift-vm-drive",
        "path",
        { name, slot, actual: actual.path ?? "empty", declared: drive.path ?? "empty" },
        { doc: place.doc, path: [...place.path, "path"] },
        { at: actual.at, message: "observed here" }
      );
    }
    return;
  }
  if (!actual.path) return;
  const disk = resolveDisk(actual.path, inventory.vhds);
  if (drive.path && pathKey(disk.path) !== pathKey(drive.path)) {
    r.atManifest(
      "drift-vm-drive",
      "path",
      { name, slot, actual: disk.path, declared: drive.path },
      { doc: place.doc, path: [...place.path, "path"] },
      { at: actual.at, message: "observed here" }
    );
    return;
  }
  const vhd = disk.vhd;
  if (!vhd) return;
  const vhdSeen = { at: vhd.at, message: "Get-VHD reports it here" };
  if (drive.format && vhd.format && drive.format !== vhd.format) {
    r.atManifest(
      "drift-vm-disk",
      "format",
      {
        name,
        path: disk.path,
        actual: vhd.format.toUpperCase().replace("VHDSET", "VHD Set"),
        declared: drive.format.toUpperCase().replace("VHDSET", "VHD Set")
      },
      { doc: place.doc, path: [...place.path, "format"] },
      vhdSeen
    );
  }
  if (drive.type && vhd.type && drive.type !== vhd.type) {
    r.atManifest(
      "drift-vm-disk",
      "type",
      { name, path: disk.path, actual: vhd.type, declared: drive.type },
      { doc: place.doc, path: [...place.path, "type"] },
      vhdSeen
    );
  }
}
function vlanText(vlan, mode) {
  if (vlan === "other") return `in ${mode ?? "trunk"} mode`;
  if (vlan === null || vlan === void 0) return "untagged";
  return `on VLAN ${vlan}`;
}
function compareAdapter(name, adapter, actual, doc, path2, r) {
  const seen = { at: actual.at, message: "observed here" };
  const data = { name, adapter: adapter.name };
  const declaredSwitch = adapter.switch ?? null;
  if ((declaredSwitch ?? "").toLowerCase() !== (actual.switch ?? "").toLowerCase()) {
    const show = (s) => s ? `switch "${s}"` : "no switch";
    r.atManifest(
      "drift-vm-adapter-switch",
      "switch",
      { ...data, actual: show(actual.switch), declared: show(declaredSwitch) },
      { doc, path: [...path2, "switch"] },
      seen
    );
  }
  if (actual.vlan !== void 0) {
    const declaredVlan = adapter.vlan ?? null;
    if (actual.vlan !== declaredVlan) {
      r.atManifest(
        "drift-vm-adapter-vlan",
        "vlan",
        { ...data, actual: vlanText(actual.vlan, actual.vlanMode), declared: vlanText(declaredVlan) },
        { doc, path: [...path2, "vlan"] },
        seen
      );
    }
  }
  if (actual.spoofing !== void 0) {
    const declaredSpoofing = adapter.macAddressSpoofing ?? false;
    if (actual.spoofing !== declaredSpoofing) {
      r.atManifest(
        "drift-vm-mac-spoofing",
        "spoofing",
        {
          ...data,
          actual: actual.spoofing ? "on" : "off",
          declared: declaredSpoofing ? "on" : "off",
          fix: declaredSpoofing ? "On" : "Off"
        },
        { doc, path: [...path2, "macAddressSpoofing"] },
        seen
      );
    }
  }
  if (actual.dynamicMac !== void 0) {
    const declaredMac = adapter.macAddress ? normalizeMac(adapter.macAddress) : void 0;
    const actualStatic = actual.dynamicMac ? void 0 : actual.mac;
    if (declaredMac !== actualStatic && !(actual.dynamicMac === false && !actual.mac)) {
      const actualText = actual.mac ? `${actual.mac} (${actual.dynamicMac ? "dynamic" : "static"})` : "dynamic";
      r.atManifest(
        "drift-vm-adapter",
        "mac",
        { ...data, actual: actualText, declared: adapter.macAddress ?? "a dynamic one" },
        { doc, path: [...path2, "macAddress"] },
        seen
      );
    }
  }
}
function compareNlb(pair, asked, r) {
  const { declared, observed } = pair;
  if (declared && !observed) {
    r.atManifest(
      "drift-nlb-missing",
      "missing",
      { name: declared.name, vip: declared.spec.vip, where: `asked: ${shown(asked)}` },
      { doc: declared, path: ["metadata", "name"] }
    );
    return;
  }
  if (!observed) return;
  if (!declared) {
    r.atInventory(
      "drift-nlb-undeclared",
      "undeclared",
      { name: observed.name, vip: observed.vip ?? "unknown", host: shown(observed.reports.map((x) => x.host)) },
      observed.at,
      { kind: "NlbCluster", name: observed.name }
    );
    return;
  }
  const name = declared.name;
  const spec = declared.spec;
  const modes = [...new Set(observed.reports.map((x) => x.mode).filter((m) => m !== void 0))];
  if (modes.length === 1 && modes[0] !== spec.mode) {
    r.atManifest(
      "drift-nlb-mode",
      "cluster",
      { name, actual: modes[0], declared: spec.mode },
      { doc: declared, path: ["spec", "mode"] },
      { at: observed.reports[0].at, message: `${observed.reports[0].host} reports ${modes[0]} mode` }
    );
  } else if (modes.length > 1) {
    for (const report of observed.reports) {
      if (!report.mode || report.mode === spec.mode) continue;
      const i = spec.nodes.findIndex((n) => nameKey(n.vm) === nameKey(report.host));
      r.atManifest(
        "drift-nlb-mode",
        "node",
        { name, node: report.host, actual: report.mode, declared: spec.mode },
        { doc: declared, path: i >= 0 ? ["spec", "nodes", i] : ["spec", "mode"] },
        { at: report.at, message: `${report.host} reports ${report.mode} mode` }
      );
    }
  }
  const vips = [.../* @__PURE__ */ new Set([...observed.vip ? [observed.vip] : [], ...(observed.vips ?? []).map((v) => v.ip)])];
  if (vips.length > 0 && !vips.includes(spec.vip)) {
    const at = observed.vips?.[0]?.at ?? observed.at;
    r.atManifest(
      "drift-nlb-vip",
      "vip",
      { name, actual: vips.join(", "), declared: spec.vip },
      { doc: declared, path: ["spec", "vip"] },
      { at, message: "observed here" }
    );
  }
  if (observed.nodes) {
    const actual = new Map(observed.nodes.map((n) => [nameKey(n.name), n]));
    spec.nodes.forEach((node, i) => {
      if (!actual.has(nameKey(node.vm))) {
        r.atManifest(
          "drift-nlb-nodes",
          "missing",
          { name, node: node.vm },
          { doc: declared, path: ["spec", "nodes", i] },
          { at: observed.at, message: `the cluster's nodes: ${shown(observed.nodes.map((n) => n.name))}` }
        );
      }
    });
    for (const node of observed.nodes) {
      if (!spec.nodes.some((n) => nameKey(n.vm) === nameKey(node.name))) {
        r.atManifest(
          "drift-nlb-nodes",
          "undeclared",
          { name, node: node.name },
          { doc: declared, path: ["spec", "nodes"] },
          { at: node.at, message: "observed here" }
        );
      }
    }
  }
}
function compareSwitch(pair, r) {
  const { declared, observed, doc } = pair;
  if (!declared) {
    const source = observed.source;
    r.atInventory(
      "drift-switch-undeclared",
      "undeclared",
      { file: source.path, name: observed.name },
      { source, start: 0, end: source.lineText(1).length },
      { kind: "Switch", name: observed.name }
    );
    return;
  }
  const name = declared.name;
  const spec = declared.spec;
  const origin = (path2, message = "observed here") => ({
    at: doc.originOf(path2),
    message
  });
  const keyOf = (g) => `${g.vlan}:${bridgeGroupMac(g) ?? g.group ?? g.mac}`;
  const actualGroups = observed.spec.bridgeMulticastGroups ?? [];
  const actualByKey = new Map(actualGroups.map((g, i) => [keyOf(g), { group: g, index: i }]));
  const declaredGroups = spec.bridgeMulticastGroups ?? [];
  declaredGroups.forEach((group, i) => {
    const groupText = group.mac ? macForSwitch(group.mac, spec) : group.group ?? "";
    const actual = actualByKey.get(keyOf(group));
    const groupPath = ["spec", "bridgeMulticastGroups", i];
    if (!actual) {
      r.atManifest(
        "drift-bridge-group",
        "missing",
        { name, group: groupText, vlan: group.vlan },
        { doc: declared, path: groupPath }
      );
      return;
    }
    const actualPath = ["spec", "bridgeMulticastGroups", actual.index];
    const actualPorts = actual.group.ports ?? [];
    const actualLags = actual.group.lags ?? [];
    (group.lags ?? []).forEach((lag, j) => {
      if (!actualLags.includes(lag))
        r.atManifest(
          "drift-bridge-group",
          "memberMissing",
          { name, group: groupText, vlan: group.vlan, member: `LAG ${lag}`, command: `port-channel ${lag}` },
          { doc: declared, path: [...groupPath, "lags", j] },
          origin(actualPath, "the group on the switch")
        );
    });
    (group.ports ?? []).forEach((port, j) => {
      if (!actualPorts.some((p) => p.toLowerCase() === port.toLowerCase()))
        r.atManifest(
          "drift-bridge-group",
          "memberMissing",
          { name, group: groupText, vlan: group.vlan, member: `port ${port}`, command: `ethernet ${port}` },
          { doc: declared, path: [...groupPath, "ports", j] },
          origin(actualPath, "the group on the switch")
        );
    });
    actualLags.forEach((lag, j) => {
      if (!(group.lags ?? []).includes(lag))
        r.atManifest(
          "drift-bridge-group",
          "memberUndeclared",
          { name, group: groupText, vlan: group.vlan, member: `LAG ${lag}` },
          { doc: declared, path: groupPath },
          origin([...actualPath, "lags", j])
        );
    });
    actualPorts.forEach((port, j) => {
      if (!(group.ports ?? []).some((p) => p.toLowerCase() === port.toLowerCase()))
        r.atManifest(
          "drift-bridge-group",
          "memberUndeclared",
          { name, group: groupText, vlan: group.vlan, member: `port ${port}` },
          { doc: declared, path: groupPath },
          origin([...actualPath, "ports", j])
        );
    });
  });
  const declaredKeys = new Set(declaredGroups.map(keyOf));
  actualGroups.forEach((group, i) => {
    if (declaredKeys.has(keyOf(group))) return;
    r.atManifest(
      "drift-bridge-group",
      "undeclared",
      { name, group: group.mac ? macForSwitch(group.mac, spec) : group.group ?? "", vlan: group.vlan },
      { doc: declared, path: ["spec", "bridgeMulticastGroups"] },
      origin(["spec", "bridgeMulticastGroups", i])
    );
  });
  const onOff = (b) => b ? "on" : "off";
  if (spec.igmpSnooping !== void 0 && spec.igmpSnooping !== observed.spec.igmpSnooping) {
    r.atManifest(
      "drift-switch-igmp-snooping",
      "global",
      {
        name,
        actual: onOff(observed.spec.igmpSnooping ?? false),
        declared: onOff(spec.igmpSnooping),
        command: spec.igmpSnooping ? "ip igmp snooping" : "no ip igmp snooping"
      },
      { doc: declared, path: ["spec", "igmpSnooping"] },
      origin(["spec", "igmpSnooping"], "the running configuration")
    );
  }
  const actualVlans = observed.spec.vlans ?? [];
  (spec.vlans ?? []).forEach((vlan, i) => {
    if (vlan.igmpSnooping === void 0) return;
    const index = actualVlans.findIndex((v) => v.id === vlan.id);
    const actual = actualVlans[index];
    if (!actual || actual.igmpSnooping === vlan.igmpSnooping) return;
    r.atManifest(
      "drift-switch-igmp-snooping",
      "vlan",
      {
        name,
        vlan: vlan.id,
        actual: onOff(actual.igmpSnooping ?? false),
        declared: onOff(vlan.igmpSnooping),
        command: vlan.igmpSnooping ? "ip igmp snooping" : "no ip igmp snooping"
      },
      { doc: declared, path: ["spec", "vlans", i, "igmpSnooping"] },
      origin(["spec", "vlans", index, "igmpSnooping"], "the running configuration")
    );
  });
  const actualArp = observed.spec.staticArp ?? [];
  const declaredArp = spec.staticArp ?? [];
  const macOf = (e) => normalizeMac(e.mac) ?? e.mac;
  declaredArp.forEach((entry, i) => {
    const index = actualArp.findIndex((a) => a.ip === entry.ip);
    const actual = actualArp[index];
    if (!actual)
      r.atManifest(
        "drift-switch-static-arp",
        "missing",
        { name, ip: entry.ip, mac: entry.mac },
        { doc: declared, path: ["spec", "staticArp", i] }
      );
    else if (macOf(actual) !== macOf(entry))
      r.atManifest(
        "drift-switch-static-arp",
        "mac",
        { name, ip: entry.ip, actual: actual.mac, declared: entry.mac },
        { doc: declared, path: ["spec", "staticArp", i, "mac"] },
        origin(["spec", "staticArp", index])
      );
  });
  actualArp.forEach((entry, i) => {
    if (!declaredArp.some((d) => d.ip === entry.ip))
      r.atManifest(
        "drift-switch-static-arp",
        "undeclared",
        { name, ip: entry.ip, mac: entry.mac },
        { doc: declared, path: ["spec", "staticArp"] },
        origin(["spec", "staticArp", i])
      );
  });
}

// src/drift/audit.ts
var LIVE_PREFIX = "live estate: ";
function categoryOf(finding) {
  if (finding.ruleId.startsWith("drift-inventory")) return "inventory";
  if (DRIFT_RULE_IDS.has(finding.ruleId)) return "drift";
  if (finding.message.startsWith(LIVE_PREFIX)) return "live";
  return "manifests";
}
async function drift(options) {
  const config = options.config ?? {};
  const paths = options.paths && options.paths.length > 0 ? options.paths : ["."];
  const { files, missing } = discover({
    cwd: options.cwd,
    paths,
    include: config.include,
    exclude: config.exclude,
    base: config.root ?? options.cwd
  });
  const loaded = loadAndValidate(files, resolveLimits(config), options.reader);
  const findings = [
    ...missing.map((p) => fileFinding(p, "file-unreadable", `"${p}" does not exist: check the path`)),
    ...loaded.findings
  ];
  const inventory = parseInventory(readInventoryFiles(options.cwd, options.inventory));
  const result = audit(
    { documents: loaded.documents, findings, sources: loaded.sources, files: files.length },
    inventory,
    config,
    options.now ?? /* @__PURE__ */ new Date(),
    options.rules ?? MODEL_RULES
  );
  return { ...result, missing, empty: emptyPaths(paths, missing, files, loaded.documents) };
}
function audit(loaded, inventory, config, now, rules) {
  const manifests = loaded.documents.filter((doc) => doc.kind !== "Policy");
  const declared = new Estate(manifests);
  const built = buildObservedEstate(declared, inventory);
  const observed = new Estate(built.documents);
  const enabled = (ruleId) => {
    const entry = config.rules?.[ruleId];
    const overridden = (config.overrides ?? []).some(
      (o) => o.rules[ruleId] !== void 0 && entrySeverity(o.rules[ruleId]) !== "off"
    );
    return !(entry !== void 0 && entrySeverity(entry) === "off" && !overridden);
  };
  const findings = [...loaded.findings];
  for (const problem of [...inventory.problems, ...built.problems])
    if (enabled(problem.ruleId)) findings.push(problemFinding(problem));
  findings.push(...compareEstates(built, inventory, new DriftReporter(enabled)));
  const collectedAt = inventory.hosts.map((h) => h.collectedAt).filter((t) => t !== void 0).sort().pop();
  findings.push(...livePolicyFindings(declared, observed, rules, config, collectedAt ? new Date(collectedAt) : now));
  const filtered = assignSeverities(findings, CATALOGUE, config).sort(compareFindings);
  const sources = new Map(loaded.sources);
  for (const [file, source] of inventory.sources) sources.set(file, source);
  const counts = { drift: 0, live: 0, inventory: 0, manifests: 0 };
  for (const finding of filtered) if (!finding.suppressed) counts[categoryOf(finding)]++;
  const summary = {
    inventory: inventory.root,
    ...collectedAt ? { collectedAt } : {},
    hosts: inventory.hosts.map(
      (h) => h.collectedAt ? { name: h.name, collectedAt: h.collectedAt } : { name: h.name }
    ),
    switches: inventory.switches.map((s) => s.name),
    compared: {
      vms: built.vms.filter((p) => p.declared && p.observed).length,
      nlbClusters: built.nlbClusters.filter((p) => p.declared && p.observed).length,
      switches: built.switches.filter((p) => p.declared).length
    },
    counts
  };
  return {
    findings: filtered,
    files: loaded.files + inventory.files,
    documents: manifests.length,
    sources,
    declared,
    observed,
    inventory,
    summary
  };
}
function problemFinding(problem) {
  const meta = driftRule(problem.ruleId);
  const { source, start, end } = problem.at;
  return {
    ruleId: problem.ruleId,
    messageId: problem.messageId,
    message: fillMessage(meta.messages[problem.messageId] ?? problem.messageId, problem.data),
    file: source.path,
    ...source.range(start, end),
    related: []
  };
}
function livePolicyFindings(declared, observed, rules, config, now) {
  const settingFor = (rule) => ruleSetting(rule, config);
  const identity = (f) => `${f.ruleId}\0${f.document?.kind ?? ""}\0${(f.document?.name ?? "").toLowerCase()}\0${f.message}`;
  const known = new Set(runRules(declared, rules, settingFor, now).map(identity));
  const observedDocs = /* @__PURE__ */ new Map();
  for (const doc of observed.documents)
    if (doc instanceof ObservedDocument) observedDocs.set(`${doc.kind}\0${doc.name.toLowerCase()}`, doc);
  const out = [];
  for (const finding of runRules(observed, rules, settingFor, now)) {
    if (known.has(identity(finding))) continue;
    const doc = finding.document ? observedDocs.get(`${finding.document.kind}\0${finding.document.name.toLowerCase()}`) : void 0;
    const moved = { ...finding, message: `${LIVE_PREFIX}${finding.message}` };
    if (doc && finding.file === doc.file) {
      const at = doc.originOf(finding.path ?? []);
      Object.assign(moved, { file: at.source.path, ...at.source.range(at.start, at.end) });
      delete moved.fix;
    }
    out.push(moved);
  }
  return out;
}

// src/drift/markdown.ts
var ISSUE_BODY_MAX_BYTES = 6e4;
var SECTIONS = [
  {
    category: "drift",
    title: "Drift",
    intro: "Reality differs from the manifests. Each finding points at the manifest; the inventory record is linked after it."
  },
  {
    category: "live",
    title: "Live estate breaks policies",
    intro: "Policies the manifests keep but the live estate breaks."
  },
  {
    category: "inventory",
    title: "Inventory problems",
    intro: "Parts of the inventory that could not be read: what depends on them was not audited."
  },
  {
    category: "manifests",
    title: "Manifest problems",
    intro: "Manifests that could not be loaded or do not fit their schema: the audit of them is incomplete."
  }
];
var ICON = { error: "\u{1F534} error", warning: "\u{1F7E1} warning", notice: "\u{1F535} notice" };
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
function formatDriftMarkdown(result, options = {}) {
  const level = options.level ?? 2;
  const h = (n) => "#".repeat(level + n);
  const max = options.maxBytes ?? ISSUE_BODY_MAX_BYTES;
  const visible = result.findings.filter((f) => !f.suppressed);
  const { summary } = result;
  const head = [`${h(0)} hvlint drift report

`];
  const drifted = summary.counts.drift + summary.counts.live;
  head.push(
    drifted === 0 ? "\u2705 **No drift**: the live estate matches the manifests.\n\n" : `\u274C **${plural(summary.counts.drift, "drift finding")}** and **${plural(summary.counts.live, "policy finding")}** on the live estate.

`
  );
  const hosts = summary.hosts.map(
    (host) => `${escapeMarkdown(host.name)}${host.collectedAt ? ` (collected ${host.collectedAt})` : ""}`
  );
  head.push(
    `- Inventory \`${summary.inventory.replace(/`/g, "'")}\`: ${hosts.length > 0 ? `${hosts.length} host ${hosts.length === 1 ? "directory" : "directories"} (${hosts.join(", ")})` : "no host directories"}, ${summary.switches.length > 0 ? `${plural(summary.switches.length, "switch configuration")} (${summary.switches.map(escapeMarkdown).join(", ")})` : "no switch configurations"}.
`
  );
  head.push(
    `- Compared ${plural(summary.compared.vms, "VM")}, ${plural(summary.compared.nlbClusters, "NLB cluster")}, ${plural(summary.compared.switches, "switch")} (${plural(result.documents, "manifest")} declared).
`
  );
  for (const note of options.notes ?? []) head.push(`- ${note}
`);
  head.push("\n| Category | Findings |\n| --- | ---: |\n");
  for (const section of SECTIONS) head.push(`| ${section.title} | ${summary.counts[section.category]} |
`);
  head.push("\n");
  const footer = `<sub>hvlint${options.version ? ` ${escapeMarkdown(options.version)}` : ""} \xB7 [rules](${markdownUrl(ruleDocUrl("README"))})</sub>
`;
  const cutNote = "\n> [!NOTE]\n> This report was cut to fit. Every finding is in the JSON, SARIF and stylish reports (`hvlint drift --format json`).\n\n";
  const parts = [...head];
  let used = Buffer.byteLength(parts.join(""), "utf8");
  const reserve = Buffer.byteLength(footer + cutNote, "utf8") + 200;
  let truncated = false;
  const add = (text) => {
    const size = Buffer.byteLength(text, "utf8");
    if (used + size + reserve > max) {
      truncated = true;
      return false;
    }
    parts.push(text);
    used += size;
    return true;
  };
  for (const section of SECTIONS) {
    if (truncated) break;
    const findings = visible.filter((f) => categoryOf(f) === section.category).sort(bySeverity);
    if (findings.length === 0) continue;
    if (!add(
      `${h(1)} ${section.title}

${section.intro}

| Severity | Where | Finding | Rule |
| --- | --- | --- | --- |
`
    ))
      break;
    let shown2 = 0;
    for (const finding of findings) {
      if (!add(row(finding, options))) break;
      shown2++;
    }
    const rest = findings.length - shown2;
    parts.push(rest > 0 ? `
\u2026and ${plural(rest, "more finding")} in this section.

` : "\n");
  }
  if (truncated) parts.push(cutNote);
  parts.push(footer);
  return parts.join("");
}
function bySeverity(a, b) {
  return SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line);
}
var MAX_MESSAGE = 400;
function row(finding, options) {
  const location = (file, line, endLine) => {
    const text = escapeMarkdown(`${file}:${line}`);
    const url = options.fileUrl?.(file, line, endLine);
    return url ? `[${text}](${markdownUrl(url)})` : text;
  };
  let message = finding.message.startsWith(LIVE_PREFIX) ? finding.message.slice(LIVE_PREFIX.length) : finding.message;
  if (message.length > MAX_MESSAGE) message = `${message.slice(0, MAX_MESSAGE - 1)}\u2026`;
  const seen = finding.related.slice(0, 2).map((r) => `${location(r.file, r.line, r.endLine)}`);
  const where = location(finding.file, finding.line, finding.endLine) + (seen.length > 0 ? `<br>${categoryOf(finding) === "drift" ? "observed" : "see"}: ${seen.join(", ")}` : "");
  return `| ${ICON[finding.severity]} | ${where} | ${escapeMarkdown(message)} | [${escapeMarkdown(finding.ruleId)}](${markdownUrl(ruleDocUrl(finding.ruleId))}) |
`;
}

// src/cli/commands/drift.ts
var DRIFT_HELP = `Usage: hvlint drift --inventory <dir> [options] [paths...]

Audit the manifests (paths: files or directories, default: the current directory) against
an inventory of the live estate: PowerShell exports written by scripts/Export-HvInventory.ps1
(<dir>/<host>/*.json) and switch running configurations (<dir>/switches/<name>.txt).
Reports drift at the manifests, policy findings the live estate has and the manifests do not,
and inventory files that could not be read. See ${docUrl("drift.md")}.

Options:
  -i, --inventory <dir>   the inventory directory (required)
  -f, --format <name>     stylish (default), json, sarif, github, markdown (the drift report), azure,
                          gitlab, junit, checkstyle
  -c, --config <file>     config file (default: the nearest .hvlint.yml upwards from the paths)
      --fail-on <level>   exit 1 when a finding is at least: error (default), warning, notice
  -q, --quiet             report errors only
  -o, --output <file>     write the report to a file instead of stdout (missing folders are created)
      --sarif-root <dir>  SARIF file paths are relative to this folder (default: the repository root,
                          the nearest folder upwards holding .git, else the current directory)
      --allow-empty       exit 0 when the manifests or the inventory hold nothing to compare
      --color / --no-color  force colour on or off (default: on for a terminal)
  -h, --help              print this help

Exit status: 0 nothing at or above --fail-on, 1 something is, 2 usage or internal error,
a path that does not exist, or no manifests or no inventory to compare (nothing was checked).
`;
async function driftCommand(argv, io) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        inventory: { type: "string", short: "i" },
        format: { type: "string", short: "f", default: "stylish" },
        config: { type: "string", short: "c" },
        "fail-on": { type: "string", default: "error" },
        quiet: { type: "boolean", short: "q", default: false },
        output: { type: "string", short: "o" },
        "sarif-root": { type: "string" },
        "allow-empty": { type: "boolean", default: false },
        color: { type: "boolean" },
        "no-color": { type: "boolean" },
        help: { type: "boolean", short: "h", default: false }
      }
    });
  } catch (error) {
    io.stderr(`hvlint drift: ${usageMessage(error)}

${DRIFT_HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(DRIFT_HELP);
    return 0;
  }
  if (!values.inventory) {
    io.stderr(`hvlint drift: --inventory <dir> is required

${DRIFT_HELP}`);
    return 2;
  }
  const inventoryDir = path.resolve(io.cwd, values.inventory);
  if (!fs.existsSync(inventoryDir) || !fs.statSync(inventoryDir).isDirectory()) {
    io.stderr(
      `hvlint drift: inventory "${values.inventory}" is not a directory: give the directory Export-HvInventory.ps1 wrote
`
    );
    return 2;
  }
  const format = values.format;
  if (!FORMATS.includes(format)) {
    io.stderr(`hvlint drift: --format must be one of ${FORMATS.join(", ")}; got "${values.format}"
`);
    return 2;
  }
  const failOn = values["fail-on"];
  if (!(failOn in SEVERITY_RANK)) {
    io.stderr(`hvlint drift: --fail-on must be one of error, warning, notice; got "${values["fail-on"]}"
`);
    return 2;
  }
  try {
    const loadedConfig = loadConfig(io.cwd, values.config ?? findConfigFor(io.cwd, positionals));
    if (values.config && !loadedConfig.file) {
      io.stderr(`hvlint drift: config file "${values.config}" not found
`);
      return 2;
    }
    const result = await drift({
      cwd: io.cwd,
      inventory: values.inventory,
      paths: positionals,
      config: loadedConfig.config,
      now: io.now
    });
    const all = [...loadedConfig.findings, ...result.findings];
    const { shown: findings, hidden } = quietFilter(all, values.quiet);
    const sources = new Map(result.sources);
    if (loadedConfig.source && loadedConfig.file) sources.set(loadedConfig.file, loadedConfig.source);
    const color = values["no-color"] ? false : values.color ? true : io.isTTY && !io.env["NO_COLOR"];
    const text = format === "markdown" ? formatDriftMarkdown({ ...result, findings }, { version: VERSION, maxBytes: Number.MAX_SAFE_INTEGER }) : formatReport(
      format,
      {
        findings,
        files: result.files,
        documents: result.documents,
        sources,
        version: VERSION,
        hidden,
        cwd: io.cwd,
        sarifRoot: values["sarif-root"] ? path.resolve(io.cwd, values["sarif-root"]) : repositoryRoot(io.cwd) ?? io.cwd
      },
      { color, githubActions: io.env["GITHUB_ACTIONS"] === "true" && !values.output }
    );
    if (values.output) {
      const failed = writeOutputFile(io.cwd, values.output, text);
      if (failed) {
        io.stderr(`hvlint drift: ${failed}
`);
        return 2;
      }
    } else io.stdout(text);
    let unchecked = reportUnchecked(io, "hvlint drift", result, values["allow-empty"]);
    if (result.inventory.hosts.length === 0 && result.inventory.switches.length === 0 && !values["allow-empty"]) {
      io.stderr(
        `hvlint drift: the inventory "${values.inventory}" holds no host directories and no switch configurations: nothing was compared; pass --allow-empty to accept an empty run
`
      );
      unchecked = true;
    }
    if (unchecked) return 2;
    return exitStatus(all, failOn);
  } catch (error) {
    io.stderr(`hvlint drift: internal error: ${error.stack ?? String(error)}
`);
    return 2;
  }
}
export {
  DRIFT_HELP,
  driftCommand
};
