/**
 * Helpers over the ESTree/typescript-eslint AST shared by the rules and the core.
 *
 * Exported as plain constants, not re-exported: TypeScript compiles a re-export to CommonJS as a getter,
 * so every `AST_NODE_TYPES.X` and helper call in a hot visitor paid a getter call wherever V8 had not
 * inlined it (every node type test in a `switch`).
 */
import { AST_NODE_TYPES as NODE_TYPES } from './node-types.js';
import * as unwrap from './unwrap.js';
import * as keys from './keys.js';
import * as directives from './directives.js';
import * as bindings from './bindings.js';
import * as commonjs from './commonjs.js';

export const AST_NODE_TYPES: typeof NODE_TYPES = NODE_TYPES;
export type AST_NODE_TYPES = NODE_TYPES;
export const outermostWrapper = unwrap.outermostWrapper;
export const unwrapExpression = unwrap.unwrapExpression;
export const importedName = keys.importedName;
export const isStringLiteral = keys.isStringLiteral;
export const propertyKeyName = keys.propertyKeyName;
export const staticKeyName = keys.staticKeyName;
export const staticPropertyName = keys.staticPropertyName;
export const staticString = keys.staticString;
export const hasDirective = directives.hasDirective;
export const leadingDirectives = directives.leadingDirectives;
export const reactDirective = directives.reactDirective;
export const startsWithUseClient = directives.startsWithUseClient;
export const constInitializer = bindings.constInitializer;
export const declaredInitializer = bindings.declaredInitializer;
export const resolveVariable = bindings.resolveVariable;
export const isCommonJsFile = commonjs.isCommonJsFile;
export const isRequireDeclaration = commonjs.isRequireDeclaration;
export const requiredModule = commonjs.requiredModule;
