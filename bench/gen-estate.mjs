/**
 * A second benchmark corpus, written apart from bench/gen.mjs and not tuned for hvlint's fast
 * paths: an estate laid out the way a real one tends to be.
 *
 * - Datacenters of different sizes, each with its own naming style (`AMS1HV03`,
 *   `fra2-hv-03`, `LON3-HV03`), one to four failover clusters of 2 to 8 hosts, a few
 *   stand-alone hosts, 6 to 20 VMs a host, NLB farms, domain controllers and backup jobs.
 * - Mostly one document a file (a VM, a host, a cluster, a switch: about 1.1 documents a
 *   file), so per-file costs count as they do in a repository of manifests.
 * - References resolve as they would: VMs on their cluster or stand-alone host, hosts'
 *   teams on their switch's LAGs and ports, NLB nodes on VM adapters, backup jobs naming
 *   VMs, domain controllers on VMs.
 * - About 3 % of the files are valid YAML outside the plain subset hvlint's fast parser
 *   reads: CRLF line ends, a byte-order mark, block scalars, anchors and aliases, escapes
 *   in double quotes, multi-line plain scalars, tags, tabs in comments.
 * - About 1 % of the documents carry a finding: half a typo in a reference (of every kind
 *   a rule follows: cluster, host, switch, port, LAG, node, VM, adapter, backup target,
 *   domain controller VM), half another mistake (spoofing off on an NLB node, a VLAN out
 *   of range, an old checkpoint, a duplicate VM, a LAG missing from a bridge group,
 *   ArpRetryCount 0, a generation 1 VM backed up with a VHD).
 *
 * `generateEstate(dir, documents, { split })` writes the estate under `dir` (and, with
 * `split`, one document a file under `split/<Kind>/` for ajv-cli). Same arguments, same bytes.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export const ESTATE_GENERATOR_VERSION = 1;

/** mulberry32: small, seedable, the same sequence everywhere. */
function random(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  next.int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  next.pick = (list) => list[Math.floor(next() * list.length)];
  next.chance = (p) => next() < p;
  return next;
}

const CITIES = [
  'ams',
  'fra',
  'lon',
  'par',
  'mad',
  'mil',
  'waw',
  'sto',
  'dub',
  'zrh',
  'vie',
  'prg',
  'osl',
  'hel',
  'lis',
];
const ROLES = [
  'app',
  'sql',
  'file',
  'print',
  'rds',
  'iis',
  'exch',
  'sccm',
  'wsus',
  'ca',
  'mgmt',
  'jump',
  'build',
  'log',
];
const OS = ['windows-server-2016', 'windows-server-2019', 'windows-server-2022'];
const num = (n, w) => String(n).padStart(w, '0');

/** One datacenter's naming convention: every name of it goes through here. */
function naming(code, style) {
  const join = (...parts) =>
    style === 0
      ? parts.join('').toUpperCase()
      : style === 1
        ? parts.join('-').toLowerCase()
        : `${parts[0].toUpperCase()}-${parts.slice(1).join('').toUpperCase()}`;
  return {
    cluster: (c) => join(code, 'hvc', num(c, 2)),
    host: (c, h) => join(code, 'hv', `${num(c, 1)}${num(h, 2)}`),
    standalone: (h) => join(code, 'hvs', num(h, 2)),
    switch: (c) => join(code, 'sw', `tor${num(c, 2)}`),
    vm: (role, n) => join(code, role, num(n, 3)),
    dc: (n) => join(code, 'dc', num(n, 2)),
    nlb: (n) => join(code, 'nlb', num(n, 2)),
    job: (what) => join(code, 'bk', what),
  };
}

/** A typo a person makes: a dropped, doubled, swapped or wrong character. */
export function typo(r, name) {
  // A LAG number: one that is not there.
  if (typeof name === 'number') return name + 10 * r.int(1, 9);
  const s = String(name);
  const i = r.int(1, Math.max(1, s.length - 2));
  switch (r.int(0, 3)) {
    case 0:
      return s.slice(0, i) + s.slice(i + 1);
    case 1:
      return s.slice(0, i) + s[i] + s.slice(i);
    case 2:
      return s.length > 2 ? s.slice(0, i - 1) + s[i] + s[i - 1] + s.slice(i + 1) : `${s}x`;
    default: {
      const c = s[i];
      const swap = /\d/.test(c) ? String((Number(c) + 3) % 10) : /[a-z]/.test(c) ? 'q' : /[A-Z]/.test(c) ? 'Q' : '_';
      return s.slice(0, i) + swap + s.slice(i + 1);
    }
  }
}

