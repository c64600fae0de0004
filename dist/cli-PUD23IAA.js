import { createRequire as __hvlintCreateRequire } from 'node:module';
const require = __hvlintCreateRequire(import.meta.url);
import {
  Minimatch,
  SuggestionIndex,
  closest,
  minimatch
} from "./cli-UCKEVVTC.js";

// src/rules/core.ts
var core = (id, description, sources, severity = "error") => ({
  id,
  severity,
  area: "core",
  description,
  fixable: false,
  messages: {},
  sources
});
var CORE_RULES = [
  core("yaml-syntax", "Report YAML that cannot be parsed, with the position of the first error in each document.", [
    "YAML 1.2.2 specification"
  ]),
  core("yaml-duplicate-key", "Report a key that appears twice in one mapping.", [
    "YAML 1.2.2 specification \xA73.2.1.1 (keys are unique)"
  ]),
  core("yaml-unsupported-tag", "Report YAML tags (such as !!binary or custom tags) that manifests do not use.", [
    "YAML 1.2.2 core schema"
  ]),
  core("yaml-limits", "Report files and documents over the size, nesting depth or alias limits.", [
    "js-yaml safety notes",
    "billion laughs attack"
  ]),
  core(
    "file-unreadable",
    "Report files that cannot be read, including symbolic links that lead out of the workspace.",
    ["hvlint design"]
  ),
  core("file-encoding", "Report files that are binary or not valid UTF-8 / UTF-16 text.", ["hvlint design"]),
  core("config", "Report problems in the .hvlint.yml configuration file.", ["docs/configuration.md"]),
  core(
    "policy",
    "Report mistakes in custom policies: CEL syntax and type errors, fields no schema has, errors at run time and policies over the cost limit.",
    ["docs/policies.md"]
  ),
  core("internal-error", "Report a rule that failed while checking the estate (a bug in hvlint).", ["hvlint design"]),
  core(
    "manifest-api-version",
    "Report a YAML document that looks like a manifest but is skipped: a misspelt apiVersion, or a known kind under another apiVersion.",
    ["docs/manifests.md"]
  ),
  core("schema", "Validate every manifest against the JSON Schema of its kind.", ["schemas/ in this repository"]),
  core(
    "suppression-reason",
    "Report a suppression comment that gives no reason; it does not suppress anything until it has one.",
    ["docs/configuration.md#suppressions"]
  ),
  core(
    "invalid-suppression",
    "Report a malformed suppression comment: an unknown rule id, a bad until= date, or hvlint-disable below the top of a document.",
    ["docs/configuration.md#suppressions"]
  ),
  core(
    "unused-suppression",
    "Report a suppression comment that suppresses no finding.",
    ["docs/configuration.md#suppressions"],
    "warning"
  )
];

// src/rules/drift.ts
var drift = (id, severity, description, messages2, sources) => ({
  id,
  severity,
  area: "drift",
  description,
  fixable: false,
  messages: messages2,
  sources
});
var EXPORT = "docs/domain.md \xA76 (what PowerShell exports look like)";
var DRIFT_RULES = [
  drift(
    "drift-inventory",
    "error",
    "Report inventory files that cannot be read or understood, so the part of the audit that depends on them is known to be missing.",
    {
      unreadable: "cannot read {{file}}: {{reason}}; the audit skips {{what}}",
      encoding: "{{file}} is not text hvlint can decode ({{reason}}); save it as UTF-8 or UTF-16 with a BOM; the audit skips {{what}}",
      json: "{{file}} is not valid JSON: {{reason}}; export it again (a cut-off file usually means the export was interrupted); the audit skips {{what}}",
      notRecords: "{{file}} must hold an object or a list of objects; got {{got}}; the audit skips {{what}}",
      depth: `{{property}} in {{file}} is only the type name "{{typeName}}" ({{count}}): ConvertTo-Json cut the object off at its -Depth; export again with -Depth 6 (the collector's default); the audit skips {{what}}`,
      enum: "unknown {{property}} value {{value}} in {{file}}: expected {{expected}}; the audit skips {{what}}",
      nlbModeNumber: 'OperationMode {{value}} in {{file}} is a number, and the NLB module does not document its numbers: export it as a name (the collector writes "$($_.OperationMode)", or use PowerShell 7 -EnumsAsStrings); the audit skips {{what}}',
      missing: "{{file}}: a record has no usable {{property}} ({{got}}); the audit skips {{what}}",
      badValue: "{{property}} {{value}} in {{file}} is not {{expected}}; the audit skips {{what}}",
      header: '{{file}}: {{reason}}; using the directory name "{{host}}" as the host name',
      model: "the observed {{ref}} does not fit the manifest format ({{reason}}); policy rules skip it in the live estate"
    },
    [EXPORT, "docs/drift.md"]
  ),
  drift(
    "drift-inventory-ignored",
    "notice",
    "Report switch configuration lines that the audit did not understand and ignored.",
    {
      ignored: '{{count}} line{{plural}} of {{file}} not understood and ignored (first: line {{line}} "{{text}}"); check that the file is a PowerConnect-style running configuration'
    },
    ["docs/domain.md \xA72.1 (PowerConnect configuration)", "docs/drift.md"]
  ),
  drift(
    "drift-vm-missing",
    "error",
    "Report a declared virtual machine that no audited host runs.",
    {
      missing: 'VirtualMachine "{{name}}" is declared but no audited host has it ({{where}}); create it, or remove the manifest'
    },
    [EXPORT]
  ),
  drift(
    "drift-vm-resources",
    "warning",
    "Report a virtual machine whose memory or virtual processor count differs from its manifest.",
    {
      memory: 'VM "{{name}}" has {{what}} memory {{actual}} MiB, not {{declared}} MiB; run Set-VMMemory -{{parameter}} {{declared}}MB (the VM may have to be off), or fix the manifest',
      dynamic: 'VM "{{name}}" has dynamic memory {{actual}}, not {{declared}}; run Set-VMMemory -DynamicMemoryEnabled {{value}} while the VM is off, or fix the manifest',
      processors: 'VM "{{name}}" has {{actual}} virtual processors, not {{declared}}; run Set-VMProcessor -Count {{declared}} while the VM is off, or fix the manifest'
    },
    [EXPORT]
  ),
  drift(
    "drift-host-resources",
    "warning",
    "Report a Hyper-V host whose physical memory or logical processor count differs from its manifest.",
    {
      memory: 'host "{{name}}" has {{actual}} MiB of memory, not {{declared}} MiB; capacity checks use the manifest, so fix it (or the host, if memory is missing or failed)',
      processors: 'host "{{name}}" has {{actual}} logical processors, not {{declared}}; fix the manifest (or check the BIOS: hyper-threading or cores disabled)'
    },
    [EXPORT]
  ),
  drift(
    "drift-vm-undeclared",
    "warning",
    "Report a virtual machine found on a host that no manifest declares.",
    {
      undeclared: 'VM "{{name}}" runs on {{host}} but no VirtualMachine manifest declares it; add a manifest, or remove the VM'
    },
    [EXPORT]
  ),
  drift(
    "drift-vm-generation",
    "error",
    "Report a virtual machine whose generation differs from its manifest.",
    {
      generation: 'VM "{{name}}" is generation {{actual}}, not {{declared}}; the generation cannot change after creation, so fix the manifest or rebuild the VM'
    },
    ["docs/domain.md \xA73.1 (generation fixed at creation)", EXPORT]
  ),
  drift(
    "drift-vm-controller",
    "error",
    "Report SCSI controllers that exist on a virtual machine but not in its manifest, or the other way round.",
    {
      missing: 'VM "{{name}}" has no SCSI controller {{number}}; add it (Add-VMScsiController), or remove it from the manifest',
      undeclared: 'VM "{{name}}" has SCSI controller {{number}}, which the manifest does not declare; add it to the manifest'
    },
    ["docs/domain.md \xA73.2, \xA73.5 (SCSI controllers)", EXPORT]
  ),
  drift(
    "drift-vm-drive",
    "error",
    "Report drives that are missing, added, moved or of another kind than the manifest declares.",
    {
      missing: 'VM "{{name}}" has no drive at {{slot}}; attach {{what}}, or remove it from the manifest',
      undeclared: 'VM "{{name}}" has a {{kind}} at {{slot}} ({{path}}) that the manifest does not declare; add it to the manifest, or detach it',
      path: 'the drive of VM "{{name}}" at {{slot}} is "{{actual}}", not "{{declared}}"; attach the declared file, or fix the manifest',
      kind: 'VM "{{name}}" has a {{actual}} at {{slot}}, not a {{declared}}; fix the VM or the manifest'
    },
    [EXPORT]
  ),
  drift(
    "drift-vm-disk",
    "error",
    "Report virtual disks whose format (VHD, VHDX) or type (fixed, dynamic, differencing) differs from the manifest.",
    {
      format: 'disk "{{path}}" of VM "{{name}}" is {{actual}}, not {{declared}}; convert it (Convert-VHD), or fix the manifest',
      type: 'disk "{{path}}" of VM "{{name}}" is {{actual}}, not {{declared}}; convert it (Convert-VHD -VHDType), or fix the manifest'
    },
    ["docs/domain.md \xA73.3, \xA73.4 (disk formats and types)", EXPORT]
  ),
  drift(
    "drift-vm-adapter",
    "error",
    "Report network adapters that are missing or undeclared, and static MAC addresses that differ from the manifest.",
    {
      missing: 'VM "{{name}}" has no network adapter "{{adapter}}"; add it (Add-VMNetworkAdapter -Name), or remove it from the manifest',
      undeclared: 'VM "{{name}}" has a network adapter "{{adapter}}" that the manifest does not declare; add it to the manifest, or remove it',
      mac: 'adapter "{{adapter}}" of VM "{{name}}" has MAC address {{actual}}, not {{declared}}; fix the adapter or the manifest'
    },
    [EXPORT]
  ),
  drift(
    "drift-vm-adapter-switch",
    "error",
    "Report a network adapter connected to another virtual switch than its manifest says.",
    {
      switch: 'adapter "{{adapter}}" of VM "{{name}}" is connected to {{actual}}, not {{declared}}; run Connect-VMNetworkAdapter, or fix the manifest'
    },
    [EXPORT]
  ),
  drift(
    "drift-vm-adapter-vlan",
    "error",
    "Report a network adapter on another VLAN than its manifest says.",
    {
      vlan: 'adapter "{{adapter}}" of VM "{{name}}" is {{actual}}, not {{declared}}; run Set-VMNetworkAdapterVlan, or fix the manifest'
    },
    [EXPORT]
  ),
  drift(
    "drift-vm-mac-spoofing",
    "error",
    "Report a network adapter whose MAC address spoofing setting differs from its manifest.",
    {
      spoofing: 'adapter "{{adapter}}" of VM "{{name}}" has MAC address spoofing {{actual}}, not {{declared}}; run Set-VMNetworkAdapter -MacAddressSpoofing {{fix}}, or fix the manifest'
    },
    ["docs/domain.md \xA71.6 (NLB needs MAC address spoofing)", EXPORT]
  ),
  drift(
    "drift-vm-checkpoint",
    "warning",
    "Report checkpoints that exist but are not declared, and declared checkpoints that no longer exist.",
    {
      present: 'VM "{{name}}" has a {{type}} checkpoint "{{checkpoint}}"{{created}} that the manifest does not list; remove it (Remove-VMSnapshot) or declare it',
      gone: 'checkpoint "{{checkpoint}}" of VM "{{name}}" no longer exists; remove it from the manifest'
    },
    ["docs/domain.md \xA73.4, \xA74.3, \xA75.3 (checkpoints)", EXPORT]
  ),
  drift(
    "drift-nlb-missing",
    "error",
    "Report a declared NLB cluster that none of its audited nodes reports.",
    {
      missing: 'NlbCluster "{{name}}" (VIP {{vip}}) is declared but no audited node reports it ({{where}}); create it, or remove the manifest'
    },
    ["docs/domain.md \xA71", EXPORT]
  ),
  drift(
    "drift-nlb-undeclared",
    "warning",
    "Report an NLB cluster found on a node that no manifest declares.",
    {
      undeclared: 'NLB cluster "{{name}}" (VIP {{vip}}) runs on {{host}} but no NlbCluster manifest declares it; add a manifest'
    },
    ["docs/domain.md \xA71", EXPORT]
  ),
  drift(
    "drift-nlb-mode",
    "error",
    "Report an NLB cluster, or one of its nodes, in another operation mode than its manifest says.",
    {
      cluster: 'NLB cluster "{{name}}" runs in {{actual}} mode, not {{declared}}; changing the mode changes the cluster MAC: follow KB 264645 (remove the VIP, set every node, add it back, clear switch ARP tables)',
      node: 'node "{{node}}" of NLB cluster "{{name}}" reports {{actual}} mode, not {{declared}}; all nodes must use one mode: set it on that node'
    },
    ["docs/domain.md \xA71.1, \xA71.2, \xA71.8", EXPORT]
  ),
  drift(
    "drift-nlb-vip",
    "error",
    "Report an NLB cluster whose virtual IP addresses do not include the declared VIP.",
    {
      vip: 'NLB cluster "{{name}}" has VIP {{actual}}, not {{declared}}; add the declared VIP (Add-NlbClusterVip), or fix the manifest'
    },
    ["docs/domain.md \xA71.1 (the VIP decides the cluster MAC)", EXPORT]
  ),
  drift(
    "drift-nlb-nodes",
    "error",
    "Report declared NLB nodes that are not in the cluster, and cluster nodes that are not declared.",
    {
      missing: 'VM "{{node}}" is a declared node of NLB cluster "{{name}}" but the cluster does not have it; add it (Add-NlbClusterNode), or remove it from the manifest',
      undeclared: 'NLB cluster "{{name}}" has node "{{node}}" that the manifest does not declare; add it to spec.nodes, or remove it from the cluster'
    },
    ["docs/domain.md \xA71", EXPORT]
  ),
  drift(
    "drift-switch-undeclared",
    "warning",
    "Report a switch configuration in the inventory that no Switch manifest declares.",
    {
      undeclared: 'switch configuration {{file}} has no Switch manifest named "{{name}}"; add one, or name the file after the declared switch'
    },
    ["docs/drift.md (inventory layout)"]
  ),
  drift(
    "drift-bridge-group",
    "error",
    "Report bridge multicast groups and member ports or LAGs that differ between a switch and its manifest.",
    {
      missing: 'switch "{{name}}" has no bridge multicast group {{group}} on VLAN {{vlan}}; add it (bridge multicast address), or remove it from the manifest',
      undeclared: 'switch "{{name}}" has bridge multicast group {{group}} on VLAN {{vlan}}, which the manifest does not declare; add it to the manifest, or remove it',
      memberMissing: 'bridge multicast group {{group}} on VLAN {{vlan}} of switch "{{name}}" lacks member {{member}}; add it (bridge multicast address {{group}} add {{command}} under interface vlan {{vlan}}), or remove it from the manifest',
      memberUndeclared: 'bridge multicast group {{group}} on VLAN {{vlan}} of switch "{{name}}" has member {{member}}, which the manifest does not list; add it to the manifest, or remove it from the group'
    },
    ["docs/domain.md \xA71.2, \xA71.3, \xA72.1, \xA72.2", EXPORT]
  ),
  drift(
    "drift-switch-igmp-snooping",
    "error",
    "Report IGMP snooping switched on or off, globally or on a VLAN, against the switch manifest.",
    {
      global: 'switch "{{name}}" has IGMP snooping {{actual}} globally, not {{declared}}; set "{{command}}", or fix the manifest',
      vlan: 'switch "{{name}}" has IGMP snooping {{actual}} on VLAN {{vlan}}, not {{declared}}; set "{{command}}" under interface vlan {{vlan}}, or fix the manifest'
    },
    ["docs/domain.md \xA71.2, \xA72.1 (IGMP mode needs snooping)"]
  ),
  drift(
    "drift-switch-static-arp",
    "error",
    "Report static ARP entries on a switch that are missing, undeclared or map to another MAC address than the manifest says.",
    {
      missing: 'switch "{{name}}" has no static ARP entry for {{ip}}; add it (arp {{ip}} {{mac}} ...), or remove it from the manifest',
      undeclared: 'switch "{{name}}" has a static ARP entry {{ip}} \u2192 {{mac}} that the manifest does not declare; a stale entry causes duplicate-IP warnings: remove it, or declare it',
      mac: 'the static ARP entry for {{ip}} on switch "{{name}}" maps to {{actual}}, not {{declared}}; fix the entry, then clear the ARP table'
    },
    ["docs/domain.md \xA71.5, \xA71.9 (static ARP entries)"]
  )
];
var DRIFT_RULE_IDS = new Set(DRIFT_RULES.map((meta) => meta.id));
function driftRule(id) {
  const meta = DRIFT_RULES.find((m) => m.id === id);
  if (!meta) throw new Error(`unknown drift rule ${id}`);
  return meta;
}

// src/rules/catalogue.ts
var BUILT_IN_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
var NAMESPACED_ID = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\/[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
var Catalogue = class _Catalogue {
  entries = /* @__PURE__ */ new Map();
  sorted;
  constructor(entries) {
    for (const entry of entries) this.add(entry);
  }
  add(entry) {
    const { id } = entry.meta;
    const pattern = entry.kind === "policy" ? NAMESPACED_ID : BUILT_IN_ID;
    if (!pattern.test(id))
      throw new Error(
        `catalogue: ${entry.kind} id "${id}" must be ${entry.kind === "policy" ? "<namespace>/<kebab-case-id>" : "kebab-case"}`
      );
    if (this.entries.has(id)) throw new Error(`catalogue: two entries with the id "${id}"`);
    this.entries.set(id, entry);
  }
  /**
   * A new catalogue with these run-time entries added; ids must be new. Without a kind, a
   * namespaced id (`acme/pci-backup`) is a user policy and a plain one a rule.
   */
  with(metas, kind) {
    const added = metas.map((meta) => ({ kind: kind ?? (meta.id.includes("/") ? "policy" : "rule"), meta }));
    return new _Catalogue([...this.entries.values(), ...added]);
  }
  has(id) {
    return this.entries.has(id);
  }
  get(id) {
    return this.entries.get(id);
  }
  /** The default severity of an entry; an unknown id (a bug) counts as an error, never as silence. */
  severity(id) {
    return this.entries.get(id)?.meta.severity ?? "error";
  }
  /** Every entry's metadata, sorted by id. */
  metas() {
    this.sorted ??= [...this.entries.values()].map((e) => e.meta).sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    return this.sorted;
  }
  ids() {
    return new Set(this.entries.keys());
  }
};

// src/rules/types.ts
function defineRule(rule) {
  return rule;
}
function fillMessage(template, data) {
  if (!data) return template;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key) => key in data ? String(data[key]) : whole);
}

// src/rules/core/duplicate-name.ts
var duplicateName = defineRule({
  meta: {
    id: "duplicate-name",
    severity: "error",
    area: "core",
    description: "Report two manifests of one kind with the same name.",
    fixable: false,
    messages: { duplicate: '{{kind}} "{{name}}" is declared twice: rename one or remove the copy' },
    sources: ["hvlint design: names identify documents across files"]
  },
  check({ estate, report }) {
    const kinds = new Set(estate.documents.map((d) => d.kind));
    for (const kind of [...kinds].sort()) {
      if (!kind) continue;
      for (const docs of estate.namesOf(kind).values()) {
        if (docs.length < 2 || !docs[0].name) continue;
        const first = docs[0];
        for (const doc of docs.slice(1)) {
          report({
            doc,
            path: ["metadata", "name"],
            messageId: "duplicate",
            data: { kind, name: doc.name },
            related: [
              { doc: first, path: ["metadata", "name"], message: `${kind} "${first.name}" first declared here` }
            ]
          });
        }
      }
    }
  }
});

// src/model/generated/kinds.ts
var KINDS = [
  "HyperVHost",
  "HyperVCluster",
  "VirtualMachine",
  "NlbCluster",
  "Switch",
  "DomainController",
  "BackupJob"
];
var MANIFEST_KINDS = [
  "HyperVHost",
  "HyperVCluster",
  "VirtualMachine",
  "NlbCluster",
  "Switch",
  "DomainController",
  "BackupJob",
  "Policy"
];

// src/model/kinds.ts
function teamUplinks(team, teamIndex) {
  if (team.uplinks)
    return team.uplinks.map((uplink, i) => ({ uplink, path: ["spec", "nicTeams", teamIndex, "uplinks", i] }));
  return team.uplink ? [{ uplink: team.uplink, path: ["spec", "nicTeams", teamIndex, "uplink"] }] : [];
}

