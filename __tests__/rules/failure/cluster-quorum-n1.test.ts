import { ruleTester } from '../../helpers/rule-tester.js';
import { docs, pos } from '../../helpers/estate-docs.js';
import { failoverCluster, failoverHost } from '../../helpers/failover-estate.js';
import { clusterQuorumN1 } from '../../../src/rules/failure/cluster-quorum-n1.js';

const twoNodes = (witness?: string, uplinks: [string[], string[]] = [[], []]): string =>
  docs(
    failoverCluster('CL01', ['HV01', 'HV02'], witness),
    failoverHost('HV01', { cluster: 'CL01', uplinks: uplinks[0] }),
    failoverHost('HV02', { cluster: 'CL01', uplinks: uplinks[1] }),
  );
const SWITCH = (name: string) =>
  `apiVersion: hvlint/v1\nkind: Switch\nmetadata:\n  name: ${name}\nspec:\n  model: generic\n  lags:\n    - { id: 1 }\n    - { id: 2 }\n`;

const NO_WITNESS = twoNodes('none');
const ONE_SWITCH = twoNodes('file-share', [['SW1/1'], ['SW1/2']]);

ruleTester(clusterQuorumN1, {
  valid: [
    { name: 'two nodes and a file share witness: 2 of 3 votes stay', files: twoNodes('file-share') },
    { name: 'two nodes and a cloud witness', files: twoNodes('cloud') },
    {
      name: 'three nodes without a witness: 2 of 3 votes stay',
      files: docs(
        failoverCluster('CL01', ['HV01', 'HV02', 'HV03'], 'none'),
        failoverHost('HV01', { cluster: 'CL01' }),
        failoverHost('HV02', { cluster: 'CL01' }),
        failoverHost('HV03', { cluster: 'CL01' }),
      ),
    },
    { name: 'witness not declared: not judged (whatif lists it), no finding', files: twoNodes() },
    {
      name: 'nodes on two switches: losing one switch cuts off one node, 2 of 3 votes stay',
      files: { 'c.yaml': twoNodes('file-share', [['SW1/1'], ['SW2/1']]), 's.yaml': docs(SWITCH('SW1'), SWITCH('SW2')) },
    },
  ],
  invalid: [
    {
      name: 'a two-node cluster without a witness: either node failure leaves half the votes',
      files: NO_WITNESS,
      errors: [
        {
          messageId: 'atRisk',
          ...pos(NO_WITNESS, 'witness'),
          message:
            'losing host "HV01" or host "HV02" leaves cluster "CL01" 1 of 2 votes, exactly half: it keeps running only if dynamic quorum had taken the vote from the lost node; add a witness (file share, disk or cloud)',
          related: [{ line: pos(NO_WITNESS, 'name: HV01').line }, { line: pos(NO_WITNESS, 'name: HV02').line }],
        },
      ],
    },
    {
      name: 'both nodes on one switch: its failure cuts both off, the witness cannot help',
      files: { 'c.yaml': ONE_SWITCH, 's.yaml': SWITCH('SW1') },
      errors: [
        {
          messageId: 'isolated',
          file: 'c.yaml',
          ...pos(ONE_SWITCH, 'nodes:'),
          message:
            'losing switch "SW1" cuts off "HV01", "HV02", leaving cluster "CL01" 1 of 3 votes with the file-share witness among the nodes still connected, so every clustered VM stops; connect the nodes through a second switch',
        },
      ],
    },
  ],
});
