import { classifySrcSpa, SPA_SERVER_DIRS, type FrameworkModel } from '../model.js';

/** Create React App: `src/` is browser code; `REACT_APP_` variables are inlined. */
export const cra: FrameworkModel = {
  id: 'cra',
  name: 'Create React App',
  dependencies: ['react-scripts'],
  configFiles: [],
  publicEnvPrefixes: ['REACT_APP_'],
  serverPlace: 'your backend',
  classify: (parts) => classifySrcSpa(parts, 'Create React App', SPA_SERVER_DIRS),
};