/** A document as lines; `doc.refs` are the references a typo may hit, as [line index, value]. */
function doc(kind, name, labels, annotations) {
  const lines = ['apiVersion: hvlint/v1', `kind: ${kind}`, 'metadata:', `  name: ${name}`];
  if (labels) {
    lines.push('  labels:');
    for (const [k, v] of Object.entries(labels)) lines.push(`    ${k}: ${v}`);
  }
  if (annotations) {
    lines.push('  annotations:');
    for (const [k, v] of Object.entries(annotations)) lines.push(`    ${k}: ${v}`);
  }
  lines.push('spec:');
  return { kind, name, lines, refs: [] };
}

/** Add `key: value` as a reference a typo may later hit. */
function ref(d, prefix, value) {
  d.refs.push([d.lines.length, prefix, value]);
  d.lines.push(`${prefix}${value}`);
}

/** Rewrite a document's text outside the fast parser's subset; still the same values. */
const UNUSUAL = [
  // Block scalar in an annotation.
  (d) =>
    insertAnnotation(d, [
      '    hvlint.dev/notes: |',
      '      Migrated from the old estate.',
      '      Owner: infrastructure team.',
    ]),
  // Folded block scalar.
  (d) => insertAnnotation(d, ['    hvlint.dev/change: >-', '      CHG0012345 approved', '      by the CAB.']),
  // Escapes in double quotes.
  (d) => insertAnnotation(d, ['    hvlint.dev/path: "\\\\\\\\fs01\\\\share\\tnotes"']),
  // Multi-line plain scalar.
  (d) => insertAnnotation(d, ['    hvlint.dev/owner: infrastructure', '      and operations']),
  // An explicit tag.
  (d) => insertAnnotation(d, ['    hvlint.dev/ticket: !!str 4711']),
  // Anchor and alias: the labels repeated as annotations.
  (d) => {
    const at = d.lines.indexOf('  labels:');
    if (at < 0) return insertAnnotation(d, ['    hvlint.dev/ticket: !!str 4711']);
    d.lines[at] = '  labels: &labels';
    const spec = d.lines.indexOf('spec:');
    d.lines.splice(spec, 0, '  annotations: *labels');
    return 'alias';
  },
  // A tab in a comment.
  (d) => {
    d.lines.splice(1, 0, '#\tgenerated from the CMDB export');
    return 'tab';
  },
];

function insertAnnotation(d, lines) {
  if (d.lines.includes('  annotations:')) d.lines.splice(d.lines.indexOf('  annotations:') + 1, 0, ...lines);
  else d.lines.splice(d.lines.indexOf('spec:'), 0, '  annotations:', ...lines);
  return 'annotation';
}

