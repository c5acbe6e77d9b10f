/**
 * # Taint engine: secrets fetched or read at run time, followed to sinks a rule names
 *
 * Shared by `secrets/no-secret-logging` and the exposure/comparison rules. Reuse it, do not fork it;
 * add sources or propagation here, sinks in your rule.
 *
 * ## How a rule runs the engine
 * ```ts
 * create(context, [options]) {
 *   return {
 *     'Program:exit'() {
 *       const findings = analyzeTaint(context.sourceCode, {
 *         sinks: (event) => …,            // your sinks, see below
 *         tagRules: […],                  // optional: how your sink objects are recognised (loggers, `res`)
 *         mayHaveSink: (text) => …,       // optional cheap text test; skip the file when false
 *         userSources, sanitizers,        // from your options
 *       });
 *       for (const f of findings) context.report({ node: f.culprit, … });
 *     },
 *   };
 * }
 * ```
 * `analyzeTaint` is cheap on files with no possible source (a text pre-check), and otherwise linear in
 * practice (a per-file node budget bounds it; when exceeded it returns what it found so far).
 *
 * ## Sinks
 * A rule declares sinks as a function of a {@link SinkEvent} returning the operands that reach a sink
 * ({@link SinkHit}: operand, label for messages, rule-defined kind). Events: `call` (also `new`), with
 * what the engine knows of the callee (`callee.tags`, `callee.receiverTags`, `callee.method`,
 * `callee.path` like `process.stdout.write`, `callee.rootIsGlobal`, `callee.name`) and each argument's
 * abstract value; `throw`; `assign` to a member (`ctx.body = x`); `return` from a function (`fn` given);
 * `compare` (`===`/`==`/`!==`/`!=`). The engine then reports an operand only when its value holds a
 * secret: whole (`secret`), as a holder object printed whole (`holder`), or in a known property.
 * For comparisons, read `event.left.value` / `right.value` yourself with {@link leakedSecret}.
 *
 * ## Tags: recognising objects by their imports
 * An ESM import or `require()` of module `M` tags the binding `module:M` (default or namespace) or
 * `module:M#name` (named export); an undeclared identifier `x` is `global:x`; reading member `m` of a
 * value tagged `T` gives `T#m` (module tags also `module:M#a.b`). {@link TagRule}s turn calls, `new`
 * and member reads of tagged values into new tags, e.g. `{ from: 'module:pino', via: 'call', to: 'logger' }`,
 * `{ from: 'logger#child', via: 'call', to: 'logger' }`; a sink then matches `callee.receiverTags.has('logger')`.
 * TypeScript annotations naming a tagged import also tag parameters and class fields
 * (`constructor(private logger: Logger)`).
 *
 * ## Sources (data in `sources.ts`)
 * SDK calls by imports (AWS SDK v3/v2 Secrets Manager, SSM with decryption, STS, Lambda Powertools,
 * Google Secret Manager, Azure Key Vault, node-vault, hashi-vault-js, Doppler, Infisical, 1Password,
 * Bitwarden, dotenv) with property-level shapes (`response.SecretString` is secret, `response.ARN` is not,
 * the whole response is a holder); `process.env` / `import.meta.env` as holders and `process.env.X` with a
 * sensitive `X`, likewise SvelteKit's `$env/static/private` imports and `$env/dynamic/private` `env`;
 * parameters, bindings with opaque initializers, and property reads with sensitive names
 * (`classifySensitiveName`); users' extra sources ({@link UserSource}).
 *
 * ## Propagation and sanitizers
 * Assignment (flow-sensitive; a clean overwrite cleans), destructuring, member access, `await`, `.then`
 * callbacks, array callbacks, local function return values, concatenation and template literals,
 * `JSON.parse`/`stringify`, `util.inspect`/`format`, `String`/`toString`, `Buffer.from`, string and array
 * methods, spread, `Object.assign`/`values`/`entries`, `push`/`set`, a property write tainting its object.
 * Unknown calls return clean values (precision first). Sanitizers: calls named with redact/mask/hash/
 * encrypt/… words, `createHash().update().digest()`, masking `.replace(/./g, '*')`, short `.slice(0, 4)`,
 * `.length`, `typeof`, `!`, comparisons, `Object.keys`, and users' sanitizer names.
 *
 * ## A finding
 * {@link TaintFinding}: `operand` (the sink argument), `culprit` (the sub-expression carrying the secret,
 * for suggestions), `origin` (`description` such as "the SecretString of a GetSecretValueCommand response",
 * `node` where it entered, `family`), `viaHolder`, and `sink` (`label`, `kind`, the `event`).
 * Never the secret's value: the engine never reads literal values of secrets.
 */
import type { TSESLint } from '@typescript-eslint/utils';
import { classifySensitiveName } from '../names.js';
import { classifyCallName, TaintAnalysis } from './engine.js';
import { SOURCE_MODULE_HINTS } from './sources.js';
import type { TaintConfig, TaintFinding } from './types.js';

export type * from './types.js';
export { leakedSecret, join, getProperty } from './value.js';

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

const LEXER_MARKER_PATTERN = new RegExp([...LEXER_MARKERS].join('|'));

