/**
 * Microsoft's SARIF validator (`@microsoft/sarif-multitool`, a self-contained .NET binary) run
 * on a file, with the SARIF and GitHub rule sets. Returns the validator's error-level results.
 *
 * One rule is disabled: SARIF2006 (UrisShouldBeReachable) GETs every helpUri, which takes
 * ten seconds to time out offline and is a note, not an error, anyway.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const MULTITOOL = path.resolve('node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool');

const POLICY = `<?xml version="1.0" encoding="utf-8"?>
<Properties>
  <Properties Key="SARIF2006.UrisShouldBeReachable.Options">
    <Property Key="RuleEnabled" Value="Disabled" />
  </Properties>
</Properties>
`;

/** Why the validator cannot run here, or undefined when it can. */
export function multitoolUnavailable(): string | undefined {
  if (process.platform !== 'linux')
    return `the SARIF multitool binary installed here is for Linux; this is ${process.platform}`;
  if (!fs.existsSync(MULTITOOL)) return `${MULTITOOL} is missing: run npm ci`;
  return undefined;
}

export interface SarifValidation {
  /** `ruleId: message` of each error the validator reports. */
  errors: string[];
  /** Every result (errors, warnings, notes) as `level ruleId`. */
  all: string[];
  /** The validator's console output. */
  output: string;
}

export function validateSarif(file: string): SarifValidation {
  // npm does not run install scripts by default, and the package's postinstall is what sets the executable bit.
  if ((fs.statSync(MULTITOOL).mode & 0o100) === 0) fs.chmodSync(MULTITOOL, 0o755);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hvlint-sarif-validate-'));
  const policy = path.join(dir, 'policy.xml');
  const out = path.join(dir, 'validation.sarif');
  fs.writeFileSync(policy, POLICY);
  let output: string;
  try {
    output = execFileSync(
      MULTITOOL,
      ['validate', file, '-o', out, '--log', 'ForceOverwrite', '-c', policy, '--rule-kind', 'Sarif;Gh'],
      {
        encoding: 'utf8',
        env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1' },
      },
    );
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    output = `${e.stdout ?? ''}${e.stderr ?? ''}` || e.message;
  }
  if (!fs.existsSync(out) || !/1 files scanned/.test(output))
    throw new Error(`the SARIF validator did not analyse ${file}:\n${output}`);
  const log = JSON.parse(fs.readFileSync(out, 'utf8'));
  fs.rmSync(dir, { recursive: true, force: true });
  const run = log.runs[0];
  const rules = run.tool.driver.rules ?? [];
  const results: any[] = run.results ?? [];
  const level = (r: any): string => r.level ?? rules[r.ruleIndex]?.defaultConfiguration?.level ?? 'warning';
  // The log's messages are ids with arguments; the console has them in words.
  const lines = output.split(/\r?\n/).filter((l) => /: error [A-Z]+\d+: /.test(l));
  const errorResults = results.filter((r) => level(r) === 'error');
  return {
    errors:
      lines.length >= errorResults.length
        ? lines
        : errorResults.map((r) => `${r.ruleId}: ${JSON.stringify(r.message)}`),
    all: results.map((r) => `${level(r)} ${r.ruleId}`),
    output,
  };
}
