/**
 * # Taint engine: secrets fetched or read at run time, followed to sinks a rule names
 *
 * Shared by `secrets/no-secret-logging` and `secrets/no-secret-exposure`. Reuse it, do not fork it.
 *
 * ## Where things are
 * - `models/`: the knowledge, as rows. `sources/<family>.ts` (one secrets manager each: its clients and the
 *   calls that return secrets), `sources/env.ts` (environment holders and private env modules),
 *   `propagation.ts` (how calls carry content), `sanitizers.ts`, `sinks/*.ts` (loggers, errors, HTTP
 *   responses, URLs, telemetry, storage: read by the rules). The pre-check's text hints are derived from them.
 * - `engine/`: the abstract interpreter. `analysis.ts` (state, passes), `env.ts` (environment, scopes,
 *   bindings), `statements.ts`, `expressions.ts`, `calls.ts`, `functions.ts` (summaries, classes),
 *   `findings.ts` (sink events, culprits), `propagation.ts` (applies the summary rows), `name-sources.ts`,
 *   `env-reads.ts` (the one place that recognises the environment and judges its names).
 * - `value.ts`: operations on abstract values; `precheck.ts`: the cheap text pre-checks; `types.ts`.
 *
 * ## How a rule runs the engine
 * ```ts
 * create(context, [options]) {
 *   // Registered in `create`: rules that agree on sources and sanitizers share one analysis of the file.
 *   const findings = taintFindingsOf(context.sourceCode, () => ({
 *     sinks: (event) => …,            // your sinks, see below
 *     tagRules: […],                  // optional: how your sink objects are recognised (loggers, `res`)
 *     mayHaveSink: (text) => …,       // optional cheap text test; skip the file when false
 *     userSources, sanitizers,        // from your options
 *   }));
 *   return {
 *     'Program:exit'() {
 *       for (const f of findings()) context.report({ node: f.culprit, … });
 *     },
 *   };
 * }
 * ```
 * The analysis is cheap on files with no possible source (a text pre-check), and otherwise linear in
 * practice (a per-file node budget bounds it; when exceeded the rest of the file is analysed more cheaply).
 * `analyzeTaint` runs one rule's configuration alone (tests use it).
 *
 * ## Sinks
 * A rule declares sinks as a function of a {@link SinkEvent} returning the operands that reach a sink
 * ({@link SinkHit}: operand, label for messages, rule-defined kind). Events: `call` (also `new`), with
 * what the engine knows of the callee (`callee.tags`, `callee.receiverTags`, `callee.method`,
 * `callee.path` like `process.stdout.write`, `callee.rootIsGlobal`, `callee.name`) and each argument's
 * abstract value; `throw`; `assign` to a member (`ctx.body = x`); `return` from a function (`fn` given).
 * The engine then reports an operand only when its value holds a secret: whole (`secret`), as a holder
 * object printed whole (`holder`), or in a known property. Which callees are sinks is data in
 * `models/sinks/`; the rule's function matches events against it.
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
 * ## Sources (rows in `models/sources/`)
 * SDK calls by imports (AWS SDK v3/v2 Secrets Manager, SSM with decryption, STS, Lambda Powertools,
 * Google Secret Manager, Azure Key Vault, node-vault, hashi-vault-js, Doppler, Infisical, 1Password,
 * Bitwarden, dotenv) with property-level shapes (`response.SecretString` is secret, `response.ARN` is not,
 * the whole response is a holder); `process.env` / `import.meta.env` as holders and `process.env.X` when
 * `judgeEnvName` says `X` is a secret, likewise SvelteKit's `$env/static/private` imports and
 * `$env/dynamic/private` `env`; parameters, bindings with opaque initializers, and property reads with
 * sensitive names (`classifySensitiveName`); users' extra sources ({@link UserSource}).
 *
 * ## Propagation and sanitizers (rows in `models/propagation.ts`, `models/sanitizers.ts`)
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
import { Analysis } from './engine/analysis.js';
import { fileNamesOnce, hasBuiltInSourceHint, isLexerFileOnce, mayHaveUserSource, precheckOf } from './precheck.js';
import type { SinkHit, TaintConfig, TaintFinding } from './types.js';

export type * from './types.js';
import { getProperty as getPropertyOfValue } from './value.js';

/** The value of a property of a taint value (a constant, not a re-export: see `src/core/env/index.ts`). */
export const getProperty = getPropertyOfValue;

/**
 * Runs the taint analysis over a file with a rule's sinks and returns its findings (deduplicated, in
 * no particular order). Returns `[]` at once when the text cannot hold a source or a sink.
 */
export function analyzeTaint(sourceCode: Readonly<TSESLint.SourceCode>, config: TaintConfig): TaintFinding[] {
  const client: TaintClient = { makeConfig: () => config };
  analyzeClients(sourceCode, [client]);
  return client.findings ?? [];
}

