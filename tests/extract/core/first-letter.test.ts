import { describe, expect, it } from 'vitest';
import { byFirstLetter } from '../../../extract/core/lexicon/first-letter.ts';
import { readFileSync } from 'node:fs';
import { HARDWARE_NAMES, HARDWARE_OF_GROUP, HARDWARE_PATTERN, TOPIC_OF_GROUP, TOPIC_PATTERN } from '../../../extract/core/lexicon/index.ts';
import hardwareData from '../../../extract/core/lexicon/hardware.json' with { type: 'json' };
import topicData from '../../../extract/core/lexicon/topics.json' with { type: 'json' };
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

  it('groups keywords by first letter, a top-level alternation under each of its letters; quantified and classed keep their place', () => {
    expect(source).toBe('a(?:(b))|(x?y)|a(?:()|((?:bc))|(b\\w+))|z(?:((?:)))|([Aa]bcd)|a(?:(b))|b(?:((?:c)))');
  });
  it('finds what the plain alternation finds, with the owner of the first keyword that matches', () => {
    for (const text of ['ab abc abcd Abcde bc xy y a', 'ABCD zz z BC', 'abx, ab.']) {
      expect(read(grouped, text, owners)).toEqual(read(plain, text));
    }
  });
  // "(?:RTX|GTX)…" left in place split the groups around it: the hardware scan tried 70 alternatives per word, not 26.
  const led = [['(?:RTX|GTX)\\s?\\d{3,4}', 'r\\d'], ['(?:AMD\\s+|Xilinx\\s+)?Versal', 'Alveo', 'AMD'], ['(?:a(?:md|b)|x)\\w']];
  it('puts a keyword led by a group of alternatives under each letter it can open with', () => {
    expect(byFirstLetter(led).source).toBe(
      'r(?:((?:TX)\\s?\\d{3,4})|(\\d))|g(?:((?:TX)\\s?\\d{3,4}))|a(?:((?:MD\\s+)Versal)|(lveo)|(MD)|((?:(?:md|b))\\w))|' +
      'x(?:((?:ilinx\\s+)Versal)|((?:)\\w))|v(?:(ersal))',
    );
    const plainLed = new RegExp(`\\b(?:${led.map((l) => `(${l.map((s) => `(?:${s})`).join('|')})`).join('|')})(?![\\w])`, 'gi');
    const g = byFirstLetter(led);
    const groupedLed = new RegExp(`\\b(?:${g.source})(?![\\w])`, 'gi');
    for (const text of ['RTX 4090, gtx1080 and r9; AMD Versal, Xilinx  Versal, Versal, AMD, Alveo', 'amdx abz xy r2']) {
      expect(read(groupedLed, text, g.owners)).toEqual(read(plainLed, text));
    }
  });
  it('finds what the plain alternations of the hardware and topic lexicons find, on the gold abstracts', () => {
    const texts = ['seed', 'arxiv-tune'].flatMap((set) => readFileSync(`tests/fixtures/gold/${set}.abstracts.jsonl`, 'utf8')
      .trim().split('\n').flatMap((line) => { const p = JSON.parse(line) as { title: string; abstract: string }; return [p.title, p.abstract]; }));
    const lexicons: [RegExp, readonly number[], readonly string[][], string][] = [
      [HARDWARE_PATTERN, HARDWARE_OF_GROUP, hardwareData.devices.map((d) => d.patterns), '(?:(?<=\\d)s)?(?![\\w])'],
      [TOPIC_PATTERN, TOPIC_OF_GROUP, topicData.topics.map((t) => t.keywords), '(?![\\w])'],
    ];
    for (const [pattern, ofGroup, keywords, after] of lexicons) {
      const plainLexicon = new RegExp(`\\b(?:${keywords.map((l) => `(${l.map((s) => `(?:${s})`).join('|')})`).join('|')})${after}`, 'gi');
      for (const text of texts) expect(read(pattern, text, ofGroup.slice(1))).toEqual(read(plainLexicon, text));
    }
  });
  it('gives the devices the lexicon names', () => {
    const text = 'on 8 A100s and two RTX 4090 GPUs, an AMD MI300X, a Jetson AGX Orin and Apple M2 Max';
    const devices = read(HARDWARE_PATTERN, text).map(([, , g]) => HARDWARE_NAMES[HARDWARE_OF_GROUP[(g as number) + 1]]);
    expect(devices).toEqual(['A100', 'RTX 4090', 'MI300X', 'Jetson Orin', 'M2 Max']);
    expect(new Set(HARDWARE_OF_GROUP.slice(1))).toEqual(new Set(hardwareData.devices.map((_, k) => k)));
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
