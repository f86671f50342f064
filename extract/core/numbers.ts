/**
 * Turning number text into numbers: digits with thousands separators, and number words,
 * which compromise parses ("four" → 4, "a third" → 0.333). Word results are memoised: the set is small.
 */
import nlp from 'compromise';

/** Digits, optionally with thousands separators and decimals. Not preceded by a letter, digit, dot, '@' (nDCG@10) or '^' (an exponent). */
export const NUMBER_SOURCE = String.raw`(?<![\w.@^])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;

export function parseDecimal(text: string): number {
  return Number(text.includes(',') ? text.replace(/,/g, '') : text);
}

/** Number words a finder may meet before `times`, `fold` or `orders of magnitude`. */
export const NUMBER_WORD_SOURCE =
  String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|(?:one\s+|a\s+)?hundred|(?:one\s+|a\s+)?thousand)`;

const wordCache = new Map<string, number | null>();

/** A number word (or digits) → its value via compromise; null when it is not a number. */
export function wordToNumber(text: string): number | null {
  const key = text.toLowerCase().trim();
  if (/^[\d,.]+$/.test(key)) return parseDecimal(key);
  const cached = wordCache.get(key);
  if (cached !== undefined) return cached;
  const parsed = nlp(key).numbers().get() as unknown as number[];
  const found = parsed[0];
  const value = typeof found === 'number' && Number.isFinite(found) ? found : null;
  wordCache.set(key, value);
  return value;
}

/** An error bar after a number ("89.7±0.4", "79.7 +/- 1.8"): a finder skips it to reach the unit; the ± part is no claim. */
export const ERROR_BAR_SOURCE = String.raw`(?:\s*(?:±|\+\/-|\+-)\s*(?:\d+(?:\.\d+)?))?`;
