/**
 * Finds the static strings written in credential positions (credential-positions.ts) of a call, a `new`,
 * a plugin registration, a builder chain or an assignment. The callee is recognised through its import or
 * `require` (resolved with ESLint's scopes, also inside functions), else by its conventional names; the
 * value is followed through TypeScript wrappers, arrays, `||`/`??` fallbacks, conditionals, pass-through
 * calls (`Buffer.from`, `new TextEncoder().encode`) and constants declared once in the file
 * (`const SECRET = '…'; jwt.sign(p, SECRET)`, `const opts = { secret: '…' }; session(opts)`).
 *
 * Work per call: one Set lookup of the callee's last name, or of the file's imported names; the rest runs
 * only for calls that name a known API.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, importedName, requiredModule as requiredBy, unwrapExpression } from '../../util/ast/index.js';
import {
  ASSIGNED_POSITIONS,
  CHAIN_POSITIONS,
  CREDENTIAL_POSITIONS,
  CREDENTIAL_PROPERTIES,
  PLUGIN_POSITIONS,
  TYPED_POSITIONS,
  type AssignedPosition,
  type ChainPosition,
  type CredentialPosition,
  type PositionMaterial,
} from './credential-positions.js';
import { keyName, toEnvName } from './name-context.js';
import type { SensitiveKind } from '../../core/names.js';

/** A static string node the rule inspects. */
export type ValueNode = TSESTree.Literal | TSESTree.TemplateLiteral | TSESTree.BinaryExpression;

/** A static string written in a credential position. */
export interface PositionHit {
  node: ValueNode;
  kind: SensitiveKind;
  material: PositionMaterial;
  envName: string;
  /** For messages: `the secret of jwt.sign()`, `the "password" option of new Pool()`. */
  where: string;
  /** The option key holding it, when it is an option. */
  key?: string;
  /**
   * False when the callee is imported from another package than the API's and only its name matched
   * (`jwt.sign` of some other JWT library): a random-looking value is still a secret there, a guessable one
   * is not reported.
   */
  guessable: boolean;
}

type Scope = TSESLint.Scope.Scope;
type Variable = TSESLint.Scope.Variable;
type Node = TSESTree.Node;
type Call = TSESTree.CallExpression | TSESTree.NewExpression;

/** The module a name comes from, and the path from that module's export to it. */
interface ModuleRef {
  module: string;
  path: string[];
}

/** What a callee is: imported from a package (`module`), or named locally (`local`: `jwt.sign` → jwt, sign). */
type CalleeRef = { module: string; path: string[]; local: string[] } | { module?: undefined; local: string[] };

const MAX_VALUE_DEPTH = 6;

// ---- indexes over the catalogue (built once, never mutated) ----

function normalizeModule(specifier: string): string {
  return specifier.startsWith('node:') ? specifier.slice(5) : specifier;
}

function exportKey(module: string, path: readonly string[]): string {
  return `${module}#${path.join('.')}`;
}

function indexBy<T>(entries: readonly (readonly [string, T])[]): ReadonlyMap<string, readonly T[]> {
  const map = new Map<string, T[]>();
  for (const [key, value] of entries) {
    const list = map.get(key);
    if (list === undefined) map.set(key, [value]);
    else list.push(value);
  }
  return map;
}

const BY_EXPORT = indexBy(CREDENTIAL_POSITIONS.flatMap((row) => row.modules.map((m) => [exportKey(m, row.export), row] as const)));
const BY_NAME = indexBy(CREDENTIAL_POSITIONS.flatMap((row) => (row.names ?? []).map((name) => [name, row] as const)));
const SUFFIX_ROWS = CREDENTIAL_POSITIONS.filter((row) => row.nameSuffix !== undefined);
const NAME_SUFFIXES = [...new Set(SUFFIX_ROWS.map((row) => row.nameSuffix as string))];
const CATALOGUE_MODULES: ReadonlySet<string> = new Set([
  ...CREDENTIAL_POSITIONS.flatMap((row) => row.modules),
  ...PLUGIN_POSITIONS.flatMap((row) => row.modules),
  ...CHAIN_POSITIONS.flatMap((row) => row.modules),
]);
/** Module prefixes whose every export is an OAuth strategy or provider (`passport-google-oauth20`). */
const STRATEGY_MODULE_PREFIXES = ['passport-', 'next-auth/providers/', '@auth/core/providers/', '@auth/sveltekit/providers/'];
const CHAIN_BY_METHOD = indexBy(CHAIN_POSITIONS.map((row) => [row.method, row] as const));
const ASSIGNED_BY_TARGET: ReadonlyMap<string, AssignedPosition> = new Map(ASSIGNED_POSITIONS.map((row) => [row.target, row]));
const TYPED_BY_EXPORT = indexBy(TYPED_POSITIONS.flatMap((row) => row.modules.flatMap((m) => row.types.map((t) => [exportKey(m, t.split('.')), row] as const))));
/** The last name of every configuration type: an annotation naming another type is skipped at once. */
export const TYPED_LAST_NAMES: ReadonlySet<string> = new Set(TYPED_POSITIONS.flatMap((row) => row.types.map(lastSegment)));

