import { client, hasDotPart, UNKNOWN, type Classification, type FrameworkModel, type PathParts } from '../model.js';

const SERVER_FUNCTIONS: ReadonlySet<string> = new Set(['loader', 'action', 'headers']);

function classify(parts: PathParts): Classification {
  const dirs = parts.dirs;
  if (hasDotPart(parts, 'server')) return { side: 'server', reason: 'a `.server` module' };
  if (dirs[0] !== 'app') return UNKNOWN;
  if (hasDotPart(parts, 'client') || (dirs.length === 1 && parts.stem === 'entry.client')) {
    return client('a `.client` module');
  }
  if (dirs.length === 1 && parts.stem === 'root') {
    return client('the root route module, bundled for the browser except `loader`/`action`', SERVER_FUNCTIONS);
  }
  if (dirs[1] === 'routes') {
    return client('a route module, bundled for the browser except `loader`/`action`', SERVER_FUNCTIONS);
  }
  if (dirs[1] === 'components') return client('`app/components/`, imported by route components');
  return UNKNOWN;
}

/** Remix and React Router framework mode: route modules are browser code except `loader`/`action`. */
export const remix: FrameworkModel = {
  id: 'remix',
  name: 'Remix',
  dependencies: ['@remix-run/react', '@remix-run/node', '@remix-run/dev', '@react-router/dev'],
  configFiles: ['remix.config', 'react-router.config'],
  inheritedByWorkspacePackages: true,
  publicEnvPrefixes: [],
  serverPlace: 'a `loader`/`action` or a `.server` module',
  dataFunctions: [
    { name: 'loader', label: 'loader data' },
    { name: 'action', label: 'action data' },
  ],
  responseHelpers: {
    modules: ['@remix-run/node', '@remix-run/cloudflare', '@remix-run/deno', '@remix-run/server-runtime', '@vercel/remix', 'react-router', 'remix-typedjson'],
    names: ['json', 'data', 'defer', 'typedjson'],
  },
  classify,
};
