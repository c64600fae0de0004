/**
 * Deterministic synthetic estates for the benchmark.
 *
 * An estate is a number of "sites". A site is one failover cluster of four hosts with its
 * core switch, 38 VMs (web and app NLB nodes, a domain controller, general servers), two NLB
 * clusters, two domain controllers and two backup jobs: 50 documents in 9 files. Every
 * reference a rule follows is there (VM → cluster → hosts → NIC teams → switch LAGs → bridge
 * multicast groups; NLB → VM adapters; backup → VMs by name, glob and label; DC → VM), and
 * some sites carry deliberate mistakes, so the run has findings of every area.
 *
 * `generate(dir, documents, { split })` writes `dir/site-NNNN/*.yaml`; with `split` it also
 * writes one document per file under `split/<Kind>/` for validators that read one document
 * per file (ajv-cli). The same seed always gives the same bytes.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export const DOCS_PER_SITE = 50;
export const GENERATOR_VERSION = 6;

function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n, w) => String(n).padStart(w, '0');
const hex2 = (n) => n.toString(16).padStart(2, '0');
const OSES = ['windows-server-2012-r2', 'windows-server-2016', 'windows-server-2019', 'windows-server-2022'];
const ROLES = ['file', 'sql', 'print', 'rds', 'iis', 'exchange', 'sccm', 'wsus'];

function header(kind, name, labels, comment) {
  const lines = [];
  if (comment) lines.push(`# ${comment}`);
  lines.push('apiVersion: hvlint/v1', `kind: ${kind}`, 'metadata:', `  name: ${name}`);
  if (labels && Object.keys(labels).length > 0) {
    lines.push('  labels:');
    for (const [k, v] of Object.entries(labels)) lines.push(`    ${k}: ${v}`);
  }
  lines.push('spec:');
  return lines;
}

/** The documents of one site, grouped by file name: { file: [{ kind, text }] }. */
export function site(s) {
  const r = rng(0x5eed + s * 7919);
  const tag = `S${pad(s, 4)}`;
  const domain = `site${pad(s, 4)}.corp.contoso.com`;
  const os = OSES[s % OSES.length];
  const cluster = `${tag}-HVCL01`;
  const sw = `${tag}-SW-CORE01`;
  const hosts = [1, 2, 3, 4].map((h) => `${tag}-HV0${h}`);
  const o2 = 16 + ((s >> 8) & 15);
  const o3 = s & 255;
  const csv = 'C:\\ClusterStorage\\Volume1';
  const mistakes = {
    spoofingOff: s % 10 === 3,
    bridgeLagMissing: s % 10 === 5,
    schemaError: s % 17 === 0,
    unresolved: s % 13 === 7,
    oldCheckpoint: s % 11 === 4,
    duplicateVm: s % 19 === 9,
    gen1Backup: s % 4 === 1,
  };
  const files = {};
  const add = (file, kind, lines) => (files[file] ??= []).push({ kind, text: lines.join('\n') + '\n' });

  // The core switch: three ports per host (two in the host's LAG, one management), an uplink.
  {
    const l = header('Switch', sw, { site: tag.toLowerCase() }, `core switch of site ${tag}`);
    l.push('  model: dell-powerconnect-5424', '  macStyle: colon', '  igmpSnooping: true', '  vlans:');
    l.push('    - id: 10', '      name: servers', '      igmpSnooping: true');
    l.push('    - id: 20', '      name: nlb', '      igmpSnooping: true');
    l.push('    - id: 30', '      name: management');
    l.push('  ports:');
    hosts.forEach((host, h) => {
      l.push(
        `    - { name: g${h * 3 + 1}, description: ${host} Ethernet 3 (TEAM-VM), lag: ${h + 1}, vlans: [10, 20] }`,
      );
      l.push(
        `    - { name: g${h * 3 + 2}, description: ${host} Ethernet 4 (TEAM-VM), lag: ${h + 1}, vlans: [10, 20] }`,
      );
      l.push(`    - { name: g${h * 3 + 3}, description: ${host} Ethernet (TEAM-MGMT), vlans: [30] }`);
    });
    l.push('    - { name: g24, description: uplink to router, vlans: [10, 20, 30] }');
    l.push('  lags:');
    hosts.forEach((host, h) => {
      l.push(
        `    - id: ${h + 1}`,
        `      description: ${host} TEAM-VM`,
        `      members: [g${h * 3 + 1}, g${h * 3 + 2}]`,
        '      lacp: true',
        '      vlans: [10, 20]',
        '      unregisteredMulticast: forward',
      );
    });
    l.push('  bridgeMulticastGroups:');
    for (let k = 0; k < 2; k++) {
      const o4 = 10 + k;
      const lags = mistakes.bridgeLagMissing && k === 0 ? '[1, 2, 3]' : '[1, 2, 3, 4]';
      l.push(
        `    - vlan: 20`,
        `      mac: "01:00:5e:7f:${hex2(o3)}:${hex2(o4)}"`,
        `      group: 239.255.${o3}.${o4}`,
        `      lags: ${lags}`,
      );
    }
    add('network.yaml', 'Switch', l);
  }

  // The cluster and its hosts.
  {
    const l = header('HyperVCluster', cluster, {}, `failover cluster of site ${tag}`);
    l.push(`  domain: ${domain}`, '  nodes:');
    for (const host of hosts) l.push(`    - ${host}`);
    l.push(
      '  sharedVolumes:',
      '    - name: Volume1',
      `      path: ${csv}`,
      '      lun:',
      '        storage: sas',
      `        array: ${tag}-MD3220`,
      '        id: 0',
    );
    add('hosts.yaml', 'HyperVCluster', l);
    hosts.forEach((host, h) => {
      const l2 = header('HyperVHost', host, { rack: `r${1 + (h >> 1)}` });
      l2.push(
        `  os: ${os}`,
        `  domain: ${domain}`,
        `  cluster: ${mistakes.unresolved && h === 3 ? `${tag}-HVCL1` : cluster}`,
        '  nicTeams:',
      );
      l2.push(
        '    - name: TEAM-VM',
        '      mode: lacp',
        '      loadBalancing: dynamic',
        '      members: [Ethernet 3, Ethernet 4]',
        '      virtualSwitch: vSwitch-VM',
        '      uplink:',
        `        switch: ${sw}`,
        `        lag: ${h + 1}`,
      );
      l2.push(
        '    - name: TEAM-MGMT',
        '      mode: switch-independent',
        '      loadBalancing: address-hash',
        '      members: [Ethernet]',
        '      uplink:',
        `        switch: ${sw}`,
        `        port: g${h * 3 + 3}`,
      );
      add('hosts.yaml', 'HyperVHost', l2);
    });
  }

  // VMs. The first four are NLB nodes, then the DC's VM, then general servers.
  const vm = (name, opts) => {
    const l = header('VirtualMachine', name, { site: tag.toLowerCase(), ...opts.labels }, opts.comment);
    l.push(`  generation: ${opts.generation ?? 2}`);
    if (opts.host) l.push(`  host: ${opts.host}`);
    else l.push(`  cluster: ${cluster}`);
    l.push('  guest:', `    os: ${opts.os ?? 'windows'}`);
    if (opts.backupService) l.push('    integrationServices: true', '    backupService: true');
    if (opts.checkpointPath) l.push(`  checkpointPath: ${csv}\\${name}\\Snapshots`);
    l.push('  controllers:');
    const type = opts.generation === 1 ? 'ide' : 'scsi';
    l.push(`    - type: ${type}`, '      number: 0', '      drives:');
    opts.disks.forEach((d, i) => {
      l.push(`        - location: ${i}`);
      l.push(`          path: ${csv}\\${name}\\Virtual Hard Disks\\${name}-${d.purpose}${i > 0 ? i : ''}.${d.format}`);
      l.push(`          format: ${d.format}`, `          type: ${d.type}`, `          sizeGB: ${d.sizeGB}`);
      if (i === 0) l.push('          boot: true');
      l.push(`          purpose: ${d.purpose}`);
    });
    l.push('  networkAdapters:');
    for (const a of opts.adapters) {
      l.push(
        `    - name: ${a.name}`,
        '      switch: vSwitch-VM',
        `      vlan: ${opts.badVlan && a.name === 'LAN' ? 5000 : a.vlan}`,
      );
      if (a.spoofing !== undefined) l.push(`      macAddressSpoofing: ${a.spoofing}`);
    }
    if (opts.checkpoints) {
      l.push('  checkpoints:');
      for (const c of opts.checkpoints)
        l.push(`    - name: ${c.name}`, '      type: standard', `      created: "${c.created}"`);
    }
    return l;
  };
  const sys = (size) => ({ purpose: 'system', format: 'vhdx', type: 'dynamic', sizeGB: size });
  const vms = [];
  for (const [i, role] of [
    ['WEB01', 'web'],
    ['WEB02', 'web'],
    ['APP01', 'app'],
    ['APP02', 'app'],
  ].entries()) {
    const name = `${tag}-${role[0]}`;
    vms.push(
      vm(name, {
        labels: { role: role[1], ...(role[1] === 'app' ? { backup: 'required' } : {}) },
        disks:
          role[1] === 'app' ? [sys(80), { purpose: 'data', format: 'vhdx', type: 'dynamic', sizeGB: 200 }] : [sys(60)],
        adapters: [
          { name: 'LAN', vlan: 10 },
          { name: 'NLB', vlan: 20, spoofing: !(mistakes.spoofingOff && i === 3) },
        ],
        backupService: i === 0,
      }),
    );
  }
  for (let g = 1; g <= 33; g++) {
    const name = `${tag}-${ROLES[g % ROLES.length].toUpperCase()}${pad(g, 2)}`;
    const gen1 = mistakes.gen1Backup && g === 7;
    const disks = [sys(40 + Math.floor(r() * 4) * 20)];
    const extra = gen1 ? 0 : Math.floor(r() * 3);
    for (let d = 0; d < extra; d++)
      disks.push({
        purpose: 'data',
        format: 'vhdx',
        type: r() < 0.5 ? 'fixed' : 'dynamic',
        sizeGB: 100 * (1 + Math.floor(r() * 10)),
      });
    if (gen1) disks.push({ purpose: 'data', format: 'vhd', type: 'dynamic', sizeGB: 500 });
    // Only the deliberate checkpoint: any other date would age into findings as the clock moves.
    const checkpoints =
      mistakes.oldCheckpoint && g === 1 ? [{ name: `before-patch-${g}`, created: '2024-03-01T08:00:00Z' }] : undefined;
    vms.push(
      vm(mistakes.duplicateVm && g === 33 ? `${tag}-${ROLES[1].toUpperCase()}01` : name, {
        labels: { role: ROLES[g % ROLES.length], ...(g % 3 === 0 || gen1 ? { backup: 'required' } : {}) },
        generation: gen1 ? 1 : 2,
        os: gen1 ? 'linux' : 'windows',
        backupService: g % 2 === 0,
        checkpointPath: g % 5 === 0,
        disks,
        adapters: [{ name: 'LAN', vlan: 10 }, ...(g % 4 === 0 ? [{ name: 'MGMT', vlan: 30 }] : [])],
        checkpoints,
        badVlan: mistakes.schemaError && g === 2,
      }),
    );
  }
  vms.forEach((l, i) => add(`vms-${1 + Math.floor(i / 10)}.yaml`, 'VirtualMachine', l));

  // NLB clusters over the web and app nodes.
  for (const [k, pair] of [
    ['WEB', ['WEB01', 'WEB02']],
    ['APP', ['APP01', 'APP02']],
  ].entries()) {
    const o4 = 10 + k;
    const l = header('NlbCluster', `${tag}-NLB-${pair[0]}`, {});
    l.push(
      `  vip: 172.${o2}.${o3}.${o4}`,
      '  subnetMask: 255.255.255.0',
      '  mode: igmp-multicast',
      '  vlan: 20',
      `  clusterMac: "01-00-5e-7f-${hex2(o3)}-${hex2(o4)}"`,
      '  nodes:',
    );
    pair[1].forEach((n, i) => l.push(`    - { vm: ${tag}-${n}, adapter: NLB, priority: ${i + 1} }`));
    l.push(
      '  portRules:',
      '    - { startPort: 443, endPort: 443, protocol: tcp, affinity: single, filtering: multiple }',
    );
    add('nlb.yaml', 'NlbCluster', l);
  }

  // Domain controllers: one VM on the cluster, one physical.
  {
    const dcVm = `${tag}-DC01`;
    const l = header('DomainController', dcVm, {});
    l.push(`  domain: ${domain}`, `  vm: ${dcVm}`);
    add('domain.yaml', 'DomainController', l);
    const l2 = header('DomainController', `${tag}-DC02`, {});
    l2.push(`  domain: ${domain}`, `  physicalServer: ${tag}-DC02`);
    add('domain.yaml', 'DomainController', l2);
    add(
      'domain.yaml',
      'VirtualMachine',
      vm(dcVm, {
        labels: { role: 'domain-controller' },
        disks: [
          { ...sys(60), type: 'fixed' },
          { purpose: 'ntds', format: 'vhdx', type: 'fixed', sizeGB: 20 },
          { purpose: 'sysvol', format: 'vhdx', type: 'fixed', sizeGB: 10 },
        ],
        adapters: [{ name: 'LAN', vlan: 10 }],
        backupService: true,
      }),
    );
  }

  // Backup jobs: by name, by glob, by label.
  {
    const l = header('BackupJob', `${tag}-NIGHTLY`, {});
    l.push(
      '  targets:',
      `    - vm: ${tag}-DC01`,
      `    - match: "${tag}-WEB*"`,
      '    - selector:',
      '        backup: required',
      `        site: ${tag.toLowerCase()}`,
    );
    l.push(
      '  consistency: application',
      '  vssProvider: hardware',
      `  offHostProxy: ${tag}-PROXY01`,
      `  offHostProxyOs: ${os}`,
      '  schedule: "0 22 * * *"',
      `  repository: ${tag}-REPO01`,
      '  online: true',
    );
    add('backup.yaml', 'BackupJob', l);
    const l2 = header('BackupJob', `${tag}-WEEKLY-FILES`, {});
    l2.push(
      '  targets:',
      `    - match: "${tag}-FILE*"`,
      '  consistency: crash',
      '  vssProvider: software',
      '  schedule: "0 2 * * 6"',
      `  repository: ${tag}-REPO01`,
    );
    add('backup.yaml', 'BackupJob', l2);
  }
  return files;
}

