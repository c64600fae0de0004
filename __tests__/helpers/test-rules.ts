/**
 * Small rules for testing the pipeline around rules (filters, suppressions, baselines, fixes)
 * without depending on any real rule's logic.
 */
import type { Rule } from '../../src/rules/types.js';

/** Reports every VirtualMachine whose name starts with BAD, on the name. */
export const badName: Rule = {
  meta: {
    id: 'test-bad-name',
    severity: 'error',
    area: 'core',
    description: 'Report virtual machines named BAD*.',
    fixable: false,
    messages: { bad: 'virtual machine "{{name}}" is named BAD: rename it' },
    sources: ['test'],
  },
  check({ estate, report }) {
    for (const vm of estate.of('VirtualMachine')) {
      if (vm.name.startsWith('BAD'))
        report({ doc: vm, path: ['metadata', 'name'], messageId: 'bad', data: { name: vm.name } });
    }
  },
};

/** Fixable: network adapter MACs must be lower-case and colon-separated. */
export const macColons: Rule = {
  meta: {
    id: 'test-mac-colons',
    severity: 'warning',
    area: 'vm',
    description: 'Require lower-case, colon-separated MACs on VM adapters.',
    fixable: true,
    messages: { style: 'write MAC "{{mac}}" as {{fixed}}' },
    sources: ['test'],
  },
  check({ estate, report }) {
    for (const vm of estate.of('VirtualMachine')) {
      const adapters = (vm.spec as { networkAdapters?: Array<{ macAddress?: string }> }).networkAdapters ?? [];
      adapters.forEach((adapter, i) => {
        const mac = adapter.macAddress;
        if (mac === undefined) return;
        const fixed = mac.toLowerCase().replace(/-/g, ':');
        if (fixed === mac) return;
        const path = ['spec', 'networkAdapters', i, 'macAddress'];
        report({
          doc: vm,
          path,
          messageId: 'style',
          data: { mac, fixed },
          fix: { description: `write the MAC as ${fixed}`, edits: [{ doc: vm, path, text: fixed }] },
        });
      });
    }
  },
};

/** Fixable: VM names upper-case. Its fix overlaps nameSuffix's. */
export const upperName: Rule = {
  meta: {
    id: 'test-upper-name',
    severity: 'warning',
    area: 'vm',
    description: 'Require upper-case VM names.',
    fixable: true,
    messages: { upper: 'write "{{name}}" in upper case' },
    sources: ['test'],
  },
  check({ estate, report }) {
    for (const vm of estate.of('VirtualMachine')) {
      const upper = vm.name.toUpperCase();
      if (upper !== vm.name)
        report({
          doc: vm,
          path: ['metadata', 'name'],
          messageId: 'upper',
          data: { name: vm.name },
          fix: { description: `rename to ${upper}`, edits: [{ doc: vm, path: ['metadata', 'name'], text: upper }] },
        });
    }
  },
};

/** Fixable: VM names end in -VM. */
export const nameSuffix: Rule = {
  meta: {
    id: 'test-name-suffix',
    severity: 'warning',
    area: 'vm',
    description: 'Require VM names to end in -VM.',
    fixable: true,
    messages: { suffix: 'end "{{name}}" with -VM' },
    sources: ['test'],
  },
  check({ estate, report }) {
    for (const vm of estate.of('VirtualMachine')) {
      if (!/-vm$/i.test(vm.name))
        report({
          doc: vm,
          path: ['metadata', 'name'],
          messageId: 'suffix',
          data: { name: vm.name },
          fix: {
            description: `rename to ${vm.name}-VM`,
            edits: [{ doc: vm, path: ['metadata', 'name'], text: `${vm.name}-VM` }],
          },
        });
    }
  },
};

export function vm(name: string, extra = ''): string {
  return `apiVersion: hvlint/v1
kind: VirtualMachine
metadata:
  name: ${name}
spec:
  generation: 2
  host: HV01
${extra}`;
}
