import { client, UNKNOWN, type Classification, type FrameworkModel, type PathParts } from '../model.js';

function classify(parts: PathParts): Classification {
  if (parts.dirs.some((d) => d.endsWith('.astro'))) {
    // a `<script>` block of an `.astro` file, extracted by a processor: it is bundled for the browser
    return client('a `<script>` in an `.astro` component, bundled for the browser');
  }
  if (parts.dirs[0] === 'src' && parts.dirs[1] === 'scripts') return client('`src/scripts/`, client-side scripts');
  return UNKNOWN;
}

/** Astro: frontmatter and endpoints run on the server; `<script>` blocks and `src/scripts/` in the browser. */
export const astro: FrameworkModel = {
  id: 'astro',
  name: 'Astro',
  dependencies: ['astro'],
  configFiles: ['astro.config'],
  inheritedByWorkspacePackages: true,
  publicEnvPrefixes: ['PUBLIC_'],
  privateEnvModules: [{ module: 'astro:env/server', access: 'static' }],
  publicEnvModules: [{ module: 'astro:env/client', access: 'static' }],
  buildConfig: { files: ['astro.config'], inlines: ['define', 'envPrefix'] },
  serverPlace: 'component frontmatter or an endpoint',
  classify,
};
