/**
 * A small estate for the NLB and switch rule tests: a two-node Hyper-V cluster whose hosts land
 * on switch SW1 (HV01: LAG 1 for the VM team bound to vSwitch-VM, port g5 for management; HV02:
 * LAG 2 and g6), a standalone host HV03 on LAG 3, and VMs WEB01/WEB02 (clustered) and APP01
 * (on HV03), each with an "NLB" adapter on VLAN 20 with MAC address spoofing on.
 *
 * Tests add their own nlb.yaml and switch.yaml so the lines they assert stay in view.
 */

export const HOSTS = `apiVersion: hvlint/v1
kind: HyperVCluster
metadata:
  name: HVC1
spec:
  domain: corp.example.com
  nodes: [HV01, HV02]
---
apiVersion: hvlint/v1
kind: HyperVHost
metadata:
  name: HV01
spec:
  os: windows-server-2019
  domain: corp.example.com
  cluster: HVC1
  nicTeams:
    - name: TEAM-VM
      virtualSwitch: vSwitch-VM
      uplink: { switch: SW1, lag: 1 }
    - name: TEAM-MGMT
      uplink: { switch: SW1, port: g5 }
---
apiVersion: hvlint/v1
kind: HyperVHost
metadata:
  name: HV02
spec:
  os: windows-server-2019
  domain: corp.example.com
  cluster: HVC1
  nicTeams:
    - name: TEAM-VM
      virtualSwitch: vSwitch-VM
      uplink: { switch: SW1, lag: 2 }
    - name: TEAM-MGMT
      uplink: { switch: SW1, port: g6 }
---
apiVersion: hvlint/v1
kind: HyperVHost
metadata:
  name: HV03
spec:
  os: windows-server-2019
  domain: corp.example.com
  nicTeams:
    - name: TEAM-VM
      virtualSwitch: vSwitch-VM
      uplink: { switch: SW1, lag: 3 }
`;
// Line numbers in HOSTS: HV01's lag 1 on 20, g5 on 22; HV02's lag 2 on 35, g6 on 37; HV03's lag 3 on 49.

/** A VM with an NLB adapter; `adapter` replaces the adapter's fields after its name. */
export function vm(
  name: string,
  placement: string,
  adapter = 'switch: vSwitch-VM, vlan: 20, macAddressSpoofing: true',
): string {
  return `apiVersion: hvlint/v1
kind: VirtualMachine
metadata:
  name: ${name}
spec:
  generation: 2
  ${placement}
  networkAdapters:
    - { name: LAN, switch: vSwitch-VM, vlan: 10 }
    - { name: NLB, ${adapter} }
`;
}

export const VMS = [vm('WEB01', 'cluster: HVC1'), vm('WEB02', 'cluster: HVC1'), vm('APP01', 'host: HV03')].join(
  '---\n',
);

/** An NLB cluster document. */
export function nlb(
  name: string,
  vip: string,
  mode: string,
  extra = '',
  nodes = ['WEB01', 'WEB02'],
  vlan = 20,
): string {
  return `apiVersion: hvlint/v1
kind: NlbCluster
metadata:
  name: ${name}
spec:
  vip: ${vip}
  mode: ${mode}
  vlan: ${vlan}
${extra}  nodes:
${nodes.map((n) => `    - { vm: ${n}, adapter: NLB }`).join('\n')}
`;
}

/** A switch SW1 (PowerConnect, colon MACs) with the LAGs and ports of HOSTS, `extra` spec lines, and `lag1` fields of LAG 1. */
export function switchDoc(extra = '', head = '  model: dell-powerconnect-5424\n', lag1 = ''): string {
  return `apiVersion: hvlint/v1
kind: Switch
metadata:
  name: SW1
spec:
${head}  lags:
    - { id: 1, members: [g1, g2]${lag1 ? `, ${lag1}` : ''} }
    - { id: 2, members: [g3, g4] }
    - { id: 3, members: [g7, g8] }
${extra}`;
}
// Line numbers in switchDoc(extra) with the default head: extra starts on line 11.

export function estate(files: Record<string, string>): Record<string, string> {
  return { 'hosts.yaml': HOSTS, 'vms.yaml': VMS, ...files };
}
