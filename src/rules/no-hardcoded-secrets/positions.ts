/**
 * Positions where a string is not a value that can hold a credential (module specifiers, keys, types,
 * regular expression sources, secret names passed to a secrets client) and the one public-by-design
 * context recognised structurally: a Firebase web config.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '../../util/ast/index.js';
import { keyName } from './name-context.js';

/** Calls whose string arguments are module specifiers or patterns, never credentials. */
const NON_VALUE_CALLEES = new Set(['require', 'RegExp', 'resolve']);

/** Sibling keys that mark a Firebase web config object (whose `apiKey` is public by design). */
const FIREBASE_KEYS = new Set(['authDomain', 'projectId', 'messagingSenderId', 'storageBucket', 'databaseURL']);

/** The parent types {@link isNonValuePosition} looks at: under any other parent a string is a value. */
const NON_VALUE_PARENTS: ReadonlySet<string> = new Set<string>([
  AST_NODE_TYPES.ImportDeclaration,
  AST_NODE_TYPES.ExportAllDeclaration,
  AST_NODE_TYPES.ExportNamedDeclaration,
  AST_NODE_TYPES.ImportExpression,
  AST_NODE_TYPES.ImportAttribute,
  AST_NODE_TYPES.ImportSpecifier,
  AST_NODE_TYPES.ExportSpecifier,
  AST_NODE_TYPES.TSLiteralType,
  AST_NODE_TYPES.TSImportType,
  AST_NODE_TYPES.TSExternalModuleReference,
  AST_NODE_TYPES.TSModuleDeclaration,
  AST_NODE_TYPES.TSEnumMember,
  AST_NODE_TYPES.ExpressionStatement,
  AST_NODE_TYPES.Property,
  AST_NODE_TYPES.PropertyDefinition,
  AST_NODE_TYPES.AccessorProperty,
  AST_NODE_TYPES.MethodDefinition,
  AST_NODE_TYPES.TSPropertySignature,
  AST_NODE_TYPES.TSAbstractPropertyDefinition,
  AST_NODE_TYPES.TSAbstractMethodDefinition,
  AST_NODE_TYPES.CallExpression,
  AST_NODE_TYPES.NewExpression,
]);

/** True when a string node sits where it is a name, a type, a specifier or a pattern, not a value. */
export function isNonValuePosition(node: TSESTree.Node, secretsClientName: string | undefined): boolean {
  const parent = node.parent;
  if (parent === undefined) return true;
  // One lookup instead of the switch's string comparisons for the many strings under other parents.
  if (!NON_VALUE_PARENTS.has(parent.type)) return false;
  switch (parent.type) {
    case AST_NODE_TYPES.ImportDeclaration:
    case AST_NODE_TYPES.ExportAllDeclaration:
    case AST_NODE_TYPES.ExportNamedDeclaration:
    case AST_NODE_TYPES.ImportExpression:
    case AST_NODE_TYPES.ImportAttribute:
    case AST_NODE_TYPES.ImportSpecifier:
    case AST_NODE_TYPES.ExportSpecifier:
    case AST_NODE_TYPES.TSLiteralType:
    case AST_NODE_TYPES.TSImportType:
    case AST_NODE_TYPES.TSExternalModuleReference:
    case AST_NODE_TYPES.TSModuleDeclaration:
    case AST_NODE_TYPES.TSEnumMember:
      // an enum member's initializer is a value; its string id is not
      return parent.type !== AST_NODE_TYPES.TSEnumMember || parent.id === node;
    case AST_NODE_TYPES.ExpressionStatement:
      return parent.directive !== undefined;
    case AST_NODE_TYPES.Property:
    case AST_NODE_TYPES.PropertyDefinition:
    case AST_NODE_TYPES.AccessorProperty:
    case AST_NODE_TYPES.MethodDefinition:
    case AST_NODE_TYPES.TSPropertySignature:
    case AST_NODE_TYPES.TSAbstractPropertyDefinition:
    case AST_NODE_TYPES.TSAbstractMethodDefinition:
      return parent.key === node;
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.NewExpression: {
      const callee = parent.callee;
      let name: string | undefined;
      if (callee.type === AST_NODE_TYPES.Identifier) name = callee.name;
      else if (callee.type === AST_NODE_TYPES.MemberExpression) name = keyName(callee.property, callee.computed);
      if (name === undefined) return false;
      return NON_VALUE_CALLEES.has(name) || name === secretsClientName;
    }
    default:
      return false;
  }
}

/** Keys of an Algolia search config, whose `apiKey` is a search-only key meant for browsers. */
const ALGOLIA_KEYS = new Set(['indexName', 'appId', 'applicationId', 'searchParameters', 'contextualSearch']);
const ALGOLIA_HOLDERS = new Set(['algolia', 'docsearch', 'docSearch', 'algoliaConfig', 'searchClient']);

/** Client-side configs whose keys are public by design. */
export type PublicClientConfig = 'firebase' | 'algolia';

/**
 * Which public-by-design client config the string is a property value of, if any:
 * - a Firebase web config (an object passed to `initializeApp(…)` or with `authDomain`/`projectId`/
 *   `messagingSenderId` siblings), whose `apiKey` is a Google API key restricted by referrer;
 * - an Algolia search config (`indexName` + `appId` siblings, or held by an `algolia`/`docsearch` key,
 *   as in Docusaurus), whose `apiKey` is a search-only key.
 */
export function publicClientConfig(node: TSESTree.Node): PublicClientConfig | undefined {
  const property = node.parent;
  if (property?.type !== AST_NODE_TYPES.Property || property.value !== node) return undefined;
  const object = property.parent;
  if (object.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
  const holder = object.parent;
  if (holder.type === AST_NODE_TYPES.CallExpression) {
    const callee = holder.callee;
    const name =
      callee.type === AST_NODE_TYPES.Identifier
        ? callee.name
        : callee.type === AST_NODE_TYPES.MemberExpression
          ? keyName(callee.property, callee.computed)
          : undefined;
    if (name === 'initializeApp') return 'firebase';
  }
  if (holder.type === AST_NODE_TYPES.Property && holder.value === object) {
    const holderKey = keyName(holder.key, holder.computed);
    if (holderKey !== undefined && ALGOLIA_HOLDERS.has(holderKey)) return 'algolia';
  }
  let algoliaKeys = 0;
  for (const sibling of object.properties) {
    if (sibling.type !== AST_NODE_TYPES.Property) continue;
    const key = keyName(sibling.key, sibling.computed);
    if (key === undefined) continue;
    if (FIREBASE_KEYS.has(key)) return 'firebase';
    if (ALGOLIA_KEYS.has(key)) algoliaKeys++;
  }
  return algoliaKeys >= 2 ? 'algolia' : undefined;
}
