import { ruleTester } from '../../helpers/rule-tester.js';
import { dc, docs, pos, valuePos } from '../../helpers/estate-docs.js';
import { failoverCluster, failoverHost, failoverVm } from '../../helpers/failover-estate.js';
import { dcSingleFailureDomain } from '../../../src/rules/failure/dc-single-failure-domain.js';

const DCS = docs(dc('DC01', 'corp.example.com', { vm: 'DC01' }), dc('DC02', 'corp.example.com', { vm: 'DC02' }));
const CLUSTER = docs(
  failoverCluster('CL01', ['HV01', 'HV02'], 'file-share'),
  failoverHost('HV01', { cluster: 'CL01', uplinks: ['SW1/1', 'SW1:g5'] }),
  failoverHost('HV02', { cluster: 'CL01', uplinks: ['SW2/1', 'SW2:g5'] }),
);
const SWITCHES = ['SW1', 'SW2']
  .map(
    (name) =>
      `apiVersion: hvlint/v1\nkind: Switch\nmetadata:\n  name: ${name}\nspec:\n  model: generic\n  ports:\n    - { name: g1, lag: 1 }\n    - { name: g5 }\n  lags:\n    - { id: 1, members: [g1] }\n`,
  )
  .join('---\n');

ruleTester(dcSingleFailureDomain, {
  valid: [
    {
      name: 'DCs with different first preferred owners',
      files: {
        'c.yaml': CLUSTER,
        's.yaml': SWITCHES,
        'd.yaml': DCS,
        'v.yaml': docs(
          failoverVm('DC01', { preferred: ['HV01', 'HV02'], network: true }),
          failoverVm('DC02', { preferred: ['HV02', 'HV01'], network: true }),
        ),
      },
    },
    {
      name: 'DCs pinned to one stand-alone host: dc-redundancy reports it, not this rule',
      files: {
        'h.yaml': docs(failoverHost('HV01'), failoverHost('HV02')),
        'd.yaml': DCS,
        'v.yaml': docs(failoverVm('DC01', { host: 'HV01' }), failoverVm('DC02', { host: 'HV01' })),
      },
    },
    {
      name: 'a physical DC survives any host failure',
      files: {
        'c.yaml': CLUSTER,
        'd.yaml': docs(
          dc('DC01', 'corp.example.com', { vm: 'DC01' }),
          dc('DC02', 'corp.example.com', { physicalServer: 'DC02' }),
        ),
        's.yaml': SWITCHES,
        'v.yaml': failoverVm('DC01', { preferred: ['HV01'], possible: ['HV01'] }),
      },
    },
  ],
  invalid: [
    {
      name: 'both DC VMs normally on HV01: the domain has no DC until they restart',
      files: {
        'c.yaml': CLUSTER,
        's.yaml': SWITCHES,
        'd.yaml': DCS,
        'v.yaml': docs(
          failoverVm('DC01', { preferred: ['HV01', 'HV02'], network: true }),
          failoverVm('DC02', { preferred: ['HV01', 'HV02'], network: true }),
        ),
      },
      errors: [
        {
          messageId: 'allRestart',
          file: 'd.yaml',
          ...valuePos(DCS, 'vm: DC01'),
          message:
            'losing host "HV01" or switch "SW1" stops every domain controller of corp.example.com ("DC01", "DC02") until the cluster restarts them elsewhere; give the DC VMs different first preferred owners and a common antiAffinityClassNames, or add a physical DC',
        },
      ],
    },
    {
      name: 'DC VMs on two stand-alone hosts behind one switch: its failure cuts both off',
      files: {
        'h.yaml': docs(failoverHost('HV01', { uplinks: ['SW1/1'] }), failoverHost('HV02', { uplinks: ['SW1:g5'] })),
        's.yaml': SWITCHES,
        'd.yaml': DCS,
        'v.yaml': docs(
          failoverVm('DC01', { host: 'HV01', network: true }),
          failoverVm('DC02', { host: 'HV02', network: true }),
        ),
      },
      errors: [
        {
          messageId: 'allDown',
          file: 'd.yaml',
          line: pos(DCS, 'vm: DC01').line,
          message:
            'losing switch "SW1" takes down every domain controller of corp.example.com ("DC01": no network path left; "DC02": no network path left); run a DC where that failure does not reach, a physical one where possible',
        },
      ],
    },
  ],
});
