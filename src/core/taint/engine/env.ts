/**
 * Environment and scopes: the abstract environment (variable → value, in layers), reading and writing
 * variables, members and `this` properties, and binding patterns (parameters, declarations, destructuring).
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { TaintValue } from '../types.js';
import { addElement, dataOnly, getProperty, join, leakedSecret, sameValue, setProperty } from '../value.js';
import { MAX_RECURSION, type Analysis } from './analysis.js';
import { moduleName, propertyKeyName, staticPropertyName, unwrapExpression } from './ast.js';
import { applyTagRules } from './calls.js';
import { ev, memberValue } from './expressions.js';
import { argumentsMarker } from './helpers.js';
import { nameOrigin } from './name-sources.js';
import { PropMap } from '../props.js';

type Node = TSESTree.Node;
export type Variable = TSESLint.Scope.Variable;

/**
 * The abstract environment: variable → value, as layers. A branch, loop body or function body runs in a
 * child layer; at the merge, the branches' writes are joined into the parent. Cost per merge is the number
 * of variables written in the branches, not the number of variables in scope.
 */
export class Env {
  readonly own = new Map<Variable, TaintValue | undefined>();
  constructor(readonly parent?: Env) {}

  get(variable: Variable): TaintValue | undefined {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- walks the scope chain up from this one
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

  /**
   * Joins the branches (descendants of this layer) into it; `withSelf` when control may also skip them all.
   * Returns whether some variable's value changed (by {@link sameValue}).
   */
  absorb(branches: readonly Env[], withSelf: boolean): boolean {
    const keys = new Set<Variable>();
    for (const branch of branches) {
      for (let env: Env | undefined = branch; env && env !== this; env = env.parent) {
        for (const key of env.own.keys()) keys.add(key);
      }
    }
    let changed = false;
    for (const key of keys) {
      const old = this.get(key);
      let value = withSelf ? old : undefined;
      for (const branch of branches) value = join(value, branch.get(key));
      if (!changed && !sameValue(old, value)) changed = true;
      this.own.set(key, value);
    }
    return changed;
  }
}

export function variableOf(an: Analysis, id: TSESTree.Identifier): Variable | null | undefined {
  return an.resolved.get(id);
}

export function isGlobalVariable(variable: Variable | null | undefined): boolean {
  return variable === null || (variable !== undefined && variable.defs.length === 0);
}

function globalValue(an: Analysis, name: string): TaintValue {
  let value = an.globalTagCache.get(name);
  if (!value) {
    value = { tags: new Set([`global:${name}`]) };
    an.globalTagCache.set(name, value);
  }
  return value;
}

export function readVariable(an: Analysis, id: TSESTree.Identifier): TaintValue | undefined {
  const variable = variableOf(an, id);
  if (variable === undefined) return undefined;
  if (id.name === 'arguments' && variable && variable.defs.length === 0 && an.collecting) {
    return argumentsMarker(an, variable.scope.block);
  }
  if (isGlobalVariable(variable)) {
    if (id.name === 'undefined' || id.name === 'NaN' || id.name === 'Infinity') return undefined;
    return globalValue(an, id.name);
  }
  const v = variable as Variable;
  const value = an.env.get(v);
  const escaped = an.escaped.get(v);
  return escaped ? join(value, escaped) : value;
}

export function writeVariable(an: Analysis, variable: Variable, value: TaintValue | undefined): void {
  an.env.set(variable, value);
  const home = variable.scope.variableScope.block;
  if (value && !an.collecting && home !== an.frame.fn && (leakedSecret(value) || value.tags)) {
    const old = an.escaped.get(variable);
    const joined = join(old, value) as TaintValue;
    if (joined !== old && (value.tags || leakedSecret(value))) an.insensitiveWrites = true;
    an.escaped.set(variable, joined);
  }
}

/** Writes a value back into the variable or member an expression denotes (`push`, `Object.assign`). */
export function writeBack(an: Analysis, target: Node, value: TaintValue | undefined): void {
  const node = unwrapExpression(target);
  if (node.type === 'Identifier') {
    const variable = variableOf(an, node);
    if (variable && !isGlobalVariable(variable)) writeVariable(an, variable, value);
  } else if (node.type === 'MemberExpression') writeMember(an, node, value);
}

/** `obj.a.b = value`: updates the root variable (or `this`) so that the object now holds the value. */
export function writeMember(an: Analysis, target: TSESTree.MemberExpression, value: TaintValue | undefined): void {
  const path: (string | undefined)[] = [];
  let current: Node = target;
  while (current.type === 'MemberExpression') {
    path.unshift(staticPropertyName(current));
    if (current.computed && staticPropertyName(current) === undefined) ev(an, current.property);
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
    const variable = variableOf(an, current);
    if (variable && !isGlobalVariable(variable)) {
      writeVariable(an, variable, setIn(an.env.get(variable), 0));
    }
  } else if (current.type === 'ThisExpression' && an.frame.thisKey) {
    const first = path[0];
    if (first !== undefined) {
      const props = an.thisProps.get(an.frame.thisKey);
      const old = props?.get(first);
      const updated = path.length === 1 ? value : setIn(old ? { props: PropMap.of([[first, old]]) } : undefined, 0)?.props?.get(first);
      if (updated) writeThis(an, an.frame.thisKey, first, updated);
    }
  }
}

export function writeThis(an: Analysis, key: Node, name: string, value: TaintValue): void {
  if (an.collecting) return;
  const props = an.thisProps.get(key);
  const old = props?.get(name);
  const joined = join(old, value) as TaintValue;
  if (an.methodsPhase.has(key) && (value.tags || leakedSecret(value))) an.insensitiveWrites = true;
  an.thisProps.set(key, props ? props.set(name, joined) : PropMap.of([[name, joined]]));
}

/**
 * Binds a pattern to a value. `mode` says where: a parameter (sensitive names are sources), a declaration
 * with an opaque initializer (likewise), or a plain assignment.
 */
export function bind(
  an: Analysis,
  pattern: Node,
  value: TaintValue | undefined,
  mode: 'param' | 'declare' | 'opaque' | 'assign',
): void {
  an.tick();
  // Patterns nest as deep as the input says (`{ a: { a: … } }`): past the limit the rest stays unbound.
  if (an.depth > MAX_RECURSION) return;
  an.depth++;
  try {
    bindPattern(an, pattern, value, mode);
  } finally {
    an.depth--;
  }
}

function bindPattern(an: Analysis, pattern: Node, value: TaintValue | undefined, mode: 'param' | 'declare' | 'opaque' | 'assign'): void {
  switch (pattern.type) {
    case 'Identifier': {
      const variable = variableOf(an, pattern);
      if (!variable) return;
      let v = value;
      if ((mode === 'param' || mode === 'opaque') && !leakedSecret(v)) {
        v = join(v, nameOrigin(an, pattern.name, pattern, mode === 'param' ? 'parameter' : 'variable'));
      }
      // A type annotation naming a tagged class gives instances' tags (`logger: Logger`).
      if (pattern.typeAnnotation && mode === 'param') v = join(v, instanceOfAnnotation(an, pattern.typeAnnotation));
      writeVariable(an, variable, v);
      return;
    }
    case 'ObjectPattern':
      for (const prop of pattern.properties) {
        if (prop.type === 'RestElement') {
          bind(an, prop.argument, dataOnly(value), mode === 'opaque' ? 'declare' : mode);
          continue;
        }
        const key = propertyKeyName(prop);
        if (prop.computed && key === undefined) ev(an, prop.key);
        const propValue = memberValue(an, value, key, prop, key);
        bind(an, prop.value, propValue, mode === 'opaque' ? 'declare' : mode);
      }
      return;
    case 'ArrayPattern':
      pattern.elements.forEach((element, index) => {
        if (!element) return;
        if (element.type === 'RestElement') bind(an, element.argument, dataOnly(value), mode === 'opaque' ? 'declare' : mode);
        else bind(an, element, getProperty(value, String(index), element), mode === 'opaque' ? 'declare' : mode);
      });
      return;
    case 'AssignmentPattern': {
      const fallback = ev(an, pattern.right);
      bind(an, pattern.left, join(value, fallback), mode);
      return;
    }
    case 'RestElement':
      bind(an, pattern.argument, value, mode);
      return;
    case 'TSParameterProperty': {
      bind(an, pattern.parameter, value, mode);
      const inner = pattern.parameter.type === 'AssignmentPattern' ? pattern.parameter.left : pattern.parameter;
      if (inner.type === 'Identifier' && an.frame.thisKey) {
        const variable = variableOf(an, inner);
        const v = variable ? an.env.get(variable) : undefined;
        if (v) writeThis(an, an.frame.thisKey, inner.name, v);
      }
      return;
    }
    case 'MemberExpression':
      writeMember(an, pattern, value);
      return;
    default:
      return;
  }
}

/** The tags an instance of an annotated type has: `logger: Logger` with `Logger` from `@nestjs/common`. */
export function instanceOfAnnotation(an: Analysis, annotation: TSESTree.TSTypeAnnotation): TaintValue | undefined {
  const type = annotation.typeAnnotation;
  if (type.type !== 'TSTypeReference' || type.typeName.type !== 'Identifier') return undefined;
  const variable = variableOf(an, type.typeName);
  if (!variable) {
    // Type references are not value references: look the name up in the module's imports.
    const imported = importedTagOf(an, type.typeName.name);
    return imported ? applyTagRules(an, { tags: new Set([imported]) }, 'new', undefined) : undefined;
  }
  const value = an.env.get(variable);
  return value?.tags ? applyTagRules(an, value, 'new', undefined) : undefined;
}

function importedTagOf(an: Analysis, name: string): string | undefined {
  for (const statement of an.sourceCode.ast.body) {
    if (statement.type !== 'ImportDeclaration') continue;
    for (const spec of statement.specifiers) {
      if (spec.local.name !== name) continue;
      const module = moduleName(statement.source.value);
      if (spec.type === 'ImportSpecifier') {
        const imported = spec.imported.type === 'Identifier' ? spec.imported.name : spec.imported.value;
        return `module:${module}#${imported}`;
      }
      return `module:${module}`;
    }
  }
  return undefined;
}

