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
import { TaintAnalysis } from './engine.js';
import { SOURCE_MODULE_HINTS } from './sources.js';
import type { TaintConfig, TaintFinding } from './types.js';

export type * from './types.js';
export { leakedSecret, join, getProperty, instantiateShape } from './value.js';
export { staticPropertyName, unwrapExpression } from './engine.js';
export { SOURCE_RULES, SOURCE_TAG_RULES, SOURCE_MODULE_HINTS, SANITIZER_WORDS } from './sources.js';

/** Stems of sensitive names, to find candidate identifiers in a file's text without parsing it again. */
const NAME_STEMS = /pass|pwd|secret|token|key|cred|bearer|dsn|ur[il]|conn|jwt/gi;

function isIdentifierChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 36
  );
}

/** True when the text contains an identifier-like word with a sensitive name (`password`, `apiKey`, `DATABASE_URL`). */
function hasSensitiveIdentifier(text: string): boolean {
  NAME_STEMS.lastIndex = 0;
  const seen = new Set<string>();
  let match: RegExpExecArray | null;
  let checked = 0;
  while ((match = NAME_STEMS.exec(text)) !== null) {
    let start = match.index;
    let end = start + match[0].length;
    while (start > 0 && isIdentifierChar(text.charCodeAt(start - 1))) start--;
    while (end < text.length && isIdentifierChar(text.charCodeAt(end))) end++;
    NAME_STEMS.lastIndex = end;
    const word = text.slice(start, end);
    if (seen.has(word)) continue;
    seen.add(word);
    if (classifySensitiveName(word)) return true;
    if (++checked > 5000) return true;
  }
  return false;
}

/**
 * The cheap pre-check: can this text contain a source at all? SDK module names, `process.env`,
 * `import.meta.env`, users' sources, or (unless name sources are off) an identifier with a sensitive name.
 */
export function mayHaveTaintSource(text: string, config: Pick<TaintConfig, 'userSources' | 'ignoreNameSources'>): boolean {
  if (text.includes('process.env') || text.includes('import.meta.env')) return true;
  for (const hint of SOURCE_MODULE_HINTS) if (text.includes(hint)) return true;
  for (const source of config.userSources ?? []) {
    const needle = source.callee ?? source.module;
    if (needle && text.includes(needle)) return true;
  }
  return !config.ignoreNameSources && hasSensitiveIdentifier(text);
}

/**
 * Runs the taint analysis over a file with a rule's sinks and returns its findings (deduplicated, in
 * no particular order). Returns `[]` at once when the text cannot hold a source or a sink.
 */
export function analyzeTaint(sourceCode: Readonly<TSESLint.SourceCode>, config: TaintConfig): TaintFinding[] {
  const text = sourceCode.text;
  if (config.mayHaveSink && !config.mayHaveSink(text)) return [];
  if (!mayHaveTaintSource(text, config)) return [];
  return new TaintAnalysis(sourceCode, config).run();
}
