/**
 * The taint engine: an abstract interpreter over one file's AST.
 *
 * It walks the program and every function body statement by statement, keeping an environment
 * `Map<Variable, TaintValue>` (ESLint scope analysis gives the variables). Branches are analysed on copies
 * of the environment and joined; loop bodies run twice; a function's body is analysed once per pass with
 * the environment of its definition (function declarations: on first call or at the end of their block),
 * and its return value becomes its summary, so `const s = await getSecret()` of a local helper is followed.
 * Writes to a variable from another function than its own, and writes to `this.x`, are also collected
 * flow-insensitively; the file is analysed twice so the second pass sees them.
 *
 * Work is bounded: a node budget per file (the analysis gives up silently when it runs out) and a
 * recursion limit. The engine never throws on valid syntax: unknown node types are walked generically.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { classifySensitiveName, splitWords } from '../names.js';
import { propertyKeyName, staticPropertyName, unwrapExpression } from '../../util/ast/index.js';
import {
  ADDING_METHODS,
  ELEMENT_CALLBACK_METHODS,
  PARSING_FUNCTIONS,
  PROPAGATING_FUNCTIONS,
  PROPAGATING_METHODS,
  SANITIZER_WORDS,
  SERIALIZING_FUNCTIONS,
  SOURCE_RULES,
  SOURCE_TAG_RULES,
} from './sources.js';
import type {
  CalleeInfo,
  FunctionNode,
  Operand,
  SecretOrigin,
  SinkEvent,
  SourceRule,
  TagRule,
  TaintConfig,
  TaintFinding,
  TaintValue,
} from './types.js';
import {
  addElement,
  dataOnly,
  getProperty,
  instantiateShape,
  join,
  leakedSecret,
  parsedValue,
  serializedValue,
  setProperty,
  toStringValue,
} from './value.js';

type Node = TSESTree.Node;
type Variable = TSESLint.Scope.Variable;

/**
 * The abstract environment: variable → value, as layers. A branch, loop body or function body runs in a
 * child layer; at the merge, the branches' writes are joined into the parent. Cost per merge is the number
 * of variables written in the branches, not the number of variables in scope.
 */
class Env {
  readonly own = new Map<Variable, TaintValue | undefined>();
  constructor(readonly parent?: Env) {}

  get(variable: Variable): TaintValue | undefined {
    for (let env: Env | undefined = this; env; env = env.parent) {
      if (env.own.has(variable)) return env.own.get(variable);
    }
    return undefined;
  }

  set(variable: Variable, value: TaintValue | undefined): void {
    this.own.set(variable, value);
  }

  child(): Env {
    return new Env(this);
  }

  /** Joins the branches (descendants of this layer) into it; `withSelf` when control may also skip them all. */
  absorb(branches: readonly Env[], withSelf: boolean): void {
    const keys = new Set<Variable>();
    for (const branch of branches) {
      for (let env: Env | undefined = branch; env && env !== this; env = env.parent) {
        for (const key of env.own.keys()) keys.add(key);
      }
    }
    for (const key of keys) {
      let value = withSelf ? this.get(key) : undefined;
      for (const branch of branches) value = join(value, branch.get(key));
      this.own.set(key, value);
    }
  }
}

class BudgetExceeded extends Error {}

const MAX_RECURSION = 400;
/** Verbs of getter-like functions whose result is named by the rest of their name: `getApiKey`, `fetchToken`. */
const CALL_VERB = /^(?:get|fetch|load|read|retrieve|resolve|create|generate|issue|obtain|request|refresh|decrypt)(?=[A-Z_])/;
/** Head words of objects whose properties describe things by name: `endpoints.token`, `errors.password`. */
const DESCRIPTOR_CONTAINERS = new Set(
  (
    'endpoint endpoints url urls uri uris route routes path paths link links label labels message messages msgs ' +
    'error errors placeholder placeholders field fields column columns type types name names icon icons selector ' +
    'selectors translation translations strings text texts title titles description descriptions hint hints ' +
    'tooltip tooltips rule rules validator validators validation validations schema schemas scope scopes ' +
    'permission permissions event events action actions input inputs element elements ref refs flag flags ' +
    'style styles classes i18n locale locales'
  ).split(' '),
);

/** Words of parser APIs about lexical tokens: `getFirstToken`, `getLastTokens`, `getTokenBefore`. */
const LEXER_WORDS = new Set(['first', 'last', 'prev', 'previous', 'current', 'open', 'opening', 'close', 'closing', 'start', 'end', 'before', 'after', 'comment', 'comments', 'punctuator', 'keyword', 'jsx']);
const EMPTY_TAGS: ReadonlySet<string> = new Set();
const IN_PROGRESS: TaintValue = {};


/**
 * Classifies a getter-like function name by what it returns: `getApiKey` → API key, `fetchToken` → token;
 * `getFirstToken`, `getName`, `apiKey` (no verb) → undefined.
 */
export function classifyCallName(name: string): ReturnType<typeof classifySensitiveName> {
  const stripped = name.replace(CALL_VERB, '');
  if (stripped === name || stripped.length === 0) return undefined;
  const sensitive = classifySensitiveName(stripped);
  if (!sensitive) return undefined;
  for (const word of sensitive.words) if (LEXER_WORDS.has(word)) return undefined;
  return sensitive;
}

function isTokenHeadedName(words: readonly string[]): boolean {
  const head = words[words.length - 1];
  return head === 'token' || head === 'tokens';
}

