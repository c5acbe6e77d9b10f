/** The verdict on one comparison: which side is the secret, and whether to report it. */
import type { TSESTree } from '@typescript-eslint/utils';
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
