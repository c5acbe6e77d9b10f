/**
 * Values that build configuration inlines: the whole environment (`process.env`, a `loadEnv(…, "")`
 * result) or secret env reads inside an expression.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { envObjectOf, readEnv, secretEnvName } from '../../core/env/index.js';
import { AST_NODE_TYPES, isStringLiteral, staticPropertyName, unwrapExpression } from '../../util/ast/index.js';
import type { EnvRuleFile } from './types.js';

type Node = TSESTree.Node;

/** `JSON.stringify(x)` → x. */
function stringifyArgument(node: Node): Node | undefined {
  const inner = unwrapExpression(node);
  if (inner.type !== AST_NODE_TYPES.CallExpression) return undefined;
  const callee = inner.callee;
  if (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    !callee.computed &&
    callee.object.type === AST_NODE_TYPES.Identifier &&
    callee.object.name === 'JSON' &&
    callee.property.type === AST_NODE_TYPES.Identifier &&
    callee.property.name === 'stringify'
  ) {
    const arg = inner.arguments[0];
    return arg === undefined ? undefined : arg;
  }
  return undefined;
}

export function calleeName(callee: Node): string | undefined {
  if (callee.type === AST_NODE_TYPES.Identifier) return callee.name;
  if (callee.type === AST_NODE_TYPES.MemberExpression && !callee.computed && callee.property.type === AST_NODE_TYPES.Identifier) {
    return callee.property.name;
  }
  return undefined;
}

/** A `loadEnv(mode, dir, "")` call whose third argument loads every variable, not just `VITE_`. */
function loadsAllPrefixes(call: TSESTree.CallExpression): boolean {
  const prefixes = call.arguments[2];
  if (prefixes === undefined) return false;
  if (isStringLiteral(prefixes, '')) return true;
  return prefixes.type === AST_NODE_TYPES.ArrayExpression && prefixes.elements.some((e) => e !== null && isStringLiteral(e, ''));
}

/** The `loadEnv` call behind an identifier, if it was declared in this file. */
function loadEnvOf(file: EnvRuleFile, node: Node): TSESTree.CallExpression | undefined {
  const inner = unwrapExpression(node);
  if (inner.type === AST_NODE_TYPES.Identifier) return file.loadEnvVariables.get(inner.name);
  if (inner.type === AST_NODE_TYPES.CallExpression && calleeName(inner.callee) === 'loadEnv') return inner;
  return undefined;
}

/** Is this value the whole environment: `process.env`, `JSON.stringify(process.env)`, a `loadEnv(…, "")` result? */
export function wholeEnvironment(file: EnvRuleFile, value: Node): { loadEnv?: TSESTree.CallExpression } | undefined {
  const inner = stringifyArgument(value) ?? unwrapExpression(value);
  if (envObjectOf(inner) === 'process.env') return {};
  if (inner.type === AST_NODE_TYPES.ObjectExpression) {
    for (const property of inner.properties) {
      if (property.type === AST_NODE_TYPES.SpreadElement) {
        const found = wholeEnvironment(file, property.argument);
        if (found !== undefined) return found;
      }
    }
    return undefined;
  }
  const call = loadEnvOf(file, inner);
  if (call !== undefined && loadsAllPrefixes(call)) return { loadEnv: call };
  return undefined;
}

/** Secret env reads inside an inlined value: `process.env.X`, `JSON.stringify(env.X)`, `a ?? process.env.X`. */
export function secretReadIn(file: EnvRuleFile, value: Node, depth = 0): { name: string; loadEnv?: TSESTree.CallExpression } | undefined {
  if (depth > 4) return undefined;
  const inner = unwrapExpression(value);
  switch (inner.type) {
    case AST_NODE_TYPES.MemberExpression: {
      const envName = readEnv(inner)?.name;
      if (envName !== undefined) return secretEnvName(envName, file.nameOptions) ? { name: envName } : undefined;
      const call = loadEnvOf(file, inner.object);
      const name = call ? staticPropertyName(inner) : undefined;
      if (call !== undefined && name !== undefined && secretEnvName(name, file.nameOptions)) {
        return loadsAllPrefixes(call) ? { name, loadEnv: call } : { name };
      }
      return undefined;
    }
    case AST_NODE_TYPES.CallExpression: {
      for (const arg of inner.arguments) {
        const found = secretReadIn(file, arg, depth + 1);
        if (found) return found;
      }
      return undefined;
    }
    case AST_NODE_TYPES.LogicalExpression:
    case AST_NODE_TYPES.BinaryExpression:
      return secretReadIn(file, inner.left, depth + 1) ?? secretReadIn(file, inner.right, depth + 1);
    case AST_NODE_TYPES.ConditionalExpression:
      return secretReadIn(file, inner.consequent, depth + 1) ?? secretReadIn(file, inner.alternate, depth + 1);
    case AST_NODE_TYPES.TemplateLiteral:
      for (const expression of inner.expressions) {
        const found = secretReadIn(file, expression, depth + 1);
        if (found) return found;
      }
      return undefined;
    default:
      return undefined;
  }
}
