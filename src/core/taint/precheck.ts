/**
 * The cheap pre-checks that decide whether a file is worth analysing: the text hints of the built-in sources
 * (derived from the rows of `models/`; an environment holder counts when what follows it may read a secret),
 * users' sources, and the identifiers with sensitive names (with their offsets, so that files whose only
 * sources are names are analysed only around them). Computed once per file and shared by every rule that
 * runs the engine on it.
 */
import type { TSESLint } from '@typescript-eslint/utils';
import { classifySensitiveName } from '../names.js';
import { isSecretEnvName } from './engine/env-reads.js';
import { classifyCallName, isTokenHeaded } from './engine/name-sources.js';
import { modulesOf, SOURCE_TEXT_HINTS } from './models/index.js';
import { ENV_HOLDERS } from './models/sources/env.js';
import type { TaintConfig } from './types.js';

/**
 * Identifiers that mark a file about lexical tokens (parsers, linters, formatters): there `token` is a
 * lexeme, not a credential, so names headed by `token`/`tokens` are not sources.
 */
const LEXER_MARKERS = new Set([
  'getFirstToken',
  'getLastToken',
  'getTokenBefore',
  'getTokenAfter',
  'getTokens',
  'getFirstTokens',
  'getTokensBetween',
  'isPunctuatorToken',
  'Punctuator',
  'tokenize',
  'tokenizer',
  'Tokenizer',
  'lexer',
  'Lexer',
  'scanner',
  'tokTypes',
  'TokenType',
  'tokenStore',
  'SyntaxKind',
]);

/** A stem every sensitive name contains (see `classifySensitiveName`): a cheap filter before classifying. */
const SENSITIVE_STEM = /pass|pwd|secret|token|key|cred|bearer|ur[il]|dsn|conn/i;

/** What the identifiers of a file say about name-based sources. */
export interface FileNames {
  /** An identifier with a sensitive name occurs (outside comments and strings). */
  readonly sensitive: boolean;
  /** The file is about lexical tokens: `token` names are lexemes (searched when first read). */
  readonly lexerFile: boolean;
  /** The sorted start offsets of every identifier with a sensitive name. */
  readonly offsets: readonly number[];
}

/**
 * Scans the file's identifier tokens once (distinct names only) for sensitive names and lexer markers.
 * The lexer-marker search runs only when a `token`-headed name needs it; `lexerFile` is read lazily.
 */
function scanFileNames(sourceCode: Readonly<TSESLint.SourceCode>): FileNames {
  const offsets: number[] = [];
  const text = sourceCode.text;
  // Find stems of sensitive words in the text, widen each to its identifier, classify distinct names once.
  const verdicts = new Map<string, boolean>();
  const stems = new RegExp(SENSITIVE_STEM.source, 'gi');
  let match: RegExpExecArray | null;
  while ((match = stems.exec(text)) !== null) {
    let start = match.index;
    let end = start + match[0].length;
    while (start > 0 && isIdentifierChar(text.charCodeAt(start - 1))) start--;
    while (end < text.length && isIdentifierChar(text.charCodeAt(end))) end++;
    stems.lastIndex = end;
    const name = text.slice(start, end);
    let verdict = verdicts.get(name);
    if (verdict === undefined) {
      const classified = classifySensitiveName(name) ?? classifyCallName(name);
      verdict = !!classified && !(isTokenHeaded(classified.words) && isLexerFileOnce(sourceCode));
      verdicts.set(name, verdict);
    }
    // A sensitive name counts where it is an identifier, not in a comment or a string.
    if (verdict && sourceCode.getTokenByRangeStart(start)?.type === 'Identifier') offsets.push(start);
  }
  return {
    sensitive: offsets.length > 0,
    offsets,
    get lexerFile(): boolean {
      return isLexerFileOnce(sourceCode);
    },
  };
}

function isIdentifierChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 36
  );
}

