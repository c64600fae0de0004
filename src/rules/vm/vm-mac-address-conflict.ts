import { defineRule } from '../types.js';
import type { Manifest } from '../../model/estate.js';
import { normalizeMac } from '../../model/nlb.js';

type HyperVHost = Manifest<'HyperVHost'>;

/** A MAC as a 48-bit number (exact in a double). */
const macValue = (mac: string): number | undefined => {
  const canonical = normalizeMac(mac);
  return canonical === undefined ? undefined : parseInt(canonical.replace(/-/g, ''), 16);
};

export const vmMacAddressConflict = defineRule({
  meta: {
    id: 'vm-mac-address-conflict',
    severity: 'warning',
    area: 'vm',
    description:
      'Report static MAC addresses given to more than one VM network adapter, and dynamic MAC address pools of Hyper-V hosts that overlap.',
    fixable: false,
    messages: {
      duplicateStatic:
        'network adapter "{{adapter}}" of VM "{{vm}}" has static MAC {{mac}}, which network adapter "{{otherAdapter}}" of VM "{{other}}" also has: give each adapter its own MAC',
      poolOverlap:
        'the dynamic MAC address pool of host "{{host}}" ({{min}}–{{max}}) overlaps that of host "{{other}}" ({{otherMin}}–{{otherMax}}): VMs can get the same MAC, and duplicate-IP warnings follow when they meet; give every host its own range',
    },
    sources: [
      'docs/domain.md §1.9 (field: duplicate-IP warnings come from a real duplicate or from a migration to a cluster whose dynamic MAC pool differs; overlapping pools hand out the same MAC twice)',
    ],
  },
  check({ estate, report }) {
    // Static MACs: the first adapter with a MAC is the one the others are compared with.
    const seen = new Map<string, { vm: Manifest<'VirtualMachine'>; adapter: string; index: number }>();
    for (const vm of estate.of('VirtualMachine')) {
      (vm.spec.networkAdapters ?? []).forEach((adapter, i) => {
        if (adapter.macAddress === undefined) return;
        const mac = normalizeMac(adapter.macAddress);
        if (!mac || mac === '00-00-00-00-00-00') return;
        const first = seen.get(mac);
        if (!first) {
          seen.set(mac, { vm, adapter: adapter.name, index: i });
          return;
        }
        report({
          doc: vm,
          path: ['spec', 'networkAdapters', i, 'macAddress'],
          messageId: 'duplicateStatic',
          data: {
            adapter: adapter.name,
            vm: vm.name,
            mac: adapter.macAddress,
            otherAdapter: first.adapter,
            other: first.vm.name,
          },
          related: [
            {
              doc: first.vm,
              path: ['spec', 'networkAdapters', first.index, 'macAddress'],
              message: `network adapter "${first.adapter}" of VM "${first.vm.name}"`,
            },
          ],
        });
      });
    }
    // Pools: sorted by their start, each overlaps the pool that reaches furthest among those before it.
    const pools: Array<{ host: HyperVHost; min: number; max: number }> = [];
    for (const host of estate.of('HyperVHost')) {
      const pool = host.spec.macAddressPool;
      if (!pool) continue;
      const min = macValue(pool.minimum);
      const max = macValue(pool.maximum);
      if (min === undefined || max === undefined || max < min) continue;
      pools.push({ host, min, max });
    }
    pools.sort((a, b) => a.min - b.min || a.max - b.max);
    let reach: (typeof pools)[number] | undefined;
    for (const pool of pools) {
      if (reach && pool.min <= reach.max) {
        const other = reach.host;
        report({
          doc: pool.host,
          path: ['spec', 'macAddressPool'],
          target: 'key',
          messageId: 'poolOverlap',
          data: {
            host: pool.host.name,
            min: pool.host.spec.macAddressPool!.minimum,
            max: pool.host.spec.macAddressPool!.maximum,
            other: other.name,
            otherMin: other.spec.macAddressPool!.minimum,
            otherMax: other.spec.macAddressPool!.maximum,
          },
          related: [
            { doc: other, path: ['spec', 'macAddressPool'], target: 'key', message: `pool of host "${other.name}"` },
          ],
        });
      }
      if (!reach || pool.max > reach.max) reach = pool;
    }
  },
});
