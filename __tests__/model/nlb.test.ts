import {
  bridgeGroupAddress,
  clusterMacFor,
  formatMac,
  igmpGroupFor,
  isMulticastIpv4,
  isUpperCaseMac,
  lastTwoOctets,
  macForSwitch,
  macStyleForSwitch,
  macStyleOf,
  multicastMacForGroup,
  normalizeMac,
  parseIpv4,
} from '../../src/model/nlb.js';

describe('clusterMacFor (docs/domain.md §1.1, nlb.exe ip2mac)', () => {
  test.each([
    ['10.1.2.3', 'unicast', '02-bf-0a-01-02-03'],
    ['199.99.20.70', 'multicast', '03-bf-c7-63-14-46'],
    ['172.31.3.232', 'igmp-multicast', '01-00-5e-7f-03-e8'],
    ['172.31.3.232', 'unicast', '02-bf-ac-1f-03-e8'],
    ['172.31.3.232', 'multicast', '03-bf-ac-1f-03-e8'],
    ['10.0.0.1', 'igmp-multicast', '01-00-5e-7f-00-01'],
    ['255.255.255.255', 'igmp-multicast', '01-00-5e-7f-ff-ff'],
  ] as const)('%s in %s mode → %s', (vip, mode, mac) => {
    expect(clusterMacFor(vip, mode)).toBe(mac);
  });

  test('throws on something that is not an IPv4 address', () => {
    expect(() => clusterMacFor('10.1.2', 'unicast')).toThrow(/not an IPv4 address/);
  });
});

describe('igmpGroupFor (docs/domain.md §1.2)', () => {
  test('172.31.3.232 → 239.255.3.232', () => {
    expect(igmpGroupFor('172.31.3.232')).toBe('239.255.3.232');
  });

  test("KB 4494444's typo: VIP 10.0.0.1 joins 239.255.0.1, not 239.244.0.1", () => {
    expect(igmpGroupFor('10.0.0.1')).toBe('239.255.0.1');
    expect(igmpGroupFor('10.0.0.1')).not.toBe('239.244.0.1');
  });

  test('the group maps (RFC 1112) to the IGMP cluster MAC of the same VIP (§1.3)', () => {
    for (const vip of ['172.31.3.232', '10.0.0.1', '192.168.255.0', '1.2.3.4']) {
      expect(multicastMacForGroup(igmpGroupFor(vip))).toBe(clusterMacFor(vip, 'igmp-multicast'));
    }
  });

  test('VIPs sharing the last two octets share the group (§1.4)', () => {
    expect(igmpGroupFor('10.0.3.232')).toBe(igmpGroupFor('172.31.3.232'));
    expect(lastTwoOctets('10.0.3.232')).toBe('3.232');
  });
});

describe('multicastMacForGroup (RFC 1112 §6.4, docs/domain.md §1.3)', () => {
  test.each([
    ['239.255.3.232', '01-00-5e-7f-03-e8'],
    ['224.0.0.1', '01-00-5e-00-00-01'],
    // Only the low 23 bits count: 32 groups share each MAC.
    ['239.127.3.232', '01-00-5e-7f-03-e8'],
    ['224.255.3.232', '01-00-5e-7f-03-e8'],
    ['225.128.0.1', '01-00-5e-00-00-01'],
  ])('%s → %s', (group, mac) => {
    expect(multicastMacForGroup(group)).toBe(mac);
  });

  test('is undefined outside 224.0.0.0/4', () => {
    expect(multicastMacForGroup('172.31.3.232')).toBeUndefined();
    expect(multicastMacForGroup('240.0.0.1')).toBeUndefined();
    expect(multicastMacForGroup('223.255.255.255')).toBeUndefined();
  });
});

describe('bridgeGroupAddress (docs/domain.md §2.1)', () => {
  test('keeps a multicast address and converts a VIP to 239.255.x.y', () => {
    expect(bridgeGroupAddress('239.255.3.232')).toBe('239.255.3.232');
    expect(bridgeGroupAddress('172.31.3.232')).toBe('239.255.3.232');
  });
});

