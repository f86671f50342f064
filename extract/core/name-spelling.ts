/**
 * How names are spelt and shaped, for paperSystem (system.ts, system-acronyms.ts): two spellings of one name, whether
 * an acronym abbreviates a phrase, and whether a word looks like a name at all. Kept apart so the finder stays
 * readable; nothing here knows about abstracts.
 */
import { canonicalSystem } from './canonical-system.ts';

/** Words a name may hold in lower case ("Mixture of Universal Experts"). */
export const SMALL = new Set(['of', 'for', 'with', 'on', 'and', 'in', 'to', 'via', 'the', 'a', 'by', 'from', 'over']);

/** Two spellings of one name: "Mélange" and "M\\'elange", "S-LoRA" and "S-LORA". */
const letters = (s: string) => s.normalize('NFD').replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
export const sameName = (a: string, b: string) => letters(a) === letters(b);
/** One name spelt two ways: at most two letters apart ("DOPO" and "DOPD", "RollArt" and "RollArc"). */
export function misspelt(a: string, b: string): boolean {
  const [x, y] = [letters(a), letters(b)];
  if (Math.abs(x.length - y.length) > 2) return false;
  let row = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const next = [i];
    for (let j = 1; j <= y.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    row = next;
  }
  return row[y.length] <= 2;
}

/** The letters an acronym stands on: each word's initial, every letter of an all-capitals word ("separable PINN"), the
 * capitals of a camel-case word ("CounterFactual Multi-Agent Debate (CFMAD)"). */
function initials(phrase: string, small = false, runs = false): string {
  return phrase.split(/[\s-]+/).filter((w) => w && (small || !SMALL.has(w.toLowerCase())))
    .map((w) => (/^\p{Lu}{2,}$/u.test(w) ? w : /^\p{Lu}\p{Ll}+\p{Lu}/u.test(w) ? w.replace(/\P{Lu}/gu, '') :
      // "Scalable COde Planning Engine (SCOPE)", "Codec TAilored to MLLMs (CoTAM)": the capitals a word is spelt with.
      runs && /^\p{Lu}{2,}\p{Ll}/u.test(w) ? /^\p{Lu}+/u.exec(w)![0] : w[0])).join('').toLowerCase();
}

/** Whether "(ACR)" abbreviates the phrase before it: the phrase starts with its first letter and holds its capitals in order. */
export function abbreviates(acronym: string, phrase: string): boolean {
  // "a two-stage federated few-shot learning (FFSL)", "an image Codec TAilored to MLLMs (CoTAM)": lower-case words that
  // describe the name may come before it.
  const words = phrase.split(/\s+/);
  // (Only for a coined acronym: a field's short one, "proximal policy optimization (PPO)", is a method the paper uses.)
  const coinedAcronym = /\p{Ll}/u.test(acronym) || acronym.replace(/[^\p{Lu}]/gu, '').length >= 4;
  for (let k = 0; k <= (coinedAcronym ? 2 : 0) && (k === 0 || k < words.length - 1); k++) {
    // ("a variant of Differentially Private SGD (DP-SGD)": what comes after "of" is not the name.)
    if (k > 0 && (!/^[\p{Ll}-]+$/u.test(words[k - 1]) || SMALL.has(words[k - 1]) || SMALL.has(words[k]))) break;
    if (spells(acronym, words.slice(k).join(' '), coinedAcronym)) return true;
  }
  return false;
}

function spells(acronym: string, phrase: string, coinedAcronym: boolean): boolean {
  const caps = (acronym.match(/\p{Lu}/gu) ?? []).join('').toLowerCase();
  // Small words count when the acronym spells them in a capitalised name ("Mixture of Universal Experts (MOUE)"), not in a
  // term of the field ("maximum a posteriori (MAP)", "region-of-interest (ROI)").
  const named = phrase.split(/[\s-]+/).every((w) => SMALL.has(w.toLowerCase()) || /^\P{Ll}/u.test(w));
  return [initials(phrase, false, coinedAcronym), ...(named ? [initials(phrase, true, coinedAcronym)] : [])].some((ini) => {
    if (caps.length < 2 || ini[0] !== caps[0]) return false;
    let j = 0;
    for (const ch of ini) if (ch === caps[j]) j++;
    return j >= Math.min(caps.length, 3);
  });
}

/** A word that is plainly a name: capitals inside it, digits or LaTeX ("vLLM", "GEMM-Centric", "HEPTv2", "S$^{2}$FT"). */
const STRONG = /^(?=.*\p{L})(?:.*\p{Lu}.*\p{Lu}|.*\p{Ll}\p{Lu}|.*\p{L}.*\p{N}|.*\p{N}.*\p{L}|.*\$|.*\p{L}\+)/u;
/** Words of prose that look like names: plural acronyms ("LLMs", "CNNs") and the field's generic abbreviations. */
export const GENERIC = /^(?:\p{Lu}+s|LLM|MLLM|VLM|LMM|SLM|GPU|CPU|TPU|NPU|DNN|CNN|RNN|GNN|LSTM|MLP|GAN|VAE|SSM|ViT|DL|DRL|NN|ML|AI|NLP|CV|FL|RL|MoE|SOTA|API|KV|IoT|FPGA|ASIC|SGD|KD|NAS|PTQ|QAT|RAG|CoT|PINN|SNN|LoRA|PEFT)$/u;
export const titleCase = (w: string) => /^\p{Lu}[\p{Ll}'’]*(?:-\p{Lu}?[\p{Ll}]+)*$/u.test(w);
export const strong = (w: string) => STRONG.test(w) && !GENERIC.test(w) && !/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+$/u.test(w);

/** An acronym as a pattern source ("RSM", "S$^{2}$FT"). */
export const ACRONYM = String.raw`[\p{L}\p{N}$\\^{}+-]{2,20}`;

/** A one-word name the systems vocabulary calls generic ("3D", "FM", "LLM-based", "MARL") is a description, not a
 * name. Lower-case words and capitalised English words ("PRIOR", "PURE") are left to the callers, since the vocabulary
 * calls every plain word generic ("nncase"). */
export const genericWord = (name: string) => !/\s/.test(name) && /[\p{Lu}\p{N}]/u.test(name) && !/^\p{Lu}{4,}$/u.test(name) && canonicalSystem(name) === '';
