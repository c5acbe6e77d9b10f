/**
 * Environment reads, recognised in one place for every rule: `process.env.X`, `process.env["X"]`,
 * `import.meta.env.X`, `Bun.env.X`, `Deno.env.get("X")`, destructuring of those objects, and the env modules
 * of the framework registry (`import { X } from '$env/static/private'`, `env.X` of `$env/dynamic/private`,
 * `astro:env/server`).
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, importedName, staticKeyName, unwrapExpression } from '../../util/ast/index.js';
import { ENV_MODULES, type EnvModuleEntry } from '../framework/registry.js';

type Node = TSESTree.Node;

/** The global env objects: what `readEnv` reports as `via`. */
export type EnvObject = 'process.env' | 'import.meta.env' | 'Bun.env' | 'Deno.env';

/** One environment variable read. */
export interface EnvRead {
  /** The variable name; `undefined` for a computed key (`process.env[name]`). */
  name: string | undefined;
  /** How it is read: a global env object ({@link EnvObject}) or an env module (`$env/static/private`). */
  via: string;
  /** The framework env module it comes from, with its visibility; absent for global env objects. */
  module?: EnvModuleEntry;
}

/**
 * The global env object an expression denotes: `process.env`, `import.meta.env`, `Bun.env`, or `Deno.env`
 * (whose variables are read with `.get`). Bindings are not followed: `const env = process.env` is the
 * taint engine's business.
 */
export function envObjectOf(node: Node): EnvObject | undefined {
  const inner = unwrapExpression(node);
  if (inner.type !== AST_NODE_TYPES.MemberExpression || inner.computed) return undefined;
  if (inner.property.type !== AST_NODE_TYPES.Identifier || inner.property.name !== 'env') return undefined;
  const object = unwrapExpression(inner.object);
  if (object.type === AST_NODE_TYPES.Identifier) {
    if (object.name === 'process') return 'process.env';
    if (object.name === 'Bun') return 'Bun.env';
    if (object.name === 'Deno') return 'Deno.env';
    return undefined;
  }
  if (object.type === AST_NODE_TYPES.MetaProperty && object.meta.name === 'import' && object.property.name === 'meta') {
    return 'import.meta.env';
  }
  return undefined;
}

/**
 * The env variable an expression reads, else `undefined`: `process.env.X`, `process.env["X"]`,
 * `import.meta.env.X`, `Bun.env.X`, `Deno.env.get("X")`; `name` is `undefined` for a computed key.
 * Reads of framework env modules go through imports: see {@link readEnvImport}.
 */
export function readEnv(node: Node): EnvRead | undefined {
  const inner = unwrapExpression(node);
  if (inner.type === AST_NODE_TYPES.MemberExpression) {
    const via = envObjectOf(inner.object);
    if (via === undefined || via === 'Deno.env') return undefined;
    return { name: staticKeyName(inner.property, inner.computed), via };
  }
  if (inner.type === AST_NODE_TYPES.CallExpression) {
    const callee = unwrapExpression(inner.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression || staticKeyName(callee.property, callee.computed) !== 'get') return undefined;
    if (envObjectOf(callee.object) !== 'Deno.env') return undefined;
    const arg = inner.arguments[0];
    return { name: arg === undefined || arg.type === AST_NODE_TYPES.SpreadElement ? undefined : staticKeyName(arg, true), via: 'Deno.env' };
  }
  return undefined;
}

/** One variable bound by destructuring an env object: `const { DB_PASSWORD: pw } = process.env`. */
export interface EnvPatternRead {
  name: string;
  /** The pattern property that reads it. */
  property: TSESTree.Property;
  via: EnvObject;
}

/** The variables an object pattern takes from an env object (`const { A, B: b } = process.env`). */
export function readEnvPattern(pattern: Node, init: Node | null | undefined): EnvPatternRead[] {
  if (init == null || pattern.type !== AST_NODE_TYPES.ObjectPattern) return [];
  const via = envObjectOf(init);
  if (via === undefined || via === 'Deno.env') return [];
  const reads: EnvPatternRead[] = [];
  for (const property of pattern.properties) {
    if (property.type !== AST_NODE_TYPES.Property) continue;
    const name = staticKeyName(property.key, property.computed);
    if (name !== undefined) reads.push({ name, property, via });
  }
  return reads;
}

/** The framework env module a module specifier names, else `undefined`. */
export function envModuleOf(source: string): EnvModuleEntry | undefined {
  return ENV_MODULES.get(source);
}

/** One binding of a framework env module: a variable (static modules) or the holder of all (`env`). */
export interface EnvImport {
  /** The variable name for a static module; `undefined` for the holder of a dynamic module. */
  name: string | undefined;
  specifier: TSESTree.ImportClause;
  module: EnvModuleEntry;
}

/** What an import declaration takes from a framework env module: `import { X } from '$env/static/private'`. */
export function readEnvImport(declaration: TSESTree.ImportDeclaration): EnvImport[] {
  const module = envModuleOf(declaration.source.value);
  if (module === undefined || declaration.importKind === 'type') return [];
  const imports: EnvImport[] = [];
  for (const specifier of declaration.specifiers) {
    if (specifier.type !== AST_NODE_TYPES.ImportSpecifier) continue;
    if (specifier.importKind === 'type') continue;
    const imported = importedName(specifier);
    if (module.access === 'static') imports.push({ name: imported, specifier, module });
    else if (imported === module.holder) imports.push({ name: undefined, specifier, module });
  }
  return imports;
}
