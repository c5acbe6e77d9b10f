/**
 * `secrets/no-secret-env-in-client`: secret environment values that end up in browser bundles.
 *
 * Reports (1) reads of secret-named env variables in client code, decided per framework from the nearest
 * package.json and the file's conventions; (2) a public prefix (`NEXT_PUBLIC_`, `VITE_`, …) on a secret
 * name, in any file; (3) private env modules imported into client modules (SvelteKit, Astro); (4) build
 * configuration that inlines secrets (`next.config` `env`, Vite `define`/`envPrefix`, Nuxt
 * `runtimeConfig.public`, webpack `DefinePlugin`/`EnvironmentPlugin`).
 *
 * Cost: listeners on MemberExpression, Property, VariableDeclarator, ImportDeclaration and NewExpression do
 * a constant-time shape check first; the framework lookup (memoised per directory) runs at most once per
 * file and only when a secret-named env read or a private import is found.
 */
import * as nodePath from 'node:path';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { builtInPublicPrefixes, describeEnvSecret, envModuleOf, findPublicPrefix, readEnv, readEnvPattern, secretEnvName, type EnvNameOptions } from '../core/env/index.js';
import { serverPlaceOf } from '../core/framework/classify.js';
import { frameworkModel, inliningKeysOf, SERVER_ONLY_MODULES } from '../core/framework/registry.js';
import { compileGlob } from '../core/framework/glob.js';
import { FRAMEWORK_IDS, FRAMEWORK_NAMES, type FrameworkId } from '../core/framework/project.js';
import { AST_NODE_TYPES, importedName, isStringLiteral, propertyKeyName, reactDirective, unwrapExpression } from '../util/ast/index.js';
import { createRule } from '../util/create-rule.js';
import { checkNonEmptyItems, checkOneOf, compileUserPatterns, oneOfSchema } from '../util/options.js';
import { removeListItem } from '../util/fix/index.js';
import { checkConfigProperty, checkWebpackPlugin } from './no-secret-env-in-client/build-config.js';
import { checkEnvRead, checkPublicPrefix } from './no-secret-env-in-client/client-reads.js';
import { classifyLintedFile, type FileFacts } from './no-secret-env-in-client/file-side.js';
import { readSecretsSettings } from '../util/settings.js';
import { checkAstroExpression } from './no-secret-env-in-client/markup.js';
import { debugLine, isDebugEnabled } from '../util/debug.js';
import { markupLanguage, withMarkupVisitors } from '../util/markup/index.js';
import { calleeName } from './no-secret-env-in-client/inlined-values.js';
import type { Context, EnvRuleFile, FileInfo, Finding, MessageIds, Options } from './no-secret-env-in-client/types.js';

export type { MessageIds, Options } from './no-secret-env-in-client/types.js';

const RULE = 'no-secret-env-in-client';
const FRAMEWORK_CHOICES: readonly ('auto' | FrameworkId)[] = ['auto', ...FRAMEWORK_IDS];

