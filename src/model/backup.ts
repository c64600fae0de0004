/**
 * Backup coverage: which VMs each BackupJob target picks, and which jobs cover each VM.
 * A target is a VM name (case-insensitive), a minimatch glob over VM names (case-insensitive)
 * or a label selector (every pair must match exactly). Built once per estate: name targets
 * go through the name index, selectors through a label index, and each glob is compiled once
 * and tried against the VM names that start with its literal prefix (matchGlobs).
 */
import { Minimatch } from 'minimatch';
import type { BackupTarget } from './kinds.js';
import type { Estate, Manifest } from './estate.js';

type VirtualMachine = Manifest<'VirtualMachine'>;
type BackupJob = Manifest<'BackupJob'>;

export interface TargetRef {
  job: BackupJob;
  /** Index in the job's spec.targets. */
  index: number;
  target: BackupTarget;
}

export interface BackupCoverage {
  /** VMs each target of a job picks, by target index (estate order, no duplicates). */
  matchesOf(job: BackupJob): VirtualMachine[][];
  /** Every VM a job covers, once each, in estate order. */
  vmsOf(job: BackupJob): VirtualMachine[];
  /** Targets that pick a VM, in job order then target order. */
  targetsOf(vm: VirtualMachine): TargetRef[];
  /** Jobs that cover a VM, once each, in job order. */
  jobsOf(vm: VirtualMachine): BackupJob[];
}

/** How a job target describes itself in messages: `vm "DC01"`, `match "WEB*"`, `selector backup=required`. */
export function describeTarget(target: BackupTarget): string {
  if ('vm' in target) return `vm "${target.vm}"`;
  if ('match' in target) return `match "${target.match}"`;
  return `selector ${Object.entries(target.selector)
    .map(([k, v]) => `${k}=${v}`)
    .join(',')}`;
}

/** Compile a name glob. Names hold no `/` or `\`, so path semantics never apply; `#` and a leading `!` keep minimatch's meaning. */
export function compileNameGlob(pattern: string): Minimatch {
  return new Minimatch(pattern, { nocase: true, dot: true, platform: 'linux' });
}

export function backupCoverage(estate: Estate): BackupCoverage {
  return estate.index('backup:coverage', () => build(estate));
}

function build(estate: Estate): BackupCoverage {
  const vms = estate.of('VirtualMachine');
  const order = new Map<VirtualMachine, number>(vms.map((vm, i) => [vm, i]));
  const byLabel = new Map<string, VirtualMachine[]>();
  for (const vm of vms) {
    for (const [key, value] of Object.entries(vm.labels)) {
      const k = labelKey(key, value);
      const list = byLabel.get(k);
      if (list) list.push(vm);
      else byLabel.set(k, [vm]);
    }
  }

  const matches = new Map<BackupJob, VirtualMachine[][]>();
  const globTargets: Array<{ glob: Minimatch; found: VirtualMachine[] }> = [];
  for (const job of estate.of('BackupJob')) {
    const perTarget = job.spec.targets.map((target): VirtualMachine[] => {
      if ('vm' in target) {
        const vm = estate.get('VirtualMachine', target.vm);
        return vm ? [vm] : [];
      }
      if ('match' in target) {
        const found: VirtualMachine[] = [];
        globTargets.push({ glob: compileNameGlob(target.match), found });
        return found;
      }
      return selectByLabels(byLabel, target.selector);
    });
    matches.set(job, perTarget);
  }
  matchGlobs(vms, globTargets);

  const byVm = new Map<VirtualMachine, TargetRef[]>();
  const jobVms = new Map<BackupJob, VirtualMachine[]>();
  for (const [job, perTarget] of matches) {
    const covered = new Set<VirtualMachine>();
    perTarget.forEach((found, index) => {
      for (const vm of found) {
        covered.add(vm);
        const refs = byVm.get(vm);
        const ref = { job, index, target: job.spec.targets[index]! };
        if (refs) refs.push(ref);
        else byVm.set(vm, [ref]);
      }
    });
    jobVms.set(
      job,
      [...covered].sort((a, b) => order.get(a)! - order.get(b)!),
    );
  }

  return {
    matchesOf: (job) => matches.get(job) ?? [],
    vmsOf: (job) => jobVms.get(job) ?? [],
    targetsOf: (vm) => byVm.get(vm) ?? [],
    jobsOf: (vm) => {
      const jobs: BackupJob[] = [];
      for (const ref of byVm.get(vm) ?? []) if (jobs[jobs.length - 1] !== ref.job) jobs.push(ref.job);
      return jobs;
    },
  };
}

const labelKey = (key: string, value: string): string => `${key}\u0000${value}`;

/**
 * Try each glob only on the names that start with its literal prefix (most globs look like
 * `SITE-WEB*`): VMs × name length lookups, plus VMs × the globs that have no prefix, instead
 * of VMs × globs. Prefixes are plain ASCII and compared lowercased, which is what the globs'
 * `nocase` does for ASCII names; a name with other characters is tried on every glob.
 */
function matchGlobs(vms: VirtualMachine[], globTargets: Array<{ glob: Minimatch; found: VirtualMachine[] }>): void {
  const byPrefix = new Map<string, Array<{ glob: Minimatch; found: VirtualMachine[] }>>();
  const lengths = new Set<number>();
  for (const target of globTargets) {
    const pattern = target.glob.pattern;
    // Minimatch strips a leading `!` from `pattern`: a negated glob matches names without the prefix.
    const prefix = target.glob.negate || target.glob.comment ? '' : /^[A-Za-z0-9 _.-]*/.exec(pattern)![0].toLowerCase();
    const list = byPrefix.get(prefix);
    if (list) list.push(target);
    else byPrefix.set(prefix, [target]);
    lengths.add(prefix.length);
  }
  const sortedLengths = [...lengths].sort((a, b) => a - b);
  for (const vm of vms) {
    const name = vm.name;
    if (!/^[\x20-\x7e]*$/.test(name)) {
      for (const { glob, found } of globTargets) if (glob.match(name)) found.push(vm);
      continue;
    }
    const lower = name.toLowerCase();
    for (const length of sortedLengths) {
      if (length > lower.length) break;
      const candidates = byPrefix.get(lower.slice(0, length));
      if (candidates) for (const { glob, found } of candidates) if (glob.match(name)) found.push(vm);
    }
  }
}

/** VMs carrying every pair of a selector: start from the rarest pair's VMs and filter. */
function selectByLabels(byLabel: Map<string, VirtualMachine[]>, selector: Record<string, string>): VirtualMachine[] {
  const pairs = Object.entries(selector);
  let rarest: VirtualMachine[] | undefined;
  for (const [key, value] of pairs) {
    const list = byLabel.get(labelKey(key, value)) ?? [];
    if (!rarest || list.length < rarest.length) rarest = list;
  }
  return (rarest ?? []).filter((vm) => pairs.every(([key, value]) => vm.labels[key] === value));
}

/** Whether a VM's labels carry `label: value`. */
export function hasLabel(vm: VirtualMachine, label: string, value: string): boolean {
  return Object.prototype.hasOwnProperty.call(vm.labels, label) && vm.labels[label] === value;
}
