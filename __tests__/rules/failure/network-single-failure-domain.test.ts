import { ruleTester } from '../../helpers/rule-tester.js';
import { pos } from '../../helpers/estate-docs.js';
import { failoverHost, failoverVm } from '../../helpers/failover-estate.js';
import { networkSingleFailureDomain } from '../../../src/rules/failure/network-single-failure-domain.js';

const SWITCHES = ['SW1', 'SW2']
  .map(
    (name) =>
      `apiVersion: hvlint/v1\nkind: Switch\nmetadata:\n  name: ${name}\nspec:\n  model: generic\n  ports:\n    - { name: g1, lag: 1 }\n    - { name: g5 }\n  lags:\n    - { id: 1, members: [g1] }\n`,
  )
  .join('---\n');
const ONE_SWITCH = failoverHost('HV01', { uplinks: ['SW1/1', 'SW1:g5'] });
const VM_LAG_ONLY = failoverHost('HV01', { uplinks: ['SW1/1', 'SW2:g5'] });

ruleTester(networkSingleFailureDomain, {
  valid: [
    {
      name: 'teams on two switches; the VM team on one LAG, but no VM uses it',
      files: { 'h.yaml': VM_LAG_ONLY, 's.yaml': SWITCHES },
    },
    {
      name: 'a host without NIC teams: its network is not judged',
      files: {
        'h.yaml': failoverHost('HV01'),
        's.yaml': SWITCHES,
        'v.yaml': failoverVm('A', { host: 'HV01', network: true }),
      },
    },
  ],
  invalid: [
    {
      name: 'every team on one switch: the host is cut off with its VM',
      files: { 'h.yaml': ONE_SWITCH, 's.yaml': SWITCHES, 'v.yaml': failoverVm('A', { host: 'HV01', network: true }) },
      errors: [
        {
          messageId: 'vmsCutOff',
          file: 'h.yaml',
          ...pos(ONE_SWITCH, 'nicTeams'),
          message: /^losing LAG 1 of switch "SW1" leaves VMs "A" on host "HV01" without any network path/,
        },
        {
          messageId: 'hostCutOff',
          file: 'h.yaml',
          ...pos(ONE_SWITCH, 'nicTeams'),
          message:
            'losing switch "SW1" cuts host "HV01" off, since every uplink of its 2 NIC teams goes with it; VM "A" loses every network path; land a team member on a second switch (a switch-independent team)',
        },
      ],
    },
    {
      name: "the VM team's only LAG: a stand-alone host's VMs lose every path, management stays",
      files: { 'h.yaml': VM_LAG_ONLY, 's.yaml': SWITCHES, 'v.yaml': failoverVm('A', { host: 'HV01', network: true }) },
      errors: [
        {
          messageId: 'vmsCutOff',
          file: 'h.yaml',
          ...pos(VM_LAG_ONLY, 'nicTeams'),
          message:
            'losing switch "SW1" or LAG 1 of switch "SW1" leaves VMs "A" on host "HV01" without any network path, and no other host they may run on has one; land the team of their virtual switch on a second switch or LAG',
        },
      ],
    },
  ],
});
