import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { keywordScan } from '../../../extract/core/lexicon/first-letter.ts';
import {
  HARDWARE_AT, HARDWARE_NAMES, HARDWARE_PATTERN, METRIC_CUE_PATTERN, TOPIC_PATTERN, hardwareAt, metricCueAt, topicAt,
} from '../../../extract/core/lexicon/index.ts';
import hardwareData from '../../../extract/core/lexicon/hardware.json' with { type: 'json' };
import topicData from '../../../extract/core/lexicon/topics.json' with { type: 'json' };
import metricData from '../../../extract/core/lexicon/metrics.json' with { type: 'json' };
import { matchesOf } from '../../../extract/core/matches.ts';

/** Each match as [index, text, owner], for a grouped pattern (owners) or a plain one (group k+1 is owner k). */
function read(re: RegExp, text: string, owners?: readonly number[]) {
  return matchesOf(re, text).map((m) => {
    const g = m.findIndex((s, i) => i > 0 && s !== undefined);
    return [m.index, m[0], owners ? owners[g - 1] : g - 1];
  });
}
/** The same, for a keyword scan: its owner asked at each match. */
const readScan = (re: RegExp, ownerAt: (text: string, at: number) => number, text: string) =>
  matchesOf(re, text).map((m) => [m.index, m[0], ownerAt(text, m.index)]);

describe('keywordScan', () => {
  const keywords = [['ab', 'x?y', 'a'], ['abc|z', 'Ab\\w+'], ['\\wbcd', 'ab', 'B(?:c)']];
  const plain = new RegExp(`\\b(?:${keywords.map((l) => `(${l.map((s) => `(?:${s})`).join('|')})`).join('|')})`, 'gi');
  const scan = keywordScan(keywords, '');

  it('groups keywords by first letter, an optional letter or a top-level alternation under each of its letters; others keep their place', () => {
    expect(scan.pattern.source).toBe(
      '\\b(?:a(?:(?:b)|(?:)|(?:(?:bc))|(?:b\\w+))|x(?:(?:y))|y(?:(?:))|z(?:(?:))|(?:\\wbcd)|a(?:(?:b))|b(?:(?:(?:c))))');
  });
  it('finds what the plain alternation finds, with the owner of the first keyword that matches', () => {
    for (const text of ['ab abc abcd Abcde bc xy y a', 'ABCD zz z BC', 'abx, ab.']) {
      expect(readScan(scan.pattern, scan.ownerAt, text)).toEqual(read(plain, text));
    }
  });
  // "(?:RTX|GTX)…" left in place split the groups around it: the hardware scan tried 70 alternatives per word, not 26.
  const led = [['(?:RTX|GTX)\\s?\\d{3,4}', 'r\\d'], ['(?:AMD\\s+|Xilinx\\s+)?Versal', 'Alveo', 'AMD'], ['(?:a(?:md|b)|x)\\w'],
    ['[KMG]?FLOPs', 'N?MSE', '(?<!less\\s)[TG]OPS']];
  it('puts a keyword led by a group, a class or a lookbehind under each letter it can open with', () => {
    expect(keywordScan(led, '').pattern.source).toBe(
      '\\b(?:r(?:(?:(?:TX)\\s?\\d{3,4})|(?:\\d))|g(?:(?:(?:TX)\\s?\\d{3,4})|(?:FLOPs)|(?:(?<!less\\s[\\s\\S])OPS))|' +
      'a(?:(?:(?:MD\\s+)Versal)|(?:lveo)|(?:MD)|(?:(?:(?:md|b))\\w))|x(?:(?:(?:ilinx\\s+)Versal)|(?:\\w))|v(?:(?:ersal))|k(?:(?:FLOPs))|' +
      'm(?:(?:FLOPs)|(?:SE))|f(?:(?:LOPs))|n(?:(?:MSE))|t(?:(?:(?<!less\\s[\\s\\S])OPS)))',
    );
    const scanLed = keywordScan([...led, ['\\wb', '(?=a)amx']], '(?![\\w])');
    const plainScan = new RegExp(`\\b(?:${[...led, ['\\wb', '(?=a)amx']].map((l) => `(${l.map((s) => `(?:${s})`).join('|')})`).join('|')})(?![\\w])`, 'gi');
    for (const text of ['RTX 4090, gtx1080 and r9; AMD Versal, Xilinx  Versal, Versal, AMD, Alveo', 'amdx abz xy r2',
      'GFLOPs, FLOPs, mflops; NMSE, MSE, nmse; TOPS, less TOPS, less GOPS, GOPS, less  TOPS', 'amx, Amx, cb; _b']) {
      expect(readScan(scanLed.pattern, scanLed.ownerAt, text)).toEqual(read(plainScan, text));
    }
  });
  it('finds what the plain alternations of the hardware, topic and metric lexicons find, on the gold abstracts', () => {
    const texts = ['seed', 'arxiv-tune'].flatMap((set) => readFileSync(`tests/fixtures/gold/${set}.abstracts.jsonl`, 'utf8')
      .trim().split('\n').flatMap((line) => { const p = JSON.parse(line) as { title: string; abstract: string }; return [p.title, p.abstract]; }));
    const lexicons: [RegExp, (text: string, at: number) => number, readonly string[][], string][] = [
      [HARDWARE_PATTERN, hardwareAt, hardwareData.devices.map((d) => d.patterns), '(?:(?<=\\d)s)?(?![\\w])'],
      [TOPIC_PATTERN, topicAt, topicData.topics.map((t) => t.keywords), '(?![\\w])'],
      [METRIC_CUE_PATTERN, metricCueAt, metricData.cues.map((c) => c.patterns), '(?![\\w])'],
    ];
    for (const [pattern, ownerAt, keywords, after] of lexicons) {
      const plainLexicon = new RegExp(`\\b(?:${keywords.map((l) => `(${l.map((s) => `(?:${s})`).join('|')})`).join('|')})${after}`, 'gi');
      for (const text of texts) expect(readScan(pattern, ownerAt, text)).toEqual(read(plainLexicon, text));
    }
  });
  it('gives the devices the lexicon names', () => {
    const text = 'on 8 A100s and two RTX 4090 GPUs, an AMD MI300X, a Jetson AGX Orin and Apple M2 Max';
    const devices = readScan(HARDWARE_PATTERN, hardwareAt, text).map(([, , k]) => HARDWARE_NAMES[k as number]);
    expect(devices).toEqual(['A100', 'RTX 4090', 'MI300X', 'Jetson Orin', 'M2 Max']);
    // A count glued on ("4xH20") is read by the sticky pattern, with no word boundary before the device.
    HARDWARE_AT.lastIndex = 2;
    const glued = HARDWARE_AT.exec('4xH20 GPUs');
    expect([glued?.[0], HARDWARE_NAMES[hardwareAt('4xH20 GPUs', 2)]]).toEqual(['H20', 'H20']);
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
