/**
 * paperSystem: the name a paper gives its own method or system (spec §2 `system`, §6b). Ordered readers, first
 * answer wins:
 *  1. the title's prefix before ":" when the abstract uses it too ("S-LoRA: Serving …");
 *  2. the name the abstract introduces ("we present HACK, a …", "a framework called OFA-KD", "Recursive Stem Model
 *     (RSM)" is RSM, "The proposed method, separable PINN (SPINN)", "We refer to … as STABLE-RPS");
 *  3. the title's prefix even when the abstract never repeats it ("Mélange: …");
 *  4. a name the title ends with ("… with HeteRo-Select");
 *  5. the acronym the abstract gives the phrase the title opens with ("Tree Matching Networks (TMN)").
 * A title prefix the abstract does not use loses to an introduced name because titles abbreviate or misspell
 * ("KeDiff:" over "we propose KeyDiff"), unless it is a coined word and the introduced name a part's phrase or acronym
 * ("SplatMAP:" over "dense SLAM"). Empty when the paper names none ("Position: …", "Transductive Few-Shot
 * Learning: …", a generic phrase the abstract writes in lower case). Names are returned as the abstract writes them
 * (raw LaTeX kept: "S$^{2}$FT"), since that is how the paper names itself.
 */
import type { TextView } from './normalize.ts';
import { matchesOf } from './matches.ts';
import { knownSystem } from './canonical-system.ts';
import { ACRONYM, GENERIC, SMALL, abbreviates, genericWord, misspelt, sameName, strong, titleCase } from './name-spelling.ts';
import { acronymOf, titleAcronym } from './system-acronyms.ts';

const WORD = String.raw`[\p{L}\p{N}$\\^{}+_/'’.&-]*[\p{L}\p{N}}$+]`;
const ONE_WORD = new RegExp(`^${WORD}$`, 'u');
/** A title prefix that is a kind of paper or a preposition, not a name. */
const NOT_A_NAME = /^(?:position|sok|wip|retrospective|commentary|survey|review|tutorial|overview|perspective|editorial|keynote|abstract|introduction|benchmarking|rethinking|revisiting|towards?|beyond|on|an?|the|why|how|what|when|is|are|can|do|does|should|less|more|not|all)(?:\s|$)/i;

/** Up to four words that could be a name, as a title prefix: one word, or several of which one is plainly a name. */
function titleName(prefix: string): string | undefined {
  const p = prefix.trim();
  const words = p.split(/\s+/);
  if (words.length > 4 || NOT_A_NAME.test(p) || /^\\/.test(p) || !words.every((w) => ONE_WORD.test(w))) return undefined;
  // "Trust Your $\nabla$", "Know Your Data": a slogan, not a name.
  if (words.length > 1 && words.some((w) => /^(?:your|my|our|their|you|we|us|is|are|be)$/i.test(w))) return undefined;
  if (words.length === 1) return p;
  // A clause is not a name: a gerund opening it ("Defining AI-Native Systems", "Accelerating HEC-RAS") or a plain
  // lower-case word in it ("AdS/Deep-Learning made easy II", "TrackRAD2025 challenge dataset").
  if (/^\p{Lu}\p{Ll}+ing$/u.test(words[0]) || words.some((w) => /^\p{Ll}+$/u.test(w) && !SMALL.has(w))) return undefined;
  return words.some(strong) || words.every((w, i) => titleCase(w) || (i > 0 && (SMALL.has(w) || /^\d+(?:\.\d+)?$/.test(w))) || /^\p{Ll}+-\p{L}+$/u.test(w)) ? p : undefined;
}

/** Whether a prefix is used as a name in the abstract: one plain word or a strong one anywhere; several title-case
 * words only when the abstract writes them capitalised mid-sentence ("The Board Game Arena library"), since a
 * generic phrase ("Transductive Few-Shot Learning") is written in lower case there. */
