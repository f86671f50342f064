/**
 * The streams a command runs with: the process's, or a test's. Here and not in cli.ts or bin/commands.ts, so
 * both (and io/run-extract.ts) can use them without importing each other.
 */
import { stdinIsPiped } from './readers.ts';

export interface CliIo {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  stdin?: AsyncIterable<Uint8Array>;
  /** stdin is a pipe or a file (not a terminal, not /dev/null): with no input named, it is what is read. */
  stdinIsPiped?: boolean;
}

/** The process's streams; stdin is only opened when a command reads it. */
export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, get stdin() { return process.stdin; }, stdinIsPiped: stdinIsPiped() };
}
