/**
 * Astro markup: secret env values that an `.astro` component outputs into the page although it runs on the
 * server (rendered text and attributes, `client:*` island props, `define:vars`). Vue templates and Svelte
 * markup need nothing here: their components are browser code, so the rule's env-read listener covers their
 * expressions (src/util/markup runs it inside Vue templates).
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { readEnv, readEnvImport, readEnvPattern, secretEnvName as judgeEnvName } from '../../core/env/index.js';
import { AST_NODE_TYPES } from '../../util/ast/index.js';
import { astroExposure, outputValues, type AstroExposure } from '../../util/markup/astro.js';
import type { EnvRuleFile } from './types.js';

type Node = TSESTree.Node;

/** The env variable a `const` or an import binds `identifier` to, when it is one of those. */
function boundEnvName(sourceCode: Readonly<TSESLint.SourceCode>, identifier: TSESTree.Identifier): string | undefined {
  let variable: TSESLint.Scope.Variable | undefined;
  for (let scope: TSESLint.Scope.Scope | null = sourceCode.getScope(identifier); scope !== null && variable === undefined; scope = scope.upper) {
    variable = scope.set.get(identifier.name);
  }
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (def === undefined) return undefined;
  if (def.type === 'Variable') {
    const declarator = def.node;
    if (def.parent.kind !== 'const' || declarator.init === null) return undefined;
    if (declarator.id.type === AST_NODE_TYPES.Identifier) return readEnv(declarator.init)?.name;
    return readEnvPattern(declarator.id, declarator.init).find((read) => read.property.value === def.name)?.name;
  }
  if (def.type === 'ImportBinding' && def.parent.type === AST_NODE_TYPES.ImportDeclaration) {
    const found = readEnvImport(def.parent).find((entry) => entry.specifier === def.node);
    return found?.module.visibility === 'private' ? found.name : undefined;
  }
  return undefined;
}

/** The env variable whose value `node` is: a direct read, or a `const`/import bound to one. */
function envNameOf(sourceCode: Readonly<TSESLint.SourceCode>, node: Node): string | undefined {
  if (node.type === AST_NODE_TYPES.Identifier) return boundEnvName(sourceCode, node);
  return readEnv(node)?.name;
}

function describe(exposure: AstroExposure): string {
  switch (exposure.how) {
    case 'rendered':
      return 'is rendered into the HTML of the page';
    case 'island':
      return `is passed to a \`${exposure.directive}\` island, whose props Astro serialises into the page for hydration`;
    case 'scriptVariables':
      return `is handed to a \`<script>\` through \`${exposure.attribute}\`, which Astro writes into the page`;
  }
}

/** Reports secret env values that an Astro markup expression container sends to the browser. */
export function checkAstroExpression(file: EnvRuleFile, container: TSESTree.JSXExpressionContainer): void {
  const expression = container.expression;
  if (expression.type === AST_NODE_TYPES.JSXEmptyExpression) return;
  const exposure = astroExposure(container);
  if (exposure === undefined) return;
  for (const value of outputValues(expression, exposure.how !== 'rendered')) {
    const name = envNameOf(file.sourceCode, value);
    if (name === undefined) continue;
    const secret = judgeEnvName(name, file.nameOptions);
    // A public prefix on a secret name is reported where the variable is read, in any file.
    if (secret === undefined || secret.publicPrefix !== undefined) continue;
    file.emit({ type: 'renderedRead', node: value, name, kind: secret.kind, how: describe(exposure) });
  }
}