/** Every document of the estate, grouped by file (path relative to the estate root). */
function estate(target, seed) {
  const r = random(seed);
  const files = new Map();
  const add = (file, d) => {
    if (!files.has(file)) files.set(file, []);
    files.get(file).push(d);
  };
  let docs = 0;
  const count = () => docs;
  for (let dcIndex = 0; docs < target; dcIndex++) {
    const code = `${CITIES[dcIndex % CITIES.length]}${1 + Math.floor(dcIndex / CITIES.length)}`;
    const n = naming(code, dcIndex % 3);
    const domain = `${code}.corp.fabrikam.net`;
    const os = r.pick(OS);
    const dir = code;
    const clusters = r.int(1, 4);
    const allVms = [];
    for (let c = 1; c <= clusters; c++) {
      const clusterName = n.cluster(c);
      const swName = n.switch(c);
      const hostCount = r.int(2, 8);
      const hosts = [];
      const clusterFile = r.chance(0.5);
      const csv = `C:\\ClusterStorage\\Volume${c}`;
      // Hosts: a LACP team on their own LAG, a management team on one port.
      for (let h = 1; h <= hostCount; h++) {
        const hostName = n.host(c, h);
        hosts.push(hostName);
        const d = doc('HyperVHost', hostName, { rack: `r${1 + ((h - 1) >> 2)}`, site: code });
        d.lines.push(`  os: ${os}`, `  domain: ${domain}`);
        ref(d, '  cluster: ', clusterName);
        d.lines.push('  nicTeams:', '    - name: TEAM-VM', '      mode: lacp', '      loadBalancing: dynamic');
        d.lines.push(
          '      members: [SLOT 2 Port 1, SLOT 2 Port 2]',
          '      virtualSwitch: vSwitch-VM',
          '      uplink:',
        );
        ref(d, '        switch: ', swName);
        ref(d, '        lag: ', h);
        d.lines.push('    - name: TEAM-MGMT', '      mode: switch-independent', '      loadBalancing: address-hash');
        d.lines.push('      members: [NIC1]', '      uplink:');
        ref(d, '        switch: ', swName);
        ref(d, '        port: ', `Gi1/0/${40 + h}`);
        // Half the clusters keep their hosts in the cluster's file.
        add(clusterFile ? `${dir}/clusters/${clusterName}.yaml` : `${dir}/hosts/${hostName}.yaml`, d);
        docs++;
      }
      {
        const d = doc('HyperVCluster', clusterName, { site: code });
        d.lines.push(`  domain: ${domain}`, '  nodes:');
        for (const h of hosts) ref(d, '    - ', h);
        d.lines.push('  sharedVolumes:', `    - name: Volume${c}`, `      path: ${csv}`, '      lun:');
        d.lines.push('        storage: iscsi', `        array: ${code.toUpperCase()}-SAN01`, `        id: ${c}`);
        add(`${dir}/clusters/${clusterName}.yaml`, d);
        docs++;
      }
      // VMs of the cluster; the first ones of a cluster with NLB are the farm's nodes.
      const farm = c === 1 && r.chance(0.6) ? r.int(2, 4) : 0;
      const vmCount = hostCount * r.int(6, 20);
      const vms = [];
      for (let v = 1; v <= vmCount; v++) {
        const role = v <= farm ? 'web' : r.pick(ROLES);
        const vmName = n.vm(role, allVms.length + v);
        const backup = role === 'sql' || role === 'file' || r.chance(0.2);
        const d = doc('VirtualMachine', vmName, {
          role,
          site: code,
          ...(backup ? { backup: 'required' } : {}),
          ...(r.chance(0.3) ? { owner: r.pick(['ops', 'dba', 'apps', 'sec']) } : {}),
        });
        d.lines.push('  generation: 2');
        ref(d, '  cluster: ', clusterName);
        d.lines.push('  guest:', '    os: windows', '    integrationServices: true', '    backupService: true');
        d.lines.push('  controllers:', '    - type: scsi', '      number: 0', '      drives:');
        const disks = 1 + (role === 'sql' ? 2 : r.int(0, 2));
        for (let k = 0; k < disks; k++) {
          const purpose = k === 0 ? 'system' : 'data';
          d.lines.push(`        - location: ${k}`);
          d.lines.push(`          path: ${csv}\\${vmName}\\Virtual Hard Disks\\${vmName}_disk${k}.vhdx`);
          d.lines.push('          format: vhdx', `          type: ${k === 0 || r.chance(0.5) ? 'dynamic' : 'fixed'}`);
          d.lines.push(`          sizeGB: ${k === 0 ? r.pick([60, 80, 127]) : 50 * r.int(1, 20)}`);
          if (k === 0) d.lines.push('          boot: true');
          d.lines.push(`          purpose: ${purpose}`);
        }
        d.lines.push('  networkAdapters:', '    - name: LAN', '      switch: vSwitch-VM', `      vlan: ${100 + c}`);
        if (v <= farm) {
          d.lines.push(
            '    - name: NLB',
            '      switch: vSwitch-VM',
            '      vlan: 20',
            '      macAddressSpoofing: true',
          );
        }
        if (r.chance(0.25)) d.lines.push('    - name: BACKUP', '      switch: vSwitch-VM', '      vlan: 30');
        d.farm = v <= farm;
        d.sibling = vms[0]?.name;
        // Some teams keep a few related VMs in one file.
        const file =
          vms.length > 0 && r.chance(0.2) ? vms[vms.length - 1].file : `${dir}/vms/${clusterName}/${vmName}.yaml`;
        d.file = file;
        vms.push(d);
        add(file, d);
        docs++;
      }
      allVms.push(...vms);
      // The cluster's switch: two ports and a LAG per host, management ports, bridge groups for NLB.
      {
        const d = doc('Switch', swName, { site: code });
        d.lines.push('  model: cisco-catalyst-9300', '  macStyle: colon', '  igmpSnooping: true', '  vlans:');
        d.lines.push(`    - id: ${100 + c}`, '      name: servers', '      igmpSnooping: true');
        d.lines.push(
          '    - id: 20',
          '      name: nlb',
          '      igmpSnooping: true',
          '      unregisteredMulticast: forward',
        );
        d.lines.push('    - id: 30', '      name: backup', '    - id: 99', '      name: management', '  ports:');
        hosts.forEach((host, i) => {
          const h = i + 1;
          d.lines.push(`    - name: Gi1/0/${2 * h - 1}`, `      description: ${host} SLOT 2 Port 1`, `      lag: ${h}`);
          d.lines.push(`      vlans: [${100 + c}, 20, 30]`);
          d.lines.push(`    - name: Gi1/0/${2 * h}`, `      description: ${host} SLOT 2 Port 2`, `      lag: ${h}`);
          d.lines.push(`      vlans: [${100 + c}, 20, 30]`);
          d.lines.push(`    - { name: Gi1/0/${40 + h}, description: ${host} NIC1, vlans: [99] }`);
        });
        d.lines.push('  lags:');
        hosts.forEach((host, i) => {
          d.lines.push(`    - id: ${i + 1}`, `      description: ${host} TEAM-VM`, '      members:');
          ref(d, '        - ', `Gi1/0/${2 * i + 1}`);
          ref(d, '        - ', `Gi1/0/${2 * i + 2}`);
          d.lines.push('      lacp: true', `      vlans: [${100 + c}, 20, 30]`);
        });
        if (farm) {
          d.lines.push('  bridgeMulticastGroups:');
          const o3 = dcIndex & 255;
          d.lines.push('    - vlan: 20', `      mac: "01:00:5e:7f:${o3.toString(16).padStart(2, '0')}:0a"`);
          d.lines.push(`      group: 239.255.${o3}.10`, '      lags:');
          hosts.forEach((_, i) => ref(d, '        - ', i + 1));
          d.bridge = true;
        }
        add(`${dir}/network/${swName}.yaml`, d);
        docs++;
        if (farm) {
          const o3 = dcIndex & 255;
          const nlb = doc('NlbCluster', n.nlb(1), { site: code });
          nlb.lines.push(`  vip: 10.${(dcIndex >> 8) & 255}.${o3}.10`, '  subnetMask: 255.255.255.0');
          nlb.lines.push(
            '  mode: igmp-multicast',
            '  vlan: 20',
            `  clusterMac: "01-00-5e-7f-${o3.toString(16).padStart(2, '0')}-0a"`,
          );
          nlb.lines.push('  nodes:');
          vms.slice(0, farm).forEach((vm, i) => {
            ref(nlb, '    - vm: ', vm.name);
            ref(nlb, '      adapter: ', 'NLB');
            nlb.lines.push(`      priority: ${i + 1}`);
          });
          nlb.lines.push(
            '  portRules:',
            '    - { startPort: 443, endPort: 443, protocol: tcp, affinity: single, filtering: multiple }',
          );
          add(`${dir}/nlb/${nlb.name}.yaml`, nlb);
          docs++;
        }
      }
    }
    // Stand-alone hosts with a few VMs each, on the first switch's spare ports.
    const standalone = r.int(0, 2);
    for (let s = 1; s <= standalone; s++) {
      const hostName = n.standalone(s);
      const d = doc('HyperVHost', hostName, { site: code });
      d.lines.push(`  os: ${os}`, `  domain: ${domain}`, '  nicTeams:', '    - name: TEAM-MGMT');
      d.lines.push(
        '      mode: switch-independent',
        '      loadBalancing: address-hash',
        '      members: [NIC1]',
        '      uplink:',
      );
      ref(d, '        switch: ', n.switch(1));
      ref(d, '        port: ', `Gi1/0/${40 + 8 + s}`);
      add(`${dir}/hosts/${hostName}.yaml`, d);
      docs++;
      for (let v = 1; v <= r.int(2, 6); v++) {
        const vmName = n.vm('lab', s * 100 + v);
        const vm = doc('VirtualMachine', vmName, { role: 'lab', site: code });
        vm.lines.push('  generation: 2');
        ref(vm, '  host: ', hostName);
        vm.lines.push(
          '  guest:',
          '    os: windows',
          '  controllers:',
          '    - type: scsi',
          '      number: 0',
          '      drives:',
        );
        vm.lines.push(
          '        - location: 0',
          `          path: D:\\Hyper-V\\${vmName}\\${vmName}.vhdx`,
          '          format: vhdx',
        );
        vm.lines.push(
          '          type: dynamic',
          '          sizeGB: 80',
          '          boot: true',
          '          purpose: system',
        );
        vm.lines.push('  networkAdapters:', '    - name: LAN', '      switch: vSwitch-VM', '      vlan: 99');
        add(`${dir}/vms/standalone/${vmName}.yaml`, vm);
        docs++;
      }
    }
    // Fix the stand-alone hosts' ports on the first switch.
    if (standalone) {
      const sw = files.get(`${dir}/network/${n.switch(1)}.yaml`)[0];
      const at = sw.lines.indexOf('  lags:');
      for (let s = 1; s <= standalone; s++)
        sw.lines.splice(at, 0, `    - { name: Gi1/0/${48 + s}, description: ${n.standalone(s)} NIC1, vlans: [99] }`);
      sw.refs = sw.refs.map(([line, prefix, value]) => [line >= at ? line + standalone : line, prefix, value]);
    }
    // Domain controllers: one VM on the first cluster, one physical; each in its own file with its VM.
    {
      const dcVm = n.dc(1);
      const d = doc('DomainController', dcVm, { site: code });
      d.lines.push(`  domain: ${domain}`);
      ref(d, '  vm: ', dcVm);
      const vm = doc('VirtualMachine', dcVm, { role: 'domain-controller', site: code, backup: 'required' });
      vm.lines.push('  generation: 2', `  cluster: ${n.cluster(1)}`, '  guest:', '    os: windows');
      vm.lines.push('    integrationServices: true', '    backupService: true', '  controllers:', '    - type: scsi');
      vm.lines.push('      number: 0', '      drives:');
      ['system', 'ntds', 'sysvol'].forEach((purpose, k) => {
        vm.lines.push(`        - location: ${k}`);
        vm.lines.push(`          path: C:\\ClusterStorage\\Volume1\\${dcVm}\\${dcVm}-${purpose}.vhdx`);
        vm.lines.push('          format: vhdx', '          type: fixed', `          sizeGB: ${[80, 20, 10][k]}`);
        if (k === 0) vm.lines.push('          boot: true');
        vm.lines.push(`          purpose: ${purpose}`);
      });
      vm.lines.push('  networkAdapters:', '    - name: LAN', '      switch: vSwitch-VM', '      vlan: 101');
      add(`${dir}/domain/${dcVm}.yaml`, d);
      add(`${dir}/domain/${dcVm}.yaml`, vm);
      const d2 = doc('DomainController', n.dc(2), { site: code });
      d2.lines.push(`  domain: ${domain}`, `  physicalServer: ${n.dc(2)}`);
      add(`${dir}/domain/${n.dc(2)}.yaml`, d2);
      docs += 3;
    }
    // Backup: a nightly job by selector, a job naming the SQL servers, one by glob.
    {
      const file = `${dir}/backup/jobs.yaml`;
      const nightly = doc('BackupJob', n.job('nightly'));
      nightly.lines.push('  targets:', '    - selector:', '        backup: required', `        site: ${code}`);
      nightly.lines.push('  consistency: application', '  vssProvider: software', '  schedule: "0 23 * * *"');
      nightly.lines.push(`  repository: ${code.toUpperCase()}-REPO01`);
      add(file, nightly);
      const sql = allVms.filter((vm) => vm.name.toLowerCase().includes('sql')).slice(0, 12);
      if (sql.length) {
        const job = doc('BackupJob', n.job('sql'));
        job.lines.push('  targets:');
        for (const vm of sql) ref(job, '    - vm: ', vm.name);
        job.lines.push('  consistency: application', '  vssProvider: software', '  schedule: "0 1 * * *"');
        job.lines.push(`  repository: ${code.toUpperCase()}-REPO02`);
        add(file, job);
        docs++;
      }
      docs++;
    }
  }
  return { files, documents: count() };
}

