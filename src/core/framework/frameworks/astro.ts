import { client, UNKNOWN, type Classification, type ComponentFormat, type FrameworkModel, type PathParts } from '../model.js';

/**
 * An `.astro` component renders on the server: its frontmatter and the expressions of its markup run at
 * build or request time and never ship as code. What its markup *outputs* reaches the browser all the
 * same: text and attributes of the HTML, the props of `client:*` islands (serialised into the page for
 * hydration) and the variables `define:vars` hands to a `<script>`. Its `<script>` blocks are bundled for
 * the browser; eslint-plugin-astro's processor lints them as `Component.astro/0_0.ts`.
 */
export const astroComponents: ComponentFormat = {
  extension: 'astro',
  name: 'Astro',
  side: 'server',
  reason: 'the frontmatter and markup expressions of an `.astro` component run on the server',
  islandDirectives: ['client'],
  scriptVariables: ['define:vars'],
};

function classify(parts: PathParts): Classification {
  if (parts.dirs.some((d) => d.endsWith('.astro'))) {
    // a `<script>` block of an `.astro` file, extracted by a processor: it is bundled for the browser
    return client('a `<script>` in an `.astro` component, bundled for the browser');
  }
  if (parts.dirs[0] === 'src' && parts.dirs[1] === 'scripts') return client('`src/scripts/`, client-side scripts');
  return UNKNOWN;
}

/** Astro: frontmatter, markup and endpoints run on the server; `<script>` blocks and `src/scripts/` in the browser. */
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
  componentFormat: astroComponents,
};
