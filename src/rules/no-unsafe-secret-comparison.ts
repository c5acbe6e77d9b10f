/**
 * `secrets/no-unsafe-secret-comparison`: a secret compared with `===`, `==`, `!==`, `!=`, `startsWith` or
 * `endsWith` is compared byte by byte and returns at the first difference, so the response time tells an
 * attacker how much of a guess was right (CWE-208). Webhook signatures, API keys checked against a request
 * header and HMAC digests must be compared with `crypto.timingSafeEqual`.
 *
 * Precision comes from three layers, all without type information:
 * 1. what counts as a secret operand: an environment read with a sensitive name, an HMAC digest, a header
 *    like `Authorization`, or a binding/property whose name `classifySensitiveName` marks as a secret, plus the
 *    comparison-specific names `signature`, `hmac`, `digest`. Names that are only weakly secret in general code
 *    (a bare `token` is a lexer token as often as an auth token; `signature` is a type signature in compilers)
 *    count only when the comparison is clearly an authentication check: the other side is a strong secret or a
 *    request value, or the file uses `crypto`/HMAC.
 * 2. what the secret is compared against: literals, `null`/`undefined`, `typeof`, lengths, booleans,
 *    constants and enum members are presence or kind checks, never a leak.
 * 3. confirmation fields (`password === confirmPassword`) compare two inputs of the same user: not a leak.
 *
 * The suggestion is a self-contained expression: string checks (so `undefined === undefined` no longer
 * passes), an equal-byte-length check (`timingSafeEqual` throws on different lengths) and
 * `timingSafeEqual` on two Buffers, importing `timingSafeEqual` from `node:crypto` once when the file has no
 * binding for it yet. It is offered only when both operands are free of side effects, because they are
 * evaluated more than once.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '../util/ast.js';
import { AUTH_TOKEN_WORDS, classifySensitiveName, describeSensitiveKind, splitWords } from '../core/names.js';
import { createRule } from '../util/create-rule.js';
import { checkNonEmptyItems } from '../util/options.js';

export type Options = [
  {
    checkPrefixMethods?: boolean;
    allowNames?: string[];
    secretNames?: string[];
  },
];
export type MessageIds = 'unsafeComparison' | 'unsafePrefixComparison' | 'useTimingSafeEqual';

/** How sure we are that an operand is a secret. */
type Strength = 'strong' | 'weak';

interface SecretOperand {
  strength: Strength;
  /** What the secret is, for the message: e.g. "`process.env.API_KEY` (API key)". Never a value. */
  label: string;
  /** The operand is also a value from the request (header, body, query). */
  fromRequest: boolean;
}

const EQUALITY_OPERATORS = new Set(['===', '==', '!==', '!=']);
const PREFIX_METHODS = new Set(['startsWith', 'endsWith']);

/**
 * Words that make a `…token` name a credential in a comparison: the shared authentication words, plus
 * single-use link tokens (reset, invite, magic link) and signing secrets, which are credentials when
 * checked even though they are made to travel in URLs.
 */
const COMPARED_TOKEN_WORDS: ReadonlySet<string> = new Set([
  ...AUTH_TOKEN_WORDS,
  'reset',
  'verification',
  'invite',
  'invitation',
  'magic',
  'webhook',
  'app',
  'discord',
  'telegram',
  'stripe',
  'shared',
  'signing',
]);

/** Heads that are secret only in a comparison: comparing an HMAC or a signature with `===` is the classic leak. */
const SIGNATURE_HEADS: ReadonlyMap<string, string> = new Map([
  ['signature', 'signature'],
  ['sig', 'signature'],
  ['hmac', 'HMAC'],
  ['digest', 'digest'],
]);

/** Modifiers that make a signature or digest public or non-cryptographic: `typeSignature`, `fileDigest`. */
const NON_SECRET_SIGNATURE_MODIFIERS = new Set([
  'type',
  'method',
  'function',
  'call',
  'construct',
  'constructor',
  'index',
  'generic',
  'base',
  'overload',
  'member',
  'file',
  'content',
  'contents',
  'etag',
  'integrity',
  'checksum',
  'cache',
  'public',
  'message',
  'time',
  'date',
  'email',
]);

/** Leading words of functions and predicates: `verifySignature`, `isDigest`, `getHmac`. */
const VERB_STARTS = new Set([
  'is',
  'has',
  'get',
  'set',
  'verify',
  'check',
  'validate',
  'create',
  'compute',
  'calculate',
  'generate',
  'sign',
  'parse',
  'to',
  'with',
  'use',
  'make',
  'build',
  'should',
  'can',
]);

/** Words of a confirmation field: comparing it with the password compares two inputs of the same user. */
const CONFIRMATION_WORDS = new Set([
  'confirm',
  'confirmation',
  'confirmed',
  'repeat',
  'repeated',
  'retype',
  'retyped',
  'again',
  'verify',
  'verification',
  'reentered',
]);

