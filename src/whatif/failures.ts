/**
 * The elements whose loss the what-if simulation tries: each host, each switch, each LAG of a
 * switch. A failure is named on the command line as `host:HV02`, `switch:SW-CORE01` or
 * `lag:SW-CORE01/1`, and in messages as `host "HV02"`, `switch "SW-CORE01"`, `LAG 1 of switch "SW-CORE01"`.
 */
import { nameKey, type Estate, type Manifest } from '../model/estate.js';
import type { JsonPath } from '../load/yaml/locate.js';
import { closest } from '../util/strings.js';

type Host = Manifest<'HyperVHost'>;
type Switch = Manifest<'Switch'>;

export type Failure =
  | { kind: 'host'; host: Host }
  | { kind: 'switch'; switch: Switch }
  | { kind: 'lag'; switch: Switch; lag: number; lagIndex: number };

export const FAILURE_KINDS = ['host', 'switch', 'lag'] as const;

/** `host:HV02`, `switch:SW-CORE01`, `lag:SW-CORE01/1`: what `--fail` takes and JSON reports carry. */
export function failureId(failure: Failure): string {
  switch (failure.kind) {
    case 'host':
      return `host:${failure.host.name}`;
    case 'switch':
      return `switch:${failure.switch.name}`;
    case 'lag':
      return `lag:${failure.switch.name}/${failure.lag}`;
  }
}

/** How messages name a failure. */
export function describeFailure(failure: Failure): string {
  switch (failure.kind) {
    case 'host':
      return `host "${failure.host.name}"`;
    case 'switch':
      return `switch "${failure.switch.name}"`;
    case 'lag':
      return `LAG ${failure.lag} of switch "${failure.switch.name}"`;
  }
}

/** The document and path that declare the failed element (a related location of every consequence). */
export function failureLocation(failure: Failure): { doc: Host | Switch; path: JsonPath } {
  switch (failure.kind) {
    case 'host':
      return { doc: failure.host, path: ['metadata', 'name'] };
    case 'switch':
      return { doc: failure.switch, path: ['metadata', 'name'] };
    case 'lag':
      return { doc: failure.switch, path: ['spec', 'lags', failure.lagIndex, 'id'] };
  }
}

/** Every single failure the sweep tries, in estate order: hosts, then switches, then each switch's LAGs. */
export function allFailures(estate: Estate): Failure[] {
  const failures: Failure[] = estate.of('HyperVHost').map((host) => ({ kind: 'host', host }) as const);
  for (const sw of estate.of('Switch')) failures.push({ kind: 'switch', switch: sw });
  for (const sw of estate.of('Switch'))
    (sw.spec.lags ?? []).forEach((lag, lagIndex) => failures.push({ kind: 'lag', switch: sw, lag: lag.id, lagIndex }));
  return failures;
}

/** Parse a `--fail` value against the estate; an error says what is wrong and what would be right. */
export function parseFailure(estate: Estate, text: string): Failure | { error: string } {
  const colon = text.indexOf(':');
  const kind = colon < 0 ? '' : text.slice(0, colon).toLowerCase();
  const name = colon < 0 ? '' : text.slice(colon + 1).trim();
  if (!(FAILURE_KINDS as readonly string[]).includes(kind) || name === '')
    return { error: `--fail "${text}" is not host:<name>, switch:<name> or lag:<switch>/<id>` };
  if (kind === 'host') {
    const host = estate.get('HyperVHost', name);
    return host ? { kind: 'host', host } : { error: unknown('HyperVHost', name, estate.of('HyperVHost')) };
  }
  const slash = name.lastIndexOf('/');
  const switchName = kind === 'lag' ? (slash < 0 ? '' : name.slice(0, slash)) : name;
  if (kind === 'lag' && (slash < 0 || !/^[0-9]+$/.test(name.slice(slash + 1))))
    return { error: `--fail "${text}": a LAG is named lag:<switch>/<id>, e.g. lag:SW-CORE01/1` };
  const sw = estate.get('Switch', switchName);
  if (!sw) return { error: unknown('Switch', switchName, estate.of('Switch')) };
  if (kind === 'switch') return { kind: 'switch', switch: sw };
  const id = Number(name.slice(slash + 1));
  const lagIndex = (sw.spec.lags ?? []).findIndex((lag) => lag.id === id);
  if (lagIndex < 0) {
    const ids = (sw.spec.lags ?? []).map((lag) => lag.id);
    return {
      error: `switch "${sw.name}" declares no LAG ${id}${ids.length ? `: it has ${ids.join(', ')}` : ': it declares none'}`,
    };
  }
  return { kind: 'lag', switch: sw, lag: id, lagIndex };
}

function unknown(kind: string, name: string, docs: Array<{ name: string }>): string {
  const hint = closest(
    name,
    docs.map((d) => d.name),
  );
  return `${kind} "${name}" is not declared${hint ? ` (did you mean "${hint}"?)` : ''}`;
}

/** Failures in one canonical order (for deterministic output when several are given). */
export function sameFailure(a: Failure, b: Failure): boolean {
  return nameKey(failureId(a)) === nameKey(failureId(b));
}
