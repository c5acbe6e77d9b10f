/** The verdict on one comparison: which side is the secret, and whether to report it. */
import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, propertyKeyName, resolveVariable, unwrapExpression } from '../../util/ast/index.js';
import type { ComparisonContext, SecretOperand } from './context.js';
import { isConstantLike, isTriviallyConstant } from './constants.js';
import { hasVerificationWord, isConfirmationField, propertyName } from './names.js';
import { classifyOperand, initializerOf, isHmacDigest, isRequestValue } from './operands.js';
import { PAIR_OBJECTS, REQUEST_PARAMS, REQUEST_PROPERTIES } from './words.js';

/** Judges `comparison` (`left === right`, `left.startsWith(right)`): the secret operand to report, if any. */
export function judgeComparison(
  ctx: ComparisonContext,
  comparison: TSESTree.Node,
  left: TSESTree.Node,
  right: TSESTree.Node,
): SecretOperand | undefined {
  ctx.setComparison(comparison);
  const verdict = judgeOperands(ctx, left, right);
  ctx.setComparison(undefined);
  return verdict;
}

/** Picks the secret side of a comparison and decides whether to report. */
function judgeOperands(ctx: ComparisonContext, left: TSESTree.Node, right: TSESTree.Node): SecretOperand | undefined {
  if (isTriviallyConstant(left) || isTriviallyConstant(right)) return undefined;
  if (isConstantLike(ctx, left) || isConstantLike(ctx, right)) return undefined;
  const leftSecret = classifyOperand(ctx, left, 0);
  const rightSecret = classifyOperand(ctx, right, 0);
  if (!leftSecret && !rightSecret) return undefined;
  if (isConfirmationField(left) || isConfirmationField(right)) return undefined;
  // Nothing attacker-controlled: two server values (`process.env.DATABASE_URL !== process.env.DIRECT_URL`).
  if (isServerValue(left) && isServerValue(right)) return undefined;
  // Both the requester's (a CSRF double-submit check: cookie token vs header token): nothing to leak to them.
  if (fromRequest(ctx, left, leftSecret) && fromRequest(ctx, right, rightSecret)) return undefined;
  // `a.secret !== b.secret`: an equality or change check compares the same field of two records.
  if (isPairwiseField(left, right)) return undefined;
  const best =
    leftSecret?.strength === 'strong' ? leftSecret : rightSecret?.strength === 'strong' ? rightSecret : leftSecret ?? rightSecret;
  if (!best) return undefined;
  const secretSide = best === leftSecret ? left : right;
  const other = best === leftSecret ? right : left;
  const otherSecret = best === leftSecret ? rightSecret : leftSecret;
  // `const best = x ? leftSecret : rightSecret; best === leftSecret`: which of two values was picked.
  if (isSelectionOf(ctx, other, secretSide) || isSelectionOf(ctx, secretSide, other)) return undefined;
  if (best.strength === 'strong') {
    if (!best.byName || best.fromRequest) return best;
    // A secret by its name alone compared with a value no attacker sends (a username, a substring of the text
    // being parsed, another stored record's field) outside any request handler: not a timing oracle.
    if (otherSecret?.strength === 'strong' || otherSecret?.fromRequest) return best;
    if (isServerValue(other) || isRequestValue(ctx, other, 0) || isHmacDigest(ctx, other, 0) || hasVerificationWord(other)) return best;
    if (isParameter(ctx, other) || handlesRequest(secretSide) || ctx.fileUsesCrypto()) return best;
    return undefined;
  }
  // Only weak names: report when the comparison is clearly an authentication check.
  if (otherSecret?.fromRequest || best.fromRequest) return best;
  if (isRequestValue(ctx, other, 0)) return best;
  if (isHmacDigest(ctx, other, 0)) return best;
  // `signature !== expectedSignature`: two signatures, one computed to verify the other.
  if (otherSecret && (hasVerificationWord(left) || hasVerificationWord(right))) return best;
  if (ctx.fileUsesCrypto()) return best;
  return undefined;
}

/** Roots of server-side configuration: an env read or a config object, never a request value. */
const SERVER_ROOTS: ReadonlySet<string> = new Set(['process', 'env', 'config', 'Config', 'CONFIG', 'settings', 'Settings', 'appConfig', 'serverConfig']);

