/**
 * What `no-secret-env-in-client` knows about frameworks: where secrets belong, private and public env
 * modules, and build config file names. Kept apart so that the framework registry (issue 9) can replace it.
 */
import type { FrameworkId } from '../../core/framework/project.js';

/** Where each framework wants secrets read, for messages. */
export const SERVER_PLACES: Record<FrameworkId, string> = {
  next: 'a Server Component, Route Handler or Server Action',
  sveltekit: 'a `+page.server.ts`, `+server.ts` or `$lib/server` module',
  nuxt: '`server/` through private `runtimeConfig`',
  astro: 'component frontmatter or an endpoint',
  remix: 'a `loader`/`action` or a `.server` module',
  gatsby: 'a Gatsby Function (`src/api/`) or your backend',
  expo: 'your backend or an Expo Router API route (`+api.ts`)',
  qwik: '`routeLoader$`/`server$` code',
  cra: 'your backend',
  vite: 'your backend or API server',
  parcel: 'your backend',
  webpack: 'your backend',
  node: 'server code',
};

/** Env modules that only server code may import, by framework. */
export const PRIVATE_ENV_MODULES: ReadonlyMap<string, FrameworkId> = new Map([
  ['$env/static/private', 'sveltekit'],
  ['$env/dynamic/private', 'sveltekit'],
  ['$lib/server', 'sveltekit'],
  ['astro:env/server', 'astro'],
]);

export const PUBLIC_ENV_MODULES = new Set(['$env/static/public']);

/** Frameworks that inline `PUBLIC_` variables. */
export const PUBLIC_PREFIX_FRAMEWORKS: ReadonlySet<FrameworkId> = new Set(['sveltekit', 'astro', 'qwik']);

export const NEXT_CONFIG = /^next\.config\.[cm]?[jt]s$/u;
export const VITE_LIKE_CONFIG = /^(?:vite|astro|nuxt|svelte|vitest)\.config\.[cm]?[jt]s$/u;
export const NUXT_CONFIG = /^nuxt\.config\.[cm]?[jt]s$/u;

export const NODE_TARGETS = ['node', 'async-node', 'electron-main', 'electron-preload'];
