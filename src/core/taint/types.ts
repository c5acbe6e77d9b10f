import type { TSESTree } from '@typescript-eslint/utils';
import type { PropMap } from './props.js';

/** Where a secret comes from, by family: a secrets-manager SDK, the environment, a sensitive name, a user option. */
export type SourceFamily = 'sdk' | 'env' | 'name' | 'custom' | 'request' | 'param';

/**
 * A parameter of a helper whose flows are being summarised (family `param`): the value of argument `index`
 * (with `rest`, of every argument from `index` on), read through `path`. Never reaches a rule: it is replaced
 * by the argument's value at each call site.
 */
export interface ParamMarker {
  readonly index: number;
  readonly rest: boolean;
  readonly path: readonly string[];
}

/** The origin of a secret: what it is and where it enters the file. Never holds the secret's value. */
export interface SecretOrigin {
  /**
   * What the secret is, ready for a message: `the SecretString of a GetSecretValueCommand response`,
   * `process.env.DATABASE_URL`, `parameter \`password\``.
   */
  readonly description: string;
  /** The node where the secret enters: the SDK call, the `process.env.X` read, the parameter. */
  readonly node: TSESTree.Node;
  readonly family: SourceFamily;
  /** For family `param` only: which parameter, and the path read from it. */
  readonly param?: ParamMarker;
}

/**
 * The abstract value of an expression. `undefined` stands for a clean value about which nothing is known.
 * Values are immutable: every operation builds a new one.
 */
export interface TaintValue {
  /** The value itself is secret (or was built from one): printing it leaks. */
  readonly secret?: SecretOrigin;
  /**
   * The value is an object holding secrets in some of its properties (an SDK response, `process.env`):
   * printing it whole leaks, reading a property not listed in `props` gives a clean value.
   */
  readonly holder?: SecretOrigin;
  /**
   * Known property values, every name kept (a persistent map: a write costs O(log n), see `props.ts`).
   * The key `*` stands for any element or any other property.
   */
  readonly props?: PropMap;
  /** Environment-like holder (`process.env`, dotenv's `parsed`): a property with a sensitive name is secret. */
  readonly envLike?: boolean;
  /**
   * Kinds of object this may be, as tags: `module:pino` (the module), `module:winston#createLogger` (a named
   * export), `global:console`, `logger`, `aws2:SecretsManager`… A member read of a tagged value `T`
   * tags the result `T#name`.
   */
  readonly tags?: ReadonlySet<string>;
  /** A literal `true`/`false`, to read flags such as `WithDecryption: true`. */
  readonly bool?: boolean;
  /** The function(s) this value may be, to follow `.then(cb)` and calls of local helpers. */
  readonly fns?: readonly FunctionNode[];
}

export type FunctionNode =
  | TSESTree.FunctionDeclaration
  | TSESTree.FunctionExpression
  | TSESTree.ArrowFunctionExpression;

/**
 * The shape of what a source returns, as data: `'secret'` (the whole value is secret), `'env'`
 * (environment-like: properties with sensitive names are secret), or an object of property shapes
 * (a holder: the listed properties hold secrets, the others are metadata). `*` means any element;
 * the key `$names` (value `'env'`) makes other properties with sensitive names secrets too.
 */
export type Shape = 'secret' | 'env' | { readonly [property: string]: Shape };

/** How a call or `new` is matched to a callee: by the callee's tags, or by a method name alone. */
export interface CalleeMatch {
  /** One of the callee value's tags must equal this, e.g. `module:dotenv#config`, `aws2:SecretsManager#getSecretValue`. */
  readonly tag?: string;
  /** The callee is a member call with this method name (any receiver), e.g. `send`. */
  readonly method?: string;
}

/** A source: a call (or `new`) whose result holds secrets. */
export interface SourceRule extends CalleeMatch {
  readonly via: 'call' | 'new';
  /** Only when this argument has this tag, e.g. `{ index: 0, tag: 'aws3:GetSecretValueCommand' }`. */
  readonly argTag?: { readonly index: number; readonly tag: string };
  /** Only when this argument's property is the literal `true`, e.g. `{ index: 0, property: 'WithDecryption' }`. */
  readonly argFlag?: { readonly index: number; readonly property: string };
  /** What the result is, e.g. `{ SecretString: 'secret', SecretBinary: 'secret' }`. */
  readonly shape: Shape;
  /** The result for messages, e.g. `a GetSecretValueCommand response`. */
  readonly label: string;
  /** Also pass the result to the callback at this argument position's parameter 1 (AWS SDK v2 `(err, data)`). */
  readonly callbackResult?: boolean;
}

