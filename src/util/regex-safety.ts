/**
 * A bounded, deterministic check for regular expressions that can backtrack exponentially, for patterns
 * users put in rule options. It parses the pattern once (linear in its length) and looks at every group
 * repeated more than once, which is where exponential backtracking comes from:
 *
 * - a repeated body that can split the same text in several ways across iterations: a variable-length
 *   repetition inside it (`(a+)+`, `(\w+\s?)*`, `(x+x+)+`) with no mandatory character that none of those
 *   repetitions can match (`(?:[a-z]+_)*` is fine: every iteration ends with `_`);
 * - within one iteration, two variable-length repetitions that can match the same characters with nothing
 *   mandatory and different between them (`(?:a+a+_)*`);
 * - alternatives of a repeated group that can start with the same character (`(a|a)*`, `(\w|\d)+`).
 *
 * It errs on the side of rejecting: a few safe patterns (`(?:a+b+)+`, `(a|ab)*`) are refused and can be
 * rewritten. Polynomial backtracking (`.*a.*`) is accepted: it is bounded by the length of the string
 * tested, and option patterns are tested against names and string values. Unlike a search with a time
 * budget, the verdict never depends on the machine or its load.
 */

/** Sorted, disjoint, inclusive code point ranges. */
type Ranges = readonly (readonly [number, number])[];

const MAX_CODE_POINT = 0x10ffff;
const ALL: Ranges = [[0, MAX_CODE_POINT]];
const DIGIT: Ranges = [[48, 57]];
const WORD: Ranges = [
  [48, 57],
  [65, 90],
  [95, 95],
  [97, 122],
];
const SPACE: Ranges = [
  [9, 13],
  [32, 32],
  [160, 160],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x2028, 0x2029],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff],
];
const LINE_TERMINATORS: Ranges = [
  [10, 10],
  [13, 13],
  [0x2028, 0x2029],
];

function normalize(ranges: readonly (readonly [number, number])[]): Ranges {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [lo, hi] of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}

function union(...sets: Ranges[]): Ranges {
  return normalize(sets.flat());
}

function complement(set: Ranges): Ranges {
  const out: [number, number][] = [];
  let next = 0;
  for (const [lo, hi] of normalize(set)) {
    if (lo > next) out.push([next, lo - 1]);
    next = hi + 1;
  }
  if (next <= MAX_CODE_POINT) out.push([next, MAX_CODE_POINT]);
  return out;
}

function intersects(a: Ranges, b: Ranges): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const [aLo, aHi] = a[i] as readonly [number, number];
    const [bLo, bHi] = b[j] as readonly [number, number];
    if (aHi < bLo) i++;
    else if (bHi < aLo) j++;
    else return true;
  }
  return false;
}

/** With the `i` flag: ASCII letters match both cases (other case folding is ignored: a heuristic). */
function foldCase(set: Ranges): Ranges {
  const extra: [number, number][] = [];
  for (const [lo, hi] of set) {
    const upperLo = Math.max(lo, 65);
    const upperHi = Math.min(hi, 90);
    if (upperLo <= upperHi) extra.push([upperLo + 32, upperHi + 32]);
    const lowerLo = Math.max(lo, 97);
    const lowerHi = Math.min(hi, 122);
    if (lowerLo <= lowerHi) extra.push([lowerLo - 32, lowerHi - 32]);
  }
  return extra.length === 0 ? set : union(set, extra);
}

type Node =
  | { kind: 'char'; set: Ranges }
  | { kind: 'group'; alternatives: Node[][]; zeroWidth: boolean }
  | { kind: 'repeat'; node: Node; min: number; max: number }
  | { kind: 'assertion' };

/** Parses a pattern that `new RegExp(source, flags)` accepted. */
class Parser {
  private index = 0;
  private readonly unicode: boolean;
  private readonly unicodeSets: boolean;
  private readonly dot: Ranges;

  constructor(
    private readonly source: string,
    flags: string,
  ) {
    this.unicode = flags.includes('u') || flags.includes('v');
    this.unicodeSets = flags.includes('v');
    this.dot = flags.includes('s') ? ALL : complement(LINE_TERMINATORS);
  }

