/**
 * atomicFile: a regular file is replaced whole at commit; a symbolic link keeps pointing at the file it names; a pipe or
 * a device is written into, never renamed over ("-o /dev/null" once replaced /dev/null with a regular file).
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, lstatSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { text } from 'node:stream/consumers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { atomicFile, passThrough } from '../../../extract/io/output.ts';

let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'claimboard-output-')); });
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('atomicFile', () => {
  it('replaces a regular file only at commit, and leaves it as it was on abort', async () => {
    const path = join(dir, 'claims.csv');
    writeFileSync(path, 'old\n');
    const kept = atomicFile(path);
    await kept.write('new\n');
    expect(readFileSync(path, 'utf8')).toBe('old\n');
    await kept.commit();
    expect(readFileSync(path, 'utf8')).toBe('new\n');
    const dropped = atomicFile(path);
    await dropped.write('half');
    await dropped.abort();
    expect(readFileSync(path, 'utf8')).toBe('new\n');
    expect(readdirSync(dir)).toEqual(['claims.csv']);
  });

  it('writes through a symbolic link: the link stays, the file it names gets the table', async () => {
    const real = join(dir, 'real.csv');
    const link = join(dir, 'link.csv');
    writeFileSync(real, 'old\n');
    symlinkSync(real, link);
    const sink = atomicFile(link);
    await sink.write('a,b\n');
    await sink.commit();
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).toBe('a,b\n');
  });

  it('writes into a named pipe and leaves it a pipe', async () => {
    const fifo = join(dir, 'out.fifo');
    execFileSync('mkfifo', [fifo]);
    const read = text(createReadStream(fifo));
    const sink = atomicFile(fifo);
    await sink.write('paper_id\n1\n');
    await sink.commit();
    expect(await read).toBe('paper_id\n1\n');
    expect(statSync(fifo).isFIFO()).toBe(true);
  });
});

describe('passThrough', () => {
  it('writes CSV bytes from a worker as they are to a Node stream, and as text to anything else', async () => {
    const bytes = new TextEncoder().encode('a,“b”\r\n');
    const chunks: (string | Uint8Array)[] = [];
    const stream = new Writable({ write(chunk: Buffer, _encoding, done) { chunks.push(chunk); done(); } });
    await passThrough(stream).write(bytes);
    expect(Buffer.concat(chunks as Buffer[]).toString('utf8')).toBe('a,“b”\r\n');
    const seen: string[] = [];
    await passThrough({ write: (s: string) => seen.push(s) }).write(bytes);
    expect(seen).toEqual(['a,“b”\r\n']);
  });
});
