/**
 * What every mode of the action (lint, drift) gets: the parsed inputs, a facade over
 * @actions/core, an authenticated Octokit, the repository, the event and the job summary.
 * Built once from the runner's environment in main.ts; tests build it by hand.
 */
import type { getOctokit } from '@actions/github';
import type { Severity } from '../types.js';
import type { FilterMode } from '../filter/scope.js';
import type { AnnotationProperties } from '../report/github.js';

export type Octokit = ReturnType<typeof getOctokit>;

export const MODES = ['lint', 'drift'] as const;
export type ActionMode = (typeof MODES)[number];

export const FAIL_ON = ['error', 'warning', 'notice', 'never'] as const;
export type FailOn = Severity | 'never';

export interface ActionInputs {
  mode: ActionMode;
  /** Files and directories to lint, relative to working-directory; default: working-directory. */
  paths: string[];
  /** Folder (relative to the workspace) that paths and config are relative to; default: the workspace. */
  workingDirectory?: string;
  /** Config file; default: the nearest .hvlint.yml. */
  config?: string;
  failOn: FailOn;
  filterMode: FilterMode;
  /** Where to write SARIF, relative to the workspace; unset: no SARIF. */
  sarifFile?: string;
  /** Name of the check run; '' for none. */
  checkName: string;
  /** Annotate findings (workflow commands and the check run). */
  annotate: boolean;
  /** Add the what-if table and diagram (single failures) to the job summary. */
  whatifSummary: boolean;
  githubToken: string;
  /** Baseline file of accepted findings, passed on to the lint. */
  baseline?: string;
  /** Any input by the name action.yml gives it ('' when unset), for a mode's own inputs. */
  get(name: string): string;
}

/** The parts of @actions/core the action uses. */
export interface ActionCore {
  debug(message: string): void;
  info(message: string): void;
  notice(message: string, properties?: AnnotationProperties): void;
  warning(message: string, properties?: AnnotationProperties): void;
  error(message: string, properties?: AnnotationProperties): void;
  setOutput(name: string, value: string | number | boolean): void;
  setFailed(message: string): void;
  startGroup(name: string): void;
  endGroup(): void;
}

/** The job summary ($GITHUB_STEP_SUMMARY). GitHub shows at most 1 MiB of it per step. */
export interface SummaryWriter {
  /** Whether the runner gave the step a summary file. */
  readonly available: boolean;
  /** Append Markdown; does nothing when no summary is available. */
  append(markdown: string): Promise<void>;
}

export interface PullRequestInfo {
  number: number;
  headSha: string;
  baseSha: string;
  /** Files the pull request changes, as the event says (the files API lists at most 3,000). */
  changedFiles?: number;
}

export interface ActionContext {
  inputs: ActionInputs;
  core: ActionCore;
  /** A client for GITHUB_API_URL with the github-token input; undefined without a token. */
  octokit: Octokit | undefined;
  repo: { owner: string; repo: string };
  eventName: string;
  /** The event payload (GITHUB_EVENT_PATH), {} when there is none. */
  payload: Record<string, any>;
  /** Set for pull_request events (and others whose payload carries a pull request). */
  pullRequest?: PullRequestInfo;
  /** The commit a check run and links refer to: the pull request's head, else GITHUB_SHA. */
  headSha: string;
  /** Absolute path of the checkout (GITHUB_WORKSPACE); paths in reports are relative to it. */
  workspace: string;
  /** https://github.com or the GHES server. */
  serverUrl: string;
  /** This workflow run's page. */
  runUrl?: string;
  /** A directory for files the step writes for later steps (RUNNER_TEMP). */
  tempDir: string;
  /** A name for files this step writes, unique per step of a job (from GITHUB_ACTION). */
  stepId: string;
  summary: SummaryWriter;
  now: Date;
}