  parse(): Node {
    const alternatives = this.alternatives();
    return { kind: 'group', alternatives, zeroWidth: false };
  }

  private peek(offset = 0): string {
    return this.source.charAt(this.index + offset);
  }

  /** Moves past the next `char` (to the end when there is none, which a valid pattern never needs). */
  private skipPast(char: string): void {
    const at = this.source.indexOf(char, this.index);
    this.index = at === -1 ? this.source.length : at + 1;
  }

  private alternatives(): Node[][] {
    const alternatives: Node[][] = [[]];
    while (this.index < this.source.length && this.peek() !== ')') {
      if (this.peek() === '|') {
        this.index++;
        alternatives.push([]);
        continue;
      }
      const atom = this.atom();
      (alternatives[alternatives.length - 1] as Node[]).push(this.quantified(atom));
    }
    return alternatives;
  }

  private quantified(atom: Node): Node {
    const c = this.peek();
    let min: number;
    let max: number;
    if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '?') [min, max] = [0, 1];
    else if (c === '{') {
      const match = /^\{(\d+)(,(\d*))?\}/u.exec(this.source.slice(this.index));
      if (match === null) return atom;
      min = Number(match[1]);
      max = match[2] === undefined ? min : match[3] === '' ? Infinity : Number(match[3]);
      this.index += match[0].length - 1;
    } else return atom;
    this.index++;
    if (this.peek() === '?') this.index++; // lazy: the same backtracking, in another order
    return { kind: 'repeat', node: atom, min, max };
  }

  private atom(): Node {
    const c = this.peek();
    this.index++;
    if (c === '(') {
      let zeroWidth = false;
      if (this.peek() === '?') {
        const rest = this.source.slice(this.index, this.index + 3);
        if (rest.startsWith('?=') || rest.startsWith('?!') || rest.startsWith('?<=') || rest.startsWith('?<!')) {
          zeroWidth = true;
          this.index += rest.startsWith('?<') ? 3 : 2;
        } else if (rest.startsWith('?<')) {
          this.skipPast('>'); // named group
        } else {
          this.skipPast(':'); // (?: and modifiers (?i:
        }
      }
      const alternatives = this.alternatives();
      this.index++; // ')'
      return { kind: 'group', alternatives, zeroWidth };
    }
    if (c === '[') return { kind: 'char', set: this.characterClass() };
    if (c === '.') return { kind: 'char', set: this.dot };
    if (c === '^' || c === '$') return { kind: 'assertion' };
    if (c === '\\') return this.escape(false);
    return { kind: 'char', set: this.literal(c) };
  }

  /** A literal character, a whole code point with `u`. */
  private literal(c: string): Ranges {
    let code = c.charCodeAt(0);
    if (this.unicode && code >= 0xd800 && code <= 0xdbff) {
      code = this.source.codePointAt(this.index - 1) ?? code;
      this.index++;
    }
    return [[code, code]];
  }

  /** After a backslash. In a class, `\b` is a backspace; elsewhere assertions and backreferences. */
  private escape(inClass: boolean): Node {
    const c = this.peek();
    this.index++;
    switch (c) {
      case 'd':
        return { kind: 'char', set: DIGIT };
      case 'D':
        return { kind: 'char', set: complement(DIGIT) };
      case 'w':
        return { kind: 'char', set: WORD };
      case 'W':
        return { kind: 'char', set: complement(WORD) };
      case 's':
        return { kind: 'char', set: SPACE };
      case 'S':
        return { kind: 'char', set: complement(SPACE) };
      case 'p':
      case 'P':
        if (!this.unicode) return { kind: 'char', set: this.literal(c) };
        this.skipPast('}');
        return { kind: 'char', set: ALL };
      case 'b':
        return inClass ? { kind: 'char', set: [[8, 8]] } : { kind: 'assertion' };
      case 'B':
        return { kind: 'assertion' };
      case 'n':
        return { kind: 'char', set: [[10, 10]] };
      case 'r':
        return { kind: 'char', set: [[13, 13]] };
      case 't':
        return { kind: 'char', set: [[9, 9]] };
      case 'v':
        return { kind: 'char', set: [[11, 11]] };
      case 'f':
        return { kind: 'char', set: [[12, 12]] };
      case 'x': {
        const code = Number.parseInt(this.source.slice(this.index, this.index + 2), 16);
        this.index += 2;
        return { kind: 'char', set: [[code, code]] };
      }
      case 'u': {
        const braced = this.unicode ? /^\{([0-9a-fA-F]+)\}/u.exec(this.source.slice(this.index)) : null;
        const hex = braced ? braced[1] : this.source.slice(this.index, this.index + 4);
        this.index += braced ? braced[0].length : 4;
        const code = Number.parseInt(hex ?? '0', 16);
        return { kind: 'char', set: [[code, code]] };
      }
      case 'c': {
        const code = this.source.charCodeAt(this.index) % 32;
        this.index++;
        return { kind: 'char', set: [[code, code]] };
      }
      case 'k':
        if (this.peek() === '<' && (this.unicode || this.source.includes('(?<'))) {
          this.skipPast('>');
          return BACKREFERENCE;
        }
        return { kind: 'char', set: [[107, 107]] };
      default:
        if (!inClass && c >= '1' && c <= '9') {
          while (this.peek() >= '0' && this.peek() <= '9') this.index++;
          return BACKREFERENCE;
        }
        if (c === '0') return { kind: 'char', set: [[0, 0]] };
        return { kind: 'char', set: this.literal(c) };
    }
  }

  /** After `[`: the characters the class matches. */
  private characterClass(): Ranges {
    if (this.unicodeSets) {
      // Set operations and nested classes: skip to the matching bracket and assume any character.
      let depth = 1;
      while (this.index < this.source.length && depth > 0) {
        const c = this.peek();
        this.index += c === '\\' ? 2 : 1;
        if (c === '[') depth++;
        else if (c === ']') depth--;
      }
      return ALL;
    }
    const negated = this.peek() === '^';
    if (negated) this.index++;
    const parts: Ranges[] = [];
    while (this.index < this.source.length && this.peek() !== ']') {
      const low = this.classAtom();
      if (this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== '' && low.length === 1 && low[0]?.[0] === low[0]?.[1]) {
        this.index++;
        const high = this.classAtom();
        if (high.length === 1 && high[0]?.[0] === high[0]?.[1]) {
          parts.push([[(low[0] as readonly [number, number])[0], (high[0] as readonly [number, number])[0]]]);
          continue;
        }
        parts.push(low, [[45, 45]], high);
        continue;
      }
      parts.push(low);
    }
    this.index++; // ']'
    const set = union(...parts);
    return negated ? complement(set) : set;
  }

  private classAtom(): Ranges {
    const c = this.peek();
    this.index++;
    if (c === '\\') {
      const node = this.escape(true);
      return node.kind === 'char' ? node.set : ALL;
    }
    return this.literal(c);
  }
}

