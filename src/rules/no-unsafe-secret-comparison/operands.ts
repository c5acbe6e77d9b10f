/** The operands of a comparison: is one a secret, a request value, an HMAC digest, an enum member? */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, declaredInitializer, importedName, propertyKeyName, resolveVariable, unwrapExpression } from '../../util/ast/index.js';
import { COOKIE_FUNCTIONS, HEADER_FUNCTIONS } from '../../core/taint/models/sources/request.js';
import { splitWords } from '../../core/names.js';
import type { ComparisonContext, SecretOperand } from './context.js';
import { readEnv } from '../../core/env/index.js';
import { classifyName, isEnumLikeString, isPascalCase, propertyName, quote, startsUpper } from './names.js';
import {
  CREDENTIAL_HEADERS,
  NON_SECRET_SIGNATURE_MODIFIERS,
  HEADER_GETTERS,
  REQUEST_PROPERTIES,
  REQUEST_ROOTS,
  REQUEST_SOURCE_WORDS,
  REQUEST_WORDS,
  TRANSPARENT_FUNCTIONS,
  TRANSPARENT_METHODS,
} from './words.js';

/** The variable's single initializer, when it is a `const`/`let`/`var` declared once. */
export function initializerOf(ctx: ComparisonContext, node: TSESTree.Identifier): TSESTree.Expression | undefined {
  return declaredInitializer(ctx.scopeOf(node), node.name);
}

/**
 * `TokenType.Bearer`, `Kind.SECRET`: a member of a TypeScript enum or of a `const` object literal whose
 * property is a literal, or by convention a PascalCase member of a PascalCase object.
 */
export function isEnumMember(ctx: ComparisonContext, node: TSESTree.MemberExpression): boolean {
  const name = propertyName(node);
  const object = unwrapExpression(node.object);
  if (name === undefined || object.type !== AST_NODE_TYPES.Identifier || !startsUpper(object.name)) return false;
  if (isPascalCase(name) && startsUpper(name)) return true;
  let scope: TSESLint.Scope.Scope | null = ctx.scopeOf(node);
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
          propertyKeyName(p) === name &&
          p.value.type === AST_NODE_TYPES.Literal,
      );
    }
    scope = scope.upper;
  }
  return false;
}

