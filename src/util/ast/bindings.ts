/** What a name is bound to, through ESLint's scopes: the initialiser of a variable declared once. */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

type Scope = TSESLint.Scope.Scope;

/** The variable `name` resolves to from `scope`, walking up the scope chain. */
function resolve(scope: Scope | null, name: string): TSESLint.Scope.Variable | undefined {
  for (let current = scope; current; current = current.upper) {
    const variable = current.set.get(name);
    if (variable) return variable;
  }
  return undefined;
}

/**
 * The initialiser of the `const` that `name` resolves to from `scope`: `const url = \`…\`` → the template.
 * Undefined for other bindings, destructuring, and names declared more than once.
 */
export function constInitializer(scope: Scope | null, name: string): TSESTree.Expression | undefined {
  const declarator = singleDeclarator(scope, name);
  return declarator?.parent.kind === 'const' ? (declarator.init ?? undefined) : undefined;
}

/**
 * The initialiser of the `const`, `let` or `var` that `name` resolves to, when it is declared once (later
 * assignments are not followed). Undefined for destructuring and other bindings.
 */
export function declaredInitializer(scope: Scope | null, name: string): TSESTree.Expression | undefined {
  return singleDeclarator(scope, name)?.init ?? undefined;
}

function singleDeclarator(
  scope: Scope | null,
  name: string,
): (TSESTree.VariableDeclarator & { parent: TSESTree.VariableDeclaration }) | undefined {
  const variable = resolve(scope, name);
  if (!variable || variable.defs.length !== 1) return undefined;
  const def = variable.defs[0];
  if (def?.type !== 'Variable' || def.node.id.type !== 'Identifier') return undefined;
  return def.node;
}