function usedAsName(name: string, text: string): boolean {
  const words = name.split(/\s+/);
  if (words.length === 1 || words.some(strong)) return true;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (/[\p{Ll},]\s+$/u.test(text.slice(Math.max(0, at - 4), at)) && !/^[\p{L}\p{N}]/u.test(text.slice(at + name.length))) return true;
  }
  return false;
}

/** A coined one-word name ("CDMizer", "RawHash3", "Hummingbird"), not an acronym in capitals or a known system. */
const coined = (name: string) => /^(?=.*\p{Ll})\S+$/u.test(name) && (strong(name) || titleCase(name)) && !knownSystem(name);
// "simple yet effective" before "simple": the first alternative that matches is kept, and "yet" would open the name.
const ARTICLES = String.raw`(?:(?:simple\s+(?:yet|but)\s+effective|a|an|the|our|two|new|novel|simple|general|unified|lightweight|light-weight|efficient|scalable|practical|first|effective|innovative|principled|generic|flexible|holistic|systematic|comprehensive|theoretical|open-source|end-to-end|training-free|plug-and-play)\s+)*`;
const VERB = String.raw`(?:propose|present|introduce|develop|design|build|implement|release|devise|offer|create)(?:s|d|ed)?`;
/** "we propose", "This paper introduces", "In this work, we first propose", "… and propose", "by introducing". */
// Spelled out in both cases, without the i and u flags: this scans every abstract, and those flags cost 8x here.
const INTRODUCES = new RegExp(String.raw`(?:\b(?:[Ww]e|[Tt]his\s+(?:paper|work|study|report|article)|[Hh]ere,?\s+we)\s+(?:(?:first|further|then|also|thus|therefore|hence|now|instead)\s+)?|\band\s+(?:then\s+)?)${VERB}\b(?:\s+in\s+this\s+(?:work|paper))?\s+|\bby\s+(?:introducing|proposing|developing)\s+`, 'g');
const KIND = String.raw`(?:method|technique|mechanism|framework|approach|algorithm|system|scheme|strategy|model|architecture|library|tool|toolkit|engine|compiler|pipeline|solution|platform|benchmark|dataset|protocol|optimizer|accelerator|runtime|design|policy|recipe|family|paradigm|procedure|module|network|variant|extension|service)s?`;
const KIND_WORD = new RegExp(String.raw`^${KIND}$`, 'iu');
const ENDS_IN_KIND = new RegExp(String.raw`(?:^|\s)${KIND}$`, 'iu');
const QUOTED = String.raw`(?:["“'‘]|\x60\x60)([^"”'’]{2,60})(?:["”'’]|'')`;
const AFTER_NAME = String.raw`(?=\s*(?:[,.;:()]|\s(?:a|an|the|which|that|to|for|as|is|with|in|on|and|—)\b|$))`;
// ("a scheme that we term X (EPSR)" names the object; after a comma, "…, which we call Chain of Execution (CoE)" names a part.)
const NAMING_WORD = String.raw`\b(?:(?:called|named|termed|dubbed|coined|entitled|abbreviated)(?:\s+as)?|referred\s+to\s+as|i\.e\.,?|namely|(?<=^[^,]*)(?:that|which)\s+we\s+(?:term|call|name|dub))\s+`;
const FUNCTION_WORD = /^(?:in|by|after|for|as|on|with|from|to|at|of|and|or|the|a|an|this|that|these|it|its)(?:\s|$)/i;
const NAMING_CHEAP = /\b(?:called|named|termed|dubbed|coined|entitled|abbreviated|referred|namely|we\s+(?:term|call|name|dub))\b|\bi\.e\./;
/** "termed Prune, Combine, and Augment (PCA)": a long name with its acronym. */
const NAMED_WITH_ACRONYM = new RegExp(String.raw`${NAMING_WORD}(?:${QUOTED}|${WORD}(?:,?\s+${WORD}){0,8}?)\s*\((${ACRONYM})\)`, 'u');
/** "called LAMB;", "named ``GPTRadScore''", "named Mobile LSD". */
const NAMED = new RegExp(String.raw`${NAMING_WORD}(?:${QUOTED}|(${WORD}(?:\s+${WORD}){0,3}?))${AFTER_NAME}`, 'u');

