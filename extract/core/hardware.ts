/**
 * Accelerators named in a text, canonicalised (spec §6), with the device count written before them
 * ("8 A100 GPUs" → 8, "one RTX4090" → 1, "a single A100" → 1).
 */
import { GLUED_COUNT, HARDWARE_AT, HARDWARE_NAMES, HARDWARE_PATTERN, hardwareAt } from './lexicon/index.ts';
import { NUMBER_WORD_SOURCE, parseDecimal, wordToNumber } from './numbers.ts';
import { matchesOf } from './matches.ts';

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

/**
 * Vendor words dropped from a name kept as written: a GPU, NPU or FPGA is known by its part name ("RTX 4070",
 * "Ascend 910B", "ZCU104", "M4 Pro"), a CPU or a vendor NPU by vendor and family ("Intel Xeon", "AMD EPYC", "Intel NPU").
 */
const VENDOR_PREFIX = /^(?:(?:NVIDIA|GeForce|Huawei|HiSilicon|AWS|Tesla|Habana|Instinct|Qualcomm|Xilinx|Cerebras|SambaNova)\s+|AMD[-\s](?=Xilinx|Alveo|Versal|ZCU|VCU|VCK|VPK|XDNA)|Intel\s+(?=Gaudi|Arc|Movidius|Loihi|Stratix|Arria|Agilex)|Apple\s+(?=M\d)|Google\s+(?=Pixel|Coral|Edge)|MediaTek\s+(?=Dimensity))+/i;

/** A device outside the catalogue, as written: vendor prefix dropped, "RTX4070" spaced like "RTX 4070", "4070Ti" like "4070 Ti". */
function asWritten(text: string): string {
  return text.replace(VENDOR_PREFIX, '').replace(VENDOR_PREFIX, '')
    .replace(/^(RTX|GTX|TPU)\s?/i, (_, p: string) => `${p} `)
    // "RTX 5070Ti" and "RTX 5070 Ti" are one part, spelt as the catalogue spells "RTX 2080 Ti".
    .replace(/^((?:RTX|GTX) \d{3,4})\s?(Ti|SUPER|Super)$/, (_, part: string, suffix: string) => `${part} ${suffix === 'Ti' ? 'Ti' : 'SUPER'}`)
    .replace(/^(Raspberry\s+Pi)\s?(\d)/i, '$1 $2')
    .replace(/^(M\d)-(Ultra|Max|Pro)$/i, '$1 $2')
    .replace(/\s+/g, ' ')
    .replace(/(?<=\d)s$/, '');
}

/** Every accelerator mention in `text` (offsets relative to it), earliest first. */
/** Device matches: at word boundaries, and right after a glued count ("4xH20"), in text order. */
function deviceMatches(text: string): RegExpExecArray[] {
  const matches = matchesOf(HARDWARE_PATTERN, text);
  if (!/\d[x×]/i.test(text)) return matches;
  for (const g of matchesOf(GLUED_COUNT, text)) {
    HARDWARE_AT.lastIndex = g.index + 2;
    const m = HARDWARE_AT.exec(text);
    if (m && !matches.some((o) => o.index === m.index)) matches.push(m);
  }
  return matches.sort((a, b) => a.index - b.index);
}

/** Vendor words in front of a device belong to its mention ("NVIDIA GeForce RTX 4090", "AMD Instinct MI300X"). */
const VENDOR_BEFORE = /(?:(?:NVIDIA|GeForce|AMD|Instinct|Intel|Habana|Tesla|Huawei|Qualcomm|Xilinx|Google|Apple|AWS|Samsung|MediaTek|HiSilicon)[-\s]+)+$/i;

export function findHardware(text: string): HardwareMention[] {
  const found: HardwareMention[] = [];
  for (const m of deviceMatches(text)) {
    const vendor = VENDOR_BEFORE.exec(text.slice(Math.max(0, m.index - 40), m.index));
    const start = m.index - (vendor ? vendor[0].length : 0);
    // "Snapdragon 845 Adreno GPU": a part named right after its chip is the same device.
    const last = found[found.length - 1];
    if (last && /^\s+$/.test(text.slice(last.end, start))) continue;
    // "the Hexagon NPU of the Snapdragon X Elite": a part inside a chip is the chip, named as the paper names its platform.
    if (last && /^\s+(?:of|in|inside|within|on)\s+(?:the|an?)\s+$/i.test(text.slice(last.end, start)) && /\b(?:NPU|GPU|DSP|cores?)$/i.test(last.name)) found.pop();
    const k = hardwareAt(text, m.index);
    const name = HARDWARE_NAMES[k] === '*' ? asWritten(m[0]) : HARDWARE_NAMES[k];
    // "500 H100 GPU-hours" counts hours, not devices.
    const end = m.index + m[0].length;
    const hours = /^(?:\s*GPU)?[-\s]?(?:hours?|hrs?|h|days?)\b/i.test(text.slice(end, end + 12));
    found.push({ start, end, name, count: hours ? null : countBefore(text.slice(Math.max(0, start - 40), start)) });
  }
  return found;
}
