import { createRequire as __hvlintCreateRequire } from 'node:module';
const require = __hvlintCreateRequire(import.meta.url);
import {
  applyEdits,
  unifiedDiff,
  writeFixes
} from "./cli-26I3A67K.js";
import {
  buildObservedEstate,
  parseInventory,
  readInventoryFiles
} from "./cli-LJOXDK4Z.js";
import {
  loadAndValidate,
  resolveLimits
} from "./cli-HLRBK3TU.js";
import {
  Estate,
  discover,
  driftRule,
  fillMessage,
  nameKey,
  toDisplayPath,
  usageMessage
} from "./cli-YGPPNYVY.js";
import "./cli-TAYVNBWF.js";

// src/cli/commands/import.ts
import * as fs from "node:fs";
import * as path2 from "node:path";
import { parseArgs } from "node:util";

// src/import/emit.ts
var RESERVED = /^(?:true|false|yes|no|on|off|y|n|null|~)$/i;
var NUMBER_LIKE = /^[-+]?(?:\d[\d_]*(?:\.\d*)?(?:e[-+]?\d+)?|\.\d+|0x[0-9a-f]+|0o[0-7]+|\.inf|\.nan)$/i;
var BLOCK_PLAIN = /^[^\s\-?:,[\]{}#&*!|>'"%@`](?:[^:#]|:(?!\s|$)|(?<!\s)#)*$/;
function needsQuotes(text, flow2) {
  if (text === "" || text !== text.trim()) return true;
  if (RESERVED.test(text) || NUMBER_LIKE.test(text)) return true;
  if (text.includes(":") && !/^[A-Za-z]:\\/.test(text)) return true;
  if (/^\d{4}-\d{2}-\d{2}/.test(text)) return true;
  if (/[\u0000-\u001f\u007f]/.test(text)) return true;
  if (flow2 && /[,[\]{}]/.test(text)) return true;
  return !BLOCK_PLAIN.test(text);
}
function scalar(value, flow2 = false) {
  if (value === null) return "null";
  if (typeof value === "boolean" || typeof value === "number") return String(value);
  if (!needsQuotes(value, flow2)) return value;
  if (/[\u0000-\u001f\u007f]/.test(value)) return JSON.stringify(value);
  return `'${value.replace(/'/g, "''")}'`;
}
function isPlain(value) {
  return value === null || typeof value !== "object";
}
function key(text) {
  return scalar(text);
}
function emitDocument(value, comments = /* @__PURE__ */ new Map()) {
  const out = [];
  emitMap(value, 0, [], comments, out);
  return out.map((line) => `${line}
`).join("");
}
function commentLines(comments, path3, indent, out) {
  for (const line of comments.get(path3.join(".")) ?? []) out.push(`${indent}# ${line}`);
}
function emitMap(map, depth, path3, comments, out, firstPrefix) {
  const indent = "  ".repeat(depth);
  let first = true;
  for (const [name, child] of Object.entries(map)) {
    if (child === void 0) continue;
    const childPath = [...path3, name];
    const lead = first && firstPrefix !== void 0 ? firstPrefix : indent;
    if (!(first && firstPrefix !== void 0)) commentLines(comments, childPath, indent, out);
    first = false;
    if (isPlain(child)) out.push(`${lead}${key(name)}: ${scalar(child)}`);
    else if (Array.isArray(child)) {
      if (child.length === 0) out.push(`${lead}${key(name)}: []`);
      else if (child.every(isPlain)) out.push(`${lead}${key(name)}: [${child.map((c) => scalar(c, true)).join(", ")}]`);
      else {
        out.push(`${lead}${key(name)}:`);
        emitList(child, depth + 1, childPath, comments, out);
      }
    } else if (Object.keys(child).length === 0) out.push(`${lead}${key(name)}: {}`);
    else {
      out.push(`${lead}${key(name)}:`);
      emitMap(child, depth + 1, childPath, comments, out);
    }
  }
}
function emitList(list, depth, path3, comments, out) {
  const indent = "  ".repeat(depth);
  list.forEach((item, i) => {
    const itemPath = [...path3, i];
    commentLines(comments, itemPath, indent, out);
    if (isPlain(item)) out.push(`${indent}- ${scalar(item)}`);
    else if (Array.isArray(item)) {
      out.push(`${indent}-`);
      emitList(item, depth + 1, itemPath, comments, out);
    } else if (Object.keys(item).length === 0) out.push(`${indent}- {}`);
    else emitMap(item, depth + 1, itemPath, comments, out, `${indent}- `);
  });
}

// src/import/build.ts
var LAYOUTS = ["by-kind", "by-cluster"];
var API_VERSION = "hvlint/v1";
function osRelease(version) {
  if (!version) return void 0;
  if (/^6\.2\./.test(version)) return "windows-server-2012";
  if (/^6\.3\./.test(version)) return "windows-server-2012-r2";
  const build = /^10\.0\.(\d+)/.exec(version)?.[1];
  const releases = {
    "14393": "windows-server-2016",
    "17763": "windows-server-2019",
    "20348": "windows-server-2022",
    "26100": "windows-server-2025"
  };
  return build ? releases[build] : void 0;
}
function fileNameOf(name) {
  return name.toLowerCase().replace(/[^a-z0-9._-]+/g, "-") || "unnamed";
}
function fileFor(layout, kind, name, placement) {
  const group = placement?.cluster ?? placement?.host;
  switch (kind) {
    case "Switch":
      return `switches/${fileNameOf(name)}.yaml`;
    case "NlbCluster":
      return "nlb.yaml";
    case "DomainController":
      return "domain.yaml";
    case "BackupJob":
      return "backup.yaml";
    case "VirtualMachine":
      return layout === "by-kind" ? `vms/${fileNameOf(group ?? "unplaced")}.yaml` : `${fileNameOf(group ?? "unplaced")}/vms.yaml`;
    case "HyperVCluster":
      return layout === "by-kind" ? "hosts.yaml" : `${fileNameOf(name)}/cluster.yaml`;
    case "HyperVHost":
      return layout === "by-kind" ? "hosts.yaml" : placement?.cluster ? `${fileNameOf(placement.cluster)}/cluster.yaml` : `${fileNameOf(name)}/host.yaml`;
    default:
      return "other.yaml";
  }
}
var KIND_ORDER = ["HyperVCluster", "HyperVHost", "VirtualMachine", "NlbCluster", "Switch"];
function importInventory(inventory, layout = "by-kind") {
  const built = buildObservedEstate(new Estate([]), inventory);
  const documents = [];
  const dirOf = (path3) => path3.replace(/\/[^/]*$/, "");
  const collectedOf = (hostName) => inventory.hosts.find((h) => nameKey(h.name) === nameKey(hostName))?.collectedAt;
  const add = (kind, name, spec, placement, origins, collectedAt, todos) => {
    const value = { apiVersion: API_VERSION, kind, metadata: { name }, spec };
    const comments = /* @__PURE__ */ new Map();
    for (const [path3, text] of todos) comments.set(path3, [...comments.get(path3) ?? [], `TODO: ${text}`]);
    const doc = {
      kind,
      name,
      value,
      comments,
      file: fileFor(layout, kind, name, placement),
      origins: [...new Set(origins)].sort(),
      todos: todos.map(([, text]) => text)
    };
    if (collectedAt) doc.collectedAt = collectedAt;
    documents.push(doc);
  };
  const clusterVolumes = /* @__PURE__ */ new Map();
  for (const pair of built.vms) {
    if (!pair.doc || !pair.observed) continue;
    const spec = pair.doc.spec;
    const todos = [
      [
        "metadata",
        "labels: what the estate means to you (role, backup: required...): backup jobs select VMs by label, and the inventory cannot know them"
      ],
      [
        "spec.generation",
        "guest: { os: windows | linux | freebsd | other }: the guest OS decides what a backup can achieve; the inventory does not read inside the VM"
      ]
    ];
    if (spec.generation === void 0) todos.push(["spec", "generation: 1 or 2; Get-VM gave none"]);
    if (spec.cluster) {
      const volumes = clusterVolumes.get(nameKey(spec.cluster)) ?? /* @__PURE__ */ new Map();
      clusterVolumes.set(nameKey(spec.cluster), volumes);
      for (const controller of spec.controllers ?? [])
        for (const drive of controller.drives ?? []) {
          const csv = /^([a-z]:\\ClusterStorage\\([^\\]+))\\/i.exec(drive.path ?? "");
          if (csv && !volumes.has(csv[2].toLowerCase()))
            volumes.set(csv[2].toLowerCase(), { name: csv[2], path: csv[1] });
        }
    }
    const host = pair.observed.host;
    add(
      "VirtualMachine",
      pair.doc.name,
      spec,
      spec.cluster ? { cluster: spec.cluster } : { host: spec.host ?? host },
      [dirOf(pair.observed.at.source.path)],
      collectedOf(host),
      todos
    );
  }
  for (const pair of built.nlbClusters) {
    if (!pair.doc || !pair.observed) continue;
    const spec = pair.doc.spec;
    const todos = [];
    if (spec.vlan === void 0)
      todos.push([
        "spec",
        "vlan: the VLAN of the cluster's traffic; no node adapter has an access VLAN in the inventory"
      ]);
    (spec.nodes ?? []).forEach((node, i) => {
      if (node.adapter === "unknown")
        todos.push([
          `spec.nodes.${i}`,
          "adapter: the node did not name its interface (Get-NlbClusterNode InterfaceName)"
        ]);
    });
    const reporters = pair.observed.reports.map((r) => r.host);
    add(
      "NlbCluster",
      pair.doc.name,
      spec,
      void 0,
      [dirOf(pair.observed.at.source.path)],
      reporters.map(collectedOf).filter((t) => t !== void 0).sort().pop(),
      todos
    );
  }
  for (const pair of built.switches) {
    add("Switch", pair.doc.name, pair.doc.spec, void 0, [pair.observed.source.path], void 0, [
      [
        "spec.model",
        "model: the running configuration does not name the switch model (for example dell-powerconnect-5424); known models decide the MAC notation the switch rules expect"
      ]
    ]);
  }
  const hypervHosts = inventory.hosts.filter((h) => h.read.has("Get-VM.json") || h.resourcesAt !== void 0);
  const hostsByName = /* @__PURE__ */ new Map();
  for (const host of hypervHosts) if (!hostsByName.has(nameKey(host.name))) hostsByName.set(nameKey(host.name), host);
  const clusterNodes = /* @__PURE__ */ new Map();
  const clusterOf = (name) => {
    let entry = clusterNodes.get(nameKey(name));
    if (!entry) clusterNodes.set(nameKey(name), entry = { name, nodes: /* @__PURE__ */ new Map() });
    return entry;
  };
  for (const host of hypervHosts) {
    if (!host.cluster) continue;
    const entry = clusterOf(host.cluster);
    entry.nodes.set(nameKey(host.name), host.name);
    for (const node of host.nodes) entry.nodes.set(nameKey(node), node);
  }
  const hostNames = /* @__PURE__ */ new Map();
  for (const host of hypervHosts)
    hostNames.set(nameKey(host.name), host.cluster ? { name: host.name, cluster: host.cluster } : { name: host.name });
  for (const cluster of clusterNodes.values())
    for (const node of cluster.nodes.values())
      if (!hostNames.has(nameKey(node))) hostNames.set(nameKey(node), { name: node, cluster: cluster.name });
  for (const { name, cluster } of hostNames.values()) {
    const host = hostsByName.get(nameKey(name));
    const spec = {};
    const todos = [];
    const os = osRelease(host?.windowsVersion);
    if (os) spec.os = os;
    else
      todos.push([
        "spec",
        `os: the Windows Server release of ${name}; ${host?.windowsVersion ? `WindowsVersion ${host.windowsVersion} is not a release hvlint knows` : "the inventory has no WindowsVersion for it"}`
      ]);
    if (host?.domain) spec.domain = host.domain;
    else
      todos.push(["spec", `domain: the Active Directory domain ${name} is joined to; its header.json has no Domain`]);
    if (cluster) spec.cluster = cluster;
    if (host?.memoryMB !== void 0) spec.memoryMB = host.memoryMB;
    if (host?.logicalProcessors !== void 0) spec.logicalProcessors = host.logicalProcessors;
    if (host?.memoryMB === void 0)
      todos.push([
        "spec",
        "memoryMB, logicalProcessors: export Get-VMHost.json (the collector does) for capacity checks"
      ]);
    if (host?.nics && host.nics.length > 0) {
      const teams = nicTeamsOf(name, host.nics, inventory.switches);
      spec.nicTeams = teams.teams;
      todos.push(...teams.todos);
    } else
      todos.push([
        "spec",
        "nicTeams: the NIC teams of the host and where each lands on the switches (uplink: switch and LAG or port); export Get-NetLbfoTeam, Get-VMSwitch and Get-NetAdapter (the collector does). The NLB and switch rules need them to find the LAGs of the hosts"
      ]);
    add("HyperVHost", name, spec, cluster ? { cluster } : void 0, host ? [host.dir] : [], host?.collectedAt, todos);
  }
  for (const cluster of clusterNodes.values()) {
    const nodes = [...cluster.nodes.values()].sort(
      (a, b) => nameKey(a) < nameKey(b) ? -1 : nameKey(a) > nameKey(b) ? 1 : 0
    );
    const domains = [...new Set(nodes.map((n) => hostsByName.get(nameKey(n))?.domain).filter((d) => !!d))];
    const spec = {};
    const todos = [];
    if (domains.length === 1) spec.domain = domains[0];
    else
      todos.push([
        "spec",
        domains.length === 0 ? `domain: the Active Directory domain of cluster ${cluster.name}; no node's header.json has a Domain` : `domain: the nodes of ${cluster.name} report different domains (${domains.join(", ")})`
      ]);
    spec.nodes = nodes;
    const volumes = [...clusterVolumes.get(nameKey(cluster.name))?.values() ?? []].sort(
      (a, b) => a.name.toLowerCase() < b.name.toLowerCase() ? -1 : 1
    );
    if (volumes.length > 0) {
      spec.sharedVolumes = volumes;
      todos.push([
        "spec.sharedVolumes",
        "lun: the storage behind each volume (sas, iscsi, fc, smb, s2d), read from the VM disk paths only; the backup rules need it"
      ]);
    }
    const dirs = nodes.map((n) => hostsByName.get(nameKey(n))?.dir).filter((d) => !!d);
    add(
      "HyperVCluster",
      cluster.name,
      spec,
      { cluster: cluster.name },
      dirs,
      nodes.map(collectedOf).filter((t) => t !== void 0).sort().pop(),
      todos
    );
  }
  documents.sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || (nameKey(a.name) < nameKey(b.name) ? -1 : nameKey(a.name) > nameKey(b.name) ? 1 : 0)
  );
  return {
    documents,
    files: renderFiles(documents, inventory.root),
    problems: [...inventory.problems, ...built.problems]
  };
}
function nicTeamsOf(hostName, nics, switches) {
  const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const landing = (member) => {
    const described = new RegExp(`^${escape(hostName)}\\s+${escape(member)}(?:\\s*\\(|\\s*$)`, "i");
    for (const sw of switches) {
      for (const port of sw.spec.ports ?? []) {
        if (!port.description || !described.test(port.description.trim())) continue;
        const lag = port.lag ?? (sw.spec.lags ?? []).find((l) => (l.members ?? []).some((m) => m.toLowerCase() === port.name.toLowerCase()))?.id;
        return lag !== void 0 ? { switch: sw.name, lag } : { switch: sw.name, port: port.name };
      }
    }
    return void 0;
  };
  const teams = [];
  const todos = [];
  nics.forEach((nic, i) => {
    const team = { name: nic.name, mode: nic.mode };
    if (nic.loadBalancing) team.loadBalancing = nic.loadBalancing;
    if (nic.members.length > 0) team.members = [...nic.members];
    if (nic.virtualSwitch) team.virtualSwitch = nic.virtualSwitch;
    const found = nic.members.map((member) => ({ member, at: landing(member) }));
    const missing = found.filter((f) => !f.at).map((f) => f.member);
    if (nic.members.length === 0 || missing.length > 0) {
      todos.push([
        `spec.nicTeams.${i}`,
        `uplink: where ${nic.name} lands (switch and LAG or port); no switch port description names ${hostName} and ${missing.length > 0 ? missing.join(", ") : "its members"} (for example "${hostName} ${missing[0] ?? "Ethernet 1"}")`
      ]);
    } else {
      const points = /* @__PURE__ */ new Map();
      for (const { member, at } of found) {
        const key2 = `${at.switch.toLowerCase()}|${at.lag ?? `port:${at.port.toLowerCase()}`}`;
        const point = points.get(key2);
        if (point) point.members.push(member);
        else points.set(key2, { ...at, members: [member] });
      }
      const list = [...points.values()];
      if (list.length === 1) {
        const { members: _members, ...uplink } = list[0];
        team.uplink = uplink;
      } else team.uplinks = list;
    }
    teams.push(team);
  });
  return { teams, todos };
}
function header(documents) {
  const origins = [...new Set(documents.flatMap((d) => d.origins))].sort();
  const collected = documents.map((d) => d.collectedAt).filter((t) => t !== void 0).sort().pop();
  const lines = [
    `Imported by hvlint import from ${origins.length > 0 ? origins.join(", ") : "the inventory"}${collected ? `, collected ${collected}` : ""}.`,
    "Edit freely: `hvlint import --update` keeps comments and order and changes only what the estate changed."
  ];
  if (documents.some((d) => d.todos.length > 0))
    lines.push("Each TODO says what the inventory cannot know: decide it, then delete the TODO.");
  return lines.map((l) => `# ${l}
`).join("");
}
function renderDocument(doc) {
  return emitDocument(doc.value, doc.comments);
}
function renderFiles(documents, _root) {
  const byFile = /* @__PURE__ */ new Map();
  for (const doc of documents) {
    const list = byFile.get(doc.file) ?? [];
    list.push(doc);
    byFile.set(doc.file, list);
  }
  return [...byFile.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([path3, docs]) => ({ path: path3, text: header(docs) + docs.map(renderDocument).join("---\n") }));
}

