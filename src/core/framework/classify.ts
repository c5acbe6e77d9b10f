/**
 * Client or server: decides whether a file ships to the browser, following each framework's conventions
 * (see §4 of the detection reference). Pure: takes the path relative to the project root and the file's
 * markers (directive, `server-only` import); no file system access.
 *
 * `unknown` means "could be either" and is treated as not client code, so shared helpers stay quiet.
 */
import type { FrameworkId } from './project.js';

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
}

const NEXT_PAGE_SERVER_FUNCTIONS: ReadonlySet<string> = new Set(['getServerSideProps', 'getStaticProps', 'getStaticPaths']);
const REMIX_SERVER_FUNCTIONS: ReadonlySet<string> = new Set(['loader', 'action', 'headers']);

const CODE_EXTENSIONS = new Set(['js', 'jsx', 'mjs', 'cjs', 'ts', 'tsx', 'mts', 'cts', 'vue', 'svelte']);

const TEST_DIRS = new Set(['__tests__', '__mocks__', 'test', 'tests', 'e2e', 'cypress', 'playwright', '__fixtures__']);

interface PathParts {
  segments: readonly string[];
  dirs: readonly string[];
  base: string;
  /** Base name without the last extension: `page` for `page.tsx`, `users.server` for `users.server.ts`. */
  stem: string;
  ext: string;
  /** Every dot-separated part of the base name: `['users', 'server', 'ts']`. */
  dotParts: readonly string[];
}

function parsePath(relativePath: string): PathParts {
  const segments = relativePath.split('/').filter((s) => s.length > 0 && s !== '.');
  const base = segments[segments.length - 1] ?? '';
  const dot = base.lastIndexOf('.');
  const stem = dot > 0 ? base.slice(0, dot) : base;
  const ext = dot > 0 ? base.slice(dot + 1) : '';
  return { segments, dirs: segments.slice(0, -1), base, stem, ext, dotParts: base.split('.') };
}

function isTestFile(parts: PathParts): boolean {
  if (parts.dirs.some((d) => TEST_DIRS.has(d))) return true;
  return parts.dotParts.some((p, i) => i > 0 && (p === 'test' || p === 'spec' || p === 'stories' || p === 'cy'));
}

/** `src/app/x` → `app/x`; Next.js, Remix and others accept an optional `src/` directory. */
function withoutSrc(dirs: readonly string[]): readonly string[] {
  return dirs[0] === 'src' ? dirs.slice(1) : dirs;
}

function hasDotPart(parts: PathParts, marker: string): boolean {
  // `users.server.ts`, `api.server.js`, `.server/` directories (Remix)
  return parts.dotParts.slice(1, -1).includes(marker) || parts.dirs.includes(`.${marker}`);
}

const UNKNOWN: Classification = { side: 'unknown', reason: '' };
const server = (reason: string): Classification => ({ side: 'server', reason });
const client = (reason: string, serverFunctions?: ReadonlySet<string>): Classification =>
  serverFunctions ? { side: 'client', reason, serverFunctions } : { side: 'client', reason };

/** Build and tool configs that run in Node wherever they sit (`apps/web/vite.config.ts`). */
const TOOL_CONFIGS = new Set([
  ...['vite', 'vitest', 'next', 'nuxt', 'astro', 'svelte', 'remix', 'react-router', 'webpack', 'rollup', 'rspack'],
  ...['tailwind', 'postcss', 'babel', 'jest', 'playwright', 'eslint', 'prettier', 'metro', 'tsup', 'esbuild', 'drizzle'],
]);

/**
 * True for build and tool config files: any `*.config.*` at the project root (`tailwind.config.js`), and
 * well-known tool configs at any depth (`configs/vite.config.ts`).
 */
export function isRootConfigFile(relativePath: string): boolean {
  const parts = parsePath(relativePath);
  const n = parts.dotParts.length;
  if (n < 3 || parts.dotParts[n - 2] !== 'config') return false;
  return parts.dirs.length === 0 || (n === 3 && TOOL_CONFIGS.has(parts.dotParts[0] as string));
}

