import { client, ROOT_NODE_DIRS, server, UNKNOWN, type Classification, type FrameworkModel, type PathParts } from '../model.js';

function classify(parts: PathParts): Classification {
  if (parts.dirs.length === 0) {
    return parts.stem === 'App' || parts.stem === 'index' ? client('the Expo app entry, bundled into the app') : UNKNOWN;
  }
  const top = parts.dirs[0] as string;
  if (ROOT_NODE_DIRS.has(top) || top.startsWith('.')) return UNKNOWN;
  if (parts.stem.endsWith('+api')) return server('an Expo Router API route');
  return client('Expo app code, bundled into the app that users download');
}

/** Expo / React Native: app code ships inside the app users download. */
export const expo: FrameworkModel = {
  id: 'expo',
  name: 'Expo',
  dependencies: ['expo'],
  configFiles: [],
  publicEnvPrefixes: ['EXPO_PUBLIC_'],
  serverPlace: 'your backend or an Expo Router API route (`+api.ts`)',
  classify,
};