/**
 * Words of a stored hash of a secret (`hashedClientSecret`, `hashedToken`): comparing hashes leaks only a
 * prefix of the hash, which does not help to forge the secret.
 */
const HASHED_WORDS = new Set(['hashed', 'hash', 'hashes', 'salted', 'encrypted', 'bcrypt', 'argon2', 'scrypt']);
/** Words of a password field being set by the user: `newPassword`, `oldPassword`, `currentPassword` in a form. */
const NEW_PASSWORD_WORDS = new Set(['new', 'old', 'current', 'previous', 'desired', 'proposed']);

/** Roots and properties of a member chain that carry request data. */
const REQUEST_ROOTS = new Set(['req', 'request', 'ctx', 'event', 'headers', 'query', 'body', 'params', 'cookies']);
const REQUEST_PROPERTIES = new Set(['headers', 'query', 'body', 'params', 'cookies', 'searchParams', 'signedCookies']);
/** Words of names that hold what a client sent: `receivedSignature`, `providedToken`. */
const REQUEST_WORDS = new Set(['received', 'provided', 'incoming', 'given', 'supplied', 'submitted', 'presented', 'header']);
/** Methods that read a request header: `req.get('x-signature')`, `request.headers.get('authorization')`. */
const HEADER_GETTERS = new Set(['get', 'header', 'getHeader']);
/** Header names whose value is a credential. */
const CREDENTIAL_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie']);
/** Calls that return their argument's content unchanged in a comparison's sense. */
const TRANSPARENT_METHODS = new Set([
  'toString',
  'trim',
  'valueOf',
  'slice',
  'substring',
  'substr',
  'toLowerCase',
  'toUpperCase',
  'normalize',
]);
/** Words of a binding computed to check another value against: `expectedSignature`, `computedHmac`. */
const VERIFICATION_WORDS = new Set(['expected', 'computed', 'calculated', 'valid', 'correct', 'generated', 'actual', 'recomputed']);
/** Discriminant properties: `field.type === FieldType.SIGNATURE` checks a kind, whatever the other side is. */
const DISCRIMINANT_PROPERTIES = new Set(['type', 'kind', 'mode', 'status', 'state', 'role', 'variant', 'category', 'tag']);
/** Properties that are numbers or booleans, never content: `token.length`. */
const NUMERIC_PROPERTIES = new Set(['length', 'size', 'byteLength']);

const CRYPTO_MODULES = new Set(['crypto', 'node:crypto']);
const MAX_LABEL = 60;

/** Removes TypeScript-only wrappers, optional chains: `(x as string)`, `x!`, `a?.b`. */
function unwrap(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (;;) {
    switch (current.type) {
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
        current = current.expression;
        break;
      case AST_NODE_TYPES.ChainExpression:
        current = current.expression;
        break;
      default:
        return current;
    }
  }
}

/** The static name of a member's property: `a.b` → b, `a['x-api-key']` → x-api-key. */
function propertyName(node: TSESTree.MemberExpression): string | undefined {
  if (!node.computed) return node.property.type === AST_NODE_TYPES.Identifier ? node.property.name : undefined;
  const property = node.property;
  if (property.type === AST_NODE_TYPES.Literal && typeof property.value === 'string') return property.value;
  if (property.type === AST_NODE_TYPES.TemplateLiteral && property.expressions.length === 0) {
    return property.quasis[0]?.value.cooked ?? undefined;
  }
  return undefined;
}

/** `process.env.NAME`, `process.env['NAME']`, `import.meta.env.NAME`: the NAME, else undefined. */
function envReadName(node: TSESTree.MemberExpression): string | undefined {
  const object = unwrap(node.object);
  if (object.type !== AST_NODE_TYPES.MemberExpression || propertyName(object) !== 'env') return undefined;
  const root = unwrap(object.object);
  const isProcessEnv = root.type === AST_NODE_TYPES.Identifier && root.name === 'process';
  const isImportMetaEnv = root.type === AST_NODE_TYPES.MetaProperty && root.meta.name === 'import';
  if (!isProcessEnv && !isImportMetaEnv) return undefined;
  return propertyName(node);
}

/** The cases of `isConstantLike` that need no scope or name: `x === 'a'`, `typeof x === y`, `n > 0`. */
function isTriviallyConstant(node: TSESTree.Node): boolean {
  const value = unwrap(node);
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

function isPascalCase(name: string): boolean {
  const first = name.charCodeAt(0);
  if (!(first >= 65 && first <= 90)) return false;
  for (let i = 1; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

function startsUpper(name: string): boolean {
  const first = name.charCodeAt(0);
  return first >= 65 && first <= 90;
}

function quote(text: string): string {
  const short = text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1)}…` : text;
  return `\`${short.replace(/`/gu, "'")}\``;
}

