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
import { AST_NODE_TYPES } from '../util/ast.js';
import { classifyFile, serverPlaceOf, type Classification } from '../core/framework/classify.js';
import { compileGlob, type GlobMatcher } from '../core/framework/glob.js';
import {
  defaultProjectResolver,
  FRAMEWORK_IDS,
  FRAMEWORK_NAMES,
  type FrameworkId,
  type ProjectInfo,
} from '../core/framework/project.js';
import { builtInPublicPrefixes, describeEnvSecret, findPublicPrefix, secretEnvName as judgeEnvName, type EnvNameOptions, type SecretEnvName } from '../core/env/index.js';
import { describeSensitiveKind } from '../core/names.js';
import { createRule } from '../util/create-rule.js';
import { checkNonEmptyItems, checkOneOf, compileUserPatterns, oneOfSchema } from '../util/options.js';

export type Options = [
  {
    framework?: 'auto' | FrameworkId;
    clientFiles?: string[];
    serverFiles?: string[];
    publicPrefixes?: string[];
    sensitiveNames?: string[];
    allowedNames?: string[];
  },
];

export type MessageIds =
  | 'secretInClient'
  | 'publicPrefixSecret'
  | 'privateEnvModule'
  | 'configInlinesSecret'
  | 'configInlinesEnv'
  | 'emptyEnvPrefix'
  | 'removeEntry'
  | 'restrictLoadEnvPrefix'
  | 'useVitePrefix';

type Node = TSESTree.Node;
type Context = Readonly<TSESLint.RuleContext<MessageIds, Options>>;

const RULE = 'no-secret-env-in-client';
const FRAMEWORK_CHOICES: readonly ('auto' | FrameworkId)[] = ['auto', ...FRAMEWORK_IDS];

/** Env modules that only server code may import, by framework. */
const PRIVATE_ENV_MODULES: ReadonlyMap<string, FrameworkId> = new Map([
  ['$env/static/private', 'sveltekit'],
  ['$env/dynamic/private', 'sveltekit'],
  ['$lib/server', 'sveltekit'],
  ['astro:env/server', 'astro'],
]);

const PUBLIC_ENV_MODULES = new Set(['$env/static/public']);

/** Frameworks that inline `PUBLIC_` variables. */
const PUBLIC_PREFIX_FRAMEWORKS: ReadonlySet<FrameworkId> = new Set(['sveltekit', 'astro', 'qwik']);

const NEXT_CONFIG = /^next\.config\.[cm]?[jt]s$/u;
const VITE_LIKE_CONFIG = /^(?:vite|astro|nuxt|svelte|vitest)\.config\.[cm]?[jt]s$/u;
const NUXT_CONFIG = /^nuxt\.config\.[cm]?[jt]s$/u;

const NODE_TARGETS = ['node', 'async-node', 'electron-main', 'electron-preload'];

type EnvObject = 'process.env' | 'import.meta.env';

function unwrap(node: Node): Node {
  let current = node;
  while (
    current.type === AST_NODE_TYPES.TSAsExpression ||
    current.type === AST_NODE_TYPES.TSNonNullExpression ||
    current.type === AST_NODE_TYPES.TSSatisfiesExpression ||
    current.type === AST_NODE_TYPES.TSTypeAssertion ||
    current.type === AST_NODE_TYPES.ChainExpression
  ) {
    current = current.expression;
  }
  return current;
}

/** `process.env` or `import.meta.env`, else undefined. */
function envObjectOf(node: Node): EnvObject | undefined {
  const inner = unwrap(node);
  if (inner.type !== AST_NODE_TYPES.MemberExpression || inner.computed) return undefined;
  if (inner.property.type !== AST_NODE_TYPES.Identifier || inner.property.name !== 'env') return undefined;
  const object = inner.object;
  if (object.type === AST_NODE_TYPES.Identifier && object.name === 'process') return 'process.env';
  if (object.type === AST_NODE_TYPES.MetaProperty && object.meta.name === 'import' && object.property.name === 'meta') {
    return 'import.meta.env';
  }
  return undefined;
}

