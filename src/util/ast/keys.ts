/**
 * Static names and strings: what a property key, a member access or a literal spells when it is known
 * without running the code.
 */
import type { TSESTree } from '@typescript-eslint/utils';

type Node = TSESTree.Node;

/**
 * The static name of a key: `a` (not computed), `'a'`, `1`, `` `a` `` (computed or not); undefined for
 * computed expressions (`[name]`) and private names (`#a`).
 */
export function staticKeyName(key: Node, computed: boolean): string | undefined {
  switch (key.type) {
    case 'Identifier':
      return computed ? undefined : key.name;
    case 'Literal':
      return typeof key.value === 'string' || typeof key.value === 'number' ? String(key.value) : undefined;
    case 'TemplateLiteral':
      return key.expressions.length === 0 ? (key.quasis[0]?.value.cooked ?? undefined) : undefined;
    default:
      return undefined;
  }
}

/** The static name of a member expression's property: `a.b` → `b`, `a['b']` → `b`, `a[0]` → `0`. */
export function staticPropertyName(node: TSESTree.MemberExpression): string | undefined {
  return staticKeyName(node.property, node.computed);
}

/** The static key of an object property, class member or pattern property: `a`, `'a'`, `[\`a\`]`. */
export function propertyKeyName(
  property:
    | TSESTree.Property
    | TSESTree.PropertyDefinition
    | TSESTree.MethodDefinition
    | TSESTree.AccessorProperty
    | TSESTree.TSAbstractPropertyDefinition
    | TSESTree.TSAbstractMethodDefinition,
): string | undefined {
  return staticKeyName(property.key, property.computed);
}

/** The exported name an import specifier reads: `import { a as b }` → a, `import { 'a-b' as c }` → a-b. */
export function importedName(specifier: TSESTree.ImportSpecifier): string {
  return specifier.imported.type === 'Identifier' ? specifier.imported.name : specifier.imported.value;
}

/** The value of a string literal or of a template literal without expressions, else undefined. */
export function staticString(node: Node): string | undefined {
  if (node.type === 'Literal') return typeof node.value === 'string' ? node.value : undefined;
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

/** A string literal, optionally with exactly this value. */
export function isStringLiteral(node: Node | null | undefined, value?: string): node is TSESTree.StringLiteral {
  return (
    node !== null &&
    node !== undefined &&
    node.type === 'Literal' &&
    typeof node.value === 'string' &&
    (value === undefined || node.value === value)
  );
}
