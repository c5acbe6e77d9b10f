import { client, hasDotPart, server, UNKNOWN, type Classification, type FrameworkModel, type PathParts } from '../model.js';

function classify(parts: PathParts): Classification {
  const dirs = parts.dirs;
  if (dirs[0] !== 'src') return UNKNOWN;
  if (hasDotPart(parts, 'server') || parts.stem === '+server') return server('a `.server` module');
  if (dirs[1] === 'routes') {
    if (parts.ext === 'svelte') return client('a Svelte component');
    if (parts.stem === '+page' || parts.stem === '+layout') {
      return client(`a universal \`${parts.base}\` module, whose \`load\` also runs in the browser`);
    }
    return UNKNOWN;
  }
  if (dirs[1] === 'lib') {
    if (dirs[2] === 'server') return server('`$lib/server`');
    // A Svelte component is browser code wherever it sits. Other `$lib` modules are shared: one imported
    // only by server routes may use private env (SvelteKit's build stops it from reaching the browser).
    // Projects that want every `$lib` module treated as client code say so with `clientFiles: ['src/lib/**']`.
    return parts.ext === 'svelte' ? client('a Svelte component') : UNKNOWN;
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

const isServerLoadFile = (base: string): boolean => base.startsWith('+page.server.') || base.startsWith('+layout.server.');

/** SvelteKit: routes, components and universal loads are browser code; `.server` modules and `+server` are not. */
export const sveltekit: FrameworkModel = {
  id: 'sveltekit',
  name: 'SvelteKit',
  dependencies: ['@sveltejs/kit'],
  configFiles: ['svelte.config'],
  inheritedByWorkspacePackages: true,
  publicEnvPrefixes: ['PUBLIC_'],
  privateEnvModules: [
    { module: '$env/static/private', access: 'static' },
    { module: '$env/dynamic/private', access: 'dynamic', holder: 'env' },
  ],
  publicEnvModules: [
    { module: '$env/static/public', access: 'static' },
    { module: '$env/dynamic/public', access: 'dynamic', holder: 'env' },
  ],
  serverOnlyModules: ['$lib/server'],
  buildConfig: { files: ['svelte.config'], inlines: ['define', 'envPrefix'] },
  serverPlace: 'a `+page.server.ts`, `+server.ts` or `$lib/server` module',
  dataFunctions: [{ name: 'load', label: 'SvelteKit load data', inFile: isServerLoadFile }],
  // `+server` endpoints: `return json(data)`, `return text(body)`
  responseHelpers: { modules: ['@sveltejs/kit'], names: ['json', 'text'] },
  classify,
};