/** `process.env.X`, `import.meta.env.X`, `config.auth.secret`: a value of the server's own configuration. */
function isServerValue(node: TSESTree.Node): boolean {
  let current = unwrapExpression(node);
  if (current.type !== AST_NODE_TYPES.MemberExpression) return false;
  for (let i = 0; i < 6 && current.type === AST_NODE_TYPES.MemberExpression; i++) current = unwrapExpression(current.object);
  if (current.type === AST_NODE_TYPES.Identifier) return SERVER_ROOTS.has(current.name);
  return current.type === AST_NODE_TYPES.MetaProperty;
}

function fromRequest(ctx: ComparisonContext, node: TSESTree.Node, secret: SecretOperand | undefined): boolean {
  return secret?.fromRequest === true || isRequestValue(ctx, node, 0);
}

/** `a.secret !== b.secret`, `prev.token !== next.token`: the same property of the two sides of a pair. */
function isPairwiseField(left: TSESTree.Node, right: TSESTree.Node): boolean {
  const l = unwrapExpression(left);
  const r = unwrapExpression(right);
  if (l.type !== AST_NODE_TYPES.MemberExpression || r.type !== AST_NODE_TYPES.MemberExpression) return false;
  const name = propertyName(l);
  if (name === undefined || name !== propertyName(r)) return false;
  const a = objectName(l.object);
  const b = objectName(r.object);
  if (a === undefined || b === undefined) return false;
  return PAIR_OBJECTS.some(([x, y]) => (a === x && b === y) || (a === y && b === x));
}

function objectName(node: TSESTree.Node): string | undefined {
  const object = unwrapExpression(node);
  if (object.type === AST_NODE_TYPES.Identifier) return object.name;
  return object.type === AST_NODE_TYPES.ThisExpression ? 'this' : undefined;
}

/** Is `chosen` a variable set to one of several values, `target` among them (`const best = c ? a : b` for `a`)? */
function isSelectionOf(ctx: ComparisonContext, chosen: TSESTree.Node, target: TSESTree.Node): boolean {
  const c = unwrapExpression(chosen);
  const t = unwrapExpression(target);
  if (c.type !== AST_NODE_TYPES.Identifier || t.type !== AST_NODE_TYPES.Identifier) return false;
  const init = initializerOf(ctx, c);
  return init !== undefined && choosesAmong(init, t.name, 0);
}

function choosesAmong(node: TSESTree.Node, name: string, depth: number): boolean {
  if (depth > 4) return false;
  const value = unwrapExpression(node);
  if (value.type === AST_NODE_TYPES.ConditionalExpression) {
    return choosesAmong(value.consequent, name, depth + 1) || choosesAmong(value.alternate, name, depth + 1);
  }
  if (value.type === AST_NODE_TYPES.LogicalExpression) {
    return choosesAmong(value.left, name, depth + 1) || choosesAmong(value.right, name, depth + 1);
  }
  return depth > 0 && value.type === AST_NODE_TYPES.Identifier && value.name === name;
}

/** A parameter of a function around the comparison: a value handed in from elsewhere, possibly by a requester. */
function isParameter(ctx: ComparisonContext, node: TSESTree.Node): boolean {
  const value = unwrapExpression(node);
  const root = value.type === AST_NODE_TYPES.Identifier ? value : undefined;
  if (!root) return false;
  const variable = resolveVariable(ctx.scopeOf(root), root.name);
  return variable?.defs.some((d) => d.type === 'Parameter') === true;
}

/**
 * Is the comparison inside a request handler: a function around it takes `req`, `request`, `event`, Hono's `c`,
 * or destructures `{ request, params, headers }`?
 */
function handlesRequest(node: TSESTree.Node): boolean {
  let current: TSESTree.Node | undefined = node.parent;
  for (let steps = 0; current && steps < 200; steps++, current = current.parent) {
    if (
      current.type !== AST_NODE_TYPES.FunctionDeclaration &&
      current.type !== AST_NODE_TYPES.FunctionExpression &&
      current.type !== AST_NODE_TYPES.ArrowFunctionExpression
    ) {
      continue;
    }
    for (const param of current.params) {
      const p = param.type === AST_NODE_TYPES.AssignmentPattern ? param.left : param;
      if (p.type === AST_NODE_TYPES.Identifier && REQUEST_PARAMS.has(p.name)) return true;
      if (p.type === AST_NODE_TYPES.ObjectPattern) {
        for (const prop of p.properties) {
          if (prop.type !== AST_NODE_TYPES.Property) continue;
          const key = propertyKeyName(prop);
          if (key !== undefined && (REQUEST_PARAMS.has(key) || REQUEST_PROPERTIES.has(key))) return true;
        }
      }
    }
  }
  return false;
}
