/**
 * The block extractor for blocks extracted on this thread, loaded on first use. A run whose blocks all go to workers
 * never loads the extractor here: under tsx that took ~1.4 s of CPU on the main thread before it could start them.
 * It is the bundle the workers' is built with (worker-bundle.ts): the same sources as one plain-JS file, which loads in
 * ~0.4 s of CPU where extract-block.ts through tsx took ~1.7 s (--jobs 1 extracts everything here). When the bundle
 * cannot be built or loaded, the TypeScript module is.
 */
import type { extractBlock } from './extract-block.ts';
import { bundledBlockExtractor } from './worker-bundle.ts';

export type ExtractBlock = typeof extractBlock;

let loaded: Promise<ExtractBlock> | null = null;

export function inProcessExtractor(): Promise<ExtractBlock> {
  loaded ??= bundledBlockExtractor()
    .then((url) => import(url.href) as Promise<typeof import('./extract-block.ts')>)
    .catch(() => import('./extract-block.ts'))
    .then((m) => m.extractBlock);
  return loaded;
}
