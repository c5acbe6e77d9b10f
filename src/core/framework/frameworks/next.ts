import { client, server, UNKNOWN, withoutSrc, type FrameworkModel, type PathParts, type Classification } from '../model.js';

const PAGE_SERVER_FUNCTIONS: ReadonlySet<string> = new Set(['getServerSideProps', 'getStaticProps', 'getStaticPaths']);
const PAGES_SERVER_PLACE = '`getServerSideProps`/`getStaticProps` or an API route (`pages/api/`)';

function classify(parts: PathParts): Classification {
  const dirs = withoutSrc(parts.dirs);
  if (dirs.length === 0 && (parts.stem === 'middleware' || parts.stem === 'instrumentation')) {
    return server(`\`${parts.stem}\` runs on the server`);
  }
  if (dirs[0] === 'app') {
    if (parts.stem === 'route') return server('a Route Handler');
    return server('a Server Component (no "use client" directive)');
  }
  if (dirs[0] === 'pages') {
    if (dirs[1] === 'api') return server('an API route');
    if (dirs.length === 1 && (parts.stem === '_document' || parts.stem === '_middleware')) {
      return server(`\`pages/${parts.stem}\` renders only on the server`);
    }
    return {
      ...client('a Pages Router page (`pages/` outside `pages/api/`), which is bundled for the browser', PAGE_SERVER_FUNCTIONS),
      serverPlace: PAGES_SERVER_PLACE,
    };
  }
  return UNKNOWN;
}

/** Next.js: App Router (server by default, `"use client"` files are browser code) and Pages Router. */
export const next: FrameworkModel = {
  id: 'next',
  name: 'Next.js',
  dependencies: ['next'],
  configFiles: ['next.config'],
  inheritedByWorkspacePackages: true,
  publicEnvPrefixes: ['NEXT_PUBLIC_'],
  buildConfig: { files: ['next.config'], inlines: ['env', 'publicRuntimeConfig'] },
  serverPlace: 'a Server Component, Route Handler or Server Action',
  dataFunctions: [
    { name: 'getServerSideProps', label: 'getServerSideProps props' },
    { name: 'getStaticProps', label: 'getStaticProps props' },
  ],
  classify,
};
