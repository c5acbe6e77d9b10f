/** The other side of a comparison that makes it a presence, kind or length check, never a leak. */
import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, unwrapExpression } from '../../util/ast/index.js';
import type { ComparisonContext } from './context.js';
import { propertyName, startsUpper } from './names.js';
import { classifyOperand, initializerOf, isEnumMember } from './operands.js';
import { DISCRIMINANT_PROPERTIES, NUMERIC_PROPERTIES } from './words.js';

/** The cases of `isConstantLike` that need no scope or name: `x === 'a'`, `typeof x === y`, `n > 0`. */
export function isTriviallyConstant(node: TSESTree.Node): boolean {
  const value = unwrapExpression(node);
  switch (value.type) {
    case AST_NODE_TYPES.Literal:
    case AST_NODE_TYPES.UnaryExpression:
    case AST_NODE_TYPES.UpdateExpression:
    case AST_NODE_TYPES.ObjectExpression:
    case AST_NODE_TYPES.ArrayExpression:
    case AST_NODE_TYPES.ArrowFunctionExpression:
    case AST_NODE_TYPES.FunctionExpression:
    case AST_NODE_TYPES.ClassExpression:
    case AST_NODE_TYPES.NewExpression:
    case AST_NODE_TYPES.ThisExpression:
      return true;
    case AST_NODE_TYPES.TemplateLiteral:
      return value.expressions.length === 0;
    case AST_NODE_TYPES.BinaryExpression:
      return value.operator !== '+';
    case AST_NODE_TYPES.Identifier:
      return value.name === 'undefined' || value.name === 'NaN' || value.name === 'Infinity';
    default:
      return false;
  }
}

/**
 * A value the secret is compared with that makes the comparison a presence, kind or length check:
 * literals, `undefined`, `typeof x`, `!x`, lengths, numbers, objects, constants and enum members.
 */
export function isConstantLike(ctx: ComparisonContext, node: TSESTree.Node): boolean {
  return ctx.nested(false, () => isConstantLikeAt(ctx, node));
}

function isConstantLikeAt(ctx: ComparisonContext, node: TSESTree.Node): boolean {
  if (isTriviallyConstant(node)) return true;
  const value = unwrapExpression(node);
  switch (value.type) {
    case AST_NODE_TYPES.LogicalExpression:
      return isConstantLike(ctx, value.left) && isConstantLike(ctx, value.right);
    case AST_NODE_TYPES.Identifier: {
      const init = initializerOf(ctx, value);
      if (!init) return false;
      const initValue = unwrapExpression(init);
      return (
        initValue.type === AST_NODE_TYPES.Literal ||
        (initValue.type === AST_NODE_TYPES.TemplateLiteral && initValue.expressions.length === 0)
      );
    }
    case AST_NODE_TYPES.MemberExpression: {
      const name = propertyName(value);
      if (name !== undefined && (NUMERIC_PROPERTIES.has(name) || DISCRIMINANT_PROPERTIES.has(name))) return true;
      if (isEnumMember(ctx, value)) return true;
      // `Status.ACTIVE`, `FieldType.FREE_SIGNATURE`: upper-case members of capitalised objects, unless the
      // member itself names a secret (`Config.API_KEY`).
      const object = unwrapExpression(value.object);
      return (
        name !== undefined &&
        object.type === AST_NODE_TYPES.Identifier &&
        startsUpper(object.name) &&
        name.toUpperCase() === name &&
        classifyOperand(ctx, value, 0) === undefined
      );
    }
    case AST_NODE_TYPES.CallExpression: {
      const callee = unwrapExpression(value.callee);
      if (callee.type === AST_NODE_TYPES.Identifier) {
        return ['Number', 'Boolean', 'parseInt', 'parseFloat', 'Symbol'].includes(callee.name);
      }
      return false;
    }
    default:
      return false;
  }
}
