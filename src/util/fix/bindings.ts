/**
 * Which name a fix may call: every rule that inserts a call to an imported function (the secrets client, the
 * redaction function, `timingSafeEqual`) asks here, so a local binding with the same name (a `const` in the
 * function, a parameter, a class, a catch clause, a hoisted `var`, a `require` of another module) never
 * captures the call.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

type Scope = TSESLint.Scope.Scope;

/** True when `name` at `at` resolves to the file's top level (module or global scope) or to nothing. */
export function resolvesToTopLevel(sourceCode: Readonly<TSESLint.SourceCode>, name: string, at: TSESTree.Node): boolean {
  for (let scope: Scope | null = sourceCode.getScope(at); scope; scope = scope.upper) {
    if (scope.type === 'module' || scope.type === 'global') return true;
    if (scope.set.has(name)) return false;
  }
  return true;
}

/** Every name bound anywhere in the file, and every unresolved (global) name it refers to. */
export function namesInFile(sourceCode: Readonly<TSESLint.SourceCode>): ReadonlySet<string> {
  const names = new Set<string>();
  const manager = sourceCode.scopeManager;
  if (!manager) return names;
  for (const scope of manager.scopes) for (const name of scope.set.keys()) names.add(name);
  for (const reference of manager.globalScope?.through ?? []) names.add(reference.identifier.name);
  return names;
}

/**
 * The local name a new top-level import of `name` should take: `name` itself when no binding or global
 * reference in the file has it, else the first free `name_1`, `name_2`, … (`getSecret as getSecret_1`).
 */
export function freeImportName(taken: ReadonlySet<string>, name: string): string {
  if (!taken.has(name)) return name;
  for (let i = 1; ; i++) {
    const candidate = `${name}_${i}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * The expression a fix at `at` may call for an existing binding (`getSecret`, `crypto.timingSafeEqual`), or
 * undefined when its root name is shadowed there (a parameter `crypto`, a local `const getSecret`).
 */
export function usableBinding(sourceCode: Readonly<TSESLint.SourceCode>, expression: string | undefined, at: TSESTree.Node): string | undefined {
  if (expression === undefined) return undefined;
  const dot = expression.indexOf('.');
  const root = dot < 0 ? expression : expression.slice(0, dot);
  return resolvesToTopLevel(sourceCode, root, at) ? expression : undefined;
}
