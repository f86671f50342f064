#!/usr/bin/env node
// claimboard <command> [args]: the command line's entry (package.json "bin", npm scripts). Plain JS, so node runs
// it as it is; it registers tsx to load the TypeScript commands. stdout carries only a command's data.
import { register } from 'tsx/esm/api';

register();
// A reader that stops early (`claimboard extract big.jsonl | head`) closes the pipe: end quietly, as Unix tools do,
// instead of a stack trace for EPIPE.
process.stdout.on('error', (err) => {
  if (err.code !== 'EPIPE') throw err;
  process.exit(0);
});
const { runCommand, processIo } = await import('./commands.ts');
process.exitCode = await runCommand(process.argv.slice(2), processIo());
