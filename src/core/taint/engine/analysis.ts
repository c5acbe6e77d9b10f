/**
 * The taint engine: an abstract interpreter over one file's AST. This file holds its state and runs it.
 *
 * It walks the program and every function body statement by statement (`statements.ts`, `expressions.ts`,
 * `calls.ts`), keeping an environment of variable values (`env.ts`; ESLint scope analysis gives the
 * variables). Branches are analysed on copies of the environment and joined; loop bodies run twice; a
 * function's body is analysed once per pass with the environment of its definition (`functions.ts`; function
 * declarations: on first call or at the end of their block), and its return value becomes its summary, so
 * `const s = await getSecret()` of a local helper is followed. Writes to a variable from another function
 * than its own, and writes to `this.x`, are also collected flow-insensitively; the file is analysed a second
 * time when such a write may change what the first pass saw. Sinks are asked at calls, throws, member
 * assignments and returns (`findings.ts`).
 *
 * Work is bounded: a node budget per file and a recursion limit. When the budget runs out, the statement
 * being analysed is abandoned and the rest of the file is analysed cheaply (every loop body once, no second
 * pass) with a second budget linear in the file's size, so a leak after expensive code is still reported; only when
 * that runs out too does the analysis stop. The engine never throws on valid syntax: unknown node types are walked generically.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { classifySensitiveName } from '../../names.js';
import { BUILT_IN_TAG_RULES, SOURCE_RULES } from '../models/index.js';
import { IDENTIFIER_WORDS, NOT_CLEAR_TEXT_WORDS } from '../models/sources/names.js';
import type { PropMap } from '../props.js';
import type { FunctionNode, SourceRule, TagRule, TaintConfig, TaintFinding, TaintValue } from '../types.js';
import { Env, type Variable } from './env.js';
import type { Collecting, ParamSummary } from './helpers.js';
import { isTokenHeaded } from './name-sources.js';
import { isSanitizerName } from './propagation.js';
import { block } from './statements.js';

type Node = TSESTree.Node;

/** The function (or the program) being analysed: what it returns so far and what `this` is in it. */
export interface FunctionFrame {
  fn: FunctionNode | TSESTree.Program;
  returns: TaintValue | undefined;
  thisKey: Node | undefined;
}

class BudgetExceeded extends Error {}

/** Nesting depth beyond which statements and expressions are skipped. */
export const MAX_RECURSION = 400;

/**
 * One analysis of one file: its inputs, indexes of the rules, the environment and the findings. The modules
 * of `engine/` are functions of it. Rules use `taintFindingsOf` from `index.ts`, which adds the cheap pre-check and shares one analysis among rules.
 */
export class Analysis {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  readonly config: TaintConfig;
  /** How many rules share this analysis (their sinks are combined in `config.sinks`). */
  readonly rules: number;
  /** Identifier → variable, from scope analysis (`null`: an unresolved global). */
  readonly resolved = new Map<TSESTree.Identifier, Variable | null>();
  /** Tag rules by their `from` tag. */
  readonly tagRules = new Map<string, TagRule[]>();
  readonly sourcesByTag = new Map<string, SourceRule[]>();
  readonly sourcesByMethod = new Map<string, SourceRule[]>();
  /** Users' `{ callee }` sources. */
  readonly userCallees = new Set<string>();
  /** Users' sanitizer names. */
  readonly sanitizers: ReadonlySet<string>;
  readonly globalTagCache = new Map<string, TaintValue>();
  readonly findings = new Map<string, TaintFinding>();
  /** Values of tainted expressions, to find the culprit inside a sink's operand. */
  nodeValues = new Map<Node, TaintValue>();
  /** Parameter summaries of local helpers in this pass (`null` while one is computed). */
  paramSummaries = new Map<FunctionNode, ParamSummary | null>();
  /** Set while a helper's parameter summary is computed (`helpers.ts`). */
  collecting: Collecting | undefined;
  /** Return-value summaries made while a parameter summary is computed: they must not become the pass's. */
  overlaySummaries: Map<FunctionNode, TaintValue | undefined> | undefined;
  /** Flow-insensitive writes: variables written from other functions. */
  readonly escaped = new Map<Variable, TaintValue>();
  /** Flow-insensitive `this.x` values per class (or object literal). */
  readonly thisProps = new Map<Node, PropMap>();
  /** Return values of the functions analysed in this pass. */
  summaries = new Map<FunctionNode, TaintValue | undefined>();
  /** Parameter values of callbacks, set at the call before the callback is analysed. */
  readonly pendingParams = new Map<FunctionNode, (TaintValue | undefined)[]>();
  /**
   * What each `new Promise(executor)` resolves with, by the tag its executor's `resolve` carries
   * (`promise:resolve@<offset>`): the values `resolve(x)` was called with, also from callbacks inside.
   */
  readonly promiseResults = new Map<string, TaintValue>();
  env: Env = new Env();
  frame: FunctionFrame;
  visits = 0;
  budget: number;
  /** The budget ran out once: loops run once and no second pass follows. */
  cheap = false;
  depth = 0;
  /** Set when a tainted or tagged value was written flow-insensitively (another function's variable, `this.x`). */
  insensitiveWrites = false;
  readonly sensitiveNames = new Map<string, boolean>();
  readonly sanitizerNames = new Map<string, boolean>();
  readonly tagMemberCache = new WeakMap<TaintValue, Map<string, TaintValue | undefined>>();
  /** Classes whose methods are being analysed: a `this.x` write there may reach methods analysed earlier. */
  readonly methodsPhase = new Set<Node>();
  /** Answers whether the file is about lexical tokens (see {@link lexerFile}), once, when first asked. */
  private readonly isLexerFile: () => boolean;
  private lexer: boolean | undefined;
  /**
   * When set (files whose only possible sources are sensitive names), the sorted offsets of those names:
   * a function is analysed only if it, or a function around it, contains one. Elsewhere nothing can be
   * tainted, so skipping it changes no finding except flows through helpers' return values.
   */
  readonly hotOffsets: readonly number[] | undefined;
  /** Inside a function that contains a hot offset. */
  hot = false;

