/**
 * Output files written to a temporary file beside the target and renamed into place at the end, so a
 * failed or interrupted run never leaves a half-written table (and never clobbers the previous one).
 */
import { createWriteStream } from 'node:fs';
import { rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { EventEmitter, once } from 'node:events';
import { finished } from 'node:stream/promises';
import { fileErrorReason, UserError } from './errors.ts';

export interface TextSink {
  /** Text (UTF-8) or bytes. */
  write(chunk: string | Uint8Array): Promise<void>;
  /** Makes the output final. */
  commit(): Promise<void>;
  /** Drops what was written; the target is left as it was. */
  abort(): Promise<void>;
}

/** Why `path` cannot be written, checked before the run starts; null when its directory exists. */
export async function outputProblem(path: string): Promise<string | null> {
  try {
    if (!(await stat(dirname(path))).isDirectory()) return `cannot write ${path}: ${dirname(path)} is not a directory`;
  } catch {
    return `cannot write ${path}: directory does not exist`;
  }
  return null;
}

export function atomicFile(path: string): TextSink {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const stream = createWriteStream(temp);
  // Open/write errors surface on the next write or at commit; until then keep them from crashing the process.
  let failure: Error | null = null;
  stream.on('error', (err) => { failure = err; });
  const cannotWrite = (err: unknown) => new UserError(`cannot write ${path}: ${fileErrorReason(err)}`);
  return {
    async write(text) {
      if (failure) throw cannotWrite(failure);
      // events.once rejects if 'error' comes first, and removes its listeners either way.
      if (!stream.write(text)) await once(stream, 'drain').catch((err) => { throw cannotWrite(err); });
    },
    async commit() {
      stream.end();
      try {
        await finished(stream);
        await rename(temp, path);
      } catch (err) {
        throw cannotWrite(failure ?? err);
      }
    },
    async abort() {
      stream.destroy();
      await unlink(temp).catch(() => {});
    },
  };
}

/** A stream that is not ours to finish (stdout): written through, nothing to commit or undo. */
export function passThrough(out: { write(s: string): unknown }): TextSink {
  return {
    async write(text) {
      if (typeof text !== 'string') throw new Error('only text goes to stdout'); // Parquet is written to files only
      // Respect a pipe's backpressure, or a slow reader makes the whole output pile up in memory.
      if (out.write(text) === false && out instanceof EventEmitter) await once(out, 'drain');
    },
    async commit() {},
    async abort() {},
  };
}