/** The last name of every callee the catalogue knows: a call whose callee ends otherwise is skipped at once. */
const CALLEE_LAST_NAMES: ReadonlySet<string> = new Set([
  ...CREDENTIAL_POSITIONS.flatMap((row) => [...(row.names ?? []).map(lastSegment), ...(row.export.length > 0 ? [row.export[row.export.length - 1] as string] : [])]),
  ...CHAIN_POSITIONS.map((row) => row.method),
  'register',
]);

/** The result of nearly every call: shared, never a new array. */
const NO_HITS: readonly PositionHit[] = Object.freeze([]);

function hasNameSuffix(name: string): boolean {
  for (const suffix of NAME_SUFFIXES) if (name.length > suffix.length && name.endsWith(suffix)) return true;
  return false;
}

function lastSegment(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? name : name.slice(dot + 1);
}

/** True for module specifiers of the project itself (relative paths, aliases), which may wrap anything. */
function isProjectModule(specifier: string): boolean {
  const first = specifier.charCodeAt(0);
  // . / ~ # $   and the `@/` alias
  return first === 46 || first === 47 || first === 126 || first === 35 || first === 36 || specifier.startsWith('@/');
}

// ---- bindings ----

function findVariable(scope: Scope | null, name: string): Variable | undefined {
  for (let current = scope; current !== null; current = current.upper) {
    const variable = current.set.get(name);
    if (variable !== undefined) return variable;
  }
  return undefined;
}

/** The expression under TypeScript wrappers, `?.` chains and `await`. */
function unwrapTs(node: Node): Node {
  let current = unwrapExpression(node);
  while (current.type === AST_NODE_TYPES.AwaitExpression) current = unwrapExpression(current.argument);
  return current;
}

/** The module of `require('m')` or `import('m')`. */
function requiredModule(node: Node): string | undefined {
  const call = unwrapTs(node);
  if (call.type === AST_NODE_TYPES.ImportExpression) {
    const source = call.source;
    return source.type === AST_NODE_TYPES.Literal && typeof source.value === 'string' ? source.value : undefined;
  }
  return requiredBy(call);
}

/** `require('m').a.b` → m, [a, b]. */
function requireChain(node: Node): ModuleRef | undefined {
  const path: string[] = [];
  let current = unwrapTs(node);
  while (current.type === AST_NODE_TYPES.MemberExpression) {
    const name = keyName(current.property, current.computed);
    if (name === undefined) return undefined;
    path.unshift(name);
    current = unwrapTs(current.object);
  }
  const module = requiredModule(current);
  return module === undefined ? undefined : { module, path };
}

/** Drops the `default` segments that interop adds (`require('x').default`, `import * as x` then `x.default`). */
function withoutDefault(path: readonly string[]): string[] {
  return path.filter((segment) => segment !== 'default');
}