  constructor(
    sourceCode: Readonly<TSESLint.SourceCode>,
    config: TaintConfig,
    isLexerFile: () => boolean = () => false,
    hotOffsets?: readonly number[],
    rules = 1,
  ) {
    this.sourceCode = sourceCode;
    this.rules = rules;
    this.isLexerFile = isLexerFile;
    this.hotOffsets = hotOffsets;
    this.config = config;
    this.frame = { fn: sourceCode.ast, returns: undefined, thisKey: undefined };
    this.budget = config.budget ?? Math.max(200_000, sourceCode.ast.range[1] * 4);
    const configured = config.sourceModels ?? [];
    for (const rule of [...BUILT_IN_TAG_RULES, ...(config.tagRules ?? []), ...configured.flatMap((m) => m.clients)]) {
      const list = this.tagRules.get(rule.from);
      if (list) list.push(rule);
      else this.tagRules.set(rule.from, [rule]);
    }
    for (const rule of SOURCE_RULES) this.indexSource(rule);
    for (const model of configured) for (const rule of model.sources) this.indexSource(rule);
    for (const user of config.userSources ?? []) {
      if (user.callee) this.userCallees.add(user.callee);
      if (user.module) {
        const tag = user.export ? `module:${user.module}#${user.export}` : `module:${user.module}`;
        const label = user.export ? `the result of ${user.export}() from ${user.module}` : `the result of ${user.module}`;
        this.indexSource({ via: 'call', tag, shape: 'secret', label });
        this.indexSource({ via: 'new', tag, shape: 'secret', label });
      }
    }
    this.sanitizers = new Set(config.sanitizers ?? []);
  }

  private indexSource(rule: SourceRule): void {
    const map = rule.tag !== undefined ? this.sourcesByTag : this.sourcesByMethod;
    const key = rule.tag ?? rule.method ?? '';
    const list = map.get(key);
    if (list) list.push(rule);
    else map.set(key, [rule]);
  }

  /** Analyses the file and returns the findings; a second pass runs when flow-insensitive writes may matter. */
  run(): TaintFinding[] {
    const scopeManager = this.sourceCode.scopeManager;
    if (!scopeManager) return [];
    for (const scope of scopeManager.scopes) {
      for (const variable of scope.variables) {
        for (const id of variable.identifiers) this.resolved.set(id, variable);
      }
      for (const ref of scope.references) {
        if (!this.resolved.has(ref.identifier as TSESTree.Identifier)) {
          this.resolved.set(ref.identifier as TSESTree.Identifier, ref.resolved);
        }
      }
    }
    try {
      this.pass();
      // A second pass only when writes from other functions or to `this` may change what the first saw.
      if (this.insensitiveWrites && !this.cheap) this.pass();
    } catch (error) {
      if (!(error instanceof BudgetExceeded)) throw error;
    }
    return [...this.findings.values()];
  }

  private pass(): void {
    this.hot = false;
    this.env = new Env();
    this.summaries = new Map();
    this.paramSummaries = new Map();
    this.pendingParams.clear();
    this.frame = { fn: this.sourceCode.ast, returns: undefined, thisKey: undefined };
    block(this, this.sourceCode.ast.body);
  }

  /**
   * The file is about lexical tokens: names headed by `token` are lexemes, not sources. Ask it after
   * `isTokenHeaded`: the answer searches the text, and most files never need it.
   */
  get lexerFile(): boolean {
    return (this.lexer ??= this.isLexerFile());
  }

  /** Whether a name is a name-based source here (not a lexeme in a lexer file). */
  isSensitive(name: string): boolean {
    let result = this.sensitiveNames.get(name);
    if (result === undefined) {
      const classified = classifySensitiveName(name);
      result =
        classified !== undefined &&
        !(isTokenHeaded(classified.words) && this.lexerFile) &&
        // `hashedPassword`: a bcrypt/argon2 hash is not the clear text; `idempotencyToken` identifies a request
        !classified.words.some((w) => NOT_CLEAR_TEXT_WORDS.has(w) || IDENTIFIER_WORDS.has(w));
      this.sensitiveNames.set(name, result);
    }
    return result;
  }

  isSanitizer(name: string): boolean {
    let result = this.sanitizerNames.get(name);
    if (result === undefined) {
      result = isSanitizerName(name, this.sanitizers);
      this.sanitizerNames.set(name, result);
    }
    return result;
  }

  /** Counts a node visit; abandons the current statement when the budget is spent (see {@link recover}). */
  tick(): void {
    if (++this.visits > this.budget) throw new BudgetExceeded();
  }

  /**
   * Called with an error caught at a statement boundary: true when it is the first budget exhaustion, which
   * turns the analysis cheap with a second budget; the caller drops the statement and goes on.
   */
  recover(error: unknown): boolean {
    if (!(error instanceof BudgetExceeded) || this.cheap) return false;
    this.cheap = true;
    // Cheap analysis visits each node a bounded number of times: a budget linear in the file's size suffices.
    this.budget = this.visits + Math.max(this.budget, this.sourceCode.text.length * 4);
    return true;
  }
}
