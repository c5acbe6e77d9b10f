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
 * sensitive `X`; parameters, bindings with opaque initializers, and property reads with sensitive names
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
export { leakedSecret, join, getProperty, instantiateShape } from './value.js';
export { staticPropertyName, unwrapExpression } from './engine.js';
export { SOURCE_RULES, SOURCE_TAG_RULES, SOURCE_MODULE_HINTS, SANITIZER_WORDS } from './sources.js';

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

/** What the identifiers of a file say about name-based sources. */
export interface FileNames {
  /** An identifier with a sensitive name occurs (outside comments and strings). */
  readonly sensitive: boolean;
  /** The file is about lexical tokens: `token` names are lexemes. */
  readonly lexerFile: boolean;
}

/** True when a classified name is headed by `token(s)`. */
export function isTokenHeaded(words: readonly string[]): boolean {
  const head = words[words.length - 1];
  return head === 'token' || head === 'tokens';
}

/** Scans the file's identifier tokens once (distinct names only) for sensitive names and lexer markers. */
export function scanFileNames(sourceCode: Readonly<TSESLint.SourceCode>): FileNames {
  const tokens = sourceCode.ast.tokens ?? [];
  const names = new Set<string>();
  for (const token of tokens) if (token.type === 'Identifier') names.add(token.value);
  let lexerFile = false;
  for (const marker of LEXER_MARKERS) {
    if (names.has(marker)) {
      lexerFile = true;
      break;
    }
  }
  let sensitive = false;
  for (const name of names) {
    const classified = classifySensitiveName(name) ?? classifyCallName(name);
    if (classified && !(lexerFile && isTokenHeaded(classified.words))) {
      sensitive = true;
      break;
    }
  }
  return { sensitive, lexerFile };
}

/**
 * The cheap text pre-check for sources other than names: SDK module names, `process.env`,
 * `import.meta.env`, users' sources.
 */
export function mayHaveTaintSource(text: string, config: Pick<TaintConfig, 'userSources'>): boolean {
  if (text.includes('process.env') || text.includes('import.meta.env')) return true;
  for (const hint of SOURCE_MODULE_HINTS) if (text.includes(hint)) return true;
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
  if (config.mayHaveSink && !config.mayHaveSink(text)) return [];
  const names = config.ignoreNameSources ? { sensitive: false, lexerFile: false } : scanFileNames(sourceCode);
  if (!names.sensitive && !mayHaveTaintSource(text, config)) return [];
  return new TaintAnalysis(sourceCode, config, names.lexerFile).run();
}