/** The module and export a variable is bound to by an import or a `require`, if any. */
function moduleOfVariable(variable: Variable): ModuleRef | undefined {
  if (variable.defs.length !== 1) return undefined;
  const def = variable.defs[0] as TSESLint.Scope.Definition;
  const node = def.node as Node;
  switch (node.type) {
    case AST_NODE_TYPES.ImportDefaultSpecifier:
    case AST_NODE_TYPES.ImportNamespaceSpecifier:
    case AST_NODE_TYPES.ImportSpecifier: {
      const declaration = node.parent;
      if (declaration?.type !== AST_NODE_TYPES.ImportDeclaration) return undefined;
      const module = declaration.source.value;
      if (node.type !== AST_NODE_TYPES.ImportSpecifier) return { module, path: [] };
      return { module, path: withoutDefault([importedName(node)]) };
    }
    case AST_NODE_TYPES.TSImportEqualsDeclaration: {
      const reference = node.moduleReference;
      if (reference.type !== AST_NODE_TYPES.TSExternalModuleReference) return undefined;
      const expression = reference.expression;
      return expression.type === AST_NODE_TYPES.Literal && typeof expression.value === 'string' ? { module: expression.value, path: [] } : undefined;
    }
    case AST_NODE_TYPES.VariableDeclarator: {
      if (node.init === null) return undefined;
      const chain = requireChain(node.init);
      if (chain === undefined) return undefined;
      if (node.id.type === AST_NODE_TYPES.Identifier) return { module: chain.module, path: withoutDefault(chain.path) };
      if (node.id.type !== AST_NODE_TYPES.ObjectPattern) return undefined;
      // const { sign } = require('jsonwebtoken'), const { Pool: PgPool } = require('pg')
      for (const property of node.id.properties) {
        if (property.type !== AST_NODE_TYPES.Property) continue;
        const value = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
        if (value.type !== AST_NODE_TYPES.Identifier || value.name !== variable.name) continue;
        const key = keyName(property.key, property.computed);
        return key === undefined ? undefined : { module: chain.module, path: withoutDefault([...chain.path, key]) };
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

/** The constant a variable holds: its initializer, when it is declared once and never reassigned. */
function constantValue(variable: Variable): TSESTree.Expression | undefined {
  if (variable.defs.length !== 1) return undefined;
  const def = variable.defs[0] as TSESLint.Scope.Definition;
  if (def.type !== 'Variable') return undefined;
  const declarator = def.node;
  if (declarator.id.type !== AST_NODE_TYPES.Identifier || declarator.init === null) return undefined;
  for (const reference of variable.references) if (reference.isWrite() && !reference.init) return undefined;
  return declarator.init;
}

/**
 * Creates the matcher for one file. `sourceCode` gives scopes; nothing is kept between files.
 */
export function createPositionMatcher(sourceCode: Readonly<TSESLint.SourceCode>): {
  /** Hits in the credential positions of a call or `new`. */
  fromCall(node: Call): readonly PositionHit[];
  /** Hits of an assignment to a credential property: `app.keys = […]`, `o.secretAccessKey = '…'`. */
  fromAssignment(node: TSESTree.AssignmentExpression): readonly PositionHit[];
  /** Hits of an object property that is a credential wherever it appears (`secretOrKey`, `secretAccessKey`). */
  fromCredentialProperty(node: TSESTree.Property): readonly PositionHit[];
  /** Hits of an object literal typed as an API's configuration (`const o: NextAuthOptions = {…}`). */
  fromTypedObject(type: TSESTree.TypeNode, value: TSESTree.Node): readonly PositionHit[];
  /** The static strings an expression may evaluate to (fallbacks, branches, constants), for default parameters and fallbacks. */
  staticValues(node: Node): ValueNode[];
} {
  /** Local names bound by the file's top-level imports and requires of catalogue modules. */
  let importedLocals: ReadonlySet<string> | undefined;

  const topLevelImportedLocals = (): ReadonlySet<string> => {
    if (importedLocals !== undefined) return importedLocals;
    const names = new Set<string>();
    for (const statement of sourceCode.ast.body as Node[]) {
      if (statement.type === AST_NODE_TYPES.ImportDeclaration) {
        if (!CATALOGUE_MODULES.has(normalizeModule(statement.source.value)) && !isStrategyModule(statement.source.value)) continue;
        for (const specifier of statement.specifiers) names.add(specifier.local.name);
      } else if (statement.type === AST_NODE_TYPES.VariableDeclaration) {
        for (const declarator of statement.declarations) {
          const chain = declarator.init === null ? undefined : requireChain(declarator.init);
          if (chain === undefined || !CATALOGUE_MODULES.has(normalizeModule(chain.module))) continue;
          if (declarator.id.type === AST_NODE_TYPES.Identifier) names.add(declarator.id.name);
          else if (declarator.id.type === AST_NODE_TYPES.ObjectPattern) {
            for (const property of declarator.id.properties) {
              if (property.type === AST_NODE_TYPES.Property && property.value.type === AST_NODE_TYPES.Identifier) names.add(property.value.name);
            }
          }
        }
      }
    }
    importedLocals = names;
    return names;
  };

  /** What a callee expression is. */
  function describeCallee(callee: Node): CalleeRef | undefined {
    const members: string[] = [];
    let current = unwrapTs(callee);
    for (let depth = 0; current.type === AST_NODE_TYPES.MemberExpression && depth < 8; depth++) {
      const name = keyName(current.property, current.computed);
      if (name === undefined) return undefined;
      members.unshift(name);
      current = unwrapTs(current.object);
    }
    if (current.type === AST_NODE_TYPES.Identifier) {
      const local = [current.name, ...members];
      const variable = findVariable(sourceCode.getScope(current), current.name);
      const ref = variable === undefined ? undefined : moduleOfVariable(variable);
      if (ref === undefined || isProjectModule(ref.module)) return { local };
      return { module: normalizeModule(ref.module), path: withoutDefault([...ref.path, ...members]), local };
    }
    if (current.type === AST_NODE_TYPES.ThisExpression) return { local: ['this', ...members] };
    const module = requiredModule(current);
    if (module !== undefined) {
      return isProjectModule(module) ? { local: members } : { module: normalizeModule(module), path: withoutDefault(members), local: members };
    }
    return members.length === 0 ? undefined : { local: members };
  }

  /**
   * Catalogue rows that match a callee, and whether the match is certain: through the import, or by name
   * when nothing is imported. A callee imported from another package matches by name only uncertainly.
   */
  function rowsFor(ref: CalleeRef): { rows: readonly CredentialPosition[]; certain: boolean } {
    const local = ref.local;
    const last = local[local.length - 1];
    if (ref.module !== undefined) {
      const rows = [...(BY_EXPORT.get(exportKey(ref.module, ref.path)) ?? [])];
      if (last !== undefined && isStrategyModule(ref.module)) rows.push(...SUFFIX_ROWS);
      if (rows.length > 0 || CATALOGUE_MODULES.has(ref.module)) return { rows, certain: true };
      return { rows: rowsByName(local), certain: false };
    }
    return { rows: rowsByName(local), certain: true };
  }

  function rowsByName(local: readonly string[]): CredentialPosition[] {
    const last = local[local.length - 1];
    const rows: CredentialPosition[] = [];
    if (local.length === 1 && last !== undefined) rows.push(...(BY_NAME.get(last) ?? []));
    if (local.length >= 2 && last !== undefined) {
      rows.push(...(BY_NAME.get(`${local[local.length - 2] as string}.${last}`) ?? []));
      rows.push(...(BY_NAME.get(`*.${last}`) ?? []));
    }
    if (last !== undefined && hasNameSuffix(last)) {
      for (const row of SUFFIX_ROWS) if (last.endsWith(row.nameSuffix as string)) rows.push(row);
    }
    return rows;
  }

  /** How messages name a callee: `jwt.sign`, `new Pool`, `request.get(…).auth`, `new SignJWT(…).sign`. */
  function calleeText(node: Call): string {
    const callee = unwrapTs(node.callee);
    let text: string;
    if (callee.type === AST_NODE_TYPES.MemberExpression && isCall(unwrapTs(callee.object))) {
      // a chain: name its first call and the method
      let root: Node = unwrapTs(callee.object);
      for (let depth = 0; depth < 12; depth++) {
        const inner = isCall(root) ? unwrapTs(root.callee) : root;
        if (inner.type === AST_NODE_TYPES.MemberExpression && isCall(unwrapTs(inner.object))) root = unwrapTs(inner.object);
        else break;
      }
      const first = root as Call;
      const firstText = `${first.type === AST_NODE_TYPES.NewExpression ? 'new ' : ''}${compact(sourceCode.getText(first.callee))}(…)`;
      text = `${firstText}.${keyName(callee.property, callee.computed) ?? '…'}`;
    } else {
      text = compact(sourceCode.getText(node.callee));
      if (node.type === AST_NODE_TYPES.NewExpression) text = `new ${text}`;
    }
    return text.length > 48 ? `${text.slice(0, 47)}…` : text;
  }

  /** The static strings `node` may evaluate to, following constants declared once in the file. */
  function staticValues(node: Node): ValueNode[] {
    const found: ValueNode[] = [];
    collectValues(node, found, 0);
    return found;
  }

  function collectValues(node: Node, found: ValueNode[], depth: number): void {
    if (depth > MAX_VALUE_DEPTH) return;
    const current = unwrapTs(node);
    switch (current.type) {
      case AST_NODE_TYPES.Literal:
        if (typeof current.value === 'string') found.push(current);
        return;
      case AST_NODE_TYPES.TemplateLiteral:
        if (current.expressions.length === 0 && current.parent?.type !== AST_NODE_TYPES.TaggedTemplateExpression) found.push(current);
        return;
      case AST_NODE_TYPES.BinaryExpression:
        if (current.operator === '+' && isStaticConcat(current)) found.push(current);
        return;
      case AST_NODE_TYPES.ArrayExpression:
        for (const element of current.elements) if (element !== null && element.type !== AST_NODE_TYPES.SpreadElement) collectValues(element, found, depth + 1);
        return;
      case AST_NODE_TYPES.LogicalExpression:
        if (current.operator !== '&&') collectValues(current.right, found, depth + 1);
        return;
      case AST_NODE_TYPES.ConditionalExpression:
        collectValues(current.consequent, found, depth + 1);
        collectValues(current.alternate, found, depth + 1);
        return;
      case AST_NODE_TYPES.Identifier: {
        const variable = findVariable(sourceCode.getScope(current), current.name);
        const init = variable === undefined ? undefined : constantValue(variable);
        if (init !== undefined) collectValues(init, found, depth + 1);
        return;
      }
      case AST_NODE_TYPES.MemberExpression: {
        const object = objectOf(current.object, depth);
        const key = keyName(current.property, current.computed);
        if (object === undefined || key === undefined) return;
        const property = findProperty(object, key);
        if (property !== undefined) collectValues(property.value, found, depth + 1);
        return;
      }
      case AST_NODE_TYPES.CallExpression:
      case AST_NODE_TYPES.NewExpression: {
        const argument = passThroughArgument(current);
        if (argument !== undefined) collectValues(argument, found, depth + 1);
        return;
      }
      default:
        return;
    }
  }

  /** The object literal an expression denotes: itself, or the constant it names. */
  function objectOf(node: Node, depth: number): TSESTree.ObjectExpression | undefined {
    if (depth > MAX_VALUE_DEPTH) return undefined;
    const current = unwrapTs(node);
    if (current.type === AST_NODE_TYPES.ObjectExpression) return current;
    if (current.type === AST_NODE_TYPES.Identifier) {
      const variable = findVariable(sourceCode.getScope(current), current.name);
      const init = variable === undefined ? undefined : constantValue(variable);
      return init === undefined ? undefined : objectOf(init, depth + 1);
    }
    if (current.type === AST_NODE_TYPES.MemberExpression) {
      const object = objectOf(current.object, depth + 1);
      const key = keyName(current.property, current.computed);
      const property = object === undefined || key === undefined ? undefined : findProperty(object, key);
      return property === undefined ? undefined : objectOf(property.value, depth + 1);
    }
    return undefined;
  }

  /** Hits under `path` of an argument. */
  function atPath(
    argument: Node,
    path: readonly string[],
    row: { kind: SensitiveKind; material: PositionMaterial; envName: string },
    where: (key: string | undefined, keys: readonly string[]) => string,
    hits: PositionHit[],
    guessable = true,
  ): void {
    if (path.length === 0) {
      pushValues(argument, row, row.envName.replace('{key}', 'BASIC_AUTH'), where(undefined, []), undefined, hits, guessable);
      return;
    }
    walkPath(argument, path, 0, [], row, where, hits, guessable);
  }

  function walkPath(
    node: Node,
    path: readonly string[],
    index: number,
    keys: string[],
    row: { kind: SensitiveKind; material: PositionMaterial; envName: string },
    where: (key: string | undefined, keys: readonly string[]) => string,
    hits: PositionHit[],
    guessable: boolean,
  ): void {
    const object = objectOf(node, 0);
    if (object === undefined) return;
    const segment = path[index] as string;
    for (const property of object.properties) {
      if (property.type !== AST_NODE_TYPES.Property) continue;
      const key = keyName(property.key, property.computed);
      if (key === undefined || (segment !== '*' && key !== segment)) continue;
      const nextKeys = [...keys, key];
      if (index + 1 < path.length) {
        walkPath(property.value, path, index + 1, nextKeys, row, where, hits, guessable);
        continue;
      }
      const envName = segment === '*' ? row.envName.replace('{key}', toEnvName(key) || 'BASIC_AUTH') : row.envName;
      pushValues(property.value, row, envName, where(key, nextKeys), key, hits, guessable);
    }
  }

  /**
   * The hits of a value in a position: its static strings; for a `user:password` position, also the password
   * of credentials joined by hand (`${USER}:${PASS}`, `USER + ':' + PASS`, `'admin:' + PASS`), which is
   * followed to its constant and judged as a password.
   */
  function pushValues(
    value: Node,
    row: { kind: SensitiveKind; material: PositionMaterial },
    envName: string,
    where: string,
    key: string | undefined,
    hits: PositionHit[],
    guessable: boolean,
  ): void {
    const base = { kind: row.kind, envName, where, guessable, ...(key === undefined ? {} : { key }) };
    for (const node of staticValues(value)) hits.push({ ...base, node, material: row.material });
    if (row.material !== 'userinfo') return;
    const password = joinedPassword(value);
    if (password === undefined) return;
    for (const node of staticValues(password)) hits.push({ ...base, node, material: 'password' });
  }

  /** The password expression of `user:password` joined by hand, through a constant declared once. */
  function joinedPassword(node: Node): Node | undefined {
    let current = unwrapTs(node);
    if (current.type === AST_NODE_TYPES.Identifier) {
      const variable = findVariable(sourceCode.getScope(current), current.name);
      const init = variable === undefined ? undefined : constantValue(variable);
      if (init === undefined) return undefined;
      current = unwrapTs(init);
    }
    if (current.type === AST_NODE_TYPES.TemplateLiteral) {
      // `${USER}:${PASS}`, `admin:${PASS}`: the last expression, after a quasi that ends with the colon
      const quasis = current.quasis;
      const last = quasis.length - 1;
      if (last < 1 || quasis[last]?.value.cooked !== '' || !(quasis[last - 1]?.value.cooked ?? '').endsWith(':')) return undefined;
      return current.expressions[last - 1];
    }
    if (current.type === AST_NODE_TYPES.BinaryExpression && current.operator === '+' && current.right.type !== AST_NODE_TYPES.Literal) {
      // `USER + ':' + PASS`, `'admin:' + PASS`
      const left = current.left;
      const colon = left.type === AST_NODE_TYPES.BinaryExpression && left.operator === '+' ? left.right : left;
      if (colon.type === AST_NODE_TYPES.Literal && typeof colon.value === 'string' && colon.value.endsWith(':')) return current.right;
    }
    return undefined;
  }

  function fromCall(node: Call): readonly PositionHit[] {
    // Nearly every callee is a name or a member (`f(…)`, `a.b(…)`): nothing to unwrap, and a plain property
    // name is its key. Cheap first: this runs for every call of every file.
    const written = node.callee;
    const callee =
      written.type === AST_NODE_TYPES.Identifier || written.type === AST_NODE_TYPES.MemberExpression ? written : unwrapTs(written);
    let last: string | undefined;
    if (callee.type === AST_NODE_TYPES.Identifier) last = callee.name;
    else if (callee.type === AST_NODE_TYPES.MemberExpression) {
      const property = callee.property;
      last = !callee.computed && property.type === AST_NODE_TYPES.Identifier ? property.name : keyName(property, callee.computed);
    } else if (callee.type !== AST_NODE_TYPES.CallExpression) return NO_HITS;
    // Cheap test first: the callee's last name, a suffix, or a name the file imports from a catalogue module.
    if (last !== undefined && !CALLEE_LAST_NAMES.has(last) && !hasNameSuffix(last)) {
      const locals = topLevelImportedLocals();
      if (locals.size === 0) return NO_HITS; // most files import no catalogue module: no root to look for
      const root = rootIdentifier(callee);
      if (root === undefined || !locals.has(root)) return NO_HITS;
    }
    if (last === undefined && requiredModule(callee) === undefined) return NO_HITS;
    const hits: PositionHit[] = [];
    const text = (): string => calleeText(node);
    const ref = describeCallee(callee);
    if (ref !== undefined) {
      const { rows, certain } = rowsFor(ref);
      for (const row of rows) matchRow(node, row, text, hits, certain);
    }
    if (last === 'register' && node.arguments.length >= 2) matchPlugin(node, text, hits);
    if (last !== undefined && callee.type === AST_NODE_TYPES.MemberExpression) {
      for (const row of CHAIN_BY_METHOD.get(last) ?? []) matchChain(node, callee, row, text, hits);
    }
    return hits;
  }

  function matchRow(node: Call, row: CredentialPosition, text: () => string, hits: PositionHit[], certain: boolean): void {
    if (row.minArguments !== undefined && node.arguments.length < row.minArguments) return;
    const indexes = row.argument === 'any' ? node.arguments.map((_, i) => i) : [row.argument];
    for (const index of indexes) {
      const argument = node.arguments[index];
      if (argument === undefined || argument.type === AST_NODE_TYPES.SpreadElement) continue;
      if (row.argument === 'any' && objectOf(argument, 0) === undefined) continue;
      atPath(argument, row.path ?? [], row, (_key, keys) => describeWhere(row.label, keys, text()), hits, certain);
    }
  }

  function matchPlugin(node: Call, text: () => string, hits: PositionHit[]): void {
    const plugin = unwrapTs(node.arguments[0] as Node);
    let module: string | undefined;
    let local: string | undefined;
    if (plugin.type === AST_NODE_TYPES.Identifier) {
      local = plugin.name;
      const variable = findVariable(sourceCode.getScope(plugin), plugin.name);
      module = variable === undefined ? undefined : moduleOfVariable(variable)?.module;
    } else {
      module = requireChain(plugin)?.module;
    }
    for (const row of PLUGIN_POSITIONS) {
      const matches = module !== undefined && !isProjectModule(module) ? row.modules.includes(normalizeModule(module)) : local !== undefined && (row.names ?? []).includes(local);
      if (!matches) continue;
      const argument = node.arguments[1];
      if (argument === undefined || argument.type === AST_NODE_TYPES.SpreadElement) continue;
      atPath(argument, row.path, row, (_key, keys) => describeWhere(undefined, keys, text()), hits);
    }
  }

  function matchChain(node: Call, callee: TSESTree.MemberExpression, row: ChainPosition, text: () => string, hits: PositionHit[]): void {
    if (row.minArguments !== undefined && node.arguments.length < row.minArguments) return;
    // Walk down the chain to its first call or `new`: `new SignJWT(p).setX(…).sign(key)`, `request(app).get(u).auth(…)`.
    let current: Node = unwrapTs(callee.object);
    let root: Call | undefined;
    for (let depth = 0; depth < 12; depth++) {
      if (current.type === AST_NODE_TYPES.CallExpression || current.type === AST_NODE_TYPES.NewExpression) {
        root = current;
        const inner = unwrapTs(current.callee);
        if (inner.type === AST_NODE_TYPES.MemberExpression && (unwrapTs(inner.object).type === AST_NODE_TYPES.CallExpression || unwrapTs(inner.object).type === AST_NODE_TYPES.NewExpression)) {
          current = unwrapTs(inner.object);
          continue;
        }
        break;
      }
      if (current.type === AST_NODE_TYPES.MemberExpression) {
        current = unwrapTs(current.object);
        continue;
      }
      break;
    }
    if (root === undefined) return;
    const ref = describeCallee(root.callee);
    if (ref === undefined) return;
    const matches =
      ref.module !== undefined
        ? row.modules.includes(ref.module)
        : ref.local.some((segment) => row.roots.includes(segment));
    if (!matches) return;
    const argument = node.arguments[row.argument];
    if (argument === undefined || argument.type === AST_NODE_TYPES.SpreadElement) return;
    atPath(argument, [], row, () => `${row.label ?? 'the credential argument'} of ${text()}()`, hits);
  }

  /**
   * Hits of an object literal typed as an API's configuration: `const o: NextAuthOptions = {…}`,
   * `{…} satisfies SessionOptions`, `{…} as PoolConfig`. `type` is the annotation, `value` the object.
   */
  function fromTypedObject(type: TSESTree.TypeNode, value: Node): readonly PositionHit[] {
    if (type.type !== AST_NODE_TYPES.TSTypeReference) return NO_HITS;
    const segments: string[] = [];
    let name: TSESTree.EntityName = type.typeName;
    for (let depth = 0; name.type === AST_NODE_TYPES.TSQualifiedName && depth < 4; depth++) {
      segments.unshift(name.right.name);
      name = name.left;
    }
    if (name.type !== AST_NODE_TYPES.Identifier) return NO_HITS;
    const last = segments.length > 0 ? (segments[segments.length - 1] as string) : name.name;
    if (!TYPED_LAST_NAMES.has(last)) return NO_HITS;
    const variable = findVariable(sourceCode.getScope(name), name.name);
    const ref = variable === undefined ? undefined : moduleOfVariable(variable);
    if (ref === undefined || isProjectModule(ref.module)) return NO_HITS;
    const rows = TYPED_BY_EXPORT.get(exportKey(normalizeModule(ref.module), withoutDefault([...ref.path, ...segments])));
    if (rows === undefined) return NO_HITS;
    const hits: PositionHit[] = [];
    const typeText = [name.name, ...segments].join('.');
    for (const row of rows) walkPath(value, row.path, 0, [], row, (_key, keys) => `the "${keys.join('.')}" option of a ${typeText}`, hits, true);
    return hits;
  }

  function fromAssignment(node: TSESTree.AssignmentExpression): readonly PositionHit[] {
    const left = node.left;
    if (left.type !== AST_NODE_TYPES.MemberExpression) return NO_HITS;
    const key = keyName(left.property, left.computed);
    if (key === undefined) return NO_HITS;
    const property = CREDENTIAL_PROPERTIES.get(key);
    let row: { kind: SensitiveKind; material: PositionMaterial; envName: string } | undefined = property;
    if (row === undefined) {
      const object = unwrapTs(left.object);
      let objectName: string | undefined;
      if (object.type === AST_NODE_TYPES.Identifier) objectName = object.name;
      else if (object.type === AST_NODE_TYPES.MemberExpression) objectName = keyName(object.property, object.computed);
      row = objectName === undefined ? undefined : ASSIGNED_BY_TARGET.get(`${objectName}.${key}`);
    }
    if (row === undefined) return NO_HITS;
    const found = row;
    return staticValues(node.right).map((value) => ({ node: value, kind: found.kind, material: found.material, envName: found.envName, where: `"${key}"`, key, guessable: true }));
  }

  function fromCredentialProperty(node: TSESTree.Property): readonly PositionHit[] {
    const key = keyName(node.key, node.computed);
    const row = key === undefined ? undefined : CREDENTIAL_PROPERTIES.get(key);
    if (row === undefined || key === undefined) return NO_HITS;
    return staticValues(node.value).map((value) => ({ node: value, kind: row.kind, material: row.material, envName: row.envName, where: `"${key}"`, key, guessable: true }));
  }

  return { fromCall, fromAssignment, fromCredentialProperty, fromTypedObject, staticValues };
}

function isCall(node: Node): node is Call {
  return node.type === AST_NODE_TYPES.CallExpression || node.type === AST_NODE_TYPES.NewExpression;
}

/** Source text on one line: each line trimmed, joined. */
function compact(text: string): string {
  return text.includes('\n') ? text.split('\n').map((line) => line.trim()).join('') : text;
}

function isStrategyModule(specifier: string): boolean {
  return STRATEGY_MODULE_PREFIXES.some((prefix) => specifier.startsWith(prefix));
}

function rootIdentifier(node: Node): string | undefined {
  let current = node;
  for (let depth = 0; current.type === AST_NODE_TYPES.MemberExpression && depth < 8; depth++) current = unwrapTs(current.object);
  return current.type === AST_NODE_TYPES.Identifier ? current.name : undefined;
}

function findProperty(object: TSESTree.ObjectExpression, key: string): TSESTree.Property | undefined {
  for (let i = object.properties.length - 1; i >= 0; i--) {
    const property = object.properties[i] as TSESTree.ObjectLiteralElement;
    if (property.type === AST_NODE_TYPES.Property && keyName(property.key, property.computed) === key) return property;
  }
  return undefined;
}

/** `Buffer.from(x, …)`, `new TextEncoder().encode(x)`, `encoder.encode(x)`, `String(x)`, `x.toString()`: the value passed through. */
function passThroughArgument(node: Call): Node | undefined {
  const callee = unwrapTs(node.callee);
  const first = node.arguments[0];
  if (callee.type === AST_NODE_TYPES.Identifier) return callee.name === 'String' && first !== undefined ? first : undefined;
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const name = keyName(callee.property, callee.computed);
  if (name === 'toString' && node.arguments.length === 0) return callee.object;
  if (first === undefined || first.type === AST_NODE_TYPES.SpreadElement) return undefined;
  if (name === 'encode') return first;
  const object = unwrapTs(callee.object);
  if (name === 'from' && object.type === AST_NODE_TYPES.Identifier && object.name === 'Buffer') return first;
  return undefined;
}

function isStaticConcat(node: TSESTree.BinaryExpression): boolean {
  let current: Node = node;
  for (let depth = 0; depth < 10000; depth++) {
    if (current.type !== AST_NODE_TYPES.BinaryExpression || current.operator !== '+') break;
    const right: Node = current.right;
    if (!isStaticLeaf(right)) return false;
    current = current.left;
  }
  return isStaticLeaf(current);
}

function isStaticLeaf(node: Node): boolean {
  if (node.type === AST_NODE_TYPES.Literal) return typeof node.value === 'string';
  if (node.type === AST_NODE_TYPES.TemplateLiteral) return node.expressions.length === 0;
  return false;
}

function describeWhere(label: string | undefined, keys: readonly string[], callee: string): string {
  if (keys.length === 0) return `${label ?? 'the credential argument'} of ${callee}()`;
  return `the "${keys.join('.')}" option of ${callee}()`;
}