function classifyNext(parts: PathParts): Classification {
  const dirs = withoutSrc(parts.dirs);
  if (dirs.length === 0 && (parts.stem === 'middleware' || parts.stem === 'instrumentation')) {
    return server(`\`${parts.stem}\` runs on the server`);
  }
  if (dirs[0] === 'app') {
    if (parts.stem === 'route') return server('a Route Handler');
    return server('a Server Component (no "use client" directive)');
  }
  if (dirs[0] === 'pages') {
    if (dirs[1] === 'api') return server('an API route');
    if (dirs.length === 1 && (parts.stem === '_document' || parts.stem === '_middleware')) {
      return server(`\`pages/${parts.stem}\` renders only on the server`);
    }
    return client(
      'a Pages Router page (`pages/` outside `pages/api/`), which is bundled for the browser',
      NEXT_PAGE_SERVER_FUNCTIONS,
    );
  }
  return UNKNOWN;
}

/** Top-level directories of a Vite app rooted at its `index.html` that hold Node code, not browser code. */
const VITE_ROOT_NODE_DIRS = new Set([
  ...['server', 'api', 'backend', 'functions', 'netlify', 'supabase', 'scripts', 'prisma', 'db', 'database'],
  ...['migrations', 'workers', 'worker', 'lambda', 'electron', 'main', 'preload', 'bin', 'cli', 'tools', 'plugins'],
  ...['public', 'docs', 'mock', 'mocks', 'config', 'convex', 'drizzle', 'tasks', 'jobs'],
]);

function classifyViteRoot(parts: PathParts): Classification {
  const top = parts.dirs[0];
  if (top === undefined) {
    if (parts.stem === 'server' || parts.stem.startsWith('server.') || parts.stem === 'index.server') return UNKNOWN;
    if (parts.stem === 'worker' || parts.stem === 'api' || parts.stem === 'main.electron') return UNKNOWN;
  } else if (VITE_ROOT_NODE_DIRS.has(top) || top.startsWith('.')) {
    return UNKNOWN;
  }
  if (parts.dirs.some((d) => SPA_SERVER_DIRS.has(d)) || hasDotPart(parts, 'server')) return server('a server module');
  return client('a Vite app rooted at its `index.html`, whose modules are bundled for the browser');
}