/** A tag rule: calling, constructing or reading a member of a tagged value gives a value with another tag. */
export interface TagRule {
  /** The tag of the callee (for `call`/`new`) or of the object (for `member`). */
  readonly from: string;
  readonly via: 'call' | 'new' | 'member';
  /** For `member`: the property name. */
  readonly name?: string;
  /** Only when this argument's property is the literal `true`. */
  readonly argFlag?: { readonly index: number; readonly property: string };
  readonly to: string;
}

/**
 * One family of sources (a secrets manager's SDK): how its clients are made and which of their calls return
 * secrets. The module names in the rows' `module:` tags are the text pre-check's hints.
 */
export interface SourceModel {
  /** The family, for documentation and tests: `AWS Secrets Manager, SSM, STS and Lambda Powertools`. */
  readonly name: string;
  /** Constructors and factories that make the family's clients, e.g. `new SecretClient(…)` → `azure:SecretClient`. */
  readonly clients: readonly TagRule[];
  /** Calls whose results hold secrets, and where. */
  readonly sources: readonly SourceRule[];
}

/**
 * How a propagated value is carried:
 * - `data` (default): its content, without what makes it an object of some kind (tags, functions);
 * - `string`: what it prints as (a secret string stays secret, a holder object prints `[object Object]`);
 * - `serialized`: everything in it, holders included (`JSON.stringify`);
 * - `parsed`: a secret string parsed into a secret object (`JSON.parse`);
 * - `item`: one element of an array, or one character of a string (`find`, `pop`, `at`);
 * - `element`: added as one more element of the target (`push`, `Map#set`);
 * - `elements`: an array of its elements (`Object.values`);
 * - `entries`: an array of `[key, element]` pairs (`Object.entries`).
 */
export type Carry = 'data' | 'string' | 'serialized' | 'parsed' | 'item' | 'element' | 'elements' | 'entries';

/**
 * A propagation summary: the content of `from` reaches `to`. Exactly one of `callee` and `method` is set.
 * `from: 'args'` is every argument; a number is one argument. `to` a number: that argument is updated in place
 * and the call returns it (`Object.assign`); `to: 'receiver'`: the receiver is updated (`arr.push(x)`).
 */
export interface Summary {
  /** A tag of the called function: `global:JSON#stringify`, `module:util#inspect`, `global:String`. */
  readonly callee?: string;
  /** A method name, on any receiver: `trim`, `push`. */
  readonly method?: string;
  readonly from: 'receiver' | 'args' | number;
  readonly to: 'result' | 'receiver' | number;
  readonly as?: Carry;
}

/** A sanitizer recognised by its call rather than its name. */
export interface SanitizerRow {
  readonly method: string;
  /** Only with these arguments: `masking` (`.replace(/./g, '*')`), `shortSlice` (`.slice(0, 4)`). */
  readonly args?: 'masking' | 'shortSlice';
  /** Only on a receiver with this tag (`hasher`). */
  readonly receiverTag?: string;
}

/** An argument (or other operand) handed to a sink, with its abstract value. */
export interface Operand {
  readonly node: TSESTree.Node;
  readonly value: TaintValue | undefined;
}

/** What the engine knows about a callee at a call or `new`. */
export interface CalleeInfo {
  /** Tags of the callee value: `global:console#log`, `logger#info`, `module:debug`… */
  readonly tags: ReadonlySet<string>;
  /** Tags of the receiver when the callee is a member expression. */
  readonly receiverTags: ReadonlySet<string>;
  /** The method name when the callee is `obj.name` or `obj['name']`. */
  readonly method: string | undefined;
  /**
   * The callee as a dotted path when it is a chain of identifiers and static members: `console.log`,
   * `process.stdout.write`, `req.log.info`, `this.logger.warn`.
   */
  readonly path: string | undefined;
  /** True when the path's first identifier is not declared in the file (a global such as `console`). */
  readonly rootIsGlobal: boolean;
  /** The name a plain identifier callee has, or the method name: `Error`, `reject`, `info`. */
  readonly name: string | undefined;
}

