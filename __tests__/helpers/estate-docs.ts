/**
 * Small builders for VM, backup and cluster fixtures, and `pos` to find where a token sits in a
 * fixture, so expected lines and columns follow the text instead of being counted by hand.
 */

/** Strip the common indentation of a template literal and its leading newline. Raw: `\` stays a backslash (Windows paths). */
export function y(strings: TemplateStringsArray, ...values: unknown[]): string {
  const raw = strings.raw.reduce((out, s, i) => out + s + (i < values.length ? String(values[i]) : ''), '');
  const lines = raw
    .replace(/^\n/, '')
    .replace(/\n\s*$/, '\n')
    .split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.match(/^ */)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
}

/** 1-based line and column of the `nth` occurrence of `needle` in `text`. */
export function pos(text: string, needle: string, nth = 1): { line: number; column: number } {
  let at = -1;
  for (let i = 0; i < nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at === -1) throw new Error(`"${needle}" occurs fewer than ${nth} times in the fixture`);
  }
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  return { line, column: at - before.lastIndexOf('\n') };
}

export const docs = (...documents: string[]): string => documents.join('---\n');

/** Indent every line of a block by `n` spaces. */
const indent = (block: string, n: number): string =>
  block
    .split('\n')
    .map((l) => (l ? ' '.repeat(n) + l : l))
    .join('\n');

export function cluster(
  name: string,
  options: {
    domain?: string;
    nodes?: string[];
    volumes?: Array<{ name: string; path: string; storage?: string }>;
  } = {},
): string {
  const volumes = options.volumes ?? [];
  return (
    y`
    apiVersion: hvlint/v1
    kind: HyperVCluster
    metadata:
      name: ${name}
    spec:
      domain: ${options.domain ?? 'corp.example.com'}
      nodes: [${(options.nodes ?? ['HV01', 'HV02']).join(', ')}]
  ` +
    (volumes.length
      ? '  sharedVolumes:\n' +
        volumes
          .map(
            (v) =>
              `    - name: ${v.name}\n      path: ${v.path}\n${v.storage ? `      lun: { storage: ${v.storage} }\n` : ''}`,
          )
          .join('')
      : '')
  );
}

export function host(name: string, options: { domain?: string; cluster?: string; os?: string } = {}): string {
  return (
    y`
    apiVersion: hvlint/v1
    kind: HyperVHost
    metadata:
      name: ${name}
    spec:
      os: ${options.os ?? 'windows-server-2019'}
      domain: ${options.domain ?? 'corp.example.com'}
  ` + (options.cluster ? `  cluster: ${options.cluster}\n` : '')
  );
}

/** A VirtualMachine; `spec` is the YAML under spec: (without indentation), `labels` optional. */
export function vm(name: string, spec: string, labels: Record<string, string> = {}): string {
  const labelBlock = Object.keys(labels).length
    ? '  labels:\n' +
      Object.entries(labels)
        .map(([k, v]) => `    ${k}: ${v}\n`)
        .join('')
    : '';
  return `apiVersion: hvlint/v1\nkind: VirtualMachine\nmetadata:\n  name: ${name}\n${labelBlock}spec:\n${indent(spec.endsWith('\n') ? spec : spec + '\n', 2)}`;
}

/** A BackupJob; `targets` is the YAML list under targets: (without indentation). */
export function job(
  name: string,
  targets: string,
  extra: { consistency?: string; vssProvider?: string; online?: boolean; offHostProxy?: string } = {},
): string {
  return (
    `apiVersion: hvlint/v1\nkind: BackupJob\nmetadata:\n  name: ${name}\nspec:\n  targets:\n${indent(targets.endsWith('\n') ? targets : targets + '\n', 4)}` +
    `  consistency: ${extra.consistency ?? 'crash'}\n  vssProvider: ${extra.vssProvider ?? 'hardware'}\n` +
    (extra.offHostProxy ? `  offHostProxy: ${extra.offHostProxy}\n` : '') +
    (extra.online !== undefined ? `  online: ${extra.online}\n` : '')
  );
}

export function dc(name: string, domain: string, placement: { vm?: string; physicalServer?: string }): string {
  const where = placement.vm ? `vm: ${placement.vm}` : `physicalServer: ${placement.physicalServer}`;
  return `apiVersion: hvlint/v1\nkind: DomainController\nmetadata:\n  name: ${name}\nspec:\n  domain: ${domain}\n  ${where}\n`;
}

/** A generation 2 VM spec with one SCSI system disk at `path`, placed on `placement` (e.g. "host: HV01"). */
export function gen2(placement: string, path = 'D:\\VMs\\system.vhdx', more = ''): string {
  return `generation: 2\n${placement}\ncontrollers:\n  - type: scsi\n    number: 0\n    drives:\n      - location: 0\n        path: ${path}\n        boot: true\n${more}`;
}

/** Position of the value in the `nth` occurrence of `key: value` (e.g. `valuePos(text, 'location: 1')`). */
export function valuePos(text: string, keyValue: string, nth = 1): { line: number; column: number } {
  const at = pos(text, keyValue, nth);
  return { line: at.line, column: at.column + keyValue.indexOf(': ') + 2 };
}
