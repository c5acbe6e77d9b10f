import { server, UNKNOWN, type Classification, type FrameworkModel, type PathParts } from '../model.js';

// Frameworks and bundlers whose conventions do not separate client from server files: projects say which
// files are browser code with the `clientFiles` option. They still contribute public prefixes and names.

/** Qwik City: `routeLoader$`/`server$` run on the server; `PUBLIC_` variables are inlined. */
export const qwik: FrameworkModel = {
  id: 'qwik',
  name: 'Qwik',
  dependencies: ['@builder.io/qwik-city'],
  configFiles: [],
  publicEnvPrefixes: ['PUBLIC_'],
  serverPlace: '`routeLoader$`/`server$` code',
};

export const parcel: FrameworkModel = {
  id: 'parcel',
  name: 'Parcel',
  dependencies: ['parcel'],
  configFiles: [],
  publicEnvPrefixes: [],
  serverPlace: 'your backend',
};

export const webpack: FrameworkModel = {
  id: 'webpack',
  name: 'webpack',
  dependencies: ['webpack'],
  configFiles: ['webpack.config'],
  publicEnvPrefixes: [],
  serverPlace: 'your backend',
};

/** Directories a Node.js server serves to browsers as they are, or that hold a front end it does not build. */
const BROWSER_DIRS: ReadonlySet<string> = new Set(['public', 'static', 'assets', 'client', 'frontend', 'www', 'browser', 'web', 'views', 'dist', 'build']);

/**
 * A package without a client-side framework runs on Node.js: its modules are server code, except files it
 * serves to browsers (`public/`, `static/`…), components (decided by the classifier) and scripts in HTML.
 */
function classifyNode(parts: PathParts): Classification {
  if (parts.dirs.some((d) => BROWSER_DIRS.has(d))) return UNKNOWN;
  if (parts.ext === 'vue' || parts.ext === 'svelte' || parts.ext === 'html') return UNKNOWN;
  return server('a Node.js package without a client-side framework');
}

/** No client-side framework: Node.js code. */
export const node: FrameworkModel = {
  id: 'node',
  name: 'Node.js',
  dependencies: [],
  configFiles: [],
  publicEnvPrefixes: [],
  serverPlace: 'server code',
  classify: classifyNode,
};
