/**
 * The GitHub Action: read the runner's environment once into an ActionContext, then run the
 * mode asked for. Everything GitHub-specific lives under src/action/; the library and the
 * CLI never import @actions/*.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import type { ActionContext, ActionCore, PullRequestInfo, SummaryWriter } from './context.js';
import { InputError, parseInputs } from './inputs.js';
import { runLintMode } from './lint.js';
import { BaselineError } from '../filter/baseline.js';

type Env = Record<string, string | undefined>;

/** The facade over @actions/core that modes use. */
export const actionsCore: ActionCore = {
  debug: (message) => core.debug(message),
  info: (message) => core.info(message),
  notice: (message, properties) => core.notice(message, properties ?? {}),
  warning: (message, properties) => core.warning(message, properties ?? {}),
  error: (message, properties) => core.error(message, properties ?? {}),
  setOutput: (name, value) => core.setOutput(name, value),
  setFailed: (message) => core.setFailed(message),
  startGroup: (name) => core.startGroup(name),
  endGroup: () => core.endGroup(),
};

/** Appends to $GITHUB_STEP_SUMMARY directly (one write per call). */
export function fileSummary(file: string | undefined): SummaryWriter {
  return {
    available: Boolean(file),
    async append(markdown) {
      if (file) await fs.promises.appendFile(file, markdown, 'utf8');
    },
  };
}

function readPayload(file: string | undefined): Record<string, any> {
  if (!file || !fs.existsSync(file)) return {};
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, any>;
  } catch {
    return {};
  }
}

function pullRequestOf(payload: Record<string, any>): PullRequestInfo | undefined {
  const pr = payload['pull_request'];
  if (!pr || typeof pr.number !== 'number' || !pr.head?.sha || !pr.base?.sha) return undefined;
  return {
    number: pr.number,
    headSha: String(pr.head.sha),
    baseSha: String(pr.base.sha),
    ...(typeof pr.changed_files === 'number' ? { changedFiles: pr.changed_files } : {}),
  };
}

export function createContext(env: Env = process.env, facade: ActionCore = actionsCore): ActionContext {
  const inputs = parseInputs((name) => env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '');
  const payload = readPayload(env['GITHUB_EVENT_PATH']);
  const pullRequest = pullRequestOf(payload);
  const [owner = '', repo = ''] = (env['GITHUB_REPOSITORY'] ?? '').split('/');
  const serverUrl = env['GITHUB_SERVER_URL'] || 'https://github.com';
  const runId = env['GITHUB_RUN_ID'];
  const apiUrl = env['GITHUB_API_URL'] || 'https://api.github.com';
  return {
    inputs,
    core: facade,
    octokit: inputs.githubToken ? getOctokit(inputs.githubToken, { baseUrl: apiUrl }) : undefined,
    repo: { owner, repo },
    eventName: env['GITHUB_EVENT_NAME'] ?? '',
    payload,
    ...(pullRequest ? { pullRequest } : {}),
    headSha: pullRequest?.headSha ?? env['GITHUB_SHA'] ?? '',
    workspace: path.resolve(env['GITHUB_WORKSPACE'] || process.cwd()),
    serverUrl,
    ...(runId && owner ? { runUrl: `${serverUrl}/${owner}/${repo}/actions/runs/${runId}` } : {}),
    tempDir: env['RUNNER_TEMP'] || os.tmpdir(),
    stepId: (env['GITHUB_ACTION'] || 'hvlint').replace(/[^A-Za-z0-9_.-]/g, '_'),
    summary: fileSummary(env['GITHUB_STEP_SUMMARY']),
    now: new Date(),
  };
}

export async function run(): Promise<void> {
  try {
    const context = createContext();
    if (context.inputs.mode === 'drift') {
      const { runDriftMode } = await import('./drift.js');
      await runDriftMode(context);
    } else {
      await runLintMode(context);
    }
  } catch (error) {
    // Mistakes in what the workflow gave (inputs, the baseline file) are the user's to fix, not bugs.
    if (error instanceof InputError || error instanceof BaselineError) core.setFailed(`hvlint: ${error.message}`);
    else
      core.setFailed(
        `hvlint: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
  }
}
