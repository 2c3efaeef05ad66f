#!/usr/bin/env node
// The `plausch` executable: runs the command line on the real process and sets its exit status.
import { main } from './index';
import { askInTerminal } from './encryption';

main(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  env: process.env,
  ...(process.stdin.isTTY ? { askPassphrase: askInTerminal } : {}),
}).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = 1;
  },
);
