/**
 * normalize: a plain-text view of an abstract as arXiv keeps it (raw LaTeX and all), with a map back to the raw
 * text. `up to $3.1\times$` reads `up to 3.1×`, `72\%` reads `72%`, `$\sim$15~ms` reads `~15 ms`, `$4.2\times$--$120\times$`
 * reads `4.2×–120×`. Finders and refiners read the view; claims keep raw offsets, so `raw.slice(start, end) === span`
 * still holds. The dashboard uses the same view to show spans and evidence readably.
 *
 * One left-to-right regex pass over the raw text (linear); text without any `\`, `$`, `~` or `--` is its own view.
 */

export interface TextView {
  /** The plain-text view. */
  readonly text: string;
  /** The text as read. */
  readonly raw: string;
  /** Raw offsets [start, end) of a view range, widened to take in the math delimiters around it. */
  rawSpan(start: number, end: number): [number, number];
}

/** Symbol macros and their plain form. A macro not listed here is kept as written (`\modelname`, `\alpha`). */
const SYMBOLS: Record<string, string> = {
  times: '×', texttimes: '×', sim: '~', textasciitilde: '~', approx: '≈', simeq: '≈', thickapprox: '≈',
  pm: '±', mu: 'µ', textmu: 'µ', le: '≤', leq: '≤', leqslant: '≤', ge: '≥', geq: '≥', geqslant: '≥',
  lt: '<', gt: '>', textless: '<', textgreater: '>', ll: '≪', gg: '≫', cdot: '·', to: '→', rightarrow: '→',
  uparrow: '↑', downarrow: '↓', infty: '∞', ast: '*', star: '*', degree: '°', circ: '°', approxeq: '≈',
  textendash: '–', textemdash: '—', dots: '…', ldots: '…', cdots: '…',
  // Font and size switches, and \left/\right: no text of their own.
  bf: '', it: '', em: '', rm: '', sf: '', tt: '', sc: '', cal: '', small: '', footnotesize: '', large: '', Large: '',
  left: '', right: '', displaystyle: '', mathrm: '', mathbf: '', mathit: '', mathsf: '', mathtt: '', mathcal: '',
  mathbb: '', text: '', textbf: '', textit: '', textrm: '', texttt: '', textsf: '', textsc: '', textnormal: '',
  emph: '', underline: '', mbox: '', operatorname: '', boldsymbol: '', bm: '', textup: '', ensuremath: '', hbox: '',
};

/**
 * Raw tokens with a view of their own, tried at each position in this order:
 * `\$` `\%` `\&` `\_` `\#` `\{` `\}` (escaped characters), spacing commands `\,` `\;` `\:` `\ ` `\!` `\-` `\\`,
 * math delimiters `\(` `\)` `\[` `\]`, a named macro with its trailing space, `$`, braces, `---`/`--`, and `~`.
 */
