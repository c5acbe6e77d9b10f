/**
 * The framework registry: every framework model in priority order (meta-frameworks before bundlers, the
 * first one found in a project decides), and every lookup table derived from them. Rules, the project
 * resolver, the file classifier and the taint engine read these; adding a framework is one module under
 * `frameworks/` plus one line here.
 */
import { astro } from './frameworks/astro.js';
import { svelteComponents, vueComponents } from './frameworks/components.js';
import { cra } from './frameworks/cra.js';
import { expo } from './frameworks/expo.js';
import { gatsby } from './frameworks/gatsby.js';
import { next } from './frameworks/next.js';
import { nuxt } from './frameworks/nuxt.js';
import { node, parcel, qwik, webpack } from './frameworks/others.js';
import { remix } from './frameworks/remix.js';
import { sveltekit } from './frameworks/sveltekit.js';
import { vite } from './frameworks/vite.js';
import type { ComponentFormat, DataFunction, EnvModule, FrameworkId, FrameworkModel, InliningKey, PublicPrefixTool } from './model.js';

/** Every framework, by priority: the first one a project uses decides how its files are classified. */
export const FRAMEWORKS: readonly FrameworkModel[] = [next, sveltekit, nuxt, astro, remix, gatsby, expo, qwik, cra, vite, parcel, webpack, node];

export const FRAMEWORK_IDS: readonly FrameworkId[] = FRAMEWORKS.map((f) => f.id);

const BY_ID: ReadonlyMap<FrameworkId, FrameworkModel> = new Map(FRAMEWORKS.map((f) => [f.id, f]));

/** The model of a framework. */
export function frameworkModel(id: FrameworkId): FrameworkModel {
  return BY_ID.get(id) ?? node;
}

/** Human names for messages. */
export const FRAMEWORK_NAMES: Readonly<Record<FrameworkId, string>> = Object.fromEntries(FRAMEWORKS.map((f) => [f.id, f.name])) as Record<
  FrameworkId,
  string
>;

/**
 * Component file formats by extension: Vue and Svelte components (browser code wherever they sit), and the
 * formats frameworks bring (`.astro`, rendered on the server).
 */
export const COMPONENT_FORMATS: ReadonlyMap<string, ComponentFormat> = new Map(
  [vueComponents, svelteComponents, ...FRAMEWORKS.flatMap((f) => (f.componentFormat ? [f.componentFormat] : []))].map((c) => [c.extension, c]),
);

/** Dependency name → framework. */
export const DEPENDENCY_FRAMEWORKS: ReadonlyMap<string, FrameworkId> = new Map(FRAMEWORKS.flatMap((f) => f.dependencies.map((d) => [d, f.id] as const)));

/** Config file base name (without extension) → framework. */
export const CONFIG_FRAMEWORKS: ReadonlyMap<string, FrameworkId> = new Map(FRAMEWORKS.flatMap((f) => f.configFiles.map((c) => [c, f.id] as const)));

/** Tools outside the registry's frameworks that inline variables with a public prefix. */
const OTHER_PUBLIC_PREFIX_TOOLS: readonly PublicPrefixTool[] = [
  { prefix: 'STORYBOOK_', tool: 'Storybook' },
  { prefix: 'VUE_APP_', tool: 'Vue CLI' },
];

function publicPrefixTools(): PublicPrefixTool[] {
  const byPrefix = new Map<string, string[]>();
  for (const f of FRAMEWORKS) {
    for (const prefix of f.publicEnvPrefixes) {
      const tools = byPrefix.get(prefix) ?? [];
      tools.push(f.name);
      byPrefix.set(prefix, tools);
    }
  }
  const result: PublicPrefixTool[] = [...OTHER_PUBLIC_PREFIX_TOOLS];
  for (const [prefix, tools] of byPrefix) {
    const tool = tools.length === 1 ? (tools[0] as string) : `${tools.slice(0, -1).join(', ')} or ${tools[tools.length - 1] as string}`;
    result.push({ prefix, tool });
  }
  // Longest first, so `NEXT_PUBLIC_` and `EXPO_PUBLIC_` win over `PUBLIC_`.
  return result.sort((a, b) => b.prefix.length - a.prefix.length || a.prefix.localeCompare(b.prefix));
}

