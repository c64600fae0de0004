/**
 * What a step lints: `paths` relative to `working-directory` (itself relative to the
 * workspace), and the config given, or else the nearest one upwards from the folder that holds
 * the paths. Reports stay relative to the workspace, where annotations and code scanning look.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ActionInputs } from './context.js';
import { findConfigFor } from '../config/load.js';

export interface Targets {
  /** Paths relative to the workspace. */
  paths: string[];
  /** The config file (absolute), or undefined for none. */
  config: string | undefined;
}

/** The step's targets, or an error message when working-directory is not a folder. */
export function resolveTargets(workspace: string, inputs: ActionInputs): Targets | string {
  const base = path.resolve(workspace, inputs.workingDirectory ?? '.');
  if (!fs.statSync(base, { throwIfNoEntry: false })?.isDirectory())
    return `working-directory "${inputs.workingDirectory}" is not a folder in ${workspace}`;
  const given = inputs.paths.length > 0 ? inputs.paths : ['.'];
  const paths = given.map((p) => path.relative(workspace, path.resolve(base, p)).split(path.sep).join('/') || '.');
  const config = inputs.config ? path.resolve(base, inputs.config) : findConfigFor(workspace, paths);
  return { paths, config };
}