/** What the identifiers of a file say about name-based sources. */
export interface FileNames {
  /** An identifier with a sensitive name occurs (outside comments and strings). */
  readonly sensitive: boolean;
  /** The file is about lexical tokens: `token` names are lexemes. */
  readonly lexerFile: boolean;
  /** With `collect`: the sorted start offsets of every identifier with a sensitive name. */
  readonly offsets?: readonly number[];
}

/** True when a classified name is headed by `token(s)`. */
function isTokenHeaded(words: readonly string[]): boolean {
  const head = words[words.length - 1];
  return head === 'token' || head === 'tokens';
}

/**
 * Scans the file's identifier tokens once (distinct names only) for sensitive names and lexer markers.
 * The lexer-marker search runs only when a `token`-headed name needs it; `lexerFile` is read lazily.
 */
function scanFileNames(sourceCode: Readonly<TSESLint.SourceCode>, collect = false): FileNames {
  const offsets: number[] = [];
  const text = sourceCode.text;
  let lexer: boolean | undefined;
  const isLexerFile = (): boolean => (lexer ??= LEXER_MARKER_PATTERN.test(text));
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
      verdict = !!classified && !(isTokenHeaded(classified.words) && isLexerFile());
      verdicts.set(name, verdict);
    }
    // A sensitive name counts where it is an identifier, not in a comment or a string.
    if (verdict && sourceCode.getTokenByRangeStart(start)?.type === 'Identifier') {
      if (!collect) return lazyNames(true, undefined, isLexerFile);
      offsets.push(start);
    }
  }
  return lazyNames(offsets.length > 0, collect ? offsets : undefined, isLexerFile);
}

function lazyNames(sensitive: boolean, offsets: readonly number[] | undefined, isLexerFile: () => boolean): FileNames {
  const names = {
    sensitive,
    get lexerFile(): boolean {
      return isLexerFile();
    },
  };
  return offsets === undefined ? names : Object.assign(names, { offsets });
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
  names?: FileNames;
  namesWithOffsets?: FileNames;
}
const prechecks = new WeakMap<object, FilePrecheck>();

function precheckOf(sourceCode: Readonly<TSESLint.SourceCode>): FilePrecheck {
  let entry = prechecks.get(sourceCode);
  if (entry === undefined) {
    entry = {};
    prechecks.set(sourceCode, entry);
  }
  return entry;
}

/** {@link scanFileNames}, computed at most once per file and kind. */
function fileNamesOnce(sourceCode: Readonly<TSESLint.SourceCode>, collect: boolean): FileNames {
  const entry = precheckOf(sourceCode);
  if (collect) return (entry.namesWithOffsets ??= scanFileNames(sourceCode, true));
  // A collected scan answers the plain question too.
  return entry.names ?? entry.namesWithOffsets ?? (entry.names = scanFileNames(sourceCode, false));
}

/**
 * The hints of {@link hasBuiltInSourceHint} grouped under a short anchor each of them contains (a constant
 * table): a text without the anchor holds none of its group, so most files cost a handful of searches.
 */
const HINT_GROUPS: readonly { anchor: string; hints: readonly string[] }[] = (() => {
  const anchors = ['env', 'aws-', 'vault', 'secret', '/sdk'];
  const groups = new Map<string, string[]>();
  const envHints = ['process.env', 'import.meta.env', '$env/static/private', '$env/dynamic/private'];
  for (const hint of [...envHints, ...SOURCE_MODULE_HINTS]) {
    const anchor = anchors.find((a) => hint.includes(a)) ?? hint;
    const group = groups.get(anchor);
    if (group) group.push(hint);
    else groups.set(anchor, [hint]);
  }
  return [...groups].map(([anchor, hints]) => ({ anchor, hints }));
})();

/** True when the text mentions `process.env`, `import.meta.env`, SvelteKit's private env or a secrets SDK module. */
function hasBuiltInSourceHint(text: string): boolean {
  for (const { anchor, hints } of HINT_GROUPS) {
    if (!text.includes(anchor)) continue;
    for (const hint of hints) if (text.includes(hint)) return true;
  }
  return false;
}

function mayHaveUserSource(text: string, config: Pick<TaintConfig, 'userSources'>): boolean {
  for (const source of config.userSources ?? []) {
    const needle = source.callee ?? source.module;
    if (needle && text.includes(needle)) return true;
  }
  return false;
}

/**
 * Runs the taint analysis over a file with a rule's sinks and returns its findings (deduplicated, in
 * no particular order). Returns `[]` at once when the text cannot hold a source or a sink.
 */
export function analyzeTaint(sourceCode: Readonly<TSESLint.SourceCode>, config: TaintConfig): TaintFinding[] {
  const text = sourceCode.text;
  // Cheapest and most selective first: SDK/env hints, then sensitive identifiers, then the rule's sinks.
  const entry = precheckOf(sourceCode);
  const sdkOrEnv = (entry.builtInSource ??= hasBuiltInSourceHint(text)) || mayHaveUserSource(text, config);
  const names: FileNames = config.ignoreNameSources
    ? { sensitive: false, lexerFile: false }
    : fileNamesOnce(sourceCode, !sdkOrEnv);
  if (!sdkOrEnv && !names.sensitive) return [];
  if (config.mayHaveSink && !config.mayHaveSink(text)) return [];
  // With names as the only sources, only functions around those names are analysed.
  return new TaintAnalysis(sourceCode, config, names.lexerFile, sdkOrEnv ? undefined : names.offsets).run();
}
