import { describe, expect, it } from 'vitest';
import { classifyFile, isRootConfigFile, isTestPath, type FileFacts } from '../../../src/core/framework/classify.js';
import type { FrameworkId } from '../../../src/core/framework/project.js';

type Row = [FrameworkId, string, FileFacts['directive'] | 'server-only' | null, 'client' | 'server' | 'unknown'];

describe('classifyFile', () => {
  it.each<Row>([
    // Next.js App Router
    ['next', 'app/dashboard/page.tsx', null, 'server'],
    ['next', 'app/dashboard/page.tsx', 'use client', 'client'],
    ['next', 'src/app/dashboard/page.tsx', 'use client', 'client'],
    ['next', 'app/api/checkout/route.ts', null, 'server'],
    ['next', 'app/actions.ts', 'use server', 'server'],
    ['next', 'components/pay-button.tsx', 'use client', 'client'],
    ['next', 'components/pay-button.tsx', null, 'unknown'],
    ['next', 'lib/stripe.ts', 'server-only', 'server'],
    ['next', 'middleware.ts', null, 'server'],
    ['next', 'src/middleware.ts', null, 'server'],
    ['next', 'instrumentation.ts', null, 'server'],
    // Next.js Pages Router
    ['next', 'pages/index.tsx', null, 'client'],
    ['next', 'src/pages/billing/[id].tsx', null, 'client'],
    ['next', 'pages/_app.tsx', null, 'client'],
    ['next', 'pages/_document.tsx', null, 'server'],
    ['next', 'pages/api/webhook.ts', null, 'server'],
    ['next', 'pages/index.test.tsx', null, 'unknown'],
    ['next', 'next.config.mjs', null, 'unknown'],
    // Vite, CRA, Gatsby
    ['vite', 'src/main.tsx', null, 'client'],
    ['vite', 'src/lib/api.ts', null, 'client'],
    ['vite', 'src/server/index.ts', null, 'server'],
    ['vite', 'src/entry-server.tsx', null, 'server'],
    ['vite', 'src/db.server.ts', null, 'server'],
    ['vite', 'src/App.test.tsx', null, 'unknown'],
    ['vite', 'src/__tests__/App.tsx', null, 'unknown'],
    ['vite', 'server/index.ts', null, 'unknown'],
    ['vite', 'vite.config.ts', null, 'unknown'],
    ['vite', 'scripts/seed.ts', null, 'unknown'],
    ['vite', 'src/styles.css', null, 'unknown'],
    ['cra', 'src/App.js', null, 'client'],
    ['cra', 'src/setupProxy.js', null, 'server'],
    ['gatsby', 'src/pages/index.js', null, 'client'],
    ['gatsby', 'src/api/subscribe.js', null, 'server'],
    // SvelteKit
    ['sveltekit', 'src/routes/+page.ts', null, 'client'],
    ['sveltekit', 'src/routes/blog/+layout.js', null, 'client'],
    ['sveltekit', 'src/routes/+page.server.ts', null, 'server'],
    ['sveltekit', 'src/routes/api/+server.ts', null, 'server'],
    ['sveltekit', 'src/routes/+page.svelte', null, 'client'],
    ['sveltekit', 'src/lib/api.ts', null, 'unknown'],
    ['sveltekit', 'src/lib/server/db.ts', null, 'server'],
    ['sveltekit', 'src/lib/db.server.ts', null, 'server'],
    ['sveltekit', 'src/hooks.server.ts', null, 'server'],
    ['sveltekit', 'src/hooks.client.ts', null, 'client'],
    // Nuxt
    ['nuxt', 'pages/index.vue', null, 'client'],
    ['nuxt', 'components/Checkout.vue', null, 'client'],
    ['nuxt', 'composables/useApi.ts', null, 'client'],
    ['nuxt', 'app/composables/useApi.ts', null, 'client'],
    ['nuxt', 'server/api/pay.ts', null, 'server'],
    ['nuxt', 'plugins/sentry.server.ts', null, 'server'],
    ['nuxt', 'plugins/analytics.client.ts', null, 'client'],
    ['nuxt', 'app.vue', null, 'client'],
    // a component is browser code wherever it sits, unless the framework says otherwise
    ['nuxt', 'src/components/Checkout.vue', null, 'client'],
    ['nuxt', 'layers/base/components/Map.vue', null, 'client'],
    ['nuxt', 'components/Comments.server.vue', null, 'server'],
    ['nuxt', 'server/components/Og.vue', null, 'server'],
    ['vite', 'packages/ui/Button.vue', null, 'client'],
    ['node', 'src/components/Map.vue', null, 'client'],
    ['node', 'src/lib/components/Map.svelte', null, 'client'],
    ['sveltekit', 'src/lib/components/Map.svelte', null, 'client'],
    ['sveltekit', 'src/lib/components/Map.test.svelte', null, 'unknown'],
    ['astro', 'src/pages/index.astro', null, 'server'],
    ['node', 'src/components/Card.astro', null, 'server'],
    ['astro', 'src/components/Counter.svelte', null, 'client'],
    ['astro', 'src/components/Counter.vue', null, 'client'],
    // Remix
    ['remix', 'app/routes/_index.tsx', null, 'client'],
    ['remix', 'app/root.tsx', null, 'client'],
    ['remix', 'app/models/user.server.ts', null, 'server'],
    ['remix', 'app/.server/db.ts', null, 'server'],
    ['remix', 'app/entry.server.tsx', null, 'server'],
    ['remix', 'app/utils.ts', null, 'unknown'],
    // Astro, Expo
    ['astro', 'src/components/Nav.astro/0_0.ts', null, 'client'],
    ['astro', 'src/scripts/menu.ts', null, 'client'],
    ['astro', 'src/pages/api/hello.ts', null, 'unknown'],
    ['expo', 'app/(tabs)/index.tsx', null, 'client'],
    ['expo', 'App.tsx', null, 'client'],
    ['expo', 'app/api/chat+api.ts', null, 'server'],
    ['expo', 'app.config.ts', null, 'unknown'],
    ['expo', 'backend/index.ts', null, 'unknown'],
    ['expo', 'supabase/functions/chat/index.ts', null, 'unknown'],
    // a package without a client-side framework is Node.js code, except what it serves as is and components
    ['node', 'src/index.ts', null, 'server'],
    ['node', 'src/index.ts', 'use client', 'client'],
    ['node', 'public/js/app.js', null, 'unknown'],
    ['node', 'src/components/Login.vue', null, 'client'],
    ['node', 'src/App.svelte', null, 'client'],
    ['node', 'test/app.test.ts', null, 'unknown'],
    ['webpack', 'src/Widget.vue', null, 'client'],
    // frameworks without file conventions
    ['webpack', 'src/index.ts', null, 'unknown'],
  ])('%s %s (%s) → %s', (framework, relativePath, marker, side) => {
    const facts: FileFacts = {
      relativePath,
      directive: marker === 'use client' || marker === 'use server' ? marker : undefined,
      importsServerOnly: marker === 'server-only',
    };
    expect(classifyFile(framework, facts).side).toBe(side);
  });

  it('names server-only functions of Pages Router pages and Remix routes', () => {
    expect([...(classifyFile('next', { relativePath: 'pages/index.tsx' }).serverFunctions ?? [])]).toContain('getServerSideProps');
    expect([...(classifyFile('remix', { relativePath: 'app/routes/x.tsx' }).serverFunctions ?? [])]).toContain('loader');
  });

  it.each([
    ['App.tsx', 'client'],
    ['services/geminiService.ts', 'client'],
    ['collab/Portal.tsx', 'client'],
    ['server/index.ts', 'unknown'],
    ['server.ts', 'unknown'],
    ['scripts/build.ts', 'unknown'],
    ['electron/main.ts', 'unknown'],
    ['lib/db.server.ts', 'server'],
    ['vite.config.ts', 'unknown'],
  ])('Vite app rooted at index.html: %s → %s', (relativePath, side) => {
    expect(classifyFile('vite', { relativePath, projectHasIndexHtml: true }).side).toBe(side);
    // without index.html only `src/` is client code
    expect(classifyFile('vite', { relativePath }).side).toBe('unknown');
  });

  it('"use server" and server-only win over paths', () => {
    expect(classifyFile('vite', { relativePath: 'src/x.ts', directive: 'use server' }).side).toBe('server');
    expect(classifyFile('next', { relativePath: 'pages/x.tsx', importsServerOnly: true }).side).toBe('server');
  });

  it('recognises root config files', () => {
    expect(isRootConfigFile('vite.config.ts')).toBe(true);
    expect(isRootConfigFile('tailwind.config.js')).toBe(true);
    expect(isRootConfigFile('src/config.ts')).toBe(false);
    expect(isRootConfigFile('src/app.config.ts')).toBe(false);
    expect(isRootConfigFile('apps/web/vite.config.ts')).toBe(true);
    expect(isRootConfigFile('configs/leaky/next.config.mjs')).toBe(true);
  });
});

describe('isTestPath', () => {
  it.each([
    ['src/auth/token.test.ts', true],
    ['test/app.js', true],
    ['e2e/login.spec.ts', true],
    ['integration-tests/helpers/create-admin-user.ts', true],
    ['src/__fixtures__/users.ts', true],
    ['apps/web/vitestSetup.ts', true],
    ['src/setupTests.ts', true],
    ['prisma/seed.ts', true],
    ['packages/database/src/seed/constants.ts', true],
    ['src/components/Button.stories.tsx', true],
    // Nx end-to-end projects beside their app
    ['apps/gauzy-e2e/src/support/pagedata/LoginPageData.ts', true],
    ['apps/web_e2e/src/login.ts', true],
    ['apps/e2e-dashboard/src/app.ts', false],
    ['apps/-e2e.ts', false],
    ['src/auth/token.ts', false],
    ['src/lib/testimonials.ts', false],
    ['src/seedling/garden.ts', false],
    ['app/api/route.ts', false],
  ])('%s → %s', (path, expected) => {
    expect(isTestPath(path)).toBe(expected);
  });
});
