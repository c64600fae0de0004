import { ruleTester, runRule } from '../../helpers/rule-tester.js';
import { nlb } from '../../helpers/nlb-estate.js';
import { nlbClusterMac } from '../../../src/rules/nlb/nlb-cluster-mac.js';

const withMac = (vip: string, mode: string, mac: string): string => nlb('NLB-WEB', vip, mode, `  clusterMac: ${mac}\n`);

ruleTester(nlbClusterMac, {
  valid: [
    {
      name: 'IGMP multicast, as ip2mac prints it',
      files: withMac('172.31.3.232', 'igmp-multicast', '"01-00-5e-7f-03-e8"'),
    },
    { name: 'unicast, upper case with colons', files: withMac('10.1.2.3', 'unicast', '02:BF:0A:01:02:03') },
    { name: 'multicast', files: withMac('199.99.20.70', 'multicast', '03-bf-c7-63-14-46') },
    { name: 'no clusterMac declared', files: nlb('NLB-WEB', '172.31.3.232', 'igmp-multicast') },
  ],
  invalid: [
    {
      name: 'the unicast MAC of an IGMP multicast cluster',
      files: withMac('172.31.3.232', 'igmp-multicast', '"02-bf-ac-1f-03-e8"'),
      errors: [
        {
          messageId: 'wrongMac',
          line: 9,
          column: 15,
          message:
            'cluster MAC "02-bf-ac-1f-03-e8" does not follow from VIP 172.31.3.232 in igmp-multicast mode (it is the unicast MAC): write 01-00-5e-7f-03-e8 (nlb.exe ip2mac 172.31.3.232)',
        },
      ],
    },
    {
      name: 'a typo, written upper case with colons',
      files: withMac('199.99.20.70', 'multicast', '03:BF:C7:63:14:47'),
      errors: [
        {
          messageId: 'wrongMac',
          line: 9,
          column: 15,
          message:
            /^cluster MAC "03:BF:C7:63:14:47" does not follow from VIP 199\.99\.20\.70 in multicast mode: write 03:BF:C7:63:14:46 /,
        },
      ],
    },
  ],
});

describe('nlb-cluster-mac fix', () => {
  test.each([
    // a quoted value stays quoted
    ['"02-bf-ac-1f-03-e8"', '"01-00-5e-7f-03-e8"'],
    ['03:BF:AC:1F:03:E8', '01:00:5E:7F:03:E8'],
  ])('replaces %s with %s, and the result is clean', (declared, fixed) => {
    const text = withMac('172.31.3.232', 'igmp-multicast', declared);
    const [finding] = runRule(nlbClusterMac, text);
    expect(finding!.fix!.edits).toHaveLength(1);
    const edit = finding!.fix!.edits[0]!;
    expect(edit.text).toBe(fixed);
    expect(text.slice(edit.startOffset, edit.endOffset)).toBe(declared);
    const after = text.slice(0, edit.startOffset) + edit.text + text.slice(edit.endOffset);
    expect(runRule(nlbClusterMac, after)).toEqual([]);
  });
});
