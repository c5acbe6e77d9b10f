/**
 * The suggestion: a self-contained `timingSafeEqual` expression with string and byte-length checks, and the
 * import of `timingSafeEqual` from node:crypto when the file has no binding for it.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, unwrapExpression } from '../../util/ast/index.js';
import { addImportFix, findImportBinding, usableBinding, type ImportRequest } from '../../util/fix/index.js';
import { MAX_OPERAND_NESTING } from './context.js';

/** node:crypto's `timingSafeEqual`, which the suggestion imports when the file has no binding for it. */
const TIMING_SAFE_EQUAL: ImportRequest = { from: 'node:crypto', sameModules: ['crypto'], name: 'timingSafeEqual', quote: "'" };

/** Free of side effects, so evaluating it more than once is safe. */
function isSideEffectFree(node: TSESTree.Node, depth = 0): boolean {
  if (depth > MAX_OPERAND_NESTING) return false;
  const value = unwrapExpression(node);
  switch (value.type) {
    case AST_NODE_TYPES.Identifier:
    case AST_NODE_TYPES.ThisExpression:
    case AST_NODE_TYPES.Literal:
      return true;
    case AST_NODE_TYPES.MetaProperty:
      return true;
    case AST_NODE_TYPES.MemberExpression:
      return (
        isSideEffectFree(value.object, depth + 1) &&
        (!value.computed ||
          value.property.type === AST_NODE_TYPES.Literal ||
          value.property.type === AST_NODE_TYPES.Identifier)
      );
    case AST_NODE_TYPES.TemplateLiteral:
      return value.expressions.every((e) => isSideEffectFree(e, depth + 1));
    case AST_NODE_TYPES.BinaryExpression:
      return value.operator === '+' && isSideEffectFree(value.left, depth + 1) && isSideEffectFree(value.right, depth + 1);
    default:
      return false;
  }
}

/** True when the expression is a string by construction, so it needs no `typeof` guard. */
function isStringByConstruction(node: TSESTree.Node, depth = 0): boolean {
  if (depth > MAX_OPERAND_NESTING) return false;
  const value = unwrapExpression(node);
  if (value.type === AST_NODE_TYPES.TemplateLiteral) return true;
  if (value.type === AST_NODE_TYPES.Literal) return typeof value.value === 'string';
  if (value.type === AST_NODE_TYPES.BinaryExpression && value.operator === '+') {
    return isStringByConstruction(value.left, depth + 1) || isStringByConstruction(value.right, depth + 1);
  }
  return false;
}

/** Source text of an operand, parenthesized when it is not a plain reference. */
function operandText(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): string {
  const text = sourceCode.getText(node);
  const simple =
    node.type === AST_NODE_TYPES.Identifier ||
    node.type === AST_NODE_TYPES.MemberExpression ||
    node.type === AST_NODE_TYPES.ChainExpression ||
    node.type === AST_NODE_TYPES.TemplateLiteral ||
    node.type === AST_NODE_TYPES.Literal ||
    node.type === AST_NODE_TYPES.ThisExpression ||
    node.type === AST_NODE_TYPES.MetaProperty;
  return simple ? text : `(${text})`;
}

/** Is `name` bound or referenced as a global anywhere the fix would see it? */
function isNameTaken(sourceCode: Readonly<TSESLint.SourceCode>, name: string, at: TSESTree.Node): boolean {
  let scope: TSESLint.Scope.Scope | null = sourceCode.getScope(at);
  while (scope) {
    if (scope.set.has(name)) return true;
    scope = scope.upper;
  }
  const global = sourceCode.scopeManager?.globalScope;
  return global?.through.some((reference) => reference.identifier.name === name) ?? false;
}

/**
 * The fix of the suggestion for `a === b` (or `!==`), or undefined when an operand has side effects (it is
 * evaluated more than once) or no name is free for the import. `commonJs` is asked only when an import is added.
 */
export function timingSafeEqualFix(
  sourceCode: Readonly<TSESLint.SourceCode>,
  node: TSESTree.BinaryExpression,
  commonJs: () => boolean,
): TSESLint.ReportFixFunction | undefined {
  const { left, right } = node;
  if (!isSideEffectFree(left) || !isSideEffectFree(right)) return undefined;
  // An existing binding counts only where the comparison sees it: not under a parameter `crypto`.
  let callee = usableBinding(sourceCode, findImportBinding(sourceCode.ast, TIMING_SAFE_EQUAL, { namespaces: true }), node);
  let importName: string | undefined;
  if (callee === undefined) {
    importName = isNameTaken(sourceCode, 'timingSafeEqual', node) ? 'nodeTimingSafeEqual' : 'timingSafeEqual';
    if (importName !== 'timingSafeEqual' && isNameTaken(sourceCode, importName, node)) return undefined;
    callee = importName;
  }
  const a = operandText(sourceCode, left);
  const b = operandText(sourceCode, right);
  const guards: string[] = [];
  if (!isStringByConstruction(left)) guards.push(`typeof ${a} === 'string'`);
  if (!isStringByConstruction(right)) guards.push(`typeof ${b} === 'string'`);
  guards.push(`Buffer.byteLength(${a}) === Buffer.byteLength(${b})`);
  guards.push(`${callee}(Buffer.from(${a}), Buffer.from(${b}))`);
  const equal = `(${guards.join(' && ')})`;
  const negated = node.operator === '!==' || node.operator === '!=';
  const replacement = negated ? `!${equal}` : equal;
  const request = importName === 'timingSafeEqual' ? TIMING_SAFE_EQUAL : { ...TIMING_SAFE_EQUAL, local: importName };
  return (fixer) => {
    const fixes = [fixer.replaceText(node, replacement)];
    if (importName !== undefined) fixes.push(addImportFix(fixer, sourceCode.ast, request, commonJs()));
    return fixes;
  };
}
