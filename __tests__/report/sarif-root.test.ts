/** SARIF paths are relative to the repository root, so code scanning finds the files from any subfolder. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { runCli, tempEstate } from '../helpers/cli.js';

const BAD =
  'apiVersion: hvlint/v1\nkind: HyperVHost\nmetadata:\n  name: HV01\nspec:\n  os: windows-server-2008\n  domain: corp.example.com\n';

let dir: string;
let cleanup: () => void;
beforeAll(() => {
  ({ dir, cleanup } = tempEstate({ 'infra/estate/host.yaml': BAD, 'README.md': 'x\n' }));
  fs.mkdirSync(path.join(dir, '.git'));
});
afterAll(() => cleanup());

function locations(sarifText: string) {
  const run = JSON.parse(sarifText).runs[0];
  return {
    base: run.originalUriBaseIds['%SRCROOT%'].uri as string,
    locations: run.results.map((r: any) => r.locations[0].physicalLocation.artifactLocation),
  };
}

test('run from a subfolder: uris are relative to the folder holding .git, with %SRCROOT% there', async () => {
  const run = await runCli(['estate', '-f', 'sarif'], path.join(dir, 'infra'));
  expect(run.code).toBe(1);
  const { base, locations: locs } = locations(run.stdout);
  expect(base).toBe(pathToFileURL(dir).href + '/');
  expect(locs).toEqual([{ uri: 'infra/estate/host.yaml', uriBaseId: '%SRCROOT%' }]);
  // The same alert from the root and from the subfolder: same path, same fingerprint.
  const fromRoot = JSON.parse((await runCli(['infra/estate', '-f', 'sarif'], dir)).stdout).runs[0].results[0];
  const fromSub = JSON.parse(run.stdout).runs[0].results[0];
  expect(fromSub.partialFingerprints).toEqual(fromRoot.partialFingerprints);
  expect(fromSub.locations).toEqual(fromRoot.locations);
});

test('--sarif-root chooses the base; a file outside it gets an absolute file: uri', async () => {
  const inner = await runCli(['estate', '-f', 'sarif', '--sarif-root', 'estate'], path.join(dir, 'infra'));
  expect(locations(inner.stdout).locations).toEqual([{ uri: 'host.yaml', uriBaseId: '%SRCROOT%' }]);
  const outside = await runCli(['estate', '-f', 'sarif', '--sarif-root', '../README.md.d'], path.join(dir, 'infra'));
  expect(locations(outside.stdout).locations).toEqual([
    { uri: pathToFileURL(path.join(dir, 'infra/estate/host.yaml')).href },
  ]);
});
