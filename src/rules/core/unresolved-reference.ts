import { defineRule, type RuleContext } from '../types.js';
import type { ManifestDocument } from '../../model/document.js';
import { teamUplinks, type Kind } from '../../model/kinds.js';
import { adapterNamed } from '../../model/adapters.js';
import { closest, SuggestionIndex } from '../../util/strings.js';

const messages = {
  missing: '{{kind}} "{{name}}" is not declared: add its manifest or fix the name{{hint}}',
  missingLag: 'switch "{{switch}}" has no LAG {{lag}}: declare it under spec.lags or fix the id',
  missingPort: 'switch "{{switch}}" has no port "{{port}}": declare it under spec.ports or fix the name{{hint}}',
  missingAdapter: 'VirtualMachine "{{vm}}" has no network adapter "{{adapter}}"{{hint}}',
};
type MessageId = keyof typeof messages;

type Path = Array<string | number>;

export const unresolvedReference = defineRule({
  meta: {
    id: 'unresolved-reference',
    severity: 'error',
    area: 'core',
    description: 'Report a reference to a host, cluster, VM, switch, LAG or adapter that no manifest declares.',
    fixable: false,
    messages,
    sources: ['hvlint design'],
  },
  check(context) {
    const { estate } = context;
    const ref = (doc: ManifestDocument, path: Path, kind: Kind, name: string | undefined): boolean =>
      expectDeclared(context, doc, path, kind, name);

    for (const vm of estate.of('VirtualMachine')) {
      if (vm.spec.host) ref(vm, ['spec', 'host'], 'HyperVHost', vm.spec.host);
      if (vm.spec.cluster) ref(vm, ['spec', 'cluster'], 'HyperVCluster', vm.spec.cluster);
      for (const field of ['preferredOwners', 'possibleOwners'] as const)
        vm.spec[field]?.forEach((owner, i) => ref(vm, ['spec', field, i], 'HyperVHost', owner));
    }
    for (const host of estate.of('HyperVHost')) {
      if (host.spec.cluster) ref(host, ['spec', 'cluster'], 'HyperVCluster', host.spec.cluster);
      (host.spec.nicTeams ?? []).forEach((team, i) => {
        for (const { uplink, path: at } of teamUplinks(team, i)) {
          if (!ref(host, [...at, 'switch'], 'Switch', uplink.switch)) continue;
          const sw = estate.get('Switch', uplink.switch);
          if (!sw) continue;
          if (uplink.lag !== undefined && !(sw.spec.lags ?? []).some((l) => l.id === uplink.lag)) {
            context.report({
              doc: host,
              path: [...at, 'lag'],
              messageId: 'missingLag',
              data: { switch: sw.name, lag: uplink.lag },
              related: [{ doc: sw, path: ['spec', 'lags'], message: `LAGs of switch "${sw.name}"`, target: 'key' }],
            });
          }
          const ports = sw.spec.ports ?? [];
          const port = uplink.port;
          if (
            port !== undefined &&
            ports.length > 0 &&
            !ports.some((p) => p.name.toLowerCase() === port.toLowerCase())
          ) {
            const hint = closest(
              port,
              ports.map((p) => p.name),
            );
            context.report({
              doc: host,
              path: [...at, 'port'],
              messageId: 'missingPort',
              data: { switch: sw.name, port, hint: hint ? ` (did you mean "${hint}"?)` : '' },
            });
          }
        }
      });
    }
    for (const cluster of estate.of('HyperVCluster')) {
      cluster.spec.nodes.forEach((node, i) => ref(cluster, ['spec', 'nodes', i], 'HyperVHost', node));
    }
    for (const nlb of estate.of('NlbCluster')) {
      nlb.spec.nodes.forEach((node, i) => {
        if (!ref(nlb, ['spec', 'nodes', i, 'vm'], 'VirtualMachine', node.vm)) return;
        const vm = estate.get('VirtualMachine', node.vm);
        if (!vm) return;
        const adapters = vm.spec.networkAdapters ?? [];
        if (!adapterNamed(vm.spec, node.adapter)) {
          const hint = closest(
            node.adapter,
            adapters.map((a) => a.name),
          );
          context.report({
            doc: nlb,
            path: ['spec', 'nodes', i, 'adapter'],
            messageId: 'missingAdapter',
            data: {
              vm: vm.name,
              adapter: node.adapter,
              hint: hint
                ? ` (did you mean "${hint}"?)`
                : adapters.length
                  ? `: it has ${adapters.map((a) => `"${a.name}"`).join(', ')}`
                  : ': it declares none',
            },
            related: [
              {
                doc: vm,
                path: ['spec', 'networkAdapters'],
                message: `adapters of VirtualMachine "${vm.name}"`,
                target: 'key',
              },
            ],
          });
        }
      });
    }
    for (const job of estate.of('BackupJob')) {
      job.spec.targets.forEach((target, i) => {
        if ('vm' in target) ref(job, ['spec', 'targets', i, 'vm'], 'VirtualMachine', target.vm);
      });
    }
    for (const dc of estate.of('DomainController')) {
      if (dc.spec.vm) ref(dc, ['spec', 'vm'], 'VirtualMachine', dc.spec.vm);
    }
    for (const sw of estate.of('Switch')) {
      const lagIds = new Set((sw.spec.lags ?? []).map((l) => l.id));
      const portNames = new Set((sw.spec.ports ?? []).map((p) => p.name.toLowerCase()));
      const checkPort = (path: Path, port: string): void => {
        if (portNames.size > 0 && !portNames.has(port.toLowerCase())) {
          const hint = closest(
            port,
            (sw.spec.ports ?? []).map((p) => p.name),
          );
          context.report({
            doc: sw,
            path,
            messageId: 'missingPort',
            data: { switch: sw.name, port, hint: hint ? ` (did you mean "${hint}"?)` : '' },
          });
        }
      };
      const checkLag = (path: Path, lag: number): void => {
        if (!lagIds.has(lag))
          context.report({ doc: sw, path, messageId: 'missingLag', data: { switch: sw.name, lag } });
      };
      (sw.spec.lags ?? []).forEach((lag, i) =>
        (lag.members ?? []).forEach((port, j) => checkPort(['spec', 'lags', i, 'members', j], port)),
      );
      (sw.spec.ports ?? []).forEach((port, i) => {
        if (port.lag !== undefined) checkLag(['spec', 'ports', i, 'lag'], port.lag);
      });
      for (const listName of ['bridgeMulticastGroups', 'staticMac'] as const) {
        (sw.spec[listName] ?? []).forEach((entry, i) => {
          (entry.ports ?? []).forEach((port, j) => checkPort(['spec', listName, i, 'ports', j], port));
          (entry.lags ?? []).forEach((lag, j) => checkLag(['spec', listName, i, 'lags', j], lag));
        });
      }
    }
  },
});

function expectDeclared(
  context: RuleContext<Record<string, unknown>, MessageId>,
  doc: ManifestDocument,
  path: Path,
  kind: Kind,
  name: string | undefined,
): boolean {
  if (name === undefined) return false;
  if (context.estate.declared(kind, name).length > 0) return true;
  // An index, not a scan: a large estate with many typos would compare every typo with every name.
  const suggestions = context.estate.index(
    `name-suggestions:${kind}`,
    () => new SuggestionIndex([...context.estate.namesOf(kind).values()].map((docs) => docs[0]!.name)),
  );
  const hint = suggestions.closest(name);
  context.report({
    doc,
    path,
    messageId: 'missing',
    data: { kind, name, hint: hint ? ` (did you mean "${hint}"?)` : '' },
  });
  return false;
}
