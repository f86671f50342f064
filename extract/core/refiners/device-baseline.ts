/**
 * A device as the thing compared against: "than the A100 GPU", "over NVIDIA's Jetson AGX Orin", "over four RTX4090",
 * "over the latest NVIDIA A100 and H100 GPUs". Named as written, without count, vendor, article and "GPU" (spec §2: as
 * written); readBaseline asks here first.
 */
import { findHardware } from '../hardware.ts';

/** A count word before a device or a noun. */
export const COUNT_WORD = '(?:one|two|three|four|five|six|seven|eight|nine|ten|sixteen|hundreds?|thousands?|millions?|billions?|dozens?)';
/** "over four RTX4090", "than 8x A100": a count before a device. */
const COUNT_OF_DEVICES = new RegExp(`^(?:\\d+\\s*[x×]?|${COUNT_WORD})\\s+(?=[A-Z])`, 'i');

/** The device a phrase opens with, and each device joined to it ("A100 and H100 GPUs"); [] when it opens with none. */
export function deviceBaselines(phrase: string): string[] {
  const text = phrase.replace(COUNT_OF_DEVICES, '');
  const first = deviceBaseline(text);
  if (!first) return [];
  const devices = findHardware(text.slice(0, 120));
  const out = [first];
  // The devices joined to it by "and", "or" or a comma, each followed by no more than a "GPUs" word.
  for (let k = 1; k < devices.length && /^\s*(?:GPUs?\s*)?(?:,\s*(?:and\s+|or\s+)?|(?:and|or)\s+)(?:NVIDIA'?s?\s+|AMD'?s?\s+)?$/i
    .test(text.slice(devices[k - 1].end, devices[k].start)); k++) out.push(text.slice(devices[k].start, devices[k].end));
  return out;
}

function deviceBaseline(text: string): string | undefined {
  // ("the latest NVIDIA A100", "the edge GPU NVIDIA Jetson Orin NX": a kind of device before its name.)
  const head = text.replace(/^\s*(?:(?:the|an?|NVIDIA'?s?|AMD'?s?|Apple'?s?|a\s+single|one|high-end|commodity|latest|(?:edge|embedded|mobile|consumer|server|data-?center)(?:\s+(?:GPU|CPU|NPU|SoC|device|platform)s?)?)\s+)*/i, '');
  // Devices start with a capital or a digit ("A100", "RTX 4090"); most phrases do not, and need no search.
  if (!/^[A-Z0-9]/.test(head)) return undefined;
  const device = findHardware(head.slice(0, 60))[0];
  if (!device || device.start > 0) return undefined;
  // Only the device itself ("A100 GPU", "V100 GPUs"), not "A100-based systems".
  return /^\s*(?:GPUs?|NPUs?|cards?|chips?|boards?|devices?|platforms?|SoCs?)?\s*(?:[,.;:)]|$|\s(?:and|or|by|in|on|for|with|under|across|at|while|,)\b)/i
    .test(head.slice(device.end)) ? head.slice(device.start, device.end) : undefined;
}
