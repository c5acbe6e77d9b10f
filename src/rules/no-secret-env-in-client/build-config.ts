/**
 * Build configuration that inlines secrets into the bundle: next.config `env`/`publicRuntimeConfig`, Vite
 * `define`/`envPrefix`, Nuxt `runtimeConfig.public`, webpack `DefinePlugin`/`EnvironmentPlugin`.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { secretEnvName } from '../../core/env/index.js';
import { AST_NODE_TYPES, isStringLiteral, propertyKeyName, unwrapExpression } from '../../util/ast/index.js';
import { secretReadIn, wholeEnvironment } from './inlined-values.js';
import type { EnvRuleFile } from './types.js';

/** webpack targets that build for Node, where `DefinePlugin` values do not reach a browser. */
const NODE_TARGETS = ['node', 'async-node', 'electron-main', 'electron-preload'];

type Node = TSESTree.Node;

/** Emits a finding on `entry` when `value` is the whole environment (`process.env`, a `loadEnv` result); true if so. */
function checkWholeEnvironment(file: EnvRuleFile, entry: TSESTree.Node, value: TSESTree.Node, where: string): boolean {
  const whole = wholeEnvironment(file, value);
  if (whole === undefined) return false;
  file.emit({ type: 'inlinesEnv', node: entry, where, loadEnv: whole.loadEnv });
  return true;
}

/** One entry of an inlining map (`define`, `env`, `DefinePlugin`, `runtimeConfig.public`). */
function checkInlinedEntry(file: EnvRuleFile, property: TSESTree.Property, keyName: string, where: string): void {
  const name = keyName.replace(/^(?:process\.env\.|import\.meta\.env\.)/u, '');
  if (checkWholeEnvironment(file, property, property.value, where)) return;
  if (
    (keyName === 'process.env' || keyName === 'import.meta.env') &&
    unwrapExpression(property.value).type === AST_NODE_TYPES.ObjectExpression
  ) {
    checkInliningMap(file, unwrapExpression(property.value) as TSESTree.ObjectExpression, where);
    return;
  }
  const secretKey = secretEnvName(name, file.nameOptions);
  const secretValue = secretReadIn(file, property.value);
  if (secretKey === undefined && secretValue === undefined) return;
  const reportedName = secretKey?.name ?? secretValue?.name ?? name;
  const kind = secretKey?.kind ?? secretEnvName(reportedName, file.nameOptions)?.kind ?? 'secret';
  file.emit({
    type: 'inlinesSecret',
    node: property,
    name: reportedName,
    kind,
    where,
    remove: { node: property, name: keyName },
    loadEnv: secretValue?.loadEnv,
    // the key itself will not be reported again as a public prefix
    covers: [name, reportedName],
  });
}

function checkInliningMap(file: EnvRuleFile, object: TSESTree.ObjectExpression, where: string): void {
  for (const property of object.properties) {
    if (property.type === AST_NODE_TYPES.SpreadElement) {
      checkWholeEnvironment(file, property, property.argument, where);
      continue;
    }
    const keyName = propertyKeyName(property);
    if (keyName !== undefined) checkInlinedEntry(file, property, keyName, where);
  }
}

/** `{ define: … }`, `{ env: … }`, `{ envPrefix: … }`, `{ runtimeConfig: { public: … } }` in config files. */
export function checkConfigProperty(file: EnvRuleFile, property: TSESTree.Property, keyName: string): void {
  const value = unwrapExpression(property.value);
  if (keyName === 'define' && file.config.has('define') && value.type === AST_NODE_TYPES.ObjectExpression) {
    checkInliningMap(file, value, 'Vite `define`');
  } else if (keyName === 'publicRuntimeConfig' && file.config.has('publicRuntimeConfig') && value.type === AST_NODE_TYPES.ObjectExpression) {
    checkInliningMap(file, value, '`publicRuntimeConfig` in next.config');
  } else if (keyName === 'env' && file.config.has('env')) {
    if (value.type === AST_NODE_TYPES.ObjectExpression) {
      checkInliningMap(file, value, '`env` in next.config');
    } else if (wholeEnvironment(file, value) !== undefined) {
      file.emit({ type: 'inlinesEnv', node: property, where: '`env` in next.config' });
    }
  } else if (keyName === 'envPrefix' && file.config.has('envPrefix')) {
    checkEnvPrefix(file, value);
  } else if (keyName === 'runtimeConfig' && file.config.has('runtimeConfig') && value.type === AST_NODE_TYPES.ObjectExpression) {
    for (const inner of value.properties) {
      if (inner.type !== AST_NODE_TYPES.Property || propertyKeyName(inner) !== 'public') continue;
      const publicValue = unwrapExpression(inner.value);
      if (publicValue.type === AST_NODE_TYPES.ObjectExpression) checkInliningMap(file, publicValue, 'Nuxt `runtimeConfig.public`');
    }
  }
}