/** What the pre-check lets through: the file is worth analysing, around these offsets when given. */
interface Worth {
  /** Whether the file is about lexical tokens, asked only when a `token`-headed name needs it. */
  readonly lexerFile: () => boolean;
  readonly hotOffsets: readonly number[] | undefined;
}

/**
 * Can the file hold a source for this configuration? Cheapest and most selective first: SDK/env hints, then
 * sensitive identifiers (a rule's sinks are asked after). With names as the only sources, only functions
 * around those names are analysed. When a hint already lets the whole file through, its identifiers are not
 * scanned: the engine judges each name it meets (a 98 KB generated file paid as much for that scan as for
 * its analysis).
 */
function precheck(sourceCode: Readonly<TSESLint.SourceCode>, config: TaintConfig): Worth | undefined {
  const text = sourceCode.text;
  const entry = precheckOf(sourceCode);
  const sdkOrEnv = (entry.builtInSource ??= hasBuiltInSourceHint(text)) || mayHaveUserSource(text, config);
  if (config.ignoreNameSources) return sdkOrEnv ? { lexerFile: () => false, hotOffsets: undefined } : undefined;
  if (sdkOrEnv) return { lexerFile: () => isLexerFileOnce(sourceCode), hotOffsets: undefined };
  const names = fileNamesOnce(sourceCode);
  if (!names.sensitive) return undefined;
  return { lexerFile: () => names.lexerFile, hotOffsets: names.offsets };
}

/** A rule's use of the engine on one file: its configuration, made only when the file is analysed. */
interface TaintClient {
  readonly makeConfig: () => TaintConfig;
  findings?: TaintFinding[];
}

/**
 * The rules that run the engine on a file, keyed weakly by its SourceCode (like the pre-checks): the entry
 * lives as long as ESLint keeps the file, and each worker thread has its own module instance.
 */
const clientsByFile = new WeakMap<object, TaintClient[]>();

/**
 * Registers a rule's use of the engine on a file, in the rule's `create`, and returns the function that gives
 * its findings (call it from `Program:exit`). Rules that register on the same file and agree on what makes a
 * value secret (sources, sanitizers, name sources, budget) share one analysis: the first to ask runs it with
 * every such rule's sinks and tag rules, and each gets the findings of its own sinks, exactly those
 * {@link analyzeTaint} would give it alone. `no-secret-logging` and `no-secret-exposure` both analyse
 * nearly every file they see, so this halves the engine's cost per file.
 */
export function taintFindingsOf(sourceCode: Readonly<TSESLint.SourceCode>, makeConfig: () => TaintConfig): () => TaintFinding[] {
  const clients = clientsByFile.get(sourceCode) ?? [];
  if (clients.length === 0) clientsByFile.set(sourceCode, clients);
  const client: TaintClient = { makeConfig };
  clients.push(client);
  return () => {
    if (client.findings === undefined) analyzeClients(sourceCode, clients.filter((c) => c.findings === undefined));
    return client.findings ?? [];
  };
}

/** What decides which values are secret: rules that agree on it can share an analysis. */
function valueSignature(config: TaintConfig): string {
  return JSON.stringify([config.userSources, config.sourceModels, config.sanitizers, config.ignoreNameSources === true, config.budget]);
}

function analyzeClients(sourceCode: Readonly<TSESLint.SourceCode>, clients: readonly TaintClient[]): void {
  const groups = new Map<string, { client: TaintClient; config: TaintConfig }[]>();
  for (const client of clients) {
    client.findings = [];
    const config = client.makeConfig();
    const key = clients.length === 1 ? '' : valueSignature(config);
    const group = groups.get(key);
    if (group) group.push({ client, config });
    else groups.set(key, [{ client, config }]);
  }
  const text = sourceCode.text;
  for (const all of groups.values()) {
    const first = all[0];
    // The rules of a group agree on sources: one pre-check answers for all (most files stop here).
    const worth = first && precheck(sourceCode, first.config);
    if (worth === undefined) continue;
    // A rule whose sinks cannot occur in the text has nothing to find: it does not widen the shared analysis.
    const group = all.filter(({ config }) => !config.mayHaveSink || config.mayHaveSink(text));
    const only = group[0];
    if (only === undefined) continue;
    if (group.length === 1) {
      only.client.findings = new Analysis(sourceCode, only.config, worth.lexerFile, worth.hotOffsets).run();
      continue;
    }
    const combined: TaintConfig = {
      ...only.config,
      sinks: (event) => {
        let hits: SinkHit[] | undefined;
        group.forEach(({ config }, rule) => {
          const own = config.sinks(event);
          if (!own || own.length === 0) return;
          hits ??= [];
          for (const hit of own) hits.push({ ...hit, rule });
        });
        return hits;
      },
      tagRules: group.flatMap(({ config }) => config.tagRules ?? []),
      mayHaveSink: undefined,
    };
    for (const finding of new Analysis(sourceCode, combined, worth.lexerFile, worth.hotOffsets, group.length).run()) {
      group[finding.sink.rule ?? 0]?.client.findings?.push(finding);
    }
  }
}
