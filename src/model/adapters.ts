/**
 * A VM's network adapter by name, as NLB nodes, drift and the what-if simulation refer to it
 * (`nodes[].adapter`). Names compare like every other name in the estate (`nameKey`).
 */
import { nameKey } from './estate.js';
import type { NetworkAdapter, VirtualMachineSpec } from './kinds.js';

/** The adapter called `name` and its index in `spec.networkAdapters`, or undefined. */
export function adapterNamed(
  spec: Pick<VirtualMachineSpec, 'networkAdapters'>,
  name: string,
): { adapter: NetworkAdapter; index: number } | undefined {
  const adapters = spec.networkAdapters ?? [];
  const key = nameKey(name);
  const index = adapters.findIndex((a) => nameKey(a.name) === key);
  return index < 0 ? undefined : { adapter: adapters[index]!, index };
}
