import { describe, expect, it } from 'vitest';
import { byFirstLetter } from '../../../extract/core/lexicon/first-letter.ts';
import { HARDWARE_NAMES, HARDWARE_OF_GROUP, HARDWARE_PATTERN } from '../../../extract/core/lexicon/index.ts';
import hardwareData from '../../../extract/core/lexicon/hardware.json' with { type: 'json' };
import { matchesOf } from '../../../extract/core/matches.ts';

/** Each match as [index, text, owner], for a grouped pattern (owners) or a plain one (group k+1 is owner k). */
function read(re: RegExp, text: string, owners?: readonly number[]) {
  return matchesOf(re, text).map((m) => {
    const g = m.findIndex((s, i) => i > 0 && s !== undefined);
    return [m.index, m[0], owners ? owners[g - 1] : g - 1];
  });
}

describe('byFirstLetter', () => {
  const keywords = [['ab', 'x?y', 'a'], ['abc|z', 'Ab\\w+'], ['[Aa]bcd', 'ab', 'B(?:c)']];
  const plain = new RegExp(`\\b(?:${keywords.map((l) => `(${l.map((s) => `(?:${s})`).join('|')})`).join('|')})`, 'gi');
  const { source, owners } = byFirstLetter(keywords);
  const grouped = new RegExp(`\\b(?:${source})`, 'gi');

  it('groups keywords by first letter, keeping quantified, classed and top-level alternations as they are', () => {
    expect(source).toBe('a(?:(b))|(x?y)|a(?:())|(abc|z)|A(?:(b\\w+))|([Aa]bcd)|a(?:(b))|B(?:((?:c)))');
  });
  it('finds what the plain alternation finds, with the owner of the first keyword that matches', () => {
    for (const text of ['ab abc abcd Abcde bc xy y a', 'ABCD zz z BC', 'abx, ab.']) {
      expect(read(grouped, text, owners)).toEqual(read(plain, text));
    }
  });
  it('gives the devices the lexicon names', () => {
    const text = 'on 8 A100s and two RTX 4090 GPUs, an AMD MI300X, a Jetson AGX Orin and Apple M2 Max';
    const devices = read(HARDWARE_PATTERN, text).map(([, , g]) => HARDWARE_NAMES[HARDWARE_OF_GROUP[(g as number) + 1]]);
    expect(devices).toEqual(['A100', 'RTX 4090', 'MI300X', 'Jetson Orin', 'M2 Max']);
    expect(HARDWARE_OF_GROUP.length - 1).toBe(hardwareData.devices.flatMap((d) => d.patterns).length);
  });
});

describe('the hardware catalogue', () => {
  // A pattern that opens with a lookaround is tried at every position of every abstract: "(?<=\bon\s)L40" alone made the
  // hardware scan ~2.7x slower (1.8 s against 0.66 s of a 48k-abstract profile).
  it('opens every pattern with what it matches, not a lookaround', () => {
    const all = hardwareData.devices.flatMap((d) => d.patterns);
    expect(all.filter((p) => /^\(\?<?[=!]/.test(p))).toEqual([]);
  });
});
