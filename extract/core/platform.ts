/**
 * The paper's evaluation platform: "We evaluate X on two 8-GPU H100 servers." names the hardware behind the claims
 * that follow, though their own sentences name none. A platform is a device named in the title, or in a sentence
 * with no claim of its own that sets up an evaluation ("evaluate", "experiments", "On one H100 80GB, …"); a device
 * named as the comparison does not count. Only a paper with one platform passes it on, and only to claims of speed,
 * cost and the like that come after it (a quality or size claim does not depend on the device).
 */
import type { Claim } from './types.ts';
import type { HardwareMention } from './hardware.ts';
import type { Sentence } from './candidate.ts';
import { findHardware } from './hardware.ts';
import { isComparedDevice } from './refiners/hardware.ts';

const SETUP = /\b(?:evaluat\w*|experiment\w*|benchmark\w*|measur\w*|tested|testing|deploy\w*|implement\w*|profil\w*|conduct\w*|run\s+on|ran\s+on|runs\s+on|carried\s+out|performed\s+on)\b/i;
const SETUP_LEAD = /^\s*(?:On|Using|With)\s+(?:a|an|one|two|four|eight|\d+|a\s+single|single)\b/;
/** "… in the kernel contest on NVIDIA Blackwell B200 GPUs", "for inference on Ascend NPUs": where the work runs. */
const RUNS_ON = /\b(?:on|using|across)\s+(?:(?:a|an|the|one|two|four|eight|\d+|single|NVIDIA|AMD|Huawei|Qualcomm|Intel|Apple|Blackwell|Hopper|Ampere|GeForce|Instinct)\s+){0,3}$/i;

export interface Platform {
  device: HardwareMention;
  /** Claims starting at or after this offset (into the view) take the platform; 0 for a title device. */
  from: number;
}

/**
 * The one platform of a paper, or undefined. `sentenceOf` gives the sentence around a device mention;
 * `claimed` says whether a sentence holds a claim.
 */
export function findPlatform(
  title: string, text: string, mentions: readonly HardwareMention[],
  sentenceOf: (m: HardwareMention) => Sentence, claimed: (s: Sentence) => boolean, ownFrom = 0,
): Platform | undefined {
  const platforms: Platform[] = [];
  for (const device of findHardware(title)) {
    if (!isComparedDevice(title, device, 0)) platforms.push({ device, from: 0 });
  }
  // "… Benchmark on Snapdragon X Elite": the one device a title names is the paper's platform, whatever parts of it
  // ("the Hexagon NPU of the Snapdragon X Elite") or other devices the abstract goes on to name.
  if (platforms.length === 1) return platforms[0];
  for (const m of mentions) {
    const s = sentenceOf(m);
    // Background ("On an M4 Pro only 3 agents fit …", before the paper speaks of itself) is no platform.
    if (claimed(s) || isComparedDevice(text, m, s.start) || s.start < ownFrom) continue;
    const runsOn = RUNS_ON.test(text.slice(Math.max(s.start, m.start - 40), m.start));
    if (SETUP.test(s.text) || SETUP_LEAD.test(s.text) || runsOn) platforms.push({ device: m, from: s.start });
  }
  // The title's "M5" and the text's "M5 Pro" are one platform, named the more precise way.
  const names = [...new Set(platforms.map((p) => p.device.name))];
  const precise = names.filter((n) => !names.some((o) => o !== n && o.startsWith(n + ' ')));
  if (precise.length !== 1) return undefined;
  const first = platforms.reduce((a, b) => (b.from < a.from ? b : a));
  const named = platforms.find((p) => p.device.name === precise[0])!;
  return { device: named.device, from: first.from };
}

/**
 * Claims with no device of their own, after the platform and about how it runs, take the platform's device.
 * `viewStarts[i]` is where claim i starts in the view; `deviceFree[i]` whether its quantity ignores the device.
 */
export function applyPlatform(
  claims: Claim[], platform: Platform | undefined, viewStarts: readonly number[], deviceFree: readonly boolean[],
): Claim[] {
  if (!platform) return claims;
  return claims.map((c, i) => c.hardware.length > 0 || deviceFree[i] || viewStarts[i] < platform.from
    ? c
    : { ...c, hardware: [platform.device.name], hardware_count: platform.device.count });
}
