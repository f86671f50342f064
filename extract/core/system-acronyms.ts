/**
 * The acronym a paper's name goes by, for paperSystem (system.ts): a title prefix's acronym in the abstract
 * ("Reduced Matrix Multiplication (RMM)"), and the acronym the abstract gives the phrase the title opens with.
 */
import { knownSystem } from './canonical-system.ts';
import { ACRONYM, GENERIC, SMALL, abbreviates, genericWord, strong } from './name-spelling.ts';

const PAREN_ACRONYM = new RegExp(String.raw`^\s*\((${ACRONYM})\)`, 'u');
/** "Reduced Matrix Multiplication (RMM)": the abstract's acronym of a prefix is the name it goes by. */
export function acronymOf(name: string, text: string): string | undefined {
  // A one-word prefix is already short: "PhonemeFake (PF)" stays PhonemeFake ("Chain-of-Zoom (CoZ)" is CoZ).
  // "DisQ-HNet (DQH)": so is a coined word in hyphenated parts, each with capitals of its own.
  const coined = !/\s/.test(name) && name.split('-').every((part) => /^.+[A-Z0-9]/.test(part));
  const at = /[\s-]/.test(name) && !coined ? text.toLowerCase().indexOf(name.toLowerCase()) : -1;
  const m = at < 0 ? null : PAREN_ACRONYM.exec(text.slice(at + name.length, at + name.length + 30));
  // Right after the whole prefix, "(FLy)" is its acronym even when it skips words ("Training-Free Loosely Speculative
  // Decoding (FLy)").
  return m && strong(m[1]) && !GENERIC.test(m[1]) && (abbreviates(m[1], name) || name.split(/\s+/).length > 2) ? m[1] : undefined;
}


/** "Tree Matching Networks for …" with "Tree Matching Networks (TMN)" in the abstract: the title opens with the paper's
 * method when the abstract gives that capitalised phrase an acronym of its own (not a field's: FL, NAS, SNNs, PPO). */
export function titleAcronym(title: string, text: string): string | undefined {
  const head = title.replace(/^\s*(?:A|An|The)\s+/, '').toLowerCase();
  // Most abstracts never write the title's first word before a parenthesis: skip them before any lookup (a third of
  // paperSystem's time went here).
  const first = head.split(/\s+/, 1)[0];
  if (!first || !text.toLowerCase().includes(first)) return undefined;
  for (let at = text.indexOf('('); at >= 0; at = text.indexOf('(', at + 1)) {
    const acr = PAREN_ACRONYM.exec(text.slice(at, at + 30))?.[1];
    if (!acr) continue;
    const words = text.slice(Math.max(0, at - 120), at).trim().split(/\s+/);
    for (let k = 2; k <= Math.min(7, words.length); k++) {
      const phrase = words.slice(-k);
      if (SMALL.has(phrase[0])) break;
      // A capitalised phrase may be the start of the title; a lower-case one only the whole of it ("… which we call
      // diversity-preserving exploitation of crossover (DiPEC)").
      const capitalised = phrase.every((w) => /^[\p{Lu}\d]/u.test(w) || SMALL.has(w));
      const said = phrase.join(' ').toLowerCase();
      if (!(capitalised ? head.startsWith(said) : head === said)) continue;
      if (abbreviates(acr, phrase.join(' ')) && strong(acr) && !GENERIC.test(acr) && !genericWord(acr) && !knownSystem(acr)) return acr;
    }
  }
  return undefined;
}
