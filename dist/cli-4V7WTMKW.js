import { createRequire as __hvlintCreateRequire } from 'node:module';
const require = __hvlintCreateRequire(import.meta.url);
import {
  SEVERITY_RANK
} from "./cli-XZRRD5KR.js";

// src/cli/outcome.ts
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
var EXIT = { clean: 0, findings: 1, usage: 2 };
function writeOutputFile(cwd, file, text, option = "--output") {
  const absolute = path.resolve(cwd, file);
  try {
    if (file.endsWith("/") || file.endsWith("\\") || fs.statSync(absolute, { throwIfNoEntry: false })?.isDirectory())
      return `${option} "${file}" is a directory: give a file name, such as ${path.join(file, "hvlint-report.txt")}`;
    fs.mkdirSync(path.dirname(absolute), { recursive: true });
    fs.writeFileSync(absolute, text);
    return void 0;
  } catch (error) {
    const code = error.code;
    const why = code === "EACCES" || code === "EPERM" ? "permission denied" : code === "ENOTDIR" || code === "EEXIST" ? "a part of the path is a file, not a folder" : code === "EISDIR" ? "it is a directory" : code ?? error.message;
    return `cannot write ${option} "${file}": ${why}`;
  }
}
function reportUnchecked(io, prefix, outcome, allowEmpty) {
  const missing = outcome.missing ?? [];
  const empty = outcome.empty ?? [];
  for (const p of missing) io.stderr(`${prefix}: "${p}" does not exist: check the path
`);
  if (!allowEmpty)
    for (const p of empty)
      io.stderr(
        `${prefix}: no hvlint manifests (YAML documents with apiVersion: hvlint/v1) in "${p}": nothing there was checked; pass --allow-empty to accept an empty run
`
      );
  return missing.length > 0 || !allowEmpty && empty.length > 0;
}
function exitStatus(findings, failOn) {
  const threshold = SEVERITY_RANK[failOn];
  return findings.some((f) => !f.suppressed && SEVERITY_RANK[f.severity] >= threshold) ? EXIT.findings : EXIT.clean;
}
function quietFilter(findings, quiet) {
  if (!quiet) return { shown: [...findings], hidden: 0 };
  const shown = findings.filter((f) => f.severity === "error");
  const hidden = findings.filter((f) => f.severity !== "error" && !f.suppressed).length;
  return { shown, hidden };
}
function azureSummary(io, format, markdown) {
  if (format !== "azure" || !io.env["TF_BUILD"]) return {};
  const file = path.join(io.env["AGENT_TEMPDIRECTORY"] || os.tmpdir(), "hvlint-summary.md");
  try {
    fs.writeFileSync(file, markdown());
    return { azureSummaryFile: file };
  } catch (error) {
    io.stderr(
      `hvlint: cannot write the run summary ${file}: ${error.code ?? String(error)}
`
    );
    return {};
  }
}

export {
  writeOutputFile,
  reportUnchecked,
  exitStatus,
  quietFilter,
  azureSummary
};
