// SKU patterns: `*` stands for any run of characters, `?` for exactly one; everything else
// is literal and case-sensitive. A pattern with no wildcard is a plain SKU and is looked up
// in a set. A pattern with wildcards runs as a bit-parallel automaton: one bit per literal
// or `?`, one pass over the SKU, a few word operations per character (one number for
// patterns of up to 31 literals) — time linear in the SKU whatever the pattern, never
// backtracking. `ABC*`, `*ABC` and `*ABC*` are plain string searches. The policy's budget
// (document.ts) bounds how many automata a policy may hold, so one claim's evaluation stays
// within milliseconds.

export const SKU_PATTERN_LENGTH_MAX = 100;

export function isSkuPattern(pattern: string): boolean {
  return pattern.length > 0 && pattern.length <= SKU_PATTERN_LENGTH_MAX;
}

export function hasWildcard(pattern: string): boolean {
  return pattern.includes('*') || pattern.includes('?');
}

type Simple = { kind: 'prefix' | 'suffix' | 'contains'; text: string };

/** `ABC*`, `*ABC` or `*ABC*` (no `?`, no inner `*`): a string search, not an automaton. */
function simpleForm(pattern: string): Simple | undefined {
  if (pattern.includes('?')) return undefined;
  const leading = pattern.startsWith('*');
  const trailing = pattern.length > 1 && pattern.endsWith('*');
  const text = pattern.slice(leading ? 1 : 0, trailing ? -1 : undefined);
  if (text === '' || text.includes('*')) return undefined;
  if (leading && trailing) return { kind: 'contains', text };
  if (leading) return { kind: 'suffix', text };
  if (trailing) return { kind: 'prefix', text };
  return undefined;
}

/** Whether a pattern needs the automaton: it has a `?` or a `*` inside (the policy's budget counts these). */
export function isComplexSkuPattern(pattern: string): boolean {
  return hasWildcard(pattern) && simpleForm(pattern) === undefined && pattern.replaceAll('*', '') !== '';
}

function simpleMatches(simple: Simple, sku: string): boolean {
  if (simple.kind === 'prefix') return sku.startsWith(simple.text);
  if (simple.kind === 'suffix') return sku.endsWith(simple.text);
  return sku.includes(simple.text);
}

interface Automaton {
  /** 32-bit words per state vector. */
  words: number;
  /** Per UTF-16 unit below 128, word by word: the tokens that unit (or `?`) satisfies. */
  ascii: Uint32Array;
  /** The same for other units, and `any` for units the pattern never names. */
  other: Map<number, Uint32Array>;
  any: Uint32Array;
  /** Bit i: a `*` sits before token i (bit `tokens` for a trailing one): state i may stay on any unit. */
  star: Uint32Array;
  /** How many tokens (literals and `?`): the accepting state. */
  tokens: number;
}

// Units, as the pattern's `?` has always counted them (a character outside the BMP is two).
function compile(pattern: string): Automaton {
  let tokens = 0;
  for (let index = 0; index < pattern.length; index += 1) if (pattern[index] !== '*') tokens += 1;
  const words = (tokens >>> 5) + 1;
  const any = new Uint32Array(words);
  const star = new Uint32Array(words);
  const literals: Array<[number, number]> = [];
  let token = 0;
  for (let index = 0; index < pattern.length; index += 1) {
    const unit = pattern.charCodeAt(index);
    if (unit === 42) { // *
      star[token >>> 5]! |= 1 << (token & 31);
      continue;
    }
    if (unit === 63) any[token >>> 5]! |= 1 << (token & 31); // ?
    else literals.push([unit, token]);
    token += 1;
  }
  const ascii = new Uint32Array(128 * words);
  for (let unit = 0; unit < 128; unit += 1) ascii.set(any, unit * words);
  const other = new Map<number, Uint32Array>();
  for (const [unit, at] of literals) {
    if (unit < 128) {
      ascii[unit * words + (at >>> 5)]! |= 1 << (at & 31);
      continue;
    }
    let mask = other.get(unit);
    if (mask === undefined) other.set(unit, mask = Uint32Array.from(any));
    mask[at >>> 5]! |= 1 << (at & 31);
  }
  return { words, ascii, other, any, star, tokens };
}

function runs(automaton: Automaton, sku: string): boolean {
  const { words, ascii, other, any, star, tokens } = automaton;
  if (words === 1) {
    // Up to 31 tokens: the whole state in one number.
    const stars = star[0]!;
    const anyMask = any[0]!;
    let state = 1;
    for (let index = 0; index < sku.length; index += 1) {
      const unit = sku.charCodeAt(index);
      const mask = unit < 128 ? ascii[unit]! : (other.get(unit)?.[0] ?? anyMask);
      state = (((state & mask) << 1) | (state & stars)) >>> 0;
      if (state === 0) return false;
    }
    return (state & (1 << tokens)) !== 0;
  }
  let state = new Uint32Array(words);
  let next = new Uint32Array(words);
  state[0] = 1;
  for (let index = 0; index < sku.length; index += 1) {
    const unit = sku.charCodeAt(index);
    const table = unit < 128 ? ascii : (other.get(unit) ?? any);
    const base = unit < 128 ? unit * words : 0;
    let carry = 0;
    let alive = 0;
    for (let word = 0; word < words; word += 1) {
      const current = state[word]!;
      const step = current & table[base + word]!;
      const value = ((step << 1) | carry | (current & star[word]!)) >>> 0;
      carry = step >>> 31;
      next[word] = value;
      alive |= value;
    }
    if (alive === 0) return false;
    [state, next] = [next, state];
  }
  return (state[tokens >>> 5]! & (1 << (tokens & 31))) !== 0;
}

/** A list of patterns, compiled once: plain SKUs in a set, the others as automata. */
export class SkuPatterns {
  readonly #plain = new Set<string>();
  readonly #simple: Simple[] = [];
  readonly #automata: Automaton[] = [];
  /** A pattern of only `*`: every SKU. */
  readonly #everything: boolean;

  constructor(patterns: readonly string[]) {
    let everything = false;
    for (const pattern of patterns) {
      const simple = hasWildcard(pattern) ? simpleForm(pattern) : undefined;
      if (!hasWildcard(pattern)) this.#plain.add(pattern);
      else if (pattern.replaceAll('*', '') === '') everything = true;
      else if (simple !== undefined) this.#simple.push(simple);
      else this.#automata.push(compile(pattern));
    }
    this.#everything = everything;
  }

  matches(sku: string): boolean {
    return this.#everything || this.#plain.has(sku) || this.#simple.some((simple) => simpleMatches(simple, sku))
      || this.#automata.some((automaton) => runs(automaton, sku));
  }
}

// Policies are evaluated many times with the same lists: compiled lists are kept by identity.
const compiled = new WeakMap<readonly string[], SkuPatterns>();

export function skuPatternsOf(patterns: readonly string[]): SkuPatterns {
  let found = compiled.get(patterns);
  if (found === undefined) compiled.set(patterns, found = new SkuPatterns(patterns));
  return found;
}

export function matchesSku(pattern: string, sku: string): boolean {
  return new SkuPatterns([pattern]).matches(sku);
}

export function matchesAnySku(patterns: readonly string[], sku: string): boolean {
  return skuPatternsOf(patterns).matches(sku);
}
