/**
 * What `no-secret-env-in-client` knows about frameworks: private and public env modules, and build config
 * file names. Kept apart so that the framework registry (issue 9) can replace it; where secrets belong
 * already comes from the registry (`serverPlaceOf`).
 */
import type { FrameworkId } from '../../core/framework/project.js';

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
