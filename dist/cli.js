#!/usr/bin/env node
import { createRequire as __hvlintCreateRequire } from 'node:module';
const require = __hvlintCreateRequire(import.meta.url);
import {
  VERSION
} from "./cli-YNIA6BNC.js";
import "./cli-TAYVNBWF.js";

// src/cli/main.ts
var COMMANDS = {
  lint: {
    summary: "lint manifests (the default command)",
    load: async () => (await import("./cli-I7KRPMR7.js")).lintCommand
  },
  drift: {
    summary: "audit manifests against an inventory of the live estate",
    load: async () => (await import("./cli-C6VVPYK7.js")).driftCommand
  },
  whatif: {
    summary: "simulate the loss of each host, switch and LAG, and report what it takes down",
    load: async () => (await import("./cli-GMSRSB3V.js")).whatifCommand
  },
  import: {
    summary: "write manifests from an inventory of the live estate, or update them (--update)",
    load: async () => (await import("./cli-GWPZF3OQ.js")).importCommand
  },
  init: {
    summary: "write a commented starter .hvlint.yml",
    load: async () => (await import("./cli-ZJ3JCKX3.js")).initCommand
  },
  rules: {
    summary: "list the rules with severity, area and description",
    load: async () => (await import("./cli-B342H3SP.js")).rulesCommand
  },
  test: {
    summary: "run the tests of custom policies (their tests: cases)",
    load: async () => (await import("./cli-NIQOCEYA.js")).testCommand
  },
  explain: {
    summary: "print a rule's documentation page",
    load: async () => (await import("./cli-4ER6YPVP.js")).explainCommand
  }
};
function commandList() {
  return Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`).join("\n");
}
async function main(argv, io) {
  const [first, ...rest] = argv;
  if (argv.length === 1 && (first === "--version" || first === "-v")) {
    io.stdout(`${VERSION}
`);
    return 0;
  }
  if (first === "help" && rest[0] !== void 0 && COMMANDS[rest[0]])
    return (await COMMANDS[rest[0]].load())(["--help"], io);
  if (first === "help") {
    io.stdout(
      `Usage: hvlint [command] [options] [paths...]

Commands:
${commandList()}

Run hvlint <command> --help for a command's options.
`
    );
    return 0;
  }
  const command = first !== void 0 ? COMMANDS[first] : void 0;
  const run = command ? await command.load() : await COMMANDS["lint"].load();
  return run(command ? rest : argv, io);
}

// src/cli/bin.ts
main(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stdout.isTTY),
  env: process.env
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`hvlint: internal error: ${String(error)}
`);
    process.exitCode = 2;
  }
);