/** "a novel Concurrent Adversarial Learning (ConAdv) method": a long name opening the object, with its acronym. */
// Articles and praise in lower case only: "the Scalable Planning Engine (SPE)" keeps its capitalised word.
const LONG_NAME = new RegExp(String.raw`^(?:(?:The|A|An|Our)\s+)?${ARTICLES}((?:${WORD}\s+){0,11}?${WORD})\s*\((${ACRONYM})\)`, 'u');
/** "HACK, a …", "Orthogonal Adaptation, a method", "DOPD (Dynamic Optimal Prefill/Decoding), a …", "K-SCAN -- a …". */
const APPOSITIVE = new RegExp(String.raw`^${ARTICLES}(${WORD}(?:\s+${WORD}){0,3}?)(?:\s*\(([^()]{2,120})\))?(?=\s*(,\s*(?:a|an|the|which|our)\b|,|\s+(?:as|to|that|which|for|with|in|on|is)\b|\s+(?:--|—|–)\s|[.:;]|$))`, 'u');

// The description is one noun phrase: past "and", "with" or "where" the name after the comma is something else
// ("a … denoiser and integrate it with the advanced … model, LauraTTS").
const DESCRIBED = new RegExp(String.raw`^(?:a|an|the)\s+(?:(?!\b(?:with|where|which|that|using|use|uses)\b)[^,.;:()]){3,100}?,\s+["“]?(${WORD}(?:\s+${WORD}){0,3}?)["”]?(?:\s*\(([^()]{2,60})\))?(?=,?\s+(?:a|an|the|that|which|to|for|with|as|in|is|on|whose|where)\b|\s*[.;:]|\s*$)`, 'u');
/** Markup around a name: "\\textbf{…}", "{\\bf …}", Markdown's "**…**", perhaps inside "$…$" ("$\\textbf{NEST}$"). */
const MARKUP = String.raw`\$?(?:\\(?:textbf|textit|emph|textsc|texttt|textsf|underline|mathbf|mathrm|mathtt|mathsf)\{([^{}]{2,120})\}|\{\\(?:bf|it|em|sc|tt|sf)\s+([^{}]{2,120})\}|\*\*([^*]{2,120})\*\*)\$?`;
/**
 * Markup anywhere else in the sentence ("a … router, \\texttt{Tanbr}, to"): the name without it. Not after "the"
 * ("introduce the \\emph{Stationary Generalization Error}" names a measure) nor around a lower-case word ("\\emph{i.e.}").
 */
const ANY_MARKUP = new RegExp(String.raw`(?<!\bthe\s)(?=\$?(?:\\[a-z]+\{|\{\\[a-z]+\s|\*\*)[\p{Lu}\d])${MARKUP}`, 'gu');
/** Markup opening the object ("we propose \\textbf{BRANE}", "a novel {\\bf …}") or after a naming word ("called \\textit{Restart}"). */
// (Not after a bare "the": "we introduce the \\emph{Stationary Generalization Error}" names a measure or a theorem.)
const EMPHASIS = new RegExp(String.raw`^((?!the\s)${ARTICLES}|.*?\b(?:called|named|termed|dubbed)\s+(?:as\s+)?)${MARKUP}`);

/** A name phrase and, when one follows it, the acronym in parentheses: the acronym is the name. */
function pick(name: string, acronym: string | undefined): string | undefined {
  if (acronym && strong(acronym) && !/^\\/.test(acronym) && (acronym.length > 2 || !name.split(/\s+/).every(titleCase))) return acronym;
  const n = name.replace(/\s+\d+(?:\.\d+)?[BMK]$/, '').trim();
  // ("$": what is left of a name that was all math.)
  return n && !/^\\/.test(n) && /[\p{L}\p{N}]/u.test(n) ? n : undefined;
}