// src/import/update.ts
import * as path from "node:path";
async function updateManifests(options) {
  const { files } = discover({ cwd: options.cwd, paths: options.paths });
  const loaded = loadAndValidate(files, resolveLimits({}));
  const documents = loaded.documents;
  const texts = new Map([...loaded.sources].map(([file2, source]) => [file2, source.text]));
  const outDir = options.out ?? defaultOut(options.cwd, options.paths);
  const result = planUpdate(documents, texts, options.inventory, options.layout, outDir, options.prune);
  return { ...result, manifests: documents.length };
}
function defaultOut(cwd, paths) {
  const first = paths[0];
  if (!first) return ".";
  return /\.ya?ml$/i.test(first) ? toDisplayPath(cwd, path.dirname(path.resolve(cwd, first))) : first;
}
function planUpdate(documents, texts, inventory, layout, outDir, prune) {
  const declared = new Estate(documents);
  const built = buildObservedEstate(declared, inventory);
  const edits = /* @__PURE__ */ new Map();
  const edit = (file2, startOffset, endOffset, text) => {
    const list = edits.get(file2) ?? [];
    list.push({ file: file2, startOffset, endOffset, text });
    edits.set(file2, list);
  };
  const vanished = [];
  const gone = (doc) => {
    vanished.push({
      kind: doc.kind,
      name: doc.name,
      file: doc.file,
      line: doc.source.range(doc.start, doc.start).line
    });
    if (prune) removeDocument(doc, texts.get(doc.file), edit);
  };
  const pairs = [
    ...built.hosts,
    ...built.vms,
    ...built.nlbClusters,
    ...built.switches
  ].map((p) => ({ ...p.declared ? { declared: p.declared } : {}, ...p.doc ? { observed: p.doc } : {} }));
  for (const pair of pairs) {
    if (!pair.declared) continue;
    if (!pair.observed) {
      gone(pair.declared);
      continue;
    }
    const root = pair.declared.root;
    if (!root?.map) continue;
    const text = texts.get(pair.declared.file);
    const specNode = root.map.get("spec");
    const have = pair.declared.value["spec"];
    const observedSpec = pair.observed.value["spec"] ?? {};
    const want = pair.declared.kind === "Switch" ? switchWant(have, observedSpec) : observedSpec;
    if (specNode) diffNode(have, want, specNode, text, pair.declared.file, edit);
  }
  const known = new Set(documents.map((d) => `${d.kind}\0${nameKey(d.name)}`));
  const paired = /* @__PURE__ */ new Set(["VirtualMachine", "NlbCluster", "Switch"]);
  const unpaired = new Set(
    [...built.vms, ...built.nlbClusters, ...built.switches].filter((p) => !p.declared && p.doc).map((p) => `${p.doc.kind}\0${nameKey(p.doc.name)}`)
  );
  const imported = importInventory(inventory, layout);
  const additions = /* @__PURE__ */ new Map();
  for (const doc of imported.documents) {
    const id = `${doc.kind}\0${nameKey(doc.name)}`;
    if (paired.has(doc.kind) ? !unpaired.has(id) : known.has(id)) continue;
    const file2 = outDir === "." || outDir === "" ? doc.file : `${outDir.replace(/\/+$/, "")}/${doc.file}`;
    const list = additions.get(file2) ?? [];
    list.push(renderDocument(doc));
    additions.set(file2, list);
  }
  const changes = [];
  for (const [file2, list] of edits) {
    const before = texts.get(file2);
    const after = applyEdits(before, list);
    if (after !== before) changes.push({ file: file2, before, after, fixes: [] });
  }
  for (const [file2, docs] of additions) {
    const existing = changes.find((c) => c.file === file2);
    const before = existing ? existing.after : texts.get(file2);
    if (before !== void 0) {
      const joined = `${before}${before.endsWith("\n") || before === "" ? "" : "\n"}---
${docs.join("---\n")}`;
      if (existing) existing.after = joined;
      else changes.push({ file: file2, before, after: joined, fixes: [] });
    } else {
      const header2 = `# Added by hvlint import --update from ${inventory.root}.
# Each TODO says what the inventory cannot know: decide it, then delete the TODO.
`;
      changes.push({ file: file2, before: "", after: header2 + docs.join("---\n"), fixes: [] });
    }
  }
  changes.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  vanished.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line);
  return { changes, vanished, problems: [...inventory.problems, ...built.problems] };
}
function groupKey(group) {
  const mac = typeof group["mac"] === "string" ? group["mac"].replace(/[^0-9a-f]/gi, "").toLowerCase() : "";
  let key2 = mac;
  if (!key2 && typeof group["group"] === "string") {
    const octets = group["group"].split(".").map(Number);
    if (octets.length === 4)
      key2 = `01005e${(octets[1] & 127).toString(16).padStart(2, "0")}${octets[2].toString(16).padStart(2, "0")}${octets[3].toString(16).padStart(2, "0")}`;
  }
  return `${String(group["vlan"])}:${key2 || String(group["group"] ?? "")}`;
}
function switchWant(have, observed) {
  if (!isMap(have) || !isMap(observed)) return have;
  const want = { ...have };
  if (observed["igmpSnooping"] !== void 0) want["igmpSnooping"] = observed["igmpSnooping"];
  const seenVlans = new Map(
    (observed["vlans"] ?? []).filter(isMap).map((v) => [String(v["id"]), v])
  );
  if (Array.isArray(have["vlans"]))
    want["vlans"] = have["vlans"].map((vlan) => {
      if (!isMap(vlan)) return vlan;
      const seen = seenVlans.get(String(vlan["id"]));
      return seen && seen["igmpSnooping"] !== void 0 ? { ...vlan, igmpSnooping: seen["igmpSnooping"] } : vlan;
    });
  const seenGroups = (observed["bridgeMulticastGroups"] ?? []).filter(isMap);
  const declaredGroups = (have["bridgeMulticastGroups"] ?? []).filter(isMap);
  const byKey = new Map(seenGroups.map((g) => [groupKey(g), g]));
  const groups = [];
  for (const group of declaredGroups) {
    const seen = byKey.get(groupKey(group));
    if (!seen) continue;
    byKey.delete(groupKey(group));
    const out = { ...group };
    for (const members of ["lags", "ports"]) {
      if (seen[members] !== void 0) out[members] = seen[members];
      else delete out[members];
    }
    groups.push(out);
  }
  groups.push(...byKey.values());
  if (groups.length > 0 || have["bridgeMulticastGroups"] !== void 0) want["bridgeMulticastGroups"] = groups;
  if (observed["staticArp"] !== void 0 || have["staticArp"] !== void 0) {
    const seenArp = new Map(
      (observed["staticArp"] ?? []).filter(isMap).map((e) => [String(e["ip"]), e])
    );
    const arp = [];
    for (const entry of (have["staticArp"] ?? []).filter(isMap)) {
      const seen = seenArp.get(String(entry["ip"]));
      if (!seen) continue;
      seenArp.delete(String(entry["ip"]));
      arp.push(
        String(seen["mac"]).replace(/[^0-9a-f]/gi, "").toLowerCase() === String(entry["mac"]).replace(/[^0-9a-f]/gi, "").toLowerCase() ? entry : { ...entry, mac: seen["mac"] }
      );
    }
    arp.push(...seenArp.values());
    want["staticArp"] = arp;
  }
  return want;
}
var INVENTORY_KEYS = /* @__PURE__ */ new Set([
  "generation",
  "host",
  "cluster",
  "memory",
  "startupMB",
  "minimumMB",
  "maximumMB",
  "dynamic",
  "processorCount",
  "memoryMB",
  "logicalProcessors",
  "controllers",
  "number",
  "drives",
  "location",
  "kind",
  "path",
  "format",
  "type",
  "networkAdapters",
  "switch",
  "vlan",
  "macAddress",
  "macAddressSpoofing",
  "checkpoints",
  "vip",
  "subnetMask",
  "mode",
  "nodes",
  "igmpSnooping",
  "vlans",
  "bridgeMulticastGroups",
  "lags",
  "ports",
  "staticArp",
  "mac"
]);
var DEFAULTS = {
  macAddressSpoofing: false,
  legacy: false,
  dynamic: false,
  boot: false,
  kind: "disk"
};
var isDefault = (key2, value, parentPath) => key2 in DEFAULTS && DEFAULTS[key2] === value || key2 === "type" && value === "standard" && parentPath.includes("checkpoints");
var isMap = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
var isPlainValue = (v) => v === null || v !== void 0 && typeof v !== "object";
var MAC = /^[0-9a-f]{2}([-:.]?)(?:[0-9a-f]{2}\1){4}[0-9a-f]{2}$/i;
var WINDOWS_PATH = /^(?:[a-z]:\\|\\\\)/i;
function same(a, b) {
  if (typeof a === "string" && typeof b === "string") {
    if (MAC.test(a) && MAC.test(b))
      return a.replace(/[^0-9a-f]/gi, "").toLowerCase() === b.replace(/[^0-9a-f]/gi, "").toLowerCase();
    if (WINDOWS_PATH.test(a) && WINDOWS_PATH.test(b))
      return a.replace(/\//g, "\\").toLowerCase() === b.replace(/\//g, "\\").toLowerCase();
  }
  if (isMap(a) && isMap(b)) {
    const keys = /* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((k) => same(a[k], b[k]));
  }
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  return JSON.stringify(a) === JSON.stringify(b);
}
function isFlow(node, text) {
  const c = text[node.start];
  return c === "{" || c === "[";
}
function lineStart(text, offset) {
  return text.lastIndexOf("\n", offset - 1) + 1;
}
function lineEnd(text, offset) {
  const n = text.indexOf("\n", offset);
  return n === -1 ? text.length : n + 1;
}
function column(text, offset) {
  return offset - lineStart(text, offset);
}
function flow(value) {
  if (isPlainValue(value)) return scalar(value, true);
  if (Array.isArray(value)) return `[${value.map(flow).join(", ")}]`;
  const entries = Object.entries(value).filter(([, v]) => v !== void 0);
  return entries.length === 0 ? "{}" : `{ ${entries.map(([k, v]) => `${scalar(k)}: ${flow(v)}`).join(", ")} }`;
}
function blockEntry(key2, value, indent) {
  return emitDocument({ [key2]: value }).split("\n").filter((l) => l !== "").map((l) => `${" ".repeat(indent)}${l}
`).join("");
}
function identity(item) {
  if (!isMap(item)) return void 0;
  for (const key2 of ["name", "vm", "id", "ip"])
    if (item[key2] !== void 0 && isPlainValue(item[key2])) return `${key2}:${String(item[key2]).toLowerCase()}`;
  if (item["type"] !== void 0 && item["number"] !== void 0)
    return `ctl:${String(item["type"])}:${String(item["number"])}`;
  if (item["location"] !== void 0) return `loc:${String(item["location"])}`;
  if (item["vlan"] !== void 0 && (item["mac"] !== void 0 || item["group"] !== void 0))
    return `grp:${groupKey(item)}`;
  return void 0;
}
function diffNode(have, want, node, text, file2, edit, where = "") {
  if (same(have, want) || want === void 0) return;
  if (isPlainValue(want) || isPlainValue(have) || have === void 0 || Array.isArray(want) !== Array.isArray(have)) {
    replaceValue(want, node, text, file2, edit);
    return;
  }
  if (isFlow(node, text)) {
    edit(file2, node.start, valueEnd(node, text), flow(merged(have, want, where)));
    return;
  }
  if (Array.isArray(want) && Array.isArray(have)) {
    diffList(have, want, node, text, file2, edit, where);
    return;
  }
  if (isMap(want) && isMap(have) && node.map) diffMap(have, want, node, text, file2, edit, where);
}
function valueEnd(node, text) {
  if (!isFlow(node, text)) {
    const children = node.map ? [...node.map.values()] : node.seq ?? [];
    const last = children[children.length - 1];
    return last ? Math.max(node.end, valueEnd(last, text)) : node.end;
  }
  let depth = 0;
  let quote;
  for (let i = node.start; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) {
        if (quote === "'" && text[i + 1] === "'") i++;
        else quote = void 0;
      } else if (c === "\\" && quote === '"') i++;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === "{" || c === "[") depth++;
    else if (c === "}" || c === "]") {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return node.end;
}
function merged(have, want, where) {
  if (isMap(have) && isMap(want)) {
    const out = {};
    for (const [key2, value] of Object.entries(have)) {
      if (!INVENTORY_KEYS.has(key2)) out[key2] = value;
      else if (want[key2] !== void 0) out[key2] = merged(value, want[key2], `${where}.${key2}`);
      else if (isDefault(key2, value, where)) out[key2] = value;
    }
    for (const [key2, value] of Object.entries(want))
      if (!(key2 in out) && value !== void 0 && INVENTORY_KEYS.has(key2) && !isDefault(key2, value, where))
        out[key2] = value;
    return out;
  }
  if (Array.isArray(have) && Array.isArray(want) && have.length === want.length)
    return want.map((w, i) => merged(have[i], w, `${where}.${i}`));
  return want;
}
function replaceValue(want, node, text, file2, edit) {
  if (isPlainValue(want)) {
    const open = text[node.start];
    const quoted = (open === '"' || open === "'") && node.end - node.start >= 2 && text[node.end - 1] === open;
    const token = quoted && typeof want === "string" ? open === "'" ? `'${want.replace(/'/g, "''")}'` : JSON.stringify(want) : scalar(want);
    edit(file2, node.start, node.end, token);
  } else edit(file2, node.start, node.end, flow(want));
}
function diffMap(have, want, node, text, file2, edit, where = "") {
  const children = [...node.map.entries()];
  for (const [key2, child] of children) {
    if (!INVENTORY_KEYS.has(key2)) continue;
    if (!(key2 in want) || want[key2] === void 0) {
      if (isDefault(key2, have[key2], where)) continue;
      edit(file2, lineStart(text, child.keyStart), lineEnd(text, Math.max(child.keyEnd, valueEnd(child, text) - 1)), "");
    } else diffNode(have[key2], want[key2], child, text, file2, edit, `${where}.${key2}`);
  }
  const keys = Object.keys(want);
  const added = keys.filter(
    (key2) => want[key2] !== void 0 && !(key2 in have) && INVENTORY_KEYS.has(key2) && !isDefault(key2, want[key2], where)
  );
  const inserts = /* @__PURE__ */ new Map();
  const indent = column(text, children[0][1].keyStart);
  for (const key2 of added) {
    const before = keys.slice(0, keys.indexOf(key2)).reverse().find((k) => node.map.has(k));
    let at;
    if (before) {
      const anchor = node.map.get(before);
      at = lineEnd(text, Math.max(anchor.keyEnd, valueEnd(anchor, text) - 1));
    } else at = lineStart(text, children[0][1].keyStart);
    inserts.set(at, (inserts.get(at) ?? "") + blockEntry(key2, want[key2], indent));
  }
  for (const [at, block] of inserts) {
    const prefix = at === text.length && !text.endsWith("\n") ? "\n" : "";
    edit(file2, at, at, prefix + block);
  }
}
function diffList(have, want, node, text, file2, edit, where) {
  const items = node.seq ?? [];
  const ids = have.map(identity);
  if (ids.some((id) => id === void 0) || want.some((w) => identity(w) === void 0) || items.length !== have.length) {
    if (have.length === want.length && items.length === have.length)
      have.forEach((item, i) => diffNode(item, want[i], items[i], text, file2, edit, `${where}.${i}`));
    else replaceBlockList(want, node, text, file2, edit);
    return;
  }
  const wanted = new Map(want.map((w) => [identity(w), w]));
  have.forEach((item, i) => {
    const target = wanted.get(ids[i]);
    const itemNode = items[i];
    if (target === void 0)
      edit(file2, lineStart(text, itemNode.start), lineEnd(text, valueEnd(itemNode, text) - 1), "");
    else diffNode(item, target, itemNode, text, file2, edit, `${where}.${i}`);
  });
  const present = new Set(ids);
  const added = want.filter((w) => !present.has(identity(w)));
  if (added.length === 0) return;
  const lastNode = items[items.length - 1];
  const dash = text.lastIndexOf("-", lastNode.start);
  const indent = column(text, dash);
  const at = lineEnd(text, valueEnd(lastNode, text) - 1);
  const prefix = at === text.length && !text.endsWith("\n") ? "\n" : "";
  edit(file2, at, at, prefix + blockItems(added, indent));
}
function replaceBlockList(want, node, text, file2, edit) {
  const items = node.seq ?? [];
  if (items.length === 0) {
    edit(file2, node.start, node.end, flow(want));
    return;
  }
  const dash = text.lastIndexOf("-", items[0].start);
  const indent = column(text, dash);
  const start = lineStart(text, dash);
  const end = lineEnd(text, valueEnd(items[items.length - 1], text) - 1);
  edit(file2, start, end, blockItems(want, indent));
}
function blockItems(items, indent) {
  const pad = " ".repeat(indent);
  return items.map(
    (item) => isPlainValue(item) ? `${pad}- ${scalar(item)}
` : emitDocument({ x: [item] }).split("\n").slice(1).filter((l) => l !== "").map((l) => `${pad}${l.slice(2)}
`).join("")
  ).join("");
}
function removeDocument(doc, text, edit) {
  const separators = [];
  for (const match of text.matchAll(/^---(?:[ \t][^\n]*)?(?:\n|$)/gm))
    separators.push({ start: match.index, end: match.index + match[0].length });
  const before = separators.filter((sep) => sep.start <= doc.start).pop();
  const after = separators.find((sep) => sep.start > doc.start);
  if (before) edit(file(doc), before.start, after ? after.start : text.length, "");
  else edit(file(doc), lineStart(text, doc.start), after ? after.end : text.length, "");
}
var file = (doc) => doc.file;

// src/cli/commands/import.ts
var IMPORT_HELP = `Usage: hvlint import --inventory <dir> --out <dir> [--layout by-kind|by-cluster]
       hvlint import --inventory <dir> --update [--prune] [--dry-run] [paths...]

Write manifests for everything an inventory holds (PowerShell exports written by
scripts/Export-HvInventory.ps1 and switch running configurations, as for hvlint drift):
clusters and hosts, VMs grouped by cluster or host, NLB clusters, one file per switch.
Output is sorted and deterministic. What the inventory cannot know is marked "# TODO:".

With --update, bring existing manifests (paths: files or directories, default: the current
directory) in line with the inventory as minimal edits, keeping comments, key order and
quoting. New objects go to the file the layout names (under --out, default: the first path).
Objects that are no longer in the inventory are listed, and removed only with --prune.
See docs/import.md.

Options:
  -i, --inventory <dir>   the inventory directory (required)
      --out <dir>         where to write (import: a new or empty directory)
      --layout <name>     by-kind (default): hosts.yaml, vms/<cluster>.yaml, nlb.yaml, switches/<name>.yaml
                          by-cluster: <cluster>/cluster.yaml, <cluster>/vms.yaml, nlb.yaml, switches/<name>.yaml
  -u, --update            update existing manifests instead of writing new ones
      --prune             with --update: remove documents of objects the inventory no longer has
      --dry-run           with --update: print the changes as a unified diff, write nothing
  -h, --help              print this help

Exit status: 0 done, 1 done but the inventory had problems (listed; that part was not imported),
2 usage error, nothing to import, or a file could not be written.
`;
async function importCommand(argv, io) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        inventory: { type: "string", short: "i" },
        out: { type: "string" },
        layout: { type: "string", default: "by-kind" },
        update: { type: "boolean", short: "u", default: false },
        prune: { type: "boolean", default: false },
        "dry-run": { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false }
      }
    });
  } catch (error) {
    io.stderr(`hvlint import: ${usageMessage(error)}

${IMPORT_HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(IMPORT_HELP);
    return 0;
  }
  const usage = (message) => {
    io.stderr(`hvlint import: ${message}
`);
    return 2;
  };
  if (!values.inventory) return usage("--inventory <dir> is required");
  const layout = values.layout;
  if (!LAYOUTS.includes(layout)) return usage(`--layout must be one of ${LAYOUTS.join(", ")}; got "${values.layout}"`);
  if (!values.update && (values.prune || values["dry-run"])) return usage("--prune and --dry-run go with --update");
  if (!values.update && positionals.length > 0)
    return usage(`unexpected argument "${positionals[0]}": manifest paths go with --update`);
  const inventoryDir = path2.resolve(io.cwd, values.inventory);
  if (!fs.existsSync(inventoryDir) || !fs.statSync(inventoryDir).isDirectory())
    return usage(`inventory "${values.inventory}" is not a directory: give the directory Export-HvInventory.ps1 wrote`);
  try {
    const inventory = parseInventory(readInventoryFiles(io.cwd, values.inventory));
    if (inventory.hosts.length === 0 && inventory.switches.length === 0) {
      reportProblems(inventory.problems, io);
      return usage(
        `nothing to import: "${values.inventory}" has no host directories (<host>/header.json, Get-VM.json...) and no switches/<name>.txt`
      );
    }
    if (values.update) return await runUpdate(inventory, layout, positionals, values, io);
    if (!values.out) return usage("--out <dir> is required (or --update to change existing manifests)");
    const out = path2.resolve(io.cwd, values.out);
    if (fs.existsSync(out) && (!fs.statSync(out).isDirectory() || fs.readdirSync(out).length > 0))
      return usage(
        `"${values.out}" exists and is not an empty directory: import into a new directory, or use --update to change existing manifests`
      );
    const result = importInventory(inventory, layout);
    for (const file2 of result.files) {
      const target = path2.join(out, ...file2.path.split("/"));
      fs.mkdirSync(path2.dirname(target), { recursive: true });
      fs.writeFileSync(target, file2.text);
    }
    const counts = /* @__PURE__ */ new Map();
    for (const doc of result.documents) counts.set(doc.kind, (counts.get(doc.kind) ?? 0) + 1);
    const todos = result.documents.reduce((n, d) => n + d.todos.length, 0);
    io.stderr(
      `hvlint import: wrote ${result.files.length} file${result.files.length === 1 ? "" : "s"} to ${values.out} (${[
        ...counts
      ].map(([kind, n]) => `${n} ${kind}`).join(", ")}); ${todos} TODO${todos === 1 ? "" : "s"} to decide (grep -rn "# TODO:" ${values.out})
`
    );
    return reportProblems(result.problems, io) ? 1 : 0;
  } catch (error) {
    io.stderr(`hvlint import: internal error: ${error.stack ?? String(error)}
`);
    return 2;
  }
}
function reportProblems(problems, io) {
  let errors = false;
  const lines = problems.map((problem) => {
    const meta = driftRule(problem.ruleId);
    if (meta.severity === "error") errors = true;
    const { line, column: column2 } = problem.at.source.range(problem.at.start, problem.at.end);
    const message = fillMessage(meta.messages[problem.messageId] ?? problem.messageId, problem.data);
    return `${problem.at.source.path}:${line}:${column2}: ${meta.severity}: ${message} [${problem.ruleId}]`;
  });
  for (const line of [...new Set(lines)].sort()) io.stderr(`${line}
`);
  return errors;
}
async function runUpdate(inventory, layout, paths, values, io) {
  const update = await updateManifests({
    cwd: io.cwd,
    inventory,
    paths,
    layout,
    ...values.out ? { out: values.out } : {},
    prune: values.prune === true
  });
  if (update.manifests === 0) {
    io.stderr(
      `hvlint import: no manifests found in ${paths.length > 0 ? paths.join(", ") : "the current directory"}: nothing to update (use --out to import into a new directory)
`
    );
    return 2;
  }
  for (const gone of update.vanished)
    io.stderr(
      `${gone.file}:${gone.line}: ${gone.kind} "${gone.name}" is not in the inventory any more${values.prune ? ": removed" : " (--prune removes it)"}
`
    );
  if (values["dry-run"]) {
    io.stdout(update.changes.map((c) => unifiedDiff(c.file, c.before, c.after)).join(""));
    io.stderr(
      `hvlint import: ${update.changes.length} file${update.changes.length === 1 ? "" : "s"} would change (dry run)
`
    );
  } else {
    const written = writeFixes(
      io.cwd,
      update.changes.filter((c) => c.before !== "")
    );
    for (const created of update.changes.filter((c) => c.before === "")) {
      const target = path2.resolve(io.cwd, created.file);
      if (fs.existsSync(target)) {
        written.failed.push({
          file: created.file,
          reason: "it exists but is not among the manifests read: not overwritten"
        });
        continue;
      }
      fs.mkdirSync(path2.dirname(target), { recursive: true });
      fs.writeFileSync(target, created.after);
      written.written.push(created.file);
    }
    for (const failed of written.failed) io.stderr(`hvlint import: ${failed.file} not written: ${failed.reason}
`);
    io.stderr(`hvlint import: updated ${written.written.length} file${written.written.length === 1 ? "" : "s"}
`);
    if (written.failed.length > 0) return 2;
  }
  return reportProblems(update.problems, io) ? 1 : 0;
}
export {
  IMPORT_HELP,
  importCommand
};