/** Plant typos and mistakes, and write ~3 % of files outside the plain subset. */
function mutate(files, seed) {
  const r = random(seed ^ 0x9e3779b9);
  const stats = { typos: 0, mistakes: 0 };
  for (const [, list] of files) {
    for (const d of list) {
      if (d.refs.length && r.chance(0.005)) {
        const [line, prefix, value] = r.pick(d.refs);
        d.lines[line] = `${prefix}${typo(r, value)}`;
        stats.typos++;
      } else if (r.chance(0.005) && plantMistake(r, d)) {
        stats.mistakes++;
      }
    }
  }
  return stats;
}

function plantMistake(r, d) {
  const replace = (from, to) => {
    const at = d.lines.findIndex((l) => l.includes(from));
    if (at < 0) return false;
    d.lines[at] = d.lines[at].replace(from, to);
    return true;
  };
  if (d.kind === 'VirtualMachine') {
    if (d.farm) return replace('macAddressSpoofing: true', 'macAddressSpoofing: false');
    switch (r.int(0, 3)) {
      case 0:
        return replace('      vlan: ', '      vlan: 5000 #');
      case 1:
        d.lines.push(
          '  checkpoints:',
          '    - name: before-upgrade',
          '      type: standard',
          '      created: "2023-05-04T20:00:00Z"',
        );
        return true;
      case 2:
        // Another VM's name: a duplicate.
        if (!d.sibling) return false;
        d.lines[3] = `  name: ${d.sibling}`;
        return true;
      default:
        return (
          replace('  generation: 2', '  generation: 1') &&
          replace('    - type: scsi', '    - type: ide') &&
          replace('format: vhdx', 'format: vhd')
        );
    }
  }
  if (d.kind === 'Switch' && d.bridge) {
    const at = d.lines.lastIndexOf('      lags:');
    d.lines.splice(at + 1, 1);
    return true;
  }
  if (d.kind === 'HyperVHost') {
    d.lines.splice(d.lines.indexOf('  nicTeams:'), 0, '  arpRetryCount: 0');
    return true;
  }
  return false;
}

