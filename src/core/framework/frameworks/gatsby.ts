import { classifySrcSpa, SPA_SERVER_DIRS, type FrameworkModel } from '../model.js';

const SERVER_DIRS: ReadonlySet<string> = new Set([...SPA_SERVER_DIRS, 'api']);

/** Gatsby: `src/` is browser code except Gatsby Functions (`src/api/`). */
export const gatsby: FrameworkModel = {
  id: 'gatsby',
  name: 'Gatsby',
  dependencies: ['gatsby'],
  configFiles: ['gatsby-config'],
  publicEnvPrefixes: ['GATSBY_'],
  serverPlace: 'a Gatsby Function (`src/api/`) or your backend',
  classify: (parts) => classifySrcSpa(parts, 'Gatsby', SERVER_DIRS),
};
