import { ruleTester } from '../../helpers/rule-tester.js';
import { arpRetryCountZero } from '../../../src/rules/nlb/arp-retry-count-zero.js';

const host = (extra: string): string => `apiVersion: hvlint/v1
kind: HyperVHost
metadata:
  name: HV01
spec:
  os: windows-server-2019
  domain: corp.example.com
${extra}`;
const guest = (extra: string): string => `apiVersion: hvlint/v1
kind: VirtualMachine
metadata:
  name: WEB01
spec:
  generation: 2
  host: HV01
${extra}`;

ruleTester(arpRetryCountZero, {
  valid: [
    { name: 'not set', files: host('') },
    { name: 'the default, 3', files: host('  arpRetryCount: 3\n') },
    { name: 'a VM with 1', files: guest('  arpRetryCount: 1\n') },
  ],
  invalid: [
    {
      name: 'a host with 0',
      files: host('  arpRetryCount: 0\n'),
      errors: [
        {
          messageId: 'zero',
          severity: 'warning',
          line: 8,
          column: 18,
          message:
            'HyperVHost "HV01" sets arpRetryCount to 0, which only silences duplicate-IP warnings by turning off duplicate address detection: find the cause (a duplicate address, a stale static ARP entry, an NLB mode change) and remove the setting',
        },
      ],
    },
    {
      name: 'a host and a VM with 0',
      files: { 'a.yaml': host('  arpRetryCount: 0\n'), 'b.yaml': guest('  arpRetryCount: 0\n') },
      errors: [
        { messageId: 'zero', file: 'a.yaml', line: 8 },
        { messageId: 'zero', file: 'b.yaml', line: 8, message: /^VirtualMachine "WEB01" sets arpRetryCount to 0/ },
      ],
    },
  ],
});
