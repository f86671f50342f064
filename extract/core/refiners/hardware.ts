/**
 * attachHardware: the accelerators the text ties to each claim (spec §6). A claim looks first in its own stretch of the
 * sentence after it (up to the next claim), then before it (back to the previous claim), never across a hard break
 * (";", "(2)"); with nothing there, it takes the sentence's only one. A device named as the comparison ("2x higher
 * throughput than the A100 GPU") is the baseline, not the claim's hardware. "2.1x and 3.4x on A100 and H100" pairs in
 * order; "on a cluster of L4, A10G, and L40S GPUs" is one set of three.
 */
import { withFields, type Candidate, type SentenceContext } from '../candidate.ts';
import type { HardwareMention } from '../hardware.ts';
import { occurs } from '../lexicon/index.ts';
import { HARD_BREAK } from './clauses.ts';
import { pairsInOrder } from './coordination.ts';
import { listGroups } from './lists.ts';

/** Words right before a device that make it the thing compared against. */
const COMPARED_TO = /\b(?:than|over|versus|vs\.?|against|outperform\w*|surpass\w*|beat(?:s|ing)?|relative\s+to|compared\s+(?:to|with|against)|(?:comparable|similar|equivalent|on\s+par)\s+(?:\w+\s+)?(?:to|with)|in\s+comparison\s+(?:to|with)|[\d.]+\s*(?:x|×|times)\s+the\s+\w+(?:\s+\w+)?\s+of)\s+(?:(?:the|an?|NVIDIA'?s?|AMD'?s?|Apple'?s?|a\s+single|one|its|their|high-end|commodity|same)\s+)*(?:(?!(?:on|in|at|with|using|under|across|for|by)\b)[\w-]+\s+){0,3}$/i;

/** Whether a device mention is the comparison's baseline ("than NVIDIA's A100", "over an AGX Orin GPU"). */
export function isComparedDevice(text: string, m: HardwareMention, from: number): boolean {
  const before = text.slice(Math.max(from, m.start - 60), m.start);
  // "over a 32-node A100 cluster": where the runs went, not a comparison.
  return COMPARED_TO.test(before) && !OVER_A_CLUSTER.test(before);
}
const OVER_A_CLUSTER = /\bover\s+(?:an?\s+|the\s+)?(?:\d+|two|four|eight|sixteen)[-\s](?:nodes?|GPUs?|NPUs?|cards?|machines?|servers?|devices?)\s+$/i;

const DEVICE_FREE_METRICS: ReadonlySet<string> = new Set(['accuracy', 'fid', 'parameters']);

/**
 * Quality and size do not depend on the device: accuracy, FID, parameters. (Error-like 'other' quantities such as
 * perplexity or MAPE were measured both ways on arxiv-tune: annotators tie a device to them about half the time.)
 */
export function isDeviceFree(metric: string | undefined): boolean {
  return metric !== undefined && DEVICE_FREE_METRICS.has(metric);
}

/** "On an Apple M5 Pro, …", "Using 8 H100 GPUs, …", "For example, on Snapdragon 845, …": the sentence is about runs on that device. */
const SENTENCE_LEAD = /^\s*(?:(?:For\s+(?:example|instance)|In\s+particular|Notably|Specifically),\s+(?=[a-z]))?(?:[Oo]n|[Uu]sing|[Ww]ith|[Aa]cross|For)\s+(?:[\w-]+\s+){0,4}$/;

/** "Evaluations on three datasets over a 32-node A100 cluster show that …": the setup the sentence's results ran on. */
const SETUP_OPENING = /^\s*(?:(?:Our\s+)?(?:evaluations?|experiments?|benchmarks?|results?|measurements?|tests?)\b|(?:Evaluated|Tested|Benchmarked|Deployed|Implemented|Measured)\s)[^;]*$/i;

const MAINTAINING = /^[^;:.]{0,60}\b(?:while|whilst)\s+(?:still\s+)?(?:maintaining|preserving|retaining|keeping|achieving)\b[^;:.]{0,60}$/i;

const LIST_JOIN = /^\s*(?:GPUs?\s*)?(?:,\s*(?:and\s+|or\s+)?|(?:and|or)\s+|\/\s*)$/i;

/** The coordinated list of devices a mention belongs to ("L4, A10G, and L40S"). */
function deviceList(text: string, mentions: readonly HardwareMention[], m: HardwareMention): HardwareMention[] {
  let i = mentions.indexOf(m);
  let j = i;
  while (i > 0 && LIST_JOIN.test(text.slice(mentions[i - 1].end, mentions[i].start))) i--;
  while (j < mentions.length - 1 && LIST_JOIN.test(text.slice(mentions[j].end, mentions[j + 1].start))) j++;
  return mentions.slice(i, j + 1);
}

function withDevices(c: Candidate, list: readonly HardwareMention[]): Candidate {
  const names = [...new Set(list.map((h) => h.name))];
  return withFields(c, { hardware: names, hardwareCount: list.length === 1 ? list[0].count : null });
}

function crossesBreak(text: string, a: number, b: number): boolean {
  return occurs(HARD_BREAK, text.slice(Math.min(a, b), Math.max(a, b)));
}

export function attachHardware(ctx: SentenceContext): Candidate[] {
  const { abstract, sentence, candidates } = ctx;
  const inSentence = ctx.hardware.filter((h) => h.start >= sentence.start && h.end <= sentence.end);
  // "over the latest NVIDIA A100 and H100 GPUs": every device of a compared list is compared.
  const compared = new Set(inSentence.filter((h) => isComparedDevice(abstract, h, sentence.start))
    .flatMap((k) => deviceList(abstract, inSentence, k)));
  const own = inSentence.filter((h) => !compared.has(h));
  if (own.length === 0) return candidates;
  const n = candidates.length;
  // "2.1x and 3.4x on A100 and H100, respectively", "2.5x/3.1x on A100/H100": one device each, in order.
  const distinct = [...new Set(own.map((h) => h.name))];
  if (n > 1 && pairsInOrder(ctx) && distinct.length === n && own.every((h) => h.start >= candidates[n - 1].end)) {
    return candidates.map((c, i) => withDevices(c, [own.find((h) => h.name === distinct[i])!]));
  }
  const lead = own[0];
  const opening = abstract.slice(sentence.start, lead?.start ?? sentence.start);
  const leading = lead && lead.end <= candidates[0].start && (SENTENCE_LEAD.test(opening) || SETUP_OPENING.test(opening))
    ? lead
    : undefined;
  const paired = new Map<number, HardwareMention>();
  // "up to 2.00x and 1.97x peak speedup on A40 and H100": a list of k numbers followed by k devices.
  for (const list of listGroups(ctx)) {
    if (list.length < 2) continue;
    const last = candidates[list[list.length - 1]];
    const next = candidates[list[list.length - 1] + 1];
    const after = own.filter((h) => h.start >= last.end && (!next || h.end <= next.start));
    const devices = after.length ? deviceList(abstract, own, after[0]) : [];
    if (devices.length === list.length && new Set(devices.map((h) => h.name)).size === list.length) {
      list.forEach((k, i) => paired.set(k, devices[i]));
    }
  }
  const out: Candidate[] = [];
  candidates.forEach((c, i) => out.push(hardwareOf(c, i)));
  return out;

  function hardwareOf(c: Candidate, i: number): Candidate {
    const pairedDevice = paired.get(i);
    if (pairedDevice) return withDevices(c, [pairedDevice]);
    const next = candidates[i + 1];
    const prev = candidates[i - 1];
    const reachable = own.filter((h) => !crossesBreak(abstract, c.start, h.start));
    const afterIt = reachable.find((h) => h.start >= c.end && (!next || h.end <= next.start));
    const beforeIt = reachable.filter((h) => h.end <= c.start && (!prev || h.start >= prev.end)).at(-1);
    if (afterIt) return withDevices(c, deviceList(abstract, own, afterIt));
    // Quality and size do not depend on the device: an accuracy claim takes only a device named right after it, or one
    // that opens the sentence ("On Snapdragon 845, X runs 12x faster …, while using 13x fewer parameters").
    // So does the device of the claim it rides on: "120 FPS on the Jetson Orin while maintaining an mAP of 98.5%".
    if (isDeviceFree(c.metric)) {
      if (leading) return withDevices(c, deviceList(abstract, own, leading));
      const ridden = out[i - 1];
      return ridden?.hardware.length && MAINTAINING.test(abstract.slice(ridden.end, c.start))
        ? withFields(c, { hardware: ridden.hardware, hardwareCount: ridden.hardwareCount }) : c;
    }
    // "On GH200, X cuts latency by 7.1x and …": a device named earlier in the clause covers the claims after it,
    // and one that opens the sentence covers the whole sentence.
    const chosen = beforeIt ?? reachable.filter((h) => h.end <= c.start).at(-1) ?? leading;
    if (chosen) return withDevices(c, deviceList(abstract, own, chosen));
    const names = new Set(reachable.map((h) => h.name));
    if (names.size === 1) return withDevices(c, [reachable[0]]);
    // "on a cluster of L4, A10G, and L40S GPUs": the sentence's one list of devices is the claim's setup.
    const list = reachable.length ? deviceList(abstract, own, reachable[0]) : [];
    return list.length === reachable.length && list.length > 1 ? withDevices(c, list) : c;
  }
}