function classifySrcSpa(parts: PathParts, label: string, serverDirs: ReadonlySet<string>): Classification {
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

const SPA_SERVER_DIRS = new Set(['server', 'ssr', 'backend', 'functions', 'netlify', 'workers']);
const GATSBY_SERVER_DIRS = new Set([...SPA_SERVER_DIRS, 'api']);

function classifySvelteKit(parts: PathParts): Classification {
  const dirs = parts.dirs;
  if (dirs[0] !== 'src') return UNKNOWN;
  if (hasDotPart(parts, 'server') || parts.stem === '+server') return server('a `.server` module');
  if (dirs[1] === 'routes') {
    if (parts.stem === '+page' || parts.stem === '+layout') {
      return client(`a universal \`${parts.base}\` module, whose \`load\` also runs in the browser`);
    }
    if (parts.ext === 'svelte') return client('a Svelte component');
    return UNKNOWN;
  }
  if (dirs[1] === 'lib') {
    if (dirs[2] === 'server') return server('`$lib/server`');
    // Shared: a `$lib` module imported only by server routes may use private env (SvelteKit's build stops
    // it from reaching the browser). Projects that want every `$lib` module treated as client code say so
    // with `clientFiles: ['src/lib/**']`.
    return UNKNOWN;
  }
  if (dirs.length === 1) {
    if (parts.stem === 'hooks.client' || parts.stem === 'hooks' || parts.stem === 'service-worker') {
      return client(`\`src/${parts.base}\` runs in the browser`);
    }
    if (parts.stem === 'app.d' || parts.base === 'app.html') return UNKNOWN;
  }
  if (parts.ext === 'svelte') return client('a Svelte component');
  return UNKNOWN;
}

const NUXT_CLIENT_DIRS = new Set(['pages', 'components', 'composables', 'layouts', 'plugins', 'middleware', 'stores', 'utils']);

function classifyNuxt(parts: PathParts): Classification {
  let dirs = parts.dirs;
  if (dirs[0] === 'server') return server('`server/`');
  if (hasDotPart(parts, 'server')) return server('a `.server` file');
  if (hasDotPart(parts, 'client')) return client('a `.client` file');
  if (dirs[0] === 'app') dirs = dirs.slice(1); // Nuxt 4 `app/` directory
  if (dirs.length === 0 && (parts.stem === 'app' || parts.stem === 'error') && parts.ext === 'vue') {
    return client(`\`${parts.base}\` is a Vue component`);
  }
  const top = dirs[0];
  if (top !== undefined && NUXT_CLIENT_DIRS.has(top) && parts.segments[0] !== 'server') {
    return client(`the Nuxt \`${top}/\` directory, which is bundled for the browser`);
  }
  return UNKNOWN;
}

function classifyRemix(parts: PathParts): Classification {
  const dirs = parts.dirs;
  if (hasDotPart(parts, 'server')) return server('a `.server` module');
  if (dirs[0] !== 'app') return UNKNOWN;
  if (hasDotPart(parts, 'client') || (dirs.length === 1 && parts.stem === 'entry.client')) {
    return client('a `.client` module');
  }
  if (dirs.length === 1 && parts.stem === 'root') {
    return client('the root route module, bundled for the browser except `loader`/`action`', REMIX_SERVER_FUNCTIONS);
  }
  if (dirs[1] === 'routes') {
    return client('a route module, bundled for the browser except `loader`/`action`', REMIX_SERVER_FUNCTIONS);
  }
  if (dirs[1] === 'components') return client('`app/components/`, imported by route components');
  return UNKNOWN;
}

function classifyAstro(parts: PathParts): Classification {
  if (parts.dirs.some((d) => d.endsWith('.astro'))) {
    // a `<script>` block of an `.astro` file, extracted by a processor: it is bundled for the browser
    return client('a `<script>` in an `.astro` component, bundled for the browser');
  }
  if (parts.dirs[0] === 'src' && parts.dirs[1] === 'scripts') return client('`src/scripts/`, client-side scripts');
  return UNKNOWN;
}

function classifyExpo(parts: PathParts): Classification {
  if (parts.dirs.length === 0) {
    return parts.stem === 'App' || parts.stem === 'index' ? client('the Expo app entry, bundled into the app') : UNKNOWN;
  }
  const top = parts.dirs[0] as string;
  if (VITE_ROOT_NODE_DIRS.has(top) || top.startsWith('.')) return UNKNOWN;
  if (parts.stem.endsWith('+api')) return server('an Expo Router API route');
  return client('Expo app code, bundled into the app that users download');
}

/**
 * Classifies a file of a project whose framework is known. Directives and `server-only` win over paths;
 * `unknown` for shared code that the conventions do not place.
 */
export function classifyFile(framework: FrameworkId, facts: FileFacts): Classification {
  const parts = parsePath(facts.relativePath);
  if (!CODE_EXTENSIONS.has(parts.ext) && !parts.dirs.some((d) => d.endsWith('.astro'))) return UNKNOWN;
  if (facts.directive === 'use server') return server('"use server"');
  if (facts.importsServerOnly) return server('it imports `server-only`');
  if (facts.directive === 'use client') return client('a "use client" file, bundled for the browser');
  if (facts.importsClientOnly) return client('it imports `client-only`');
  if (isRootConfigFile(facts.relativePath)) return UNKNOWN;
  if (isTestFile(parts)) return UNKNOWN;
  switch (framework) {
    case 'next':
      return classifyNext(parts);
    case 'vite':
      return parts.dirs[0] !== 'src' && facts.projectHasIndexHtml === true
        ? classifyViteRoot(parts)
        : classifySrcSpa(parts, 'Vite', SPA_SERVER_DIRS);
    case 'cra':
      return classifySrcSpa(parts, 'Create React App', SPA_SERVER_DIRS);
    case 'gatsby':
      return classifySrcSpa(parts, 'Gatsby', GATSBY_SERVER_DIRS);
    case 'sveltekit':
      return classifySvelteKit(parts);
    case 'nuxt':
      return classifyNuxt(parts);
    case 'remix':
      return classifyRemix(parts);
    case 'astro':
      return classifyAstro(parts);
    case 'expo':
      return classifyExpo(parts);
    default:
      // Qwik, Parcel, webpack: no convention separates client from server files; use `clientFiles`.
      return UNKNOWN;
  }
}
