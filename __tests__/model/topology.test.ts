import { lintTexts } from '../../src/lint.js';
import type { Estate } from '../../src/model/estate.js';
import {
  attachmentKey,
  bridgeGroupsFor,
  describeAttachment,
  hostsLandingAt,
  igmpClustersServedBy,
  lagOfPort,
  macOwners,
  membersCover,
  nlbClustersByVip,
  nlbReach,
  staticArpByIp,
  staticMacEntries,
  switchVlan,
  uplinksOf,
  uplinkPath,
} from '../../src/model/topology.js';
import { estate as estateFiles, nlb, switchDoc, vm, VMS } from '../helpers/nlb-estate.js';

function build(files: Record<string, string>): Estate {
  const result = lintTexts(files, { rules: [] });
  expect(result.findings).toEqual([]);
  return result.estate;
}

const SWITCH = switchDoc(`  ports:
    - { name: g9, lag: 4 }
  bridgeMulticastGroups:
    - { vlan: 20, mac: "01:00:5e:7f:03:e8", lags: [1] }
    - { vlan: 20, group: 239.255.3.232, lags: [2] }
    - { vlan: 20, group: 172.31.4.10, ports: [g5] }
    - { vlan: 30, group: 239.255.3.232 }
  staticArp:
    - { ip: 10.1.2.3, mac: "03:bf:0a:01:02:03" }
  staticMac:
    - { mac: "03-BF-0A-01-02-03", vlan: 20, lags: [1] }
`);

describe('topology', () => {
  const estate = build(
    estateFiles({
      'nlb.yaml': [
        nlb('NLB-WEB', '172.31.3.232', 'igmp-multicast'),
        nlb('NLB-APP', '172.31.4.10', 'igmp-multicast', '', ['APP01']),
        nlb('NLB-OLD', '10.0.3.232', 'igmp-multicast', '', ['APP01']),
      ].join('---\n'),
      'switch.yaml': SWITCH,
    }),
  );
  const sw = estate.get('Switch', 'SW1')!;
  const [hv01, hv02, hv03] = ['HV01', 'HV02', 'HV03'].map((h) => estate.get('HyperVHost', h)!);
  const [web, app, old] = ['NLB-WEB', 'NLB-APP', 'NLB-OLD'].map((c) => estate.get('NlbCluster', c)!);

  test('uplinksOf: the team bound to the virtual switch, else every team', () => {
    expect(uplinksOf(estate, hv01!, 'vSwitch-VM').map(attachmentKey)).toEqual(['lag:1']);
    expect(uplinksOf(estate, hv01!, 'VSWITCH-vm').map(attachmentKey)).toEqual(['lag:1']);
    expect(uplinksOf(estate, hv01!, 'vSwitch-Other').map(attachmentKey)).toEqual(['lag:1', 'port:g5']);
    expect(uplinksOf(estate, hv01!).map(describeAttachment)).toEqual(['LAG 1', 'port g5']);
    expect(uplinkPath(uplinksOf(estate, hv01!)[1]!)).toEqual(['spec', 'nicTeams', 1, 'uplink', 'port']);
  });

  test('a port in a LAG counts as the LAG (declared on the LAG or on the port)', () => {
    expect(lagOfPort(estate, sw, 'G3')).toBe(2);
    expect(lagOfPort(estate, sw, 'g9')).toBe(4);
    expect(lagOfPort(estate, sw, 'g5')).toBeUndefined();
  });

  test('nlbReach: every host able to run a node, per switch, once per point', () => {
    const reach = nlbReach(estate, web!);
    expect([...reach.keys()]).toEqual(['sw1']);
    const points = [...reach.get('sw1')!.attachments.values()];
    expect(points.map((p) => [attachmentKey(p), p.host.name, p.vm])).toEqual([
      ['lag:1', 'HV01', 'WEB01'],
      ['lag:2', 'HV02', 'WEB01'],
    ]);
    expect(nlbReach(estate, web!)).toBe(reach); // memoised
    expect([...nlbReach(estate, app!).get('sw1')!.attachments.values()].map((p) => p.host)).toEqual([hv03]);
  });

  test('bridgeGroupsFor: by MAC, by 239.255.x.y and by VIP, in the cluster VLAN only', () => {
    expect(bridgeGroupsFor(estate, sw, web!).map((g) => g.index)).toEqual([0, 1]);
    expect(bridgeGroupsFor(estate, sw, app!).map((g) => g.index)).toEqual([2]);
    expect(bridgeGroupsFor(estate, sw, old!).map((g) => g.index)).toEqual([0, 1]);
  });

  test('igmpClustersServedBy: the clusters whose keys a group carries', () => {
    const groups = sw.spec.bridgeMulticastGroups!;
    expect(igmpClustersServedBy(estate, groups[0]!).map((c) => c.name)).toEqual(['NLB-WEB', 'NLB-OLD']);
    expect(igmpClustersServedBy(estate, groups[2]!).map((c) => c.name)).toEqual(['NLB-APP']);
    expect(igmpClustersServedBy(estate, groups[3]!)).toEqual([]);
  });

  test('hostsLandingAt: the reverse of the uplinks', () => {
    expect(hostsLandingAt(estate, sw, 'lag:3')).toEqual([hv03]);
    expect(hostsLandingAt(estate, sw, 'port:g6')).toEqual([hv02]);
    expect(hostsLandingAt(estate, sw, 'port:g24')).toEqual([]);
  });

  test('static ARP by IP and static MAC by switch, VLAN and MAC in any notation', () => {
    expect(
      staticArpByIp(estate)
        .get('10.1.2.3')!
        .map((e) => e.index),
    ).toEqual([0]);
    expect(staticMacEntries(estate, sw, 20, '03:bf:0a:01:02:03').map((e) => e.index)).toEqual([0]);
    expect(staticMacEntries(estate, sw, 30, '03:bf:0a:01:02:03')).toEqual([]);
  });

  test('switchVlan: a declared VLAN of a switch with its index', () => {
    const withVlans = build({
      'switch.yaml': switchDoc(
        '',
        '  model: generic\n  vlans:\n    - { id: 10 }\n    - { id: 20, igmpSnooping: false }\n',
      ),
    });
    const sw20 = withVlans.get('Switch', 'sw1')!;
    expect(switchVlan(withVlans, sw20, 20)).toEqual({ index: 1, vlan: { id: 20, igmpSnooping: false } });
    expect(switchVlan(withVlans, sw20, 30)).toBeUndefined();
    expect(switchVlan(estate, sw, 20)).toBeUndefined();
  });

  test('membersCover: LAG for a LAG, port for a port', () => {
    expect(membersCover({ lags: [1] }, { lag: 1 })).toBe(true);
    expect(membersCover({ ports: ['g1'] }, { lag: 1 })).toBe(false);
    expect(membersCover({ ports: ['G5'] }, { port: 'g5' })).toBe(true);
  });

  test('nlbClustersByVip and macOwners', () => {
    expect(nlbClustersByVip(estate).get('172.31.4.10')).toEqual([app]);
    expect(
      macOwners(estate)
        .get('01-00-5e-7f-03-e8')!
        .map((o) => o.description),
    ).toEqual(['NLB cluster "NLB-WEB"', 'NLB cluster "NLB-OLD"']);
  });
});

