/**
 * What a pull request changed: from the pulls API (`GET /repos/{o}/{r}/pulls/{n}/files`, 100
 * per page), or, when the API is unavailable, from `git diff` against the base commit if
 * the checkout has it (actions/checkout with fetch-depth: 0).
 */
import type { ChangedFile } from '../filter/scope.js';
import { changedFileFromApi, parseGitDiff, type PullRequestFile } from '../filter/diff.js';
import { runGit, type GitRunner } from '../git/index.js';
import type { ActionContext } from './context.js';

export interface Changes {
  files: ChangedFile[];
  /** Where the files came from, for the summary. */
  source: 'api' | 'git';
}

/** The pull request's changed files, or undefined (with the reasons logged) when neither source has them. */
export async function pullRequestChanges(
  context: ActionContext,
  git: GitRunner = runGit,
): Promise<Changes | undefined> {
  const pr = context.pullRequest;
  if (!pr) return undefined;
  let apiProblem: string | undefined;
  if (context.octokit) {
    try {
      const listed = (await context.octokit.paginate(context.octokit.rest.pulls.listFiles, {
        owner: context.repo.owner,
        repo: context.repo.repo,
        pull_number: pr.number,
        per_page: 100,
      })) as PullRequestFile[];
      const files = listed.map(changedFileFromApi).filter((f): f is ChangedFile => f !== undefined);
      if (pr.changedFiles === undefined || listed.length >= pr.changedFiles) return { files, source: 'api' };
      apiProblem = `the pulls API listed ${listed.length} of ${pr.changedFiles} changed files (it lists at most 3,000)`;
      const fromGit = await gitChanges(context, git);
      if (fromGit) return fromGit;
      context.core.info(`hvlint: ${apiProblem}; annotating in those only`);
      return { files, source: 'api' };
    } catch (error) {
      apiProblem = `the pulls API failed (${describeError(error)})`;
    }
  } else {
    apiProblem = 'there is no github-token';
  }
  const fromGit = await gitChanges(context, git);
  if (fromGit) {
    context.core.info(`hvlint: ${apiProblem}; read the changed lines from git diff ${pr.baseSha}`);
    return fromGit;
  }
  context.core.info(
    `hvlint: cannot tell which lines pull request #${pr.number} changed: ${apiProblem}, and the checkout does not have the base commit ${pr.baseSha} (use actions/checkout with fetch-depth: 0); annotating every finding`,
  );
  return undefined;
}

async function gitChanges(context: ActionContext, git: GitRunner): Promise<Changes | undefined> {
  const pr = context.pullRequest!;
  const has = async (sha: string): Promise<boolean> => {
    if (!/^[0-9a-f]{7,64}$/i.test(sha)) return false;
    try {
      await git(['cat-file', '-e', `${sha}^{commit}`], context.workspace);
      return true;
    } catch {
      return false;
    }
  };
  if (!(await has(pr.baseSha))) return undefined;
  // Three dots (from the merge base) when the head is here; else the checkout (the merge commit).
  const range = (await has(pr.headSha)) ? [`${pr.baseSha}...${pr.headSha}`] : [pr.baseSha, 'HEAD'];
  try {
    const diff = await git(
      ['-c', 'core.quotepath=off', 'diff', '--no-color', '--no-ext-diff', '--relative', '-M', '-U3', ...range, '--'],
      context.workspace,
    );
    return { files: parseGitDiff(diff), source: 'git' };
  } catch (error) {
    context.core.debug(`git diff failed: ${describeError(error)}`);
    return undefined;
  }
}

export function describeError(error: unknown): string {
  const status = (error as { status?: number }).status;
  const message = error instanceof Error ? error.message : String(error);
  return status !== undefined ? `HTTP ${status}: ${message}` : message;
}
