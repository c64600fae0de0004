/**
 * The drift audit's findings are rules like any other: an id, a default severity, messages by id,
 * a doc page (docs/rules/<id>.md) and a configurable severity in .hvlint.yml. They are not
 * `Rule`s with a `check` over one estate: the comparison in compare.ts needs the declared and the
 * observed estate at once, so only their metadata lives here, in the catalogue (catalogue.ts);
 * src/drift/ emits their findings.
 */
import type { Severity } from '../types.js';
import type { RuleMeta } from './types.js';

const drift = (
  id: string,
  severity: Severity,
  description: string,
  messages: Record<string, string>,
  sources: string[],
): RuleMeta => ({
  id,
  severity,
  area: 'drift',
  description,
  fixable: false,
  messages,
  sources,
});

const EXPORT = 'docs/domain.md §6 (what PowerShell exports look like)';

export const DRIFT_RULES: RuleMeta[] = [
  drift(
    'drift-inventory',
    'error',
    'Report inventory files that cannot be read or understood, so the part of the audit that depends on them is known to be missing.',
    {
      unreadable: 'cannot read {{file}}: {{reason}}; the audit skips {{what}}',
      encoding:
        '{{file}} is not text hvlint can decode ({{reason}}); save it as UTF-8 or UTF-16 with a BOM; the audit skips {{what}}',
      json: '{{file}} is not valid JSON: {{reason}}; export it again (a cut-off file usually means the export was interrupted); the audit skips {{what}}',
      notRecords: '{{file}} must hold an object or a list of objects; got {{got}}; the audit skips {{what}}',
      depth:
        '{{property}} in {{file}} is only the type name "{{typeName}}" ({{count}}): ConvertTo-Json cut the object off at its -Depth; export again with -Depth 6 (the collector\'s default); the audit skips {{what}}',
      enum: 'unknown {{property}} value {{value}} in {{file}}: expected {{expected}}; the audit skips {{what}}',
      nlbModeNumber:
        'OperationMode {{value}} in {{file}} is a number, and the NLB module does not document its numbers: export it as a name (the collector writes "$($_.OperationMode)", or use PowerShell 7 -EnumsAsStrings); the audit skips {{what}}',
      missing: '{{file}}: a record has no usable {{property}} ({{got}}); the audit skips {{what}}',
      badValue: '{{property}} {{value}} in {{file}} is not {{expected}}; the audit skips {{what}}',
      header: '{{file}}: {{reason}}; using the directory name "{{host}}" as the host name',
      model:
        'the observed {{ref}} does not fit the manifest format ({{reason}}); policy rules skip it in the live estate',
    },
    [EXPORT, 'docs/drift.md'],
  ),
  drift(
    'drift-inventory-ignored',
    'notice',
    'Report switch configuration lines that the audit did not understand and ignored.',
    {
      ignored:
        '{{count}} line{{plural}} of {{file}} not understood and ignored (first: line {{line}} "{{text}}"); check that the file is a PowerConnect-style running configuration',
    },
    ['docs/domain.md §2.1 (PowerConnect configuration)', 'docs/drift.md'],
  ),
  drift(
    'drift-vm-missing',
    'error',
    'Report a declared virtual machine that no audited host runs.',
    {
      missing:
        'VirtualMachine "{{name}}" is declared but no audited host has it ({{where}}); create it, or remove the manifest',
    },
    [EXPORT],
  ),
  drift(
    'drift-vm-resources',
    'warning',
    'Report a virtual machine whose memory or virtual processor count differs from its manifest.',
    {
      memory:
        'VM "{{name}}" has {{what}} memory {{actual}} MiB, not {{declared}} MiB; run Set-VMMemory -{{parameter}} {{declared}}MB (the VM may have to be off), or fix the manifest',
      dynamic:
        'VM "{{name}}" has dynamic memory {{actual}}, not {{declared}}; run Set-VMMemory -DynamicMemoryEnabled {{value}} while the VM is off, or fix the manifest',
      processors:
        'VM "{{name}}" has {{actual}} virtual processors, not {{declared}}; run Set-VMProcessor -Count {{declared}} while the VM is off, or fix the manifest',
    },
    [EXPORT],
  ),
  drift(
    'drift-host-resources',
    'warning',
    'Report a Hyper-V host whose physical memory or logical processor count differs from its manifest.',
    {
      memory:
        'host "{{name}}" has {{actual}} MiB of memory, not {{declared}} MiB; capacity checks use the manifest, so fix it (or the host, if memory is missing or failed)',
      processors:
        'host "{{name}}" has {{actual}} logical processors, not {{declared}}; fix the manifest (or check the BIOS: hyper-threading or cores disabled)',
    },
    [EXPORT],
  ),
  drift(
    'drift-vm-undeclared',
    'warning',
    'Report a virtual machine found on a host that no manifest declares.',
    {
      undeclared:
        'VM "{{name}}" runs on {{host}} but no VirtualMachine manifest declares it; add a manifest, or remove the VM',
    },
    [EXPORT],
  ),
  drift(
    'drift-vm-generation',
    'error',
    'Report a virtual machine whose generation differs from its manifest.',
    {
      generation:
        'VM "{{name}}" is generation {{actual}}, not {{declared}}; the generation cannot change after creation, so fix the manifest or rebuild the VM',
    },
    ['docs/domain.md §3.1 (generation fixed at creation)', EXPORT],
  ),
  drift(
    'drift-vm-controller',
    'error',
    'Report SCSI controllers that exist on a virtual machine but not in its manifest, or the other way round.',
    {
      missing:
        'VM "{{name}}" has no SCSI controller {{number}}; add it (Add-VMScsiController), or remove it from the manifest',
      undeclared:
        'VM "{{name}}" has SCSI controller {{number}}, which the manifest does not declare; add it to the manifest',
    },
    ['docs/domain.md §3.2, §3.5 (SCSI controllers)', EXPORT],
  ),
  drift(
    'drift-vm-drive',
    'error',
    'Report drives that are missing, added, moved or of another kind than the manifest declares.',
    {
      missing: 'VM "{{name}}" has no drive at {{slot}}; attach {{what}}, or remove it from the manifest',
      undeclared:
        'VM "{{name}}" has a {{kind}} at {{slot}} ({{path}}) that the manifest does not declare; add it to the manifest, or detach it',
      path: 'the drive of VM "{{name}}" at {{slot}} is "{{actual}}", not "{{declared}}"; attach the declared file, or fix the manifest',
      kind: 'VM "{{name}}" has a {{actual}} at {{slot}}, not a {{declared}}; fix the VM or the manifest',
    },
    [EXPORT],
  ),
  drift(
    'drift-vm-disk',
    'error',
    'Report virtual disks whose format (VHD, VHDX) or type (fixed, dynamic, differencing) differs from the manifest.',
    {
      format:
        'disk "{{path}}" of VM "{{name}}" is {{actual}}, not {{declared}}; convert it (Convert-VHD), or fix the manifest',
      type: 'disk "{{path}}" of VM "{{name}}" is {{actual}}, not {{declared}}; convert it (Convert-VHD -VHDType), or fix the manifest',
    },
    ['docs/domain.md §3.3, §3.4 (disk formats and types)', EXPORT],
  ),
  drift(
    'drift-vm-adapter',
    'error',
    'Report network adapters that are missing or undeclared, and static MAC addresses that differ from the manifest.',
    {
      missing:
        'VM "{{name}}" has no network adapter "{{adapter}}"; add it (Add-VMNetworkAdapter -Name), or remove it from the manifest',
      undeclared:
        'VM "{{name}}" has a network adapter "{{adapter}}" that the manifest does not declare; add it to the manifest, or remove it',
      mac: 'adapter "{{adapter}}" of VM "{{name}}" has MAC address {{actual}}, not {{declared}}; fix the adapter or the manifest',
    },
    [EXPORT],
  ),
  drift(
    'drift-vm-adapter-switch',
    'error',
    'Report a network adapter connected to another virtual switch than its manifest says.',
    {
      switch:
        'adapter "{{adapter}}" of VM "{{name}}" is connected to {{actual}}, not {{declared}}; run Connect-VMNetworkAdapter, or fix the manifest',
    },
    [EXPORT],
  ),
  drift(
    'drift-vm-adapter-vlan',
    'error',
    'Report a network adapter on another VLAN than its manifest says.',
    {
      vlan: 'adapter "{{adapter}}" of VM "{{name}}" is {{actual}}, not {{declared}}; run Set-VMNetworkAdapterVlan, or fix the manifest',
    },
    [EXPORT],
  ),
  drift(
    'drift-vm-mac-spoofing',
    'error',
    'Report a network adapter whose MAC address spoofing setting differs from its manifest.',
    {
      spoofing:
        'adapter "{{adapter}}" of VM "{{name}}" has MAC address spoofing {{actual}}, not {{declared}}; run Set-VMNetworkAdapter -MacAddressSpoofing {{fix}}, or fix the manifest',
    },
    ['docs/domain.md §1.6 (NLB needs MAC address spoofing)', EXPORT],
  ),
  drift(
    'drift-vm-checkpoint',
    'warning',
    'Report checkpoints that exist but are not declared, and declared checkpoints that no longer exist.',
    {
      present:
        'VM "{{name}}" has a {{type}} checkpoint "{{checkpoint}}"{{created}} that the manifest does not list; remove it (Remove-VMSnapshot) or declare it',
      gone: 'checkpoint "{{checkpoint}}" of VM "{{name}}" no longer exists; remove it from the manifest',
    },
    ['docs/domain.md §3.4, §4.3, §5.3 (checkpoints)', EXPORT],
  ),
  drift(
    'drift-nlb-missing',
    'error',
    'Report a declared NLB cluster that none of its audited nodes reports.',
    {
      missing:
        'NlbCluster "{{name}}" (VIP {{vip}}) is declared but no audited node reports it ({{where}}); create it, or remove the manifest',
    },
    ['docs/domain.md §1', EXPORT],
  ),
  drift(
    'drift-nlb-undeclared',
    'warning',
    'Report an NLB cluster found on a node that no manifest declares.',
    {
      undeclared:
        'NLB cluster "{{name}}" (VIP {{vip}}) runs on {{host}} but no NlbCluster manifest declares it; add a manifest',
    },
    ['docs/domain.md §1', EXPORT],
  ),
  drift(
    'drift-nlb-mode',
    'error',
    'Report an NLB cluster, or one of its nodes, in another operation mode than its manifest says.',
    {
      cluster:
        'NLB cluster "{{name}}" runs in {{actual}} mode, not {{declared}}; changing the mode changes the cluster MAC: follow KB 264645 (remove the VIP, set every node, add it back, clear switch ARP tables)',
      node: 'node "{{node}}" of NLB cluster "{{name}}" reports {{actual}} mode, not {{declared}}; all nodes must use one mode: set it on that node',
    },
    ['docs/domain.md §1.1, §1.2, §1.8', EXPORT],
  ),
  drift(
    'drift-nlb-vip',
    'error',
    'Report an NLB cluster whose virtual IP addresses do not include the declared VIP.',
    {
      vip: 'NLB cluster "{{name}}" has VIP {{actual}}, not {{declared}}; add the declared VIP (Add-NlbClusterVip), or fix the manifest',
    },
    ['docs/domain.md §1.1 (the VIP decides the cluster MAC)', EXPORT],
  ),
  drift(
    'drift-nlb-nodes',
    'error',
    'Report declared NLB nodes that are not in the cluster, and cluster nodes that are not declared.',
    {
      missing:
        'VM "{{node}}" is a declared node of NLB cluster "{{name}}" but the cluster does not have it; add it (Add-NlbClusterNode), or remove it from the manifest',
      undeclared:
        'NLB cluster "{{name}}" has node "{{node}}" that the manifest does not declare; add it to spec.nodes, or remove it from the cluster',
    },
    ['docs/domain.md §1', EXPORT],
  ),
  drift(
    'drift-switch-undeclared',
    'warning',
    'Report a switch configuration in the inventory that no Switch manifest declares.',
    {
      undeclared:
        'switch configuration {{file}} has no Switch manifest named "{{name}}"; add one, or name the file after the declared switch',
    },
    ['docs/drift.md (inventory layout)'],
  ),
  drift(
    'drift-bridge-group',
    'error',
    'Report bridge multicast groups and member ports or LAGs that differ between a switch and its manifest.',
    {
      missing:
        'switch "{{name}}" has no bridge multicast group {{group}} on VLAN {{vlan}}; add it (bridge multicast address), or remove it from the manifest',
      undeclared:
        'switch "{{name}}" has bridge multicast group {{group}} on VLAN {{vlan}}, which the manifest does not declare; add it to the manifest, or remove it',
      memberMissing:
        'bridge multicast group {{group}} on VLAN {{vlan}} of switch "{{name}}" lacks member {{member}}; add it (bridge multicast address {{group}} add {{command}} under interface vlan {{vlan}}), or remove it from the manifest',
      memberUndeclared:
        'bridge multicast group {{group}} on VLAN {{vlan}} of switch "{{name}}" has member {{member}}, which the manifest does not list; add it to the manifest, or remove it from the group',
    },
    ['docs/domain.md §1.2, §1.3, §2.1, §2.2', EXPORT],
  ),
  drift(
    'drift-switch-igmp-snooping',
    'error',
    'Report IGMP snooping switched on or off, globally or on a VLAN, against the switch manifest.',
    {
      global:
        'switch "{{name}}" has IGMP snooping {{actual}} globally, not {{declared}}; set "{{command}}", or fix the manifest',
      vlan: 'switch "{{name}}" has IGMP snooping {{actual}} on VLAN {{vlan}}, not {{declared}}; set "{{command}}" under interface vlan {{vlan}}, or fix the manifest',
    },
    ['docs/domain.md §1.2, §2.1 (IGMP mode needs snooping)'],
  ),
  drift(
    'drift-switch-static-arp',
    'error',
    'Report static ARP entries on a switch that are missing, undeclared or map to another MAC address than the manifest says.',
    {
      missing:
        'switch "{{name}}" has no static ARP entry for {{ip}}; add it (arp {{ip}} {{mac}} ...), or remove it from the manifest',
      undeclared:
        'switch "{{name}}" has a static ARP entry {{ip}} → {{mac}} that the manifest does not declare; a stale entry causes duplicate-IP warnings: remove it, or declare it',
      mac: 'the static ARP entry for {{ip}} on switch "{{name}}" maps to {{actual}}, not {{declared}}; fix the entry, then clear the ARP table',
    },
    ['docs/domain.md §1.5, §1.9 (static ARP entries)'],
  ),
];

export const DRIFT_RULE_IDS = new Set(DRIFT_RULES.map((meta) => meta.id));

export function driftRule(id: string): RuleMeta {
  const meta = DRIFT_RULES.find((m) => m.id === id);
  if (!meta) throw new Error(`unknown drift rule ${id}`);
  return meta;
}