describe('IPv4 parsing', () => {
  test('accepts dotted quads and rejects the rest', () => {
    expect(parseIpv4('172.31.3.232')).toEqual([172, 31, 3, 232]);
    expect(parseIpv4('172.31.3')).toBeUndefined();
    expect(parseIpv4('172.31.3.256')).toBeUndefined();
    expect(parseIpv4('172.031.3.2')).toBeUndefined();
    expect(parseIpv4('a.b.c.d')).toBeUndefined();
    expect(isMulticastIpv4('239.255.0.1')).toBe(true);
    expect(isMulticastIpv4('10.0.0.1')).toBe(false);
  });
});

describe('MAC notations', () => {
  test('normalizeMac reads every notation, including PowerShell bare digits (§6.3)', () => {
    for (const mac of ['01-00-5e-7f-03-e8', '01:00:5E:7F:03:E8', '0100.5e7f.03e8', '01005E7F03E8']) {
      expect(normalizeMac(mac)).toBe('01-00-5e-7f-03-e8');
    }
  });

  test('normalizeMac rejects what is not a MAC', () => {
    for (const mac of ['01-00-5e-7f-03', '01-00:5e-7f-03-e8', '01-00-5e-7f-03-eg', ''])
      expect(normalizeMac(mac)).toBeUndefined();
  });

  test('formatMac writes each notation and case', () => {
    expect(formatMac('01-00-5e-7f-03-e8', 'colon')).toBe('01:00:5e:7f:03:e8');
    expect(formatMac('01:00:5e:7f:03:e8', 'hyphen')).toBe('01-00-5e-7f-03-e8');
    expect(formatMac('01-00-5e-7f-03-e8', 'dot')).toBe('0100.5e7f.03e8');
    expect(formatMac('01-00-5e-7f-03-e8', 'colon', { upperCase: true })).toBe('01:00:5E:7F:03:E8');
    expect(() => formatMac('nope', 'colon')).toThrow(/not a MAC/);
  });

  test('macStyleOf and isUpperCaseMac tell how a MAC is written', () => {
    expect(macStyleOf('01:00:5e:7f:03:e8')).toBe('colon');
    expect(macStyleOf('01-00-5e-7f-03-e8')).toBe('hyphen');
    expect(macStyleOf('0100.5e7f.03e8')).toBe('dot');
    expect(macStyleOf('01005e7f03e8')).toBeUndefined();
    expect(isUpperCaseMac('01:00:5E:7F:03:E8')).toBe(true);
    expect(isUpperCaseMac('01:00:5e:7f:03:e8')).toBe(false);
    expect(isUpperCaseMac('01:00:00:00:00:00')).toBe(false);
  });
});

describe('macStyleForSwitch (docs/domain.md §2.1, §2.3)', () => {
  test('macStyle wins over the model table', () => {
    expect(macStyleForSwitch({ model: 'dell-powerconnect-5424', macStyle: 'hyphen' })).toBe('hyphen');
  });

  test('the built-in table gives Dell PowerConnect and Force10 colon', () => {
    expect(macStyleForSwitch({ model: 'dell-powerconnect-5424' })).toBe('colon');
    expect(macStyleForSwitch({ model: 'Dell-Force10-S4810' })).toBe('colon');
  });

  test('an unknown model takes any notation', () => {
    expect(macStyleForSwitch({ model: 'hpe-5130' })).toBeUndefined();
  });

  test('configured globs come before the built-in table; any turns a model off', () => {
    expect(macStyleForSwitch({ model: 'hpe-5130' }, { 'hpe-*': 'hyphen' })).toBe('hyphen');
    expect(macStyleForSwitch({ model: 'dell-powerconnect-5424' }, { 'dell-powerconnect-54*': 'any' })).toBeUndefined();
    expect(macStyleForSwitch({ model: 'dell-powerconnect-6248' }, { 'dell-powerconnect-54*': 'any' })).toBe('colon');
  });

  test('macForSwitch shows a MAC in a colon or hyphen switch notation, else colon', () => {
    expect(macForSwitch('01-00-5e-7f-03-e8', { model: 'dell-powerconnect-5424' })).toBe('01:00:5e:7f:03:e8');
    expect(macForSwitch('01:00:5e:7f:03:e8', { model: 'x', macStyle: 'hyphen' })).toBe('01-00-5e-7f-03-e8');
    expect(macForSwitch('01-00-5e-7f-03-e8', { model: 'x' })).toBe('01:00:5e:7f:03:e8');
  });
});