/** A backreference can match any text of any length. */
const BACKREFERENCE: Node = { kind: 'repeat', node: { kind: 'char', set: ALL }, min: 0, max: Infinity };

/** Everything a node can consume (lookarounds and assertions consume nothing). */
function charsOf(node: Node): Ranges {
  switch (node.kind) {
    case 'char':
      return node.set;
    case 'assertion':
      return [];
    case 'repeat':
      return node.max === 0 ? [] : charsOf(node.node);
    case 'group':
      return node.zeroWidth ? [] : union(...node.alternatives.flat().map(charsOf));
  }
}

/** A repetition that can match texts of several lengths: the source of ambiguity. */
function isLoop(node: Node): boolean {
  return node.kind === 'repeat' && node.max >= 2 && node.max > node.min && charsOf(node.node).length > 0;
}

function containsLoop(node: Node): boolean {
  if (isLoop(node)) return true;
  if (node.kind === 'repeat') return containsLoop(node.node);
  if (node.kind === 'group' && !node.zeroWidth) return node.alternatives.some((alt) => alt.some(containsLoop));
  return false;
}

/** A character every match of the node consumes exactly once: `_`, `[,;]`, `\.{1}`. */
function fixedChar(node: Node): Ranges | undefined {
  if (node.kind === 'char') return node.set;
  if (node.kind === 'repeat' && node.min >= 1 && node.max === node.min) return fixedChar(node.node);
  return undefined;
}