/** A string literal short and word-like enough to be an enum value (`'token'`, `'Bearer'`), not a secret. */
function isEnumLikeString(value: string): boolean {
  if (value.length === 0 || value.length > 24) return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    const ok = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45 || c === 32 || c === 46;
    if (!ok) return false;
  }
  return true;
}

export default createRule<Options, MessageIds>({
  name: 'no-unsafe-secret-comparison',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow comparing secrets with `===`, `!==` or `startsWith`, which leaks them through timing',
      recommended: 'recommended',
    },
    hasSuggestions: true,
    messages: {
      unsafeComparison:
        'Comparing {{source}} with `{{operator}}` returns at the first differing character, so response times leak it; use `crypto.timingSafeEqual`.',
      unsafePrefixComparison:
        'Checking {{source}} with `{{method}}` leaks it character by character through timing; compare the whole value with `crypto.timingSafeEqual`.',
      useTimingSafeEqual:
        'Compare with `timingSafeEqual` from node:crypto (string and byte-length checks included).',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          checkPrefixMethods: {
            type: 'boolean',
            description: 'Also report `secret.startsWith(value)` and `endsWith` against a non-constant value.',
          },
          allowNames: {
            type: 'array',
            items: { type: 'string' },
            uniqueItems: true,
            description:
              'Identifier or property names never treated as secrets here (exact match), e.g. `["token"]` in a parser.',
          },
          secretNames: {
            type: 'array',
            items: { type: 'string' },
            uniqueItems: true,
            description: 'Extra identifier or property names always treated as secrets (exact match).',
          },
        },
      },
    ],
  },
  defaultOptions: [{ checkPrefixMethods: true, allowNames: [], secretNames: [] }],
  create(context, [options]) {
    checkNonEmptyItems('no-unsafe-secret-comparison', 'allowNames', options.allowNames);
    checkNonEmptyItems('no-unsafe-secret-comparison', 'secretNames', options.secretNames);
    const sourceCode = context.sourceCode;
    const allowNames = new Set(options.allowNames ?? []);
    const secretNames = new Set(options.secretNames ?? []);
    // `startsWith`/`endsWith` comparisons: a file that never spells them needs no CallExpression listener.
    const checkPrefixMethods =
      options.checkPrefixMethods !== false &&
      (sourceCode.text.includes('startsWith') || sourceCode.text.includes('endsWith'));

    let cryptoContext: boolean | undefined;
    /** Does the file do cryptography (HMAC, crypto module)? Read once, lazily, only for weak candidates. */
    function fileUsesCrypto(): boolean {
      if (cryptoContext === undefined) {
        const text = sourceCode.text;
        cryptoContext = text.includes('crypto') || text.includes('Hmac') || text.includes('hmac');
      }
      return cryptoContext;
    }

    /** Judges a name as a secret in a comparison. */
    function classifyName(name: string, isEnv: boolean): { strength: Strength; kind: string } | undefined {
      if (allowNames.has(name)) return undefined;
      if (secretNames.has(name)) return { strength: 'strong', kind: 'secret' };
      const sensitive = classifySensitiveName(name);
      if (sensitive) {
        if (sensitive.words.some((w) => CONFIRMATION_WORDS.has(w) || HASHED_WORDS.has(w))) return undefined;
        // `attachment.storageKey` is an object key in a bucket far more often than an Azure account key.
        if (!isEnv && sensitive.kind === 'apiKey' && sensitive.words.at(-2) === 'storage') {
          return { strength: 'weak', kind: describeSensitiveKind(sensitive.kind) };
        }
        const kind = describeSensitiveKind(sensitive.kind);
        if (sensitive.kind === 'token' && !isEnv && !sensitive.words.some((w) => COMPARED_TOKEN_WORDS.has(w))) {
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
      return { strength: isEnv ? 'strong' : 'weak', kind: label };
    }

    /**
     * The scope of the comparison being judged, set by the visitors: operands are expressions without
     * functions, so they share it, and looking it up once keeps long operands linear.
     */
    let comparisonNode: TSESTree.Node | undefined;
    let comparisonScope: ReturnType<typeof sourceCode.getScope> | undefined;
    function scopeOf(node: TSESTree.Node): ReturnType<typeof sourceCode.getScope> {
      if (comparisonNode === undefined) return sourceCode.getScope(node);
      // Looked up on first use: most comparisons are settled without a scope.
      return (comparisonScope ??= sourceCode.getScope(comparisonNode));
    }

    /** The variable's single initializer, when it is a `const`/`let`/`var` declared once. */
    function initializerOf(node: TSESTree.Identifier): TSESTree.Expression | undefined {
      let s: ReturnType<typeof sourceCode.getScope> | null = scopeOf(node);
      while (s) {
        const variable = s.set.get(node.name);
        if (variable) {
          if (variable.defs.length !== 1) return undefined;
          const def = variable.defs[0];
          if (def?.type !== 'Variable') return undefined;
          const declarator = def.node;
          if (declarator.id.type !== AST_NODE_TYPES.Identifier || !declarator.init) return undefined;
          return declarator.init;
        }
        s = s.upper;
      }
      return undefined;
    }

    /**
     * `TokenType.Bearer`, `Kind.SECRET`: a member of a TypeScript enum or of a `const` object literal whose
     * property is a literal, or by convention a PascalCase member of a PascalCase object.
     */
    function isEnumMember(node: TSESTree.MemberExpression): boolean {
      const name = propertyName(node);
      const object = unwrap(node.object);
      if (name === undefined || object.type !== AST_NODE_TYPES.Identifier || !startsUpper(object.name)) return false;
      if (isPascalCase(name) && startsUpper(name)) return true;
      let scope: ReturnType<typeof sourceCode.getScope> | null = scopeOf(node);
      while (scope) {
        const variable = scope.set.get(object.name);
        if (variable) {
          const def = variable.defs[0];
          if (!def || variable.defs.length !== 1) return false;
          if (def.node.type === AST_NODE_TYPES.TSEnumDeclaration) return true;
          if (def.type !== 'Variable' || def.node.init?.type !== AST_NODE_TYPES.ObjectExpression) return false;
          return def.node.init.properties.some(
            (p) =>
              p.type === AST_NODE_TYPES.Property &&
              !p.computed &&
              ((p.key.type === AST_NODE_TYPES.Identifier && p.key.name === name) ||
                (p.key.type === AST_NODE_TYPES.Literal && p.key.value === name)) &&
              p.value.type === AST_NODE_TYPES.Literal,
          );
        }
        scope = scope.upper;
      }
      return false;
    }

    /** Is this an HMAC digest: `createHmac(…).update(x).digest('hex')`, or `hmac.digest()` of such a binding? */
    function isHmacDigest(node: TSESTree.Node, depth: number): boolean {
      const call = unwrap(node);
      if (call.type !== AST_NODE_TYPES.CallExpression) return false;
      const callee = unwrap(call.callee);
      if (callee.type !== AST_NODE_TYPES.MemberExpression || propertyName(callee) !== 'digest') return false;
      return chainCalls(callee.object, 'createHmac', depth);
    }

    /** A keyless hash, `createHash('sha1').update(x).digest()`: anyone can compute it, it is not a secret. */
    function isPlainHashDigest(node: TSESTree.Node): boolean {
      const call = unwrap(node);
      if (call.type !== AST_NODE_TYPES.CallExpression) return false;
      const callee = unwrap(call.callee);
      if (callee.type !== AST_NODE_TYPES.MemberExpression || propertyName(callee) !== 'digest') return false;
      return chainCalls(callee.object, 'createHash', 0);
    }

    /** Does the call chain `x.a().b()` (or the binding it starts from) call `factory`? */
    function chainCalls(node: TSESTree.Node, factory: string, depth: number): boolean {
      let current = unwrap(node);
      for (let steps = 0; steps < 20; steps++) {
        if (current.type === AST_NODE_TYPES.CallExpression) {
          const callee = unwrap(current.callee);
          const name =
            callee.type === AST_NODE_TYPES.Identifier
              ? callee.name
              : callee.type === AST_NODE_TYPES.MemberExpression
                ? propertyName(callee)
                : undefined;
          if (name === factory) return true;
          if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
          current = unwrap(callee.object);
        } else if (current.type === AST_NODE_TYPES.Identifier && depth < 2) {
          const init = initializerOf(current);
          return init !== undefined && chainCalls(init, factory, depth + 1);
        } else {
          return false;
        }
      }
      return false;
    }

    /** Does the value come from the request: headers, body, query, cookies? */
    function isRequestValue(node: TSESTree.Node, depth: number): boolean {
      const value = unwrap(node);
      if (value.type === AST_NODE_TYPES.Identifier) {
        if (REQUEST_ROOTS.has(value.name)) return true;
        if (splitWords(value.name).some((w) => REQUEST_WORDS.has(w))) return true;
        if (depth >= 2) return false;
        const init = initializerOf(value);
        return init !== undefined && isRequestValue(init, depth + 1);
      }
      if (value.type === AST_NODE_TYPES.MemberExpression) {
        let current: TSESTree.Node = value;
        while (current.type === AST_NODE_TYPES.MemberExpression) {
          const name = propertyName(current);
          if (name !== undefined && REQUEST_PROPERTIES.has(name) && current !== value) return true;
          current = unwrap(current.object);
        }
        if (current.type === AST_NODE_TYPES.Identifier && REQUEST_ROOTS.has(current.name)) return true;
        return false;
      }
      if (value.type === AST_NODE_TYPES.CallExpression) {
        const callee = unwrap(value.callee);
        if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
        const method = propertyName(callee);
        if (method !== undefined && HEADER_GETTERS.has(method)) return isRequestValue(callee.object, depth);
        if (method !== undefined && TRANSPARENT_METHODS.has(method)) return isRequestValue(callee.object, depth);
        return false;
      }
      if (value.type === AST_NODE_TYPES.AwaitExpression) return isRequestValue(value.argument, depth);
      return false;
    }

    /** Judges an operand of a comparison as a secret. */
    function classifyOperand(node: TSESTree.Node, depth: number): SecretOperand | undefined {
      const value = unwrap(node);
      switch (value.type) {
        case AST_NODE_TYPES.Identifier: {
          if (value.name === 'undefined') return undefined;
          const judged = classifyName(value.name, false);
          const init = depth < 2 ? initializerOf(value) : undefined;
          if (init) {
            const initValue = unwrap(init);
            // `const digest = createHash('sha1').update(key).digest('base64')`: public, whatever its name.
            if (isPlainHashDigest(initValue)) return undefined;
            // `const TOKEN = 'token'`: an enum-like constant, not a secret.
            if (initValue.type === AST_NODE_TYPES.Literal) {
              if (typeof initValue.value !== 'string' || isEnumLikeString(initValue.value)) return undefined;
            }
            if (!judged || judged.strength === 'weak') {
              const fromInit = classifyOperand(init, depth + 1);
              if (fromInit?.strength === 'strong') {
                return { strength: 'strong', label: `${quote(value.name)} (${fromInit.label})`, fromRequest: false };
              }
            }
          }
          if (!judged) return undefined;
          return {
            strength: judged.strength,
            label: `${quote(value.name)} (${judged.kind})`,
            fromRequest: isRequestValue(value, depth),
          };
        }
        case AST_NODE_TYPES.MemberExpression: {
          const envName = envReadName(value);
          if (envName !== undefined) {
            const judged = classifyName(envName, true);
            if (!judged) return undefined;
            return { strength: 'strong', label: `${quote(sourceCode.getText(value))} (${judged.kind})`, fromRequest: false };
          }
          const name = propertyName(value);
          if (name === undefined) return undefined;
          const object = unwrap(value.object);
          // `TokenKind.Password`, `Mode.SECRET`: enum members.
          if (isEnumMember(value)) return undefined;
          const isHeader = object.type === AST_NODE_TYPES.MemberExpression && propertyName(object) === 'headers';
          if (isHeader && CREDENTIAL_HEADERS.has(name.toLowerCase())) {
            return { strength: 'strong', label: `the ${quote(name)} header`, fromRequest: true };
          }
          const judged = classifyName(name, false);
          if (!judged) return undefined;
          // `FieldType.SIGNATURE`: an upper-case member of a capitalised object is an enum member when the
          // name is only weakly secret (`Config.API_KEY` stays a secret).
          if (judged.strength === 'weak' && object.type === AST_NODE_TYPES.Identifier && startsUpper(object.name)) {
            if (name.toUpperCase() === name) return undefined;
          }
          return {
            strength: judged.strength,
            label: `${quote(sourceCode.getText(value))} (${judged.kind})`,
            fromRequest: isRequestValue(value, depth),
          };
        }
        case AST_NODE_TYPES.CallExpression: {
          if (isHmacDigest(value, depth)) return { strength: 'strong', label: 'an HMAC digest', fromRequest: false };
          const callee = unwrap(value.callee);
          if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
          const method = propertyName(callee);
          if (method === undefined) return undefined;
          // `req.get('authorization')`, `request.headers.get('x-hub-signature-256')`
          const firstArg = value.arguments[0];
          if (HEADER_GETTERS.has(method) && firstArg?.type === AST_NODE_TYPES.Literal && typeof firstArg.value === 'string') {
            const header = firstArg.value;
            if (!isRequestValue(callee.object, depth)) return undefined;
            if (CREDENTIAL_HEADERS.has(header.toLowerCase())) {
              return { strength: 'strong', label: `the ${quote(header)} header`, fromRequest: true };
            }
            const judged = classifyName(header, false);
            if (!judged) return undefined;
            return { strength: judged.strength, label: `the ${quote(header)} header (${judged.kind})`, fromRequest: true };
          }
          if (TRANSPARENT_METHODS.has(method)) {
            if (isHmacDigest(callee.object, depth)) return { strength: 'strong', label: 'an HMAC digest', fromRequest: false };
            return classifyOperand(callee.object, depth);
          }
          return undefined;
        }
        case AST_NODE_TYPES.TemplateLiteral: {
          for (const expression of value.expressions) {
            const inner = classifyOperand(expression, depth);
            if (inner) return inner;
          }
          return undefined;
        }
        case AST_NODE_TYPES.BinaryExpression: {
          if (value.operator !== '+') return undefined;
          return classifyOperand(value.left, depth) ?? classifyOperand(value.right, depth);
        }
        case AST_NODE_TYPES.AwaitExpression:
          return classifyOperand(value.argument, depth);
        default:
          return undefined;
      }
    }

    /**
     * A value the secret is compared with that makes the comparison a presence, kind or length check:
     * literals, `undefined`, `typeof x`, `!x`, lengths, numbers, objects, constants and enum members.
     */
    function isConstantLike(node: TSESTree.Node): boolean {
      if (isTriviallyConstant(node)) return true;
      const value = unwrap(node);
      switch (value.type) {
        case AST_NODE_TYPES.LogicalExpression:
          return isConstantLike(value.left) && isConstantLike(value.right);
        case AST_NODE_TYPES.Identifier: {
          const init = initializerOf(value);
          if (!init) return false;
          const initValue = unwrap(init);
          return (
            initValue.type === AST_NODE_TYPES.Literal ||
            (initValue.type === AST_NODE_TYPES.TemplateLiteral && initValue.expressions.length === 0)
          );
        }
        case AST_NODE_TYPES.MemberExpression: {
          const name = propertyName(value);
          if (name !== undefined && (NUMERIC_PROPERTIES.has(name) || DISCRIMINANT_PROPERTIES.has(name))) return true;
          if (isEnumMember(value)) return true;
          // `Status.ACTIVE`, `FieldType.FREE_SIGNATURE`: upper-case members of capitalised objects, unless the
          // member itself names a secret (`Config.API_KEY`).
          const object = unwrap(value.object);
          return (
            name !== undefined &&
            object.type === AST_NODE_TYPES.Identifier &&
            startsUpper(object.name) &&
            name.toUpperCase() === name &&
            classifyOperand(value, 0) === undefined
          );
        }
        case AST_NODE_TYPES.CallExpression: {
          const callee = unwrap(value.callee);
          if (callee.type === AST_NODE_TYPES.Identifier) {
            return ['Number', 'Boolean', 'parseInt', 'parseFloat', 'Symbol'].includes(callee.name);
          }
          return false;
        }
        default:
          return false;
      }
    }

    /** The name an operand goes by: an identifier's, or a member's property (`req.body.password` → password). */
    function operandName(node: TSESTree.Node): string | undefined {
      const value = unwrap(node);
      if (value.type === AST_NODE_TYPES.Identifier) return value.name;
      return value.type === AST_NODE_TYPES.MemberExpression ? propertyName(value) : undefined;
    }

    /**
     * `confirmPassword`, `passwordConfirmation`, `req.body.password_again`, `values.newPassword`: a field of
     * a password form; comparing it compares two inputs of the same user.
     */
    function isConfirmationField(node: TSESTree.Node): boolean {
      const name = operandName(node);
      if (name === undefined) return false;
      const words = splitWords(name);
      if (words.some((w) => CONFIRMATION_WORDS.has(w)) || /\d$/u.test(name)) return true;
      // `data.newPassword`: a password the user is choosing, compared with another form field
      const judged = classifySensitiveName(name);
      return judged?.kind === 'password' && words.some((w) => NEW_PASSWORD_WORDS.has(w));
    }

    function hasVerificationWord(node: TSESTree.Node): boolean {
      const name = operandName(node);
      return name !== undefined && splitWords(name).some((w) => VERIFICATION_WORDS.has(w));
    }

    /** Picks the secret side of a comparison and decides whether to report. */
    function judgeComparison(left: TSESTree.Node, right: TSESTree.Node): SecretOperand | undefined {
      if (isTriviallyConstant(left) || isTriviallyConstant(right)) return undefined;
      if (isConstantLike(left) || isConstantLike(right)) return undefined;
      const leftSecret = classifyOperand(left, 0);
      const rightSecret = classifyOperand(right, 0);
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
      if (isRequestValue(other, 0)) return best;
      if (isHmacDigest(other, 0)) return best;
      // `signature !== expectedSignature`: two signatures, one computed to verify the other.
      if (otherSecret && (hasVerificationWord(left) || hasVerificationWord(right))) return best;
      if (fileUsesCrypto()) return best;
      return undefined;
    }

    // ---- the suggestion -------------------------------------------------------------------------------

    /** Free of side effects, so evaluating it more than once is safe. */
    function isSideEffectFree(node: TSESTree.Node): boolean {
      const value = unwrap(node);
      switch (value.type) {
        case AST_NODE_TYPES.Identifier:
        case AST_NODE_TYPES.ThisExpression:
        case AST_NODE_TYPES.Literal:
          return true;
        case AST_NODE_TYPES.MetaProperty:
          return true;
        case AST_NODE_TYPES.MemberExpression:
          return (
            isSideEffectFree(value.object) &&
            (!value.computed ||
              value.property.type === AST_NODE_TYPES.Literal ||
              value.property.type === AST_NODE_TYPES.Identifier)
          );
        case AST_NODE_TYPES.TemplateLiteral:
          return value.expressions.every(isSideEffectFree);
        case AST_NODE_TYPES.BinaryExpression:
          return value.operator === '+' && isSideEffectFree(value.left) && isSideEffectFree(value.right);
        default:
          return false;
      }
    }

    /** True when the expression is a string by construction, so it needs no `typeof` guard. */
    function isStringByConstruction(node: TSESTree.Node): boolean {
      const value = unwrap(node);
      if (value.type === AST_NODE_TYPES.TemplateLiteral) return true;
      if (value.type === AST_NODE_TYPES.Literal) return typeof value.value === 'string';
      if (value.type === AST_NODE_TYPES.BinaryExpression && value.operator === '+') {
        return isStringByConstruction(value.left) || isStringByConstruction(value.right);
      }
      return false;
    }

    /** Source text of an operand, parenthesized when it is not a plain reference. */
    function operandText(node: TSESTree.Node): string {
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

    /** A binding for node:crypto's timingSafeEqual already in the file: an import or a `require`. */
    function findExistingTimingSafeEqual(): string | undefined {
      for (const statement of sourceCode.ast.body) {
        if (statement.type === AST_NODE_TYPES.ImportDeclaration) {
          if (!CRYPTO_MODULES.has(String(statement.source.value)) || statement.importKind === 'type') continue;
          for (const specifier of statement.specifiers) {
            if (specifier.type === AST_NODE_TYPES.ImportSpecifier) {
              const imported =
                specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value;
              if (imported === 'timingSafeEqual' && specifier.importKind !== 'type') return specifier.local.name;
            } else {
              return `${specifier.local.name}.timingSafeEqual`;
            }
          }
        } else if (statement.type === AST_NODE_TYPES.VariableDeclaration) {
          for (const declarator of statement.declarations) {
            const init = declarator.init ? unwrap(declarator.init) : undefined;
            if (
              init?.type !== AST_NODE_TYPES.CallExpression ||
              init.callee.type !== AST_NODE_TYPES.Identifier ||
              init.callee.name !== 'require'
            ) {
              continue;
            }
            const arg = init.arguments[0];
            if (arg?.type !== AST_NODE_TYPES.Literal || !CRYPTO_MODULES.has(String(arg.value))) continue;
            if (declarator.id.type === AST_NODE_TYPES.Identifier) return `${declarator.id.name}.timingSafeEqual`;
            if (declarator.id.type === AST_NODE_TYPES.ObjectPattern) {
              for (const property of declarator.id.properties) {
                if (
                  property.type === AST_NODE_TYPES.Property &&
                  !property.computed &&
                  property.key.type === AST_NODE_TYPES.Identifier &&
                  property.key.name === 'timingSafeEqual' &&
                  property.value.type === AST_NODE_TYPES.Identifier
                ) {
                  return property.value.name;
                }
              }
            }
          }
        }
      }
      return undefined;
    }

    /** Is `name` bound or referenced as a global anywhere the fix would see it? */
    function isNameTaken(name: string, at: TSESTree.Node): boolean {
      let scope: ReturnType<typeof sourceCode.getScope> | null = sourceCode.getScope(at);
      while (scope) {
        if (scope.set.has(name)) return true;
        scope = scope.upper;
      }
      const global = sourceCode.scopeManager?.globalScope;
      return global?.through.some((reference) => reference.identifier.name === name) ?? false;
    }

    function isCommonJs(): boolean {
      const filename = context.filename;
      if (filename.endsWith('.cjs') || filename.endsWith('.cts')) return true;
      if (filename.endsWith('.mjs') || filename.endsWith('.mts')) return false;
      let sawRequire = false;
      for (const statement of sourceCode.ast.body) {
        if (
          statement.type === AST_NODE_TYPES.ImportDeclaration ||
          statement.type === AST_NODE_TYPES.ExportNamedDeclaration ||
          statement.type === AST_NODE_TYPES.ExportDefaultDeclaration ||
          statement.type === AST_NODE_TYPES.ExportAllDeclaration
        ) {
          return false;
        }
        if (statement.type === AST_NODE_TYPES.VariableDeclaration && isRequireDeclaration(statement)) sawRequire = true;
      }
      return sawRequire || sourceCode.ast.sourceType !== 'module';
    }

    function isRequireDeclaration(statement: TSESTree.VariableDeclaration): boolean {
      return statement.declarations.some((d) => {
        const init = d.init ? unwrap(d.init) : undefined;
        return (
          init?.type === AST_NODE_TYPES.CallExpression &&
          init.callee.type === AST_NODE_TYPES.Identifier &&
          init.callee.name === 'require'
        );
      });
    }

    /** Adds `import { timingSafeEqual } from 'node:crypto'` (or a `require`) after the last import. */
    function addImport(fixer: TSESLint.RuleFixer, localName: string): TSESLint.RuleFix {
      const body = sourceCode.ast.body;
      const specifier = localName === 'timingSafeEqual' ? 'timingSafeEqual' : `timingSafeEqual as ${localName}`;
      const commonJs = isCommonJs();
      const line = commonJs
        ? `const { ${localName === 'timingSafeEqual' ? 'timingSafeEqual' : `timingSafeEqual: ${localName}`} } = require('node:crypto');`
        : `import { ${specifier} } from 'node:crypto';`;
      let anchor: TSESTree.Node | undefined;
      for (const statement of body) {
        const isDirective = statement.type === AST_NODE_TYPES.ExpressionStatement && statement.directive !== undefined;
        const isImport = commonJs
          ? statement.type === AST_NODE_TYPES.VariableDeclaration && isRequireDeclaration(statement)
          : statement.type === AST_NODE_TYPES.ImportDeclaration;
        if (isDirective || isImport) {
          anchor = statement;
          continue;
        }
        if (!commonJs) continue; // imports may follow other statements only in odd files; keep scanning
        break;
      }
      if (anchor) return fixer.insertTextAfter(anchor, `\n${line}`);
      const first = body[0];
      if (first) return fixer.insertTextBefore(first, `${line}\n`);
      return fixer.insertTextAfterRange([0, 0], `${line}\n`);
    }

    function buildSuggestion(
      node: TSESTree.BinaryExpression,
    ): TSESLint.ReportSuggestionArray<MessageIds> | undefined {
      const { left, right } = node;
      if (!isSideEffectFree(left) || !isSideEffectFree(right)) return undefined;
      const existing = findExistingTimingSafeEqual();
      let callee = existing;
      let importName: string | undefined;
      if (callee === undefined) {
        importName = isNameTaken('timingSafeEqual', node) ? 'nodeTimingSafeEqual' : 'timingSafeEqual';
        if (importName !== 'timingSafeEqual' && isNameTaken(importName, node)) return undefined;
        callee = importName;
      }
      const a = operandText(left);
      const b = operandText(right);
      const guards: string[] = [];
      if (!isStringByConstruction(left)) guards.push(`typeof ${a} === 'string'`);
      if (!isStringByConstruction(right)) guards.push(`typeof ${b} === 'string'`);
      guards.push(`Buffer.byteLength(${a}) === Buffer.byteLength(${b})`);
      guards.push(`${callee}(Buffer.from(${a}), Buffer.from(${b}))`);
      const equal = `(${guards.join(' && ')})`;
      const negated = node.operator === '!==' || node.operator === '!=';
      const replacement = negated ? `!${equal}` : equal;
      return [
        {
          messageId: 'useTimingSafeEqual',
          fix(fixer) {
            const fixes = [fixer.replaceText(node, replacement)];
            if (importName !== undefined) fixes.push(addImport(fixer, importName));
            return fixes;
          },
        },
      ];
    }

    const listeners: TSESLint.RuleListener = {
      BinaryExpression(node) {
        if (!EQUALITY_OPERATORS.has(node.operator)) return;
        if (node.left.type === AST_NODE_TYPES.PrivateIdentifier) return;
        comparisonNode = node;
        const secret = judgeComparison(node.left, node.right);
        comparisonNode = undefined;
        comparisonScope = undefined;
        if (!secret) return;
        context.report({
          node,
          messageId: 'unsafeComparison',
          data: { source: secret.label, operator: node.operator },
          suggest: buildSuggestion(node) ?? null,
        });
      },
      CallExpression(node) {
        if (node.arguments.length !== 1) return;
        const callee = unwrap(node.callee);
        if (callee.type !== AST_NODE_TYPES.MemberExpression) return;
        const method = propertyName(callee);
        if (method === undefined || !PREFIX_METHODS.has(method)) return;
        const argument = node.arguments[0];
        if (!argument || argument.type === AST_NODE_TYPES.SpreadElement) return;
        comparisonNode = node;
        const secret = judgeComparison(callee.object, argument);
        comparisonNode = undefined;
        comparisonScope = undefined;
        if (!secret) return;
        context.report({ node, messageId: 'unsafePrefixComparison', data: { source: secret.label, method } });
      },
    };
    if (!checkPrefixMethods) delete listeners.CallExpression;
    return listeners;
  },
});
