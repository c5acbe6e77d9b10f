/** Env reads in client code and secret names with a public prefix. */
import type { TSESTree } from '@typescript-eslint/utils';
import { secretEnvName, type SecretEnvName } from '../../core/env/index.js';
import { FRAMEWORK_NAMES, type FrameworkId } from '../../core/framework/project.js';
import { frameworksWithPrefix } from '../../core/framework/registry.js';
import { AST_NODE_TYPES, propertyKeyName } from '../../util/ast/index.js';
import { isServerOnly } from './file-side.js';
import type { EnvRuleFile } from './types.js';

type Node = TSESTree.Node;

/**
 * `{ apiKey: import.meta.env.VITE_API_KEY, authDomain: …, projectId: … }`: a Firebase web config, whose
 * API key is public by design whatever the variable is called.
 */
function isFirebaseWebConfigValue(node: Node): boolean {
  let child: Node = node;
  let parent = node.parent;
  for (let depth = 0; parent !== undefined && depth < 4; depth++) {
    if (parent.type === AST_NODE_TYPES.Property && parent.value === child) break;
    if (
      parent.type !== AST_NODE_TYPES.LogicalExpression &&
      parent.type !== AST_NODE_TYPES.TSAsExpression &&
      parent.type !== AST_NODE_TYPES.TSNonNullExpression &&
      parent.type !== AST_NODE_TYPES.ChainExpression
    ) {
      return false;
    }
    child = parent;
    parent = parent.parent;
  }
  if (parent === undefined || parent.type !== AST_NODE_TYPES.Property || propertyKeyName(parent) !== 'apiKey') return false;
  const object = parent.parent;
  if (object.type !== AST_NODE_TYPES.ObjectExpression) return false;
  return object.properties.some((p) => {
    if (p.type !== AST_NODE_TYPES.Property) return false;
    const key = propertyKeyName(p);
    return key === 'authDomain' || key === 'messagingSenderId' || key === 'storageBucket';
  });
}

/** A secret name with a public prefix (`NEXT_PUBLIC_API_SECRET`), where the prefix means "inlined". */
export function checkPublicPrefix(file: EnvRuleFile, node: Node, secret: SecretEnvName, publicModuleOwner?: FrameworkId): void {
  const prefix = secret.publicPrefix;
  if (prefix === undefined) return;
  // A prefix several frameworks share (the bare `PUBLIC_` of SvelteKit, Astro and Qwik) means "inlined"
  // only in a project of one of them; elsewhere `PUBLIC_SIGNING_KEY` may well be the public half of a key pair.
  let tool = prefix.tool;
  const owners = frameworksWithPrefix(prefix.prefix);
  if (owners.length > 1) {
    const framework = publicModuleOwner ?? file.fileInfo().framework;
    if (!owners.includes(framework)) return;
    tool = FRAMEWORK_NAMES[framework];
  }
  file.emit({ type: 'publicPrefix', node, name: secret.name, kind: secret.kind, prefix: prefix.prefix, tool });
}

/** A read of env variable `name` at `node` (member expression or destructured key). */
export function checkEnvRead(file: EnvRuleFile, node: Node, name: string): void {
  const secret = secretEnvName(name, file.nameOptions);
  if (secret === undefined) return;
  if (secret.kind === 'apiKey' && isFirebaseWebConfigValue(node)) return;
  if (secret.publicPrefix !== undefined) {
    checkPublicPrefix(file, node, secret);
    return;
  }
  const info = file.fileInfo();
  const classification = info.classification;
  if (classification.side !== 'client') return;
  if (classification.serverFunctions !== undefined && isServerOnly(file.sourceCode, node, classification.serverFunctions, 0, file.serverOnlyMemo)) return;
  file.emit({ type: 'clientRead', node, name, kind: secret.kind, info });
}