export default createRule<Options, MessageIds>({
  name: 'no-secret-env-in-client',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow secret environment variables in code and build configuration that ship to the browser',
      recommended: 'recommended',
    },
    hasSuggestions: true,
    messages: {
      secretInClient:
        '`{{name}}` ({{kind}}) is read in client code: {{reason}}. {{framework}} ships this code to the browser, where the value is `undefined` at best and leaks into the bundle or rendered HTML at worst. Read it in {{serverPlace}} and pass only the result.',
      secretRendered:
        '`{{name}}` ({{kind}}) {{how}}: every visitor receives it, although the component itself runs on the server. Use it only in {{serverPlace}} and send the page only the result.',
      publicPrefixSecret:
        '`{{name}}` ({{kind}}) has the public prefix `{{prefix}}`: {{tool}} inlines every `{{prefix}}` variable into the browser bundle, where any visitor can read it. Keep the secret server-side under a name without `{{prefix}}` and use it only from server code.',
      privateEnvModule:
        '`{{source}}` is imported into client code: {{reason}}. {{framework}} would ship server-only values to the browser. Import it only from {{serverPlace}} and pass only the result.',
      configInlinesSecret:
        '`{{name}}` ({{kind}}) ends up in the browser through {{where}}, where any visitor can read it. Keep the secret out of build-time inlining and public config, and use it only from server code.',
      configInlinesEnv:
        '{{where}} sends the whole environment to the browser, including every secret of the build machine. Inline only the public variables the client needs.',
      emptyEnvPrefix:
        '`envPrefix` includes `""`: Vite then exposes every environment variable, secrets included, to client code as `import.meta.env`. Use a public prefix such as `"VITE_"`.',
      removeEntry: 'Remove `{{name}}` from {{where}}.',
      restrictLoadEnvPrefix: 'Load only `VITE_` variables: pass `"VITE_"` instead of `""` to `loadEnv`.',
      useVitePrefix: 'Use the default public prefix `"VITE_"`.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          framework: oneOfSchema(
            FRAMEWORK_CHOICES,
            'The framework whose conventions decide which files are client code. `auto` takes `settings.secrets.framework`, else reads the nearest package.json and config files.',
          ),
          clientFiles: {
            type: 'array',
            items: { type: 'string' },
            description:
              'Globs of files that ship to the browser, relative to the project root (nearest package.json) or the working directory. Patterns without `/` match base names. Unset: `settings.secrets.clientFiles`.',
          },
          serverFiles: {
            type: 'array',
            items: { type: 'string' },
            description: 'Globs of files that never ship to the browser; they win over `clientFiles` and conventions. Unset: `settings.secrets.serverFiles`.',
          },
          publicPrefixes: {
            type: 'array',
            items: { type: 'string' },
            description: `Extra env prefixes that your bundler inlines into client code, added to the built-in ${builtInPublicPrefixes().join(', ')}.`,
          },
          sensitiveNames: {
            type: 'array',
            items: { type: 'string' },
            description: 'Regular expressions of extra env names that hold secrets (matched against the name with and without its public prefix).',
          },
          allowedNames: {
            type: 'array',
            items: { type: 'string' },
            description: 'Regular expressions of env names that are never reported, e.g. keys that are public by design; they win over `sensitiveNames`.',
          },
        },
      },
    ],
    // `clientFiles` and `serverFiles` have no default: unset, they come from `settings.secrets`.
    defaultOptions: [{ framework: 'auto', publicPrefixes: [], sensitiveNames: [], allowedNames: [] }],
  },
  create(context: Context, [options]) {
    const sourceCode = context.sourceCode;
    const settings = readSecretsSettings(context);
    checkOneOf(RULE, 'framework', options.framework, FRAMEWORK_CHOICES);
    for (const option of ['clientFiles', 'serverFiles', 'publicPrefixes'] as const) checkNonEmptyItems(RULE, option, options[option]);
    const nameOptions: EnvNameOptions = {
      publicPrefixes: options.publicPrefixes ?? [],
      sensitiveNames: compileUserPatterns(RULE, 'sensitiveNames', options.sensitiveNames),
      allowedNames: compileUserPatterns(RULE, 'allowedNames', options.allowedNames, { filtersFindings: true }),
    };
    const rawFilename = context.filename;
    const hasRealPath = rawFilename.length > 0 && !rawFilename.startsWith('<');
    const filename = hasRealPath ? nodePath.resolve(context.cwd, rawFilename) : '';
    const baseName = nodePath.basename(filename);
    // What decides the side of the file; the markers are filled by the Program listener.
    const facts: FileFacts = {
      filename,
      cwd: context.cwd,
      framework: options.framework,
      settingsFramework: settings.framework,
      clientGlobs: (options.clientFiles ?? settings.clientFiles ?? []).map(compileGlob),
      serverGlobs: (options.serverFiles ?? settings.serverFiles ?? []).map(compileGlob),
      directive: undefined,
      importsServerOnly: false,
      importsClientOnly: false,
    };
    let fileInfo: FileInfo | undefined;
    const reported = new Set<string>();
    const reportOnce = (key: string, descriptor: TSESLint.ReportDescriptor<MessageIds>): void => {
      if (reported.has(key)) return;
      reported.add(key);
      context.report(descriptor);
    };
    /** `loadEnv(mode, dir, "")` → `loadEnv(mode, dir, "VITE_")`. */
    const loadEnvSuggestion = (call: TSESTree.CallExpression | undefined): TSESLint.SuggestionReportDescriptor<MessageIds>[] => {
      const prefixes = call?.arguments[2];
      if (prefixes === undefined || !isStringLiteral(prefixes, '')) return [];
      const quote = sourceCode.getText(prefixes)[0] === "'" ? "'" : '"';
      return [{ messageId: 'restrictLoadEnvPrefix', fix: (fixer) => fixer.replaceText(prefixes, `${quote}VITE_${quote}`) }];
    };
    const file: EnvRuleFile = {
      sourceCode,
      nameOptions,
      config: inliningKeysOf(baseName),
      loadEnvVariables: new Map<string, TSESTree.CallExpression>(),
      serverOnlyMemo: new Map(),
      fileInfo: () => (fileInfo ??= classifyLintedFile(facts)),
      emit(finding: Finding) {
        const { node } = finding;
        switch (finding.type) {
          case 'clientRead': {
            const { framework, classification } = finding.info;
            reportOnce(`read:${node.range[0]}`, {
              node,
              messageId: 'secretInClient',
              data: {
                name: finding.name,
                kind: describeEnvSecret(finding.name, finding.kind),
                reason: classification.reason,
                framework: classification.shippedBy ?? FRAMEWORK_NAMES[framework],
                serverPlace: serverPlaceOf(framework, classification),
              },
            });
            return;
          }
          case 'renderedRead':
            reportOnce(`read:${node.range[0]}`, {
              node,
              messageId: 'secretRendered',
              data: { name: finding.name, kind: describeEnvSecret(finding.name, finding.kind), how: finding.how, serverPlace: frameworkModel('astro').serverPlace },
            });
            return;
          case 'publicPrefix':
            reportOnce(`prefix:${node.loc.start.line}:${finding.name}`, {
              node,
              messageId: 'publicPrefixSecret',
              data: { name: finding.name, kind: describeEnvSecret(finding.name, finding.kind), prefix: finding.prefix, tool: finding.tool },
            });
            return;
          case 'inlinesEnv':
            reportOnce(`config:${node.range[0]}`, {
              node,
              messageId: 'configInlinesEnv',
              data: { where: finding.where },
              suggest: loadEnvSuggestion(finding.loadEnv),
            });
            return;
          case 'inlinesSecret': {
            const { where, remove } = finding;
            reportOnce(`config:${node.range[0]}`, {
              node,
              messageId: 'configInlinesSecret',
              data: { name: finding.name, kind: describeEnvSecret(finding.name, finding.kind), where },
              suggest: [
                ...(remove === undefined
                  ? []
                  : [
                      {
                        messageId: 'removeEntry' as const,
                        data: { name: remove.name, where },
                        fix: (fixer: TSESLint.RuleFixer) => removeListItem(sourceCode, fixer, remove.node),
                      },
                    ]),
                ...loadEnvSuggestion(finding.loadEnv),
              ],
            });
            for (const name of finding.covers) reported.add(`prefix:${node.loc.start.line}:${name}`);
            return;
          }
          case 'emptyPrefix':
            reportOnce(`config:${node.range[0]}`, {
              node,
              messageId: 'emptyEnvPrefix',
              suggest: finding.inArray
                ? [{ messageId: 'removeEntry', data: { name: '""', where: '`envPrefix`' }, fix: (fixer) => removeListItem(sourceCode, fixer, node) }]
                : [{ messageId: 'useVitePrefix', fix: (fixer) => fixer.replaceText(node, "'VITE_'") }],
            });
            return;
        }
      },
    };

    const prefixFirstChars = new Set<string>();
    for (const prefix of [...builtInPublicPrefixes(), ...(nameOptions.publicPrefixes ?? [])]) {
      if (prefix.length > 0) prefixFirstChars.add(prefix[0] as string);
    }

    // Reads of the environment, `loadEnv`, webpack's Define/EnvironmentPlugin: all spell `env`, `Env` or
    // `ENV`. In a file that does not (most files), those listeners are not registered at all, which spares
    // ESLint a call for every member expression, declarator and `new`.
    const text = sourceCode.text;
    const mentionsEnv = text.includes('env') || text.includes('Env') || text.includes('ENV');
    const listeners: TSESLint.RuleListener = {
      Program(program) {
        facts.directive = reactDirective(program);
        for (const statement of program.body) {
          if (statement.type !== AST_NODE_TYPES.ImportDeclaration) continue;
          if (statement.source.value === 'server-only') facts.importsServerOnly = true;
          else if (statement.source.value === 'client-only') facts.importsClientOnly = true;
        }
      },

      MemberExpression(node) {
        if (node.object.type !== AST_NODE_TYPES.MemberExpression) return;
        const name = readEnv(node)?.name;
        if (name !== undefined) checkEnvRead(file, node, name);
      },

      VariableDeclarator(node) {
        const init = node.init;
        if (init === null) return;
        if (node.id.type === AST_NODE_TYPES.ObjectPattern) {
          const reads = readEnvPattern(node.id, init);
          for (const read of reads) checkEnvRead(file, read.property.key, read.name);
          if (reads.length > 0) return;
        }
        if (node.id.type === AST_NODE_TYPES.Identifier) {
          const inner = unwrapExpression(init);
          if (inner.type === AST_NODE_TYPES.CallExpression && calleeName(inner.callee) === 'loadEnv') {
            file.loadEnvVariables.set(node.id.name, inner);
          }
        }
      },

      Property(node) {
        if (node.parent.type !== AST_NODE_TYPES.ObjectExpression) return;
        const keyName = propertyKeyName(node);
        if (keyName === undefined || keyName.length < 3) return;
        if (file.config.size > 0) checkConfigProperty(file, node, keyName);
        if (keyName.length < 6 || !prefixFirstChars.has(keyName[0] as string)) return;
        if (findPublicPrefix(keyName, nameOptions.publicPrefixes) === undefined) return;
        const secret = secretEnvName(keyName, nameOptions);
        if (secret !== undefined && secret.publicPrefix !== undefined) checkPublicPrefix(file, node.key, secret);
      },

      NewExpression(node) {
        const name = calleeName(node.callee);
        if (name === 'DefinePlugin' || name === 'EnvironmentPlugin') checkWebpackPlugin(file, node, name);
      },

      ImportDeclaration(node) {
        const source = node.source.value;
        if (source.length < 8 || (source[0] !== '$' && source[0] !== 'a')) return;
        const envModule = envModuleOf(source);
        if (envModule?.visibility === 'public') {
          if (envModule.access !== 'static') return;
          for (const specifier of node.specifiers) {
            if (specifier.type !== AST_NODE_TYPES.ImportSpecifier) continue;
            const secret = secretEnvName(importedName(specifier), nameOptions);
            if (secret !== undefined) checkPublicPrefix(file, specifier.imported, secret, envModule.framework);
          }
          return;
        }
        const slash = source.indexOf('/', source.indexOf('/') + 1);
        const owner = SERVER_ONLY_MODULES.get(source) ?? (slash > 0 ? SERVER_ONLY_MODULES.get(source.slice(0, slash)) : undefined);
        if (owner === undefined) return;
        const info = file.fileInfo();
        if (info.classification.side !== 'client') return;
        context.report({
          node: node.source,
          messageId: 'privateEnvModule',
          data: {
            source,
            reason: info.classification.reason,
            framework: FRAMEWORK_NAMES[owner],
            serverPlace: frameworkModel(owner).serverPlace,
          },
        });
      },
    };
    if (!mentionsEnv) {
      delete listeners.MemberExpression;
      delete listeners.VariableDeclarator;
      delete listeners.NewExpression;
    }
    // `DEBUG=eslint-plugin-secrets:classify` prints how each file was classified, and why.
    if (isDebugEnabled('eslint-plugin-secrets:classify')) {
      listeners['Program:exit'] = () => {
        const info = file.fileInfo();
        const { side, reason } = info.classification;
        const where = filename === '' ? '<text>' : nodePath.relative(context.cwd, filename);
        debugLine('eslint-plugin-secrets:classify', `${where}: ${side}${reason ? ` (${reason})` : ''}; ${FRAMEWORK_NAMES[info.framework]} from ${info.frameworkFrom}`);
      };
    }
    // Component markup: env reads in Vue template expressions; what Astro markup outputs into the page.
    const language = mentionsEnv ? markupLanguage(context) : undefined;
    if (language === undefined) return listeners;
    return withMarkupVisitors(context, language, listeners, {
      expressions: listeners.MemberExpression ? { MemberExpression: listeners.MemberExpression } : {},
      astroExpression: (container) => { checkAstroExpression(file, container); },
    });
  },
});
