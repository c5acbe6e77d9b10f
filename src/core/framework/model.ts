/**
 * The shape of one framework's knowledge. Every framework the plugin knows is one module under
 * `frameworks/` exporting a {@link FrameworkModel}; `registry.ts` lists them by priority and derives every
 * lookup table the rules use (dependencies, config files, public env prefixes, env modules, server-only data
 * functions). Nothing outside `frameworks/` names a framework.
 */

/** Frameworks and bundlers the plugin knows. `node` means no client-side framework was found. */
export type FrameworkId =
  | 'next'
  | 'sveltekit'
  | 'nuxt'
  | 'astro'
  | 'remix'
  | 'gatsby'
  | 'expo'
  | 'qwik'
  | 'cra'
  | 'vite'
  | 'parcel'
  | 'webpack'
  | 'node';

export type Side = 'client' | 'server' | 'unknown';

/** Facts about one file that decide its side. */
export interface FileFacts {
  /** Path relative to the project root, `/`-separated. */
  relativePath: string;
  /** The file's `"use client"` / `"use server"` directive, if any. */
  directive?: 'use client' | 'use server' | undefined;
  /** The file imports `server-only`. */
  importsServerOnly?: boolean;
  /** The file imports `client-only`. */
  importsClientOnly?: boolean;
  /** The project root holds an `index.html` (a Vite app rooted at the package, not only `src/`). */
  projectHasIndexHtml?: boolean;
}

/** The verdict for a file. */
export interface Classification {
  side: Side;
  /** Why, in words that finish "… is read in client code: <reason>". */
  reason: string;
  /**
   * Names of exported functions whose bodies run only on the server although the file is client code
   * (Next.js Pages Router data functions, Remix `loader`/`action`); the framework strips them, and code
   * used only by them, from the browser bundle.
   */
  serverFunctions?: ReadonlySet<string>;
  /** Where secrets belong instead, for messages ("… read it in <advice> instead"). Defaults to the framework's. */
  serverPlace?: string;
  /** Who ships the file to the browser, for messages, when not the project's framework (`Vue` in a plain Node package). */
  shippedBy?: string;
}

/** A path split the way the classifiers need it. */
export interface PathParts {
  segments: readonly string[];
  dirs: readonly string[];
  base: string;
  /** Base name without the last extension: `page` for `page.tsx`, `users.server` for `users.server.ts`. */
  stem: string;
  ext: string;
  /** Every dot-separated part of the base name: `['users', 'server', 'ts']`. */
  dotParts: readonly string[];
}

/** An env module of a framework: `$env/static/private`, `astro:env/server`. */
export interface EnvModule {
  module: string;
  /** `static`: each named import is one variable; `dynamic`: the export `env` holds every variable. */
  access: 'static' | 'dynamic';
  /** The export that holds the variables of a dynamic module (`env`). */
  holder?: string;
}

/** An exported function whose return value the framework sends to the browser. */
export interface DataFunction {
  name: string;
  /** How messages call what it returns: `getServerSideProps props`, `loader data`. */
  label: string;
  /**
   * Only in files matching this test (a SvelteKit `load` only in `+page.server`/`+layout.server` files).
   * Receives the file's base name.
   */
  inFile?: (base: string) => boolean;
}

/** Response helpers imported from a framework's modules: `json(data)` from `@remix-run/node`. */
export interface ResponseHelpers {
  modules: readonly string[];
  /** Helpers that send their first argument: `json(data)`, `text(body)`. */
  names: readonly string[];
  /** Helpers that send another argument, by its position: h3's `setResponseHeader(event, name, value)` → 2. */
  at?: Readonly<Record<string, number>>;
  /** Route handler wrappers whose callback's return value is the response body: h3's `defineEventHandler(fn)`. */
  handlers?: readonly string[];
  /** The framework makes the helpers and handlers globals, without an import (Nuxt's and Nitro's auto-imports). */
  autoImported?: boolean;
}

/**
 * A component file format (`.vue`, `.svelte`, `.astro`): where its code runs when no framework convention
 * places the file, and, for formats whose markup renders on the server, which parts of the markup reach the
 * browser anyway.
 */
export interface ComponentFormat {
  /** The file extension without the dot. */
  extension: string;
  /** The human name, for messages (`Vue`). */
  name: string;
  /** Where the component's script and markup run, whatever directory it sits in. */
  side: Exclude<Side, 'unknown'>;
  /** Why, in words that finish "… is read in client code: <reason>". */
  reason: string;
  /**
   * For server-rendered markup (Astro): attribute namespaces that make a component an island hydrated in
   * the browser, whose props are serialised into the page (`client` for `client:load`, `client:only`…).
   */
  islandDirectives?: readonly string[];
  /** For server-rendered markup: attributes that hand server values to a browser `<script>` (`define:vars`). */
  scriptVariables?: readonly string[];
}