/** Is this an HMAC digest: `createHmac(…).update(x).digest('hex')`, or `hmac.digest()` of such a binding? */
export function isHmacDigest(ctx: ComparisonContext, node: TSESTree.Node, depth: number): boolean {
  const call = unwrapExpression(node);
  if (call.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = unwrapExpression(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || propertyName(callee) !== 'digest') return false;
  return chainCalls(ctx, callee.object, 'createHmac', depth);
}

/** A keyless hash, `createHash('sha1').update(x).digest()`: anyone can compute it, it is not a secret. */
function isPlainHashDigest(ctx: ComparisonContext, node: TSESTree.Node): boolean {
  const call = unwrapExpression(node);
  if (call.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = unwrapExpression(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || propertyName(callee) !== 'digest') return false;
  return chainCalls(ctx, callee.object, 'createHash', 0);
}

/** Does the call chain `x.a().b()` (or the binding it starts from) call `factory`? */
function chainCalls(ctx: ComparisonContext, node: TSESTree.Node, factory: string, depth: number): boolean {
  let current = unwrapExpression(node);
  for (let steps = 0; steps < 20; steps++) {
    if (current.type === AST_NODE_TYPES.CallExpression) {
      const callee = unwrapExpression(current.callee);
      const name =
        callee.type === AST_NODE_TYPES.Identifier
          ? callee.name
          : callee.type === AST_NODE_TYPES.MemberExpression
            ? propertyName(callee)
            : undefined;
      if (name === factory) return true;
      if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
      current = unwrapExpression(callee.object);
    } else if (current.type === AST_NODE_TYPES.Identifier && depth < 2) {
      const init = initializerOf(ctx, current);
      return init !== undefined && chainCalls(ctx, init, factory, depth + 1);
    } else {
      return false;
    }
  }
  return false;
}

/** Does the value come from the request: headers, body, query, cookies? */
export function isRequestValue(ctx: ComparisonContext, node: TSESTree.Node, depth: number): boolean {
  return ctx.nested(false, () => isRequestValueAt(ctx, node, depth));
}

function isRequestValueAt(ctx: ComparisonContext, node: TSESTree.Node, depth: number): boolean {
  const value = unwrapExpression(node);
  if (value.type === AST_NODE_TYPES.Identifier) {
    if (REQUEST_ROOTS.has(value.name)) return true;
    if (splitWords(value.name).some((w) => REQUEST_WORDS.has(w))) return true;
    if (depth >= 2) return false;
    const init = initializerOf(ctx, value) ?? destructuredFrom(ctx, value);
    return init !== undefined && isRequestValue(ctx, init, depth + 1);
  }
  if (value.type === AST_NODE_TYPES.MemberExpression) {
    let current: TSESTree.Node = value;
    while (current.type === AST_NODE_TYPES.MemberExpression) {
      const name = propertyName(current);
      if (name !== undefined && REQUEST_PROPERTIES.has(name) && current !== value) return true;
      current = unwrapExpression(current.object);
    }
    // `(await cookies()).get('session')?.value`
    if (current.type === AST_NODE_TYPES.CallExpression || current.type === AST_NODE_TYPES.AwaitExpression) return isRequestValue(ctx, current, depth);
    if (current.type !== AST_NODE_TYPES.Identifier) return false;
    if (REQUEST_ROOTS.has(current.name)) return true;
    // `const session = await readSessionFromRequest(request); session.token`
    if (depth >= 2) return false;
    const init = initializerOf(ctx, current);
    return init !== undefined && isRequestValue(ctx, init, depth + 1);
  }
  if (value.type === AST_NODE_TYPES.CallExpression) {
    const callee = unwrapExpression(value.callee);
    // `readSessionFromRequest(request)`, `getTokenFromCookies(req)`: what the requester sent, read by a helper
    const calleeName =
      callee.type === AST_NODE_TYPES.Identifier ? callee.name : callee.type === AST_NODE_TYPES.MemberExpression ? propertyName(callee) : undefined;
    if (calleeName !== undefined && readsFromRequest(calleeName)) return true;
    // Next.js `cookies()`, `headers()`: the current request's
    if (callee.type === AST_NODE_TYPES.Identifier && isRequestFunction(ctx, callee)) return true;
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
    const method = propertyName(callee);
    if (method !== undefined && HEADER_GETTERS.has(method)) return isRequestValue(ctx, callee.object, depth);
    if (method !== undefined && TRANSPARENT_METHODS.has(method)) return isRequestValue(ctx, callee.object, depth);
    return false;
  }
  if (value.type === AST_NODE_TYPES.AwaitExpression) return isRequestValue(ctx, value.argument, depth);
  return false;
}

/** `const { token } = params`: the object a name was destructured from (one level, a plain property). */
function destructuredFrom(ctx: ComparisonContext, node: TSESTree.Identifier): TSESTree.Expression | undefined {
  const variable = resolveVariable(ctx.scopeOf(node), node.name);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (def?.type !== 'Variable' || def.node.id.type !== AST_NODE_TYPES.ObjectPattern) return undefined;
  const init = def.node.init;
  if (!init) return undefined;
  const direct = def.node.id.properties.some(
    (p) => p.type === AST_NODE_TYPES.Property && p.value.type === AST_NODE_TYPES.Identifier && p.value.name === node.name,
  );
  return direct ? init : undefined;
}

/** Request functions by import, shared with the taint engine's request sources: Next.js `headers()`, `cookies()`. */
const REQUEST_FUNCTION_TAGS: ReadonlySet<string> = new Set([...HEADER_FUNCTIONS, ...COOKIE_FUNCTIONS]);

function isRequestFunction(ctx: ComparisonContext, callee: TSESTree.Identifier): boolean {
  const def = resolveVariable(ctx.scopeOf(callee), callee.name)?.defs[0];
  if (def?.type !== 'ImportBinding' || def.node.type !== AST_NODE_TYPES.ImportSpecifier) return false;
  const declaration = def.parent as TSESTree.ImportDeclaration;
  return REQUEST_FUNCTION_TAGS.has(`module:${declaration.source.value}#${importedName(def.node)}`);
}

/** Object types of the standard library: a binding of one of them is never a string. */
const OBJECT_TYPES: ReadonlySet<string> = new Set(['Map', 'Set', 'WeakMap', 'WeakSet', 'Date', 'RegExp', 'Promise', 'Record', 'Array', 'ReadonlyArray', 'Buffer', 'Uint8Array', 'Error']);

/**
 * Is the binding annotated with a type that is never a string: a number, a boolean, an object or array type,
 * a standard object type, or an interface, class or enum declared in the file? (A type alias may be a
 * branded string: it is not followed.)
 */
function isDeclaredNonString(ctx: ComparisonContext, node: TSESTree.Identifier): boolean {
  const variable = resolveVariable(ctx.scopeOf(node), node.name);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!def) return false;
  let annotation: TSESTree.TypeNode | undefined;
  if (def.type === 'Parameter' && def.name.type === AST_NODE_TYPES.Identifier) annotation = def.name.typeAnnotation?.typeAnnotation;
  else if (def.type === 'Variable' && def.node.id.type === AST_NODE_TYPES.Identifier) annotation = def.node.id.typeAnnotation?.typeAnnotation;
  return annotation !== undefined && isNonStringType(ctx, annotation, 0);
}

function isNonStringType(ctx: ComparisonContext, type: TSESTree.TypeNode, depth: number): boolean {
  switch (type.type) {
    case AST_NODE_TYPES.TSNumberKeyword:
    case AST_NODE_TYPES.TSBooleanKeyword:
    case AST_NODE_TYPES.TSBigIntKeyword:
    case AST_NODE_TYPES.TSTypeLiteral:
    case AST_NODE_TYPES.TSArrayType:
    case AST_NODE_TYPES.TSTupleType:
    case AST_NODE_TYPES.TSFunctionType:
    case AST_NODE_TYPES.TSObjectKeyword:
      return true;
    case AST_NODE_TYPES.TSUnionType:
      // `SecretOrigin | undefined`: every member that can hold a value is a non-string
      return depth < 3 && type.types.every((t) => isNullish(t) || isNonStringType(ctx, t, depth + 1)) && !type.types.every(isNullish);
    case AST_NODE_TYPES.TSTypeReference: {
      if (type.typeName.type !== AST_NODE_TYPES.Identifier) return false;
      const name = type.typeName.name;
      if (OBJECT_TYPES.has(name)) return true;
      const def = resolveVariable(ctx.scopeOf(type), name)?.defs[0];
      const declared = def?.node.type;
      return (
        declared === AST_NODE_TYPES.TSInterfaceDeclaration ||
        declared === AST_NODE_TYPES.ClassDeclaration ||
        declared === AST_NODE_TYPES.TSEnumDeclaration
      );
    }
    default:
      return false;
  }
}

function isNullish(type: TSESTree.TypeNode): boolean {
  return type.type === AST_NODE_TYPES.TSUndefinedKeyword || type.type === AST_NODE_TYPES.TSNullKeyword;
}

/** `readSessionFromRequest`, `getTokenFromCookies`, `tokenFromHeader`: a helper that reads what the requester sent. */
function readsFromRequest(name: string): boolean {
  const words = splitWords(name);
  const from = words.lastIndexOf('from');
  return from >= 0 && from < words.length - 1 && words.slice(from + 1).some((w) => REQUEST_SOURCE_WORDS.has(w));
}

/** Judges an operand of a comparison as a secret. */
export function classifyOperand(ctx: ComparisonContext, node: TSESTree.Node, depth: number): SecretOperand | undefined {
  return ctx.nested(undefined, () => classifyOperandAt(ctx, node, depth));
}

function classifyOperandAt(ctx: ComparisonContext, node: TSESTree.Node, depth: number): SecretOperand | undefined {
  const value = unwrapExpression(node);
  switch (value.type) {
    case AST_NODE_TYPES.Identifier: {
      if (value.name === 'undefined') return undefined;
      // `secret: SecretOrigin`, `token: Token[]`: `===` on objects compares identity, not content.
      if (isDeclaredNonString(ctx, value)) return undefined;
      const judged = classifyName(ctx, value.name, false);
      const init = depth < 2 ? initializerOf(ctx, value) : undefined;
      if (init) {
        const initValue = unwrapExpression(init);
        // `const digest = createHash('sha1').update(key).digest('base64')`: public, whatever its name.
        if (isPlainHashDigest(ctx, initValue)) return undefined;
        // `const TOKEN = 'token'`: an enum-like constant, not a secret.
        if (initValue.type === AST_NODE_TYPES.Literal) {
          if (typeof initValue.value !== 'string' || isEnumLikeString(initValue.value)) return undefined;
        }
        if (!judged || judged.strength === 'weak') {
          const fromInit = classifyOperand(ctx, init, depth + 1);
          if (fromInit?.strength === 'strong') {
            return { strength: 'strong', label: `${quote(value.name)} (${fromInit.label})`, fromRequest: false, byName: fromInit.byName };
          }
        }
      }
      if (!judged) return undefined;
      return {
        strength: judged.strength,
        label: `${quote(value.name)} (${judged.kind})`,
        fromRequest: isRequestValue(ctx, value, depth),
        byName: true,
      };
    }
    case AST_NODE_TYPES.MemberExpression: {
      const envName = readEnv(value)?.name;
      if (envName !== undefined) {
        const judged = classifyName(ctx, envName, true);
        if (!judged) return undefined;
        return { strength: 'strong', label: `${quote(ctx.sourceCode.getText(value))} (${judged.kind})`, fromRequest: false };
      }
      const name = propertyName(value);
      if (name === undefined) return undefined;
      const object = unwrapExpression(value.object);
      // `TokenKind.Password`, `Mode.SECRET`: enum members.
      if (isEnumMember(ctx, value)) return undefined;
      const isHeader = object.type === AST_NODE_TYPES.MemberExpression && propertyName(object) === 'headers';
      if (isHeader && CREDENTIAL_HEADERS.has(name.toLowerCase())) {
        return { strength: 'strong', label: `the ${quote(name)} header`, fromRequest: true };
      }
      const judged = classifyName(ctx, name, false);
      if (!judged) return undefined;
      // `FieldType.SIGNATURE`: an upper-case member of a capitalised object is an enum member when the
      // name is only weakly secret (`Config.API_KEY` stays a secret).
      if (judged.strength === 'weak' && object.type === AST_NODE_TYPES.Identifier && startsUpper(object.name)) {
        if (name.toUpperCase() === name) return undefined;
      }
      // `config.digest`, `file.signature`: the object says what was hashed, as a modifier does in `configDigest`.
      if (judged.strength === 'weak' && isNonSecretSignatureHolder(object)) return undefined;
      return {
        strength: judged.strength,
        label: `${quote(ctx.sourceCode.getText(value))} (${judged.kind})`,
        fromRequest: isRequestValue(ctx, value, depth),
        byName: true,
      };
    }
    case AST_NODE_TYPES.CallExpression: {
      if (isHmacDigest(ctx, value, depth)) return { strength: 'strong', label: 'an HMAC digest', fromRequest: false };
      // `await getSecret('API_KEY')`: the configured secrets client or a user's source
      const configured = ctx.sourceCallLabel(value);
      if (configured !== undefined) return { strength: 'strong', label: configured, fromRequest: false };
      const callee = unwrapExpression(value.callee);
      // `String(config.adminKey)`: the same content
      const only = value.arguments.length === 1 ? value.arguments[0] : undefined;
      if (callee.type === AST_NODE_TYPES.Identifier && TRANSPARENT_FUNCTIONS.has(callee.name) && only && only.type !== AST_NODE_TYPES.SpreadElement) {
        return classifyOperand(ctx, only, depth);
      }
      if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
      const method = propertyName(callee);
      if (method === undefined) return undefined;
      // `req.get('authorization')`, `request.headers.get('x-hub-signature-256')`
      const firstArg = value.arguments[0];
      if (HEADER_GETTERS.has(method) && firstArg?.type === AST_NODE_TYPES.Literal && typeof firstArg.value === 'string') {
        const header = firstArg.value;
        if (!isRequestValue(ctx, callee.object, depth)) return undefined;
        if (CREDENTIAL_HEADERS.has(header.toLowerCase())) {
          return { strength: 'strong', label: `the ${quote(header)} header`, fromRequest: true };
        }
        const judged = classifyName(ctx, header, false);
        if (!judged) return undefined;
        return { strength: judged.strength, label: `the ${quote(header)} header (${judged.kind})`, fromRequest: true };
      }
      if (TRANSPARENT_METHODS.has(method)) {
        if (isHmacDigest(ctx, callee.object, depth)) return { strength: 'strong', label: 'an HMAC digest', fromRequest: false };
        return classifyOperand(ctx, callee.object, depth);
      }
      return undefined;
    }
    case AST_NODE_TYPES.TemplateLiteral: {
      for (const expression of value.expressions) {
        const inner = classifyOperand(ctx, expression, depth);
        if (inner) return inner;
      }
      return undefined;
    }
    case AST_NODE_TYPES.BinaryExpression: {
      if (value.operator !== '+') return undefined;
      return classifyOperand(ctx, value.left, depth) ?? classifyOperand(ctx, value.right, depth);
    }
    case AST_NODE_TYPES.AwaitExpression:
      return classifyOperand(ctx, value.argument, depth);
    default:
      return undefined;
  }
}

/** Is `object` (of `object.digest`) named for something hashed for identity, not signed: `config`, `file`, `ctx.config`? */
function isNonSecretSignatureHolder(object: TSESTree.Node): boolean {
  const name = object.type === AST_NODE_TYPES.Identifier ? object.name : object.type === AST_NODE_TYPES.MemberExpression ? propertyName(object) : undefined;
  const last = name === undefined ? undefined : splitWords(name).at(-1);
  return last !== undefined && NON_SECRET_SIGNATURE_MODIFIERS.has(last);
}
