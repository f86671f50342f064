/**
 * Output files written to a temporary file beside the target and renamed into place at the end, so a
 * failed or interrupted run never leaves a half-written table (and never clobbers the previous one).
 */
import { createWriteStream, realpathSync, statSync, type Stats } from 'node:fs';
import { rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { EventEmitter, once } from 'node:events';
import { Writable } from 'node:stream';
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

/**
 * The sink for an output file. A regular file (or a new one) is written beside and renamed into place; through a
 * symbolic link, the file it names is (the link stays). A device or a pipe ("-o /dev/null", a FIFO) is written into:
 * renaming over it replaced /dev/null itself with a regular file.
 */
export function atomicFile(path: string): TextSink {
  const info = statOrNull(path);
  if (info && !info.isFile()) return fileSink(path, path, async () => {}, async () => {});
  const target = info ? realpathSync(path) : path;
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  return fileSink(path, temp, () => rename(temp, target), () => unlink(temp).catch(() => {}));
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/** A write stream to `file`; `finish` runs once it is flushed (the rename), `drop` after an abort. Errors name `path`. */
function fileSink(path: string, file: string, finish: () => Promise<void>, drop: () => Promise<unknown>): TextSink {
  const stream = createWriteStream(file);
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
        await finish();
      } catch (err) {
        throw cannotWrite(failure ?? err);
      }
    },
    async abort() {
      // (Once it is closed: destroyed while still opening, the stream would create the temporary file after the unlink.)
      stream.destroy();
      await finished(stream).catch(() => {});
      await drop();
    },
  };
}

/**
 * A stream that is not ours to finish (stdout): written through, nothing to commit or undo. Bytes are UTF-8 text (CSV
 * rows from a worker; Parquet is written to files only): a Node stream takes them as they are, anything else as text.
 */
export function passThrough(out: { write(s: string): unknown }): TextSink {
  const decoder = new TextDecoder();
  return {
    async write(chunk) {
      const data = typeof chunk === 'string' || out instanceof Writable ? chunk : decoder.decode(chunk);
      // Respect a pipe's backpressure, or a slow reader makes the whole output pile up in memory.
      if ((out as { write(s: string | Uint8Array): unknown }).write(data) === false && out instanceof EventEmitter) await once(out, 'drain');
    },
    async commit() {},
    async abort() {},
  };
}
