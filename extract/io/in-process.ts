/**
 * The block extractor for blocks extracted on this thread, loaded on first use. A run whose blocks all go to workers
 * never loads the extractor here: under tsx that took ~1.4 s of CPU on the main thread before it could start them.
 */
import type { extractBlock } from './extract-block.ts';

export type ExtractBlock = typeof extractBlock;

let loaded: Promise<ExtractBlock> | null = null;

export function inProcessExtractor(): Promise<ExtractBlock> {
  loaded ??= import('./extract-block.ts').then((m) => m.extractBlock);
  return loaded;
}