/**
 * "we propose a novel ContinuousSR framework", "the SOEI framework": a coined name in mixed case, or an acronym of four
 * letters or more, right before its kind. Such a phrase also names what others built ("we propose a PbRL algorithm",
 * "an improved parallel MaxFEM variant"), so the name must be new here (not written before) and recur; not a field's
 * short acronym ("an MTL framework"), a description ("a CUDA-optimized framework") or a known method ("a PPO agent").
 */
function namedByKind(rest: string, text: string, at: number): string | undefined {
  const m = BY_KIND.exec(rest);
  if (!m || /-\p{Ll}+$/u.test(m[1]) || knownSystem(m[1]) || text.slice(0, at).includes(m[1])) return undefined;
  return text.includes(m[1], at + m.index + m[0].length) ? m[1] : undefined;
}
const BY_KIND = new RegExp(String.raw`^${ARTICLES}(?:[\p{Ll}-]+\s+){0,2}(\p{Lu}[\p{L}\p{N}-]*(?:\p{Ll}\p{Lu}|\p{Lu}\p{Ll})[\p{L}\p{N}-]*|\p{Lu}{4,}\d*)\s+${KIND}\b`, 'u');

/** A several-word name must look like one: a strong word, or all title case; a lower-case phrase only when the title holds it. */
function nameShaped(name: string, title: string, apposed: boolean): string | undefined {
  const words = name.split(/\s+/);
  // "LLM-Tool Compiler" ends in a kind, but the title names it so: the paper's own name; so does "a novel approach,
  // Dual-domain Adaptation Networks, which …" when the title opens with it.
  const titled = words.length > 1 && words.every((w) => strong(w) || titleCase(w)) &&
    (words.some(strong) ? title.includes(name) : apposed && title.toLowerCase().startsWith(name.toLowerCase()));
  const strongWords = words.filter(strong);
  if ((ENDS_IN_KIND.test(name) && !titled) || GENERIC.test(name)) return undefined;
  // One name among plain words names the kind next to it ("a theoretical HeteRo-Select framework", "a new framework
  // Dream-OOD") or ends a plain phrase ("fast PLBF"); in "a decorrelation-enhanced GCF objective" or "a framework
  // integrating dense SLAM" it is a term the method uses.
  if (strongWords.length === 1 && words.length > 1 && words.every((w) => strong(w) || /^[\p{Ll}-]+$/u.test(w))) {
    const at = words.indexOf(strongWords[0]);
    const last = at === words.length - 1 && !words.slice(0, at).some((w) => /(?:ing|ed)$/.test(w) || SMALL.has(w));
    return KIND_WORD.test(words[at + 1] ?? '') || KIND_WORD.test(words[at - 1] ?? '') || last ? strongWords[0] : undefined;
  }
  if (strongWords.length > 0) return words.every((w) => strong(w) || titleCase(w) || SMALL.has(w)) ? name : undefined;
  const titleCased = words.every((w, i) => titleCase(w) || (i > 0 && i < words.length - 1 && SMALL.has(w))); // "Federation over Text"
  if (titleCased && (apposed || words.length > 1) && !(words.length === 1 && !apposed)) return name;
  if (apposed && (words.length === 1 || title.toLowerCase().includes(name.toLowerCase()))) return name;
  return undefined;
}


/** The name right after "we propose", unless the vocabulary calls it generic. */
function objectName(rest: string, title: string): string | undefined {
  const name = objectPhrase(rest, title);
  return name && genericWord(name) ? undefined : name;
}

/** The name right after "we propose": "HACK, a …", "Recursive Stem Model (RSM), a …", "dual-pool routing, a mechanism". */
const SENTENCE_END = /[a-z)\d]\.\s+[A-Z]/;

