/**
 * Calls of configured sources, for the rules that judge an expression without the taint engine
 * (`no-unsafe-secret-comparison`'s operands, `no-secret-exposure`'s props of client components): a call of
 * the project's secrets client (`settings.secrets.secretsClient`) or of a user's source
 * (`settings.secrets.sources`) returns a secret, so `key === (await getSecret('API_KEY'))` is a timing leak
 * like `key === process.env.API_KEY`. The taint engine reads the same settings as source rows
 * (`core/taint/models/sources/secrets-client.ts`). Imported functions are recognised by the binding the file
 * has for them (`import { getSecret } from …`, `const { getSecret } = require(…)`, `secrets.getSecret` of a
 * namespace import), names by the callee's name.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, staticPropertyName, unwrapExpression } from './ast/index.js';
import { findImportBinding } from './fix/index.js';
import type { SecretsClientSetting } from './settings.js';
import type { UserSource } from '../core/taint/types.js';

/** What a call returns when it is a configured source: its label for the message, else undefined. */
export type SourceCallLabel = (call: TSESTree.CallExpression) => string | undefined;

/** The configured sources of a file, looked up once on the first call judged. */
export function configuredSourceCalls(
  sourceCode: Readonly<TSESLint.SourceCode>,
  sources: readonly UserSource[],
  client: SecretsClientSetting | undefined,
): SourceCallLabel {
  const names = new Map<string, string>();
  const exports: { module: string; name: string; label: string }[] = [];
  for (const source of sources) {
    if (source.callee !== undefined) names.set(source.callee, `the result of ${source.callee}()`);
    else if (source.module !== undefined && source.export !== undefined) {
      exports.push({ module: source.module, name: source.export, label: `the result of ${source.export}() from ${source.module}` });
    }
  }
  if (client !== undefined) exports.push({ module: client.importFrom, name: client.importName, label: `a secret read with ${client.importName}()` });
  if (names.size === 0 && exports.length === 0) return () => undefined;
  /** The callee texts through which the file reaches each export (`getSecret`, `secrets.getSecret`). */
  let bound: Map<string, string> | undefined;
  return (call) => {
    const callee = unwrapExpression(call.callee);
    const name =
      callee.type === AST_NODE_TYPES.Identifier ? callee.name : callee.type === AST_NODE_TYPES.MemberExpression ? staticPropertyName(callee) : undefined;
    if (name === undefined) return undefined;
    const byName = names.get(name);
    if (byName !== undefined) return byName;
    if (exports.length === 0) return undefined;
    if (bound === undefined) {
      bound = new Map();
      for (const { module, name: exported, label } of exports) {
        const text = findImportBinding(sourceCode.ast, { from: module, name: exported }, { namespaces: true });
        if (text !== undefined) bound.set(text, label);
      }
    }
    return bound.size === 0 ? undefined : bound.get(sourceCode.getText(callee));
  };
}