/** An event at which a rule's sinks are checked. */
export type SinkEvent =
  | {
      readonly type: 'call';
      readonly node: TSESTree.CallExpression | TSESTree.NewExpression;
      readonly isNew: boolean;
      readonly callee: CalleeInfo;
      readonly args: readonly Operand[];
    }
  | { readonly type: 'throw'; readonly node: TSESTree.ThrowStatement; readonly argument: Operand }
  | {
      /** `target = value` where target is a member expression (`ctx.body = …`, `document.cookie = …`). */
      readonly type: 'assign';
      readonly node: TSESTree.AssignmentExpression;
      readonly target: TSESTree.MemberExpression;
      /** The target's dotted path, e.g. `ctx.body`, `document.cookie`. */
      readonly targetPath: string | undefined;
      readonly objectTags: ReadonlySet<string>;
      readonly value: Operand;
    }
  | {
      /** A function returns a value (also an arrow's expression body). */
      readonly type: 'return';
      readonly node: TSESTree.Node;
      readonly fn: FunctionNode;
      readonly value: Operand;
    };

/** A rule's verdict: this operand reaches this sink. The engine reports it when the operand holds a secret. */
export interface SinkHit {
  readonly operand: Operand;
  /** The sink for messages: `console.log`, `logger.info`, `new Error`, `throw`. */
  readonly label: string;
  /** A rule-defined category, e.g. `log` or `error`, passed through to the finding. */
  readonly kind: string;
  /**
   * Which of the rules sharing one analysis of the file asked for this hit (see `taintFindingsOf`); set by
   * the engine, not by a rule's sinks. Findings of different rules are kept apart by it.
   */
  readonly rule?: number;
}

/**
 * The sinks of a rule: a function of the event that names the operands reaching a sink. Hits must be
 * operands of the event or properties of their values: the engine asks only at events where one of those
 * values holds a secret.
 */
export type SinkChecker = (event: SinkEvent) => readonly SinkHit[] | undefined;

/** A finding: a secret reaches a sink. */
export interface TaintFinding {
  /** The operand handed to the sink (the argument). */
  readonly operand: TSESTree.Node;
  /**
   * The smallest sub-expression of the operand that carries the secret (the `${secret}` of a template,
   * a property value of an object literal), or the operand itself: where a suggestion should act.
   */
  readonly culprit: TSESTree.Node;
  /** The secret's origin: what it is and where it came from. */
  readonly origin: SecretOrigin;
  /** True when the operand is an object holding a secret rather than the secret itself. */
  readonly viaHolder: boolean;
  /** True when `origin` is an object holding secrets (an SDK response, `process.env`), not a secret itself. */
  readonly originIsHolder: boolean;
  readonly sink: { readonly label: string; readonly kind: string; readonly event: SinkEvent; readonly rule?: number };
  /**
   * Set when the sink is inside a local helper called here (`log('loaded', secret)` with `function log(...a)
   * { console.log(...a) }`): the helper's name, and the operand and culprit at the sink inside it. `operand`
   * and `culprit` above are then the call site's argument. `sink.label` names both (`console.log in log()`).
   */
  readonly through?: { readonly helper: string; readonly operand: TSESTree.Node; readonly culprit: TSESTree.Node };
}

/** Extra sources in a rule's options. */
export interface UserSource {
  /** A function or method name whose result is secret, e.g. `getConfigSecret` (matches `getConfigSecret()` and `x.getConfigSecret()`). */
  readonly callee?: string;
  /** With `export`: a module whose export (called or constructed) returns a secret, e.g. `{ module: 'my-vault', export: 'read' }`. */
  readonly module?: string;
  readonly export?: string;
}

/** Everything a rule hands the engine. */
export interface TaintConfig {
  /** The rule's sinks. */
  readonly sinks: SinkChecker;
  /** Tag rules that recognise the rule's sink objects (loggers, response objects) from imports and factories. */
  readonly tagRules?: readonly TagRule[];
  /** Cheap text test: can this file contain one of the rule's sinks at all? Skips the analysis when false. */
  readonly mayHaveSink?: (text: string) => boolean;
  /** Extra sources from options. */
  readonly userSources?: readonly UserSource[];
  /**
   * Extra source families made from the configuration rather than built in (the secrets client of
   * `settings.secrets.secretsClient`, see `models/sources/secrets-client.ts`): their clients and sources
   * are indexed like the built-in rows, and their modules join the text pre-check.
   */
  readonly sourceModels?: readonly SourceModel[];
  /** Extra sanitizer function names from options: calls to them return clean values. */
  readonly sanitizers?: readonly string[];
  /** Skip name-based sources (parameters, bindings and properties with sensitive names). Default false. */
  readonly ignoreNameSources?: boolean;
  /** Maximum node visits per file (default: 40 × the number of tokens-ish, at least 200,000). */
  readonly budget?: number;
}
