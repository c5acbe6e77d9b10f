/** The verdict on one comparison: which side is the secret, and whether to report it. */
import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, unwrapExpression } from '../../util/ast/index.js';
import type { ComparisonContext, SecretOperand } from './context.js';
import { isConstantLike, isTriviallyConstant } from './constants.js';
import { hasVerificationWord, isConfirmationField } from './names.js';
import { classifyOperand, isHmacDigest, isRequestValue } from './operands.js';

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
  const best =
    leftSecret?.strength === 'strong' ? leftSecret : rightSecret?.strength === 'strong' ? rightSecret : leftSecret ?? rightSecret;
  if (!best) return undefined;
  if (best.strength === 'strong') return best;
  // Only weak names: report when the comparison is clearly an authentication check.
  const other = best === leftSecret ? right : left;
  const otherSecret = best === leftSecret ? rightSecret : leftSecret;
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