test('a static MAC on a VM adapter makes it a MAC owner', () => {
  const estate = build({
    'vms.yaml': [VMS, vm('OLDWEB', 'host: HV03', 'switch: vSwitch-VM, macAddress: 00-15-5D-01-02-03')].join('---\n'),
  });
  expect(
    macOwners(estate)
      .get('00-15-5d-01-02-03')!
      .map((o) => [o.description, o.path]),
  ).toEqual([['network adapter "NLB" of VirtualMachine "OLDWEB"', ['spec', 'networkAdapters', 1, 'macAddress']]]);
});

describe('topology: a switch-independent team over two switches, and an unteamed NIC', () => {
  const TWO_SWITCHES = `apiVersion: hvlint/v1
kind: HyperVHost
metadata:
  name: HV09
spec:
  os: windows-server-2016
  domain: corp.example.com
  nicTeams:
    - name: TEAM-VM
      mode: switch-independent
      members: [Ethernet 1, Ethernet 2]
      virtualSwitch: vSwitch-VM
      uplinks:
        - { switch: SW1, port: g9, members: [Ethernet 1] }
        - { switch: SW2, lag: 5, members: [Ethernet 2] }
    - name: Ethernet 3
      mode: none
      members: [Ethernet 3]
      virtualSwitch: vSwitch-DMZ
      uplink: { switch: SW2, port: g12 }
---
apiVersion: hvlint/v1
kind: Switch
metadata:
  name: SW1
spec:
  model: dell-powerconnect-5424
---
apiVersion: hvlint/v1
kind: Switch
metadata:
  name: SW2
spec:
  model: dell-powerconnect-5424
  lags:
    - { id: 5, members: [g1, g2] }
`;
  const estate = build({ 'estate.yaml': TWO_SWITCHES });
  const host = estate.get('HyperVHost', 'HV09')!;

  test('each entry of uplinks is an attachment on its own switch, with its own path', () => {
    const ats = uplinksOf(estate, host, 'vSwitch-VM');
    expect(ats.map((a) => [a.switch.name, describeAttachment(a)])).toEqual([
      ['SW1', 'port g9'],
      ['SW2', 'LAG 5'],
    ]);
    expect(ats.map(uplinkPath)).toEqual([
      ['spec', 'nicTeams', 0, 'uplinks', 0, 'port'],
      ['spec', 'nicTeams', 0, 'uplinks', 1, 'lag'],
    ]);
    expect(hostsLandingAt(estate, estate.get('Switch', 'SW2')!, 'lag:5')).toEqual([host]);
  });

  test('an unteamed NIC (mode none) lands like a team with one member', () => {
    const ats = uplinksOf(estate, host, 'vSwitch-DMZ');
    expect(ats.map((a) => [a.switch.name, describeAttachment(a), a.teamIndex])).toEqual([['SW2', 'port g12', 1]]);
    expect(uplinkPath(ats[0]!)).toEqual(['spec', 'nicTeams', 1, 'uplink', 'port']);
  });

  test('an uplinks entry naming an undeclared LAG is an unresolved reference at its own path', () => {
    const broken = lintTexts({ 'estate.yaml': TWO_SWITCHES.replace('lag: 5, members', 'lag: 6, members') });
    const found = broken.findings.filter((f) => f.ruleId === 'unresolved-reference');
    expect(found.map((f) => [f.line, f.message])).toEqual([[15, expect.stringContaining('LAG 6') as unknown]]);
  });
});
