/**
 * Accelerators named in a text, canonicalised (spec §6), with the device count written before them
 * ("8 A100 GPUs" → 8, "one RTX4090" → 1, "a single A100" → 1).
 */
import { HARDWARE } from './lexicon/index.ts';
import { NUMBER_WORD_SOURCE, parseDecimal, wordToNumber } from './numbers.ts';

export interface HardwareMention {
  start: number;
  end: number;
  name: string;
  count: number | null;
}

const COUNT_BEFORE = new RegExp(
  `(?<![\\w.])(\\d+|${NUMBER_WORD_SOURCE}|a\\s+single|single|an?)\\s*(?:[x×]\\s*)?(?:NVIDIA\\s+|AMD\\s+|Google\\s+)?$`,
  'i',
);

function countBefore(text: string): number | null {
  const m = COUNT_BEFORE.exec(text.slice(-40));
  if (!m) return null;
  const word = m[1].toLowerCase();
  if (/single|^an?$/.test(word)) return 1;
  return /^\d+$/.test(word) ? parseDecimal(word) : wordToNumber(word);
}

/** Every accelerator mention in `text` (offsets relative to it), earliest first, overlaps resolved longest-first. */
export function findHardware(text: string): HardwareMention[] {
  const all: HardwareMention[] = [];
  for (const { name, pattern } of HARDWARE) {
    for (const m of text.matchAll(pattern)) {
      all.push({ start: m.index, end: m.index + m[0].length, name, count: countBefore(text.slice(0, m.index)) });
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: HardwareMention[] = [];
  for (const h of all) if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
  return kept;
}

/** Distinct canonical names, in order of first mention. */
export function hardwareNames(text: string): string[] {
  return [...new Set(findHardware(text).map((h) => h.name))];
}
