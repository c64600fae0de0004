/**
 * The single-failure sweep: every host, switch and LAG in turn (or the failures given), each
 * simulated on its own. The N-1 rules share one sweep per estate through `estate.index`, and
 * group a consequence that several failures cause into one finding that names them all.
 */
import type { Estate } from '../model/estate.js';
import type { Report } from '../rules/types.js';
import { allFailures, describeFailure, failureLocation, type Failure } from './failures.js';
import { simulate, type Consequence, type Outcome, type WhatIfRuleId } from './simulate.js';

/** Every single failure of the estate, simulated once per estate. */
export function sweep(estate: Estate): Outcome[] {
  return estate.index('whatif.sweep', () => allFailures(estate).map((failure) => simulate(estate, failure)));
}

/** Simulate the given failures, or all of them. */
export function whatIf(estate: Estate, failures?: Failure[]): Outcome[] {
  return failures ? failures.map((failure) => simulate(estate, failure)) : sweep(estate);
}

/** How a message names the failures behind one consequence: `host "HV01" or host "HV02"`. */
export function describeFailures(failures: Failure[]): string {
  const names = failures.map(describeFailure);
  if (names.length <= 1) return names[0] ?? '';
  const shown = names.length > 4 ? [...names.slice(0, 3), `${names.length - 3} more`] : names;
  return `${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1]}`;
}

/**
 * The reports of one rule: consequences with the same key merged, their failures listed.
 * Consequences another rule's finding covers are left to it (Consequence.coveredBy).
 */
export function reportsFor(
  outcomes: Outcome[],
  rule: WhatIfRuleId,
  keep: (consequence: Consequence, failures: Failure[]) => boolean = () => true,
  options: { includeCovered?: boolean } = {},
): Report[] {
  const groups = new Map<string, { consequence: Consequence; failures: Failure[] }>();
  for (const outcome of outcomes)
    for (const consequence of outcome.consequences) {
      if (consequence.rule !== rule || (consequence.coveredBy && !options.includeCovered)) continue;
      const group = groups.get(consequence.key);
      if (group) group.failures.push(outcome.failure);
      else groups.set(consequence.key, { consequence, failures: [outcome.failure] });
    }
  return [...groups.values()]
    .filter(({ consequence, failures }) => keep(consequence, failures))
    .map(({ consequence, failures }) => toReport(consequence, failures));
}

export function toReport(consequence: Consequence, failures: Failure[]): Report {
  return {
    doc: consequence.doc,
    path: consequence.path,
    ...(consequence.target ? { target: consequence.target } : {}),
    messageId: consequence.messageId,
    data: { ...consequence.data, failure: describeFailures(failures) },
    related: [
      ...failures.slice(0, 3).map((failure) => ({
        ...failureLocation(failure),
        message: `the failed ${describeFailure(failure)}`,
      })),
      ...consequence.related,
    ],
  };
}