/**
 * What the pre-checks found in one file, shared by every rule that runs the engine on it
 * (`no-secret-logging` and `no-secret-exposure` both do), so the text is scanned once per file.
 * Keyed weakly by the file's SourceCode: an entry lives as long as ESLint keeps that file, holds only
 * facts derived from its text, and each worker thread has its own module instance.
 */
interface FilePrecheck {
  builtInSource?: boolean;
  lexer?: boolean;
  names?: FileNames;
}
const prechecks = new WeakMap<object, FilePrecheck>();

export function precheckOf(sourceCode: Readonly<TSESLint.SourceCode>): FilePrecheck {
  let entry = prechecks.get(sourceCode);
  if (entry === undefined) {
    entry = {};
    prechecks.set(sourceCode, entry);
  }
  return entry;
}

/**
 * Whether the file is about lexical tokens (it uses one of {@link LEXER_MARKERS}): there names headed by
 * `token` are lexemes, not sources. Computed at most once per file, and only when such a name needs it.
 */
export function isLexerFileOnce(sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const entry = precheckOf(sourceCode);
  return (entry.lexer ??= containsAny(sourceCode.text, LEXER_MARKER_GROUPS));
}

/** {@link scanFileNames}, computed at most once per file. */
export function fileNamesOnce(sourceCode: Readonly<TSESLint.SourceCode>): FileNames {
  const entry = precheckOf(sourceCode);
  return (entry.names ??= scanFileNames(sourceCode));
}

/**
 * The environment holders' text (`process.env`, `import.meta.env`, `Bun.env`): judged by what follows them
 * ({@link mayReadSecretEnv}), not by their mere mention, so a file that reads only `process.env.NODE_ENV`
 * is not analysed whole for it.
 */
const ENV_HOLDER_HINTS: readonly string[] = ENV_HOLDERS.map((row) => row.label);

/**
 * The hints of {@link hasBuiltInSourceHint} grouped under a short anchor that each hint of its group contains
 * (a text without the anchor holds none of them), so most files cost a handful of searches. Each search is a
 * pass over the whole text whose speed depends mostly on how often the needle's first character occurs:
 * an anchor starting with a capital, a digit or a sign other than `.` (`$env`, `-sdk`, `Key`, `@aws`)
 * passes several times faster than one starting with a lower-case letter. So the hints are grouped first
 * under such anchors, then the rest under any; both greedily, by the 4- or 3-character substring shared by
 * the most hints not yet grouped. Derived from {@link SOURCE_TEXT_HINTS}.
 */
const HINT_GROUPS: readonly AnchorGroup[] = groupUnderAnchors(SOURCE_TEXT_HINTS.filter((hint) => !ENV_HOLDER_HINTS.includes(hint)));

/**
 * The lexer markers grouped the same way: `Token` anchors nine of them. An alternation regular expression of
 * the nineteen tried each at every position, several times slower on a file that holds none.
 */
const LEXER_MARKER_GROUPS: readonly AnchorGroup[] = groupUnderAnchors([...LEXER_MARKERS]);

interface AnchorGroup {
  readonly anchor: string;
  /** The strings of the group, each with where the anchor starts in it. */
  readonly hints: readonly { readonly hint: string; readonly at: number }[];
}

/**
 * True when the text contains one of the grouped strings: one search per group for its anchor, and at each
 * place the anchor occurs, a comparison of the group's strings there (not a search of the whole text each).
 */
function containsAny(text: string, groups: readonly AnchorGroup[]): boolean {
  for (const { anchor, hints } of groups) {
    for (let p = text.indexOf(anchor); p >= 0; p = text.indexOf(anchor, p + 1)) {
      for (const { hint, at } of hints) if (p >= at && text.startsWith(hint, p - at)) return true;
    }
  }
  return false;
}