/** Characters that can start a match of the sequence. */
function firstChars(sequence: readonly Node[]): Ranges {
  const parts: Ranges[] = [];
  for (const node of sequence) {
    parts.push(node.kind === 'group' ? union(...node.alternatives.map(firstChars)) : charsOf(node));
    if (!canBeEmpty(node)) break;
  }
  return union(...parts);
}

function canBeEmpty(node: Node): boolean {
  switch (node.kind) {
    case 'char':
      return false;
    case 'assertion':
      return true;
    case 'repeat':
      return node.min === 0 || canBeEmpty(node.node);
    case 'group':
      return node.zeroWidth || node.alternatives.some((alt) => alt.every(canBeEmpty));
  }
}

/** A single-alternative capturing or non-capturing group is its sequence. */
function flatten(sequence: readonly Node[]): Node[] {
  return sequence.flatMap((node) =>
    node.kind === 'group' && !node.zeroWidth && node.alternatives.length === 1 ? flatten(node.alternatives[0] as Node[]) : [node],
  );
}

/** Why repeating `body` can backtrack exponentially, or `undefined` when it cannot. */
function repeatedBodyProblem(body: Node, fold: (set: Ranges) => Ranges): string | undefined {
  const alternatives =
    body.kind === 'group' && !body.zeroWidth ? body.alternatives.map((alt) => flatten(alt)) : [flatten([body])];
  if (alternatives.length > 1) {
    const starts = alternatives.map((alt) => fold(firstChars(alt)));
    for (let i = 0; i < starts.length; i++) {
      for (let j = i + 1; j < starts.length; j++) {
        if (intersects(starts[i] as Ranges, starts[j] as Ranges)) return 'a repeated group has alternatives that can match the same text';
      }
    }
  }
  for (const sequence of alternatives) {
    const loopItems = sequence.filter(containsLoop);
    if (loopItems.length === 0) continue;
    const loopChars = fold(union(...loopItems.map(charsOf)));
    // Between iterations: a mandatory character none of the repetitions can match ends each one.
    const separators = sequence.map((node) => (containsLoop(node) ? undefined : fixedChar(node))).map((set) => (set === undefined ? undefined : fold(set)));
    if (!separators.some((set) => set !== undefined && !intersects(set, loopChars))) {
      return 'a repetition inside a repeated group can match the same text in more than one way';
    }
    // Within an iteration: neighbouring repetitions must not be able to trade characters.
    let previous: Ranges | undefined;
    for (let i = 0; i < sequence.length; i++) {
      const node = sequence[i] as Node;
      const separator = separators[i];
      if (separator !== undefined && previous !== undefined && !intersects(separator, previous)) {
        previous = undefined;
        continue;
      }
      if (!containsLoop(node)) continue;
      const chars = fold(charsOf(node));
      if (previous !== undefined && intersects(previous, chars)) {
        return 'two repetitions inside a repeated group can match the same characters';
      }
      previous = previous === undefined ? chars : union(previous, chars);
    }
  }
  return undefined;
}

function findProblem(node: Node, fold: (set: Ranges) => Ranges): string | undefined {
  if (node.kind === 'repeat') {
    if (node.max >= 2) {
      const problem = repeatedBodyProblem(node.node, fold);
      if (problem !== undefined) return problem;
    }
    return findProblem(node.node, fold);
  }
  if (node.kind === 'group') {
    for (const alternative of node.alternatives) {
      for (const child of alternative) {
        const problem = findProblem(child, fold);
        if (problem !== undefined) return problem;
      }
    }
  }
  return undefined;
}

/** Longest pattern checked; longer option patterns are refused. */
export const MAX_PATTERN_LENGTH = 2000;

/**
 * Why `source` (already accepted by `new RegExp(source, flags)`) can backtrack exponentially, or
 * `undefined` when its structure rules that out.
 */
export function catastrophicBacktracking(source: string, flags: string): string | undefined {
  if (source.length > MAX_PATTERN_LENGTH) return `it is longer than ${MAX_PATTERN_LENGTH} characters`;
  const fold = flags.includes('i') ? foldCase : (set: Ranges): Ranges => set;
  return findProblem(new Parser(source, flags).parse(), fold);
}
