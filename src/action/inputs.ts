/**
 * The action's inputs, from action.yml's names to typed values. Pure: the runner's
 * `INPUT_<NAME>` lookup is passed in. Wrong values are errors that say what is accepted.
 */
import { FILTER_MODES, parseFilterMode } from '../filter/scope.js';
import { FAIL_ON, MODES, type ActionInputs, type ActionMode, type FailOn } from './context.js';

export class InputError extends Error {}

/** Newline-separated list (one path per line, so paths may hold spaces); blank lines and # comments ignored. */
export function parseList(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** YAML 1.2 core schema booleans, as @actions/core's getBooleanInput reads them. */
export function parseBoolean(name: string, value: string, fallback: boolean): boolean {
  const v = value.trim();
  if (v === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(v)) return true;
  if (['false', 'False', 'FALSE'].includes(v)) return false;
  throw new InputError(`input "${name}" must be true or false; got "${v}"`);
}

function oneOf<T extends string>(name: string, value: string, accepted: readonly T[], fallback: T): T {
  const v = value.trim().toLowerCase();
  if (v === '') return fallback;
  if ((accepted as readonly string[]).includes(v)) return v as T;
  throw new InputError(`input "${name}" must be one of ${[...accepted].sort().join(', ')}; got "${value.trim()}"`);
}

/** Read every input; `get(name)` returns the raw value ('' when unset). */
export function parseInputs(get: (name: string) => string): ActionInputs {
  const raw = (name: string): string => (get(name) ?? '').trim();
  const filterModeText = raw('filter-mode');
  const filterMode = filterModeText === '' ? 'added' : parseFilterMode(filterModeText);
  if (!filterMode)
    throw new InputError(`input "filter-mode" must be one of ${[...FILTER_MODES].join(', ')}; got "${filterModeText}"`);
  const optional = (name: string): string | undefined => raw(name) || undefined;
  return {
    mode: oneOf<ActionMode>('mode', raw('mode'), MODES, 'lint'),
    paths: parseList(get('paths') ?? ''),
    workingDirectory: optional('working-directory'),
    config: optional('config'),
    failOn: oneOf<FailOn>('fail-on', raw('fail-on'), FAIL_ON, 'error'),
    filterMode,
    sarifFile: optional('sarif-file'),
    checkName: raw('check-name'),
    annotate: parseBoolean('annotate', raw('annotate'), true),
    whatifSummary: parseBoolean('whatif-summary', raw('whatif-summary'), true),
    githubToken: raw('github-token'),
    baseline: optional('baseline'),
    get: raw,
  };
}