/** `envPrefix: ""` or `envPrefix: ['VITE_', '']`: every variable, secrets included, reaches client code. */
function checkEnvPrefix(file: EnvRuleFile, value: Node): void {
  if (isStringLiteral(value, '')) {
    file.emit({ type: 'emptyPrefix', node: value, inArray: false });
    return;
  }
  if (value.type === AST_NODE_TYPES.ArrayExpression) {
    for (const element of value.elements) {
      if (element !== null && isStringLiteral(element, '')) file.emit({ type: 'emptyPrefix', node: element, inArray: true });
    }
  }
}

/** `isServer`, `options.isServer`, `ctx.isServer`: the server compilation in a next.config `webpack()` hook. */
function isServerFlag(test: Node): boolean {
  const inner = unwrapExpression(test);
  if (inner.type === AST_NODE_TYPES.Identifier) return inner.name === 'isServer';
  return (
    inner.type === AST_NODE_TYPES.MemberExpression &&
    !inner.computed &&
    inner.property.type === AST_NODE_TYPES.Identifier &&
    inner.property.name === 'isServer'
  );
}

/**
 * webpack config objects with `target: 'node'` build server bundles, and so does the `if (isServer)`
 * branch of a next.config `webpack()` hook.
 */
function inServerWebpackConfig(file: EnvRuleFile, node: Node): boolean {
  const ancestors = file.sourceCode.getAncestors(node);
  for (let i = 0; i < ancestors.length; i++) {
    const ancestor = ancestors[i] as Node;
    if (ancestor.type === AST_NODE_TYPES.IfStatement || ancestor.type === AST_NODE_TYPES.ConditionalExpression) {
      const child = ancestors[i + 1] ?? node;
      if (ancestor.consequent === child && isServerFlag(ancestor.test)) return true;
      continue;
    }
    if (ancestor.type === AST_NODE_TYPES.LogicalExpression) {
      const child = ancestors[i + 1] ?? node;
      if (ancestor.operator === '&&' && ancestor.right === child && isServerFlag(ancestor.left)) return true;
      continue;
    }
    if (ancestor.type !== AST_NODE_TYPES.ObjectExpression) continue;
    for (const property of ancestor.properties) {
      if (property.type === AST_NODE_TYPES.Property && propertyKeyName(property) === 'target') {
        const target = unwrapExpression(property.value);
        if (isStringLiteral(target) && NODE_TARGETS.some((t) => target.value.startsWith(t))) return true;
      }
    }
  }
  return false;
}

export function checkWebpackPlugin(file: EnvRuleFile, node: TSESTree.NewExpression, plugin: 'DefinePlugin' | 'EnvironmentPlugin'): void {
  const arg = node.arguments[0];
  if (arg === undefined) return;
  const value = unwrapExpression(arg);
  const where = `webpack \`${plugin}\``;
  if (plugin === 'DefinePlugin') {
    if (value.type === AST_NODE_TYPES.ObjectExpression && !inServerWebpackConfig(file, node)) checkInliningMap(file, value, where);
    return;
  }
  if (inServerWebpackConfig(file, node)) return;
  const entries: { node: Node; name: string; removable: boolean }[] = [];
  if (value.type === AST_NODE_TYPES.ArrayExpression) {
    for (const element of value.elements) {
      if (element !== null && isStringLiteral(element)) entries.push({ node: element, name: element.value, removable: true });
    }
  } else if (value.type === AST_NODE_TYPES.ObjectExpression) {
    for (const property of value.properties) {
      const name = property.type === AST_NODE_TYPES.Property ? propertyKeyName(property) : undefined;
      if (name !== undefined) entries.push({ node: property, name, removable: true });
    }
  } else if (isStringLiteral(value)) {
    for (const a of node.arguments) {
      if (isStringLiteral(a)) entries.push({ node: a, name: a.value, removable: node.arguments.length > 1 });
    }
  }
  for (const entry of entries) {
    const secret = secretEnvName(entry.name, file.nameOptions);
    if (secret === undefined) continue;
    file.emit({
      type: 'inlinesSecret',
      node: entry.node,
      name: entry.name,
      kind: secret.kind,
      where,
      remove: entry.removable ? { node: entry.node, name: entry.name } : undefined,
      covers: [entry.name],
    });
  }
}
