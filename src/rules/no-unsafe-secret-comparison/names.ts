/** Names in a comparison: which ones are secrets, confirmation fields, enum-like constants. */
import type { TSESTree } from '@typescript-eslint/utils';
import { judgeEnvName } from '../../core/env/index.js';
import { classifySensitiveName, describeSensitiveKind, splitWords } from '../../core/names.js';
import { AST_NODE_TYPES, staticPropertyName, unwrapExpression } from '../../util/ast/index.js';
import type { ComparisonContext, Strength } from './context.js';
import {
  COMPARED_TOKEN_WORDS,
  CONFIRMATION_WORDS,
  HASHED_WORDS,
  NEW_PASSWORD_WORDS,
  NON_SECRET_SIGNATURE_MODIFIERS,
  SIGNATURE_HEADS,
  VERB_STARTS,
  VERIFICATION_WORDS,
} from './words.js';

const MAX_LABEL = 60;

/**
 * The static name of a member's property, array indices left out: `a.b` → b, `a['x-api-key']` → x-api-key,
 * `TOKENS[0]` → undefined (an element is neither a named constant nor a named field).
 */
export function propertyName(node: TSESTree.MemberExpression): string | undefined {
  if (node.computed && node.property.type === AST_NODE_TYPES.Literal && typeof node.property.value === 'number') return undefined;
  return staticPropertyName(node);
}

export function isPascalCase(name: string): boolean {
  const first = name.charCodeAt(0);
  if (!(first >= 65 && first <= 90)) return false;
  for (let i = 1; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

export function startsUpper(name: string): boolean {
  const first = name.charCodeAt(0);
  return first >= 65 && first <= 90;
}

export function quote(text: string): string {
  const short = text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1)}…` : text;
  return `\`${short.replace(/`/gu, "'")}\``;
}

/** A string literal short and word-like enough to be an enum value (`'token'`, `'Bearer'`), not a secret. */
export function isEnumLikeString(value: string): boolean {
  if (value.length === 0 || value.length > 24) return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    const ok = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45 || c === 32 || c === 46;
    if (!ok) return false;
  }
  return true;
}

/** Judges a name as a secret in a comparison. */
export function classifyName(ctx: ComparisonContext, name: string, isEnv: boolean): { strength: Strength; kind: string } | undefined {
  if (ctx.allowNames.has(name)) return undefined;
  if (ctx.secretNames.has(name)) return { strength: 'strong', kind: 'secret' };
  if (isEnv) {
    // Env names are judged by the env module, as in every rule: `OPENAI_KEY` is a secret,
    // `GOOGLE_MAPS_API_KEY` public by design.
    const judged = judgeEnvName(name);
    return judged.verdict === 'secret' ? { strength: 'strong', kind: describeSensitiveKind(judged.kind) } : undefined;
  }
  const sensitive = classifySensitiveName(name);
  if (sensitive) {
    if (sensitive.words.some((w) => CONFIRMATION_WORDS.has(w) || HASHED_WORDS.has(w))) return undefined;
    // `attachment.storageKey` is an object key in a bucket far more often than an Azure account key.
    if (sensitive.kind === 'apiKey' && sensitive.words.at(-2) === 'storage') {
      return { strength: 'weak', kind: describeSensitiveKind(sensitive.kind) };
    }
    const kind = describeSensitiveKind(sensitive.kind);
    if (sensitive.kind === 'token' && !sensitive.words.some((w) => COMPARED_TOKEN_WORDS.has(w))) {
      return { strength: 'weak', kind };
    }
    return { strength: 'strong', kind };
  }
  const words = splitWords(name);
  // `x-hub-signature-256`, `signature_v2`: drop trailing versions and digit groups.
  let end = words.length;
  while (end > 0) {
    const w = words[end - 1] as string;
    const isVersion = (w.charCodeAt(0) >= 48 && w.charCodeAt(0) <= 57) || /^v\d+$/u.test(w) || /^sha\d+$/u.test(w);
    if (!isVersion) break;
    end--;
  }
  if (end === 0 || end > 6) return undefined;
  const head = words[end - 1] as string;
  const label = SIGNATURE_HEADS.get(head);
  if (label === undefined) return undefined;
  if (end > 1 && VERB_STARTS.has(words[0] as string)) return undefined;
  const modifier = end > 1 ? (words[end - 2] as string) : undefined;
  if (modifier !== undefined && NON_SECRET_SIGNATURE_MODIFIERS.has(modifier)) return undefined;
  return { strength: 'weak', kind: label };
}

/** The name an operand goes by: an identifier's, or a member's property (`req.body.password` → password). */
function operandName(node: TSESTree.Node): string | undefined {
  const value = unwrapExpression(node);
  if (value.type === AST_NODE_TYPES.Identifier) return value.name;
  return value.type === AST_NODE_TYPES.MemberExpression ? propertyName(value) : undefined;
}

/**
 * `confirmPassword`, `passwordConfirmation`, `req.body.password_again`, `values.newPassword`: a field of
 * a password form; comparing it compares two inputs of the same user.
 */
export function isConfirmationField(node: TSESTree.Node): boolean {
  const name = operandName(node);
  if (name === undefined) return false;
  const words = splitWords(name);
  if (words.some((w) => CONFIRMATION_WORDS.has(w)) || /\d$/u.test(name)) return true;
  // `data.newPassword`: a password the user is choosing, compared with another form field
  const judged = classifySensitiveName(name);
  return judged?.kind === 'password' && words.some((w) => NEW_PASSWORD_WORDS.has(w));
}

/** Does the operand's name say it was computed to check another value: `expectedSignature`? */
export function hasVerificationWord(node: TSESTree.Node): boolean {
  const name = operandName(node);
  return name !== undefined && splitWords(name).some((w) => VERIFICATION_WORDS.has(w));
}