const TOKEN = /\\([$%&_#{}])|\\([,;: !>\-\\])|\\([()[\]])|\\([A-Za-z]+)\s?|\$|[{}]|-{2,3}|~/g;
const HAS_MARKUP = /[\\$~{}]|--/;

/** `~` is LaTeX's non-breaking space between words (`Fig.~3`, `15~ms`) and "about" before a number (`~3x`). */
function tilde(raw: string, at: number): string {
  const prev = raw[at - 1] ?? ' ';
  const next = raw[at + 1] ?? ' ';
  // "1.5x~2.8x" is a range; "RTX~3090" is a name with a non-breaking space.
  const afterNumber = /[\d%×]/.test(prev) || (/[xX]/.test(prev) && /\d/.test(raw[at - 2] ?? ''));
  const approxBefore = /[\s([$:,;/]/.test(prev) || afterNumber || at === 0;
  // "1.42 ~ 3.97 times": a spaced tilde between numbers is a range or "about", not a space.
  const nextSolid = /\s/.test(next) ? (/^\s*(.)/.exec(raw.slice(at + 1))?.[1] ?? ' ') : next;
  return approxBefore && /[\d.$\\]/.test(nextSolid) ? '~' : ' ';
}

/**
 * Dollars that are money, not math: "$2.86M a year", "$25 per hour". A `$` before a digit whose next `$` is absent or
 * only comes after prose is money ("$61$--$93\\%$" is math).
 */
function moneyDollars(raw: string): Set<number> {
  const money = new Set<number>();
  const at: number[] = [];
  for (let i = raw.indexOf('$'); i >= 0; i = raw.indexOf('$', i + 1)) if (raw[i - 1] !== '\\') at.push(i);
  // Delimiters pair up in order; only an opening one can be money.
  for (let k = 0; k < at.length; k++) {
    const i = at[k];
    const j = at[k + 1];
    const inside = j === undefined ? raw.slice(i + 1) : raw.slice(i + 1, j);
    if (/\d/.test(raw[i + 1] ?? '') && (j === undefined || /(?:\s[a-z]{2,}){3}/.test(inside))) money.add(i);
    else k++; // i and j are a pair of math delimiters
  }
  return money;
}

function replacement(m: RegExpExecArray, raw: string, money: ReadonlySet<number>): string {
  const [token, escaped, spacing, delimiter, macro] = m;
  if (escaped !== undefined) return escaped;
  if (spacing !== undefined) return spacing === '!' || spacing === '-' ? '' : ' ';
  if (delimiter !== undefined) return '';
  if (macro !== undefined) {
    const plain = SYMBOLS[macro];
    if (plain === undefined) return token; // unknown macro: as written, trailing space included
    // TeX swallows the space after a macro name; a binary symbol keeps it for reading ("1.90 \times speedup"),
    // a switch ("\bf 2x") and a prefix ("\textasciitilde 2.4x") do not.
    const space = token.length > macro.length + 1 && plain !== '~' ? ' ' : '';
    return plain === '' ? '' : plain + space;
  }
  if (token === '$') return money.has(m.index) ? '$' : '';
  if (token === '{' || token === '}') return '';
  if (token === '--') return '–';
  if (token === '---') return '—';
  return tilde(raw, m.index);
}

class IdentityView implements TextView {
  constructor(readonly raw: string) {}
  get text(): string { return this.raw; }
  rawSpan(start: number, end: number): [number, number] { return [start, end]; }
}

class MappedView implements TextView {
  /** Per view character: where its raw source starts and ends (built on first use: most abstracts need no span). */
  private from?: Int32Array;
  private to?: Int32Array;

  constructor(
    readonly raw: string,
    readonly text: string,
    /** The tokens replaced, four numbers each: raw start, raw end, length of the replacement, whether its space is kept. */
    private readonly tokens: readonly number[],
  ) {}

  private map(): void {
    const from = new Int32Array(this.raw.length + 1);
    const to = new Int32Array(this.raw.length + 1);
    let n = 0;
    let copied = 0;
    const copy = (end: number) => {
      for (let i = copied; i < end; i++, n++) {
        from[n] = i;
        to[n] = i + 1;
      }
    };
    for (let t = 0; t < this.tokens.length; t += 4) {
      const index = this.tokens[t];
      const end = this.tokens[t + 1];
      const length = this.tokens[t + 2];
      const spaced = this.tokens[t + 3] === 1;
      copy(index);
      // A macro's kept trailing space ("\\times higher") maps to that space, so a span never ends on it.
      for (let k = 0; k < length; k++, n++) {
        const isSpace = spaced && k === length - 1;
        from[n] = isSpace ? end - 1 : index;
        to[n] = spaced && !isSpace ? end - 1 : end;
      }
      copied = end;
    }
    copy(this.raw.length);
    this.from = from;
    this.to = to;
  }

  rawSpan(start: number, end: number): [number, number] {
    if (this.from === undefined) this.map();
    if (end <= start) {
      const at = start < this.text.length ? this.from![start] : this.raw.length;
      return [at, at];
    }
    const s = this.from![start];
    const e = this.to![end - 1];
    // Markup with no text of its own right around the span ("$\\mathbf{" … "}$") joins it when that balances it.
    const left = start > 0 ? this.to![start - 1] : 0;
    const right = end < this.text.length ? this.from![end] : this.raw.length;
    for (const [a, b] of [[left, right], [s, right], [left, e]] as const) {
      if ((a !== s || b !== e) && a <= s && b >= e && balanced(this.raw, a, b)) return [a, b];
    }
    return balanceDelimiters(this.raw, s, e);
  }
}

/** Whether raw[s, e) holds whole groups: braces closed and an even number of `$`. */
function balanced(raw: string, s: number, e: number): boolean {
  let open = 0;
  for (let i = s; i < e; i++) {
    if (raw[i - 1] === '\\') continue;
    if (raw[i] === '{') open++;
    else if (raw[i] === '}' && --open < 0) return false;
  }
  return open === 0 && dollars(raw, s, e) % 2 === 0;
}

/** Unescaped `$` in raw[s, e). */
function dollars(raw: string, s: number, e: number): number {
  let n = 0;
  for (let i = s; i < e; i++) if (raw.charCodeAt(i) === 36 && raw.charCodeAt(i - 1) !== 92) n++;
  return n;
}

/** An unescaped `$` at raw[i]. (Not a closure in balanceDelimiters: under tsx that costs a defineProperty per call.) */
function isDollar(raw: string, i: number): boolean {
  return raw[i] === '$' && raw[i - 1] !== '\\';
}

/**
 * A span that opens or closes inline math takes in the matching delimiter next to it, and a span that is
 * a whole math group takes in both (`$3.1\times$`, `\(5.49\times\)`, `$61$--$93\%$`).
 */
function balanceDelimiters(raw: string, s: number, e: number): [number, number] {
  // Braces and dollars nest either way round ("\\textbf{3.7$\\times$}", "$\\mathbf{2.7\\times}$"): widen until both balance.
  for (let round = 0; round < 4; round++) {
    const [s0, e0] = [s, e];
    let open = 0;
    for (let i = s; i < e; i++) {
      if (raw[i - 1] === '\\') continue;
      if (raw[i] === '{') open++;
      else if (raw[i] === '}') open--;
    }
    for (; open > 0 && raw[e] === '}'; open--) e++;
    for (; open < 0 && raw[s - 1] === '{'; open++) s--;
    if (dollars(raw, s, e) % 2 === 1) {
      if (isDollar(raw, e)) e++;
      else if (isDollar(raw, s - 1)) s--;
    }
    if (s === s0 && e === e0) break;
  }
  if (isDollar(raw, s - 1) && isDollar(raw, e) && dollars(raw, s, e) % 2 === 0) {
    s--;
    e++;
  }
  if (raw.startsWith('\\(', s - 2) && raw.startsWith('\\)', e)) {
    s -= 2;
    e += 2;
  }
  return [s, e];
}

export function normalize(raw: string): TextView {
  if (!HAS_MARKUP.test(raw)) return new IdentityView(raw);
  let text = '';
  let copied = 0;
  const tokens: number[] = [];
  const money = raw.includes('$') ? moneyDollars(raw) : new Set<number>();
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(raw); m !== null; m = TOKEN.exec(raw)) {
    text += raw.slice(copied, m.index);
    const plain = replacement(m, raw, money);
    const end = m.index + m[0].length;
    // A replacement is never longer than its token, so the view fits in arrays the size of the raw text.
    const spaced = plain.length > 1 && plain.endsWith(' ') && /\s$/.test(m[0]);
    tokens.push(m.index, end, plain.length, spaced ? 1 : 0);
    text += plain;
    copied = end;
  }
  text += raw.slice(copied);
  return new MappedView(raw, text, tokens);
}

/** The readable form of a span or sentence: `2.5×`, `72%`, `~3x`, `1.2×–4.3×`. */
export function readable(raw: string): string {
  return normalize(raw).text.replace(/\s{2,}/g, ' ');
}