const LEAD_NAME = new RegExp(String.raw`^(${WORD}),\s`, 'u');

function objectPhrase(rest: string, title: string): string | undefined {
  // A name set in bold or italics ("\\textbf{… (QHA)}", Markdown's "**BRANE**") is read without the markup.
  // "We introduce and analyze O-ZD": a second verb before the object.
  let sentence = rest.slice(0, 240).replace(/^and\s+(?:\w+ly\s+)?(?:analy[sz]e|validate|release|evaluate|implement|study)\s+/, '').replace(EMPHASIS, '$1$2$3$4');
  // (Only where there is markup at all: most sentences have none, and the pattern tries every position.)
  if (sentence.includes('\\') || sentence.includes('**')) sentence = sentence.replace(ANY_MARKUP, '$1$2$3');
  // Up to the end of its sentence (found without a lookbehind, which would try every position).
  const stop = SENTENCE_END.exec(sentence);
  if (stop) sentence = sentence.slice(0, stop.index + 1);
  // "Our method, OdysseyLLM, comes with a kernel called FastGEMM": a coined name right there beats a naming further on.
  const lead = LEAD_NAME.exec(sentence);
  if (lead && strong(lead[1]) && !knownSystem(lead[1])) return lead[1];
  // The costly patterns run only where their fixed words are (most sentences have neither).
  const naming = NAMING_CHEAP.test(sentence);
  const hasParen = sentence.includes('(');
  const withAcronym = naming && hasParen ? NAMED_WITH_ACRONYM.exec(sentence) : null;
  if (withAcronym && strong(withAcronym[2])) return pick(withAcronym[1] ?? '', withAcronym[2]);
  const named = naming ? NAMED.exec(sentence) : null;
  if (named) {
    const name = named[1] ?? named[2];
    // "i.e." and "namely" also open explanations and lists ("namely sensitivity and consistency", "i.e. learning to
    // detect"): after them only a name-shaped word is a name. "named in a caption" is a verb, not a naming.
    const shapeless = /^(?:i\.e\.|namely)/.test(named[0]) && !name.split(/\s+/).some((w) => strong(w) || titleCase(w));
    if (!shapeless && !FUNCTION_WORD.test(name) &&
      (named[1] !== undefined || name.split(/\s+/).some(strong) || name.split(/\s+/).every(titleCase) || !ENDS_IN_KIND.test(name))) {
      // "a new dataset called SyntheticFur built specifically for …": the name is the word the naming gives.
      const [first, ...more] = name.split(/\s+/);
      const given = strong(first) && more.every((w) => /^[\p{Ll}-]+$/u.test(w)) ? first : name;
      const shaped = named[1] !== undefined ? name : nameShaped(given, title, true);
      if (shaped) return pick(shaped, undefined);
    }
  }
  const head = hasParen ? LONG_NAME.exec(sentence) : null;
  // Not past a clause: in "a … framework that integrates a Disaster Management Knowledge Graph (DKG)" DKG is a part;
  // not a known method used ("a Proximal Policy Optimization (PPO) agent").
  const spelt = head && abbreviates(head[2], head[1]);
  // ("a versatile Markov Chain Monte Carlo (MCMC)-based algorithm": a method the name is built on.)
  if (head && spelt && !/^-\p{L}/u.test(sentence.slice(head.index + head[0].length)) && !/[,;:]|\b(?:that|which|where|whose|integrates|combines|comprises|consists)\b/.test(head[1]) &&
    strong(head[2]) && !(knownSystem(head[1]) && knownSystem(head[1]) === knownSystem(head[2]))) {
    return pick(head[1], head[2]);
  }
  const appositive = APPOSITIVE.exec(sentence);
  // "BRANE, a …"; "Cajal: a typed language" for a capitalised name (not "an alternative: a …").
  const next = appositive ? sentence.slice(appositive[0].length) : '';
  const apposed = /^,\s*(?:a|an|the)\b/.test(next) || (/^:\s*(?:a|an|the)\b/.test(next) && /^\p{Lu}/u.test(appositive?.[1] ?? ''));
  const shaped = appositive ? nameShaped(appositive[1], title, apposed) : undefined;
  if (appositive && shaped) {
    const paren = appositive[2] && strong(appositive[2]) && !/\s/.test(appositive[2]) ? appositive[2] : undefined;
    return paren && !shaped.split(/\s+/).some(strong) ? paren : shaped;
  }
  // The name after its description: "a multimodal network, BioMorphNet, which", "a new approach, Task-Agnostic
  // Morphology Evolution (TAME), to".
  // Only a capitalised or coined name, not a participle ("a model, leveraging …") or a known system ("…, SAM, to").
  const described = sentence.includes(',') ? DESCRIBED.exec(sentence) : null;
  const words = described ? described[1].split(/\s+/) : [];
  const name = described && /^[\p{Lu}\d$\\]/u.test(described[1]) && words.every((w) => strong(w) || titleCase(w) || SMALL.has(w)) &&
    !knownSystem(described[1]) ? nameShaped(described[1], title, true) : undefined;
  return name && described?.[2] && strong(described[2]) && !/\s/.test(described[2]) ? described[2] : name;
}

