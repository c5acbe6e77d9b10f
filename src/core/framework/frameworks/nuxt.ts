import { client, hasDotPart, server, UNKNOWN, type Classification, type FrameworkModel, type PathParts } from '../model.js';

const CLIENT_DIRS: ReadonlySet<string> = new Set(['pages', 'components', 'composables', 'layouts', 'plugins', 'middleware', 'stores', 'utils']);

function classify(parts: PathParts): Classification {
  let dirs = parts.dirs;
  if (dirs[0] === 'server') return server('`server/`');
  if (hasDotPart(parts, 'server')) return server('a `.server` file');
  if (hasDotPart(parts, 'client')) return client('a `.client` file');
  if (dirs[0] === 'app') dirs = dirs.slice(1); // Nuxt 4 `app/` directory
  if (dirs.length === 0 && (parts.stem === 'app' || parts.stem === 'error') && parts.ext === 'vue') {
    return client(`\`${parts.base}\` is a Vue component`);
  }
  const top = dirs[0];
  if (top !== undefined && CLIENT_DIRS.has(top) && parts.segments[0] !== 'server') {
    return client(`the Nuxt \`${top}/\` directory, which is bundled for the browser`);
  }
  return UNKNOWN;
}

/** Nuxt (with Nitro's `server/`): app directories are browser code. */
export const nuxt: FrameworkModel = {
  id: 'nuxt',
  name: 'Nuxt',
  dependencies: ['nuxt', 'nuxt3'],
  configFiles: ['nuxt.config'],
  inheritedByWorkspacePackages: true,
  publicEnvPrefixes: ['NUXT_PUBLIC_'],
  buildConfig: { files: ['nuxt.config'], inlines: ['define', 'envPrefix', 'runtimeConfig'] },
  serverPlace: '`server/` through private `runtimeConfig`',
  privateConfigFunctions: { modules: ['#imports', 'nitropack/runtime'], names: ['useRuntimeConfig'], autoImported: true },
  // Nitro's h3 in `server/`: a handler's return value is the body; helpers set headers, cookies and bodies.
  // Auto-imported in Nuxt and Nitro, imported from `h3` elsewhere.
  responseHelpers: {
    modules: ['h3', '#imports', 'nitropack/runtime'],
    names: [],
    at: {
      send: 1,
      sendRedirect: 1,
      setResponseHeader: 2,
      setHeader: 2,
      appendResponseHeader: 2,
      appendHeader: 2,
      setResponseHeaders: 1,
      setHeaders: 1,
      setCookie: 2,
    },
    handlers: ['defineEventHandler', 'eventHandler', 'defineCachedEventHandler', 'cachedEventHandler'],
    autoImported: true,
  },
  classify,
};