/** Write an estate of `documents` documents (a multiple of 50) into `dir`; returns its stats. */
export function generate(dir, documents, options = {}) {
  const sites = Math.ceil(documents / DOCS_PER_SITE);
  fs.rmSync(dir, { recursive: true, force: true });
  if (options.split) fs.rmSync(options.split, { recursive: true, force: true });
  let bytes = 0;
  let files = 0;
  let docs = 0;
  const splitCount = {};
  for (let s = 1; s <= sites; s++) {
    const siteDir = path.join(dir, `site-${pad(s, 4)}`);
    fs.mkdirSync(siteDir, { recursive: true });
    for (const [file, list] of Object.entries(site(s))) {
      const text =
        '# yaml-language-server: $schema=../../../../schemas/hvlint.schema.json\n' +
        list.map((d) => d.text).join('---\n');
      fs.writeFileSync(path.join(siteDir, file), text);
      bytes += Buffer.byteLength(text);
      files++;
      docs += list.length;
      if (options.split) {
        for (const d of list) {
          const kindDir = path.join(options.split, d.kind);
          if (!splitCount[d.kind]) {
            fs.mkdirSync(kindDir, { recursive: true });
            splitCount[d.kind] = 0;
          }
          fs.writeFileSync(path.join(kindDir, `${pad(++splitCount[d.kind], 6)}.yaml`), d.text);
        }
      }
    }
  }
  const stats = { documents: docs, files, bytes, version: GENERATOR_VERSION };
  fs.writeFileSync(path.join(dir, '.estate.json'), JSON.stringify(stats) + '\n');
  return stats;
}

/** The estate's stats if `dir` already holds this generator's estate of that size. */
export function existing(dir, documents) {
  try {
    const stats = JSON.parse(fs.readFileSync(path.join(dir, '.estate.json'), 'utf8'));
    return stats.version === GENERATOR_VERSION &&
      stats.documents === Math.ceil(documents / DOCS_PER_SITE) * DOCS_PER_SITE
      ? stats
      : undefined;
  } catch {
    return undefined;
  }
}