// src/load/yaml/locate.ts
function findNode(root, path) {
  let node = root;
  for (const segment of path) {
    let next;
    if (node.map) next = node.map.get(String(segment));
    else if (node.seq && typeof segment === "number") next = node.seq[segment];
    else if (node.seq && /^\d+$/.test(String(segment))) next = node.seq[Number(segment)];
    if (!next) return { node, exact: false };
    node = next;
  }
  return { node, exact: true };
}
function spanOf(node, target, text) {
  if (target === "key" && node.keyStart >= 0) return [node.keyStart, node.keyEnd];
  if (!node.map && !node.seq) {
    if (node.end > node.start) return [node.start, node.end];
    if (node.keyStart >= 0) return [node.keyStart, node.keyEnd];
    return [node.start, node.end];
  }
  if (node.keyStart >= 0) return [node.keyStart, node.keyEnd];
  let lineEnd = text.indexOf("\n", node.start);
  if (lineEnd === -1 || lineEnd > node.end) lineEnd = node.end;
  if (lineEnd > node.start && text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
  return [node.start, Math.max(node.start + 1, lineEnd)];
}

// src/load/document.ts
var LoadedDocument = class {
  source;
  index;
  value;
  start;
  end;
  /** The source tree, or how to build it: trees are built on first use (src/load/yaml/trees.ts). */
  tree;
  constructor(source, doc) {
    this.source = source;
    this.index = doc.index;
    this.value = doc.value;
    this.tree = doc.root;
    this.start = doc.start;
    this.end = doc.end;
  }
  /** The document as parts, its tree (or how to build it) included: to wrap it without building the tree. */
  get parts() {
    return { index: this.index, start: this.start, end: this.end, value: this.value, root: this.tree };
  }
  get root() {
    if (typeof this.tree === "function") this.tree = this.tree();
    return this.tree;
  }
  get file() {
    return this.source.path;
  }
  /** Whether `path` exists in the source. */
  has(path) {
    return this.root ? findNode(this.root, path).exact : false;
  }
  /** The source range of a path (or of its deepest existing ancestor). */
  locate(path, target = "value") {
    if (!this.root) return this.source.range(this.start, this.start);
    const { node } = findNode(this.root, path);
    const [start, end] = spanOf(node, target, this.source.text);
    return this.source.range(start, end);
  }
  /** Raw offsets of a path's value, for fixes. Undefined when the path is not in the source. */
  offsets(path, target = "value") {
    if (!this.root) return void 0;
    const { node, exact } = findNode(this.root, path);
    if (!exact) return void 0;
    if (target === "key") return node.keyStart >= 0 ? { start: node.keyStart, end: node.keyEnd } : void 0;
    return { start: node.start, end: node.end };
  }
};

// src/model/document.ts
function kindOf(value) {
  const kind = value["kind"];
  return typeof kind === "string" ? kind : "";
}
function nameOf(value) {
  const metadata = value["metadata"];
  if (metadata && typeof metadata === "object" && !Array.isArray(metadata)) {
    const name = metadata["name"];
    if (typeof name === "string") return name;
    if (typeof name === "number") return String(name);
  }
  return "";
}
var ManifestDocument = class _ManifestDocument extends LoadedDocument {
  valid;
  constructor(source, doc, valid = false) {
    super(source, doc);
    this.valid = valid;
  }
  /** A loaded document as a manifest of the estate; its tree stays unbuilt until wanted. */
  static of(loaded, valid) {
    return new _ManifestDocument(loaded.source, loaded.parts, valid);
  }
  get apiVersion() {
    return String(this.value["apiVersion"] ?? "");
  }
  get kind() {
    return kindOf(this.value);
  }
  get name() {
    return nameOf(this.value);
  }
  /** The document's `spec`; typed per kind through `Manifest<K>`. */
  get spec() {
    return this.value["spec"];
  }
  get labels() {
    const metadata = this.value["metadata"];
    const labels = metadata?.["labels"];
    return labels && typeof labels === "object" ? labels : {};
  }
  /** `kind/name`, as messages name documents. */
  get ref() {
    return `${this.kind}/${this.name}`;
  }
};

// src/model/estate.ts
var nameKey = (name) => name.toLowerCase();
var Estate = class {
  /** Every hvlint document, valid or not, in file order. */
  documents;
  valid = /* @__PURE__ */ new Map();
  byName = /* @__PURE__ */ new Map();
  declaredNames = /* @__PURE__ */ new Map();
  memo = /* @__PURE__ */ new Map();
  constructor(documents) {
    this.documents = documents;
    for (const kind of KINDS) {
      this.valid.set(kind, []);
      this.byName.set(kind, /* @__PURE__ */ new Map());
    }
    for (const doc of documents) {
      const kind = doc.kind;
      let names = this.declaredNames.get(kind);
      if (!names) this.declaredNames.set(kind, names = /* @__PURE__ */ new Map());
      const key = nameKey(doc.name);
      const list = names.get(key);
      if (list) list.push(doc);
      else names.set(key, [doc]);
      if (!doc.valid) continue;
      const valid = this.valid.get(kind);
      if (!valid) continue;
      valid.push(doc);
      const byName2 = this.byName.get(kind);
      if (!byName2.has(key)) byName2.set(key, doc);
    }
  }
  /** Schema-valid documents of a kind, in file order. */
  of(kind) {
    return this.valid.get(kind);
  }
  /** The schema-valid document of a kind with a name (the first, if the name is duplicated). */
  get(kind, name) {
    if (name === void 0) return void 0;
    return this.byName.get(kind).get(nameKey(name));
  }
  /** Every document of a kind that uses a name, valid or not (for reference and duplicate checks). */
  declared(kind, name) {
    return this.declaredNames.get(kind)?.get(nameKey(name)) ?? [];
  }
  /** Documents grouped by kind and name, valid or not. */
  namesOf(kind) {
    return this.declaredNames.get(kind) ?? /* @__PURE__ */ new Map();
  }
  /** Build an index once per estate and share it between rules. */
  index(key, build2) {
    if (this.memo.has(key)) return this.memo.get(key);
    const value = build2();
    this.memo.set(key, value);
    return value;
  }
  /** Hosts that are nodes of a cluster: listed in the cluster's `nodes` or naming the cluster themselves. */
  hostsOfCluster(cluster) {
    const index = this.index("hostsOfCluster", () => {
      const map = /* @__PURE__ */ new Map();
      const add = (clusterName, host) => {
        const key = nameKey(clusterName);
        let hosts = map.get(key);
        if (!hosts) map.set(key, hosts = /* @__PURE__ */ new Map());
        hosts.set(nameKey(host.name), host);
      };
      for (const cluster2 of this.of("HyperVCluster")) {
        for (const node of cluster2.spec.nodes) {
          const host = this.get("HyperVHost", node);
          if (host) add(cluster2.name, host);
        }
      }
      for (const host of this.of("HyperVHost")) {
        if (host.spec.cluster) add(host.spec.cluster, host);
      }
      return map;
    });
    return [...index.get(nameKey(cluster))?.values() ?? []];
  }
  /** Hosts a VM can run on: its host, or every node of its cluster (live migration). */
  hostsAbleToRun(vm) {
    const spec = vm.spec;
    if (spec.cluster) return this.hostsOfCluster(spec.cluster);
    const host = this.get("HyperVHost", spec.host);
    return host ? [host] : [];
  }
  /** VMs placed on a cluster (highly available) or a host. */
  vmsOn(kind, name) {
    const index = this.index("vmsOn", () => {
      const map = /* @__PURE__ */ new Map();
      for (const vm of this.of("VirtualMachine")) {
        const key = vm.spec.cluster ? `cluster:${nameKey(vm.spec.cluster)}` : vm.spec.host ? `host:${nameKey(vm.spec.host)}` : "";
        if (!key) continue;
        const list = map.get(key);
        if (list) list.push(vm);
        else map.set(key, [vm]);
      }
      return map;
    });
    return index.get(`${kind}:${nameKey(name)}`) ?? [];
  }
};

// src/model/adapters.ts
function adapterNamed(spec, name) {
  const adapters = spec.networkAdapters ?? [];
  const key = nameKey(name);
  const index = adapters.findIndex((a) => nameKey(a.name) === key);
  return index < 0 ? void 0 : { adapter: adapters[index], index };
}

// src/rules/core/unresolved-reference.ts
var messages = {
  missing: '{{kind}} "{{name}}" is not declared: add its manifest or fix the name{{hint}}',
  missingLag: 'switch "{{switch}}" has no LAG {{lag}}: declare it under spec.lags or fix the id',
  missingPort: 'switch "{{switch}}" has no port "{{port}}": declare it under spec.ports or fix the name{{hint}}',
  missingAdapter: 'VirtualMachine "{{vm}}" has no network adapter "{{adapter}}"{{hint}}'
};
var unresolvedReference = defineRule({
  meta: {
    id: "unresolved-reference",
    severity: "error",
    area: "core",
    description: "Report a reference to a host, cluster, VM, switch, LAG or adapter that no manifest declares.",
    fixable: false,
    messages,
    sources: ["hvlint design"]
  },
  check(context) {
    const { estate } = context;
    const ref = (doc, path, kind, name) => expectDeclared(context, doc, path, kind, name);
    for (const vm of estate.of("VirtualMachine")) {
      if (vm.spec.host) ref(vm, ["spec", "host"], "HyperVHost", vm.spec.host);
      if (vm.spec.cluster) ref(vm, ["spec", "cluster"], "HyperVCluster", vm.spec.cluster);
      for (const field of ["preferredOwners", "possibleOwners"])
        vm.spec[field]?.forEach((owner, i) => ref(vm, ["spec", field, i], "HyperVHost", owner));
    }
    for (const host of estate.of("HyperVHost")) {
      if (host.spec.cluster) ref(host, ["spec", "cluster"], "HyperVCluster", host.spec.cluster);
      (host.spec.nicTeams ?? []).forEach((team, i) => {
        for (const { uplink, path: at } of teamUplinks(team, i)) {
          if (!ref(host, [...at, "switch"], "Switch", uplink.switch)) continue;
          const sw = estate.get("Switch", uplink.switch);
          if (!sw) continue;
          if (uplink.lag !== void 0 && !(sw.spec.lags ?? []).some((l) => l.id === uplink.lag)) {
            context.report({
              doc: host,
              path: [...at, "lag"],
              messageId: "missingLag",
              data: { switch: sw.name, lag: uplink.lag },
              related: [{ doc: sw, path: ["spec", "lags"], message: `LAGs of switch "${sw.name}"`, target: "key" }]
            });
          }
          const ports = sw.spec.ports ?? [];
          const port = uplink.port;
          if (port !== void 0 && ports.length > 0 && !ports.some((p) => p.name.toLowerCase() === port.toLowerCase())) {
            const hint = closest(
              port,
              ports.map((p) => p.name)
            );
            context.report({
              doc: host,
              path: [...at, "port"],
              messageId: "missingPort",
              data: { switch: sw.name, port, hint: hint ? ` (did you mean "${hint}"?)` : "" }
            });
          }
        }
      });
    }
    for (const cluster of estate.of("HyperVCluster")) {
      cluster.spec.nodes.forEach((node, i) => ref(cluster, ["spec", "nodes", i], "HyperVHost", node));
    }
    for (const nlb of estate.of("NlbCluster")) {
      nlb.spec.nodes.forEach((node, i) => {
        if (!ref(nlb, ["spec", "nodes", i, "vm"], "VirtualMachine", node.vm)) return;
        const vm = estate.get("VirtualMachine", node.vm);
        if (!vm) return;
        const adapters = vm.spec.networkAdapters ?? [];
        if (!adapterNamed(vm.spec, node.adapter)) {
          const hint = closest(
            node.adapter,
            adapters.map((a) => a.name)
          );
          context.report({
            doc: nlb,
            path: ["spec", "nodes", i, "adapter"],
            messageId: "missingAdapter",
            data: {
              vm: vm.name,
              adapter: node.adapter,
              hint: hint ? ` (did you mean "${hint}"?)` : adapters.length ? `: it has ${adapters.map((a) => `"${a.name}"`).join(", ")}` : ": it declares none"
            },
            related: [
              {
                doc: vm,
                path: ["spec", "networkAdapters"],
                message: `adapters of VirtualMachine "${vm.name}"`,
                target: "key"
              }
            ]
          });
        }
      });
    }
    for (const job of estate.of("BackupJob")) {
      job.spec.targets.forEach((target, i) => {
        if ("vm" in target) ref(job, ["spec", "targets", i, "vm"], "VirtualMachine", target.vm);
      });
    }
    for (const dc of estate.of("DomainController")) {
      if (dc.spec.vm) ref(dc, ["spec", "vm"], "VirtualMachine", dc.spec.vm);
    }
    for (const sw of estate.of("Switch")) {
      const lagIds = new Set((sw.spec.lags ?? []).map((l) => l.id));
      const portNames = new Set((sw.spec.ports ?? []).map((p) => p.name.toLowerCase()));
      const checkPort = (path, port) => {
        if (portNames.size > 0 && !portNames.has(port.toLowerCase())) {
          const hint = closest(
            port,
            (sw.spec.ports ?? []).map((p) => p.name)
          );
          context.report({
            doc: sw,
            path,
            messageId: "missingPort",
            data: { switch: sw.name, port, hint: hint ? ` (did you mean "${hint}"?)` : "" }
          });
        }
      };
      const checkLag = (path, lag) => {
        if (!lagIds.has(lag))
          context.report({ doc: sw, path, messageId: "missingLag", data: { switch: sw.name, lag } });
      };
      (sw.spec.lags ?? []).forEach(
        (lag, i) => (lag.members ?? []).forEach((port, j) => checkPort(["spec", "lags", i, "members", j], port))
      );
      (sw.spec.ports ?? []).forEach((port, i) => {
        if (port.lag !== void 0) checkLag(["spec", "ports", i, "lag"], port.lag);
      });
      for (const listName of ["bridgeMulticastGroups", "staticMac"]) {
        (sw.spec[listName] ?? []).forEach((entry, i) => {
          (entry.ports ?? []).forEach((port, j) => checkPort(["spec", listName, i, "ports", j], port));
          (entry.lags ?? []).forEach((lag, j) => checkLag(["spec", listName, i, "lags", j], lag));
        });
      }
    }
  }
});
function expectDeclared(context, doc, path, kind, name) {
  if (name === void 0) return false;
  if (context.estate.declared(kind, name).length > 0) return true;
  const suggestions = context.estate.index(
    `name-suggestions:${kind}`,
    () => new SuggestionIndex([...context.estate.namesOf(kind).values()].map((docs) => docs[0].name))
  );
  const hint = suggestions.closest(name);
  context.report({
    doc,
    path,
    messageId: "missing",
    data: { kind, name, hint: hint ? ` (did you mean "${hint}"?)` : "" }
  });
  return false;
}

// src/rules/nlb/arp-retry-count-zero.ts
var arpRetryCountZero = defineRule({
  meta: {
    id: "arp-retry-count-zero",
    severity: "warning",
    area: "nlb",
    description: "Warn about ArpRetryCount 0 on a host or VM, which hides duplicate-IP warnings by turning off duplicate address detection.",
    fixable: false,
    messages: {
      zero: '{{kind}} "{{name}}" sets arpRetryCount to 0, which only silences duplicate-IP warnings by turning off duplicate address detection: find the cause (a duplicate address, a stale static ARP entry, an NLB mode change) and remove the setting'
    },
    sources: ["docs/domain.md \xA71.8 (KB 264645)", "docs/domain.md \xA71.9 (Tcpip\\Parameters\\ArpRetryCount)"]
  },
  check({ estate, report }) {
    for (const doc of [...estate.of("HyperVHost"), ...estate.of("VirtualMachine")]) {
      if (doc.spec.arpRetryCount !== 0) continue;
      report({ doc, path: ["spec", "arpRetryCount"], messageId: "zero", data: { kind: doc.kind, name: doc.name } });
    }
  }
});

// src/model/nlb.ts
function parseIpv4(ip) {
  const parts = ip.split(".");
  if (parts.length !== 4) return void 0;
  const octets = parts.map((p) => /^(0|[1-9][0-9]{0,2})$/.test(p) ? Number(p) : Number.NaN);
  if (octets.some((o) => !(o >= 0 && o <= 255))) return void 0;
  return octets;
}
function isMulticastIpv4(ip) {
  const octets = parseIpv4(ip);
  return octets !== void 0 && octets[0] >= 224 && octets[0] <= 239;
}
var hex = (octet) => octet.toString(16).padStart(2, "0");
function octetsOf(ip) {
  const octets = parseIpv4(ip);
  if (!octets) throw new Error(`"${ip}" is not an IPv4 address`);
  return octets;
}
function clusterMacFor(vip, mode) {
  const [a, b, c, d] = octetsOf(vip);
  switch (mode) {
    case "unicast":
      return ["02", "bf", hex(a), hex(b), hex(c), hex(d)].join("-");
    case "multicast":
      return ["03", "bf", hex(a), hex(b), hex(c), hex(d)].join("-");
    case "igmp-multicast":
      return ["01", "00", "5e", "7f", hex(c), hex(d)].join("-");
  }
}
function igmpGroupFor(vip) {
  const [, , c, d] = octetsOf(vip);
  return `239.255.${c}.${d}`;
}
function lastTwoOctets(ip) {
  const [, , c, d] = octetsOf(ip);
  return `${c}.${d}`;
}
function multicastMacForGroup(ip) {
  if (!isMulticastIpv4(ip)) return void 0;
  const [, b, c, d] = octetsOf(ip);
  return ["01", "00", "5e", hex(b & 127), hex(c), hex(d)].join("-");
}
function bridgeGroupAddress(ip) {
  return isMulticastIpv4(ip) ? ip : igmpGroupFor(ip);
}
function macStyleOf(mac) {
  if (/^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/i.test(mac)) return "colon";
  if (/^[0-9a-f]{2}(-[0-9a-f]{2}){5}$/i.test(mac)) return "hyphen";
  if (/^[0-9a-f]{4}(\.[0-9a-f]{4}){2}$/i.test(mac)) return "dot";
  return void 0;
}
function normalizeMac(mac) {
  const digits = macStyleOf(mac) || /^[0-9a-f]{12}$/i.test(mac) ? mac.replace(/[-:.]/g, "").toLowerCase() : void 0;
  if (!digits) return void 0;
  return digits.match(/../g).join("-");
}
function formatMac(mac, style, options = {}) {
  const canonical = normalizeMac(mac);
  if (!canonical) throw new Error(`"${mac}" is not a MAC address`);
  const digits = canonical.replace(/-/g, "");
  const text = style === "dot" ? digits.match(/..../g).join(".") : digits.match(/../g).join(style === "colon" ? ":" : "-");
  return options.upperCase ? text.toUpperCase() : text;
}
function isUpperCaseMac(mac) {
  return /[A-F]/.test(mac) && !/[a-f]/.test(mac);
}
var MODEL_MAC_STYLES = [
  ["dell-powerconnect*", "colon"],
  ["dell-force10*", "colon"]
];
function macStyleForSwitch(spec, modelStyles = {}) {
  if (spec.macStyle) return spec.macStyle;
  const model = spec.model.toLowerCase();
  for (const [glob, style] of [...Object.entries(modelStyles), ...MODEL_MAC_STYLES]) {
    if (minimatch(model, glob.toLowerCase())) return style === "any" ? void 0 : style;
  }
  return void 0;
}
function macForSwitch(mac, spec) {
  const style = macStyleForSwitch(spec);
  return formatMac(mac, style === "hyphen" ? "hyphen" : "colon");
}

// src/rules/nlb/nlb-cluster-mac.ts
var MODES = ["unicast", "multicast", "igmp-multicast"];
var nlbClusterMac = defineRule({
  meta: {
    id: "nlb-cluster-mac",
    severity: "error",
    area: "nlb",
    description: "Check that a declared NLB cluster MAC is the one its VIP and mode give.",
    fixable: true,
    messages: {
      wrongMac: 'cluster MAC "{{mac}}" does not follow from VIP {{vip}} in {{mode}} mode{{hint}}: write {{expected}} (nlb.exe ip2mac {{vip}})'
    },
    sources: ["docs/domain.md \xA71.1 (KB 4494444, nlb.exe ip2mac)", "docs/domain.md \xA71.8 (KB 264645)"]
  },
  check({ estate, report }) {
    for (const cluster of estate.of("NlbCluster")) {
      const declared = cluster.spec.clusterMac;
      if (declared === void 0) continue;
      const expected = clusterMacFor(cluster.spec.vip, cluster.spec.mode);
      const actual = normalizeMac(declared);
      if (actual === expected) continue;
      const otherMode = MODES.find((m) => m !== cluster.spec.mode && clusterMacFor(cluster.spec.vip, m) === actual);
      const text = formatMac(expected, macStyleOf(declared) === "colon" ? "colon" : "hyphen", {
        upperCase: isUpperCaseMac(declared)
      });
      report({
        doc: cluster,
        path: ["spec", "clusterMac"],
        messageId: "wrongMac",
        data: {
          mac: declared,
          vip: cluster.spec.vip,
          mode: cluster.spec.mode,
          expected: text,
          hint: otherMode ? ` (it is the ${otherMode} MAC)` : ""
        },
        fix: {
          description: `set the cluster MAC to ${text}`,
          edits: [{ doc: cluster, path: ["spec", "clusterMac"], text }]
        }
      });
    }
  }
});

// src/model/topology.ts
function attachmentKey(at) {
  return at.lag !== void 0 ? `lag:${at.lag}` : `port:${(at.port ?? "").toLowerCase()}`;
}
function describeAttachment(at) {
  return at.lag !== void 0 ? `LAG ${at.lag}` : `port ${at.port}`;
}
function portLags(estate) {
  return estate.index("topology.portLags", () => {
    const bySwitch = /* @__PURE__ */ new Map();
    for (const sw of estate.of("Switch")) {
      const lags = /* @__PURE__ */ new Map();
      for (const lag of sw.spec.lags ?? []) for (const port of lag.members ?? []) lags.set(port.toLowerCase(), lag.id);
      for (const port of sw.spec.ports ?? []) if (port.lag !== void 0) lags.set(port.name.toLowerCase(), port.lag);
      bySwitch.set(nameKey(sw.name), lags);
    }
    return bySwitch;
  });
}
function lagOfPort(estate, sw, port) {
  return portLags(estate).get(nameKey(sw.name))?.get(port.toLowerCase());
}
function uplinksOf(estate, host, virtualSwitch) {
  const teams = (host.spec.nicTeams ?? []).map((team, teamIndex) => ({ team, teamIndex }));
  const bound = virtualSwitch === void 0 ? [] : teams.filter(
    ({ team }) => team.virtualSwitch !== void 0 && nameKey(team.virtualSwitch) === nameKey(virtualSwitch)
  );
  const out = [];
  for (const { team, teamIndex } of bound.length > 0 ? bound : teams) {
    for (const { uplink, path } of teamUplinks(team, teamIndex)) {
      const sw = estate.get("Switch", uplink.switch);
      if (!sw) continue;
      const base = { switch: sw, host, teamIndex, uplink, uplinkAt: path };
      if (uplink.lag !== void 0) out.push({ ...base, lag: uplink.lag });
      else if (uplink.port !== void 0) {
        const lag = lagOfPort(estate, sw, uplink.port);
        out.push(lag !== void 0 ? { ...base, lag } : { ...base, port: uplink.port });
      }
    }
  }
  return out;
}
function uplinkPath(at) {
  return [...at.uplinkAt, at.uplink.lag !== void 0 ? "lag" : "port"];
}
function hostsLandingAt(estate, sw, key) {
  const index = estate.index("topology.hostsLandingAt", () => {
    const byPoint = /* @__PURE__ */ new Map();
    for (const host of estate.of("HyperVHost")) {
      for (const at of uplinksOf(estate, host)) {
        const point = `${nameKey(at.switch.name)}|${attachmentKey(at)}`;
        const hosts = byPoint.get(point);
        if (!hosts) byPoint.set(point, [host]);
        else if (!hosts.includes(host)) hosts.push(host);
      }
    }
    return byPoint;
  });
  return index.get(`${nameKey(sw.name)}|${key}`) ?? [];
}
function nlbReach(estate, cluster) {
  const memo = estate.index("topology.nlbReach", () => /* @__PURE__ */ new Map());
  let reach = memo.get(cluster);
  if (reach) return reach;
  reach = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set();
  for (const node of cluster.spec.nodes) {
    const vm = estate.get("VirtualMachine", node.vm);
    if (!vm) continue;
    const adapter = adapterNamed(vm.spec, node.adapter)?.adapter;
    const placement = vm.spec.cluster ? `cluster:${nameKey(vm.spec.cluster)}` : `host:${nameKey(vm.spec.host ?? "")}`;
    const key = `${placement}|${nameKey(adapter?.switch ?? "")}`;
    if (seen.has(key)) continue;
    seen.add(key);
    for (const host of estate.hostsAbleToRun(vm)) {
      for (const at of uplinksOf(estate, host, adapter?.switch)) {
        const swKey = nameKey(at.switch.name);
        let onSwitch = reach.get(swKey);
        if (!onSwitch) reach.set(swKey, onSwitch = { switch: at.switch, attachments: /* @__PURE__ */ new Map() });
        const atKey = attachmentKey(at);
        if (!onSwitch.attachments.has(atKey)) onSwitch.attachments.set(atKey, { ...at, vm: vm.name });
      }
    }
  }
  memo.set(cluster, reach);
  return reach;
}
function bridgeGroupKeys(group) {
  const keys = [];
  const mac = group.mac !== void 0 ? normalizeMac(group.mac) : void 0;
  if (mac) keys.push(`mac:${mac}`);
  if (group.group !== void 0) keys.push(`ip:${group.group}`);
  return keys;
}
function igmpClusterKeys(cluster) {
  return [
    `mac:${clusterMacFor(cluster.spec.vip, "igmp-multicast")}`,
    `ip:${igmpGroupFor(cluster.spec.vip)}`,
    `ip:${cluster.spec.vip}`
  ];
}
function bridgeGroupLabel(group) {
  return group.group ?? group.mac ?? "";
}
function bridgeGroupIndex(estate) {
  return estate.index("topology.bridgeGroups", () => {
    const index = /* @__PURE__ */ new Map();
    for (const sw of estate.of("Switch")) {
      (sw.spec.bridgeMulticastGroups ?? []).forEach((entry, i) => {
        for (const key of bridgeGroupKeys(entry))
          push(index, `${nameKey(sw.name)}|${entry.vlan}|${key}`, { switch: sw, index: i, entry });
      });
    }
    return index;
  });
}
function bridgeGroupsFor(estate, sw, cluster) {
  const index = bridgeGroupIndex(estate);
  const found = /* @__PURE__ */ new Map();
  for (const key of igmpClusterKeys(cluster)) {
    for (const entry of index.get(`${nameKey(sw.name)}|${cluster.spec.vlan}|${key}`) ?? [])
      found.set(entry.index, entry);
  }
  return [...found.values()].sort((a, b) => a.index - b.index);
}
function strayGroupsFor(estate, sw, cluster) {
  const keys = new Set(igmpClusterKeys(cluster));
  const out = [];
  (sw.spec.bridgeMulticastGroups ?? []).forEach((entry, index) => {
    if (entry.vlan === cluster.spec.vlan) return;
    if (!bridgeGroupKeys(entry).some((k) => keys.has(k))) return;
    if (igmpClustersServedBy(estate, entry).length > 0) return;
    out.push({ switch: sw, index, entry });
  });
  return out;
}
function igmpClustersServedBy(estate, group) {
  const index = estate.index("topology.igmpClustersByKey", () => {
    const byKey = /* @__PURE__ */ new Map();
    for (const cluster of estate.of("NlbCluster")) {
      if (cluster.spec.mode !== "igmp-multicast") continue;
      for (const key of new Set(igmpClusterKeys(cluster))) push(byKey, `${cluster.spec.vlan}|${key}`, cluster);
    }
    return byKey;
  });
  const found = /* @__PURE__ */ new Set();
  for (const key of bridgeGroupKeys(group))
    for (const cluster of index.get(`${group.vlan}|${key}`) ?? []) found.add(cluster);
  return [...found].sort(byDeclaration(estate));
}
function staticArpByIp(estate) {
  return estate.index("topology.staticArpByIp", () => {
    const index = /* @__PURE__ */ new Map();
    for (const sw of estate.of("Switch"))
      (sw.spec.staticArp ?? []).forEach((entry, i) => push(index, entry.ip, { switch: sw, index: i, entry }));
    return index;
  });
}
function staticMacEntries(estate, sw, vlan, mac) {
  const index = estate.index("topology.staticMac", () => {
    const byKey = /* @__PURE__ */ new Map();
    for (const s of estate.of("Switch")) {
      (s.spec.staticMac ?? []).forEach((entry, i) => {
        const canonical = normalizeMac(entry.mac);
        if (canonical) push(byKey, `${nameKey(s.name)}|${entry.vlan}|${canonical}`, { switch: s, index: i, entry });
      });
    }
    return byKey;
  });
  return index.get(`${nameKey(sw.name)}|${vlan}|${normalizeMac(mac) ?? mac}`) ?? [];
}
function nlbClustersByVip(estate) {
  return estate.index("topology.nlbClustersByVip", () => {
    const index = /* @__PURE__ */ new Map();
    for (const cluster of estate.of("NlbCluster")) push(index, cluster.spec.vip, cluster);
    return index;
  });
}
function macOwners(estate) {
  return estate.index("topology.macOwners", () => {
    const index = /* @__PURE__ */ new Map();
    for (const vm of estate.of("VirtualMachine")) {
      (vm.spec.networkAdapters ?? []).forEach((adapter, i) => {
        const mac = adapter.macAddress !== void 0 ? normalizeMac(adapter.macAddress) : void 0;
        if (mac)
          push(index, mac, {
            doc: vm,
            path: ["spec", "networkAdapters", i, "macAddress"],
            description: `network adapter "${adapter.name}" of VirtualMachine "${vm.name}"`
          });
      });
    }
    for (const cluster of estate.of("NlbCluster")) {
      push(index, clusterMacFor(cluster.spec.vip, cluster.spec.mode), {
        doc: cluster,
        path: ["spec", "vip"],
        description: `NLB cluster "${cluster.name}"`,
        cluster
      });
    }
    return index;
  });
}
var memberKeyCache = /* @__PURE__ */ new WeakMap();
function membersCover(members, at) {
  let keys = memberKeyCache.get(members);
  if (!keys) {
    keys = /* @__PURE__ */ new Set([
      ...(members.lags ?? []).map((lag) => attachmentKey({ lag })),
      ...(members.ports ?? []).map((port) => attachmentKey({ port }))
    ]);
    memberKeyCache.set(members, keys);
  }
  return keys.has(attachmentKey(at));
}
function layer3Gateways(estate, vlan) {
  const index = estate.index("topology.layer3Gateways", () => {
    const byVlan = /* @__PURE__ */ new Map();
    for (const sw of estate.of("Switch"))
      (sw.spec.vlans ?? []).forEach((entry, i) => {
        if (entry.routed === true) push(byVlan, entry.id, { switch: sw, index: i, entry });
      });
    return byVlan;
  });
  return index.get(vlan) ?? [];
}
function vipArpAtGateways(estate, cluster) {
  const { vip, vlan } = cluster.spec;
  const entries = staticArpByIp(estate).get(vip) ?? [];
  const gateways = layer3Gateways(estate, vlan);
  const missing = [];
  for (const gateway of gateways) {
    const sw = gateway.switch;
    if (entries.some((e) => e.switch === sw)) continue;
    missing.push({
      switch: sw,
      path: sw.has(["spec", "staticArp"]) ? ["spec", "staticArp"] : ["spec", "vlans", gateway.index, "routed"]
    });
  }
  const gatewayOutsideEstate = estate.of("Switch").length > 0 && gateways.length === 0 && entries.length === 0;
  return { missing, gatewayOutsideEstate };
}
function bridgeGroupsWithMac(estate, sw, vlan, mac) {
  return bridgeGroupIndex(estate).get(`${nameKey(sw.name)}|${vlan}|mac:${normalizeMac(mac) ?? mac}`) ?? [];
}
function switchVlan(estate, sw, id) {
  const index = estate.index("topology.switchVlans", () => {
    const byKey = /* @__PURE__ */ new Map();
    for (const s of estate.of("Switch")) {
      (s.spec.vlans ?? []).forEach((vlan, i) => {
        const key = `${nameKey(s.name)}|${vlan.id}`;
        if (!byKey.has(key)) byKey.set(key, { index: i, vlan });
      });
    }
    return byKey;
  });
  return index.get(`${nameKey(sw.name)}|${id}`);
}
function push(map, key, value) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
function byDeclaration(estate) {
  const order = estate.index("topology.declarationOrder", () => new Map(estate.documents.map((d, i) => [d, i])));
  return (a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0);
}

// src/rules/nlb/nlb-igmp-group-collision.ts
var nlbIgmpGroupCollision = defineRule({
  meta: {
    id: "nlb-igmp-group-collision",
    severity: "warning",
    area: "nlb",
    description: "Report IGMP multicast NLB clusters in one VLAN whose VIPs share the last two octets, and so the multicast group and MAC.",
    fixable: false,
    messages: {
      collision: 'igmp-multicast NLB cluster "{{cluster}}" (VIP {{vip}}) and "{{other}}" (VIP {{otherVip}}) on VLAN {{vlan}} both use group {{group}} and MAC {{mac}}, so their traffic and snooping state collide: change the last two octets of one VIP or move one cluster to another VLAN'
    },
    sources: ["docs/domain.md \xA71.1", "docs/domain.md \xA71.2", "docs/domain.md \xA71.4"]
  },
  check({ estate, report }) {
    const firstOfGroup = /* @__PURE__ */ new Map();
    const firstWithoutSwitches = /* @__PURE__ */ new Map();
    const firstOnSwitch = /* @__PURE__ */ new Map();
    for (const cluster of estate.of("NlbCluster")) {
      if (cluster.spec.mode !== "igmp-multicast") continue;
      const group = `${cluster.spec.vlan}|${lastTwoOctets(cluster.spec.vip)}`;
      const switches = [...nlbReach(estate, cluster).keys()].map((sw) => `${group}|${sw}`);
      const other = switches.length === 0 ? firstOfGroup.get(group) : firstWithoutSwitches.get(group) ?? switches.map((key) => firstOnSwitch.get(key)).find((c) => c !== void 0);
      if (!firstOfGroup.has(group)) firstOfGroup.set(group, cluster);
      if (switches.length === 0 && !firstWithoutSwitches.has(group)) firstWithoutSwitches.set(group, cluster);
      for (const key of switches) if (!firstOnSwitch.has(key)) firstOnSwitch.set(key, cluster);
      if (!other || other.spec.vip === cluster.spec.vip) continue;
      report({
        doc: cluster,
        path: ["spec", "vip"],
        messageId: "collision",
        data: {
          cluster: cluster.name,
          vip: cluster.spec.vip,
          other: other.name,
          otherVip: other.spec.vip,
          vlan: cluster.spec.vlan,
          group: igmpGroupFor(cluster.spec.vip),
          mac: clusterMacFor(cluster.spec.vip, "igmp-multicast")
        },
        related: [
          {
            doc: other,
            path: ["spec", "vip"],
            message: `igmp-multicast NLB cluster "${other.name}" (VIP ${other.spec.vip})`
          }
        ]
      });
    }
  }
});

// src/rules/nlb/nlb-igmp-group-extra-members.ts
var nlbIgmpGroupExtraMembers = defineRule({
  meta: {
    id: "nlb-igmp-group-extra-members",
    severity: "warning",
    area: "nlb",
    description: "Report members of an IGMP multicast NLB cluster's bridge multicast group that lead to no host able to run one of its nodes.",
    fixable: false,
    messages: {
      extraMember: "{{member}} is a member of bridge multicast group {{group}} on VLAN {{vlan}} but leads to no host able to run a node of NLB cluster {{clusters}}{{leadsTo}}: remove it, so the cluster traffic goes only to the hosts that need it"
    },
    sources: ["docs/domain.md \xA72.1", "docs/domain.md \xA72.2"]
  },
  check({ estate, report }) {
    for (const sw of estate.of("Switch")) {
      (sw.spec.bridgeMulticastGroups ?? []).forEach((group, g) => {
        const clusters = igmpClustersServedBy(estate, group);
        if (clusters.length === 0) return;
        const reach = clusters.map((c) => nlbReach(estate, c));
        if (reach.every((r) => r.size === 0)) return;
        const wanted = /* @__PURE__ */ new Set();
        for (const r of reach) for (const key of r.get(nameKey(sw.name))?.attachments.keys() ?? []) wanted.add(key);
        const check = (point, member, path) => {
          const key = attachmentKey(point);
          if (wanted.has(key)) return;
          const hosts = hostsLandingAt(estate, sw, key);
          report({
            doc: sw,
            path,
            messageId: "extraMember",
            data: {
              member,
              group: bridgeGroupLabel(group),
              vlan: group.vlan,
              clusters: clusters.map((c) => `"${c.name}"`).join(" or "),
              leadsTo: hosts.length > 0 ? ` (it leads to ${hosts.length === 1 ? "host" : "hosts"} ${hosts.map((h) => `"${h.name}"`).join(", ")})` : ""
            },
            related: clusters.map((c) => ({
              doc: c,
              path: ["spec", "vip"],
              message: `igmp-multicast NLB cluster "${c.name}"`
            }))
          });
        };
        (group.lags ?? []).forEach(
          (lag, i) => check({ lag }, `LAG ${lag}`, ["spec", "bridgeMulticastGroups", g, "lags", i])
        );
        (group.ports ?? []).forEach((port, i) => {
          const lag = lagOfPort(estate, sw, port);
          check(lag !== void 0 ? { lag } : { port }, `port ${port}`, [
            "spec",
            "bridgeMulticastGroups",
            g,
            "ports",
            i
          ]);
        });
      });
    }
  }
});

// src/rules/nlb/nlb-igmp-group-members.ts
var nlbIgmpGroupMembers = defineRule({
  meta: {
    id: "nlb-igmp-group-members",
    severity: "error",
    area: "nlb",
    description: "Require the bridge multicast group of an IGMP multicast NLB cluster to include the LAG or port of every host able to run one of its nodes.",
    fixable: false,
    messages: {
      missingMember: 'bridge multicast group {{group}} on VLAN {{vlan}} of switch "{{switch}}" does not include {{member}}, where host "{{host}}" lands: the host can run node "{{vm}}" of NLB cluster "{{cluster}}", so add {{member}} to the group'
    },
    sources: ["docs/domain.md \xA71.7", "docs/domain.md \xA72.1", "docs/domain.md \xA72.2"]
  },
  check({ estate, report }) {
    const reported = /* @__PURE__ */ new Set();
    for (const cluster of estate.of("NlbCluster")) {
      if (cluster.spec.mode !== "igmp-multicast") continue;
      for (const { switch: sw, attachments } of nlbReach(estate, cluster).values()) {
        const groups = bridgeGroupsFor(estate, sw, cluster);
        if (groups.length === 0) continue;
        const first = groups[0];
        for (const [key, at] of attachments) {
          if (groups.some((g) => membersCover(g.entry, at))) continue;
          const once = `${sw.name}|${first.index}|${key}`;
          if (reported.has(once)) continue;
          reported.add(once);
          const groupPath = ["spec", "bridgeMulticastGroups", first.index];
          const list = at.lag !== void 0 ? "lags" : "ports";
          report({
            doc: sw,
            path: sw.has([...groupPath, list]) ? [...groupPath, list] : groupPath,
            target: "key",
            messageId: "missingMember",
            data: {
              group: bridgeGroupLabel(first.entry),
              vlan: first.entry.vlan,
              switch: sw.name,
              member: describeAttachment(at),
              host: at.host.name,
              vm: at.vm,
              cluster: cluster.name
            },
            related: [
              {
                doc: at.host,
                path: uplinkPath(at),
                message: `host "${at.host.name}" lands on ${describeAttachment(at)} of switch "${sw.name}"`
              },
              { doc: cluster, path: ["spec", "vip"], message: `igmp-multicast NLB cluster "${cluster.name}"` }
            ]
          });
        }
      }
    }
  }
});

// src/rules/nlb/nlb-igmp-group-missing.ts
var nlbIgmpGroupMissing = defineRule({
  meta: {
    id: "nlb-igmp-group-missing",
    severity: "warning",
    area: "nlb",
    description: "Require a bridge multicast group for each IGMP multicast NLB cluster on every switch where hosts able to run its nodes land.",
    fixable: false,
    messages: {
      missing: 'switch "{{switch}}" has no bridge multicast group for igmp-multicast NLB cluster "{{cluster}}", whose nodes can run on {{hosts}} connected to it{{why}}: add group {{group}} on VLAN {{vlan}} with MAC {{mac}} and members {{members}}{{stray}}',
      wrongVlan: 'bridge multicast group {{group}} on VLAN {{vlan}} of switch "{{switch}}" is for igmp-multicast NLB cluster "{{cluster}}", which runs on VLAN {{clusterVlan}}: move the group to VLAN {{clusterVlan}}'
    },
    sources: [
      "docs/domain.md \xA71.2 (KB 4494444: Microsoft requires IGMP snooping; static groups are field practice, so a missing group is an error only where snooping is off)",
      "docs/domain.md \xA71.7",
      "docs/domain.md \xA72.1",
      "docs/domain.md \xA72.2"
    ]
  },
  check({ estate, report }) {
    const strayReported = /* @__PURE__ */ new Set();
    for (const cluster of estate.of("NlbCluster")) {
      if (cluster.spec.mode !== "igmp-multicast") continue;
      for (const { switch: sw, attachments } of nlbReach(estate, cluster).values()) {
        for (const stray of strayGroupsFor(estate, sw, cluster)) {
          const once = `${sw.name}|${stray.index}`;
          if (strayReported.has(once)) continue;
          strayReported.add(once);
          report({
            doc: sw,
            path: ["spec", "bridgeMulticastGroups", stray.index, "vlan"],
            messageId: "wrongVlan",
            data: {
              group: bridgeGroupLabel(stray.entry),
              vlan: stray.entry.vlan,
              switch: sw.name,
              cluster: cluster.name,
              clusterVlan: cluster.spec.vlan
            },
            related: [
              {
                doc: cluster,
                path: ["spec", "vlan"],
                message: `igmp-multicast NLB cluster "${cluster.name}" on VLAN ${cluster.spec.vlan}`
              }
            ]
          });
        }
        if (bridgeGroupsFor(estate, sw, cluster).length > 0) continue;
        const hosts = [...new Set([...attachments.values()].map((at) => at.host.name))];
        const vlanSetting = switchVlan(estate, sw, cluster.spec.vlan)?.vlan;
        const snoopingOff = sw.spec.igmpSnooping === false || vlanSetting?.igmpSnooping === false;
        const strays = strayGroupsFor(estate, sw, cluster);
        const groupsPath = ["spec", "bridgeMulticastGroups"];
        const where = sw.has(groupsPath) ? groupsPath : sw.has(["spec"]) ? ["spec"] : ["metadata", "name"];
        report({
          doc: sw,
          path: where,
          target: where[0] === "spec" ? "key" : "value",
          messageId: "missing",
          ...snoopingOff ? { severity: "error" } : {},
          data: {
            switch: sw.name,
            cluster: cluster.name,
            hosts: `${hosts.length === 1 ? "host" : "hosts"} ${hosts.map((h) => `"${h}"`).join(", ")}`,
            group: igmpGroupFor(cluster.spec.vip),
            vlan: cluster.spec.vlan,
            mac: macForSwitch(clusterMacFor(cluster.spec.vip, "igmp-multicast"), sw.spec),
            members: [...attachments.values()].map(describeAttachment).join(", "),
            why: snoopingOff ? `, and IGMP snooping is off ${sw.spec.igmpSnooping === false ? "on the switch" : `on VLAN ${cluster.spec.vlan}`}, so nothing delivers the cluster's traffic` : "",
            stray: strays.length > 0 ? ` (the group on ${strays.map((s) => `VLAN ${s.entry.vlan}`).join(", ")} is on the wrong VLAN: move it to VLAN ${cluster.spec.vlan})` : ""
          },
          related: [
            {
              doc: cluster,
              path: ["spec", "vip"],
              message: `igmp-multicast NLB cluster "${cluster.name}", VIP ${cluster.spec.vip}`
            },
            ...strays.map((s) => ({
              doc: sw,
              path: ["spec", "bridgeMulticastGroups", s.index, "vlan"],
              message: `a group for the cluster on VLAN ${s.entry.vlan}, not VLAN ${cluster.spec.vlan}`
            })),
            ...[...attachments.values()].map((a) => ({
              doc: a.host,
              path: uplinkPath(a),
              message: `host "${a.host.name}" lands on ${describeAttachment(a)} of switch "${sw.name}"`
            }))
          ]
        });
      }
    }
  }
});

// src/rules/nlb/nlb-multicast-static-entries.ts
var nlbMulticastStaticEntries = defineRule({
  meta: {
    id: "nlb-multicast-static-entries",
    severity: "error",
    area: "nlb",
    description: "Require, for each multicast-mode NLB cluster, a static ARP entry on the layer-3 gateway of its VLAN and, on every switch where hosts able to run a node land, a static MAC-table entry (or a bridge multicast address for the cluster MAC) on their LAGs or ports.",
    fixable: false,
    messages: {
      missingArp: 'switch "{{switch}}" routes VLAN {{vlan}} but has no static ARP entry for VIP {{vip}} of multicast NLB cluster "{{cluster}}": add one mapping {{vip}} to {{mac}}',
      gatewayNotInEstate: 'no switch in the estate routes VLAN {{vlan}} of multicast NLB cluster "{{cluster}}", so hvlint cannot check its static ARP entry: make sure the layer-3 gateway of VLAN {{vlan}} maps VIP {{vip}} to {{mac}} (or declare the switch that routes the VLAN with routed: true)',
      missingMacEntry: 'switch "{{switch}}" has no static MAC-table entry for multicast NLB cluster "{{cluster}}", whose nodes can run on {{hosts}} connected to it: add MAC {{mac}} on VLAN {{vlan}} with members {{members}}',
      missingMember: 'static MAC-table entry {{mac}} on VLAN {{vlan}} of switch "{{switch}}" does not include {{member}}, where host "{{host}}" lands: the host can run node "{{vm}}" of multicast NLB cluster "{{cluster}}", so add {{member}} to the entry'
    },
    sources: [
      "docs/domain.md \xA71.1",
      "docs/domain.md \xA71.5 (KB 4494444: a static ARP entry and a static MAC-table entry for multicast mode)",
      "docs/domain.md \xA72.1 (a multi-port static entry for a multicast MAC may be written as a bridge multicast address)",
      "docs/domain.md \xA72.2"
    ]
  },
  check({ estate, report }) {
    for (const cluster of estate.of("NlbCluster")) {
      if (cluster.spec.mode !== "multicast") continue;
      const { vip, vlan } = cluster.spec;
      const mac = clusterMacFor(vip, "multicast");
      const { missing, gatewayOutsideEstate } = vipArpAtGateways(estate, cluster);
      for (const { switch: sw, path } of missing) {
        report({
          doc: sw,
          path,
          target: "key",
          messageId: "missingArp",
          data: { switch: sw.name, vip, cluster: cluster.name, mac: macForSwitch(mac, sw.spec), vlan },
          related: [
            { doc: cluster, path: ["spec", "vip"], message: `multicast NLB cluster "${cluster.name}", VIP ${vip}` }
          ]
        });
      }
      if (gatewayOutsideEstate) {
        report({
          doc: cluster,
          path: ["spec", "vip"],
          messageId: "gatewayNotInEstate",
          severity: "notice",
          data: { vip, cluster: cluster.name, mac: formatMac(mac, "colon"), vlan }
        });
      }
      for (const { switch: sw, attachments } of nlbReach(estate, cluster).values()) {
        const entries = [
          ...staticMacEntries(estate, sw, vlan, mac).map((e) => ({ ...e, list: "staticMac" })),
          ...bridgeGroupsWithMac(estate, sw, vlan, mac).map((e) => ({ ...e, list: "bridgeMulticastGroups" }))
        ];
        const shown = macForSwitch(mac, sw.spec);
        if (entries.length === 0) {
          const hosts = [...new Set([...attachments.values()].map((at) => at.host.name))];
          const listPath = ["spec", "staticMac"];
          report({
            doc: sw,
            path: sw.has(listPath) ? listPath : sw.has(["spec"]) ? ["spec"] : ["metadata", "name"],
            target: "key",
            messageId: "missingMacEntry",
            data: {
              switch: sw.name,
              cluster: cluster.name,
              hosts: `${hosts.length === 1 ? "host" : "hosts"} ${hosts.map((h) => `"${h}"`).join(", ")}`,
              mac: shown,
              vlan,
              members: [...attachments.values()].map(describeAttachment).join(", ")
            },
            related: [
              { doc: cluster, path: ["spec", "vip"], message: `multicast NLB cluster "${cluster.name}", VIP ${vip}` },
              ...[...attachments.values()].map((at) => ({
                doc: at.host,
                path: uplinkPath(at),
                message: `host "${at.host.name}" lands on ${describeAttachment(at)} of switch "${sw.name}"`
              }))
            ]
          });
          continue;
        }
        const first = entries[0];
        for (const at of attachments.values()) {
          if (entries.some((e) => membersCover(e.entry, at))) continue;
          const entryPath = ["spec", first.list, first.index];
          const list = at.lag !== void 0 ? "lags" : "ports";
          report({
            doc: sw,
            path: sw.has([...entryPath, list]) ? [...entryPath, list] : [...entryPath, "mac"],
            target: "key",
            messageId: "missingMember",
            data: {
              mac: first.entry.mac ?? shown,
              vlan,
              switch: sw.name,
              member: describeAttachment(at),
              host: at.host.name,
              vm: at.vm,
              cluster: cluster.name
            },
            related: [
              {
                doc: at.host,
                path: uplinkPath(at),
                message: `host "${at.host.name}" lands on ${describeAttachment(at)} of switch "${sw.name}"`
              },
              { doc: cluster, path: ["spec", "vip"], message: `multicast NLB cluster "${cluster.name}"` }
            ]
          });
        }
      }
    }
  }
});

// src/rules/nlb/nlb-node-mac-spoofing.ts
var nlbNodeMacSpoofing = defineRule({
  meta: {
    id: "nlb-node-mac-spoofing",
    severity: "error",
    area: "nlb",
    description: "Require MAC address spoofing on the network adapter of every NLB node: an error in unicast mode, a warning in the multicast modes.",
    fixable: false,
    messages: {
      spoofingOff: 'network adapter "{{adapter}}" of VirtualMachine "{{vm}}" has MAC address spoofing off but is a node of NLB cluster "{{cluster}}": set macAddressSpoofing: true, or the adapter cannot take the cluster MAC and the VIP is never added',
      spoofingUnset: 'network adapter "{{adapter}}" of VirtualMachine "{{vm}}" is a node of NLB cluster "{{cluster}}" but does not enable MAC address spoofing (off by default): add macAddressSpoofing: true, or the adapter cannot take the cluster MAC and the VIP is never added'
    },
    sources: [
      "docs/domain.md \xA71.6 (Microsoft documents the failure for unicast mode; field reports extend the advice to the multicast modes)",
      "docs/domain.md \xA71.7"
    ]
  },
  check({ estate, report }) {
    const reported = /* @__PURE__ */ new Set();
    for (const cluster of estate.of("NlbCluster")) {
      cluster.spec.nodes.forEach((node, j) => {
        const vm = estate.get("VirtualMachine", node.vm);
        if (!vm) return;
        const found = adapterNamed(vm.spec, node.adapter);
        if (!found) return;
        const { adapter, index: a } = found;
        if (adapter.macAddressSpoofing === true) return;
        const once = `${nameKey(vm.name)}|${nameKey(adapter.name)}`;
        if (reported.has(once)) return;
        reported.add(once);
        const off = adapter.macAddressSpoofing === false;
        report({
          doc: vm,
          path: ["spec", "networkAdapters", a, off ? "macAddressSpoofing" : "name"],
          messageId: off ? "spoofingOff" : "spoofingUnset",
          // Documented to fail in unicast mode only; the multicast modes rest on field reports (§1.6).
          ...cluster.spec.mode === "unicast" ? {} : { severity: "warning" },
          data: { adapter: adapter.name, vm: vm.name, cluster: cluster.name },
          related: [
            { doc: cluster, path: ["spec", "nodes", j, "vm"], message: `node of NLB cluster "${cluster.name}"` }
          ]
        });
      });
    }
  }
});

// src/rules/nlb/nlb-node-mode.ts
var nlbNodeMode = defineRule({
  meta: {
    id: "nlb-node-mode",
    severity: "error",
    area: "nlb",
    description: "Require every NLB node to run in the cluster's operation mode.",
    fixable: false,
    messages: {
      wrongMode: `node "{{vm}}" runs in {{mode}} mode but NLB cluster "{{cluster}}" is {{clusterMode}}: all nodes must use one mode; remove the cluster IP, set every node to {{clusterMode}}, add the IP back and clear the switches' ARP tables`
    },
    sources: ["docs/domain.md \xA71.2", "docs/domain.md \xA71.8 (KB 264645)"]
  },
  check({ estate, report }) {
    for (const cluster of estate.of("NlbCluster")) {
      cluster.spec.nodes.forEach((node, j) => {
        if (node.mode === void 0 || node.mode === cluster.spec.mode) return;
        report({
          doc: cluster,
          path: ["spec", "nodes", j, "mode"],
          messageId: "wrongMode",
          data: { vm: node.vm, mode: node.mode, cluster: cluster.name, clusterMode: cluster.spec.mode },
          related: [
            { doc: cluster, path: ["spec", "mode"], message: `NLB cluster "${cluster.name}" is ${cluster.spec.mode}` }
          ]
        });
      });
    }
  }
});

// src/rules/nlb/nlb-node-vlan.ts
var nlbNodeVlan = defineRule({
  meta: {
    id: "nlb-node-vlan",
    severity: "error",
    area: "nlb",
    description: "Require the network adapter of every NLB node to be on the cluster's VLAN.",
    fixable: false,
    messages: {
      wrongVlan: 'network adapter "{{adapter}}" of VirtualMachine "{{vm}}" is on VLAN {{vlan}} but NLB cluster "{{cluster}}", whose node it is, is on VLAN {{clusterVlan}}: put the adapter on VLAN {{clusterVlan}}'
    },
    sources: ["docs/domain.md \xA71.2", "docs/domain.md \xA71.5", "docs/domain.md \xA72.1"]
  },
  check({ estate, report }) {
    for (const cluster of estate.of("NlbCluster")) {
      cluster.spec.nodes.forEach((node, j) => {
        const vm = estate.get("VirtualMachine", node.vm);
        if (!vm) return;
        const found = adapterNamed(vm.spec, node.adapter);
        if (!found) return;
        const { adapter, index: a } = found;
        if (adapter.vlan === void 0 || adapter.vlan === cluster.spec.vlan) return;
        report({
          doc: vm,
          path: ["spec", "networkAdapters", a, "vlan"],
          messageId: "wrongVlan",
          data: {
            adapter: adapter.name,
            vm: vm.name,
            vlan: adapter.vlan,
            cluster: cluster.name,
            clusterVlan: cluster.spec.vlan
          },
          related: [
            {
              doc: cluster,
              path: ["spec", "vlan"],
              message: `NLB cluster "${cluster.name}" is on VLAN ${cluster.spec.vlan}`
            },
            { doc: cluster, path: ["spec", "nodes", j, "vm"], message: `node of NLB cluster "${cluster.name}"` }
          ]
        });
      });
    }
  }
});

// src/rules/nlb/nlb-static-arp-mismatch.ts
var MODES2 = ["unicast", "multicast", "igmp-multicast"];
var nlbStaticArpMismatch = defineRule({
  meta: {
    id: "nlb-static-arp-mismatch",
    severity: "error",
    area: "nlb",
    description: "Report a static ARP entry that maps an NLB cluster VIP to a MAC other than the cluster MAC.",
    fixable: false,
    messages: {
      staleEntry: 'static ARP entry maps VIP {{vip}} of NLB cluster "{{cluster}}" to "{{mac}}", not to its cluster MAC {{expected}}{{hint}}: hosts report an IP address conflict and clients reach the wrong MAC; remove the entry (unicast mode needs none) or change it to {{expected}}',
      staleRequiredEntry: 'static ARP entry maps VIP {{vip}} of {{mode}} NLB cluster "{{cluster}}" to "{{mac}}", not to its cluster MAC {{expected}}{{hint}}: clients reach the wrong MAC; change the entry to {{expected}}, and keep it, because the layer-3 gateway needs a static ARP entry in {{mode}} mode'
    },
    sources: [
      "docs/domain.md \xA71.1",
      "docs/domain.md \xA71.5 (KB 4494444 for multicast mode; Cisco for IGMP multicast mode: the layer-3 gateway needs a static ARP entry)",
      "docs/domain.md \xA71.8 (KB 264645)",
      "docs/domain.md \xA71.9"
    ]
  },
  check({ estate, report }) {
    const byVip = nlbClustersByVip(estate);
    const owners = macOwners(estate);
    for (const sw of estate.of("Switch")) {
      (sw.spec.staticArp ?? []).forEach((entry, i) => {
        const clusters = byVip.get(entry.ip);
        if (!clusters) return;
        const mac = normalizeMac(entry.mac);
        if (!mac || clusters.some((c) => clusterMacFor(c.spec.vip, c.spec.mode) === mac)) return;
        if ((owners.get(mac) ?? []).some((o) => !o.cluster || !clusters.includes(o.cluster))) return;
        const cluster = clusters[0];
        const formerMode = MODES2.find((m) => clusterMacFor(entry.ip, m) === mac);
        report({
          doc: sw,
          path: ["spec", "staticArp", i, "mac"],
          messageId: cluster.spec.mode === "unicast" ? "staleEntry" : "staleRequiredEntry",
          data: {
            mode: cluster.spec.mode,
            vip: entry.ip,
            cluster: cluster.name,
            mac: entry.mac,
            expected: macForSwitch(clusterMacFor(cluster.spec.vip, cluster.spec.mode), sw.spec),
            hint: formerMode ? ` (it is the cluster's ${formerMode} MAC: left over from a mode change?)` : ""
          },
          related: [
            {
              doc: cluster,
              path: ["spec", "vip"],
              message: `NLB cluster "${cluster.name}" runs in ${cluster.spec.mode} mode`
            }
          ]
        });
      });
    }
  }
});

// src/rules/nlb/nlb-unicast-mode.ts
var nlbUnicastMode = defineRule({
  meta: {
    id: "nlb-unicast-mode",
    severity: "warning",
    area: "nlb",
    description: "Warn about NLB clusters in unicast mode, which floods every switch port of the VLAN with cluster traffic.",
    fixable: false,
    messages: {
      unicast: 'NLB cluster "{{cluster}}" runs in unicast mode, so the switches flood its traffic to every port of VLAN {{vlan}}: use igmp-multicast with static bridge multicast groups, or keep VLAN {{vlan}} dedicated to the cluster and turn this rule off for it'
    },
    sources: ["docs/domain.md \xA71.5 (KB 4494444)", "docs/domain.md \xA71.2", "docs/domain.md \xA72.1"]
  },
  check({ estate, report }) {
    for (const cluster of estate.of("NlbCluster")) {
      if (cluster.spec.mode !== "unicast") continue;
      report({
        doc: cluster,
        path: ["spec", "mode"],
        messageId: "unicast",
        data: { cluster: cluster.name, vlan: cluster.spec.vlan }
      });
    }
  }
});

// src/rules/nlb/nlb-vip-conflict.ts
var nlbVipConflict = defineRule({
  meta: {
    id: "nlb-vip-conflict",
    severity: "error",
    area: "nlb",
    description: "Report an NLB cluster VIP that another cluster or another device in the estate also uses.",
    fixable: false,
    messages: {
      sharedVip: 'VIP {{vip}} of NLB cluster "{{cluster}}" is also the VIP of NLB cluster "{{other}}": give each cluster its own address',
      arpToOther: 'VIP {{vip}} of NLB cluster "{{cluster}}" is mapped by a static ARP entry on switch "{{switch}}" to {{mac}}, the MAC of {{owner}}: two devices answer for one address (a duplicate IP); give one of them another address'
    },
    sources: ["docs/domain.md \xA71.1", "docs/domain.md \xA71.9"]
  },
  check({ estate, report }) {
    const owners = macOwners(estate);
    const arp = staticArpByIp(estate);
    for (const [vip, clusters] of nlbClustersByVip(estate)) {
      const first = clusters[0];
      for (const cluster of clusters.slice(1)) {
        report({
          doc: cluster,
          path: ["spec", "vip"],
          messageId: "sharedVip",
          data: { vip, cluster: cluster.name, other: first.name },
          related: [{ doc: first, path: ["spec", "vip"], message: `VIP of NLB cluster "${first.name}"` }]
        });
      }
      const ownMacs = new Set(clusters.map((c) => clusterMacFor(vip, c.spec.mode)));
      for (const { switch: sw, index, entry } of arp.get(vip) ?? []) {
        const mac = normalizeMac(entry.mac);
        if (!mac || ownMacs.has(mac)) continue;
        const owner = (owners.get(mac) ?? []).find((o) => !o.cluster || !clusters.includes(o.cluster));
        if (!owner) continue;
        report({
          doc: first,
          path: ["spec", "vip"],
          messageId: "arpToOther",
          data: { vip, cluster: first.name, switch: sw.name, mac: entry.mac, owner: owner.description },
          related: [
            {
              doc: sw,
              path: ["spec", "staticArp", index, "mac"],
              message: `static ARP entry ${vip} \u2192 ${entry.mac} on switch "${sw.name}"`
            },
            { doc: owner.doc, path: owner.path, message: owner.description }
          ]
        });
      }
    }
  }
});

// src/rules/nlb/nlb-igmp-gateway-arp.ts
var nlbIgmpGatewayArp = defineRule({
  meta: {
    id: "nlb-igmp-gateway-arp",
    severity: "warning",
    area: "nlb",
    description: "Require a static ARP entry for the VIP of each IGMP multicast NLB cluster on the layer-3 gateway of its VLAN, where the gateway is in the estate.",
    fixable: false,
    messages: {
      missingArp: 'switch "{{switch}}" routes VLAN {{vlan}} but has no static ARP entry for VIP {{vip}} of igmp-multicast NLB cluster "{{cluster}}": routers ignore the multicast MAC in its ARP replies, so clients in other subnets cannot reach it; add an entry mapping {{vip}} to {{mac}}',
      gatewayNotInEstate: 'no switch in the estate routes VLAN {{vlan}} of igmp-multicast NLB cluster "{{cluster}}", so hvlint cannot check its static ARP entry: make sure the layer-3 gateway of VLAN {{vlan}} maps VIP {{vip}} to {{mac}} (or declare the switch that routes the VLAN with routed: true)'
    },
    sources: [
      'docs/domain.md \xA71.5 (Cisco, "Troubleshoot IGMP for NLB on Catalyst 9000 switches": in IGMP multicast mode the layer-3 gateway needs a static ARP entry as well)',
      "docs/domain.md \xA71.1"
    ]
  },
  check({ estate, report }) {
    for (const cluster of estate.of("NlbCluster")) {
      if (cluster.spec.mode !== "igmp-multicast") continue;
      const { vip, vlan } = cluster.spec;
      const mac = clusterMacFor(vip, "igmp-multicast");
      const { missing, gatewayOutsideEstate } = vipArpAtGateways(estate, cluster);
      for (const { switch: sw, path } of missing) {
        report({
          doc: sw,
          path,
          target: "key",
          messageId: "missingArp",
          data: { switch: sw.name, vip, cluster: cluster.name, mac: macForSwitch(mac, sw.spec), vlan },
          related: [
            {
              doc: cluster,
              path: ["spec", "vip"],
              message: `igmp-multicast NLB cluster "${cluster.name}", VIP ${vip}`
            }
          ]
        });
      }
      if (gatewayOutsideEstate) {
        report({
          doc: cluster,
          path: ["spec", "vip"],
          messageId: "gatewayNotInEstate",
          severity: "notice",
          data: { vip, cluster: cluster.name, mac: formatMac(mac, "colon"), vlan }
        });
      }
    }
  }
});

// src/rules/nlb/index.ts
var nlbRules = [
  arpRetryCountZero,
  nlbClusterMac,
  nlbIgmpGatewayArp,
  nlbIgmpGroupCollision,
  nlbIgmpGroupExtraMembers,
  nlbIgmpGroupMembers,
  nlbIgmpGroupMissing,
  nlbMulticastStaticEntries,
  nlbNodeMacSpoofing,
  nlbNodeMode,
  nlbNodeVlan,
  nlbStaticArpMismatch,
  nlbUnicastMode,
  nlbVipConflict
];

// src/rules/switch/switch-igmp-snooping.ts
var switchIgmpSnooping = defineRule({
  meta: {
    id: "switch-igmp-snooping",
    severity: "error",
    area: "switch",
    description: "Require IGMP snooping on switch VLANs that carry an IGMP multicast NLB cluster without a static bridge multicast group, and forwarding of unregistered multicast on the LAGs and ports of the hosts that can run its nodes.",
    fixable: false,
    messages: {
      snoopingOff: 'IGMP snooping is off on switch "{{switch}}", which carries igmp-multicast NLB cluster {{clusters}} on VLAN {{vlan}} without a static bridge multicast group: turn IGMP snooping on or add the group',
      snoopingOffVlan: 'IGMP snooping is off on VLAN {{vlan}} of switch "{{switch}}", which carries igmp-multicast NLB cluster {{clusters}} without a static bridge multicast group: turn IGMP snooping on for the VLAN or add the group',
      unregisteredFiltered: '{{member}} of switch "{{switch}}" filters unregistered multicast, and hosts behind it can run nodes of igmp-multicast NLB cluster {{clusters}} on VLAN {{vlan}}, which has no static bridge multicast group: cluster traffic is dropped there whenever the group is not registered, so add the group or set unregisteredMulticast: forward on {{member}}'
    },
    sources: [
      "docs/domain.md \xA71.2 (KB 4494444: IGMP multicast mode needs IGMP snooping on the switches)",
      "docs/domain.md \xA72.1 (Dell PowerConnect: unregistered-multicast forwarding is a port and LAG setting)"
    ]
  },
  check({ estate, report }) {
    const problems = /* @__PURE__ */ new Map();
    const note = (sw, path, messageId, vlan, cluster, member) => {
      const key = `${sw.name.toLowerCase()}|${path.join(".")}|${messageId}`;
      const problem = problems.get(key);
      if (problem) {
        if (!problem.clusters.includes(cluster)) problem.clusters.push(cluster);
      } else
        problems.set(key, { switch: sw, path, messageId, vlan, clusters: [cluster], ...member ? { member } : {} });
    };
    for (const cluster of estate.of("NlbCluster")) {
      if (cluster.spec.mode !== "igmp-multicast") continue;
      for (const { switch: sw, attachments } of nlbReach(estate, cluster).values()) {
        if (bridgeGroupsFor(estate, sw, cluster).length > 0) continue;
        const declared = switchVlan(estate, sw, cluster.spec.vlan);
        const vlan = declared?.vlan;
        const v = declared?.index ?? -1;
        if (sw.spec.igmpSnooping === false)
          note(sw, ["spec", "igmpSnooping"], "snoopingOff", cluster.spec.vlan, cluster);
        else if (vlan?.igmpSnooping === false)
          note(sw, ["spec", "vlans", v, "igmpSnooping"], "snoopingOffVlan", cluster.spec.vlan, cluster);
        if (sw.spec.bridgeMulticastFiltering === false) continue;
        for (const at of attachments.values()) {
          const i = at.lag !== void 0 ? (sw.spec.lags ?? []).findIndex((l) => l.id === at.lag) : (sw.spec.ports ?? []).findIndex((p) => p.name.toLowerCase() === (at.port ?? "").toLowerCase());
          const list = at.lag !== void 0 ? "lags" : "ports";
          const setting = i < 0 ? void 0 : at.lag !== void 0 ? sw.spec.lags[i] : sw.spec.ports[i];
          if (setting?.unregisteredMulticast !== "filter") continue;
          const member = describeAttachment(at);
          note(
            sw,
            ["spec", list, i, "unregisteredMulticast"],
            "unregisteredFiltered",
            cluster.spec.vlan,
            cluster,
            member
          );
        }
      }
    }
    for (const problem of problems.values()) {
      const sw = problem.switch;
      report({
        doc: sw,
        path: problem.path,
        messageId: problem.messageId,
        data: {
          switch: sw.name,
          vlan: problem.vlan,
          clusters: problem.clusters.map((c) => `"${c.name}"`).join(", "),
          member: problem.member ?? ""
        },
        related: problem.clusters.map((c) => ({
          doc: c,
          path: ["spec", "vlan"],
          message: `igmp-multicast NLB cluster "${c.name}" on VLAN ${c.spec.vlan}`
        }))
      });
    }
  }
});

// src/rules/switch/switch-mac-style.ts
var STYLE_NAMES = { colon: "colon-separated", hyphen: "hyphen-separated", dot: "dotted" };
var STYLES = /* @__PURE__ */ new Set(["colon", "hyphen", "dot", "any"]);
function modelStylesOption(options) {
  const raw = options["modelStyles"];
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return {};
  return Object.fromEntries(
    Object.entries(raw).filter(([, style]) => typeof style === "string" && STYLES.has(style))
  );
}
var switchMacStyle = defineRule({
  meta: {
    id: "switch-mac-style",
    severity: "warning",
    area: "switch",
    description: "Require MACs in bridge multicast groups, static ARP and static MAC entries to be written in the notation the switch takes.",
    fixable: true,
    messages: {
      wrongStyle: 'switch "{{switch}}" takes {{style}} MACs ({{because}}): write "{{mac}}" as {{fixed}}'
    },
    optionsSchema: {
      type: "object",
      properties: {
        modelStyles: {
          type: "object",
          description: "Model glob \u2192 MAC notation (colon, hyphen, dot, or any), matched before the built-in table; the first match wins.",
          additionalProperties: { enum: ["colon", "hyphen", "dot", "any"] }
        }
      },
      additionalProperties: false
    },
    defaultOptions: { modelStyles: {} },
    sources: ["docs/domain.md \xA72.1", "docs/domain.md \xA72.3"]
  },
  check({ estate, options, report }) {
    const modelStyles = modelStylesOption(options);
    for (const sw of estate.of("Switch")) {
      const style = macStyleForSwitch(sw.spec, modelStyles);
      if (style === void 0 || style === "dot") continue;
      const because = sw.spec.macStyle ? `macStyle: ${sw.spec.macStyle}` : `model ${sw.spec.model}`;
      const check = (mac, path) => {
        if (macStyleOf(mac) === style) return;
        const fixed = formatMac(mac, style, { upperCase: isUpperCaseMac(mac) });
        report({
          doc: sw,
          path,
          messageId: "wrongStyle",
          data: { switch: sw.name, style: STYLE_NAMES[style], because, mac, fixed },
          fix: { description: `write the MAC as ${fixed}`, edits: [{ doc: sw, path, text: fixed }] }
        });
      };
      (sw.spec.bridgeMulticastGroups ?? []).forEach(
        (g, i) => g.mac !== void 0 && check(g.mac, ["spec", "bridgeMulticastGroups", i, "mac"])
      );
      (sw.spec.staticArp ?? []).forEach((e, i) => check(e.mac, ["spec", "staticArp", i, "mac"]));
      (sw.spec.staticMac ?? []).forEach((e, i) => check(e.mac, ["spec", "staticMac", i, "mac"]));
    }
  }
});

// src/rules/switch/switch-multicast-filtering.ts
var switchMulticastFiltering = defineRule({
  meta: {
    id: "switch-multicast-filtering",
    severity: "warning",
    area: "switch",
    description: "Report switches with bridge multicast filtering off that have bridge multicast groups or IGMP snooping configured: without filtering neither takes effect.",
    fixable: false,
    messages: {
      filteringOff: 'bridge multicast filtering is off on switch "{{switch}}", so its {{what}} {{have}} no effect and all multicast floods every port of the VLAN: turn it on (bridge multicast filtering) and set bridgeMulticastFiltering: true'
    },
    sources: [
      'docs/domain.md \xA72.1 (Dell PowerConnect 54xx user guide, "Multicast Global Parameters": static groups and IGMP snooping work only with bridge multicast filtering enabled, off by default)'
    ]
  },
  check({ estate, report }) {
    for (const sw of estate.of("Switch")) {
      if (sw.spec.bridgeMulticastFiltering !== false) continue;
      const what = [];
      const groups = sw.spec.bridgeMulticastGroups ?? [];
      if (groups.length > 0) what.push(`${groups.length} bridge multicast ${groups.length === 1 ? "group" : "groups"}`);
      if (sw.spec.igmpSnooping === true || (sw.spec.vlans ?? []).some((v) => v.igmpSnooping === true))
        what.push("IGMP snooping");
      if (what.length === 0) continue;
      report({
        doc: sw,
        path: ["spec", "bridgeMulticastFiltering"],
        messageId: "filteringOff",
        data: {
          switch: sw.name,
          what: what.join(" and "),
          have: what.length > 1 || groups.length > 1 ? "have" : "has"
        },
        related: groups.length > 0 ? [
          {
            doc: sw,
            path: ["spec", "bridgeMulticastGroups"],
            target: "key",
            message: "the bridge multicast groups"
          }
        ] : []
      });
    }
  }
});

// src/rules/switch/switch-multicast-mac-mismatch.ts
var switchMulticastMacMismatch = defineRule({
  meta: {
    id: "switch-multicast-mac-mismatch",
    severity: "error",
    area: "switch",
    description: "Check that the MAC of a bridge multicast group is the RFC 1112 mapping of its group IP, and warn about a group written as an NLB VIP.",
    fixable: false,
    messages: {
      mismatch: `MAC "{{mac}}" of bridge multicast group {{group}} on VLAN {{vlan}} is not the group's multicast MAC {{expected}}: fix the MAC or the group`,
      vipAsGroup: "bridge multicast group {{group}} on VLAN {{vlan}} is not a multicast address: that a switch turns an NLB VIP into group {{address}} is unverified, write group {{address}} (MAC {{expected}}) instead"
    },
    sources: ["RFC 1112 \xA76.4", "docs/domain.md \xA71.2", "docs/domain.md \xA71.3", "docs/domain.md \xA72.1"]
  },
  check({ estate, report }) {
    for (const sw of estate.of("Switch")) {
      (sw.spec.bridgeMulticastGroups ?? []).forEach((group, i) => {
        if (group.group === void 0) return;
        const address = bridgeGroupAddress(group.group);
        const style = group.mac !== void 0 && macStyleOf(group.mac) === "hyphen" ? "hyphen" : "colon";
        if (address !== group.group) {
          report({
            doc: sw,
            path: ["spec", "bridgeMulticastGroups", i, "group"],
            messageId: "vipAsGroup",
            severity: "warning",
            data: {
              group: group.group,
              vlan: group.vlan,
              address,
              expected: formatMac(multicastMacForGroup(address), style)
            }
          });
          return;
        }
        if (group.mac === void 0) return;
        const expected = multicastMacForGroup(address);
        if (normalizeMac(group.mac) === expected) return;
        report({
          doc: sw,
          path: ["spec", "bridgeMulticastGroups", i, "mac"],
          messageId: "mismatch",
          data: {
            mac: group.mac,
            group: group.group,
            vlan: group.vlan,
            expected: formatMac(expected, style, { upperCase: isUpperCaseMac(group.mac) })
          }
        });
      });
    }
  }
});

// src/model/versions.ts
var ORDER = [
  "windows-server-2008-r2",
  "windows-server-2012",
  "windows-server-2012-r2",
  "windows-server-2016",
  "windows-server-2019",
  "windows-server-2022",
  "windows-server-2025"
];
function compareVersions(a, b) {
  return ORDER.indexOf(a) - ORDER.indexOf(b);
}
var isAtLeast = (os, since) => compareVersions(os, since) >= 0;
function versionName(os) {
  return os.replace(/^windows-server-/, "Windows Server ").replace(/-r2$/, " R2");
}
function groupByVersion(hosts) {
  const versions = /* @__PURE__ */ new Map();
  for (const host of [...hosts].sort((a, b) => compareVersions(a.spec.os, b.spec.os))) {
    const list = versions.get(host.spec.os);
    if (list) list.push(host);
    else versions.set(host.spec.os, [host]);
  }
  return { versions, unknown: hosts.length === 0 };
}
function vmHostVersions(estate, vm) {
  return groupByVersion(estate.hostsAbleToRun(vm));
}
function namedHosts(hosts) {
  return `${hosts.length === 1 ? "host" : "hosts"} ${hosts.map((h) => `"${h.name}"`).join(", ")}`;
}
function splitAt(versions, since) {
  const older = [];
  const newer = [];
  for (const [os, hosts] of versions.versions) (isAtLeast(os, since) ? newer : older).push(...hosts);
  return { older, newer };
}
function describeHosts(hosts) {
  const releases = [...new Set(hosts.map((h) => h.spec.os))].sort(compareVersions).map(versionName);
  const names = releases.map((r, i) => i === 0 ? r : r.replace(/^Windows Server /, "")).join(" and ");
  return `${names} ${namedHosts(hosts)}`;
}
function backupFallback(versions) {
  const { older, newer } = splitAt(versions, "windows-server-2012-r2");
  if (older.length === 0 && newer.length === 0)
    return "saved-state (hosts before Windows Server 2012 R2) or crash-consistent (2012 R2 and later)";
  if (newer.length === 0) return `saved-state (the VM pauses; ${describeHosts(older)})`;
  if (older.length === 0) return `crash-consistent (${describeHosts(newer)})`;
  return `saved-state (${describeHosts(older)}) or crash-consistent (${describeHosts(newer)})`;
}

// src/rules/switch/nic-team-switch-mode.ts
var MODE_NAME = {
  lacp: "an LACP",
  static: "a static",
  "switch-independent": "a switch-independent",
  none: "an unteamed"
};
var nicTeamSwitchMode = defineRule({
  meta: {
    id: "nic-team-switch-mode",
    severity: "error",
    area: "switch",
    description: "Check each host NIC team's mode against the switch side (LACP team on an LACP LAG, static team on a static LAG, switch-independent team on plain ports), and dynamic load balancing against the host's Windows version.",
    fixable: false,
    messages: {
      modeMismatch: 'NIC team "{{team}}" of host "{{host}}" is {{mode}} team but lands on {{side}} of switch "{{switch}}": {{fix}}',
      dynamicTooOld: 'NIC team "{{team}}" of host "{{host}}" uses dynamic load balancing, which {{os}} does not have (Windows Server 2012 R2 and later): use address-hash or hyper-v-port'
    },
    sources: [
      "docs/domain.md \xA72.4 (Microsoft, NIC Teaming overview: switch-independent teams need no switch configuration, static teams a static LAG, LACP teams an LACP LAG; dynamic load balancing from Windows Server 2012 R2)"
    ]
  },
  check({ estate, report }) {
    for (const host of estate.of("HyperVHost")) {
      (host.spec.nicTeams ?? []).forEach((team, t) => {
        if (team.loadBalancing === "dynamic" && !isAtLeast(host.spec.os, "windows-server-2012-r2")) {
          report({
            doc: host,
            path: ["spec", "nicTeams", t, "loadBalancing"],
            messageId: "dynamicTooOld",
            data: { team: team.name, host: host.name, os: versionName(host.spec.os) },
            related: [
              { doc: host, path: ["spec", "os"], message: `host "${host.name}" runs ${versionName(host.spec.os)}` }
            ]
          });
        }
        if (!team.mode) return;
        const mode = team.mode;
        for (const { uplink } of teamUplinks(team, t)) {
          const sw = estate.get("Switch", uplink.switch);
          if (!sw) continue;
          const lagId = uplink.lag ?? (uplink.port ? lagOfPort(estate, sw, uplink.port) : void 0);
          const lags = sw.spec.lags ?? [];
          const l = lagId === void 0 ? -1 : lags.findIndex((x) => x.id === lagId);
          const lag = l >= 0 ? lags[l] : void 0;
          let side;
          let fix = "";
          const independent = mode === "switch-independent" || mode === "none";
          if (lagId === void 0) {
            if (independent || !uplink.port) continue;
            side = `port ${uplink.port}, which is in no LAG`;
            fix = mode === "lacp" ? "put the team's ports in an LACP LAG (channel-group \u2026 mode auto), or make the team switch-independent" : "put the team's ports in a static LAG, or make the team switch-independent";
          } else if (independent) {
            side = `LAG ${lagId}`;
            fix = mode === "none" ? "take its port out of the LAG" : "take its ports out of the LAG, or make the team LACP (or static) to match the LAG";
          } else if (lag?.lacp === void 0) {
            continue;
          } else if (mode === "lacp" && !lag.lacp) {
            side = `static LAG ${lagId}`;
            fix = "make the LAG an LACP LAG (lacp: true), or make the team static";
          } else if (mode === "static" && lag.lacp) {
            side = `LACP LAG ${lagId}`;
            fix = "make the LAG static (lacp: false), or make the team LACP";
          } else continue;
          report({
            doc: host,
            path: ["spec", "nicTeams", t, "mode"],
            messageId: "modeMismatch",
            data: { team: team.name, host: host.name, mode: MODE_NAME[mode], side, switch: sw.name, fix },
            related: [
              l >= 0 ? { doc: sw, path: ["spec", "lags", l], message: `LAG ${lagId} of switch "${sw.name}"` } : { doc: sw, path: ["metadata", "name"], message: `switch "${sw.name}"` }
            ]
          });
        }
      });
    }
  }
});

// src/rules/switch/index.ts
var switchRules = [
  nicTeamSwitchMode,
  switchIgmpSnooping,
  switchMacStyle,
  switchMulticastFiltering,
  switchMulticastMacMismatch
];

// src/rules/vm/vm-checkpoint-age.ts
var DAY_MS = 24 * 60 * 60 * 1e3;
var DEFAULT_MAX_AGE_DAYS = 7;
var vmCheckpointAge = defineRule({
  meta: {
    id: "vm-checkpoint-age",
    severity: "warning",
    area: "vm",
    description: "Report checkpoints older than a number of days (7 by default): merge them before they grow and block migrations.",
    fixable: false,
    messages: {
      old: 'checkpoint "{{checkpoint}}" of VM "{{vm}}" is {{days}} days old (more than {{max}}): delete it so it merges into the parent disk'
    },
    optionsSchema: {
      type: "object",
      properties: {
        maxAgeDays: { type: "integer", minimum: 0, description: "Age in days above which a checkpoint is reported." }
      },
      additionalProperties: false
    },
    defaultOptions: { maxAgeDays: DEFAULT_MAX_AGE_DAYS },
    sources: [
      "docs/domain.md \xA73.4 (Microsoft: keep checkpoint chains short)",
      "docs/domain.md \xA74.3 (leftover checkpoints mean a backup went wrong)",
      "docs/domain.md \xA75.3 (no checkpoints left hanging around before a migration)"
    ]
  },
  check({ estate, options, now, report }) {
    const max = typeof options.maxAgeDays === "number" && options.maxAgeDays >= 0 ? options.maxAgeDays : DEFAULT_MAX_AGE_DAYS;
    for (const vm of estate.of("VirtualMachine")) {
      (vm.spec.checkpoints ?? []).forEach((checkpoint, i) => {
        if (!checkpoint.created) return;
        const created = Date.parse(checkpoint.created);
        if (Number.isNaN(created)) return;
        const ageMs = now.getTime() - created;
        if (ageMs <= max * DAY_MS) return;
        report({
          doc: vm,
          path: ["spec", "checkpoints", i, "created"],
          messageId: "old",
          data: { vm: vm.name, checkpoint: checkpoint.name, days: Math.floor(ageMs / DAY_MS), max }
        });
      });
    }
  }
});

// src/rules/vm/vm-checkpoint-limit.ts
var MAX_CHECKPOINTS = 50;
var vmCheckpointLimit = defineRule({
  meta: {
    id: "vm-checkpoint-limit",
    severity: "error",
    area: "vm",
    description: "Report VMs with more checkpoints than Hyper-V allows (50).",
    fixable: false,
    messages: {
      tooMany: 'VM "{{vm}}" has {{count}} checkpoints: Hyper-V allows at most {{max}}, delete old checkpoints so the chain merges'
    },
    sources: [
      "docs/domain.md \xA73.2 (Microsoft: at most 50 checkpoints per VM)",
      "docs/domain.md \xA73.4 (keep checkpoint chains short)"
    ]
  },
  check({ estate, report }) {
    for (const vm of estate.of("VirtualMachine")) {
      const count = vm.spec.checkpoints?.length ?? 0;
      if (count > MAX_CHECKPOINTS) {
        report({
          doc: vm,
          path: ["spec", "checkpoints"],
          target: "key",
          messageId: "tooMany",
          data: { vm: vm.name, count, max: MAX_CHECKPOINTS }
        });
      }
    }
  }
});

// src/rules/vm/vm-controller-limits.ts
var LIMITS = { ide: { number: 1, location: 1 }, scsi: { number: 3, location: 63 } };
var vmControllerLimits = defineRule({
  meta: {
    id: "vm-controller-limits",
    severity: "error",
    area: "vm",
    description: "Report controller numbers and locations beyond Hyper-V's limits, two drives in one slot, and two controllers with the same type and number.",
    fixable: false,
    messages: {
      controllerNumber: "controller number {{number}} is out of range for {{type}}: Hyper-V has {{type}} controllers 0-{{max}}",
      location: "location {{location}} is out of range for {{type}} controller {{number}}: {{type}} controllers have locations 0-{{max}}",
      duplicateController: 'VM "{{vm}}" declares {{type}} controller {{number}} twice: merge the drives into one entry',
      duplicateLocation: 'VM "{{vm}}" has two drives at {{slot}}: give each drive its own location'
    },
    sources: [
      "docs/domain.md \xA73.2 (Microsoft: IDE controllers 0\u20131 with locations 0\u20131; up to 4 SCSI controllers with 64 locations each)"
    ]
  },
  check({ estate, report }) {
    for (const vm of estate.of("VirtualMachine")) {
      const controllers = vm.spec.controllers ?? [];
      const firstController = /* @__PURE__ */ new Map();
      const firstSlot = /* @__PURE__ */ new Map();
      controllers.forEach((controller, i) => {
        const limit = LIMITS[controller.type];
        const at = ["spec", "controllers", i];
        if (controller.number > limit.number) {
          report({
            doc: vm,
            path: [...at, "number"],
            messageId: "controllerNumber",
            data: { type: controller.type.toUpperCase(), number: controller.number, max: limit.number }
          });
        }
        const controllerKey = `${controller.type}:${controller.number}`;
        const first = firstController.get(controllerKey);
        if (first === void 0) firstController.set(controllerKey, i);
        else {
          report({
            doc: vm,
            path: [...at, "number"],
            messageId: "duplicateController",
            data: { vm: vm.name, type: controller.type.toUpperCase(), number: controller.number },
            related: [
              {
                doc: vm,
                path: ["spec", "controllers", first, "number"],
                message: `${controller.type.toUpperCase()} controller ${controller.number} first declared here`
              }
            ]
          });
        }
        (controller.drives ?? []).forEach((drive, j) => {
          const drivePath = [...at, "drives", j, "location"];
          if (drive.location > limit.location) {
            report({
              doc: vm,
              path: drivePath,
              messageId: "location",
              data: {
                type: controller.type.toUpperCase(),
                number: controller.number,
                location: drive.location,
                max: limit.location
              }
            });
          }
          const slot = `${controller.type.toUpperCase()} ${controller.number}:${drive.location}`;
          const taken = firstSlot.get(slot);
          if (!taken) firstSlot.set(slot, drivePath);
          else
            report({
              doc: vm,
              path: drivePath,
              messageId: "duplicateLocation",
              data: { vm: vm.name, slot },
              related: [{ doc: vm, path: taken, message: `${slot} is taken here` }]
            });
        });
      });
    }
  }
});

// src/model/storage.ts
function drivesOf(vm) {
  const out = [];
  (vm.spec.controllers ?? []).forEach((controller, i) => {
    (controller.drives ?? []).forEach((drive, j) => {
      out.push({
        controller,
        drive,
        path: ["spec", "controllers", i, "drives", j],
        slot: `${controller.type.toUpperCase()} ${controller.number}:${drive.location}`
      });
    });
  });
  return out;
}
var isDisk = (drive) => (drive.kind ?? "disk") === "disk";
function bootDriveOf(vm) {
  const drives = drivesOf(vm);
  const marked = drives.find((d) => d.drive.boot === true);
  if (marked) return marked;
  const system = drives.find((d) => isDisk(d.drive) && d.drive.purpose === "system");
  if (system) return system;
  if (vm.spec.generation !== 1) return void 0;
  const ide = drives.filter((d) => d.controller.type === "ide" && isDisk(d.drive));
  ide.sort((a, b) => a.controller.number - b.controller.number || a.drive.location - b.drive.location);
  return ide[0];
}
function normalizeWindowsPath(path) {
  const slashed = path.replace(/\//g, "\\");
  const unc = slashed.startsWith("\\\\");
  const body = slashed.replace(/\\{2,}/g, "\\").replace(/\\+$/, "");
  return (unc ? "\\" + body : body).toLowerCase();
}
function isUnder(path, folder) {
  const p = normalizeWindowsPath(path);
  const f = normalizeWindowsPath(folder);
  return p === f || p.startsWith(f + "\\");
}
var isSmbPath = (path) => /^[\\/]{2}[^\\/]/.test(path);
function volumeOf(path) {
  const slashed = path.replace(/\//g, "\\");
  const csv = /^([a-z]:\\clusterstorage\\[^\\]+)/i.exec(slashed);
  if (csv) return csv[1];
  const unc = /^(\\\\[^\\]+\\[^\\]+)/.exec(slashed);
  if (unc) return unc[1];
  const drive = /^([a-z]:)/i.exec(slashed);
  return drive ? drive[1].toUpperCase() : slashed;
}
var isClusterStoragePath = (path) => /^[a-z]:\\clusterstorage\\./.test(normalizeWindowsPath(path));
function clustersOfHost(estate, host) {
  const listing = estate.index("storage:clustersListingHost", () => {
    const map = /* @__PURE__ */ new Map();
    for (const cluster of estate.of("HyperVCluster")) {
      for (const node of cluster.spec.nodes) {
        const key = nameKey(node);
        const list = map.get(key);
        if (list) list.push(cluster);
        else map.set(key, [cluster]);
      }
    }
    return map;
  });
  const out = [];
  const named = estate.get("HyperVCluster", host.spec.cluster);
  if (named) out.push(named);
  for (const cluster of listing.get(nameKey(host.name)) ?? []) if (!out.includes(cluster)) out.push(cluster);
  return out;
}
function csvHolding(clusters, path) {
  for (const cluster of clusters) {
    const volumes = cluster.spec.sharedVolumes ?? [];
    for (let i = 0; i < volumes.length; i++) {
      if (isUnder(path, volumes[i].path)) return { cluster, volume: volumes[i], path: ["spec", "sharedVolumes", i] };
    }
  }
  return void 0;
}

// src/rules/vm/vm-data-disk-on-ide.ts
var vmDataDiskOnIde = defineRule({
  meta: {
    id: "vm-data-disk-on-ide",
    severity: "warning",
    area: "vm",
    description: "Report disks other than the boot disk that sit on an IDE controller: move them to SCSI.",
    fixable: false,
    messages: {
      dataDiskOnIde: 'disk "{{path}}" of VM "{{vm}}" is on {{slot}} but is not the boot disk: IDE loses ODX offload, move it to a SCSI controller'
    },
    sources: [
      "docs/domain.md \xA73.3 (Microsoft: UNMAP reaches the host from VHDX on SCSI; VHDX on SCSI is recommended. Field: ODX offload is lost on IDE)",
      "docs/domain.md \xA73.1 (generation 1 boots from IDE: only the boot disk needs it)"
    ]
  },
  check({ estate, report }) {
    for (const vm of estate.of("VirtualMachine")) {
      if (vm.spec.generation !== 1) continue;
      const boot = bootDriveOf(vm);
      for (const placed of drivesOf(vm)) {
        if (placed.controller.type !== "ide" || !isDisk(placed.drive) || placed.drive === boot?.drive) continue;
        report({
          doc: vm,
          path: [...placed.path, "location"],
          messageId: "dataDiskOnIde",
          data: { vm: vm.name, path: placed.drive.path ?? "", slot: placed.slot }
        });
      }
    }
  }
});

// src/rules/vm/vm-dynamic-vhd.ts
var vmDynamicVhd = defineRule({
  meta: {
    id: "vm-dynamic-vhd",
    severity: "warning",
    area: "vm",
    description: "Report dynamically expanding disks in the VHD format: convert them to VHDX, or make them fixed.",
    fixable: false,
    messages: {
      dynamicVhd: 'disk "{{path}}" of VM "{{vm}}" is a dynamically expanding VHD: convert it to VHDX (Convert-VHD), or to a fixed VHD'
    },
    sources: [
      "docs/domain.md \xA73.3 (Microsoft: VHD never passes UNMAP; VHDX on SCSI is recommended)",
      "docs/domain.md \xA73.4 (Microsoft: for VHD use fixed; for VHDX dynamic is fine)"
    ]
  },
  check({ estate, report }) {
    for (const vm of estate.of("VirtualMachine")) {
      for (const { drive, path } of drivesOf(vm)) {
        if (!isDisk(drive) || drive.format !== "vhd" || drive.type !== "dynamic") continue;
        report({
          doc: vm,
          path: [...path, "format"],
          messageId: "dynamicVhd",
          data: { vm: vm.name, path: drive.path ?? "" }
        });
      }
    }
  }
});

// src/rules/vm/vm-generation-controllers.ts
var vmGenerationControllers = defineRule({
  meta: {
    id: "vm-generation-controllers",
    severity: "error",
    area: "vm",
    description: "Report IDE controllers and drives on generation 2 VMs, and generation 1 VMs whose boot drive is not on IDE.",
    fixable: false,
    messages: {
      gen2IdeController: 'generation 2 VM "{{vm}}" has IDE controller {{number}}: generation 2 has no IDE, remove it and use a SCSI controller',
      gen2IdeControllerDrives: 'generation 2 VM "{{vm}}" has IDE controller {{number}} with {{drives}}: generation 2 has no IDE, move {{them}} to a SCSI controller and remove the IDE controller',
      gen1BootNotIde: 'generation 1 VM "{{vm}}" boots from {{slot}}: generation 1 boots only from IDE, move the boot {{kind}} to IDE 0:0'
    },
    sources: ["docs/domain.md \xA73.1 (Microsoft: generation 1 boots only from IDE; generation 2 has no IDE controller)"]
  },
  check({ estate, report }) {
    for (const vm of estate.of("VirtualMachine")) {
      const controllers = vm.spec.controllers ?? [];
      if (vm.spec.generation === 2) {
        controllers.forEach((controller, i) => {
          if (controller.type !== "ide") return;
          const drives = controller.drives ?? [];
          const named = drives.map((drive) => {
            const slot = `IDE ${controller.number}:${drive.location}`;
            return isDisk(drive) ? `disk "${drive.path ?? slot}" (${slot})` : `DVD drive ${slot}`;
          });
          report({
            doc: vm,
            path: ["spec", "controllers", i, "type"],
            messageId: drives.length === 0 ? "gen2IdeController" : "gen2IdeControllerDrives",
            data: {
              vm: vm.name,
              number: controller.number,
              drives: named.join(", "),
              them: drives.length === 1 ? isDisk(drives[0]) ? "the disk" : "the DVD drive" : "them"
            }
          });
        });
        continue;
      }
      const boot = bootDriveOf(vm);
      if (boot && boot.controller.type !== "ide") {
        const at = boot.drive.boot === true ? [...boot.path, "boot"] : [...boot.path, "location"];
        report({
          doc: vm,
          path: at,
          messageId: "gen1BootNotIde",
          data: { vm: vm.name, slot: boot.slot, kind: isDisk(boot.drive) ? "disk" : "DVD drive" }
        });
      }
    }
  }
});

// src/rules/vm/vm-ha-disk-placement.ts
var vmHaDiskPlacement = defineRule({
  meta: {
    id: "vm-ha-disk-placement",
    severity: "error",
    area: "vm",
    description: "Report virtual disks of highly available VMs that are not on shared storage of the VM's cluster: a Cluster Shared Volume, a clustered disk, or an SMB share.",
    fixable: false,
    messages: {
      notOnCsv: 'disk "{{path}}" of highly available VM "{{vm}}" is not on a Cluster Shared Volume or clustered disk of cluster "{{cluster}}": other nodes cannot open it, move it under {{volumes}}',
      noCsv: 'disk "{{path}}" of highly available VM "{{vm}}" is not on shared storage, and cluster "{{cluster}}" declares no sharedVolumes or clusterDisks: put the disk on a CSV or clustered disk of the cluster, or an SMB share'
    },
    sources: [
      'Microsoft: "Use Cluster Shared Volumes in a failover cluster" (CSVs hold the virtual hard disks of clustered Hyper-V VMs, readable by every node; Scale-Out File Server SMB shares also hold VM files)',
      'Microsoft: "Deploy a Hyper-V cluster" (a highly available VM may also use a clustered disk that is not a CSV, a pass-through disk that is a cluster disk, or virtual Fibre Channel)',
      "docs/domain.md \xA72.2, \xA75.2 (a highly available VM runs on, and fails over to, any node of its cluster)"
    ]
  },
  check({ estate, report }) {
    for (const vm of estate.of("VirtualMachine")) {
      if (!vm.spec.cluster) continue;
      const cluster = estate.get("HyperVCluster", vm.spec.cluster);
      if (!cluster) continue;
      const volumes = cluster.spec.sharedVolumes ?? [];
      const clusterDisks = cluster.spec.clusterDisks ?? [];
      for (const { drive, path } of drivesOf(vm)) {
        if (!isDisk(drive) || !drive.path || isSmbPath(drive.path)) continue;
        if (csvHolding([cluster], drive.path)) continue;
        if (clusterDisks.some((d) => isUnder(drive.path, d.path))) continue;
        const related2 = [
          volumes.length + clusterDisks.length > 0 ? {
            doc: cluster,
            path: volumes.length > 0 ? ["spec", "sharedVolumes"] : ["spec", "clusterDisks"],
            target: "key",
            message: `Cluster Shared Volumes of "${cluster.name}"`
          } : { doc: cluster, path: ["metadata", "name"], message: `cluster "${cluster.name}"` }
        ];
        report({
          doc: vm,
          path: [...path, "path"],
          messageId: volumes.length + clusterDisks.length > 0 ? "notOnCsv" : "noCsv",
          data: {
            vm: vm.name,
            path: drive.path,
            cluster: cluster.name,
            volumes: [...volumes, ...clusterDisks].map((v) => v.path).sort().join(", ")
          },
          related: related2
        });
      }
    }
  }
});

// src/rules/vm/vm-local-disk-on-csv.ts
var vmLocalDiskOnCsv = defineRule({
  meta: {
    id: "vm-local-disk-on-csv",
    severity: "warning",
    area: "vm",
    description: "Report disks of VMs that are not highly available but sit on a Cluster Shared Volume: make the VM a clustered role or move its disks to local storage.",
    fixable: false,
    messages: {
      onCsv: 'disk "{{path}}" of VM "{{vm}}" is on a Cluster Shared Volume{{volume}}, but the VM runs only on host "{{host}}": make it a highly available role of the cluster (spec.cluster) or move the disk off the CSV'
    },
    sources: [
      'Microsoft: "Use Cluster Shared Volumes in a failover cluster" (CSVs, mounted under C:\\ClusterStorage on every node, are for the disks of clustered Hyper-V VMs)',
      "docs/domain.md \xA75.2 [derived] (only clustered roles fail over to another node; a stand-alone VM on a CSV still dies with its host)"
    ]
  },
  check({ estate, report }) {
    for (const vm of estate.of("VirtualMachine")) {
      if (!vm.spec.host) continue;
      const host = estate.get("HyperVHost", vm.spec.host);
      const clusters = host ? clustersOfHost(estate, host) : [];
      for (const { drive, path } of drivesOf(vm)) {
        if (!isDisk(drive) || !drive.path) continue;
        const csv = csvHolding(clusters, drive.path);
        if (!csv && !isClusterStoragePath(drive.path)) continue;
        report({
          doc: vm,
          path: [...path, "path"],
          messageId: "onCsv",
          data: {
            vm: vm.name,
            path: drive.path,
            host: vm.spec.host,
            volume: csv ? ` ("${csv.volume.name}" of cluster "${csv.cluster.name}")` : ""
          },
          related: csv ? [{ doc: csv.cluster, path: [...csv.path, "path"], message: `Cluster Shared Volume "${csv.volume.name}"` }] : []
        });
      }
    }
  }
});

// src/rules/vm/vm-recovery-checkpoint.ts
var vmRecoveryCheckpoint = defineRule({
  meta: {
    id: "vm-recovery-checkpoint",
    severity: "warning",
    area: "vm",
    description: "Report recovery checkpoints, which a backup leaves behind when it went wrong.",
    fixable: false,
    messages: {
      recovery: 'VM "{{vm}}" has recovery checkpoint "{{checkpoint}}": a backup did not finish cleanly, check the backup job and remove the checkpoint'
    },
    sources: [
      "docs/domain.md \xA74.3 (leftover recovery checkpoints mean a backup went wrong)",
      "docs/domain.md \xA75.3 (no checkpoints left before a migration)"
    ]
  },
  check({ estate, report }) {
    for (const vm of estate.of("VirtualMachine")) {
      (vm.spec.checkpoints ?? []).forEach((checkpoint, i) => {
        if (checkpoint.type !== "recovery") return;
        report({
          doc: vm,
          path: ["spec", "checkpoints", i, "type"],
          messageId: "recovery",
          data: { vm: vm.name, checkpoint: checkpoint.name }
        });
      });
    }
  }
});

// src/rules/vm/vm-mac-address-conflict.ts
var macValue = (mac) => {
  const canonical = normalizeMac(mac);
  return canonical === void 0 ? void 0 : parseInt(canonical.replace(/-/g, ""), 16);
};
var vmMacAddressConflict = defineRule({
  meta: {
    id: "vm-mac-address-conflict",
    severity: "warning",
    area: "vm",
    description: "Report static MAC addresses given to more than one VM network adapter, and dynamic MAC address pools of Hyper-V hosts that overlap.",
    fixable: false,
    messages: {
      duplicateStatic: 'network adapter "{{adapter}}" of VM "{{vm}}" has static MAC {{mac}}, which network adapter "{{otherAdapter}}" of VM "{{other}}" also has: give each adapter its own MAC',
      poolOverlap: 'the dynamic MAC address pool of host "{{host}}" ({{min}}\u2013{{max}}) overlaps that of host "{{other}}" ({{otherMin}}\u2013{{otherMax}}): VMs can get the same MAC, and duplicate-IP warnings follow when they meet; give every host its own range'
    },
    sources: [
      "docs/domain.md \xA71.9 (field: duplicate-IP warnings come from a real duplicate or from a migration to a cluster whose dynamic MAC pool differs; overlapping pools hand out the same MAC twice)"
    ]
  },
  check({ estate, report }) {
    const seen = /* @__PURE__ */ new Map();
    for (const vm of estate.of("VirtualMachine")) {
      (vm.spec.networkAdapters ?? []).forEach((adapter, i) => {
        if (adapter.macAddress === void 0) return;
        const mac = normalizeMac(adapter.macAddress);
        if (!mac || mac === "00-00-00-00-00-00") return;
        const first = seen.get(mac);
        if (!first) {
          seen.set(mac, { vm, adapter: adapter.name, index: i });
          return;
        }
        report({
          doc: vm,
          path: ["spec", "networkAdapters", i, "macAddress"],
          messageId: "duplicateStatic",
          data: {
            adapter: adapter.name,
            vm: vm.name,
            mac: adapter.macAddress,
            otherAdapter: first.adapter,
            other: first.vm.name
          },
          related: [
            {
              doc: first.vm,
              path: ["spec", "networkAdapters", first.index, "macAddress"],
              message: `network adapter "${first.adapter}" of VM "${first.vm.name}"`
            }
          ]
        });
      });
    }
    const pools = [];
    for (const host of estate.of("HyperVHost")) {
      const pool = host.spec.macAddressPool;
      if (!pool) continue;
      const min = macValue(pool.minimum);
      const max = macValue(pool.maximum);
      if (min === void 0 || max === void 0 || max < min) continue;
      pools.push({ host, min, max });
    }
    pools.sort((a, b) => a.min - b.min || a.max - b.max);
    let reach;
    for (const pool of pools) {
      if (reach && pool.min <= reach.max) {
        const other = reach.host;
        report({
          doc: pool.host,
          path: ["spec", "macAddressPool"],
          target: "key",
          messageId: "poolOverlap",
          data: {
            host: pool.host.name,
            min: pool.host.spec.macAddressPool.minimum,
            max: pool.host.spec.macAddressPool.maximum,
            other: other.name,
            otherMin: other.spec.macAddressPool.minimum,
            otherMax: other.spec.macAddressPool.maximum
          },
          related: [
            { doc: other, path: ["spec", "macAddressPool"], target: "key", message: `pool of host "${other.name}"` }
          ]
        });
      }
      if (!reach || pool.max > reach.max) reach = pool;
    }
  }
});

// src/rules/vm/index.ts
var vmRules = [
  vmCheckpointAge,
  vmCheckpointLimit,
  vmControllerLimits,
  vmDataDiskOnIde,
  vmDynamicVhd,
  vmGenerationControllers,
  vmHaDiskPlacement,
  vmLocalDiskOnCsv,
  vmMacAddressConflict,
  vmRecoveryCheckpoint
];

// src/model/backup.ts
function describeTarget(target) {
  if ("vm" in target) return `vm "${target.vm}"`;
  if ("match" in target) return `match "${target.match}"`;
  return `selector ${Object.entries(target.selector).map(([k, v]) => `${k}=${v}`).join(",")}`;
}
function compileNameGlob(pattern) {
  return new Minimatch(pattern, { nocase: true, dot: true, platform: "linux" });
}
function backupCoverage(estate) {
  return estate.index("backup:coverage", () => build(estate));
}
function build(estate) {
  const vms = estate.of("VirtualMachine");
  const order = new Map(vms.map((vm, i) => [vm, i]));
  const byLabel = /* @__PURE__ */ new Map();
  for (const vm of vms) {
    for (const [key, value] of Object.entries(vm.labels)) {
      const k = labelKey(key, value);
      const list = byLabel.get(k);
      if (list) list.push(vm);
      else byLabel.set(k, [vm]);
    }
  }
  const matches = /* @__PURE__ */ new Map();
  const globTargets = [];
  for (const job of estate.of("BackupJob")) {
    const perTarget = job.spec.targets.map((target) => {
      if ("vm" in target) {
        const vm = estate.get("VirtualMachine", target.vm);
        return vm ? [vm] : [];
      }
      if ("match" in target) {
        const found = [];
        globTargets.push({ glob: compileNameGlob(target.match), found });
        return found;
      }
      return selectByLabels(byLabel, target.selector);
    });
    matches.set(job, perTarget);
  }
  matchGlobs(vms, globTargets);
  const byVm = /* @__PURE__ */ new Map();
  const jobVms = /* @__PURE__ */ new Map();
  for (const [job, perTarget] of matches) {
    const covered = /* @__PURE__ */ new Set();
    perTarget.forEach((found, index) => {
      for (const vm of found) {
        covered.add(vm);
        const refs = byVm.get(vm);
        const ref = { job, index, target: job.spec.targets[index] };
        if (refs) refs.push(ref);
        else byVm.set(vm, [ref]);
      }
    });
    jobVms.set(
      job,
      [...covered].sort((a, b) => order.get(a) - order.get(b))
    );
  }
  return {
    matchesOf: (job) => matches.get(job) ?? [],
    vmsOf: (job) => jobVms.get(job) ?? [],
    targetsOf: (vm) => byVm.get(vm) ?? [],
    jobsOf: (vm) => {
      const jobs = [];
      for (const ref of byVm.get(vm) ?? []) if (jobs[jobs.length - 1] !== ref.job) jobs.push(ref.job);
      return jobs;
    }
  };
}
var labelKey = (key, value) => `${key}\0${value}`;
function matchGlobs(vms, globTargets) {
  const byPrefix = /* @__PURE__ */ new Map();
  const lengths = /* @__PURE__ */ new Set();
  for (const target of globTargets) {
    const pattern = target.glob.pattern;
    const prefix = target.glob.negate || target.glob.comment ? "" : /^[A-Za-z0-9 _.-]*/.exec(pattern)[0].toLowerCase();
    const list = byPrefix.get(prefix);
    if (list) list.push(target);
    else byPrefix.set(prefix, [target]);
    lengths.add(prefix.length);
  }
  const sortedLengths = [...lengths].sort((a, b) => a - b);
  for (const vm of vms) {
    const name = vm.name;
    if (!/^[\x20-\x7e]*$/.test(name)) {
      for (const { glob, found } of globTargets) if (glob.match(name)) found.push(vm);
      continue;
    }
    const lower = name.toLowerCase();
    for (const length of sortedLengths) {
      if (length > lower.length) break;
      const candidates = byPrefix.get(lower.slice(0, length));
      if (candidates) {
        for (const { glob, found } of candidates) if (glob.match(name)) found.push(vm);
      }
    }
  }
}
function selectByLabels(byLabel, selector) {
  const pairs = Object.entries(selector);
  let rarest;
  for (const [key, value] of pairs) {
    const list = byLabel.get(labelKey(key, value)) ?? [];
    if (!rarest || list.length < rarest.length) rarest = list;
  }
  return (rarest ?? []).filter((vm) => pairs.every(([key, value]) => vm.labels[key] === value));
}
function hasLabel(vm, label, value) {
  return Object.prototype.hasOwnProperty.call(vm.labels, label) && vm.labels[label] === value;
}

// src/rules/backup/backup-consistency.ts
var backupConsistency = defineRule({
  meta: {
    id: "backup-consistency",
    severity: "warning",
    area: "backup",
    description: "Report Linux and FreeBSD guests in application-consistent backup jobs: they get file-system-consistent backups at best (on Windows Server 2012 R2 and later hosts), saved-state ones before.",
    fixable: false,
    messages: {
      fileSystemOnly: 'guest "{{vm}}" runs {{os}} and gets file-system-consistent backups only{{older}}, but BackupJob "{{job}}" asks for application consistency: quiesce applications with pre/post-freeze scripts in the guest, or move the VM to a crash-consistent job',
      savedStateOnly: 'guest "{{vm}}" runs {{os}} on {{hosts}}, where live backup of {{os}} guests is not available, so BackupJob "{{job}}" gets saved-state backups (the VM pauses), not application-consistent ones: move the VM to a Windows Server 2012 R2 or later host, or to a crash-consistent job'
    },
    sources: [
      "docs/domain.md \xA74.2 (Microsoft: Windows guests get application-consistent backups through VSS; Linux guests get file-system-consistent backups, filesystems frozen by hv_vss_daemon, on Windows Server 2012 R2 and later hosts)",
      "docs/domain.md \xA74.1 (before Windows Server 2012 R2, a guest that cannot be backed up online gets a saved-state backup)"
    ]
  },
  check({ estate, report }) {
    const coverage = backupCoverage(estate);
    for (const job of estate.of("BackupJob")) {
      if (job.spec.consistency !== "application") continue;
      for (const vm of coverage.vmsOf(job)) {
        const guest = vm.spec.guest;
        if (!guest || guest.os !== "linux" && guest.os !== "freebsd") continue;
        if (guest.integrationServices === false || guest.backupService === false) continue;
        const picked = coverage.targetsOf(vm).find((ref) => ref.job === job);
        const { older, newer } = splitAt(vmHostVersions(estate, vm), "windows-server-2012-r2");
        const os = guest.os === "linux" ? "Linux" : "FreeBSD";
        report({
          doc: vm,
          path: ["spec", "guest", "os"],
          ...older.length > 0 && newer.length === 0 ? { messageId: "savedStateOnly", data: { vm: vm.name, os, job: job.name, hosts: describeHosts(older) } } : {
            messageId: "fileSystemOnly",
            data: {
              vm: vm.name,
              os,
              job: job.name,
              older: older.length > 0 ? ` (and saved-state ones on ${describeHosts(older)})` : newer.length === 0 ? " (saved-state ones on hosts before Windows Server 2012 R2)" : ""
            }
          },
          related: [
            {
              doc: job,
              path: ["spec", "consistency"],
              message: `BackupJob "${job.name}" asks for application consistency`
            },
            {
              doc: job,
              path: ["spec", "targets", picked.index],
              message: `the target that picks "${vm.name}" (${describeTarget(picked.target)})`
            }
          ]
        });
      }
    }
  }
});

// src/rules/backup/backup-consistency-unavailable.ts
var backupConsistencyUnavailable = defineRule({
  meta: {
    id: "backup-consistency-unavailable",
    severity: "error",
    area: "backup",
    description: "Report guests in application-consistent backup jobs that cannot be backed up application-consistently: other guest systems, or integration services or the backup service turned off (saved state before Windows Server 2012 R2, a crash-consistent checkpoint from 2012 R2).",
    fixable: false,
    messages: {
      otherGuest: 'guest "{{vm}}" (os: other) has no VSS integration, so BackupJob "{{job}}" can only take {{fallback}} backups of it, not application-consistent ones: put the VM in a crash-consistent job',
      integrationServicesOff: 'VM "{{vm}}" has integration services off, so BackupJob "{{job}}" can only take {{fallback}} backups of it, not application-consistent ones: enable integration services in the guest',
      backupServiceOff: 'VM "{{vm}}" has the backup (volume shadow copy) integration service off, so BackupJob "{{job}}" can only take {{fallback}} backups of it, not application-consistent ones: enable the service'
    },
    sources: [
      "docs/domain.md \xA74.1 (Microsoft: online backup needs the backup integration service running in the guest; otherwise saved state before Windows Server 2012 R2, a crash-consistent checkpoint on 2012 R2 and later)",
      "docs/domain.md \xA74.2 (Microsoft: guests without integration services get saved-state backups before 2012 R2, crash-consistent ones after)"
    ]
  },
  check({ estate, report }) {
    const coverage = backupCoverage(estate);
    for (const job of estate.of("BackupJob")) {
      if (job.spec.consistency !== "application") continue;
      for (const vm of coverage.vmsOf(job)) {
        const guest = vm.spec.guest;
        if (!guest) continue;
        const finding = guest.os === "other" ? { messageId: "otherGuest", field: "os" } : guest.integrationServices === false ? { messageId: "integrationServicesOff", field: "integrationServices" } : guest.backupService === false ? { messageId: "backupServiceOff", field: "backupService" } : void 0;
        if (!finding) continue;
        const picked = coverage.targetsOf(vm).find((ref) => ref.job === job);
        const fallback = backupFallback(vmHostVersions(estate, vm));
        report({
          doc: vm,
          path: ["spec", "guest", finding.field],
          messageId: finding.messageId,
          data: { vm: vm.name, job: job.name, fallback },
          related: [
            {
              doc: job,
              path: ["spec", "consistency"],
              message: `BackupJob "${job.name}" asks for application consistency`
            },
            {
              doc: job,
              path: ["spec", "targets", picked.index],
              message: `the target that picks "${vm.name}" (${describeTarget(picked.target)})`
            }
          ]
        });
      }
    }
  }
});

// src/rules/backup/backup-linux-remote-storage.ts
var backupLinuxRemoteStorage = defineRule({
  meta: {
    id: "backup-linux-remote-storage",
    severity: "warning",
    area: "backup",
    description: "Report Linux guests backed up online that have a pass-through disk or iSCSI devices attached in the guest, where live backup of Linux fails.",
    fixable: false,
    messages: {
      passThrough: 'Linux VM "{{vm}}" has pass-through disk {{disk}} on {{slot}}, and live backup of a Linux guest fails with a pass-through disk, yet {{jobs}} backs it up online: replace the pass-through disk with a VHDX, or back the VM up offline',
      iscsiInGuest: 'Linux VM "{{vm}}" has iSCSI devices attached in the guest, and live backup of a Linux guest fails with them, yet {{jobs}} backs it up online: move that storage to a VHDX, or back the VM up offline'
    },
    sources: [
      "docs/domain.md \xA74.2 (Microsoft, Linux and FreeBSD VMs on Hyper-V: live backup fails with an iSCSI device or a pass-through disk attached to the guest; a VHDX on a SAN-backed CSV is not that case)"
    ]
  },
  check({ estate, report }) {
    const coverage = backupCoverage(estate);
    for (const vm of estate.of("VirtualMachine")) {
      if (vm.spec.guest?.os !== "linux") continue;
      const online = coverage.targetsOf(vm).filter((ref) => ref.job.spec.online !== false);
      if (online.length === 0) continue;
      const jobs = [...new Set(online.map((ref) => `BackupJob "${ref.job.name}"`))].join(", ");
      const related2 = online.map((ref) => ({
        doc: ref.job,
        path: ["spec", "targets", ref.index],
        message: `BackupJob "${ref.job.name}" backs it up online (${describeTarget(ref.target)})`
      }));
      for (const { drive, path, slot } of drivesOf(vm)) {
        if (!isDisk(drive) || drive.diskNumber === void 0) continue;
        report({
          doc: vm,
          path: [...path, "diskNumber"],
          messageId: "passThrough",
          data: { vm: vm.name, disk: drive.diskNumber, slot, jobs },
          related: related2
        });
      }
      if (vm.spec.guest.iscsiDevices === true) {
        report({
          doc: vm,
          path: ["spec", "guest", "iscsiDevices"],
          messageId: "iscsiInGuest",
          data: { vm: vm.name, jobs },
          related: related2
        });
      }
    }
  }
});

// src/rules/backup/backup-needs-scsi-controller.ts
var backupNeedsScsiController = defineRule({
  meta: {
    id: "backup-needs-scsi-controller",
    severity: "error",
    area: "backup",
    description: "Report generation 1 VMs that an online backup job targets but that have no SCSI controller, where they run on Windows Server 2012 R2 hosts: the online backup fails there.",
    fixable: false,
    messages: {
      noScsi: 'VM "{{vm}}" has no SCSI controller and can run on Windows Server 2012 R2 {{hosts}}, where {{jobs}} cannot back it up online (event 10103; no fallback to saved state): add a SCSI controller, even one without disks',
      hostUnknown: 'VM "{{vm}}" has no SCSI controller and {{jobs}} backs it up online, but no declared host says which Windows Server version runs it: on Windows Server 2012 R2 this backup fails (event 10103), so declare its host or add a SCSI controller'
    },
    sources: [
      'docs/domain.md \xA73.5 (field and Microsoft "History of Hyper-V backup", Windows Server 2012 R2 hosts only: online backup needs a virtual SCSI controller, event 10103, no saved-state fallback; not needed on 2012; not established for 2016 and later; generation 2 always has one)'
    ]
  },
  check({ estate, report }) {
    const coverage = backupCoverage(estate);
    for (const vm of estate.of("VirtualMachine")) {
      if (vm.spec.generation === 2) continue;
      if ((vm.spec.controllers ?? []).some((c) => c.type === "scsi")) continue;
      const online = coverage.targetsOf(vm).filter((ref) => ref.job.spec.online !== false);
      if (online.length === 0) continue;
      const versions = vmHostVersions(estate, vm);
      const affected = versions.versions.get("windows-server-2012-r2") ?? [];
      if (!versions.unknown && affected.length === 0) continue;
      const jobs = [...new Set(online.map((ref) => ref.job.name))];
      const related2 = online.map((ref) => ({
        doc: ref.job,
        path: ["spec", "targets", ref.index],
        message: `BackupJob "${ref.job.name}" targets it (${describeTarget(ref.target)})`
      }));
      for (const host of affected)
        related2.push({ doc: host, path: ["spec", "os"], message: `host "${host.name}" runs Windows Server 2012 R2` });
      report({
        doc: vm,
        path: vm.spec.controllers ? ["spec", "controllers"] : ["spec"],
        target: "key",
        messageId: versions.unknown ? "hostUnknown" : "noScsi",
        ...versions.unknown ? { severity: "notice" } : {},
        data: { vm: vm.name, jobs: jobs.map((j) => `BackupJob "${j}"`).join(", "), hosts: namedHosts(affected) },
        related: related2
      });
    }
  }
});

// src/rules/backup/backup-offhost-software-vss.ts
function onSmbOnly(vm) {
  const disks = drivesOf(vm).filter((d) => isDisk(d.drive));
  return disks.length > 0 && disks.every((d) => d.drive.path !== void 0 && isSmbPath(d.drive.path));
}
var backupOffhostSoftwareVss = defineRule({
  meta: {
    id: "backup-offhost-software-vss",
    severity: "error",
    area: "backup",
    description: "Report backup jobs that back VMs on SAN volumes or CSVs up through an off-host proxy with the software VSS provider: that needs a hardware VSS provider (VMs on SMB 3 shares do not).",
    fixable: false,
    messages: {
      softwareOffHost: `BackupJob "{{job}}" backs up {{vms}} through off-host proxy "{{proxy}}" with the software VSS provider: software providers make no transportable shadow copies, so use the storage array's hardware VSS provider, back up on the host, or keep those VMs on SMB 3 shares`
    },
    sources: [
      "docs/domain.md \xA74.4 (Veeam Hyper-V guide: software VSS providers do not support transportable shadow copies and cannot be used for off-host backup of VMs on SAN volumes or CSVs; VMs on SMB 3 shares can be backed up off-host without a hardware provider)"
    ]
  },
  check({ estate, report }) {
    const coverage = backupCoverage(estate);
    for (const job of estate.of("BackupJob")) {
      if (!job.spec.offHostProxy || job.spec.vssProvider !== "software") continue;
      const vms = coverage.vmsOf(job);
      const blockStorage = vms.filter((vm) => !onSmbOnly(vm));
      if (vms.length > 0 && blockStorage.length === 0) continue;
      const named = blockStorage.slice(0, 5).map((vm) => `"${vm.name}"`);
      const more = blockStorage.length > 5 ? ` and ${blockStorage.length - 5} more` : "";
      report({
        doc: job,
        path: ["spec", "vssProvider"],
        messageId: "softwareOffHost",
        data: {
          job: job.name,
          proxy: job.spec.offHostProxy,
          vms: blockStorage.length === 0 ? "its VMs" : `${blockStorage.length === 1 ? "VM" : "VMs"} ${named.join(", ")}${more} (not on SMB 3 shares)`
        },
        related: [{ doc: job, path: ["spec", "offHostProxy"], message: `off-host proxy "${job.spec.offHostProxy}"` }]
      });
    }
  }
});

// src/rules/backup/backup-required-uncovered.ts
var backupRequiredUncovered = defineRule({
  meta: {
    id: "backup-required-uncovered",
    severity: "error",
    area: "backup",
    description: "Report VMs labelled as needing a backup (backup: required by default) that no backup job covers.",
    fixable: false,
    messages: {
      uncovered: 'VM "{{vm}}" is labelled {{label}}={{value}} but no BackupJob covers it: add it to a job by name, glob or label selector'
    },
    optionsSchema: {
      type: "object",
      properties: {
        label: { type: "string", minLength: 1, description: "Label key that marks a VM as needing a backup." },
        value: { type: "string", description: "Label value that marks a VM as needing a backup." }
      },
      additionalProperties: false
    },
    defaultOptions: { label: "backup", value: "required" },
    sources: ["docs/domain.md \xA74 [derived] (a VM marked as needing a backup that no job picks up is not backed up)"]
  },
  check({ estate, options, report }) {
    const label = typeof options.label === "string" && options.label ? options.label : "backup";
    const value = typeof options.value === "string" ? options.value : "required";
    const coverage = backupCoverage(estate);
    for (const vm of estate.of("VirtualMachine")) {
      if (!hasLabel(vm, label, value) || coverage.jobsOf(vm).length > 0) continue;
      report({
        doc: vm,
        path: ["metadata", "labels", label],
        messageId: "uncovered",
        data: { vm: vm.name, label, value }
      });
    }
  }
});

// src/rules/backup/backup-target-unmatched.ts
var backupTargetUnmatched = defineRule({
  meta: {
    id: "backup-target-unmatched",
    severity: "error",
    area: "backup",
    description: "Report backup job targets (globs and label selectors) that match no VM.",
    fixable: false,
    messages: {
      glob: 'target match "{{pattern}}" of BackupJob "{{job}}" matches no VM: fix the pattern (a glob over VM names, case-insensitive) or remove the target',
      selector: 'target selector {{selector}} of BackupJob "{{job}}" matches no VM: {{why}}'
    },
    sources: [
      "docs/domain.md \xA74 [derived] (a job that protects nothing it was meant to protect leaves those VMs without backups)",
      "docs/manifests.md, BackupJob targets"
    ]
  },
  check({ estate, report }) {
    const coverage = backupCoverage(estate);
    const pairs = estate.index("backup:labelPairs", () => {
      const set = /* @__PURE__ */ new Set();
      for (const vm of estate.of("VirtualMachine"))
        for (const [k, v] of Object.entries(vm.labels)) set.add(`${k}=${v}`);
      return set;
    });
    for (const job of estate.of("BackupJob")) {
      const matches = coverage.matchesOf(job);
      job.spec.targets.forEach((target, i) => {
        if (matches[i].length > 0) return;
        if ("vm" in target) return;
        if ("match" in target) {
          report({
            doc: job,
            path: ["spec", "targets", i, "match"],
            messageId: "glob",
            data: { job: job.name, pattern: target.match }
          });
          return;
        }
        const wanted = Object.entries(target.selector).map(([k, v]) => `${k}=${v}`);
        const absent = wanted.filter((p) => !pairs.has(p));
        const why = absent.length > 0 ? `no VM carries the label ${absent.join(", ")}, fix the selector or label the VMs` : "no VM carries all of these labels together, fix the selector or label the VMs";
        report({
          doc: job,
          path: ["spec", "targets", i, "selector"],
          target: "key",
          messageId: "selector",
          data: { job: job.name, selector: wanted.join(","), why }
        });
      });
    }
  }
});

// src/rules/backup/backup-checkpoint-location.ts
var backupCheckpointLocation = defineRule({
  meta: {
    id: "backup-checkpoint-location",
    severity: "warning",
    area: "backup",
    description: "Report VMs backed up online whose checkpoint location is on another volume than their virtual disks: Hyper-V cannot back them up online (saved state before Windows Server 2012 R2, a crash-consistent checkpoint from 2012 R2).",
    fixable: false,
    messages: {
      otherVolume: 'checkpoint location "{{checkpoints}}" of VM "{{vm}}" is on volume {{volume}}, but its {{disks}} on {{diskVolumes}}, so {{jobs}} cannot back it up online and gets {{fallback}} backups: put the checkpoint location on the volume of the disks'
    },
    sources: [
      "docs/domain.md \xA74.1 (Microsoft: online backup needs the checkpoint files on the same volume as the virtual hard disks; otherwise saved state before Windows Server 2012 R2, a crash-consistent checkpoint on 2012 R2 and later)"
    ]
  },
  check({ estate, report }) {
    const coverage = backupCoverage(estate);
    for (const vm of estate.of("VirtualMachine")) {
      const checkpoints = vm.spec.checkpointPath;
      if (!checkpoints) continue;
      const online = coverage.targetsOf(vm).filter((ref) => ref.job.spec.online !== false);
      if (online.length === 0) continue;
      const volume = volumeOf(checkpoints);
      const elsewhere = drivesOf(vm).filter(
        (d) => isDisk(d.drive) && d.drive.path && volumeOf(d.drive.path).toLowerCase() !== volume.toLowerCase()
      );
      if (elsewhere.length === 0) continue;
      const diskVolumes = [...new Set(elsewhere.map((d) => volumeOf(d.drive.path)))];
      const fallback = backupFallback(vmHostVersions(estate, vm));
      report({
        doc: vm,
        path: ["spec", "checkpointPath"],
        messageId: "otherVolume",
        data: {
          checkpoints,
          vm: vm.name,
          volume,
          disks: elsewhere.length === 1 ? `disk ${elsewhere[0].slot} is` : `disks ${elsewhere.map((d) => d.slot).join(", ")} are`,
          diskVolumes: diskVolumes.join(", "),
          jobs: [...new Set(online.map((ref) => `BackupJob "${ref.job.name}"`))].join(", "),
          fallback
        },
        related: [
          ...elsewhere.map((d) => ({
            doc: vm,
            path: [...d.path, "path"],
            message: `disk on ${volumeOf(d.drive.path)}`
          })),
          ...online.map((ref) => ({
            doc: ref.job,
            path: ["spec", "targets", ref.index],
            message: `BackupJob "${ref.job.name}" backs it up online (${describeTarget(ref.target)})`
          }))
        ]
      });
    }
  }
});

// src/rules/backup/backup-offhost-proxy.ts
var backupOffhostProxy = {
  meta: {
    id: "backup-offhost-proxy",
    severity: "error",
    area: "backup",
    description: "Check that the off-host backup proxy of a job runs the Windows Server release of the Hyper-V hosts it serves and is not a node of a cluster it backs up.",
    fixable: false,
    messages: {
      versionMismatch: `off-host proxy "{{proxy}}" of BackupJob "{{job}}" runs {{proxyOs}}, but the job backs up VMs on {{hosts}}: the proxy must run the hosts' release, so use a proxy per release`,
      proxyIsNode: 'off-host proxy "{{proxy}}" of BackupJob "{{job}}" is a node of cluster "{{cluster}}", whose VMs the job backs up: use a proxy outside the cluster, or back up on the hosts',
      versionUnknown: 'BackupJob "{{job}}" backs up through off-host proxy "{{proxy}}", whose Windows Server release is not declared, so hvlint cannot check that it matches the hosts ({{hosts}}): set offHostProxyOs'
    },
    sources: [
      `docs/domain.md \xA74.4 (Veeam Backup & Replication Hyper-V guide, "Off-host backup proxies": the proxy must run the Hyper-V hosts' Windows version and must not be a node of the cluster it backs up)`
    ]
  },
  check({ estate, report }) {
    const coverage = backupCoverage(estate);
    for (const job of estate.of("BackupJob")) {
      const proxy = job.spec.offHostProxy;
      if (!proxy) continue;
      const proxyHost = estate.get("HyperVHost", proxy);
      const proxyOs = job.spec.offHostProxyOs ?? proxyHost?.spec.os;
      const proxyPath = job.spec.offHostProxyOs ? ["spec", "offHostProxyOs"] : ["spec", "offHostProxy"];
      const served = /* @__PURE__ */ new Map();
      const clusters = /* @__PURE__ */ new Map();
      for (const vm of coverage.vmsOf(job)) {
        for (const host of estate.hostsAbleToRun(vm)) served.set(nameKey(host.name), host);
        if (vm.spec.cluster) clusters.set(nameKey(vm.spec.cluster), vm.spec.cluster);
      }
      const hosts = [...served.values()];
      if (hosts.length > 0 && !proxyOs) {
        report({
          doc: job,
          path: ["spec", "offHostProxy"],
          messageId: "versionUnknown",
          severity: "notice",
          data: { job: job.name, proxy, hosts: describeHosts(hosts) }
        });
      } else if (proxyOs) {
        const other = hosts.filter((h) => h.spec.os !== proxyOs);
        if (other.length > 0) {
          const related2 = other.map((h) => ({
            doc: h,
            path: ["spec", "os"],
            message: `host "${h.name}" runs ${versionName(h.spec.os)}`
          }));
          report({
            doc: job,
            path: proxyPath,
            messageId: "versionMismatch",
            data: { proxy, job: job.name, proxyOs: versionName(proxyOs), hosts: describeHosts(other) },
            related: related2
          });
        }
      }
      for (const clusterName of clusters.values()) {
        const cluster = estate.get("HyperVCluster", clusterName);
        if (!cluster) continue;
        const listed = cluster.spec.nodes.findIndex((n) => nameKey(n) === nameKey(proxy));
        const named = proxyHost?.spec.cluster !== void 0 && nameKey(proxyHost.spec.cluster) === nameKey(cluster.name);
        if (listed < 0 && !named) continue;
        report({
          doc: job,
          path: ["spec", "offHostProxy"],
          messageId: "proxyIsNode",
          data: { proxy, job: job.name, cluster: cluster.name },
          related: [
            listed >= 0 ? {
              doc: cluster,
              path: ["spec", "nodes", listed],
              message: `node "${proxy}" of cluster "${cluster.name}"`
            } : {
              doc: proxyHost,
              path: ["spec", "cluster"],
              message: `host "${proxy}" is a node of cluster "${cluster.name}"`
            }
          ]
        });
      }
    }
  }
};

// src/rules/backup/index.ts
var backupRules = [
  backupCheckpointLocation,
  backupConsistency,
  backupConsistencyUnavailable,
  backupLinuxRemoteStorage,
  backupNeedsScsiController,
  backupOffhostProxy,
  backupOffhostSoftwareVss,
  backupRequiredUncovered,
  backupTargetUnmatched
];

// src/model/dependencies.ts
var DependencyGraph = class {
  index = /* @__PURE__ */ new Map();
  nodes = [];
  /** Add a node; adding an existing id again keeps the first. */
  add(id, gate, data) {
    if (this.index.has(id)) return;
    this.index.set(id, this.nodes.length);
    this.nodes.push({ id, gate, data, dependencies: [] });
  }
  has(id) {
    return this.index.has(id);
  }
  data(id) {
    const i = this.index.get(id);
    return i === void 0 ? void 0 : this.nodes[i].data;
  }
  gate(id) {
    const i = this.index.get(id);
    return i === void 0 ? void 0 : this.nodes[i].gate;
  }
  /** `from` needs `to`. Both must have been added. */
  dependsOn(from, to) {
    const f = this.index.get(from);
    const t = this.index.get(to);
    if (f === void 0 || t === void 0) throw new Error(`dependency between unknown nodes ${from} \u2192 ${to}`);
    const deps = this.nodes[f].dependencies;
    if (!deps.includes(t)) deps.push(t);
  }
  dependenciesOf(id) {
    const i = this.index.get(id);
    return i === void 0 ? [] : this.nodes[i].dependencies.map((d) => this.nodes[d].id);
  }
  ids() {
    return this.nodes.map((n) => n.id);
  }
  /** Nodes that can start from nothing (least fixed point of the all/any conditions). O(V + E). */
  startable() {
    const n = this.nodes.length;
    const dependents = Array.from({ length: n }, () => []);
    const missing = new Array(n);
    const queue = [];
    this.nodes.forEach((node, i) => {
      for (const d of node.dependencies) dependents[d].push(i);
      missing[i] = node.gate === "all" ? node.dependencies.length : Math.min(1, node.dependencies.length);
      if (node.gate === "all" && node.dependencies.length === 0) queue.push(i);
    });
    const started = new Array(n).fill(false);
    for (const i of queue) started[i] = true;
    for (let head = 0; head < queue.length; head++) {
      for (const dependent of dependents[queue[head]]) {
        if (started[dependent]) continue;
        missing[dependent]--;
        if (missing[dependent] <= 0) {
          started[dependent] = true;
          queue.push(dependent);
        }
      }
    }
    return new Set(queue.map((i) => this.nodes[i].id));
  }
  /**
   * Strongly connected components (Tarjan, iterative) of the subgraph of nodes accepted by
   * `include`, keeping only components that hold a cycle (two or more nodes, or a self-loop).
   */
  cycles(include = () => true) {
    const n = this.nodes.length;
    const ok = this.nodes.map((node) => include(node.id));
    const order = new Array(n).fill(-1);
    const low = new Array(n).fill(0);
    const onStack = new Array(n).fill(false);
    const stack = [];
    const components = [];
    let counter = 0;
    for (let root = 0; root < n; root++) {
      if (!ok[root] || order[root] !== -1) continue;
      const frames = [{ v: root, next: 0 }];
      order[root] = low[root] = counter++;
      stack.push(root);
      onStack[root] = true;
      while (frames.length > 0) {
        const frame = frames[frames.length - 1];
        const deps = this.nodes[frame.v].dependencies;
        if (frame.next < deps.length) {
          const w2 = deps[frame.next++];
          if (!ok[w2]) continue;
          if (order[w2] === -1) {
            order[w2] = low[w2] = counter++;
            stack.push(w2);
            onStack[w2] = true;
            frames.push({ v: w2, next: 0 });
          } else if (onStack[w2]) {
            low[frame.v] = Math.min(low[frame.v], order[w2]);
          }
          continue;
        }
        frames.pop();
        const parent = frames[frames.length - 1];
        if (parent) low[parent.v] = Math.min(low[parent.v], low[frame.v]);
        if (low[frame.v] !== order[frame.v]) continue;
        const component = [];
        let w;
        do {
          w = stack.pop();
          onStack[w] = false;
          component.push(w);
        } while (w !== frame.v);
        if (component.length > 1 || this.nodes[frame.v].dependencies.includes(frame.v)) {
          components.push(component.sort((a, b) => a - b).map((i) => this.nodes[i].id));
        }
      }
    }
    return components;
  }
  /** A shortest cycle from `id` back to itself through nodes accepted by `include` (BFS), as ids from `id` to `id`. */
  shortestCycle(id, include = () => true) {
    const start = this.index.get(id);
    if (start === void 0) return void 0;
    const parent = /* @__PURE__ */ new Map();
    const queue = [start];
    for (let head = 0; head < queue.length; head++) {
      const v = queue[head];
      for (const w of this.nodes[v].dependencies) {
        if (w === start) {
          const path = [start];
          for (let at = v; at !== start; at = parent.get(at)) path.push(at);
          path.push(start);
          return [path[0], ...path.slice(1, -1).reverse(), start].map((i) => this.nodes[i].id);
        }
        if (parent.has(w) || !include(this.nodes[w].id)) continue;
        parent.set(w, v);
        queue.push(w);
      }
    }
    return void 0;
  }
};
var estateNodeId = (kind, name) => `${kind}:${nameKey(name)}`;
function startupDependencies(estate) {
  return estate.index("dependencies:startup", () => {
    const graph = new DependencyGraph();
    const dcsByDomain = /* @__PURE__ */ new Map();
    for (const dc of estate.of("DomainController")) {
      const key = nameKey(dc.spec.domain);
      const list = dcsByDomain.get(key);
      if (list) list.push(dc.name);
      else dcsByDomain.set(key, [dc.name]);
    }
    const addDomain = (domain) => {
      const id = estateNodeId("domain", domain);
      graph.add(id, dcsByDomain.has(nameKey(domain)) ? "any" : "all", { kind: "domain", name: domain });
      return id;
    };
    for (const cluster of estate.of("HyperVCluster"))
      graph.add(estateNodeId("cluster", cluster.name), "all", { kind: "cluster", name: cluster.name, doc: cluster });
    for (const host of estate.of("HyperVHost"))
      graph.add(estateNodeId("host", host.name), "all", { kind: "host", name: host.name, doc: host });
    for (const vm of estate.of("VirtualMachine"))
      graph.add(estateNodeId("vm", vm.name), "all", { kind: "vm", name: vm.name, doc: vm });
    for (const dc of estate.of("DomainController"))
      graph.add(estateNodeId("dc", dc.name), "all", { kind: "dc", name: dc.name, doc: dc });
    for (const cluster of estate.of("HyperVCluster"))
      graph.dependsOn(estateNodeId("cluster", cluster.name), addDomain(cluster.spec.domain));
    for (const dc of estate.of("DomainController")) {
      const id = estateNodeId("dc", dc.name);
      graph.dependsOn(addDomain(dc.spec.domain), id);
      if (dc.spec.vm && graph.has(estateNodeId("vm", dc.spec.vm))) graph.dependsOn(id, estateNodeId("vm", dc.spec.vm));
    }
    for (const vm of estate.of("VirtualMachine")) {
      const placement = vm.spec.cluster ? estateNodeId("cluster", vm.spec.cluster) : vm.spec.host ? estateNodeId("host", vm.spec.host) : void 0;
      if (placement && graph.has(placement)) graph.dependsOn(estateNodeId("vm", vm.name), placement);
    }
    for (const host of estate.of("HyperVHost")) {
      for (const cluster of clustersOfHost(estate, host))
        graph.dependsOn(estateNodeId("host", host.name), estateNodeId("cluster", cluster.name));
    }
    const startable = graph.startable();
    const blocked = (id) => !startable.has(id);
    const deadlocked = new Set(graph.cycles(blocked).flat());
    return {
      graph,
      startable,
      deadlocked,
      cycleThrough: (id) => deadlocked.has(id) ? graph.shortestCycle(id, (other) => deadlocked.has(other))?.map((n) => graph.data(n)) : void 0
    };
  });
}

// src/rules/cluster/cluster-dc-dependency.ts
var KIND_LABEL = {
  cluster: "cluster",
  host: "host",
  domain: "domain",
  dc: "DC",
  vm: "VM"
};
var clusterDcDependency = defineRule({
  meta: {
    id: "cluster-dc-dependency",
    severity: "warning",
    area: "cluster",
    description: "Report clusters that need a domain controller while every DC of their domain depends on that cluster (a cycle in the estate's start-up dependencies): an error on Windows Server 2008 R2, where the cluster cannot start, a warning from 2012.",
    fixable: false,
    messages: {
      selfDependent: 'cluster "{{cluster}}" needs a domain controller of {{domain}}, but every DC of {{domain}} runs on the cluster itself ({{dcs}}){{consequence}}: run at least one DC outside it, on a physical server or a stand-alone Hyper-V host',
      cycle: 'cluster "{{cluster}}" needs a domain controller of {{domain}}, but every DC of {{domain}} waits on a cluster that waits on a DC in turn ({{cycle}}){{consequence}}: run at least one DC outside these clusters, on a physical server or a stand-alone Hyper-V host'
    },
    sources: [
      "docs/domain.md \xA75.2 (field: VM registration failed during a cluster migration where every DC was a highly available VM on the cluster; Microsoft: since Windows Server 2012 a cluster starts without AD, on 2008 R2 it could not; [derived] no cycle through a domain's DCs)",
      "docs/domain.md \xA75.1 (Microsoft: add a physical DC where possible)"
    ]
  },
  check({ estate, report }) {
    const deps = startupDependencies(estate);
    for (const cluster of estate.of("HyperVCluster")) {
      const id = estateNodeId("cluster", cluster.name);
      if (!deps.deadlocked.has(id)) continue;
      const domainId = estateNodeId("domain", cluster.spec.domain);
      const dcs = deps.graph.dependenciesOf(domainId).map((dc) => deps.graph.data(dc).doc);
      const nodes = new Set(estate.hostsOfCluster(cluster.name).map((h) => nameKey(h.name)));
      const placementOf = (dc) => {
        const vm = estate.get("VirtualMachine", dc.spec.vm);
        if (!vm) return { onThisCluster: false };
        const onThisCluster = vm.spec.cluster ? nameKey(vm.spec.cluster) === nameKey(cluster.name) : vm.spec.host ? nodes.has(nameKey(vm.spec.host)) : false;
        return { vm, onThisCluster };
      };
      const placements = dcs.map((dc) => ({ dc, ...placementOf(dc) }));
      const related2 = placements.map(({ dc, vm }) => ({
        doc: dc,
        path: ["spec", "vm"],
        message: `DC "${dc.name}" runs on VM "${vm?.name ?? dc.spec.vm}"${vm?.spec.cluster ? ` (cluster "${vm.spec.cluster}")` : vm?.spec.host ? ` (host "${vm.spec.host}")` : ""}`
      }));
      const domain = cluster.spec.domain;
      const { older, newer } = splitAt(groupByVersion(estate.hostsOfCluster(cluster.name)), "windows-server-2012");
      const hard = older.length > 0;
      const consequence = hard ? `, and on ${describeHosts(older)} the cluster cannot start without a DC` : `; the cluster starts without one${newer.length > 0 ? ` (${describeHosts(newer)})` : " (Windows Server 2012 and later)"}, but VM registration, live migration and SMB access fail until a DC is reachable, so a cold start or a migration can stall`;
      const severity = hard ? "error" : "warning";
      if (placements.every((p) => p.onThisCluster)) {
        report({
          doc: cluster,
          path: ["spec", "domain"],
          messageId: "selfDependent",
          severity,
          data: { cluster: cluster.name, domain, dcs: dcs.map((dc) => `"${dc.name}"`).join(", "), consequence },
          related: related2
        });
        continue;
      }
      const chain = (deps.cycleThrough(id) ?? []).map((n) => `${KIND_LABEL[n.kind]} ${n.name}`).join(" \u2192 ");
      report({
        doc: cluster,
        path: ["spec", "domain"],
        messageId: "cycle",
        severity,
        data: { cluster: cluster.name, domain, cycle: chain, consequence },
        related: related2
      });
    }
  }
});

// src/rules/cluster/cluster-membership.ts
var clusterMembership = defineRule({
  meta: {
    id: "cluster-membership",
    severity: "error",
    area: "cluster",
    description: "Report hosts and clusters that disagree about cluster membership: a host naming a cluster that does not list it, or a cluster listing a host that names another cluster or is listed by another cluster.",
    fixable: false,
    messages: {
      notListed: `host "{{host}}" names cluster "{{cluster}}", but the cluster does not list it in spec.nodes: add "{{host}}" to the cluster's nodes or fix spec.cluster`,
      namesOther: `cluster "{{cluster}}" lists host "{{host}}", but the host names cluster "{{other}}": remove it from the nodes or fix the host's spec.cluster`,
      listedTwice: 'cluster "{{cluster}}" lists host "{{host}}", which cluster "{{other}}" lists too: a host is a node of one cluster only'
    },
    sources: [
      "Microsoft: a server is a node of at most one failover cluster",
      "docs/domain.md \xA72.2, \xA75.2 (which hosts can run a highly available VM follows from the cluster's nodes)"
    ]
  },
  check({ estate, report }) {
    const firstListing = /* @__PURE__ */ new Map();
    for (const cluster of estate.of("HyperVCluster")) {
      cluster.spec.nodes.forEach((node, index) => {
        const host = estate.get("HyperVHost", node);
        if (!host) return;
        if (host.spec.cluster !== void 0) {
          if (nameKey(host.spec.cluster) === nameKey(cluster.name)) return;
          report({
            doc: cluster,
            path: ["spec", "nodes", index],
            messageId: "namesOther",
            data: { cluster: cluster.name, host: host.name, other: host.spec.cluster },
            related: [
              {
                doc: host,
                path: ["spec", "cluster"],
                message: `host "${host.name}" names cluster "${host.spec.cluster}"`
              }
            ]
          });
          return;
        }
        const first = firstListing.get(nameKey(host.name));
        if (!first) {
          firstListing.set(nameKey(host.name), { cluster, index });
          return;
        }
        report({
          doc: cluster,
          path: ["spec", "nodes", index],
          messageId: "listedTwice",
          data: { cluster: cluster.name, host: host.name, other: first.cluster.name },
          related: [
            {
              doc: first.cluster,
              path: ["spec", "nodes", first.index],
              message: `cluster "${first.cluster.name}" lists "${host.name}" too`
            }
          ]
        });
      });
    }
    const listed = /* @__PURE__ */ new Set();
    for (const cluster of estate.of("HyperVCluster"))
      for (const node of cluster.spec.nodes) listed.add(`${nameKey(cluster.name)}\0${nameKey(node)}`);
    for (const host of estate.of("HyperVHost")) {
      const cluster = estate.get("HyperVCluster", host.spec.cluster);
      if (!cluster || listed.has(`${nameKey(cluster.name)}\0${nameKey(host.name)}`)) continue;
      report({
        doc: host,
        path: ["spec", "cluster"],
        messageId: "notListed",
        data: { host: host.name, cluster: cluster.name },
        related: [
          { doc: cluster, path: ["spec", "nodes"], target: "key", message: `nodes of cluster "${cluster.name}"` }
        ]
      });
    }
  }
});

// src/rules/cluster/dc-disk-placement.ts
var AD_PURPOSES = { ntds: "NTDS", sysvol: "SYSVOL" };
var dcDiskPlacement = defineRule({
  meta: {
    id: "dc-disk-placement",
    severity: "warning",
    area: "cluster",
    description: "Report domain controller VMs with their NTDS or SYSVOL disk on IDE, or with differencing disks.",
    fixable: false,
    messages: {
      onIde: '{{purpose}} disk "{{path}}" of domain controller "{{dc}}" is on {{slot}}: put NTDS and SYSVOL on a virtual SCSI disk',
      differencing: 'disk "{{path}}" of domain controller "{{dc}}" is a differencing disk: domain controllers must not use differencing disks, merge it into a standalone VHDX'
    },
    sources: [
      "docs/domain.md \xA75.1 (Microsoft: put NTDS and SYSVOL on a virtual SCSI disk; no differencing disks for DCs)"
    ]
  },
  check({ estate, report }) {
    for (const dc of estate.of("DomainController")) {
      const vm = estate.get("VirtualMachine", dc.spec.vm);
      if (!vm) continue;
      const related2 = [
        { doc: dc, path: ["spec", "vm"], message: `DomainController "${dc.name}" runs on VM "${vm.name}"` }
      ];
      for (const { controller, drive, path, slot } of drivesOf(vm)) {
        if (!isDisk(drive)) continue;
        const purpose = drive.purpose ? AD_PURPOSES[drive.purpose] : void 0;
        if (purpose && controller.type === "ide") {
          report({
            doc: vm,
            path: [...path, "purpose"],
            messageId: "onIde",
            data: { purpose, path: drive.path ?? "", dc: dc.name, slot },
            related: related2
          });
        }
        if (drive.type === "differencing") {
          report({
            doc: vm,
            path: [...path, "type"],
            messageId: "differencing",
            data: { path: drive.path ?? "", dc: dc.name },
            related: related2
          });
        }
      }
    }
  }
});

// src/rules/cluster/dc-redundancy.ts
var dcRedundancy = defineRule({
  meta: {
    id: "dc-redundancy",
    severity: "warning",
    area: "cluster",
    description: "Report domains that hosts or clusters use with fewer than two domain controllers, and domains whose domain controllers all run on one host.",
    fixable: false,
    messages: {
      single: 'domain {{domain}}, used by {{users}}, has one domain controller ("{{dc}}"): add a second DC on another host, a physical one where possible',
      oneHost: 'all {{count}} domain controllers of {{domain}} ({{dcs}}) run on host "{{host}}": one host failure takes the whole domain down, move a DC to another host, a physical one where possible'
    },
    sources: [
      "docs/domain.md \xA75.1 (Microsoft: at least two domain controllers per domain, on different hosts; add a physical one where possible)"
    ]
  },
  check({ estate, report }) {
    const dcsByDomain = /* @__PURE__ */ new Map();
    for (const dc of estate.of("DomainController")) {
      const key = nameKey(dc.spec.domain);
      const list = dcsByDomain.get(key);
      if (list) list.push(dc);
      else dcsByDomain.set(key, [dc]);
    }
    const usersByDomain = /* @__PURE__ */ new Map();
    for (const user of [...estate.of("HyperVCluster"), ...estate.of("HyperVHost")]) {
      const key = nameKey(user.spec.domain);
      const list = usersByDomain.get(key);
      if (list) list.push(user);
      else usersByDomain.set(key, [user]);
    }
    for (const [key, dcs] of dcsByDomain) {
      const first = dcs[0];
      const users = usersByDomain.get(key) ?? [];
      if (dcs.length === 1) {
        if (users.length === 0) continue;
        const shown = users.slice(0, 3).map((u) => `${u.kind} "${u.name}"`).join(", ") + (users.length > 3 ? ` and ${users.length - 3} more` : "");
        report({
          doc: first,
          path: ["spec", "domain"],
          messageId: "single",
          data: { domain: first.spec.domain, dc: first.name, users: shown },
          related: [
            {
              doc: users[0],
              path: ["spec", "domain"],
              message: `${users[0].kind} "${users[0].name}" is in ${first.spec.domain}`
            }
          ]
        });
        continue;
      }
      const host = commonHost(estate, dcs);
      if (!host) continue;
      const related2 = dcs.slice(1).map((dc) => ({
        doc: dc,
        path: dc.spec.vm ? ["spec", "vm"] : ["spec", "physicalServer"],
        message: `DC "${dc.name}" also runs on "${host}"`
      }));
      report({
        doc: first,
        path: first.spec.vm ? ["spec", "vm"] : ["spec", "physicalServer"],
        messageId: "oneHost",
        data: { domain: first.spec.domain, count: dcs.length, dcs: dcs.map((dc) => `"${dc.name}"`).join(", "), host },
        related: related2
      });
    }
  }
});
function commonHost(estate, dcs) {
  let common;
  for (const dc of dcs) {
    let only;
    if (dc.spec.physicalServer)
      only = { key: `physical:${nameKey(dc.spec.physicalServer)}`, name: dc.spec.physicalServer };
    else {
      const vm = estate.get("VirtualMachine", dc.spec.vm);
      if (!vm) return void 0;
      const hosts = estate.hostsAbleToRun(vm);
      if (hosts.length === 1) only = { key: `host:${nameKey(hosts[0].name)}`, name: hosts[0].name };
      else if (hosts.length === 0 && vm.spec.host) only = { key: `host:${nameKey(vm.spec.host)}`, name: vm.spec.host };
    }
    if (!only) return void 0;
    if (common && common.key !== only.key) return void 0;
    common = only;
  }
  return common?.name;
}

// src/rules/cluster/ha-anti-affinity.ts
function possibleHosts(estate, vm) {
  const hosts = estate.hostsAbleToRun(vm).map((h) => nameKey(h.name));
  const owners = vm.spec.possibleOwners;
  if (!owners || owners.length === 0) return hosts;
  const allowed = new Set(owners.map(nameKey));
  return hosts.filter((h) => allowed.has(h));
}
var haAntiAffinity = {
  meta: {
    id: "ha-anti-affinity",
    severity: "warning",
    area: "cluster",
    description: "Report NLB clusters whose nodes, and domains whose domain controllers, can only run on one host, or share a failover cluster without a common anti-affinity class name.",
    fixable: false,
    messages: {
      oneHost: 'the {{members}} of {{what}} ({{vms}}) can only run on host "{{host}}": one host failure takes them all down, let them run on other hosts (possibleOwners, or another host)',
      noAntiAffinity: 'the {{members}} of {{what}} ({{vms}}) are highly available VMs of cluster "{{cluster}}" without a common anti-affinity class name, so a failover or a drain can put them on one host: give them a shared antiAffinityClassNames entry'
    },
    sources: [
      "docs/domain.md \xA77.2 (Microsoft, failover cluster AntiAffinityClassNames: keep the nodes of one NLB cluster and the DCs of one domain on different hosts)",
      "docs/domain.md \xA75.1 (Microsoft: DCs on different hosts)"
    ]
  },
  check({ estate, report }) {
    const groups = [];
    for (const cluster of estate.of("NlbCluster")) {
      const vms = [
        ...new Set(cluster.spec.nodes.map((n) => estate.get("VirtualMachine", n.vm)).filter((v) => v !== void 0))
      ];
      groups.push({
        what: `NLB cluster "${cluster.name}"`,
        members: "nodes",
        doc: cluster,
        path: ["spec", "nodes"],
        vms
      });
    }
    const dcsByDomain = /* @__PURE__ */ new Map();
    for (const dc of estate.of("DomainController")) {
      const key = nameKey(dc.spec.domain);
      dcsByDomain.set(key, [...dcsByDomain.get(key) ?? [], dc]);
    }
    for (const dcs of dcsByDomain.values()) {
      if (dcs.some((dc) => dc.spec.physicalServer)) continue;
      const vms = [
        ...new Set(dcs.map((dc) => estate.get("VirtualMachine", dc.spec.vm)).filter((v) => v !== void 0))
      ];
      const first = vms[0]?.spec.host;
      if (first && vms.every((vm) => !vm.spec.cluster && vm.spec.host && nameKey(vm.spec.host) === nameKey(first)))
        continue;
      groups.push({
        what: `domain ${dcs[0].spec.domain}`,
        members: "domain controllers",
        doc: dcs[0],
        path: ["spec", "domain"],
        vms
      });
    }
    for (const group of groups) {
      if (group.vms.length < 2) continue;
      const related2 = group.vms.map((vm) => ({
        doc: vm,
        path: vm.spec.possibleOwners ? ["spec", "possibleOwners"] : vm.spec.cluster ? ["spec", "cluster"] : ["spec", "host"],
        message: `VM "${vm.name}"`
      }));
      const names = group.vms.map((vm) => `"${vm.name}"`).join(", ");
      const hosts = new Set(group.vms.flatMap((vm) => possibleHosts(estate, vm)));
      if (hosts.size === 1) {
        const host = estate.get("HyperVHost", [...hosts][0]);
        report({
          doc: group.doc,
          path: group.path,
          messageId: "oneHost",
          data: { members: group.members, what: group.what, vms: names, host: host?.name ?? [...hosts][0] },
          related: related2
        });
        continue;
      }
      const byCluster = /* @__PURE__ */ new Map();
      for (const vm of group.vms)
        if (vm.spec.cluster)
          byCluster.set(nameKey(vm.spec.cluster), [...byCluster.get(nameKey(vm.spec.cluster)) ?? [], vm]);
      for (const vms of byCluster.values()) {
        if (vms.length < 2) continue;
        const shared = vms.map((vm) => new Set((vm.spec.antiAffinityClassNames ?? []).map((c) => c.toLowerCase()))).reduce((a, b) => new Set([...a].filter((c) => b.has(c))));
        if (shared.size > 0) continue;
        report({
          doc: group.doc,
          path: group.path,
          messageId: "noAntiAffinity",
          data: {
            members: group.members,
            what: group.what,
            vms: vms.map((vm) => `"${vm.name}"`).join(", "),
            cluster: vms[0].spec.cluster
          },
          related: vms.map((vm) => ({
            doc: vm,
            path: vm.spec.antiAffinityClassNames ? ["spec", "antiAffinityClassNames"] : ["spec", "cluster"],
            message: `VM "${vm.name}"${vm.spec.antiAffinityClassNames ? ` (classes ${vm.spec.antiAffinityClassNames.join(", ")})` : " (no anti-affinity class)"}`
          }))
        });
      }
    }
  }
};

// src/rules/cluster/index.ts
var clusterRules = [
  clusterDcDependency,
  clusterMembership,
  dcDiskPlacement,
  dcRedundancy,
  haAntiAffinity
];

// src/whatif/failures.ts
var FAILURE_KINDS = ["host", "switch", "lag"];
function failureId(failure) {
  switch (failure.kind) {
    case "host":
      return `host:${failure.host.name}`;
    case "switch":
      return `switch:${failure.switch.name}`;
    case "lag":
      return `lag:${failure.switch.name}/${failure.lag}`;
  }
}
function describeFailure(failure) {
  switch (failure.kind) {
    case "host":
      return `host "${failure.host.name}"`;
    case "switch":
      return `switch "${failure.switch.name}"`;
    case "lag":
      return `LAG ${failure.lag} of switch "${failure.switch.name}"`;
  }
}
function failureLocation(failure) {
  switch (failure.kind) {
    case "host":
      return { doc: failure.host, path: ["metadata", "name"] };
    case "switch":
      return { doc: failure.switch, path: ["metadata", "name"] };
    case "lag":
      return { doc: failure.switch, path: ["spec", "lags", failure.lagIndex, "id"] };
  }
}
function allFailures(estate) {
  const failures = estate.of("HyperVHost").map((host) => ({ kind: "host", host }));
  for (const sw of estate.of("Switch")) failures.push({ kind: "switch", switch: sw });
  for (const sw of estate.of("Switch"))
    (sw.spec.lags ?? []).forEach((lag, lagIndex) => failures.push({ kind: "lag", switch: sw, lag: lag.id, lagIndex }));
  return failures;
}
function parseFailure(estate, text) {
  const colon = text.indexOf(":");
  const kind = colon < 0 ? "" : text.slice(0, colon).toLowerCase();
  const name = colon < 0 ? "" : text.slice(colon + 1).trim();
  if (!FAILURE_KINDS.includes(kind) || name === "")
    return { error: `--fail "${text}" is not host:<name>, switch:<name> or lag:<switch>/<id>` };
  if (kind === "host") {
    const host = estate.get("HyperVHost", name);
    return host ? { kind: "host", host } : { error: unknown("HyperVHost", name, estate.of("HyperVHost")) };
  }
  const slash = name.lastIndexOf("/");
  const switchName = kind === "lag" ? slash < 0 ? "" : name.slice(0, slash) : name;
  if (kind === "lag" && (slash < 0 || !/^[0-9]+$/.test(name.slice(slash + 1))))
    return { error: `--fail "${text}": a LAG is named lag:<switch>/<id>, e.g. lag:SW-CORE01/1` };
  const sw = estate.get("Switch", switchName);
  if (!sw) return { error: unknown("Switch", switchName, estate.of("Switch")) };
  if (kind === "switch") return { kind: "switch", switch: sw };
  const id = Number(name.slice(slash + 1));
  const lagIndex = (sw.spec.lags ?? []).findIndex((lag) => lag.id === id);
  if (lagIndex < 0) {
    const ids = (sw.spec.lags ?? []).map((lag) => lag.id);
    return {
      error: `switch "${sw.name}" declares no LAG ${id}${ids.length ? `: it has ${ids.join(", ")}` : ": it declares none"}`
    };
  }
  return { kind: "lag", switch: sw, lag: id, lagIndex };
}
function unknown(kind, name, docs) {
  const hint = closest(
    name,
    docs.map((d) => d.name)
  );
  return `${kind} "${name}" is not declared${hint ? ` (did you mean "${hint}"?)` : ""}`;
}

// src/whatif/simulate.ts
var WHATIF_RULE_IDS = [
  "cluster-n1-capacity",
  "cluster-quorum-n1",
  "nlb-single-failure-domain",
  "dc-single-failure-domain",
  "network-single-failure-domain",
  "backup-proxy-single-failure-domain"
];
function whatIfIndexes(estate) {
  return estate.index("whatif.indexes", () => {
    const clustersOfHost2 = /* @__PURE__ */ new Map();
    const nodesOf = /* @__PURE__ */ new Map();
    for (const cluster of estate.of("HyperVCluster")) {
      const nodes = estate.hostsOfCluster(cluster.name);
      nodesOf.set(cluster, nodes);
      for (const host of nodes) push2(clustersOfHost2, host, cluster);
    }
    const nlbOfVm = /* @__PURE__ */ new Map();
    for (const nlb of estate.of("NlbCluster"))
      for (const node of nlb.spec.nodes) {
        const vm = estate.get("VirtualMachine", node.vm);
        if (vm && !(nlbOfVm.get(vm) ?? []).includes(nlb)) push2(nlbOfVm, vm, nlb);
      }
    const dcOfVm = /* @__PURE__ */ new Map();
    const dcsOfDomain = /* @__PURE__ */ new Map();
    for (const dc of estate.of("DomainController")) {
      push2(dcsOfDomain, nameKey(dc.spec.domain), dc);
      const vm = estate.get("VirtualMachine", dc.spec.vm);
      if (vm) push2(dcOfVm, vm, dc);
    }
    const jobsByProxy = /* @__PURE__ */ new Map();
    for (const job of estate.of("BackupJob")) {
      const proxy = job.spec.offHostProxy;
      if (!proxy) continue;
      const doc = estate.get("HyperVHost", proxy) ?? estate.get("VirtualMachine", proxy);
      if (doc) push2(jobsByProxy, doc, job);
    }
    const hostsOnSwitch = /* @__PURE__ */ new Map();
    const hostsOnPoint = /* @__PURE__ */ new Map();
    for (const host of estate.of("HyperVHost"))
      for (const at of uplinksOf(estate, host)) {
        addTo(hostsOnSwitch, nameKey(at.switch.name), host);
        addTo(hostsOnPoint, `${nameKey(at.switch.name)}|${attachmentKey(at)}`, host);
      }
    const vmsOnHost = /* @__PURE__ */ new Map();
    for (const vm of estate.of("VirtualMachine")) {
      if (vm.spec.cluster) continue;
      const host = estate.get("HyperVHost", vm.spec.host);
      if (host) push2(vmsOnHost, host, vm);
    }
    return {
      clustersOfHost: clustersOfHost2,
      nodesOf,
      nlbOfVm,
      dcOfVm,
      dcsOfDomain,
      jobsByProxy,
      hostsOnSwitch,
      hostsOnPoint,
      vmsOnHost
    };
  });
}
var startupDemand = (vm) => vm.spec.memory?.startupMB ?? 0;
var runningDemand = (vm) => {
  const memory = vm.spec.memory;
  if (!memory) return 0;
  return memory.dynamic ? Math.min(memory.minimumMB ?? memory.startupMB, memory.startupMB) : memory.startupMB;
};
var usableMemory = (host) => host.spec.memoryMB === void 0 ? Infinity : Math.max(0, host.spec.memoryMB - (host.spec.memoryReserveMB ?? 0));
function ownersOf(vm, nodes) {
  const possible = vm.spec.possibleOwners;
  if (!possible) return nodes;
  const keys = new Set(possible.map(nameKey));
  return nodes.filter((h) => keys.has(nameKey(h.name)));
}
function homeOf(vm, owners) {
  for (const name of vm.spec.preferredOwners ?? []) {
    const host = owners.find((h) => nameKey(h.name) === nameKey(name));
    if (host) return host;
  }
  return void 0;
}
function quorumAfter(cluster, up, total) {
  const witness = cluster.spec.witness;
  const withWitness = up + 1 > (total + 1) / 2;
  const without = up > total / 2 ? "kept" : up * 2 === total && up > 0 ? "at-risk" : "lost";
  if (!witness) return withWitness && without === "kept" ? "kept" : !withWitness ? "lost" : "unknown";
  if (witness.type === "none") return without;
  return up === 0 ? "lost" : withWitness ? "kept" : "lost";
}
function simulate(estate, failure) {
  return new Simulation(estate, failure).run();
}
var Simulation = class {
  constructor(estate, failure) {
    this.estate = estate;
    this.failure = failure;
    this.ix = whatIfIndexes(estate);
    this.failureText = describeFailure(failure);
  }
  estate;
  failure;
  ix;
  consequences = [];
  notJudged = [];
  restarts = [];
  vmState = /* @__PURE__ */ new Map();
  /** Hosts that are down, and hosts cut off (every uplink lost). */
  down = /* @__PURE__ */ new Set();
  cutOff = /* @__PURE__ */ new Set();
  /** Hosts that lost some uplinks (switch or LAG failures). */
  touched = /* @__PURE__ */ new Set();
  failureText;
  run() {
    this.lose();
    const clusters = /* @__PURE__ */ new Set();
    for (const host of [...this.down, ...this.cutOff])
      for (const cluster of this.ix.clustersOfHost.get(host) ?? []) clusters.add(cluster);
    for (const cluster of clusters) this.failOver(cluster);
    for (const host of [...this.down, ...this.cutOff])
      for (const vm of this.ix.vmsOnHost.get(host) ?? [])
        this.vmState.set(
          vm,
          this.down.has(host) ? { up: false, reason: `it runs on host "${host.name}"`, cause: "host" } : { up: true, host, moved: false }
        );
    const affected = this.affectedVms();
    this.networkPaths(affected);
    this.nlbClusters(affected);
    this.domains(affected);
    this.backupProxies(affected);
    return {
      failure: this.failure,
      consequences: this.consequences,
      notJudged: this.notJudged,
      restarts: this.restarts,
      down: [...this.vmState].filter(([, s]) => !s.up).map(([vm]) => vm)
    };
  }
  /** Is an uplink lost in this failure? */
  lost(at) {
    const f = this.failure;
    if (f.kind === "host") return false;
    if (nameKey(at.switch.name) !== nameKey(f.switch.name)) return false;
    return f.kind === "switch" || at.lag === f.lag;
  }
  lose() {
    const f = this.failure;
    if (f.kind === "host") {
      this.down.add(f.host);
      return;
    }
    const hosts = f.kind === "switch" ? this.ix.hostsOnSwitch.get(nameKey(f.switch.name)) : this.ix.hostsOnPoint.get(`${nameKey(f.switch.name)}|${attachmentKey({ lag: f.lag })}`);
    for (const host of hosts ?? []) {
      this.touched.add(host);
      if (uplinksOf(this.estate, host).every((at) => this.lost(at))) this.cutOff.add(host);
    }
  }
  unavailable(host) {
    return this.down.has(host) || this.cutOff.has(host);
  }
  /** Quorum, then placement of the VMs the cluster has to restart. */
  failOver(cluster) {
    const nodes = this.ix.nodesOf.get(cluster) ?? [];
    const survivors = nodes.filter((h) => !this.unavailable(h));
    const lostNodes = nodes.filter((h) => this.unavailable(h));
    const vms = this.estate.vmsOn("cluster", cluster.name);
    const quorum = quorumAfter(cluster, survivors.length, nodes.length);
    const nodesPath = ["spec", "nodes"];
    const witnessPath = cluster.spec.witness ? ["spec", "witness"] : nodesPath;
    if (quorum === "unknown")
      this.notJudged.push({
        doc: cluster,
        path: nodesPath,
        message: `quorum of cluster "${cluster.name}" after losing ${this.failureText}: ${survivors.length} of ${nodes.length} nodes stay up, and whether that is a majority depends on the witness, which is not declared: add spec.witness`
      });
    if (quorum === "lost" || quorum === "at-risk") {
      const isolated = this.failure.kind !== "host";
      const messageId = isolated ? "isolated" : quorum === "lost" ? "lost" : "atRisk";
      this.consequences.push({
        rule: "cluster-quorum-n1",
        messageId,
        data: {
          cluster: cluster.name,
          up: survivors.length,
          total: nodes.length,
          hosts: quoteList(lostNodes.map((h) => h.name)),
          votes: this.votesText(cluster, survivors.length, nodes.length)
        },
        doc: cluster,
        path: isolated ? nodesPath : witnessPath,
        target: "key",
        related: [
          ...vms.slice(0, 3).map(
            (vm) => related(
              vm,
              ["spec", "cluster"],
              `VirtualMachine "${vm.name}" ${quorum === "at-risk" && !isolated ? "may stop" : "stops"} with the cluster`
            )
          )
        ],
        key: `quorum|${nameKey(cluster.name)}|${messageId}`,
        summary: `cluster ${cluster.name} ${quorum === "lost" || isolated ? "loses quorum" : "may lose quorum"}: its ${vms.length} VMs stop`,
        takesDown: [cluster.name]
      });
      if (quorum === "lost" || isolated) {
        for (const vm of vms)
          this.vmState.set(vm, { up: false, reason: `cluster "${cluster.name}" loses quorum`, cause: "quorum" });
        return;
      }
    }
    if (survivors.length === 0) {
      for (const vm of vms)
        this.vmState.set(vm, { up: false, reason: `every node of cluster "${cluster.name}" is down`, cause: "host" });
      return;
    }
    this.place(cluster, nodes, survivors, vms);
  }
  votesText(cluster, up, total) {
    const witness = cluster.spec.witness;
    if (!witness || witness.type === "none") return `${up} of ${total} votes`;
    return `${up + 1} of ${total + 1} votes with the ${witness.type} witness`;
  }
  /**
   * Place the VMs that must (re)start on the surviving nodes. VMs whose home node survives stay
   * there; the others (home lost, or home unknown) are placed largest first on their preferred
   * owners in order, then on the possible owner with the most free memory, keeping anti-affinity
   * classes apart where any node allows it.
   */
  place(cluster, nodes, survivors, vms) {
    const free = new Map(survivors.map((h) => [h, usableMemory(h)]));
    const classes = new Map(survivors.map((h) => [h, /* @__PURE__ */ new Map()]));
    const survivorSet = new Set(survivors);
    const toPlace = [];
    let unknownHome = 0;
    for (const vm of vms) {
      const owners = ownersOf(vm, nodes);
      const home = homeOf(vm, owners);
      if (home && survivorSet.has(home)) {
        free.set(home, free.get(home) - runningDemand(vm));
        for (const c of vm.spec.antiAffinityClassNames ?? []) classes.get(home).set(c.toLowerCase(), vm);
        this.vmState.set(vm, { up: true, host: home, moved: false });
        continue;
      }
      if (!home) unknownHome++;
      toPlace.push({ vm, owners, home, demand: home ? startupDemand(vm) : runningDemand(vm) });
    }
    toPlace.sort((a, b) => b.demand - a.demand || compareNames(a.vm.name, b.vm.name));
    const noRoom = [];
    for (const { vm, owners, home, demand } of toPlace) {
      const candidates = owners.filter((h) => survivorSet.has(h));
      if (candidates.length === 0) {
        this.vmState.set(vm, { up: false, reason: `none of its possible owners is up`, cause: "owners" });
        if (vm.spec.possibleOwners)
          this.consequences.push({
            rule: "cluster-n1-capacity",
            messageId: "noOwner",
            data: { vm: vm.name, owners: quoteList(owners.map((h) => h.name)) },
            doc: vm,
            path: ["spec", "possibleOwners"],
            related: [],
            key: `owners|${nameKey(vm.name)}`,
            summary: `${vm.name} cannot restart: no possible owner left`,
            takesDown: [vm.name]
          });
        continue;
      }
      const preferred = (vm.spec.preferredOwners ?? []).map(nameKey);
      const rank = (h) => {
        const i = preferred.indexOf(nameKey(h.name));
        return i < 0 ? preferred.length : i;
      };
      const ordered = [...candidates].sort(
        (a, b) => rank(a) - rank(b) || free.get(b) - free.get(a) || compareNames(a.name, b.name)
      );
      const vmClasses = (vm.spec.antiAffinityClassNames ?? []).map((c) => c.toLowerCase());
      const clash = (h) => {
        for (const c of vmClasses) {
          const other2 = classes.get(h).get(c);
          if (other2) return other2;
        }
        return void 0;
      };
      const fits = (h) => free.get(h) >= demand;
      const target = ordered.find((h) => fits(h) && !clash(h)) ?? ordered.find(fits);
      if (!target) {
        noRoom.push({ vm, demand });
        this.vmState.set(vm, {
          up: false,
          reason: `no surviving node has ${demand} MB free for it`,
          cause: "capacity"
        });
        continue;
      }
      free.set(target, free.get(target) - demand);
      const other = clash(target);
      for (const c of vmClasses) classes.get(target).set(c, vm);
      this.vmState.set(vm, { up: true, host: target, moved: home !== void 0, placed: home === void 0 });
      if (home) this.restarts.push({ vm, from: home, to: target });
      else this.restarts.push({ vm, to: target });
      if (other) {
        const shared = vmClasses.find(
          (c) => (other.spec.antiAffinityClassNames ?? []).some((o) => o.toLowerCase() === c)
        );
        this.consequences.push({
          rule: "cluster-n1-capacity",
          messageId: "antiAffinity",
          data: { vm: vm.name, host: target.name, other: other.name, class: shared },
          doc: vm,
          path: ["spec", "antiAffinityClassNames"],
          related: [
            related(other, ["spec", "antiAffinityClassNames"], `VirtualMachine "${other.name}" has class "${shared}"`)
          ],
          key: `affinity|${nameKey(vm.name)}|${nameKey(other.name)}`,
          summary: `${vm.name} restarts next to ${other.name} on ${target.name} (anti-affinity class ${shared})`,
          takesDown: []
        });
      }
    }
    if (noRoom.length > 0) {
      const totalFree = survivors.reduce((sum, h) => sum + Math.max(0, free.get(h)), 0);
      const most = survivors.reduce((best, h) => free.get(h) > free.get(best) ? h : best, survivors[0]);
      const needed = noRoom.reduce((sum, v) => sum + v.demand, 0);
      const lostHosts = nodes.filter((h) => this.unavailable(h));
      this.consequences.push({
        rule: "cluster-n1-capacity",
        messageId: "noRoom",
        data: {
          cluster: cluster.name,
          count: noRoom.length,
          vms: quoteList(
            noRoom.map((v) => `${v.vm.name}`),
            4
          ),
          vmWord: noRoom.length === 1 ? "VM" : "VMs",
          neededMB: needed,
          largestMB: noRoom[0].demand,
          mostFreeMB: Math.max(0, free.get(most)),
          mostFreeHost: most.name,
          freeMB: totalFree
        },
        doc: cluster,
        path: ["spec", "nodes"],
        target: "key",
        related: [
          ...lostHosts.filter((h) => h.spec.memoryMB !== void 0).map((h) => related(h, ["spec", "memoryMB"], `host "${h.name}" had ${h.spec.memoryMB} MB`)),
          ...noRoom.slice(0, 3).map(
            (v) => related(
              v.vm,
              ["spec", "memory", "startupMB"],
              `VirtualMachine "${v.vm.name}" needs ${v.demand} MB to start`
            )
          )
        ],
        key: `capacity|${nameKey(cluster.name)}|${this.failureText}`,
        summary: `${noRoom.length} ${noRoom.length === 1 ? "VM" : "VMs"} of ${cluster.name} find no room (${quoteList(
          noRoom.map((v) => v.vm.name),
          4,
          ""
        )})`,
        takesDown: noRoom.map((v) => v.vm.name)
      });
    }
    this.capacityGaps(cluster, nodes, vms, unknownHome);
  }
  /** Say which missing fields the capacity judgement of a cluster rests on. */
  capacityGaps(cluster, nodes, vms, unknownHome) {
    const noMemory = nodes.filter((h) => h.spec.memoryMB === void 0);
    const noReserve = nodes.filter((h) => h.spec.memoryMB !== void 0 && h.spec.memoryReserveMB === void 0);
    const noVmMemory = vms.filter((vm) => !vm.spec.memory);
    const gaps = [];
    if (noMemory.length)
      gaps.push(
        `${plural(noMemory.length, "host")} without spec.memoryMB (${quoteList(
          noMemory.map((h) => h.name),
          3
        )}) counted as having room for anything`
      );
    if (noReserve.length)
      gaps.push(`${plural(noReserve.length, "host")} without spec.memoryReserveMB counted with no reserve`);
    if (noVmMemory.length)
      gaps.push(
        `${plural(noVmMemory.length, "VM")} without spec.memory (${quoteList(
          noVmMemory.map((v) => v.name),
          3
        )}) counted as needing none`
      );
    if (unknownHome)
      gaps.push(
        `${plural(unknownHome, "VM")} without spec.preferredOwners placed where the most memory is free, since where they run is not declared`
      );
    if (gaps.length === 0) return;
    this.notJudged.push({
      doc: cluster,
      path: ["spec", "nodes"],
      message: `capacity of cluster "${cluster.name}" is judged in the estate's favour: ${gaps.join("; ")}`
    });
  }
  /** VMs whose state the failure may change: restarted, down, or on a host that lost uplinks. */
  affectedVms() {
    const out = new Set(this.vmState.keys());
    for (const host of this.touched) {
      for (const vm of this.ix.vmsOnHost.get(host) ?? []) out.add(vm);
      for (const cluster of this.ix.clustersOfHost.get(host) ?? [])
        for (const vm of this.estate.vmsOn("cluster", cluster.name)) out.add(vm);
    }
    return [...out];
  }
  /** The state of a VM the failure did not move. */
  state(vm) {
    const known = this.vmState.get(vm);
    if (known) return known;
    if (vm.spec.cluster) {
      const cluster = this.estate.get("HyperVCluster", vm.spec.cluster);
      const nodes = cluster ? this.ix.nodesOf.get(cluster) ?? [] : [];
      return { up: true, host: homeOf(vm, ownersOf(vm, nodes)), moved: false };
    }
    return { up: true, host: this.estate.get("HyperVHost", vm.spec.host), moved: false };
  }
  /** Hosts a running VM may be on after the failure: where it is, or (home unknown) any surviving owner. */
  hostsOf(vm) {
    const state = this.state(vm);
    if (!state.up) return [];
    if (state.host) return [state.host];
    const cluster = this.estate.get("HyperVCluster", vm.spec.cluster);
    const nodes = cluster ? this.ix.nodesOf.get(cluster) ?? [] : [];
    return ownersOf(vm, nodes).filter((h) => !this.unavailable(h));
  }
  /** Uplinks left for an adapter's virtual switch on a host; undefined when the host declares no teams (not judged). */
  pathsLeft(host, virtualSwitch) {
    if (!(host.spec.nicTeams ?? []).length) return void 0;
    return uplinksOf(this.estate, host, virtualSwitch).filter((at) => !this.lost(at));
  }
  /** Does a running VM keep a network path for an adapter? false only when no host it may be on keeps one. */
  adapterReachable(vm, adapterName) {
    const adapter = (vm.spec.networkAdapters ?? []).find((a) => nameKey(a.name) === nameKey(adapterName));
    if (!adapter?.switch) return true;
    const hosts = vm.spec.cluster ? this.survivingOwners(vm) : this.hostsOf(vm);
    if (hosts.length === 0) return true;
    return hosts.some((h) => this.pathsLeft(h, adapter.switch)?.length !== 0);
  }
  networkLost(vm) {
    const adapters = (vm.spec.networkAdapters ?? []).filter((a) => a.switch);
    if (adapters.length === 0 || !this.state(vm).up) return false;
    return adapters.every((a) => !this.adapterReachable(vm, a.name));
  }
  /** VMs left running without any network path: reported per host whose uplinks all went with the failure. */
  networkPaths(affected) {
    if (this.failure.kind === "host") return;
    const byHost = /* @__PURE__ */ new Map();
    for (const vm of affected) {
      if (!this.networkLost(vm)) continue;
      const state = this.state(vm);
      const host = (state.up ? state.host : void 0) ?? this.hostsOf(vm)[0];
      if (host) push2(byHost, host, vm);
    }
    for (const host of this.touched) {
      const vms = byHost.get(host);
      const cutOff = this.cutOff.has(host);
      if (!vms && !cutOff) continue;
      const clustered = cutOff && (this.ix.clustersOfHost.get(host) ?? []).length > 0;
      const victims = [
        ...vms ?? [],
        ...cutOff ? (this.ix.vmsOnHost.get(host) ?? []).filter((vm) => !(vms ?? []).includes(vm)) : []
      ];
      const teams = (host.spec.nicTeams ?? []).length;
      this.consequences.push({
        rule: "network-single-failure-domain",
        messageId: cutOff ? "hostCutOff" : "vmsCutOff",
        data: {
          host: host.name,
          teams: plural(teams, "NIC team"),
          stopped: clustered ? "; its cluster treats it as down" : "",
          victims: victims.length ? `; ${victims.length === 1 ? "VM" : "VMs"} ${quoteList(
            victims.map((v) => v.name),
            4
          )} ${victims.length === 1 ? "loses" : "lose"} every network path` : "",
          vms: quoteList(
            victims.map((v) => v.name),
            4
          )
        },
        doc: host,
        path: ["spec", "nicTeams"],
        target: "key",
        related: [
          ...uplinksOf(this.estate, host).filter((at) => this.lost(at)).slice(0, 3).map(
            (at) => related(
              host,
              uplinkPath(at),
              `team "${host.spec.nicTeams?.[at.teamIndex]?.name}" lands on ${describeAttachment(at)} of switch "${at.switch.name}"`
            )
          )
        ],
        key: `network|${nameKey(host.name)}|${cutOff ? "host" : "vms"}`,
        summary: cutOff ? `host ${host.name} is cut off` : `${quoteList(
          victims.map((v) => v.name),
          4,
          ""
        )} lose every network path`,
        takesDown: cutOff ? [host.name, ...victims.map((v) => v.name)] : victims.map((v) => v.name)
      });
    }
  }
  nlbClusters(affected) {
    const clusters = /* @__PURE__ */ new Set();
    for (const vm of affected) for (const nlb of this.ix.nlbOfVm.get(vm) ?? []) clusters.add(nlb);
    for (const nlb of [...clusters].sort(byName)) {
      const reasons = [];
      let out = 0;
      let interrupted = 0;
      let byQuorum = 0;
      const nodes = nlb.spec.nodes.map((node) => ({ node, vm: this.estate.get("VirtualMachine", node.vm) })).filter((n) => n.vm !== void 0);
      if (nodes.length === 0) continue;
      for (const { node, vm } of nodes) {
        const state = this.state(vm);
        if (!state.up) {
          out++;
          if (state.cause === "quorum") byQuorum++;
          reasons.push(`"${vm.name}": ${state.reason}`);
        } else if (!this.adapterReachable(vm, node.adapter)) {
          out++;
          reasons.push(`"${vm.name}": adapter "${node.adapter}" has no uplink left`);
        } else if (state.moved) interrupted++;
      }
      if (out === nodes.length) {
        this.consequences.push({
          rule: "nlb-single-failure-domain",
          messageId: "allNodesDown",
          data: {
            nlb: nlb.name,
            reasons: reasons.slice(0, 3).join("; ") + (reasons.length > 3 ? `; and ${reasons.length - 3} more` : "")
          },
          doc: nlb,
          path: ["spec", "nodes"],
          target: "key",
          related: [
            ...nodes.slice(0, 3).map(
              ({ vm }) => related(vm, vm.spec.cluster ? ["spec", "cluster"] : ["spec", "host"], `node "${vm.name}"`)
            )
          ],
          key: `nlb|${nameKey(nlb.name)}|down`,
          ...byQuorum === nodes.length ? { coveredBy: "cluster-quorum-n1" } : {},
          summary: `NLB cluster ${nlb.name} loses every node`,
          takesDown: [nlb.name]
        });
        continue;
      }
      if (out + interrupted === nodes.length && interrupted > 0) {
        this.consequences.push({
          rule: "nlb-single-failure-domain",
          messageId: "allNodesRestart",
          data: {
            nlb: nlb.name,
            nodes: quoteList(
              nodes.map((n) => n.vm.name),
              4
            )
          },
          doc: nlb,
          path: ["spec", "nodes"],
          target: "key",
          related: [
            ...nodes.slice(0, 3).map(
              ({ vm }) => related(
                vm,
                vm.spec.preferredOwners ? ["spec", "preferredOwners"] : ["spec", "cluster"],
                `node "${vm.name}" runs on the lost host`
              )
            )
          ],
          key: `nlb|${nameKey(nlb.name)}|restart`,
          summary: `NLB cluster ${nlb.name} is down until its nodes restart`,
          takesDown: [nlb.name]
        });
      }
      if (nlb.spec.mode === "igmp-multicast") this.multicastPaths(nlb, nodes);
    }
  }
  /**
   * IGMP-mode clusters: a node the failure moves must land, on every switch whose bridge groups
   * serve the cluster, on a LAG or port that is a member (§1.2, §2.1, §2.2). Reported only when
   * every host the node may be on after the failure lacks membership, so placement choices
   * cannot change the outcome.
   */
  multicastPaths(nlb, nodes) {
    const missing = /* @__PURE__ */ new Map();
    let reachable = 0;
    for (const { node, vm } of nodes) {
      const state = this.state(vm);
      if (!state.up) continue;
      const adapter = (vm.spec.networkAdapters ?? []).find((a) => nameKey(a.name) === nameKey(node.adapter));
      const hosts = state.placed ? this.survivingOwners(vm) : this.hostsOf(vm);
      const gaps = [];
      let everywhere = hosts.length > 0;
      let somewhere = false;
      for (const host of hosts) {
        let lacks = false;
        for (const at of this.pathsLeft(host, adapter?.switch) ?? []) {
          const groups = bridgeGroupsFor(this.estate, at.switch, nlb);
          if (groups.length === 0 || groups.some((g) => membersCover(g.entry, at))) {
            somewhere = true;
            continue;
          }
          lacks = true;
          gaps.push({ group: groups[0], at });
        }
        if (!lacks) everywhere = false;
      }
      if (somewhere || hosts.length === 0) reachable++;
      if (!(state.moved || state.placed) || !everywhere || gaps.length === 0) continue;
      for (const { group, at } of gaps) {
        const key = `${nameKey(group.switch.name)}|${group.index}`;
        let entry = missing.get(key);
        if (!entry) missing.set(key, entry = { group, points: /* @__PURE__ */ new Map(), vms: [] });
        entry.points.set(attachmentKey(at), at);
        if (!entry.vms.includes(vm.name)) entry.vms.push(vm.name);
      }
    }
    for (const { group, points, vms } of missing.values()) {
      const ats = [...points.values()];
      const hosts = [...new Set(ats.map((at) => at.host.name))];
      const field = group.entry.lags !== void 0 || ats.some((at) => at.lag !== void 0) ? "lags" : "ports";
      const path = ["spec", "bridgeMulticastGroups", group.index, field];
      this.consequences.push({
        rule: "nlb-single-failure-domain",
        messageId: "multicastPath",
        data: {
          nlb: nlb.name,
          vms: quoteList(vms, 4),
          nodeWord: vms.length === 1 ? "node" : "nodes",
          hosts: quoteList(hosts, 4),
          points: ats.map(describeAttachment).join(", "),
          switch: group.switch.name,
          group: bridgeGroupLabel(group.entry),
          effect: reachable === 0 ? `, and ${nlb.name} gets no traffic` : ""
        },
        doc: group.switch,
        path: group.switch.has(path) ? path : ["spec", "bridgeMulticastGroups", group.index],
        related: [
          ...ats.slice(0, 3).map(
            (at) => related(
              at.host,
              uplinkPath(at),
              `host "${at.host.name}" lands on ${describeAttachment(at)} of switch "${at.switch.name}"`
            )
          ),
          related(nlb, ["spec", "vip"], `IGMP-multicast NLB cluster "${nlb.name}"`)
        ],
        key: `multicast|${nameKey(nlb.name)}|${nameKey(group.switch.name)}|${group.index}|${[...points.keys()].sort().join(",")}`,
        summary: `NLB cluster ${nlb.name} loses its multicast path on ${group.switch.name} (${ats.map(describeAttachment).join(", ")} not in group ${bridgeGroupLabel(group.entry)})`,
        takesDown: reachable === 0 ? [nlb.name] : [],
        // nlb-igmp-group-members asks for every host able to run a node, so it names this LAG already.
        coveredBy: "nlb-igmp-group-members"
      });
    }
  }
  /** Surviving nodes a clustered VM may run on. */
  survivingOwners(vm) {
    const cluster = this.estate.get("HyperVCluster", vm.spec.cluster);
    const nodes = cluster ? this.ix.nodesOf.get(cluster) ?? [] : [];
    return ownersOf(vm, nodes).filter((h) => !this.unavailable(h));
  }
  domains(affected) {
    const domains = /* @__PURE__ */ new Set();
    for (const vm of affected) for (const dc of this.ix.dcOfVm.get(vm) ?? []) domains.add(nameKey(dc.spec.domain));
    for (const domain of [...domains].sort()) {
      const dcs = this.ix.dcsOfDomain.get(domain) ?? [];
      const reasons = [];
      const unjudged = [];
      const restarting = [];
      let survivor = false;
      let byQuorum = 0;
      for (const dc of dcs) {
        const vm = this.estate.get("VirtualMachine", dc.spec.vm);
        if (dc.spec.physicalServer || !vm) {
          if (dc.spec.physicalServer && this.failure.kind === "host") survivor = true;
          else unjudged.push(dc);
          continue;
        }
        const state = this.state(vm);
        if (!state.up) {
          reasons.push(`"${dc.name}": ${state.reason}`);
          if (state.cause === "quorum") byQuorum++;
        } else if (this.networkLost(vm)) reasons.push(`"${dc.name}": no network path left`);
        else if (state.moved) restarting.push(dc);
        else survivor = true;
      }
      if (survivor || dcs.length === 0) continue;
      if (restarting.length > 0 && unjudged.length === 0) {
        const first2 = dcs[0];
        this.consequences.push({
          rule: "dc-single-failure-domain",
          messageId: "allRestart",
          data: {
            domain: first2.spec.domain,
            dcs: quoteList(
              dcs.map((dc) => dc.name),
              4
            )
          },
          doc: first2,
          path: dcPath(first2),
          related: restarting.slice(0, 3).map(
            (dc) => related(
              this.estate.get("VirtualMachine", dc.spec.vm),
              ["spec", "preferredOwners"],
              `DC "${dc.name}" runs on the lost host`
            )
          ),
          key: `dc|${domain}|restart`,
          summary: `domain ${first2.spec.domain} has no DC until ${quoteList(
            restarting.map((dc) => dc.name),
            4,
            ""
          )} restart`,
          takesDown: [first2.spec.domain]
        });
        continue;
      }
      if (unjudged.length > 0) {
        const dc = unjudged[0];
        this.notJudged.push({
          doc: dc,
          path: dcPath(dc),
          message: `whether domain ${dc.spec.domain} keeps a domain controller after losing ${this.failureText}: every other DC goes down, and the network of DC "${dc.name}" is not in the manifests`
        });
        continue;
      }
      const first = dcs[0];
      this.consequences.push({
        rule: "dc-single-failure-domain",
        messageId: "allDown",
        data: {
          domain: first.spec.domain,
          count: dcs.length,
          reasons: reasons.slice(0, 3).join("; ") + (reasons.length > 3 ? `; and ${reasons.length - 3} more` : "")
        },
        doc: first,
        path: dcPath(first),
        related: [...dcs.slice(1, 4).map((dc) => related(dc, dcPath(dc), `DC "${dc.name}" goes down too`))],
        key: `dc|${domain}`,
        ...byQuorum === dcs.length ? { coveredBy: "cluster-quorum-n1" } : {},
        summary: `domain ${first.spec.domain} loses every domain controller`,
        takesDown: [first.spec.domain]
      });
    }
  }
  backupProxies(affected) {
    const candidates = [...affected, ...this.down, ...this.cutOff];
    const seen = /* @__PURE__ */ new Set();
    for (const proxy of candidates) {
      if (seen.has(proxy)) continue;
      seen.add(proxy);
      const jobs = this.ix.jobsByProxy.get(proxy);
      if (!jobs) continue;
      let reason;
      if (proxy.kind === "HyperVHost") {
        const host = proxy;
        if (this.down.has(host)) reason = `host "${host.name}" is down`;
        else if (this.cutOff.has(host)) reason = `host "${host.name}" is cut off`;
      } else {
        const vm = proxy;
        const state = this.state(vm);
        if (!state.up) reason = state.reason;
        else if (this.networkLost(vm)) reason = "it has no network path left";
      }
      if (!reason) continue;
      for (const job of jobs) {
        const vms = backupCoverage(this.estate).vmsOf(job);
        this.consequences.push({
          rule: "backup-proxy-single-failure-domain",
          messageId: "proxyLost",
          data: {
            job: job.name,
            proxy: proxy.name,
            reason,
            count: vms.length,
            vmWord: vms.length === 1 ? "VM" : "VMs"
          },
          doc: job,
          path: ["spec", "offHostProxy"],
          related: [related(proxy, ["metadata", "name"], `off-host proxy "${proxy.name}"`)],
          key: `backup|${nameKey(job.name)}`,
          summary: `backup job ${job.name} loses its proxy ${proxy.name}`,
          takesDown: [job.name]
        });
      }
    }
  }
};
var dcPath = (dc) => dc.spec.physicalServer ? ["spec", "physicalServer"] : ["spec", "vm"];
function related(doc, path, message) {
  return { doc, path, message };
}
function push2(map, key, value) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
function addTo(map, key, value) {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, /* @__PURE__ */ new Set([value]));
}
var compareNames = (a, b) => a < b ? -1 : a > b ? 1 : 0;
var byName = (a, b) => compareNames(a.name, b.name);
function quoteList(names, max = 5, quote = '"') {
  const shown = names.slice(0, max).map((n) => `${quote}${n}${quote}`);
  const rest = names.length - shown.length;
  return shown.join(", ") + (rest > 0 ? ` and ${rest} more` : "");
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

// src/whatif/sweep.ts
function sweep(estate) {
  return estate.index("whatif.sweep", () => allFailures(estate).map((failure) => simulate(estate, failure)));
}
function whatIf(estate, failures) {
  return failures ? failures.map((failure) => simulate(estate, failure)) : sweep(estate);
}
function describeFailures(failures) {
  const names = failures.map(describeFailure);
  if (names.length <= 1) return names[0] ?? "";
  const shown = names.length > 4 ? [...names.slice(0, 3), `${names.length - 3} more`] : names;
  return `${shown.slice(0, -1).join(", ")} or ${shown[shown.length - 1]}`;
}
function reportsFor(outcomes, rule, keep = () => true, options = {}) {
  const groups = /* @__PURE__ */ new Map();
  for (const outcome of outcomes)
    for (const consequence of outcome.consequences) {
      if (consequence.rule !== rule || consequence.coveredBy && !options.includeCovered) continue;
      const group = groups.get(consequence.key);
      if (group) group.failures.push(outcome.failure);
      else groups.set(consequence.key, { consequence, failures: [outcome.failure] });
    }
  return [...groups.values()].filter(({ consequence, failures }) => keep(consequence, failures)).map(({ consequence, failures }) => toReport(consequence, failures));
}
function toReport(consequence, failures) {
  return {
    doc: consequence.doc,
    path: consequence.path,
    ...consequence.target ? { target: consequence.target } : {},
    messageId: consequence.messageId,
    data: { ...consequence.data, failure: describeFailures(failures) },
    related: [
      ...failures.slice(0, 3).map((failure) => ({
        ...failureLocation(failure),
        message: `the failed ${describeFailure(failure)}`
      })),
      ...consequence.related
    ]
  };
}

// src/rules/failure/backup-proxy-single-failure-domain.ts
var backupProxySingleFailureDomain = {
  meta: {
    id: "backup-proxy-single-failure-domain",
    severity: "warning",
    area: "failure",
    description: "Report backup jobs whose off-host proxy, a host or VM of the estate, goes down or loses its network when one host, switch or LAG fails.",
    fixable: false,
    messages: {
      proxyLost: 'losing {{failure}} takes off-host proxy "{{proxy}}" of backup job "{{job}}" away ({{reason}}), so its {{count}} {{vmWord}} are not backed up; run the proxy where that failure does not reach, or give the job a second proxy'
    },
    sources: [
      "docs/domain.md \xA74.4 (Veeam: the off-host proxy reads the VMs from the snapshot; it must not be a node of the cluster it backs up)",
      "docs/domain.md \xA77.4 (derived: what exists once fails with what it depends on)"
    ]
  },
  check({ estate, report }) {
    for (const r of reportsFor(sweep(estate), "backup-proxy-single-failure-domain")) report(r);
  }
};

// src/rules/failure/cluster-n1-capacity.ts
var clusterN1Capacity = {
  meta: {
    id: "cluster-n1-capacity",
    severity: "warning",
    area: "failure",
    description: "Report clusters where losing one host leaves a clustered VM without a node to restart on: no room in the memory the surviving nodes have free, no possible owner left, or only a node that breaks its anti-affinity class.",
    fixable: false,
    messages: {
      noRoom: 'losing {{failure}} leaves {{count}} {{vmWord}} of cluster "{{cluster}}" without room to restart ({{vms}}: {{neededMB}} MB of startup memory; the most a surviving node has free is {{mostFreeMB}} MB, on "{{mostFreeHost}}"); add memory or a node, or lower their startup memory',
      noOwner: 'losing {{failure}} leaves VirtualMachine "{{vm}}" nowhere to restart: its possible owners {{owners}} are all down; add another node to possibleOwners',
      antiAffinity: 'losing {{failure}} restarts VirtualMachine "{{vm}}" on host "{{host}}" next to "{{other}}", which shares anti-affinity class "{{class}}", because no other node can take it; add capacity or possible owners so the class stays apart'
    },
    sources: [
      "docs/domain.md \xA77.1 (derived from Microsoft failover clustering guidance: the VMs of a lost host must fit in the memory the other nodes have free, less each host\u2019s reserve; dynamic-memory VMs need their startup memory to start)",
      "docs/domain.md \xA77.2 (Microsoft: AntiAffinityClassNames keeps roles of one class on different nodes where it can)"
    ]
  },
  check({ estate, report }) {
    for (const r of reportsFor(sweep(estate), "cluster-n1-capacity")) report(r);
  }
};

// src/rules/failure/cluster-quorum-n1.ts
var clusterQuorumN1 = {
  meta: {
    id: "cluster-quorum-n1",
    severity: "warning",
    area: "failure",
    description: "Report clusters that can lose quorum when one host, switch or LAG fails: a two-node cluster without a witness, or nodes that all hang off one switch.",
    fixable: false,
    messages: {
      lost: 'losing {{failure}} leaves cluster "{{cluster}}" {{votes}}, no majority, so every clustered VM stops; add a witness (file share, disk or cloud) or a node',
      atRisk: 'losing {{failure}} leaves cluster "{{cluster}}" {{votes}}, exactly half: it keeps running only if dynamic quorum had taken the vote from the lost node; add a witness (file share, disk or cloud)',
      isolated: 'losing {{failure}} cuts off {{hosts}}, leaving cluster "{{cluster}}" {{votes}} among the nodes still connected, so every clustered VM stops; connect the nodes through a second switch'
    },
    sources: [
      "docs/domain.md \xA77.3 (Microsoft: a cluster keeps running while a majority of votes, nodes plus a witness, is up; dynamic quorum in a two-node cluster without a witness)"
    ]
  },
  check({ estate, report }) {
    for (const r of reportsFor(sweep(estate), "cluster-quorum-n1")) report(r);
  }
};

// src/rules/failure/dc-single-failure-domain.ts
var dcSingleFailureDomain = {
  meta: {
    id: "dc-single-failure-domain",
    severity: "warning",
    area: "failure",
    description: "Report domains that lose every domain controller when one host, switch or LAG fails, including through a cluster losing quorum or a host losing its network.",
    fixable: false,
    messages: {
      allRestart: "losing {{failure}} stops every domain controller of {{domain}} ({{dcs}}) until the cluster restarts them elsewhere; give the DC VMs different first preferred owners and a common antiAffinityClassNames, or add a physical DC",
      allDown: "losing {{failure}} takes down every domain controller of {{domain}} ({{reasons}}); run a DC where that failure does not reach, a physical one where possible"
    },
    sources: [
      "docs/domain.md \xA75.1 (Microsoft: at least two domain controllers per domain, on different hosts; add a physical one where possible)",
      "docs/domain.md \xA77.2 (Microsoft: keep the DCs of one domain on different hosts)",
      "docs/domain.md \xA77.4 (derived: what exists once fails with what it depends on)"
    ]
  },
  check({ estate, report }) {
    for (const r of reportsFor(
      sweep(estate),
      "dc-single-failure-domain",
      (c, failures) => !pinnedToFailedHost(estate, c.data["domain"], failures)
    ))
      report(r);
  }
};
function pinnedToFailedHost(estate, domain, failures) {
  if (failures.length !== 1 || failures[0].kind !== "host") return false;
  const host = nameKey(failures[0].host.name);
  const dcs = estate.of("DomainController").filter((dc) => nameKey(dc.spec.domain) === nameKey(domain));
  return dcs.every((dc) => {
    const vm = estate.get("VirtualMachine", dc.spec.vm);
    const hosts = vm ? estate.hostsAbleToRun(vm) : [];
    return hosts.length === 1 && nameKey(hosts[0].name) === host;
  });
}

// src/rules/failure/network-single-failure-domain.ts
var networkSingleFailureDomain = {
  meta: {
    id: "network-single-failure-domain",
    severity: "warning",
    area: "failure",
    description: "Report hosts that one switch or LAG failure cuts off from the network, and VMs left with no network path on any host they may run on.",
    fixable: false,
    messages: {
      hostCutOff: 'losing {{failure}} cuts host "{{host}}" off, since every uplink of its {{teams}} goes with it{{stopped}}{{victims}}; land a team member on a second switch (a switch-independent team)',
      vmsCutOff: 'losing {{failure}} leaves VMs {{vms}} on host "{{host}}" without any network path, and no other host they may run on has one; land the team of their virtual switch on a second switch or LAG'
    },
    sources: [
      "docs/domain.md \xA72.2 (field: each host reaches the switches through NIC teams that land on LAGs)",
      "docs/domain.md \xA77.4 (derived, with Microsoft NIC Teaming: a host whose teams all land on one switch is cut off when it fails; switch-independent team members may land on two switches)"
    ]
  },
  check({ estate, report }) {
    for (const r of reportsFor(sweep(estate), "network-single-failure-domain")) report(r);
  }
};

// src/rules/failure/nlb-single-failure-domain.ts
var nlbSingleFailureDomain = {
  meta: {
    id: "nlb-single-failure-domain",
    severity: "warning",
    area: "failure",
    description: "Report NLB clusters that one host, switch or LAG failure takes down: every node lost or restarting at once, or nodes moved onto hosts whose LAGs are not in the bridge multicast group.",
    fixable: false,
    messages: {
      allNodesDown: 'losing {{failure}} takes down every node of NLB cluster "{{nlb}}" ({{reasons}}); run its nodes on different hosts and switches',
      allNodesRestart: 'losing {{failure}} stops every node of NLB cluster "{{nlb}}" ({{nodes}}) until the cluster restarts them elsewhere; give the nodes different first preferred owners and a common antiAffinityClassNames',
      multicastPath: 'losing {{failure}} moves {{nodeWord}} {{vms}} of NLB cluster "{{nlb}}" to {{hosts}}, landing on {{points}} of switch "{{switch}}", which bridge multicast group {{group}} does not include{{effect}}; add {{points}} to the group'
    },
    sources: [
      "docs/domain.md \xA77.2 (Microsoft: keep the nodes of one NLB cluster on different hosts, or one host failure takes all of them down)",
      "docs/domain.md \xA72.2 (field: a node can run on any host of its cluster, so the bridge multicast group must include every such host\u2019s LAG)",
      "docs/domain.md \xA77.4 (derived: what exists once fails with what it depends on)"
    ]
  },
  check({ estate, report }) {
    for (const r of reportsFor(sweep(estate), "nlb-single-failure-domain")) report(r);
  }
};

// src/rules/failure/index.ts
var failureRules = [
  backupProxySingleFailureDomain,
  clusterN1Capacity,
  clusterQuorumN1,
  dcSingleFailureDomain,
  networkSingleFailureDomain,
  nlbSingleFailureDomain
];

// src/rules/index.ts
var MODEL_RULES = [
  duplicateName,
  unresolvedReference,
  ...nlbRules,
  ...switchRules,
  ...vmRules,
  ...backupRules,
  ...clusterRules,
  ...failureRules
];
var modelRuleIds = new Set(MODEL_RULES.map((rule) => rule.meta.id));
var CATALOGUE = new Catalogue([
  ...CORE_RULES.filter((meta) => !modelRuleIds.has(meta.id)).map((meta) => ({ kind: "core", meta })),
  ...MODEL_RULES.map((rule) => ({ kind: "rule", meta: rule.meta })),
  ...DRIFT_RULES.map((meta) => ({ kind: "drift", meta }))
]);
function allRuleMeta() {
  return CATALOGUE.metas();
}

export {
  findNode,
  spanOf,
  LoadedDocument,
  kindOf,
  nameOf,
  ManifestDocument,
  KINDS,
  MANIFEST_KINDS,
  nameKey,
  Estate,
  CORE_RULES,
  DRIFT_RULE_IDS,
  driftRule,
  fillMessage,
  parseIpv4,
  clusterMacFor,
  igmpGroupFor,
  multicastMacForGroup,
  bridgeGroupAddress,
  macStyleOf,
  normalizeMac,
  formatMac,
  macForSwitch,
  describeAttachment,
  uplinksOf,
  nlbReach,
  bridgeGroupLabel,
  bridgeGroupsFor,
  staticMacEntries,
  membersCover,
  compileNameGlob,
  backupCoverage,
  failureId,
  describeFailure,
  parseFailure,
  WHATIF_RULE_IDS,
  whatIf,
  reportsFor,
  failureRules,
  MODEL_RULES,
  CATALOGUE,
  allRuleMeta
};
