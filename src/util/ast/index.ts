/** Helpers over the ESTree/typescript-eslint AST shared by the rules and the core. */
export { AST_NODE_TYPES } from './node-types.js';
export { outermostWrapper, unwrapExpression } from './unwrap.js';
export { importedName, isStringLiteral, propertyKeyName, staticKeyName, staticPropertyName, staticString } from './keys.js';
export { hasDirective, leadingDirectives, reactDirective, startsWithUseClient } from './directives.js';
export { constInitializer, declaredInitializer, resolveVariable } from './bindings.js';
export { isCommonJsFile, isRequireDeclaration, requiredModule } from './commonjs.js';