/**
 * "The proposed method, separable PINN (SPINN)"; "Our core innovation, PrivateLoRA,"; "The proposed method is dubbed as
 * UniHOI"; "We refer to … as STABLE-RPS", "which we call X (ACR)".
 */
const OWN = new RegExp(String.raw`\b(?:[Tt]he\s+proposed|[Oo]ur(?:\s+core)?)\s+(?:${KIND}|innovation|contribution)(?:,\s+|\s+is\s+(?=(?:called|named|dubbed|termed)\b))(?:(?:called|named|dubbed|termed)(?:\s+as)?\s+)?`, 'g');
const REFER = new RegExp(String.raw`\bwe\s+(?:refer\s+to\s+[^.;]{1,80}?\s+as|call\s+(?:it|this|our\s+\w+)|(?<=(?:which|that)\s+we\s+)call)\s+(${WORD})(?:(?:\s+${WORD}){0,3}?\s*\((${ACRONYM})\))?`, 'iu');

/** How often a name is the subject of a result ("Tetris achieves up to 4.35x", "CloudMatrix-Infer outperforms"). */
function resultsOf(name: string, text: string): number {
  let n = 0;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    if (RESULT_VERB.test(text.slice(at + name.length, at + name.length + 40))) n++;
  }
  return n;
}
const RESULT_VERB = /^(?:'s?|’s?)?\s+(?:(?:also|further|consistently|significantly|still|even)\s+)?(?:achiev|outperform|deliver|attain|improv|reduc|accelerat|speed|yield|surpass|reach|cut|lower|boost|increas|enabl|provid)\w*\b/;
const WITH_APPOSED = /\b(?:[Ww]ith|[Vv]ia)\s+(?=[^\s,]+,\s+an?\s)/g;

/**
 * The first name the abstract introduces; when it introduces several ("we propose CDSP … we build Tetris"), the one its
 * results are stated for.
 */
function introducedName(text: string, title: string): string | undefined {
  const names: string[] = [];
  const found = matchesOf(INTRODUCES, text).map((m) => ({ at: m.index + m[0].length, apposed: false }));
  // "we reduce this to seconds with Clari, a large-scale flow matching model": a coined name in apposition after "with".
  if (text.includes(', a')) for (const m of matchesOf(WITH_APPOSED, text)) found.push({ at: m.index + m[0].length, apposed: true });
  for (const { at, apposed } of found.sort((a, b) => a.at - b.at)) {
    const rest = text.slice(at, at + 240);
    // Not a model or method used ("compared with ArmoRM, a strong reward model"): the paper's own name recurs.
    const name = objectName(rest, title) ?? (apposed ? undefined : namedByKind(rest, text, at));
    if (name && !names.includes(name) && (!apposed || (coined(name) && !knownSystem(name) && text.includes(name, at + name.length)))) {
      names.push(name);
    }
    // The first name with results stated for it needs no rival read.
    if (names.length === 1 && resultsOf(names[0], text) > 0) break;
  }
  if (names.length > 0) {
    let best = names[0];
    let most = resultsOf(best, text);
    for (const name of names.slice(1)) {
      const n = resultsOf(name, text);
      if (n > most) [best, most] = [name, n];
    }
    return best;
  }
  for (const m of matchesOf(OWN, text)) {
    const name = objectName(text.slice(m.index + m[0].length, m.index + m[0].length + 240), title);
    if (name && name.split(/\s+/).some(strong)) return name;
  }
  const at = text.search(/\b[Ww]e\s+(?:refer\s+to|call)\b/);
  // "which we call Individualized DP-SGD (IDP-SGD)": the acronym given with the name.
  const refer = at < 0 ? null : REFER.exec(text.slice(Math.max(0, at - 12), at + 200));
  // Only after a capitalised name: "we call this failure likelihood hacking (LH)" names a finding, not a method.
  const spelled = refer?.[2] ? refer[0].slice(refer[0].indexOf(refer[1]), refer[0].lastIndexOf('(')).trim().split(/\s+/) : [];
  const referred = refer?.[2] && strong(refer[2]) && spelled.every((w) => strong(w) || titleCase(w)) ? refer[2] : refer?.[1];
  return referred && strong(referred) ? referred : undefined;
}

/** "… with Sarathi-Serve", "… with HeteRo-Select": a hyphenated or inner-capital name ending the title, written so in the abstract. */
const TITLE_ENDS_WITH_NAME = /\b(?:with|via|using|in|by)\s+([A-Za-z0-9]+(?:-[A-Za-z0-9]+)+|[A-Z][a-z]+[A-Z][\w-]*)\s*$/;


/** Whether the abstract, as read or as plain text, holds the name in any case. */
const inAbstract = (view: TextView, name: string) => [view.raw, view.text].some((t) => t.toLowerCase().includes(name.toLowerCase()));

export function paperSystem(title: string, view: TextView): string {
  const colon = title.indexOf(':');
  // "The Self-Execution Benchmark: …" goes by "Self-Execution Benchmark".
  // "Eddy-VL 1.9B: …" is Eddy-VL: the size names one model of the system.
  const prefix = colon > 0 ? titleName(title.slice(0, colon).replace(/^\s*The\s+(?=\S+\s)/, '').replace(/(?<=\S)\s+\d+(?:\.\d+)?[BMT]\s*$/, '')) : undefined;
  if (prefix && usedAsName(prefix, view.text) && inAbstract(view, prefix)) return acronymOf(prefix, view.text) ?? prefix;
  const introduced = introducedName(view.raw, title);
  if (introduced && !/^\\/.test(introduced)) {
    if (prefix && sameName(prefix, introduced)) return prefix;
    // A coined one-word title name ("SplatMAP:", "LiTo:") is the paper's even when the abstract never writes it, over a
    // phrase or acronym the abstract introduces for a part ("Compressed Entry", "LRD", "DiT"); a coined word there is the
    // system under another name ("AI4Contracts:" and "CDMizer"), as is a misspelling ("KeDiff:" and "KeyDiff").
    const titled = prefix && !/\s/.test(prefix) && !prefix.includes('\\') && strong(prefix);
    return titled && !coined(introduced) && !misspelt(prefix, introduced) ? prefix : introduced;
  }
  if (prefix && usedAsName(prefix, view.text)) return prefix;
  const ending = TITLE_ENDS_WITH_NAME.exec(title);
  if (ending && !GENERIC.test(ending[1]) && view.text.includes(ending[1])) return ending[1];
  return titleAcronym(title, view.text) ?? '';
}