/** Every public env prefix and the tool that inlines it, longest first. */
export const PUBLIC_PREFIXES: readonly PublicPrefixTool[] = publicPrefixTools();

/** Frameworks that inline variables with this prefix. */
export function frameworksWithPrefix(prefix: string): FrameworkId[] {
  return FRAMEWORKS.filter((f) => f.publicEnvPrefixes.includes(prefix)).map((f) => f.id);
}

/** An env module and the framework it belongs to. */
export interface EnvModuleEntry extends EnvModule {
  framework: FrameworkId;
  visibility: 'private' | 'public';
}

/** Every framework env module by module name: `$env/static/private`, `astro:env/server`, … */
export const ENV_MODULES: ReadonlyMap<string, EnvModuleEntry> = new Map(
  FRAMEWORKS.flatMap((f): [string, EnvModuleEntry][] => [
    ...(f.privateEnvModules ?? []).map((m): [string, EnvModuleEntry] => [m.module, { ...m, framework: f.id, visibility: 'private' }]),
    ...(f.publicEnvModules ?? []).map((m): [string, EnvModuleEntry] => [m.module, { ...m, framework: f.id, visibility: 'public' }]),
  ]),
);

/** Modules only server code may import, with their framework: private env modules and `$lib/server`. */
export const SERVER_ONLY_MODULES: ReadonlyMap<string, FrameworkId> = new Map(
  FRAMEWORKS.flatMap((f) => [
    ...(f.privateEnvModules ?? []).map((m) => [m.module, f.id] as const),
    ...(f.serverOnlyModules ?? []).map((m) => [m, f.id] as const),
  ]),
);

/** Exported data functions of every framework, by name (a name may belong to several). */
export const DATA_FUNCTIONS: ReadonlyMap<string, readonly DataFunction[]> = (() => {
  const map = new Map<string, DataFunction[]>();
  for (const f of FRAMEWORKS) {
    for (const fn of f.dataFunctions ?? []) {
      const list = map.get(fn.name) ?? [];
      list.push(fn);
      map.set(fn.name, list);
    }
  }
  return map;
})();

/** The data functions bound to files with this base name (`+page.server.ts` → `load`), with their labels. */
export function dataFunctionsOfFile(baseName: string): ReadonlyMap<string, string> {
  let result: Map<string, string> | undefined;
  for (const [name, fns] of DATA_FUNCTIONS) {
    for (const fn of fns) {
      if (fn.inFile?.(baseName) === true) (result ??= new Map()).set(name, fn.label);
    }
  }
  return result ?? NO_FUNCTIONS;
}

const NO_FUNCTIONS: ReadonlyMap<string, string> = new Map();

/** `{ module, name }` pairs of every framework's response helpers. */
export const RESPONSE_HELPERS: readonly { module: string; name: string }[] = FRAMEWORKS.flatMap((f) => {
  const helpers = f.responseHelpers;
  return helpers ? helpers.modules.flatMap((module) => helpers.names.map((name) => ({ module, name }))) : [];
});

/** Build config base name (`vite.config`) → the keys in it that inline values into the bundle. */
export const BUILD_CONFIG_INLINING: ReadonlyMap<string, ReadonlySet<InliningKey>> = (() => {
  const map = new Map<string, Set<InliningKey>>();
  for (const f of FRAMEWORKS) {
    for (const file of f.buildConfig?.files ?? []) {
      const keys = map.get(file) ?? new Set<InliningKey>();
      for (const key of f.buildConfig?.inlines ?? []) keys.add(key);
      map.set(file, keys);
    }
  }
  return map;
})();

/** The keys of a build config file that inline values (`next.config.mjs` → `env`, …); empty for other files. */
export function inliningKeysOf(baseName: string): ReadonlySet<InliningKey> {
  const dot = baseName.lastIndexOf('.');
  if (dot <= 0 || !CONFIG_EXTENSIONS.has(baseName.slice(dot + 1))) return NO_KEYS;
  return BUILD_CONFIG_INLINING.get(baseName.slice(0, dot)) ?? NO_KEYS;
}

const CONFIG_EXTENSIONS: ReadonlySet<string> = new Set(['js', 'mjs', 'cjs', 'ts', 'mts', 'cts']);
const NO_KEYS: ReadonlySet<InliningKey> = new Set();