function groupUnderAnchors(hints: readonly string[]): AnchorGroup[] {
  const left = new Set(hints);
  const groups: AnchorGroup[] = [];
  const group = (anchor: string, cover: readonly string[]): AnchorGroup => ({ anchor, hints: cover.map((hint) => ({ hint, at: hint.indexOf(anchor) })) });
  const rareStart = (anchor: string): boolean => {
    const c = anchor.charCodeAt(0);
    return !(c >= 97 && c <= 122) && c !== 46 && c !== 32 && c !== 40 && c !== 41;
  };
  const anyStart = (): boolean => true;
  for (const [accept, minCover] of [
    [rareStart, 1],
    [anyStart, 2],
  ] as const) {
    for (;;) {
      let best: string | undefined;
      let bestCover: string[] = [];
      for (const hint of left) {
        for (let length = 4; length >= 3; length--) {
          for (let i = 0; i + length <= hint.length; i++) {
            const candidate = hint.slice(i, i + length);
            if (!accept(candidate)) continue;
            const cover = [...left].filter((h) => h.includes(candidate));
            if (cover.length > bestCover.length) {
              best = candidate;
              bestCover = cover;
            }
          }
        }
      }
      if (best === undefined || bestCover.length < minCover) break;
      groups.push(group(best, bestCover));
      for (const hint of bestCover) left.delete(hint);
    }
  }
  for (const hint of left) groups.push(group(hint, [hint]));
  return groups;
}

/**
 * True when the text may hold a built-in source: a secrets SDK module, SvelteKit's private env, a request's
 * credentials, secrets made in code, or an environment holder that may give a secret.
 */
export function hasBuiltInSourceHint(text: string): boolean {
  return containsAny(text, HINT_GROUPS) || mayReadSecretEnv(text);
}

/**
 * Whether an environment holder (`process.env`, `import.meta.env`, `Bun.env`) may give a secret here: some
 * mention of one is not followed by a member whose name `judgeEnvName` calls not secret (`.NODE_ENV`,
 * `?.PORT`, `["NEXT_PUBLIC_URL"]`). The holder itself may be one (`console.log(process.env)`,
 * `const { X } = process.env`, `process.env[name]`): any other text after it counts.
 */
function mayReadSecretEnv(text: string): boolean {
  let judged: Map<string, boolean> | undefined;
  for (const holder of ENV_HOLDER_HINTS) {
    for (let p = text.indexOf(holder); p >= 0; p = text.indexOf(holder, p + holder.length)) {
      const name = staticMemberAfter(text, p + holder.length);
      if (name === undefined) return true;
      judged ??= new Map();
      let secret = judged.get(name);
      if (secret === undefined) {
        secret = isSecretEnvName(name);
        judged.set(name, secret);
      }
      if (secret) return true;
    }
  }
  return false;
}

/** The name of a static member read at `at` (`.NAME`, `?.NAME`, `["NAME"]`, `['NAME']`), else `undefined`. */
function staticMemberAfter(text: string, at: number): string | undefined {
  let i = at;
  if (text.charCodeAt(i) === 63 && text.charCodeAt(i + 1) === 46) i++; // `?.`
  const c = text.charCodeAt(i);
  if (c === 46) {
    let end = i + 1;
    while (end < text.length && isIdentifierChar(text.charCodeAt(end))) end++;
    // a name that goes on outside ASCII is not judged on its ASCII head
    if (end === i + 1 || text.charCodeAt(end) >= 128) return undefined;
    return text.slice(i + 1, end);
  }
  const quote = text.charCodeAt(i + 1);
  if (c !== 91 || (quote !== 34 && quote !== 39)) return undefined;
  let end = i + 2;
  while (end < text.length && end - i < 256 && isIdentifierChar(text.charCodeAt(end))) end++;
  if (end === i + 2 || text.charCodeAt(end) !== quote || text.charCodeAt(end + 1) !== 93) return undefined;
  return text.slice(i + 2, end);
}

/** Can the file use one of the sources the configuration adds: users' sources, configured source families? */
export function mayHaveUserSource(text: string, config: Pick<TaintConfig, 'userSources' | 'sourceModels'>): boolean {
  for (const source of config.userSources ?? []) {
    const needle = source.callee ?? source.module;
    if (needle && text.includes(needle)) return true;
  }
  for (const model of config.sourceModels ?? []) {
    for (const module of modulesOf(model)) if (text.includes(module)) return true;
  }
  return false;
}
