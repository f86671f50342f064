/**
 * Accelerators named in a text, canonicalised (spec §6), with the device count written before them
 * ("8 A100 GPUs" → 8, "one RTX4090" → 1, "a single A100" → 1).
 */
import { HARDWARE_NAMES, HARDWARE_PATTERN } from './lexicon/index.ts';
import { NUMBER_WORD_SOURCE, parseDecimal, wordToNumber } from './numbers.ts';

export interface HardwareMention {
  start: number;
  end: number;
  name: string;
  count: number | null;
}

const COUNT_BEFORE = new RegExp(
  `(?<![\\w.,])(\\d{1,3}(?:,\\d{3})+|\\d+|${NUMBER_WORD_SOURCE}|a\\s+single|single)\\s*(?:[x×]\\s*)?(?:NVIDIA\\s+|AMD\\s+|Google\\s+)?$`,
  'i',
);

function countBefore(text: string): number | null {
  const m = COUNT_BEFORE.exec(text);
  if (!m) return null;
  const word = m[1].toLowerCase();
  if (/single/.test(word)) return 1;
  return /^[\d,]+$/.test(word) ? parseDecimal(word) : wordToNumber(word);
}

/** An accelerator outside the catalogue, as written: vendor prefix dropped, "RTX4070" spaced like "RTX 4070". */
function asWritten(text: string): string {
  return text.replace(/^(?:(?:NVIDIA|AMD|Huawei|AWS|Intel|GeForce|Habana|Tesla|Instinct)\s+)+/i, '')
    .replace(/^(RTX|GTX|TPU)\s?/i, (_, p: string) => `${p} `)
    .replace(/\s+/g, ' ');
}

/** Every accelerator mention in `text` (offsets relative to it), earliest first. */
export function findHardware(text: string): HardwareMention[] {
  const found: HardwareMention[] = [];
  for (const m of text.matchAll(HARDWARE_PATTERN)) {
    const k = m.findIndex((g, i) => i > 0 && g !== undefined) - 1;
    const name = HARDWARE_NAMES[k] === '*' ? asWritten(m[0]) : HARDWARE_NAMES[k];
    found.push({ start: m.index, end: m.index + m[0].length, name, count: countBefore(text.slice(Math.max(0, m.index - 40), m.index)) });
  }
  return found;
}
