/** PowerConnect-style running configurations → the Switch model, damage and all. */
import { SourceFile } from '../../src/load/source.js';
import {
  expandNumbers,
  expandPorts,
  parseSwitchConfig,
  bridgeGroupMac,
} from '../../src/drift/inventory/switch-config.js';
import { checkSchema } from '../../src/schema/index.js';

const parse = (text: string) => parseSwitchConfig(new SourceFile('switches/SW.txt', text), 'SW');
const lineOf = (sw: ReturnType<typeof parse>, key: string): number | undefined => {
  const at = sw.origins.get(key);
  return at ? sw.source.position(at.start).line : undefined;
};

describe('lists', () => {
  test.each([
    ['g1', ['g1']],
    ['g1,g3', ['g1', 'g3']],
    ['g(1-3,6)', ['g1', 'g2', 'g3', 'g6']],
    ['g1-3', ['g1', 'g2', 'g3']],
    ['g1-g3', ['g1', 'g2', 'g3']],
    ['1/g1-1/g2', ['1/g1', '1/g2']],
    ['gi1/0/1-2', ['gi1/0/1', 'gi1/0/2']],
    ['g(1-2),g5', ['g1', 'g2', 'g5']],
  ])('ports %s', (text, ports) => {
    expect(expandPorts(text)).toEqual(ports);
  });

  test('not port lists', () => {
    expect(expandPorts('g(1-)')).toBeUndefined();
    expect(expandPorts('g3-1')).toBeUndefined();
    expect(expandPorts('')).toBeUndefined();
  });

  test('numbers', () => {
    expect(expandNumbers('4-6,8, 10-11')).toEqual([4, 5, 6, 8, 10, 11]);
    expect(expandNumbers('all')).toBeUndefined();
  });
});