export interface FrameworkModel {
  id: FrameworkId;
  /** The human name for messages. */
  name: string;
  /** Package names in `dependencies`/`devDependencies` that identify it. */
  dependencies: readonly string[];
  /** Config file base names without extension (`next.config`) that identify it. */
  configFiles: readonly string[];
  /**
   * A package of a monorepo that names no framework of its own takes this framework from the workspace
   * root's dependencies. True for meta-frameworks that place files by their own directories; false for
   * bundlers, which would make every `src/` browser code.
   */
  inheritedByWorkspacePackages?: boolean;
  /** Env prefixes the framework inlines into browser code. */
  publicEnvPrefixes: readonly string[];
  /** Env modules that only server code may import. */
  privateEnvModules?: readonly EnvModule[];
  /**
   * Functions that return the server's private configuration, whose properties with secret names are secrets
   * (Nuxt's and Nitro's `useRuntimeConfig()`; its `public` part is not).
   */
  privateConfigFunctions?: { modules: readonly string[]; names: readonly string[]; autoImported?: boolean };
  /** Env modules that are public (inlined into browser code). */
  publicEnvModules?: readonly EnvModule[];
  /** Other modules only server code may import (`$lib/server`). */
  serverOnlyModules?: readonly string[];
  /** Where secrets belong in this framework, for messages. */
  serverPlace: string;
  /** Exported functions whose return value reaches the browser. */
  dataFunctions?: readonly DataFunction[];
  /** Response helpers of the framework's modules. */
  responseHelpers?: ResponseHelpers;
  /** Build config files (base names without extension) and the keys in them that inline values into the bundle. */
  buildConfig?: { files: readonly string[]; inlines: readonly InliningKey[] };
  /**
   * Which files are browser code, by the framework's conventions. Called after the generic checks
   * (directives, `server-only`, tests, tool configs); `unknown` for code the conventions do not place.
   */
  classify?: (parts: PathParts, facts: FileFacts) => Classification;
  /** The component file format the framework brings (`.astro`), if any. */
  componentFormat?: ComponentFormat;
}

/**
 * Keys of a build config that put values into the browser bundle: Next.js `env` and `publicRuntimeConfig`,
 * Vite's `define` and `envPrefix` (with `loadEnv`), Nuxt's `runtimeConfig` (its `public` part).
 */
export type InliningKey = 'env' | 'publicRuntimeConfig' | 'define' | 'envPrefix' | 'runtimeConfig';

/** A tool that inlines env variables with a public prefix but is not a framework the plugin classifies for. */
export interface PublicPrefixTool {
  prefix: string;
  tool: string;
}

// ---- helpers shared by the framework modules ----

export const UNKNOWN: Classification = { side: 'unknown', reason: '' };
export const server = (reason: string): Classification => ({ side: 'server', reason });
export const client = (reason: string, serverFunctions?: ReadonlySet<string>): Classification =>
  serverFunctions ? { side: 'client', reason, serverFunctions } : { side: 'client', reason };

export function parsePath(relativePath: string): PathParts {
  const segments = relativePath.split('/').filter((s) => s.length > 0 && s !== '.');
  const base = segments[segments.length - 1] ?? '';
  const dot = base.lastIndexOf('.');
  const stem = dot > 0 ? base.slice(0, dot) : base;
  const ext = dot > 0 ? base.slice(dot + 1) : '';
  return { segments, dirs: segments.slice(0, -1), base, stem, ext, dotParts: base.split('.') };
}

/** `src/app/x` → `app/x`; Next.js, Remix and others accept an optional `src/` directory. */
export function withoutSrc(dirs: readonly string[]): readonly string[] {
  return dirs[0] === 'src' ? dirs.slice(1) : dirs;
}

/** `users.server.ts`, `api.server.js`, `.server/` directories (Remix). */
export function hasDotPart(parts: PathParts, marker: string): boolean {
  return parts.dotParts.slice(1, -1).includes(marker) || parts.dirs.includes(`.${marker}`);
}

/** Directories of single-page apps that hold server code. */
export const SPA_SERVER_DIRS: ReadonlySet<string> = new Set(['server', 'ssr', 'backend', 'functions', 'netlify', 'workers']);

/** Top-level directories of an app rooted at its package that hold Node code, not browser code. */
export const ROOT_NODE_DIRS: ReadonlySet<string> = new Set([
  ...['server', 'api', 'backend', 'functions', 'netlify', 'supabase', 'scripts', 'prisma', 'db', 'database'],
  ...['migrations', 'workers', 'worker', 'lambda', 'electron', 'main', 'preload', 'bin', 'cli', 'tools', 'plugins'],
  ...['public', 'docs', 'mock', 'mocks', 'config', 'convex', 'drizzle', 'tasks', 'jobs'],
]);

/** `src/` of a single-page app: browser code except server directories, `.server` modules and entries. */
export function classifySrcSpa(parts: PathParts, label: string, serverDirs: ReadonlySet<string>): Classification {
  if (parts.dirs[0] !== 'src') return UNKNOWN;
  if (parts.dirs.slice(1).some((d) => serverDirs.has(d))) return server('a server directory');
  if (hasDotPart(parts, 'server')) return server('a `.server` module');
  if (parts.dirs.length === 1) {
    const stem = parts.stem;
    if (stem === 'server' || stem.startsWith('entry-server') || stem.startsWith('entry.server') || stem === 'setupProxy' || stem === 'setupTests') {
      return server('a server or test entry');
    }
    if (stem === 'worker' || stem === 'api') return UNKNOWN;
  }
  return client(`\`src/\` of a ${label} app, which is bundled for the browser`);
}
