import { ruleTester } from '../../helpers/rule-tester.js';
import { docs } from '../../helpers/estate-docs.js';
import { nicTeamSwitchMode } from '../../../src/rules/switch/nic-team-switch-mode.js';

const hostWith = (os: string, team: string): string =>
  `apiVersion: hvlint/v1\nkind: HyperVHost\nmetadata:\n  name: HV01\nspec:\n  os: ${os}\n  domain: corp.example.com\n  nicTeams:\n    - ${team}\n`;
// Line 9 is the team; the switch has a static LAG 1 (g1, g2), an LACP LAG 2 (g3, g4), a LAG 3 of unknown kind and plain port g5.
const SWITCH = `apiVersion: hvlint/v1
kind: Switch
metadata:
  name: SW1
spec:
  model: dell-powerconnect-5424
  ports:
    - { name: g5 }
  lags:
    - { id: 1, members: [g1, g2], lacp: false }
    - { id: 2, members: [g3, g4], lacp: true }
    - { id: 3, members: [g7, g8] }
`;
const R2 = 'windows-server-2012-r2';
const files = (team: string, os = R2): Record<string, string> => ({ 'h.yaml': hostWith(os, team), 's.yaml': SWITCH });

ruleTester(nicTeamSwitchMode, {
  valid: [
    { name: 'LACP team on an LACP LAG', files: files('{ name: T, mode: lacp, uplink: { switch: SW1, lag: 2 } }') },
    { name: 'static team on a static LAG', files: files('{ name: T, mode: static, uplink: { switch: SW1, lag: 1 } }') },
    {
      name: 'switch-independent team on a plain port',
      files: files('{ name: T, mode: switch-independent, uplink: { switch: SW1, port: g5 } }'),
    },
    {
      name: 'an LACP team on a member port of the LACP LAG counts as on the LAG',
      files: files('{ name: T, mode: lacp, uplink: { switch: SW1, port: g3 } }'),
    },
    { name: 'a team without a mode', files: files('{ name: T, uplink: { switch: SW1, lag: 1 } }') },
    {
      name: 'a LAG that does not say its kind',
      files: files('{ name: T, mode: lacp, uplink: { switch: SW1, lag: 3 } }'),
    },
    {
      name: 'dynamic load balancing on 2012 R2 and on 2019',
      files: {
        'h.yaml': docs(
          hostWith(R2, '{ name: T, mode: lacp, loadBalancing: dynamic, uplink: { switch: SW1, lag: 2 } }'),
          hostWith(
            'windows-server-2019',
            '{ name: T, mode: lacp, loadBalancing: dynamic, uplink: { switch: SW1, lag: 2 } }',
          ).replace('HV01', 'HV02'),
        ),
        's.yaml': SWITCH,
      },
    },
  ],
  invalid: [
    {
      name: 'LACP team on a static LAG',
      files: files('{ name: T, mode: lacp, uplink: { switch: SW1, lag: 1 } }'),
      errors: [
        {
          messageId: 'modeMismatch',
          file: 'h.yaml',
          line: 9,
          column: 24,
          message:
            'NIC team "T" of host "HV01" is an LACP team but lands on static LAG 1 of switch "SW1": make the LAG an LACP LAG (lacp: true), or make the team static',
          related: [{ file: 's.yaml', line: 10 }],
        },
      ],
    },
    {
      name: 'static team on an LACP LAG',
      files: files('{ name: T, mode: static, uplink: { switch: SW1, lag: 2 } }'),
      errors: [
        { messageId: 'modeMismatch', line: 9, message: /is a static team but lands on LACP LAG 2 of switch "SW1"/ },
      ],
    },
    {
      name: 'switch-independent team on a LAG',
      files: files('{ name: T, mode: switch-independent, uplink: { switch: SW1, lag: 1 } }'),
      errors: [
        {
          messageId: 'modeMismatch',
          line: 9,
          message: /switch-independent team but lands on LAG 1 of switch "SW1": take its ports out of the LAG/,
        },
      ],
    },
    {
      name: 'LACP and static teams on a plain port',
      files: {
        'h.yaml': docs(
          hostWith(R2, '{ name: T, mode: lacp, uplink: { switch: SW1, port: g5 } }'),
          hostWith(R2, '{ name: T, mode: static, uplink: { switch: SW1, port: g5 } }').replace('HV01', 'HV02'),
        ),
        's.yaml': SWITCH,
      },
      errors: [
        {
          messageId: 'modeMismatch',
          line: 9,
          message: /LACP team but lands on port g5, which is in no LAG/,
          related: [{ file: 's.yaml', line: 4 }],
        },
        { messageId: 'modeMismatch', line: 19, message: /static team but lands on port g5, which is in no LAG/ },
      ],
    },
    ...['windows-server-2008-r2', 'windows-server-2012'].map((os) => ({
      name: `dynamic load balancing on ${os}`,
      files: files('{ name: T, mode: lacp, loadBalancing: dynamic, uplink: { switch: SW1, lag: 2 } }', os),
      errors: [
        {
          messageId: 'dynamicTooOld',
          line: 9,
          message: `NIC team "T" of host "HV01" uses dynamic load balancing, which ${os.replace('windows-server-', 'Windows Server ').replace('-r2', ' R2')} does not have (Windows Server 2012 R2 and later): use address-hash or hyper-v-port`,
          related: [{ file: 'h.yaml', line: 6 }],
        },
      ],
    })),
  ],
});