function render(r, list) {
  const texts = list.map((d) => d.lines.join('\n') + '\n');
  let text = texts.join('---\n');
  let unusual = false;
  if (r.chance(0.03)) {
    unusual = true;
    switch (r.int(0, 3)) {
      case 0:
        text = text.replace(/\n/g, '\r\n');
        break;
      case 1:
        text = '\ufeff' + text;
        break;
      default: {
        const d = list[0];
        r.pick(UNUSUAL)(d);
        text = [d, ...list.slice(1)].map((x) => x.lines.join('\n') + '\n').join('---\n');
      }
    }
  }
  return { text, unusual };
}

/** Write an estate of about `documents` documents into `dir`; returns its stats. */
export function generateEstate(dir, documents, options = {}) {
  fs.rmSync(dir, { recursive: true, force: true });
  if (options.split) fs.rmSync(options.split, { recursive: true, force: true });
  const { files, documents: docs } = estate(documents, 0xe57a7e + documents);
  const planted = mutate(files, documents);
  const r = random(documents ^ 0x5151);
  let bytes = 0;
  let unusualFiles = 0;
  const splitCount = {};
  const made = new Set();
  const mkdir = (d) => {
    if (!made.has(d)) fs.mkdirSync(d, { recursive: true });
    made.add(d);
  };
  for (const [file, list] of files) {
    const { text, unusual } = render(r, list);
    if (unusual) unusualFiles++;
    const target = path.join(dir, file);
    mkdir(path.dirname(target));
    fs.writeFileSync(target, text);
    bytes += Buffer.byteLength(text);
    if (options.split) {
      for (const d of list) {
        const kindDir = path.join(options.split, d.kind);
        mkdir(kindDir);
        splitCount[d.kind] = (splitCount[d.kind] ?? 0) + 1;
        fs.writeFileSync(path.join(kindDir, `${num(splitCount[d.kind], 6)}.yaml`), d.lines.join('\n') + '\n');
      }
    }
  }
  const stats = {
    documents: docs,
    files: files.size,
    bytes,
    unusualFiles,
    ...planted,
    version: ESTATE_GENERATOR_VERSION,
    requested: documents,
  };
  fs.writeFileSync(path.join(dir, '.estate.json'), JSON.stringify(stats) + '\n');
  return stats;
}

/** The estate's stats if `dir` already holds this generator's estate for that request. */
export function existingEstate(dir, documents) {
  try {
    const stats = JSON.parse(fs.readFileSync(path.join(dir, '.estate.json'), 'utf8'));
    return stats.version === ESTATE_GENERATOR_VERSION && stats.requested === documents ? stats : undefined;
  } catch {
    return undefined;
  }
}