describe('parseSwitchConfig', () => {
  const CONFIG = [
    'spanning-tree mode rstp', // 1
    'vlan database', // 2
    'vlan 10,20-21', // 3
    'exit', // 4
    'interface range ethernet g(1-2)', // 5
    'channel-group 1 mode auto', // 6
    'exit', // 7
    'interface ethernet g3', // 8
    'channel-group 2 mode on', // 9
    'description "HV02 Ethernet 3"', // 10
    'exit', // 11
    'interface port-channel 1', // 12
    'description "HV01 TEAM-VM"', // 13
    'switchport mode trunk', // 14
    'switchport trunk allowed vlan add 10,20', // 15
    'exit', // 16
    'interface ethernet g7', // 17
    'switchport access vlan 10', // 18
    'exit', // 19
    'interface vlan 20', // 20
    'name "nlb web"', // 21
    'ip igmp snooping', // 22
    'bridge multicast address 01:00:5e:7f:03:e8', // 23
    'bridge multicast address 01:00:5e:7f:03:e8 add port-channel 1-2', // 24
    'bridge multicast address 01:00:5e:7f:03:e8 add ethernet g7', // 25
    'bridge multicast address 01:00:5e:7f:03:e8 remove port-channel 2', // 26
    'bridge multicast address 239.255.4.10 add ethernet g(1-2)', // 27
    'bridge address 03:bf:ac:1f:05:14 port-channel 1 permanent', // 28
    'exit', // 29
    'ip igmp snooping', // 30
    'arp 172.31.5.20 03:bf:ac:1f:05:14 vlan 20', // 31
    'hostname SW-CORE01', // 32
  ].join('\r\n');

  test('VLANs, ports, LAGs, groups, static entries', () => {
    const sw = parse(CONFIG);
    expect(sw.ignored).toEqual([]);
    expect(sw.hostname).toBe('SW-CORE01');
    expect(sw.spec.igmpSnooping).toBe(true);
    expect(sw.spec.vlans).toEqual([
      { id: 10, igmpSnooping: false },
      { id: 20, name: 'nlb web', igmpSnooping: true },
      { id: 21, igmpSnooping: false },
    ]);
    expect(sw.spec.lags).toEqual([
      { id: 1, description: 'HV01 TEAM-VM', members: ['g1', 'g2'], lacp: true, vlans: [10, 20] },
      { id: 2, members: ['g3'], lacp: false },
    ]);
    expect(sw.spec.ports).toEqual([
      { name: 'g1', lag: 1 },
      { name: 'g2', lag: 1 },
      { name: 'g3', description: 'HV02 Ethernet 3', lag: 2 },
      { name: 'g7', vlans: [10] },
    ]);
    expect(sw.spec.bridgeMulticastGroups).toEqual([
      { vlan: 20, mac: '01:00:5e:7f:03:e8', ports: ['g7'], lags: [1] },
      { vlan: 20, group: '239.255.4.10', ports: ['g1', 'g2'] },
    ]);
    expect(sw.spec.staticArp).toEqual([
      { ip: '172.31.5.20', mac: '03:bf:ac:1f:05:14', vlan: 20, interface: 'vlan 20' },
    ]);
    expect(sw.spec.staticMac).toEqual([{ mac: '03:bf:ac:1f:05:14', vlan: 20, lags: [1] }]);
  });

  test('remembers the line each part came from', () => {
    const sw = parse(CONFIG);
    expect(lineOf(sw, 'spec.bridgeMulticastGroups.0')).toBe(23);
    expect(lineOf(sw, 'spec.bridgeMulticastGroups.0.lags.0')).toBe(24);
    expect(lineOf(sw, 'spec.bridgeMulticastGroups.0.ports.0')).toBe(25);
    expect(lineOf(sw, 'spec.igmpSnooping')).toBe(30);
    expect(lineOf(sw, 'spec.vlans.1.igmpSnooping')).toBe(22);
    expect(lineOf(sw, 'spec.staticArp.0')).toBe(31);
  });

  test('the model fits the Switch schema', () => {
    const sw = parse(CONFIG);
    const value = {
      apiVersion: 'hvlint/v1',
      kind: 'Switch',
      metadata: { name: 'SW' },
      spec: { model: 'dell-powerconnect-5424', ...sw.spec },
    };
    expect(checkSchema(value).problems.map((p) => p.message)).toEqual([]);
  });

  test('a group written as the NLB VIP is the same group as its 239.255.x.y address and its MAC', () => {
    expect(bridgeGroupMac({ group: '172.31.3.232' })).toBe('01-00-5e-7f-03-e8');
    expect(bridgeGroupMac({ group: '239.255.3.232' })).toBe('01-00-5e-7f-03-e8');
    expect(bridgeGroupMac({ mac: '01:00:5E:7F:03:E8' })).toBe('01-00-5e-7f-03-e8');
  });

  test('editing damage: orphan lines after exit are ignored and counted, missing exits are survived', () => {
    const sw = parse(
      [
        'interface ethernet g15', // 1
        'description meylani', // 2
        'interface ethernet g16', // 3  (no exit before: a new interface starts anyway)
        'description lia', // 4
        'exit', // 5
        'description KeAt8724', // 6  orphan
        'exit', // 7
        'interface vlan 14', // 8
        'name "REG AP"', // 9
        'interface vlan 15', // 10 (no exit)
        'name HotSpot', // 11
        'ip igmp snooping', // 12
        'interface vlan 1', // 13
        'ip address 10.10.0.5 255.255.255.0', // 14
        'hostname Office-1', // 15 (a global command inside an interface: the interface was not closed)
        'switchport trunk allowed vlan add 20', // 16 orphan
        'sntp unicast client enable', // 17 irrelevant
        'frobnicate', // 18
      ].join('\n'),
    );
    expect(sw.ignored).toEqual([
      { line: 6, text: 'description KeAt8724' },
      { line: 16, text: 'switchport trunk allowed vlan add 20' },
      { line: 18, text: 'frobnicate' },
    ]);
    expect(sw.spec.ports).toEqual([
      { name: 'g15', description: 'meylani' },
      { name: 'g16', description: 'lia' },
    ]);
    expect(sw.spec.vlans).toEqual([
      { id: 1, igmpSnooping: false },
      { id: 14, name: 'REG AP', igmpSnooping: false },
      { id: 15, name: 'HotSpot', igmpSnooping: true },
    ]);
    expect(sw.hostname).toBe('Office-1');
    expect(sw.spec.igmpSnooping).toBe(false);
  });

  test('global bridge multicast filtering is the switch setting; unregistered forwarding is per port and LAG (§2.1)', () => {
    const sw = parse(
      [
        'bridge multicast filtering',
        'vlan database',
        'vlan 5,6',
        'exit',
        'interface ethernet g1',
        'bridge multicast unregistered filtering',
        'exit',
        'interface ethernet g2',
        'bridge multicast unregistered forwarding',
        'exit',
        'interface port-channel 1',
        'bridge multicast unregistered filtering',
        'exit',
      ].join('\n'),
    );
    expect(sw.spec.bridgeMulticastFiltering).toBe(true);
    // Filtering does not make any VLAN drop unregistered multicast: the VLANs carry no such setting.
    expect(sw.spec.vlans).toEqual([
      { id: 5, igmpSnooping: false },
      { id: 6, igmpSnooping: false },
    ]);
    expect(sw.spec.ports).toEqual([
      { name: 'g1', unregisteredMulticast: 'filter' },
      { name: 'g2', unregisteredMulticast: 'forward' },
    ]);
    expect(sw.spec.lags).toEqual([{ id: 1, unregisteredMulticast: 'filter' }]);
    expect(sw.ignored).toEqual([]);
  });

  test('without the global line, filtering is off; the setting under a VLAN is not understood', () => {
    const sw = parse(['interface vlan 6', 'bridge multicast unregistered filtering', 'exit'].join('\n'));
    expect(sw.spec.bridgeMulticastFiltering).toBe(false);
    expect(sw.spec.vlans).toEqual([{ id: 6, igmpSnooping: false }]);
    expect(sw.ignored).toEqual([{ line: 2, text: 'bridge multicast unregistered filtering' }]);
  });

  test('an empty file is a switch with nothing configured', () => {
    const sw = parse('');
    expect(sw.spec).toEqual({ igmpSnooping: false, bridgeMulticastFiltering: false });
    expect(sw.ignored).toEqual([]);
  });
});
