/** Reads a small JSONL file of objects (gold annotations) whole; a bad line is an error naming the line. */
import { createReadStream } from 'node:fs';
import { readLines } from './lines.ts';

export async function readJsonObjects(path: string): Promise<Record<string, unknown>[]> {
  const objects: Record<string, unknown>[] = [];
  for await (const { line, text } of readLines(createReadStream(path))) {
    if (text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new Error(`line ${line}: malformed JSON`);
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error(`line ${line}: expected a JSON object`);
    objects.push(value as Record<string, unknown>);
  }
  return objects;
}