/** The static name of a member's property or an object key: `x.NAME`, `x["NAME"]`, `{ NAME: … }`. */
function staticName(node: Node, computed: boolean): string | undefined {
  if (!computed && node.type === AST_NODE_TYPES.Identifier) return node.name;
  if (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string') return node.value;
  if (node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0) {
    return node.quasis[0]?.value.cooked ?? undefined;
  }
  return undefined;
}

function propertyName(property: TSESTree.Property): string | undefined {
  return staticName(property.key, property.computed);
}

/** The env variable a member expression reads: `process.env.X` → `{ name: 'X' }`. */
function envRead(node: Node): { name: string; object: EnvObject } | undefined {
  const inner = unwrap(node);
  if (inner.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const object = envObjectOf(inner.object);
  if (object === undefined) return undefined;
  const name = staticName(inner.property, inner.computed);
  return name === undefined ? undefined : { name, object };
}

function isStringLiteral(node: Node | undefined, value?: string): node is TSESTree.StringLiteral {
  return (
    node !== undefined &&
    node.type === AST_NODE_TYPES.Literal &&
    typeof node.value === 'string' &&
    (value === undefined || node.value === value)
  );
}

/** `JSON.stringify(x)` → x. */
function stringifyArgument(node: Node): Node | undefined {
  const inner = unwrap(node);
  if (inner.type !== AST_NODE_TYPES.CallExpression) return undefined;
  const callee = inner.callee;
  if (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    !callee.computed &&
    callee.object.type === AST_NODE_TYPES.Identifier &&
    callee.object.name === 'JSON' &&
    callee.property.type === AST_NODE_TYPES.Identifier &&
    callee.property.name === 'stringify'
  ) {
    const arg = inner.arguments[0];
    return arg === undefined ? undefined : arg;
  }
  return undefined;
}

function calleeName(callee: Node): string | undefined {
  if (callee.type === AST_NODE_TYPES.Identifier) return callee.name;
  if (callee.type === AST_NODE_TYPES.MemberExpression && !callee.computed && callee.property.type === AST_NODE_TYPES.Identifier) {
    return callee.property.name;
  }
  return undefined;
}

/** Removes an object property or array element together with its comma, and its line when it has one. */
function removeListItem(sourceCode: Readonly<TSESLint.SourceCode>, fixer: TSESLint.RuleFixer, node: Node): TSESLint.RuleFix {
  const text = sourceCode.text;
  const after = sourceCode.getTokenAfter(node);
  const before = sourceCode.getTokenBefore(node);
  let start = node.range[0];
  let end = node.range[1];
  const trailingComma = after !== null && after.type === 'Punctuator' && after.value === ',';
  if (trailingComma) {
    end = after.range[1];
  } else if (before !== null && before.type === 'Punctuator' && before.value === ',') {
    start = before.range[0];
  }
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd === -1) lineEnd = text.length;
  const blank = (s: string): boolean => s.trim().length === 0;
  if (trailingComma && blank(text.slice(lineStart, start)) && blank(text.slice(end, lineEnd))) {
    return fixer.removeRange([lineStart, Math.min(lineEnd + 1, text.length)]);
  }
  if (trailingComma) {
    while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  }
  return fixer.removeRange([start, end]);
}

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
            'The framework whose conventions decide which files are client code. `auto` reads the nearest package.json and config files.',
          ),
          clientFiles: {
            type: 'array',
            items: { type: 'string' },
            description:
              'Globs of files that ship to the browser, relative to the project root (nearest package.json) or the working directory. Patterns without `/` match base names.',
          },
          serverFiles: {
            type: 'array',
            items: { type: 'string' },
            description: 'Globs of files that never ship to the browser; they win over `clientFiles` and conventions.',
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
  },
  defaultOptions: [{ framework: 'auto', clientFiles: [], serverFiles: [], publicPrefixes: [], sensitiveNames: [], allowedNames: [] }],
  create(context: Context, [options]) {
    const sourceCode = context.sourceCode;
    checkOneOf(RULE, 'framework', options.framework, FRAMEWORK_CHOICES);
    for (const option of ['clientFiles', 'serverFiles', 'publicPrefixes'] as const) checkNonEmptyItems(RULE, option, options[option]);
    const nameOptions: EnvNameOptions = {
      publicPrefixes: options.publicPrefixes ?? [],
      sensitiveNames: compileUserPatterns(RULE, 'sensitiveNames', options.sensitiveNames),
      allowedNames: compileUserPatterns(RULE, 'allowedNames', options.allowedNames, { filtersFindings: true }),
    };
    const clientGlobs: GlobMatcher[] = (options.clientFiles ?? []).map(compileGlob);
    const serverGlobs: GlobMatcher[] = (options.serverFiles ?? []).map(compileGlob);

    const rawFilename = context.filename;
    const hasRealPath = rawFilename.length > 0 && !rawFilename.startsWith('<');
    const filename = hasRealPath ? nodePath.resolve(context.cwd, rawFilename) : '';
    const baseName = nodePath.basename(filename);
    const isNextConfig = NEXT_CONFIG.test(baseName);
    const isViteLikeConfig = VITE_LIKE_CONFIG.test(baseName);
    const isNuxtConfig = NUXT_CONFIG.test(baseName);

    // File markers, filled by the Program listener.
    let directive: 'use client' | 'use server' | undefined;
    let importsServerOnly = false;
    let importsClientOnly = false;

    interface FileInfo {
      framework: FrameworkId;
      classification: Classification;
    }
    let fileInfo: FileInfo | undefined;
    /** Variables holding `loadEnv(…)` results: name → whether every prefix (`""`) was loaded. */
    const loadEnvVariables = new Map<string, TSESTree.CallExpression>();
    const reported = new Set<string>();

    const relativeTo = (root: string): string => nodePath.relative(root, filename).split(nodePath.sep).join('/');

    /** Classifies the file once, on first need. */
    function getFileInfo(): FileInfo {
      if (fileInfo !== undefined) return fileInfo;
      if (!hasRealPath) {
        const framework = options.framework && options.framework !== 'auto' ? options.framework : 'node';
        fileInfo = {
          framework,
          classification: classifyFile(framework, { relativePath: 'file.js', directive, importsServerOnly, importsClientOnly }),
        };
        return fileInfo;
      }
      const project: ProjectInfo = defaultProjectResolver.resolve(nodePath.dirname(filename));
      const framework = options.framework && options.framework !== 'auto' ? options.framework : project.framework;
      const relativePaths = [relativeTo(project.root ?? context.cwd)];
      if (project.root !== undefined && project.root !== context.cwd) relativePaths.push(relativeTo(context.cwd));
      const server = serverGlobs.find((g) => relativePaths.some((p) => g.test(p)));
      if (server !== undefined) {
        fileInfo = { framework, classification: { side: 'server', reason: `it matches \`serverFiles\` pattern \`${server.glob}\`` } };
        return fileInfo;
      }
      const clientGlob = clientGlobs.find((g) => relativePaths.some((p) => g.test(p)));
      if (clientGlob !== undefined && directive !== 'use server' && !importsServerOnly) {
        fileInfo = { framework, classification: { side: 'client', reason: `it matches \`clientFiles\` pattern \`${clientGlob.glob}\`` } };
        return fileInfo;
      }
      fileInfo = {
        framework,
        classification: classifyFile(framework, {
          relativePath: relativePaths[0] as string,
          projectHasIndexHtml: project.hasIndexHtml === true,
          directive,
          importsServerOnly,
          importsClientOnly,
        }),
      };
      return fileInfo;
    }

    function isInsideServerFunction(ancestors: readonly Node[], names: ReadonlySet<string>): boolean {
      for (const ancestor of ancestors) {
        if (ancestor.type === AST_NODE_TYPES.FunctionDeclaration && ancestor.id !== null && names.has(ancestor.id.name)) {
          return true;
        }
        if (
          ancestor.type === AST_NODE_TYPES.VariableDeclarator &&
          ancestor.id.type === AST_NODE_TYPES.Identifier &&
          names.has(ancestor.id.name)
        ) {
          return true;
        }
      }
      return false;
    }

    /**
     * True when `node` runs only on the server although the file is client code: inside a server function
     * (`getServerSideProps`, `loader`, …) or inside a top-level declaration used only by such functions,
     * which the framework drops from the browser bundle.
     */
    function isServerOnly(node: Node, names: ReadonlySet<string>, depth: number): boolean {
      const ancestors = sourceCode.getAncestors(node);
      if (isInsideServerFunction(ancestors, names)) return true;
      if (depth >= 3) return false;
      const top = ancestors[1] ?? node;
      if (
        top.type !== AST_NODE_TYPES.VariableDeclaration &&
        top.type !== AST_NODE_TYPES.FunctionDeclaration &&
        top.type !== AST_NODE_TYPES.ClassDeclaration
      ) {
        return false;
      }
      let externalReferences = 0;
      for (const variable of sourceCode.getDeclaredVariables(top)) {
        for (const reference of variable.references) {
          if (reference.init) continue;
          const id = reference.identifier;
          if (id.range[0] >= top.range[0] && id.range[1] <= top.range[1]) continue;
          externalReferences++;
          if (!isServerOnly(id, names, depth + 1)) return false;
        }
      }
      return externalReferences > 0;
    }

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
      if (parent === undefined || parent.type !== AST_NODE_TYPES.Property || propertyName(parent) !== 'apiKey') return false;
      const object = parent.parent;
      if (object.type !== AST_NODE_TYPES.ObjectExpression) return false;
      return object.properties.some((p) => {
        if (p.type !== AST_NODE_TYPES.Property) return false;
        const key = propertyName(p);
        return key === 'authDomain' || key === 'messagingSenderId' || key === 'storageBucket';
      });
    }

    function reportOnce(key: string, descriptor: TSESLint.ReportDescriptor<MessageIds>): void {
      if (reported.has(key)) return;
      reported.add(key);
      context.report(descriptor);
    }

    function reportPublicPrefix(node: Node, secret: SecretEnvName, fromPublicModule = false): void {
      const prefix = secret.publicPrefix;
      if (prefix === undefined) return;
      // The bare `PUBLIC_` prefix means "inlined" only to SvelteKit, Astro and Qwik; elsewhere
      // `PUBLIC_SIGNING_KEY` may well be the public half of a key pair.
      let tool = prefix.tool;
      if (prefix.prefix === 'PUBLIC_') {
        const framework = fromPublicModule ? 'sveltekit' : getFileInfo().framework;
        if (!PUBLIC_PREFIX_FRAMEWORKS.has(framework)) return;
        tool = FRAMEWORK_NAMES[framework];
      }
      reportOnce(`prefix:${node.loc.start.line}:${secret.name}`, {
        node,
        messageId: 'publicPrefixSecret',
        data: { name: secret.name, kind: describeEnvSecret(secret), prefix: prefix.prefix, tool },
      });
    }

    /** A read of env variable `name` at `node` (member expression or destructured key). */
    function checkEnvRead(node: Node, name: string): void {
      const secret = judgeEnvName(name, nameOptions);
      if (secret === undefined) return;
      if (secret.kind === 'apiKey' && isFirebaseWebConfigValue(node)) return;
      if (secret.publicPrefix !== undefined) {
        reportPublicPrefix(node, secret);
        return;
      }
      const info = getFileInfo();
      const classification = info.classification;
      if (classification.side !== 'client') return;
      if (classification.serverFunctions !== undefined && isServerOnly(node, classification.serverFunctions, 0)) return;
      reportOnce(`read:${node.range[0]}`, {
        node,
        messageId: 'secretInClient',
        data: {
          name,
          kind: describeEnvSecret(secret),
          reason: classification.reason,
          framework: FRAMEWORK_NAMES[info.framework],
          serverPlace: serverPlaceOf(info.framework, classification),
        },
      });
    }

    // ---------- build configuration ----------

    /** A `loadEnv(mode, dir, "")` call whose third argument loads every variable, not just `VITE_`. */
    function loadsAllPrefixes(call: TSESTree.CallExpression): boolean {
      const prefixes = call.arguments[2];
      if (prefixes === undefined) return false;
      if (isStringLiteral(prefixes, '')) return true;
      return prefixes.type === AST_NODE_TYPES.ArrayExpression && prefixes.elements.some((e) => e !== null && isStringLiteral(e, ''));
    }

    /** The `loadEnv` call behind an identifier, if it was declared in this file. */
    function loadEnvOf(node: Node): TSESTree.CallExpression | undefined {
      const inner = unwrap(node);
      if (inner.type === AST_NODE_TYPES.Identifier) return loadEnvVariables.get(inner.name);
      if (inner.type === AST_NODE_TYPES.CallExpression && calleeName(inner.callee) === 'loadEnv') return inner;
      return undefined;
    }

    /** Is this value the whole environment: `process.env`, `JSON.stringify(process.env)`, a `loadEnv(…, "")` result? */
    function wholeEnvironment(value: Node): { loadEnv?: TSESTree.CallExpression } | undefined {
      const inner = stringifyArgument(value) ?? unwrap(value);
      if (envObjectOf(inner) === 'process.env') return {};
      if (inner.type === AST_NODE_TYPES.ObjectExpression) {
        for (const property of inner.properties) {
          if (property.type === AST_NODE_TYPES.SpreadElement) {
            const found = wholeEnvironment(property.argument);
            if (found !== undefined) return found;
          }
        }
        return undefined;
      }
      const call = loadEnvOf(inner);
      if (call !== undefined && loadsAllPrefixes(call)) return { loadEnv: call };
      return undefined;
    }

    /** Secret env reads inside an inlined value: `process.env.X`, `JSON.stringify(env.X)`, `a ?? process.env.X`. */
    function secretReadIn(value: Node, depth = 0): { name: string; loadEnv?: TSESTree.CallExpression } | undefined {
      if (depth > 4) return undefined;
      const inner = unwrap(value);
      switch (inner.type) {
        case AST_NODE_TYPES.MemberExpression: {
          const read = envRead(inner);
          if (read !== undefined) return judgeEnvName(read.name, nameOptions) ? { name: read.name } : undefined;
          const call = loadEnvOf(inner.object);
          const name = call ? staticName(inner.property, inner.computed) : undefined;
          if (call !== undefined && name !== undefined && judgeEnvName(name, nameOptions)) {
            return loadsAllPrefixes(call) ? { name, loadEnv: call } : { name };
          }
          return undefined;
        }
        case AST_NODE_TYPES.CallExpression: {
          for (const arg of inner.arguments) {
            const found = secretReadIn(arg, depth + 1);
            if (found) return found;
          }
          return undefined;
        }
        case AST_NODE_TYPES.LogicalExpression:
        case AST_NODE_TYPES.BinaryExpression:
          return secretReadIn(inner.left, depth + 1) ?? secretReadIn(inner.right, depth + 1);
        case AST_NODE_TYPES.ConditionalExpression:
          return secretReadIn(inner.consequent, depth + 1) ?? secretReadIn(inner.alternate, depth + 1);
        case AST_NODE_TYPES.TemplateLiteral:
          for (const expression of inner.expressions) {
            const found = secretReadIn(expression, depth + 1);
            if (found) return found;
          }
          return undefined;
        default:
          return undefined;
      }
    }

    function loadEnvSuggestion(call: TSESTree.CallExpression | undefined): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
      const prefixes = call?.arguments[2];
      if (prefixes === undefined || !isStringLiteral(prefixes, '')) return [];
      const quote = sourceCode.getText(prefixes)[0] === "'" ? "'" : '"';
      return [{ messageId: 'restrictLoadEnvPrefix', fix: (fixer) => fixer.replaceText(prefixes, `${quote}VITE_${quote}`) }];
    }

    /** Reports `entry` when `value` is the whole environment (`process.env`, a `loadEnv` result); true if so. */
    function reportWholeEnvironment(entry: TSESTree.Node, value: TSESTree.Node, where: string): boolean {
      const whole = wholeEnvironment(value);
      if (whole === undefined) return false;
      reportOnce(`config:${entry.range[0]}`, {
        node: entry,
        messageId: 'configInlinesEnv',
        data: { where },
        suggest: loadEnvSuggestion(whole.loadEnv),
      });
      return true;
    }

    /** One entry of an inlining map (`define`, `env`, `DefinePlugin`, `runtimeConfig.public`). */
    function checkInlinedEntry(property: TSESTree.Property, keyName: string, where: string): void {
      const name = keyName.replace(/^(?:process\.env\.|import\.meta\.env\.)/u, '');
      if (reportWholeEnvironment(property, property.value, where)) return;
      if (
        (keyName === 'process.env' || keyName === 'import.meta.env') &&
        unwrap(property.value).type === AST_NODE_TYPES.ObjectExpression
      ) {
        checkInliningMap(unwrap(property.value) as TSESTree.ObjectExpression, where);
        return;
      }
      const secretKey = judgeEnvName(name, nameOptions);
      const secretValue = secretReadIn(property.value);
      if (secretKey === undefined && secretValue === undefined) return;
      const reportedName = secretKey?.name ?? secretValue?.name ?? name;
      const judged = secretKey ?? judgeEnvName(reportedName, nameOptions);
      const kind = judged ? describeEnvSecret(judged) : describeSensitiveKind('secret');
      reportOnce(`config:${property.range[0]}`, {
        node: property,
        messageId: 'configInlinesSecret',
        data: { name: reportedName, kind, where },
        suggest: [
          { messageId: 'removeEntry', data: { name: keyName, where }, fix: (fixer) => removeListItem(sourceCode, fixer, property) },
          ...loadEnvSuggestion(secretValue?.loadEnv),
        ],
      });
      // the key itself will not be reported again as a public prefix
      reported.add(`prefix:${property.loc.start.line}:${name}`);
      reported.add(`prefix:${property.loc.start.line}:${reportedName}`);
    }

    function checkInliningMap(object: TSESTree.ObjectExpression, where: string): void {
      for (const property of object.properties) {
        if (property.type === AST_NODE_TYPES.SpreadElement) {
          reportWholeEnvironment(property, property.argument, where);
          continue;
        }
        const keyName = propertyName(property);
        if (keyName !== undefined) checkInlinedEntry(property, keyName, where);
      }
    }

    /** `{ define: … }`, `{ env: … }`, `{ envPrefix: … }`, `{ runtimeConfig: { public: … } }` in config files. */
    function checkConfigProperty(property: TSESTree.Property, keyName: string): void {
      const value = unwrap(property.value);
      if (keyName === 'define' && isViteLikeConfig && value.type === AST_NODE_TYPES.ObjectExpression) {
        checkInliningMap(value, 'Vite `define`');
      } else if (keyName === 'publicRuntimeConfig' && isNextConfig && value.type === AST_NODE_TYPES.ObjectExpression) {
        checkInliningMap(value, '`publicRuntimeConfig` in next.config');
      } else if (keyName === 'env' && isNextConfig) {
        if (value.type === AST_NODE_TYPES.ObjectExpression) {
          checkInliningMap(value, '`env` in next.config');
        } else if (wholeEnvironment(value) !== undefined) {
          reportOnce(`config:${property.range[0]}`, { node: property, messageId: 'configInlinesEnv', data: { where: '`env` in next.config' } });
        }
      } else if (keyName === 'envPrefix' && isViteLikeConfig) {
        checkEnvPrefix(value);
      } else if (keyName === 'runtimeConfig' && isNuxtConfig && value.type === AST_NODE_TYPES.ObjectExpression) {
        for (const inner of value.properties) {
          if (inner.type !== AST_NODE_TYPES.Property || propertyName(inner) !== 'public') continue;
          const publicValue = unwrap(inner.value);
          if (publicValue.type === AST_NODE_TYPES.ObjectExpression) checkInliningMap(publicValue, 'Nuxt `runtimeConfig.public`');
        }
      }
    }

    function checkEnvPrefix(value: Node): void {
      if (isStringLiteral(value, '')) {
        reportOnce(`config:${value.range[0]}`, {
          node: value,
          messageId: 'emptyEnvPrefix',
          suggest: [{ messageId: 'useVitePrefix', fix: (fixer) => fixer.replaceText(value, "'VITE_'") }],
        });
        return;
      }
      if (value.type === AST_NODE_TYPES.ArrayExpression) {
        for (const element of value.elements) {
          if (element !== null && isStringLiteral(element, '')) {
            reportOnce(`config:${element.range[0]}`, {
              node: element,
              messageId: 'emptyEnvPrefix',
              suggest: [{ messageId: 'removeEntry', data: { name: '""', where: '`envPrefix`' }, fix: (fixer) => removeListItem(sourceCode, fixer, element) }],
            });
          }
        }
      }
    }

    /** `isServer`, `options.isServer`, `ctx.isServer`: the server compilation in a next.config `webpack()` hook. */
    function isServerFlag(test: Node): boolean {
      const inner = unwrap(test);
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
    function inServerWebpackConfig(node: Node): boolean {
      const ancestors = sourceCode.getAncestors(node);
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
          if (property.type === AST_NODE_TYPES.Property && propertyName(property) === 'target') {
            const target = unwrap(property.value);
            if (isStringLiteral(target) && NODE_TARGETS.some((t) => target.value.startsWith(t))) return true;
          }
        }
      }
      return false;
    }

    function checkWebpackPlugin(node: TSESTree.NewExpression, plugin: 'DefinePlugin' | 'EnvironmentPlugin'): void {
      const arg = node.arguments[0];
      if (arg === undefined) return;
      const value = unwrap(arg);
      const where = `webpack \`${plugin}\``;
      if (plugin === 'DefinePlugin') {
        if (value.type === AST_NODE_TYPES.ObjectExpression && !inServerWebpackConfig(node)) checkInliningMap(value, where);
        return;
      }
      if (inServerWebpackConfig(node)) return;
      const entries: { node: Node; name: string; removable: boolean }[] = [];
      if (value.type === AST_NODE_TYPES.ArrayExpression) {
        for (const element of value.elements) {
          if (element !== null && isStringLiteral(element)) entries.push({ node: element, name: element.value, removable: true });
        }
      } else if (value.type === AST_NODE_TYPES.ObjectExpression) {
        for (const property of value.properties) {
          const name = property.type === AST_NODE_TYPES.Property ? propertyName(property) : undefined;
          if (name !== undefined) entries.push({ node: property, name, removable: true });
        }
      } else if (isStringLiteral(value)) {
        for (const a of node.arguments) {
          if (isStringLiteral(a)) entries.push({ node: a, name: a.value, removable: node.arguments.length > 1 });
        }
      }
      for (const entry of entries) {
        const secret = judgeEnvName(entry.name, nameOptions);
        if (secret === undefined) continue;
        reportOnce(`config:${entry.node.range[0]}`, {
          node: entry.node,
          messageId: 'configInlinesSecret',
          data: { name: entry.name, kind: describeEnvSecret(secret), where },
          suggest: entry.removable
            ? [{ messageId: 'removeEntry', data: { name: entry.name, where }, fix: (fixer) => removeListItem(sourceCode, fixer, entry.node) }]
            : [],
        });
        reported.add(`prefix:${entry.node.loc.start.line}:${entry.name}`);
      }
    }

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
        for (const statement of program.body) {
          if (statement.type === AST_NODE_TYPES.ExpressionStatement && typeof statement.directive === 'string') {
            if (statement.directive === 'use client' || statement.directive === 'use server') directive ??= statement.directive;
            continue;
          }
          break;
        }
        for (const statement of program.body) {
          if (statement.type !== AST_NODE_TYPES.ImportDeclaration) continue;
          if (statement.source.value === 'server-only') importsServerOnly = true;
          else if (statement.source.value === 'client-only') importsClientOnly = true;
        }
      },

      MemberExpression(node) {
        if (node.object.type !== AST_NODE_TYPES.MemberExpression) return;
        const read = envRead(node);
        if (read !== undefined) checkEnvRead(node, read.name);
      },

      VariableDeclarator(node) {
        const init = node.init;
        if (init === null) return;
        if (node.id.type === AST_NODE_TYPES.ObjectPattern && envObjectOf(init) !== undefined) {
          for (const property of node.id.properties) {
            if (property.type !== AST_NODE_TYPES.Property) continue;
            const name = propertyName(property);
            if (name !== undefined) checkEnvRead(property.key, name);
          }
          return;
        }
        if (node.id.type === AST_NODE_TYPES.Identifier) {
          const inner = unwrap(init);
          if (inner.type === AST_NODE_TYPES.CallExpression && calleeName(inner.callee) === 'loadEnv') {
            loadEnvVariables.set(node.id.name, inner);
          }
        }
      },

      Property(node) {
        if (node.parent.type !== AST_NODE_TYPES.ObjectExpression) return;
        const keyName = propertyName(node);
        if (keyName === undefined || keyName.length < 3) return;
        if (isNextConfig || isViteLikeConfig) checkConfigProperty(node, keyName);
        if (keyName.length < 6 || !prefixFirstChars.has(keyName[0] as string)) return;
        if (findPublicPrefix(keyName, nameOptions.publicPrefixes) === undefined) return;
        const secret = judgeEnvName(keyName, nameOptions);
        if (secret !== undefined && secret.publicPrefix !== undefined) reportPublicPrefix(node.key, secret);
      },

      NewExpression(node) {
        const name = calleeName(node.callee);
        if (name === 'DefinePlugin' || name === 'EnvironmentPlugin') checkWebpackPlugin(node, name);
      },

      ImportDeclaration(node) {
        const source = node.source.value;
        if (source.length < 8 || (source[0] !== '$' && source[0] !== 'a')) return;
        if (PUBLIC_ENV_MODULES.has(source)) {
          for (const specifier of node.specifiers) {
            if (specifier.type !== AST_NODE_TYPES.ImportSpecifier) continue;
            const imported = staticName(specifier.imported, false);
            const secret = imported === undefined ? undefined : judgeEnvName(imported, nameOptions);
            if (secret !== undefined) reportPublicPrefix(specifier.imported, secret, true);
          }
          return;
        }
        const moduleName = source.startsWith('$lib/server/') ? '$lib/server' : source;
        const owner = PRIVATE_ENV_MODULES.get(moduleName);
        if (owner === undefined) return;
        const info = getFileInfo();
        if (info.classification.side !== 'client') return;
        context.report({
          node: node.source,
          messageId: 'privateEnvModule',
          data: {
            source,
            reason: info.classification.reason,
            framework: FRAMEWORK_NAMES[owner],
            serverPlace: serverPlaceOf(owner, info.classification),
          },
        });
      },
    };
    if (!mentionsEnv) {
      delete listeners.MemberExpression;
      delete listeners.VariableDeclarator;
      delete listeners.NewExpression;
    }
    return listeners;
  },
});
