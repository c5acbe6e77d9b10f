import type { FrameworkModel } from '../model.js';

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

/** No client-side framework: Node.js code. */
export const node: FrameworkModel = {
  id: 'node',
  name: 'Node.js',
  dependencies: [],
  configFiles: [],
  publicEnvPrefixes: [],
  serverPlace: 'server code',
};
