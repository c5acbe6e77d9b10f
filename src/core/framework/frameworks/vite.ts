import {
  classifySrcSpa,
  client,
  hasDotPart,
  ROOT_NODE_DIRS,
  server,
  SPA_SERVER_DIRS,
  UNKNOWN,
  type Classification,
  type FileFacts,
  type FrameworkModel,
  type PathParts,
} from '../model.js';

/** A Vite app rooted at its `index.html`: every module outside Node directories is browser code. */
function classifyRoot(parts: PathParts): Classification {
  const top = parts.dirs[0];
  if (top === undefined) {
    if (parts.stem === 'server' || parts.stem.startsWith('server.') || parts.stem === 'index.server') return UNKNOWN;
    if (parts.stem === 'worker' || parts.stem === 'api' || parts.stem === 'main.electron') return UNKNOWN;
  } else if (ROOT_NODE_DIRS.has(top) || top.startsWith('.')) {
    return UNKNOWN;
  }
  if (parts.dirs.some((d) => SPA_SERVER_DIRS.has(d)) || hasDotPart(parts, 'server')) return server('a server module');
  return client('a Vite app rooted at its `index.html`, whose modules are bundled for the browser');
}

/** Vite single-page apps: `src/` (or the whole package when it has an `index.html`) is browser code. */
export const vite: FrameworkModel = {
  id: 'vite',
  name: 'Vite',
  dependencies: ['vite'],
  configFiles: ['vite.config'],
  publicEnvPrefixes: ['VITE_'],
  buildConfig: { files: ['vite.config', 'vitest.config'], inlines: ['define', 'envPrefix'] },
  serverPlace: 'your backend or API server',
  classify: (parts: PathParts, facts: FileFacts) =>
    parts.dirs[0] !== 'src' && facts.projectHasIndexHtml === true ? classifyRoot(parts) : classifySrcSpa(parts, 'Vite', SPA_SERVER_DIRS),
};