function isFunctionNode(node: Node | null | undefined): node is FunctionNode {
  return (
    !!node &&
    (node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression' || node.type === 'FunctionDeclaration')
  );
}

/** A compact finding key: sink operand position + origin position. */
function findingKey(culprit: Node, origin: SecretOrigin, label: string): string {
  return `${culprit.range[0]}:${culprit.range[1]}:${origin.node.range[0]}:${label}`;
}

/** Whether a called function's name marks a sanitizer: `redact`, `maskToken`, `hashPassword`. */
function isSanitizerName(name: string, extra: ReadonlySet<string>): boolean {
  if (extra.has(name)) return true;
  for (const word of splitWords(name)) if (SANITIZER_WORDS.has(word)) return true;
  return false;
}

/** `.replace(/./g, '*')`-style masking: a global regex replaced by a string of mask characters only. */
function isMaskingReplace(args: readonly Node[]): boolean {
  const [pattern, replacement] = args;
  if (!pattern || !replacement) return false;
  if (replacement.type !== 'Literal' || typeof replacement.value !== 'string') return false;
  const mask = replacement.value;
  if (mask.length > 8) return false;
  for (const ch of mask) if (ch !== '*' && ch !== 'x' && ch !== 'X' && ch !== '•' && ch !== '#' && ch !== '.') return false;
  if (pattern.type === 'Literal' && 'regex' in pattern && pattern.regex) return pattern.regex.flags.includes('g');
  return false;
}

/** `.slice(0, n)` / `.substring(0, n)` / `.slice(-n)` with a small literal n: a short prefix or suffix, not the secret. */
function isShortSlice(args: readonly Node[]): boolean {
  const small = (n: Node | undefined): boolean => {
    if (!n) return false;
    if (n.type === 'Literal' && typeof n.value === 'number') return Math.abs(n.value) <= 6;
    if (n.type === 'UnaryExpression' && n.operator === '-' && n.argument.type === 'Literal') {
      return typeof n.argument.value === 'number' && n.argument.value <= 6;
    }
    return false;
  };
  if (args.length === 1) {
    const a = args[0];
    return !!a && a.type === 'UnaryExpression' && a.operator === '-' && small(a);
  }
  return args.length === 2 && small(args[0]) && small(args[1]);
}

/** The element value of an array-like or object value (`for…of`, `forEach`, `Object.values`). */
function elementOf(value: TaintValue | undefined): TaintValue | undefined {
  if (!value) return undefined;
  const star = value.props?.get('*');
  if (star) return star;
  if (value.secret) return { secret: value.secret };
  if (value.envLike) return undefined;
  if (value.props) {
    let result: TaintValue | undefined;
    for (const v of value.props.values()) result = join(result, dataOnly(v));
    return result;
  }
  return undefined;
}

interface FunctionFrame {
  fn: FunctionNode | TSESTree.Program;
  returns: TaintValue | undefined;
  thisKey: Node | undefined;
}

/**
 * SvelteKit's private environment modules: `import { DB_PASSWORD } from '$env/static/private'` is a secret
 * when its name is sensitive (like `process.env.DB_PASSWORD`), and `env` of `$env/dynamic/private` is an
 * environment holder like `process.env`.
 */
function privateEnvImport(module: string, imported: string, node: Node): TaintValue | undefined {
  if (module === '$env/static/private') {
    if (!classifySensitiveName(imported)) return undefined;
    return { secret: { description: `${imported} from ${module}`, node, family: 'env' } };
  }
  if (module === '$env/dynamic/private' && imported === 'env') {
    return { holder: { description: `env from ${module}`, node, family: 'env' }, envLike: true };
  }
  return undefined;
}

/** Does some operand hold a secret? The test of {@link mayLeak} for a call's arguments. */
function anyLeaks(operands: readonly Operand[]): boolean {
  return operands.some((operand) => leakedSecret(operand.value) !== undefined);
}

/**
 * Can a sink hit at this event report anything? A hit reports an operand only when its value holds a
 * secret, and every operand a rule's sinks can name is one of the event's values or a property of one; so
 * when none of them holds a secret the rule's sinks are not asked (most calls of most files). Comparisons
 * go through: rules read both sides themselves.
 */
function mayLeak(event: SinkEvent): boolean {
  switch (event.type) {
    case 'call':
      // Checked where the event is built, before its callee description is made: see `anyLeaks`.
      return true;
    case 'throw':
      return leakedSecret(event.argument.value) !== undefined;
    case 'assign':
    case 'return':
      return leakedSecret(event.value.value) !== undefined;
    default:
      return true;
  }
}

/**
 * Runs the analysis over a file and returns the findings. Callers normally use {@link analyzeTaint}
 * from `index.ts`, which adds the cheap pre-check.
 */
export class TaintAnalysis {
  private readonly sourceCode: Readonly<TSESLint.SourceCode>;
  private readonly config: TaintConfig;
  private readonly resolved = new Map<TSESTree.Identifier, Variable | null>();
  private readonly tagRules = new Map<string, TagRule[]>();
  private readonly sourcesByTag = new Map<string, SourceRule[]>();
  private readonly sourcesByMethod = new Map<string, SourceRule[]>();
  private readonly userCallees = new Set<string>();
  private readonly sanitizers: ReadonlySet<string>;
  private readonly globalTagCache = new Map<string, TaintValue>();
  private readonly findings = new Map<string, TaintFinding>();
  /** Values of tainted expressions, to find the culprit inside a sink's operand. */
  private readonly nodeValues = new Map<Node, TaintValue>();
  /** Flow-insensitive writes: variables written from other functions. */
  private readonly escaped = new Map<Variable, TaintValue>();
  /** Flow-insensitive `this.x` values per class (or object literal). */
  private readonly thisProps = new Map<Node, Map<string, TaintValue>>();
  private summaries = new Map<FunctionNode, TaintValue>();
  private readonly pendingParams = new Map<FunctionNode, (TaintValue | undefined)[]>();
  private env: Env = new Env();
  private frame: FunctionFrame;
  private reporting = false;
  private visits = 0;
  private readonly budget: number;
  private depth = 0;
  /** Set when a tainted or tagged value was written flow-insensitively (another function's variable, `this.x`). */
  private insensitiveWrites = false;
  private readonly sensitiveNames = new Map<string, boolean>();
  private readonly sanitizerNames = new Map<string, boolean>();
  private readonly tagMemberCache = new WeakMap<TaintValue, Map<string, TaintValue | undefined>>();
  /** Classes whose methods are being analysed: a `this.x` write there may reach methods analysed earlier. */
  private readonly methodsPhase = new Set<Node>();

  /** The file is about lexical tokens: names headed by `token` are lexemes, not sources. */
  private readonly lexerFile: boolean;

  /**
   * When set (files whose only possible sources are sensitive names), the sorted offsets of those names:
   * a function is analysed only if it, or a function around it, contains one. Elsewhere nothing can be
   * tainted, so skipping it changes no finding except flows through helpers' return values.
   */
  private readonly hotOffsets: readonly number[] | undefined;
  private hot = false;

  constructor(
    sourceCode: Readonly<TSESLint.SourceCode>,
    config: TaintConfig,
    lexerFile = false,
    hotOffsets?: readonly number[],
  ) {
    this.sourceCode = sourceCode;
    this.lexerFile = lexerFile;
    this.hotOffsets = hotOffsets;
    this.config = config;
    this.frame = { fn: sourceCode.ast, returns: undefined, thisKey: undefined };
    this.budget = config.budget ?? Math.max(200_000, sourceCode.ast.range[1] * 4);
    for (const rule of [...SOURCE_TAG_RULES, ...(config.tagRules ?? [])]) {
      const list = this.tagRules.get(rule.from);
      if (list) list.push(rule);
      else this.tagRules.set(rule.from, [rule]);
    }
    for (const rule of SOURCE_RULES) this.indexSource(rule);
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

  /** Analyses the file: a first pass collects flow-insensitive writes, the second reports. */
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
      this.pass(true);
      // A second pass only when writes from other functions or to `this` may change what the first saw.
      if (this.insensitiveWrites) this.pass(true);
    } catch (error) {
      if (!(error instanceof BudgetExceeded)) throw error;
    }
    return [...this.findings.values()];
  }

  private pass(reporting: boolean): void {
    this.reporting = reporting;
    this.hot = false;
    this.env = new Env();
    this.summaries = new Map();
    this.pendingParams.clear();
    this.frame = { fn: this.sourceCode.ast, returns: undefined, thisKey: undefined };
    this.block(this.sourceCode.ast.body);
  }

  private isSensitive(name: string): boolean {
    let result = this.sensitiveNames.get(name);
    if (result === undefined) {
      const classified = classifySensitiveName(name);
      result = classified !== undefined && !(this.lexerFile && isTokenHeadedName(classified.words));
      this.sensitiveNames.set(name, result);
    }
    return result;
  }

  private isSanitizer(name: string): boolean {
    let result = this.sanitizerNames.get(name);
    if (result === undefined) {
      result = isSanitizerName(name, this.sanitizers);
      this.sanitizerNames.set(name, result);
    }
    return result;
  }

  private tick(): void {
    if (++this.visits > this.budget) throw new BudgetExceeded();
  }

  // ---------------------------------------------------------------- variables

  private variableOf(id: TSESTree.Identifier): Variable | null | undefined {
    return this.resolved.get(id);
  }

  private isGlobalVariable(variable: Variable | null | undefined): boolean {
    return variable === null || (variable !== undefined && variable.defs.length === 0);
  }

  private globalValue(name: string): TaintValue {
    let value = this.globalTagCache.get(name);
    if (!value) {
      value = { tags: new Set([`global:${name}`]) };
      this.globalTagCache.set(name, value);
    }
    return value;
  }

  private readVariable(id: TSESTree.Identifier): TaintValue | undefined {
    const variable = this.variableOf(id);
    if (variable === undefined) return undefined;
    if (this.isGlobalVariable(variable)) {
      if (id.name === 'undefined' || id.name === 'NaN' || id.name === 'Infinity') return undefined;
      return this.globalValue(id.name);
    }
    const v = variable as Variable;
    const value = this.env.get(v);
    const escaped = this.escaped.get(v);
    return escaped ? join(value, escaped) : value;
  }

  private writeVariable(variable: Variable, value: TaintValue | undefined): void {
    this.env.set(variable, value);
    const home = variable.scope.variableScope.block;
    if (value && home !== this.frame.fn && (leakedSecret(value) || value.tags)) {
      const old = this.escaped.get(variable);
      const joined = join(old, value) as TaintValue;
      if (joined !== old && (value.tags || leakedSecret(value))) this.insensitiveWrites = true;
      this.escaped.set(variable, joined);
    }
  }

  private nameOrigin(name: string, node: Node, kind: 'parameter' | 'variable' | 'property', text?: string): TaintValue | undefined {
    if (this.config.ignoreNameSources) return undefined;
    if (!this.isSensitive(name)) return undefined;
    const description =
      kind === 'property' ? (text && text.length <= 40 ? `\`${text}\`` : `property \`${name}\``) : `${kind} \`${name}\``;
    return { secret: { description, node, family: 'name' } };
  }

  // ---------------------------------------------------------------- patterns

  /**
   * Binds a pattern to a value. `mode` says where: a parameter (sensitive names are sources), a declaration
   * with an opaque initializer (likewise), or a plain assignment.
   */
  private bind(pattern: Node, value: TaintValue | undefined, mode: 'param' | 'declare' | 'opaque' | 'assign'): void {
    this.tick();
    switch (pattern.type) {
      case 'Identifier': {
        const variable = this.variableOf(pattern);
        if (!variable) return;
        let v = value;
        if ((mode === 'param' || mode === 'opaque') && !leakedSecret(v)) {
          v = join(v, this.nameOrigin(pattern.name, pattern, mode === 'param' ? 'parameter' : 'variable'));
        }
        // A type annotation naming a tagged class gives instances' tags (`logger: Logger`).
        if (pattern.typeAnnotation && mode === 'param') v = join(v, this.instanceOfAnnotation(pattern.typeAnnotation));
        this.writeVariable(variable, v);
        return;
      }
      case 'ObjectPattern':
        for (const prop of pattern.properties) {
          if (prop.type === 'RestElement') {
            this.bind(prop.argument, dataOnly(value), mode === 'opaque' ? 'declare' : mode);
            continue;
          }
          let key = propertyKeyName(prop);
          if (prop.computed && key === undefined) this.ev(prop.key);
          if (key === undefined) key = undefined;
          const propValue = this.memberValue(value, key, prop, key);
          this.bind(prop.value, propValue, mode === 'opaque' ? 'declare' : mode);
        }
        return;
      case 'ArrayPattern':
        pattern.elements.forEach((element, index) => {
          if (!element) return;
          if (element.type === 'RestElement') this.bind(element.argument, dataOnly(value), mode === 'opaque' ? 'declare' : mode);
          else this.bind(element, getProperty(value, String(index), element), mode === 'opaque' ? 'declare' : mode);
        });
        return;
      case 'AssignmentPattern': {
        const fallback = this.ev(pattern.right);
        this.bind(pattern.left, join(value, fallback), mode);
        return;
      }
      case 'RestElement':
        this.bind(pattern.argument, value, mode);
        return;
      case 'TSParameterProperty': {
        this.bind(pattern.parameter, value, mode);
        const inner = pattern.parameter.type === 'AssignmentPattern' ? pattern.parameter.left : pattern.parameter;
        if (inner.type === 'Identifier' && this.frame.thisKey) {
          const variable = this.variableOf(inner);
          const v = variable ? this.env.get(variable) : undefined;
          if (v) this.writeThis(this.frame.thisKey, inner.name, v);
        }
        return;
      }
      case 'MemberExpression':
        this.writeMember(pattern, value);
        return;
      default:
        return;
    }
  }

  /** The tags an instance of an annotated type has: `logger: Logger` with `Logger` from `@nestjs/common`. */
  private instanceOfAnnotation(annotation: TSESTree.TSTypeAnnotation): TaintValue | undefined {
    const type = annotation.typeAnnotation;
    if (type.type !== 'TSTypeReference' || type.typeName.type !== 'Identifier') return undefined;
    const variable = this.variableOf(type.typeName);
    if (!variable) {
      // Type references are not value references: look the name up in the module's imports.
      const imported = this.importedTagOf(type.typeName.name);
      return imported ? this.applyTagRules({ tags: new Set([imported]) }, 'new', undefined) : undefined;
    }
    const value = this.env.get(variable);
    return value?.tags ? this.applyTagRules(value, 'new', undefined) : undefined;
  }

  private importedTagOf(name: string): string | undefined {
    for (const statement of this.sourceCode.ast.body) {
      if (statement.type !== 'ImportDeclaration') continue;
      for (const spec of statement.specifiers) {
        if (spec.local.name !== name) continue;
        const module = String(statement.source.value).replace(/^node:/, '');
        if (spec.type === 'ImportSpecifier') {
          const imported = spec.imported.type === 'Identifier' ? spec.imported.name : String(spec.imported.value);
          return `module:${module}#${imported}`;
        }
        return `module:${module}`;
      }
    }
    return undefined;
  }

  // ---------------------------------------------------------------- members

  /** Reads a member: known properties, env holders, module export tags, and sensitive property names. */
  private memberValue(object: TaintValue | undefined, name: string | undefined, node: Node, text?: string): TaintValue | undefined {
    if (name === undefined) return getProperty(object, name, node);
    // `process.env`, `import.meta.env`
    if (name === 'env' && object?.tags && (object.tags.has('global:process') || object.tags.has('meta:import.meta'))) {
      const label = object.tags.has('global:process') ? 'process.env' : 'import.meta.env';
      return { holder: { description: label, node, family: 'env' }, envLike: true };
    }
    let value: TaintValue | undefined;
    if (object?.tags && !object.secret && !object.holder && !object.props && !object.envLike) {
      // Members of tag-only values (modules, globals, loggers) are the same for every read: cache them.
      let cache = this.tagMemberCache.get(object);
      if (!cache) this.tagMemberCache.set(object, (cache = new Map()));
      if (cache.has(name)) value = cache.get(name);
      else {
        value = this.taggedMember(object, name, node);
        cache.set(name, value);
      }
    } else value = this.taggedMember(object, name, node);
    if (
      !value?.secret &&
      !value?.holder &&
      name !== 'length' &&
      !(object?.holder && object.holder.family !== 'name') &&
      !this.isDescriptorContainer(node)
    ) {
      value = join(value, this.nameOrigin(name, node, 'property', text));
    }
    return value;
  }

  /** A member read by the value rules and the `member` tag rules, without name-based sources. */
  private taggedMember(object: TaintValue | undefined, name: string, node: Node): TaintValue | undefined {
    let value = getProperty(object, name, node);
    if (object?.tags) {
      for (const tag of object.tags) {
        const rules = this.tagRules.get(tag);
        if (!rules) continue;
        for (const rule of rules) {
          if (rule.via === 'member' && rule.name === name) value = join(value, { tags: new Set([rule.to]) });
        }
      }
    }
    return value;
  }

  /**
   * Whether a member read's object names descriptions of things rather than the things: `endpoints.token`
   * (a URL), `errors.password` (a validation message), `labels.apiKey`, `inputs.password` (an element).
   */
  private isDescriptorContainer(node: Node): boolean {
    if (node.type !== 'MemberExpression') return false;
    const object = unwrapExpression(node.object);
    const name =
      object.type === 'Identifier'
        ? object.name
        : object.type === 'MemberExpression'
          ? staticPropertyName(object)
          : undefined;
    if (name === undefined) return false;
    const words = splitWords(name);
    const head = words[words.length - 1];
    return head !== undefined && DESCRIPTOR_CONTAINERS.has(head);
  }

  /** `obj.a.b = value`: updates the root variable (or `this`) so that the object now holds the value. */
  private writeMember(target: TSESTree.MemberExpression, value: TaintValue | undefined): void {
    const path: (string | undefined)[] = [];
    let current: Node = target;
    while (current.type === 'MemberExpression') {
      path.unshift(staticPropertyName(current));
      if (current.computed && staticPropertyName(current) === undefined) this.ev(current.property);
      current = unwrapExpression(current.object);
    }
    const setIn = (root: TaintValue | undefined, i: number): TaintValue | undefined => {
      const key = path[i];
      if (i === path.length - 1) return key === undefined ? addElement(root, value) : setProperty(root, key, value);
      const child = key === undefined ? root?.props?.get('*') : root?.props?.get(key);
      const updated = setIn(child, i + 1);
      return updated === child ? root : setProperty(root, key, updated);
    };
    if (current.type === 'Identifier') {
      const variable = this.variableOf(current);
      if (variable && !this.isGlobalVariable(variable)) {
        this.writeVariable(variable as Variable, setIn(this.env.get(variable as Variable), 0));
      }
    } else if (current.type === 'ThisExpression' && this.frame.thisKey) {
      const first = path[0];
      if (first !== undefined) {
        const props = this.thisProps.get(this.frame.thisKey);
        const old = props?.get(first);
        const updated = path.length === 1 ? value : setIn(join(undefined, { props: new Map(old ? [[first, old]] : []) }), 0)?.props?.get(first);
        if (updated) this.writeThis(this.frame.thisKey, first, updated);
      }
    }
  }

  private writeThis(key: Node, name: string, value: TaintValue): void {
    let props = this.thisProps.get(key);
    if (!props) this.thisProps.set(key, (props = new Map()));
    const old = props.get(name);
    const joined = join(old, value) as TaintValue;
    if (this.methodsPhase.has(key) && (value.tags || leakedSecret(value))) this.insensitiveWrites = true;
    props.set(name, joined);
  }

  // ---------------------------------------------------------------- statements

  private block(statements: readonly Node[]): void {
    const declared: TSESTree.FunctionDeclaration[] = [];
    for (const statement of statements) {
      const fn =
        statement.type === 'FunctionDeclaration'
          ? statement
          : (statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportDefaultDeclaration') &&
              statement.declaration?.type === 'FunctionDeclaration'
            ? statement.declaration
            : undefined;
      if (fn) {
        declared.push(fn);
        if (fn.id) {
          const variable = this.variableOf(fn.id);
          if (variable) this.env.set(variable, join(this.env.get(variable), { fns: [fn] }) as TaintValue);
        }
      } else if (statement.type === 'ImportDeclaration') {
        this.importDeclaration(statement);
      }
    }
    for (const statement of statements) this.stmt(statement);
    for (const fn of declared) this.summary(fn);
  }

  private importDeclaration(node: TSESTree.ImportDeclaration): void {
    const module = String(node.source.value).replace(/^node:/, '');
    for (const spec of node.specifiers) {
      const variable = this.variableOf(spec.local);
      if (!variable) continue;
      let tag: string;
      let value: TaintValue | undefined;
      if (spec.type === 'ImportSpecifier') {
        const imported = spec.imported.type === 'Identifier' ? spec.imported.name : String(spec.imported.value);
        tag = imported === 'default' ? `module:${module}` : `module:${module}#${imported}`;
        value = privateEnvImport(module, imported, spec);
      } else tag = `module:${module}`;
      this.env.set(variable, { ...value, tags: new Set([tag]) });
    }
  }

  private stmt(node: Node): void {
    this.tick();
    if (this.depth > MAX_RECURSION) return;
    this.depth++;
    try {
      this.stmtInner(node);
    } finally {
      this.depth--;
    }
  }

  private stmtInner(node: Node): void {
    switch (node.type) {
      case 'ExpressionStatement':
        this.ev(node.expression);
        return;
      case 'VariableDeclaration':
        for (const declarator of node.declarations) {
          if (!declarator.init) {
            if (declarator.id.type === 'Identifier') {
              const variable = this.variableOf(declarator.id);
              if (variable && node.kind !== 'var') this.writeVariable(variable, undefined);
            }
            continue;
          }
          const value = this.ev(declarator.init);
          this.bind(declarator.id, value, this.isOpaque(declarator.init) ? 'opaque' : 'declare');
        }
        return;
      case 'BlockStatement':
      case 'StaticBlock':
        this.block(node.body);
        return;
      case 'TSModuleBlock':
        this.block(node.body);
        return;
      case 'TSModuleDeclaration':
        if (node.body) this.stmt(node.body);
        return;
      case 'ReturnStatement': {
        const value = node.argument ? this.ev(node.argument) : undefined;
        this.frame.returns = join(this.frame.returns, value);
        if (node.argument && isFunctionNode(this.frame.fn as Node)) {
          this.sink({ type: 'return', node, fn: this.frame.fn as FunctionNode, value: { node: node.argument, value } });
        }
        return;
      }
      case 'ThrowStatement': {
        const value = this.ev(node.argument);
        this.sink({ type: 'throw', node, argument: { node: node.argument, value } });
        return;
      }
      case 'IfStatement': {
        this.ev(node.test);
        const before = this.env;
        const thenEnv = (this.env = before.child());
        this.stmt(node.consequent);
        const elseEnv = (this.env = before.child());
        if (node.alternate) this.stmt(node.alternate);
        this.env = before;
        before.absorb([thenEnv, elseEnv], false);
        return;
      }
      case 'ForStatement':
        if (node.init) {
          if (node.init.type === 'VariableDeclaration') this.stmt(node.init);
          else this.ev(node.init);
        }
        this.loop(() => {
          if (node.test) this.ev(node.test);
          this.stmt(node.body);
          if (node.update) this.ev(node.update);
        });
        return;
      case 'ForInStatement':
      case 'ForOfStatement': {
        const right = this.ev(node.right);
        const element = node.type === 'ForOfStatement' ? elementOf(right) : undefined;
        this.loop(() => {
          const left = node.left;
          if (left.type === 'VariableDeclaration') {
            const id = left.declarations[0]?.id;
            if (id) this.bind(id, element, 'declare');
          } else this.bind(left, element, 'assign');
          this.stmt(node.body);
        });
        return;
      }
      case 'WhileStatement':
        this.loop(() => {
          this.ev(node.test);
          this.stmt(node.body);
        });
        return;
      case 'DoWhileStatement':
        this.loop(() => {
          this.stmt(node.body);
          this.ev(node.test);
        });
        return;
      case 'TryStatement': {
        const before = this.env;
        const tryEnv = (this.env = before.child());
        this.stmt(node.block);
        const branches = [tryEnv];
        if (node.handler) {
          // the handler may start anywhere in the block: from the state after it, joined with the entry state
          branches.push((this.env = tryEnv.child()));
          if (node.handler.param) this.bind(node.handler.param, undefined, 'declare');
          this.stmt(node.handler.body);
        }
        this.env = before;
        before.absorb(branches, !!node.handler);
        if (node.finalizer) this.stmt(node.finalizer);
        return;
      }
      case 'SwitchStatement': {
        this.ev(node.discriminant);
        const before = this.env;
        const branches: Env[] = [];
        let previous: Env | undefined;
        for (const switchCase of node.cases) {
          // a case without a break falls through: continue from the previous case's state
          const last = previous && previous.own.size > 0 ? switchCase.consequent.length : 0;
          this.env = last > 0 && previous ? previous.child() : before.child();
          if (switchCase.test) this.ev(switchCase.test);
          for (const st of switchCase.consequent) this.stmt(st);
          previous = this.env;
          branches.push(this.env);
        }
        this.env = before;
        before.absorb(branches, !node.cases.some((c) => c.test === null));
        return;
      }
      case 'LabeledStatement':
        this.stmt(node.body);
        return;
      case 'WithStatement':
        this.ev(node.object);
        this.stmt(node.body);
        return;
      case 'FunctionDeclaration':
        // analysed on first call, or at the end of its block
        return;
      case 'ClassDeclaration':
        this.classValue(node);
        return;
      case 'ExportNamedDeclaration':
        if (node.declaration) this.stmt(node.declaration);
        return;
      case 'ExportDefaultDeclaration':
        if (node.declaration.type === 'FunctionDeclaration') return;
        if (node.declaration.type === 'ClassDeclaration') this.classValue(node.declaration);
        else this.ev(node.declaration);
        return;
      case 'TSExportAssignment':
        this.ev(node.expression);
        return;
      case 'TSImportEqualsDeclaration': {
        const ref = node.moduleReference;
        if (ref.type === 'TSExternalModuleReference' && ref.expression.type === 'Literal') {
          const variable = this.variableOf(node.id);
          const module = String(ref.expression.value).replace(/^node:/, '');
          if (variable) this.writeVariable(variable, { tags: new Set([`module:${module}`]) });
        }
        return;
      }
      case 'ImportDeclaration':
      case 'ExportAllDeclaration':
      case 'EmptyStatement':
      case 'DebuggerStatement':
      case 'BreakStatement':
      case 'ContinueStatement':
      case 'TSTypeAliasDeclaration':
      case 'TSInterfaceDeclaration':
      case 'TSEnumDeclaration':
      case 'TSDeclareFunction':
        return;
      default:
        this.generic(node);
    }
  }

  /** Runs a loop body twice (enough for values to flow around once), joining with the entry state. */
  private loop(body: () => void): void {
    const before = this.env;
    for (let i = 0; i < 2; i++) {
      const iteration = (this.env = before.child());
      body();
      this.env = before;
      before.absorb([iteration], true);
    }
  }

  /**
   * Whether a declaration's initializer leaves the value to the binding's name: a non-computed member read
   * (`const token = req.headers.authorization`). Element reads (`tokens[i]`) and calls do not: a call is a
   * source only when its own name says so (see {@link callNameSource}).
   */
  private isOpaque(init: Node): boolean {
    let node = unwrapExpression(init);
    if (node.type === 'AwaitExpression') node = unwrapExpression(node.argument);
    return node.type === 'MemberExpression' && !node.computed;
  }

  /** `getApiKey()`, `fetchToken()`, `vault.getSecret(name)`: a call whose name (without its verb) is sensitive. */
  private callNameSource(name: string | undefined, node: Node): TaintValue | undefined {
    if (name === undefined || this.config.ignoreNameSources) return undefined;
    const sensitive = classifyCallName(name);
    if (!sensitive || (this.lexerFile && isTokenHeadedName(sensitive.words))) return undefined;
    return { secret: { description: `the result of ${name}()`, node, family: 'name' } };
  }

  // ---------------------------------------------------------------- expressions

  private ev(node: Node): TaintValue | undefined {
    this.tick();
    if (this.depth > MAX_RECURSION) return undefined;
    this.depth++;
    try {
      const value = this.evInner(node);
      if (value && (value.secret || value.holder || value.props)) this.nodeValues.set(node, value);
      return value;
    } finally {
      this.depth--;
    }
  }

  private evInner(node: Node): TaintValue | undefined {
    switch (node.type) {
      case 'Identifier':
        return this.readVariable(node);
      case 'Literal':
        return typeof node.value === 'boolean' ? { bool: node.value } : undefined;
      case 'TemplateLiteral': {
        let result: TaintValue | undefined;
        for (const e of node.expressions) result = join(result, toStringValue(this.ev(e)));
        return result;
      }
      case 'TaggedTemplateExpression':
        this.ev(node.tag);
        for (const e of node.quasi.expressions) this.ev(e);
        return undefined;
      case 'BinaryExpression': {
        const left = node.left.type === 'PrivateIdentifier' ? undefined : this.ev(node.left);
        const right = this.ev(node.right);
        if (node.operator === '+') return join(toStringValue(left), toStringValue(right));
        if (node.operator === '===' || node.operator === '==' || node.operator === '!==' || node.operator === '!=') {
          this.sink({
            type: 'compare',
            node,
            left: { node: node.left, value: left },
            right: { node: node.right, value: right },
          });
        }
        return undefined;
      }
      case 'LogicalExpression':
        return join(this.ev(node.left), this.ev(node.right));
      case 'ConditionalExpression': {
        this.ev(node.test);
        return join(this.ev(node.consequent), this.ev(node.alternate));
      }
      case 'UnaryExpression':
        this.ev(node.argument);
        return undefined;
      case 'UpdateExpression':
        this.ev(node.argument);
        return undefined;
      case 'AssignmentExpression':
        return this.assignment(node);
      case 'SequenceExpression': {
        let last: TaintValue | undefined;
        for (const e of node.expressions) last = this.ev(e);
        return last;
      }
      case 'AwaitExpression':
        return this.ev(node.argument);
      case 'YieldExpression':
        if (node.argument) this.ev(node.argument);
        return undefined;
      case 'MemberExpression': {
        const object = node.object.type === 'Super' ? undefined : this.ev(node.object);
        const name = staticPropertyName(node);
        if (node.computed && name === undefined) this.ev(node.property);
        const text = name !== undefined && this.isSensitive(name) ? this.pathText(node) : undefined;
        return this.memberValue(object, name, node, text);
      }
      case 'ChainExpression':
      case 'TSAsExpression':
      case 'TSNonNullExpression':
      case 'TSTypeAssertion':
      case 'TSSatisfiesExpression':
      case 'TSInstantiationExpression':
        return this.ev(node.expression);
      case 'CallExpression':
      case 'NewExpression':
        return this.call(node);
      case 'ImportExpression': {
        const source = node.source;
        this.ev(source);
        if (source.type === 'Literal' && typeof source.value === 'string') {
          return { tags: new Set([`module:${source.value.replace(/^node:/, '')}`]) };
        }
        return undefined;
      }
      case 'MetaProperty':
        return node.meta.name === 'import' ? { tags: new Set(['meta:import.meta']) } : undefined;
      case 'ThisExpression': {
        const key = this.frame.thisKey;
        const props = key ? this.thisProps.get(key) : undefined;
        return props && props.size > 0 ? { props } : undefined;
      }
      case 'ArrayExpression': {
        let element: TaintValue | undefined;
        for (const e of node.elements) {
          if (!e) continue;
          if (e.type === 'SpreadElement') element = join(element, elementOf(this.ev(e.argument)));
          else element = join(element, dataOnly(this.ev(e)));
        }
        return element ? { props: new Map([['*', element]]) } : undefined;
      }
      case 'ObjectExpression':
        return this.objectValue(node);
      case 'FunctionExpression':
      case 'ArrowFunctionExpression':
        this.summary(node);
        return { fns: [node] };
      case 'ClassExpression':
        this.classValue(node);
        return undefined;
      case 'JSXElement':
      case 'JSXFragment':
        this.generic(node);
        return undefined;
      case 'PrivateIdentifier':
      case 'Super':
        return undefined;
      default:
        this.generic(node);
        return undefined;
    }
  }

  /** Walks the children of a node the engine does not model, for the functions and sinks inside. */
  private generic(node: Node): void {
    const keys = this.sourceCode.visitorKeys[node.type] ?? [];
    for (const key of keys) {
      const child = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(child)) {
        for (const c of child) if (c && typeof c === 'object' && 'type' in c) this.visitChild(c as Node);
      } else if (child && typeof child === 'object' && 'type' in child) this.visitChild(child as Node);
    }
  }

  private visitChild(node: Node): void {
    if (node.type.endsWith('Statement') || node.type.endsWith('Declaration')) this.stmt(node);
    else if (node.type.startsWith('TS') && !node.type.endsWith('Expression')) return;
    else this.ev(node);
  }

  private pathText(node: Node): string | undefined {
    const text = this.staticPath(node);
    return text;
  }

  /** `a.b.c` / `this.logger.info` as text, or undefined when the chain has calls or computed keys. */
  private staticPath(node: Node): string | undefined {
    const parts: string[] = [];
    let current = unwrapExpression(node);
    while (current.type === 'MemberExpression') {
      const name = staticPropertyName(current);
      if (name === undefined || (current.computed && current.property.type !== 'Literal')) return undefined;
      parts.unshift(name);
      current = unwrapExpression(current.object);
      if (parts.length > 6) return undefined;
    }
    if (current.type === 'Identifier') parts.unshift(current.name);
    else if (current.type === 'ThisExpression') parts.unshift('this');
    else return undefined;
    return parts.join('.');
  }

  private rootIdentifier(node: Node): TSESTree.Identifier | undefined {
    let current = unwrapExpression(node);
    while (current.type === 'MemberExpression') current = unwrapExpression(current.object);
    return current.type === 'Identifier' ? current : undefined;
  }

  private objectValue(node: TSESTree.ObjectExpression): TaintValue | undefined {
    let result: TaintValue | undefined;
    const props = new Map<string, TaintValue>();
    const thisKey = node;
    for (const prop of node.properties) {
      if (prop.type === 'SpreadElement') {
        result = join(result, dataOnly(this.ev(prop.argument)));
        continue;
      }
      const key = propertyKeyName(prop);
      if (prop.computed && key === undefined) this.ev(prop.key);
      let value: TaintValue | undefined;
      if ((prop.method || prop.kind !== 'init') && isFunctionNode(prop.value as Node)) {
        const saved = this.frame.thisKey;
        this.frame.thisKey = thisKey;
        value = this.ev(prop.value as Node);
        this.frame.thisKey = saved;
        value = undefined;
      } else value = dataOnly(this.ev(prop.value as Node));
      if (value) props.set(key ?? '*', join(props.get(key ?? '*'), value) as TaintValue);
      else if (key !== undefined && result?.props?.has(key)) result = setProperty(result, key, undefined);
    }
    if (props.size === 0) return result;
    let merged = result;
    for (const [k, v] of props) merged = setProperty(merged, k, v);
    return merged;
  }

  private assignment(node: TSESTree.AssignmentExpression): TaintValue | undefined {
    const right = this.ev(node.right);
    let value = right;
    if (node.operator !== '=') {
      const old = node.left.type === 'Identifier' || node.left.type === 'MemberExpression' ? this.ev(node.left) : undefined;
      value = node.operator === '+=' ? join(toStringValue(old), toStringValue(right)) : node.operator.length === 3 && node.operator !== '**=' && node.operator !== '>>=' && node.operator !== '<<=' ? join(old, right) : undefined;
    }
    const target = unwrapExpression(node.left);
    if (target.type === 'MemberExpression') {
      const objectValue = target.object.type === 'Super' ? undefined : this.ev(target.object);
      this.sink({
        type: 'assign',
        node,
        target,
        targetPath: this.staticPath(target),
        objectTags: objectValue?.tags ?? EMPTY_TAGS,
        value: { node: node.right, value },
      });
      this.writeMember(target, value);
    } else this.bind(target, value, 'assign');
    return value;
  }

  // ---------------------------------------------------------------- calls

  private call(node: TSESTree.CallExpression | TSESTree.NewExpression): TaintValue | undefined {
    const isNew = node.type === 'NewExpression';
    const callee = unwrapExpression(node.callee);
    let receiver: TaintValue | undefined;
    let calleeValue: TaintValue | undefined;
    let method: string | undefined;
    let name: string | undefined;
    if (callee.type === 'MemberExpression') {
      receiver = callee.object.type === 'Super' ? undefined : this.ev(callee.object);
      method = staticPropertyName(callee);
      name = method;
      if (callee.computed && method === undefined) this.ev(callee.property);
      calleeValue = getProperty(receiver, method, callee);
      if (method !== undefined) calleeValue = join(calleeValue, this.memberTagRules(receiver, method));
    } else {
      calleeValue = callee.type === 'Super' ? undefined : this.ev(callee);
      if (callee.type === 'Identifier') name = callee.name;
    }

    // `require('m')`
    if (!isNew && callee.type === 'Identifier' && callee.name === 'require' && calleeValue?.tags?.has('global:require')) {
      const arg = node.arguments[0];
      if (arg?.type === 'Literal' && typeof arg.value === 'string') {
        return { tags: new Set([`module:${arg.value.replace(/^node:/, '')}`]) };
      }
    }

    // Arguments: values first, function literals after the callee's result is known (callbacks).
    const args: (Operand | undefined)[] = new Array(node.arguments.length);
    const callbacks: number[] = [];
    node.arguments.forEach((arg, i) => {
      if (arg.type === 'ArrowFunctionExpression' || arg.type === 'FunctionExpression') {
        callbacks.push(i);
        return;
      }
      if (arg.type === 'SpreadElement') args[i] = { node: arg, value: elementOf(this.ev(arg.argument)) };
      else args[i] = { node: arg, value: this.ev(arg) };
    });

    const sourceValue = this.sourceResult(node, isNew, calleeValue, method, name, args);

    // Bind callback parameters before analysing them.
    for (const i of callbacks) {
      const fn = node.arguments[i] as FunctionNode;
      const params: (TaintValue | undefined)[] = [];
      if (method === 'then' && i === 0 && receiver) params[0] = receiver;
      else if (method !== undefined && ELEMENT_CALLBACK_METHODS.has(method) && i === 0) params[0] = elementOf(receiver);
      else if (method === 'reduce' && i === 0) params[1] = elementOf(receiver);
      else if (isNew && calleeValue?.tags?.has('global:Promise') && i === 0) {
        params[0] = { tags: new Set(['promise:resolve']) };
        params[1] = { tags: new Set(['promise:reject']) };
      }
      if (sourceValue?.callback && i === node.arguments.length - 1) params[1] = sourceValue.value;
      if (params.length > 0) this.pendingParams.set(fn, params);
      args[i] = { node: fn, value: this.ev(fn) };
    }
    const operands = args as Operand[];

    if (this.reporting && anyLeaks(operands)) {
      // `path` and `rootIsGlobal` are computed only when a sink asks for them.
      let path: string | undefined | null = null;
      let rootIsGlobal: boolean | undefined;
      const analysis = this;
      const info: CalleeInfo = {
        tags: calleeValue?.tags ?? EMPTY_TAGS,
        receiverTags: receiver?.tags ?? EMPTY_TAGS,
        method,
        get path() {
          if (path === null) path = analysis.staticPath(callee);
          return path;
        },
        get rootIsGlobal() {
          rootIsGlobal ??= analysis.rootIsGlobal(callee);
          return rootIsGlobal;
        },
        name,
      };
      this.sink({ type: 'call', node, isNew, callee: info, args: operands });
    }

    if (sourceValue) return sourceValue.value;
    return this.callResult(node, isNew, callee, receiver, calleeValue, method, name, operands);
  }

  private rootIsGlobal(callee: Node): boolean {
    const root = this.rootIdentifier(callee);
    return !!root && this.isGlobalVariable(this.variableOf(root));
  }

  /** Tags a member read gives through `member` tag rules (`doppler.secrets`). */
  private memberTagRules(object: TaintValue | undefined, name: string): TaintValue | undefined {
    if (!object?.tags) return undefined;
    let tags: Set<string> | undefined;
    for (const tag of object.tags) {
      for (const rule of this.tagRules.get(tag) ?? []) {
        if (rule.via === 'member' && rule.name === name) (tags ??= new Set()).add(rule.to);
      }
    }
    return tags ? { tags } : undefined;
  }

  /** The tags `call`/`new` tag rules give a callee value's result. */
  private applyTagRules(
    calleeValue: TaintValue | undefined,
    via: 'call' | 'new',
    args: readonly (Operand | undefined)[] | undefined,
  ): TaintValue | undefined {
    if (!calleeValue?.tags) return undefined;
    let tags: Set<string> | undefined;
    for (const tag of calleeValue.tags) {
      for (const rule of this.tagRules.get(tag) ?? []) {
        if (rule.via !== via) continue;
        if (rule.argFlag && (!args || !this.argFlag(args, rule.argFlag.index, rule.argFlag.property))) continue;
        (tags ??= new Set()).add(rule.to);
      }
    }
    return tags ? { tags } : undefined;
  }

  private argFlag(args: readonly (Operand | undefined)[], index: number, property: string): boolean {
    const arg = args[index]?.value;
    return arg?.props?.get(property)?.bool === true;
  }

  /** A source's result, if this call is a source. */
  private sourceResult(
    node: TSESTree.CallExpression | TSESTree.NewExpression,
    isNew: boolean,
    calleeValue: TaintValue | undefined,
    method: string | undefined,
    name: string | undefined,
    args: readonly (Operand | undefined)[],
  ): { value: TaintValue; callback: boolean } | undefined {
    const via = isNew ? 'new' : 'call';
    const lists: SourceRule[][] = [];
    if (calleeValue?.tags) {
      for (const tag of calleeValue.tags) {
        const list = this.sourcesByTag.get(tag);
        if (list) lists.push(list);
      }
    }
    if (method !== undefined) {
      const list = this.sourcesByMethod.get(method);
      if (list) lists.push(list);
    }
    for (const list of lists) {
      for (const rule of list) {
        if (rule.via !== via) continue;
        if (rule.argTag && !args[rule.argTag.index]?.value?.tags?.has(rule.argTag.tag)) continue;
        if (rule.argFlag && !this.argFlag(args, rule.argFlag.index, rule.argFlag.property)) continue;
        return {
          value: instantiateShape(rule.shape, rule.label, node, 'sdk'),
          callback: !!rule.callbackResult && isFunctionNode(node.arguments[node.arguments.length - 1] as Node),
        };
      }
    }
    if (name !== undefined && this.userCallees.has(name)) {
      return { value: { secret: { description: `the result of ${name}()`, node, family: 'custom' } }, callback: false };
    }
    return undefined;
  }

  private callResult(
    node: TSESTree.CallExpression | TSESTree.NewExpression,
    isNew: boolean,
    callee: Node,
    receiver: TaintValue | undefined,
    calleeValue: TaintValue | undefined,
    method: string | undefined,
    name: string | undefined,
    args: readonly Operand[],
  ): TaintValue | undefined {
    const tags = this.applyTagRules(calleeValue, isNew ? 'new' : 'call', args);
    if (name !== undefined && this.isSanitizer(name)) return tags;
    if (method === 'digest' && receiver?.tags?.has('hasher')) return undefined;

    let result: TaintValue | undefined = tags;
    const first = args[0]?.value;
    const calleeTags = calleeValue?.tags;
    if (calleeTags) {
      for (const tag of calleeTags) {
        if (PROPAGATING_FUNCTIONS.has(tag)) {
          for (const a of args) result = join(result, dataOnly(a.value));
          if (tag === 'global:Object#entries') {
            const element = elementOf(first);
            result = element ? { props: new Map([['*', { props: new Map([['1', element]]) }]]) } : undefined;
          } else if (tag === 'global:Object#values') {
            const element = elementOf(first);
            result = element ? { props: new Map([['*', element]]) } : undefined;
          }
        } else if (SERIALIZING_FUNCTIONS.has(tag)) {
          for (const a of args) result = join(result, serializedValue(a.value));
        } else if (PARSING_FUNCTIONS.has(tag)) {
          result = join(result, parsedValue(first));
        } else if (tag === 'global:Object#assign') {
          let target = first;
          for (const a of args.slice(1)) target = join(target, dataOnly(a.value));
          const targetNode = args[0]?.node;
          if (targetNode) this.writeBack(targetNode, target);
          result = join(result, target);
        }
      }
    }

    // Methods on a value: string/array/promise methods carry the receiver's content.
    if (method !== undefined && callee.type === 'MemberExpression') {
      const argNodes = args.map((a) => a.node);
      if (!receiver) {
        // nothing to carry
      } else if (PROPAGATING_METHODS.has(method)) {
        if ((method === 'replace' || method === 'replaceAll') && isMaskingReplace(argNodes)) return result;
        if ((method === 'slice' || method === 'substring' || method === 'substr') && isShortSlice(argNodes)) return result;
        let carried: TaintValue | undefined;
        if (method === 'toString' || method === 'join') carried = toStringValue(receiver);
        else if (method === 'find' || method === 'findLast' || method === 'pop' || method === 'shift' || method === 'at') {
          carried = join(elementOf(receiver), toStringValue(receiver));
        } else carried = dataOnly(receiver);
        if (method === 'concat' || method === 'replace' || method === 'replaceAll' || method === 'padStart' || method === 'padEnd') {
          for (const a of args) carried = join(carried, toStringValue(a.value));
        }
        result = join(result, carried);
      } else if (method === 'then') {
        const cb = args[0]?.value?.fns;
        if (cb) for (const fn of cb) result = join(result, this.finishedSummary(fn));
        else result = join(result, dataOnly(receiver));
      }
      if (ADDING_METHODS.has(method)) {
        let added: TaintValue | undefined;
        for (const a of args.slice(method === 'set' ? 1 : 0)) added = join(added, dataOnly(a.value));
        if (added) this.writeBack(callee.object, addElement(receiver, added));
      } else if (method === 'map' || method === 'flatMap') {
        const cb = args[0]?.value?.fns;
        let element: TaintValue | undefined;
        if (cb) for (const fn of cb) element = join(element, dataOnly(this.finishedSummary(fn)));
        if (element) result = join(result, { props: new Map([['*', element]]) });
      }
    }

    // Calls of local functions: their return value.
    if (!isNew && calleeValue?.fns) {
      for (const fn of calleeValue.fns) {
        const returned = this.summary(fn);
        if (returned !== IN_PROGRESS) result = join(result, returned);
      }
    } else if (!isNew && !result) result = this.callNameSource(name, node);
    return result;
  }

  /** Writes a value back into the variable or member an expression denotes (`push`, `Object.assign`). */
  private writeBack(target: Node, value: TaintValue | undefined): void {
    const node = unwrapExpression(target);
    if (node.type === 'Identifier') {
      const variable = this.variableOf(node);
      if (variable && !this.isGlobalVariable(variable)) this.writeVariable(variable as Variable, value);
    } else if (node.type === 'MemberExpression') this.writeMember(node, value);
  }

  // ---------------------------------------------------------------- functions and classes

  private finishedSummary(fn: FunctionNode): TaintValue | undefined {
    const value = this.summaries.get(fn);
    return value === IN_PROGRESS ? undefined : value;
  }

  /** Analyses a function once per pass and returns its return value (its summary). */
  /** Whether a range contains one of the hot offsets (binary search). */
  private containsHot(range: readonly [number, number]): boolean {
    const offsets = this.hotOffsets as readonly number[];
    let lo = 0;
    let hi = offsets.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((offsets[mid] as number) < range[0]) lo = mid + 1;
      else hi = mid;
    }
    return lo < offsets.length && (offsets[lo] as number) < range[1];
  }

  private summary(fn: FunctionNode, thisKey?: Node, always = false): TaintValue | undefined {
    const known = this.summaries.get(fn);
    if (known !== undefined || this.summaries.has(fn)) return known;
    const savedHot = this.hot;
    if (this.hotOffsets && !this.hot && !always) {
      if (!this.containsHot(fn.range)) {
        this.summaries.set(fn, undefined as unknown as TaintValue);
        return undefined;
      }
      this.hot = true;
    }
    this.summaries.set(fn, IN_PROGRESS);
    const savedEnv = this.env;
    const savedFrame = this.frame;
    this.env = savedEnv.child();
    this.frame = { fn, returns: undefined, thisKey: fn.type === 'ArrowFunctionExpression' ? savedFrame.thisKey : thisKey };
    try {
      const pending = this.pendingParams.get(fn);
      fn.params.forEach((param, i) => this.bind(param, pending?.[i], 'param'));
      if (fn.body) {
        if (fn.body.type === 'BlockStatement') this.block(fn.body.body);
        else {
          const value = this.ev(fn.body);
          this.frame.returns = join(this.frame.returns, value);
          this.sink({ type: 'return', node: fn.body, fn, value: { node: fn.body, value } });
        }
      }
      const returns = this.frame.returns;
      this.summaries.set(fn, returns as TaintValue);
      return returns;
    } finally {
      this.env = savedEnv;
      this.frame = savedFrame;
      this.hot = savedHot;
    }
  }

  private classValue(node: TSESTree.ClassDeclaration | TSESTree.ClassExpression): void {
    if (node.superClass) this.ev(node.superClass);
    const savedThis = this.frame.thisKey;
    this.frame.thisKey = node;
    try {
      const methods: FunctionNode[] = [];
      let constructor: FunctionNode | undefined;
      for (const member of node.body.body) {
        if (member.type === 'PropertyDefinition' || member.type === 'AccessorProperty') {
          if (member.computed) this.ev(member.key);
          const key = propertyKeyName(member as TSESTree.PropertyDefinition);
          let value = member.value ? this.ev(member.value) : undefined;
          if (!value && member.typeAnnotation) value = this.instanceOfAnnotation(member.typeAnnotation);
          if (value && key !== undefined && !member.static) this.writeThis(node, key, value);
        } else if (member.type === 'MethodDefinition') {
          if (member.computed) this.ev(member.key);
          if (member.kind === 'constructor') constructor = member.value as FunctionNode;
          else methods.push(member.value as FunctionNode);
        } else if (member.type === 'StaticBlock') {
          this.block(member.body);
        }
      }
      // the constructor always runs: it sets up `this` (loggers, clients) for the methods
      if (constructor) this.summary(constructor, node, true);
      this.methodsPhase.add(node);
      for (const m of methods) this.summary(m, node);
      // Methods are values of `this`: `this.getSecret()` follows their summary.
      const props = this.thisProps.get(node);
      for (const member of node.body.body) {
        if (member.type !== 'MethodDefinition' || member.kind !== 'method' || member.static) continue;
        const key = propertyKeyName(member);
        if (key === undefined) continue;
        const fnValue: TaintValue = { fns: [member.value as FunctionNode] };
        if (!props?.get(key)?.fns?.includes(member.value as FunctionNode)) this.writeThis(node, key, fnValue);
      }
    } finally {
      this.frame.thisKey = savedThis;
    }
  }

  // ---------------------------------------------------------------- sinks

  private sink(event: SinkEvent): void {
    if (!this.reporting || !mayLeak(event)) return;
    const hits = this.config.sinks(event);
    if (!hits) return;
    for (const hit of hits) {
      const leakedAll = leakedSecret(hit.operand.value);
      if (!leakedAll) continue;
      const culprit = this.culprit(hit.operand.node);
      const own = culprit === hit.operand.node ? undefined : leakedSecret(this.nodeValues.get(culprit));
      const leaked = own ?? leakedAll;
      const key = findingKey(culprit, leaked.origin, hit.label);
      if (this.findings.has(key)) continue;
      this.findings.set(key, {
        operand: hit.operand.node,
        culprit,
        origin: leaked.origin,
        viaHolder: leaked.viaHolder,
        originIsHolder: leaked.originIsHolder,
        sink: { label: hit.label, kind: hit.kind, event },
      });
    }
  }

  /** The smallest sub-expression of an operand that carries the secret. */
  private culprit(node: Node): Node {
    let current = node;
    for (let guard = 0; guard < 50; guard++) {
      const inner = unwrapExpression(current);
      let next: Node | undefined;
      if (inner.type === 'TemplateLiteral') next = inner.expressions.find((e) => this.leaks(e));
      else if (inner.type === 'BinaryExpression' && inner.operator === '+') {
        next = this.leaks(inner.left) ? inner.left : this.leaks(inner.right) ? inner.right : undefined;
      } else if (inner.type === 'ObjectExpression') {
        const prop = inner.properties.find(
          (p): p is TSESTree.Property => p.type === 'Property' && this.leaks(p.value as Node),
        );
        next = prop ? (prop.value as Node) : undefined;
      } else if (inner.type === 'ArrayExpression') {
        next = inner.elements.find((e): e is TSESTree.Expression => !!e && e.type !== 'SpreadElement' && this.leaks(e));
      } else if (inner.type === 'LogicalExpression' || inner.type === 'ConditionalExpression') {
        const [a, b] = inner.type === 'LogicalExpression' ? [inner.left, inner.right] : [inner.consequent, inner.alternate];
        next = this.leaks(a) && !this.leaks(b) ? a : this.leaks(b) && !this.leaks(a) ? b : undefined;
      }
      if (!next) return current;
      current = next;
    }
    return current;
  }

  private leaks(node: Node): boolean {
    return !!leakedSecret(this.nodeValues.get(node)) || (node.type === 'Property' && this.leaks(node.value as Node));
  }
}

