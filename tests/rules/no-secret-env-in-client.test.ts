/**
 * Rule tests per framework. Filenames are absolute paths into tests/fixtures/env-in-client/<app>, whose
 * package.json (and config files) decide the framework exactly as on a real project.
 */
import * as path from 'node:path';
import rule from '../../src/rules/no-secret-env-in-client.js';
import { runWithBothParsers } from '../rule-tester.js';

const FIXTURES = path.resolve(__dirname, '../fixtures/env-in-client');
const f = (file: string): string => path.join(FIXTURES, file);

runWithBothParsers('no-secret-env-in-client', rule, {
  valid: [
    // ---------- Next.js App Router: server code ----------
    {
      name: 'server component (no directive) reads a secret',
      filename: f('next-app/app/dashboard/page.tsx'),
      code: `export default async function Page() {\n  const res = await fetch(url, { headers: { Authorization: process.env.STRIPE_SECRET_KEY } });\n  return null;\n}`,
    },
    {
      name: 'route handler',
      filename: f('next-app/app/api/checkout/route.ts'),
      code: `export async function POST() { return call(process.env.STRIPE_SECRET_KEY); }`,
    },
    {
      name: '"use server" actions',
      filename: f('next-app/app/actions.ts'),
      code: `'use server';\nexport async function pay() { return call(process.env.STRIPE_SECRET_KEY); }`,
    },
    {
      name: 'module importing server-only',
      filename: f('next-app/lib/stripe.ts'),
      code: `import 'server-only';\nexport const key = process.env.STRIPE_SECRET_KEY;`,
    },
    {
      name: 'middleware',
      filename: f('next-app/middleware.ts'),
      code: `export function middleware() { return check(process.env.JWT_SECRET); }`,
    },
    {
      name: 'shared helper outside any convention stays quiet',
      filename: f('next-app/lib/db.ts'),
      code: `export const url = process.env.DATABASE_URL;`,
    },
    {
      name: 'client file reading public and non-secret variables',
      filename: f('next-app/app/checkout/pay-button.tsx'),
      code: `'use client';\nconst a = process.env.NEXT_PUBLIC_SITE_URL;\nconst b = process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY;\nconst c = process.env.NODE_ENV;\nconst d = process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY;\nconst e = process.env.NEXT_PUBLIC_FIREBASE_API_KEY;\nconst g = process.env.NEXT_PUBLIC_GA_MEASUREMENT_ID;`,
    },
    {
      name: 'dynamic env access is not judged',
      filename: f('next-app/app/checkout/pay-button.tsx'),
      code: `'use client';\nexport const read = (name) => process.env[name];`,
    },
    {
      name: 'an env-like member of another object',
      filename: f('next-app/app/checkout/pay-button.tsx'),
      code: `'use client';\nexport const x = config.env.STRIPE_SECRET_KEY;`,
    },
    // ---------- Next.js Pages Router ----------
    {
      name: 'getServerSideProps body',
      filename: f('next-app/pages/billing.tsx'),
      code: `export default function Billing({ plan }) { return plan; }\nexport async function getServerSideProps() {\n  const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);\n  return { props: { plan: await stripe.plan() } };\n}`,
    },
    {
      name: 'getStaticProps arrow function and getStaticPaths',
      filename: f('next-app/src/pages/blog/[slug].tsx'),
      code: `export const getStaticProps = async () => ({ props: { posts: await cms(process.env.CMS_ACCESS_TOKEN) } });\nexport async function getStaticPaths() { return paths(process.env.CMS_ACCESS_TOKEN); }\nexport default function Post() { return null; }`,
    },
    {
      name: 'top-level client used only by getServerSideProps is removed from the bundle',
      filename: f('next-app/pages/account.tsx'),
      code: `const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);\nfunction loadPlan(id) { return stripe.plan(id); }\nexport async function getServerSideProps(ctx) { return { props: { plan: await loadPlan(ctx.id) } }; }\nexport default function Account({ plan }) { return plan; }`,
    },
    {
      // issue 15: many reads in one declaration share one walk of its references (memoised), same verdict
      name: 'a top-level object of 300 secret reads used only by getServerSideProps',
      filename: f('next-app/pages/many.tsx'),
      code: `const env = {\n${Array.from({ length: 300 }, (_, i) => `  k${i}: process.env.SVC_${i}_SECRET_KEY,`).join('\n')}\n};\nexport async function getServerSideProps() { return { props: { ok: !!env.k0 } }; }\nexport default function Page() { return null; }`,
    },
    // Secrets returned to the page from server functions are no-secret-exposure's findings (responses,
    // getServerSideProps props, loader data); this rule stays quiet there so one leak is reported once.
    {
      name: 'getServerSideProps props holding a secret are left to no-secret-exposure',
      filename: f('next-app/pages/settings.tsx'),
      code: `export async function getServerSideProps() {\n  return { props: { apiKey: process.env.OPENAI_API_KEY ?? '' } };\n}\nexport default function Settings({ apiKey }) { return apiKey; }`,
    },
    {
      name: 'a Remix loader returning window.ENV data is left to no-secret-exposure',
      filename: f('remix-app/app/root.tsx'),
      code: `export async function loader() {\n  return json({ ENV: { STRIPE_SECRET_KEY: process.env.STRIPE_SECRET_KEY } });\n}\nexport default function App() { return null; }`,
    },
    {
      name: 'API route',
      filename: f('next-app/pages/api/webhook.ts'),
      code: `export default function handler(req, res) { verify(req, process.env.STRIPE_WEBHOOK_SECRET); }`,
    },
    {
      name: '_document renders only on the server',
      filename: f('next-app/pages/_document.tsx'),
      code: `export default function Doc() { return process.env.ANALYTICS_SECRET; }`,
    },
    // ---------- Vite ----------
    {
      name: 'Vite client reads public-by-design keys',
      filename: f('vite-app/src/lib/supabase.ts'),
      code: `export const client = createClient(import.meta.env.VITE_SUPABASE_URL, import.meta.env.VITE_SUPABASE_ANON_KEY);\nexport const fb = import.meta.env.VITE_FIREBASE_API_KEY;\nexport const dev = import.meta.env.DEV && import.meta.env.MODE;`,
    },
    {
      name: 'Vite server directory',
      filename: f('vite-app/src/server/openai.ts'),
      code: `export const key = process.env.OPENAI_API_KEY;`,
    },
    {
      name: 'Vite test file',
      filename: f('vite-app/src/App.test.tsx'),
      code: `process.env.OPENAI_API_KEY = 'test';`,
    },
    {
      name: 'Vite config: loadEnv("") used only for the dev proxy',
      filename: f('vite-app/vite.config.ts'),
      code: `import { defineConfig, loadEnv } from 'vite';\nexport default defineConfig(({ mode }) => {\n  const env = loadEnv(mode, process.cwd(), '');\n  return {\n    define: { __APP_VERSION__: JSON.stringify(env.npm_package_version), 'import.meta.env.VITE_API_URL': JSON.stringify(env.API_URL) },\n    server: { proxy: { '/api': { target: env.BACKEND_URL, headers: { 'x-api-key': env.BACKEND_API_KEY } } } },\n    envPrefix: ['VITE_', 'PUBLIC_'],\n  };\n});`,
    },
    {
      name: 'Firebase web config: its apiKey is public whatever the variable is called',
      filename: f('vite-app/src/firebase.ts'),
      code: `export const app = initializeApp({\n  apiKey: import.meta.env.VITE_API_KEY,\n  authDomain: import.meta.env.VITE_AUTH_DOMAIN,\n  projectId: import.meta.env.VITE_PROJECT_ID,\n});`,
    },
    {
      name: 'Vite app rooted at index.html: server directory',
      filename: f('vite-root-app/server/index.ts'),
      code: `export const key = process.env.GEMINI_API_KEY;`,
    },
    // ---------- plain Node service ----------
    {
      name: 'Node service reads secrets',
      filename: f('node-service/src/index.ts'),
      code: `const { OPENAI_API_KEY, DATABASE_URL } = process.env;\nexport const stripe = process.env.STRIPE_SECRET_KEY;`,
    },
    {
      name: 'PUBLIC_ means nothing to a Node service: the public half of a key pair',
      filename: f('node-service/src/jwt.ts'),
      code: `export const verifyKey = process.env.PUBLIC_SIGNING_KEY;`,
    },
    {
      name: 't3-env server schema',
      filename: f('next-app/src/env.mjs'),
      code: `export const env = createEnv({\n  server: { OPENAI_API_KEY: z.string() },\n  client: { NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY: z.string() },\n  runtimeEnv: { OPENAI_API_KEY: process.env.OPENAI_API_KEY },\n});`,
    },
    // ---------- SvelteKit ----------
    {
      name: 'SvelteKit server load imports private env',
      filename: f('sveltekit-app/src/routes/+page.server.ts'),
      code: `import { STRIPE_SECRET_KEY } from '$env/static/private';\nimport { db } from '$lib/server/db';\nexport const load = () => db(STRIPE_SECRET_KEY);`,
    },
    {
      name: 'SvelteKit shared $lib module may import private env (the build stops it reaching the browser)',
      filename: f('sveltekit-app/src/lib/openai.ts'),
      code: `import { OPENAI_API_KEY } from '$env/static/private';\nexport const openai = new OpenAI({ apiKey: OPENAI_API_KEY });`,
    },
    {
      name: 'SvelteKit public env with public-by-design names',
      filename: f('sveltekit-app/src/routes/+page.ts'),
      code: `import { PUBLIC_SUPABASE_ANON_KEY, PUBLIC_SUPABASE_URL } from '$env/static/public';\nexport const load = () => [PUBLIC_SUPABASE_ANON_KEY, PUBLIC_SUPABASE_URL];`,
    },
    // ---------- Nuxt ----------
    {
      name: 'Nuxt server route and private runtimeConfig',
      filename: f('nuxt-app/server/api/pay.ts'),
      code: `export default defineEventHandler(() => pay(process.env.STRIPE_SECRET_KEY));`,
    },
    {
      name: 'Nuxt private runtimeConfig keys',
      filename: f('nuxt-app/nuxt.config.ts'),
      code: `export default defineNuxtConfig({\n  runtimeConfig: {\n    stripeSecretKey: '',\n    public: { apiBase: '/api', stripePublishableKey: '' },\n  },\n});`,
    },
    // ---------- Remix ----------
    {
      name: 'Remix loader and action',
      filename: f('remix-app/app/routes/billing.tsx'),
      code: `export async function loader() { return json(await stripe(process.env.STRIPE_SECRET_KEY)); }\nexport const action = async () => sign(process.env.SESSION_SECRET);\nexport default function Billing() { return null; }`,
    },
    {
      name: 'Remix .server module',
      filename: f('remix-app/app/models/session.server.ts'),
      code: `export const secret = process.env.SESSION_SECRET;`,
    },
    // ---------- Gatsby / webpack ----------
    {
      name: 'Gatsby Function',
      filename: f('gatsby-app/src/api/subscribe.js'),
      code: `export default function handler() { return send(process.env.MAILCHIMP_API_KEY); }`,
    },
    {
      name: 'webpack server bundle may define secrets',
      filename: f('webpack-app/webpack.server.js'),
      code: `module.exports = { target: 'node', plugins: [new webpack.DefinePlugin({ 'process.env.API_SECRET': JSON.stringify(process.env.API_SECRET) })] };`,
    },
    {
      name: 'EnvironmentPlugin with public names',
      filename: f('webpack-app/webpack.config.js'),
      code: `module.exports = { plugins: [new EnvironmentPlugin(['NODE_ENV', 'API_URL']), new webpack.DefinePlugin({ __VERSION__: JSON.stringify(version) })] };`,
    },
    {
      name: 'webpack app files are not client code without clientFiles',
      filename: f('webpack-app/src/index.js'),
      code: `export const key = process.env.API_SECRET;`,
    },
    {
      name: 'DefinePlugin in the server branch of a next.config webpack hook',
      filename: f('next-app/next.config.js'),
      code: `module.exports = {\n  webpack(config, { isServer }) {\n    if (isServer) config.plugins.push(new webpack.DefinePlugin({ 'process.env.DB_PASSWORD': JSON.stringify(process.env.DB_PASSWORD) }));\n    return config;\n  },\n  serverRuntimeConfig: { dbPassword: process.env.DB_PASSWORD },\n};`,
    },
    {
      name: 'next.config env with public values',
      filename: f('next-app/next.config.mjs'),
      code: `export default { env: { SITE_URL: process.env.SITE_URL, BUILD_ID: process.env.GIT_SHA } };`,
    },
    // ---------- odd but valid syntax never throws ----------
    {
      name: 'odd shapes in a client file and in config files',
      filename: f('next-app/app/odd.tsx'),
      code: `'use client';\nconst a = process.env;\nconst b = import.meta.url;\nconst c = process.env[\`\${x}\`];\nconst { ...rest } = process.env;\nconst { [k]: v } = process.env;\nconst d = { [k]: 1, ...rest, __proto__: null };\nnew DefinePlugin();\nnew DefinePlugin(...args);\nnew EnvironmentPlugin([...names, , 'NODE_ENV']);`,
    },
    {
      name: 'odd shapes in a Vite config',
      filename: f('vite-app/vite.config.ts'),
      code: `const env = loadEnv();\nexport default { define: { [key]: 1, ...defs }, envPrefix: [, 'VITE_'], runtimeConfig: null };`,
    },
    {
      name: 'odd shapes in a Nuxt config',
      filename: f('nuxt-app/nuxt.config.ts'),
      code: `export default defineNuxtConfig({ runtimeConfig: { ...base, public: { ...pub, [k]: 1 } } });`,
    },
    // ---------- options ----------
    {
      name: 'serverFiles wins over conventions',
      filename: f('vite-app/src/api/openai.ts'),
      code: `export const key = process.env.OPENAI_API_KEY;`,
      options: [{ serverFiles: ['src/api/**'] }],
    },
    {
      name: 'allowedNames silences a key that is public by design for this project',
      filename: f('next-app/app/wallet.tsx'),
      code: `'use client';\nexport const k = process.env.NEXT_PUBLIC_ALCHEMY_API_KEY;`,
      options: [{ allowedNames: ['^NEXT_PUBLIC_ALCHEMY_API_KEY$'] }],
    },
    {
      name: 'monorepo: the API package is a Node service',
      filename: f('monorepo/apps/api/src/safe-billing.ts'),
      code: `export const stripeKey = process.env.STRIPE_SECRET_KEY;`,
    },
  ],
  invalid: [
    // ---------- Next.js ----------
    {
      name: '"use client" file reads a secret',
      filename: f('next-app/app/checkout/pay-button.tsx'),
      code: `'use client';\nexport function Pay() {\n  const key = process.env.STRIPE_SECRET_KEY;\n  return key;\n}`,
      errors: [
        {
          messageId: 'secretInClient',
          line: 3,
          column: 15,
          endColumn: 44,
          data: {
            name: 'STRIPE_SECRET_KEY',
            kind: 'Stripe secret key',
            reason: 'a "use client" file, bundled for the browser',
            framework: 'Next.js',
            serverPlace: 'a Server Component, Route Handler or Server Action',
          },
        },
      ],
    },
    {
      name: 'bracket access and destructuring in a client file',
      filename: f('next-app/src/components/chat.tsx'),
      code: `"use client";\nconst url = process.env['DATABASE_URL'];\nconst { OPENAI_API_KEY, NEXT_PUBLIC_SITE_URL } = process.env;`,
      errors: [
        { messageId: 'secretInClient', line: 2, column: 13 },
        { messageId: 'secretInClient', line: 3, column: 9, endColumn: 23 },
      ],
    },
    {
      name: 'non-null assertion (TypeScript)',
      filename: f('next-app/app/checkout/pay-button.tsx'),
      code: `'use client';\nexport const key = process.env.STRIPE_SECRET_KEY!;`,
      tsOnly: true,
      errors: [{ messageId: 'secretInClient', line: 2, column: 20 }],
    },
    {
      name: 'Pages Router component body',
      filename: f('next-app/pages/index.tsx'),
      code: `export default function Home() {\n  return fetch(url, { headers: { key: process.env.OPENAI_API_KEY } });\n}\nexport async function getServerSideProps() { return { props: {} }; }`,
      // A Pages Router page has no Server Components: the advice is its data functions or an API route.
      errors: [
        {
          messageId: 'secretInClient',
          line: 2,
          column: 39,
          data: {
            name: 'OPENAI_API_KEY',
            kind: 'OpenAI API key',
            reason: 'a Pages Router page (`pages/` outside `pages/api/`), which is bundled for the browser',
            framework: 'Next.js',
            serverPlace: '`getServerSideProps`/`getStaticProps` or an API route (`pages/api/`)',
          },
        },
      ],
    },
    {
      name: 'Pages Router top-level value also used by the component stays in the bundle',
      filename: f('next-app/pages/account.tsx'),
      code: `const secret = process.env.SESSION_SECRET;\nexport async function getServerSideProps() { return { props: { s: sign(secret) } }; }\nexport default function Account() { return secret; }`,
      errors: [{ messageId: 'secretInClient', line: 1, column: 16 }],
    },
    {
      name: 'detects Next.js from next.config alone',
      filename: f('config-only-next/pages/index.jsx'),
      code: `export default function Home() { return process.env.ADMIN_PASSWORD; }`,
      errors: [{ messageId: 'secretInClient', line: 1, column: 41 }],
    },
    {
      name: 'monorepo: the web package is a Next.js app',
      filename: f('monorepo/apps/web/app/settings/leaky-settings.tsx'),
      code: `'use client';\n\nexport const stripeKey = process.env.STRIPE_SECRET_KEY;`,
      errors: [{ messageId: 'secretInClient', line: 3, column: 26 }],
    },
    {
      name: 'public prefix on a secret name, in server code too',
      filename: f('node-service/src/billing.ts'),
      code: `export const key = process.env.NEXT_PUBLIC_STRIPE_SECRET_KEY;`,
      errors: [
        {
          messageId: 'publicPrefixSecret',
          line: 1,
          column: 20,
          data: { name: 'NEXT_PUBLIC_STRIPE_SECRET_KEY', kind: 'Stripe secret key', prefix: 'NEXT_PUBLIC_', tool: 'Next.js' },
        },
      ],
    },
    {
      name: 't3-env client schema with a secret reported once per line',
      filename: f('next-app/src/env.mjs'),
      code: `export const env = createEnv({\n  client: { NEXT_PUBLIC_OPENAI_API_KEY: z.string() },\n  runtimeEnv: { NEXT_PUBLIC_OPENAI_API_KEY: process.env.NEXT_PUBLIC_OPENAI_API_KEY },\n});`,
      errors: [
        { messageId: 'publicPrefixSecret', line: 2, column: 13 },
        { messageId: 'publicPrefixSecret', line: 3, column: 17 },
      ],
    },
    // ---------- Vite / CRA / Gatsby / Expo ----------
    {
      name: 'Vite: VITE_ prefix on an API key',
      filename: f('vite-app/src/lib/openai.ts'),
      code: `export const openai = new OpenAI({ apiKey: import.meta.env.VITE_OPENAI_API_KEY, dangerouslyAllowBrowser: true });`,
      errors: [{ messageId: 'publicPrefixSecret', line: 1, column: 44, data: { name: 'VITE_OPENAI_API_KEY', kind: 'OpenAI API key', prefix: 'VITE_', tool: 'Vite' } }],
    },
    {
      name: 'Vite: non-public secret read in src/',
      filename: f('vite-app/src/App.tsx'),
      code: `const { STRIPE_SECRET_KEY } = import.meta.env;\nexport const token = import.meta.env.GITHUB_TOKEN;`,
      errors: [
        { messageId: 'secretInClient', line: 1, column: 9, data: { name: 'STRIPE_SECRET_KEY', kind: 'Stripe secret key', reason: '`src/` of a Vite app, which is bundled for the browser', framework: 'Vite', serverPlace: 'your backend or API server' } },
        { messageId: 'secretInClient', line: 2, column: 22 },
      ],
    },
    {
      name: 'Vite app rooted at index.html (no src/): services are client code',
      filename: f('vite-root-app/services/geminiService.ts'),
      code: `const ai = new GoogleGenAI({ apiKey: process.env.API_KEY });`,
      errors: [{ messageId: 'secretInClient', line: 1, column: 38, data: { name: 'API_KEY', kind: 'API key', reason: 'a Vite app rooted at its `index.html`, whose modules are bundled for the browser', framework: 'Vite', serverPlace: 'your backend or API server' } }],
    },
    {
      name: 'Create React App prefix',
      filename: f('cra-app/src/api.js'),
      code: `export const key = process.env.REACT_APP_SECRET_KEY;`,
      errors: [{ messageId: 'publicPrefixSecret', line: 1, column: 20 }],
    },
    {
      name: 'Gatsby component',
      filename: f('gatsby-app/src/components/search.js'),
      code: `export const a = process.env.GATSBY_ALGOLIA_ADMIN_KEY;\nexport const b = process.env.CONTENTFUL_ACCESS_TOKEN;`,
      errors: [
        { messageId: 'publicPrefixSecret', line: 1, column: 18 },
        { messageId: 'secretInClient', line: 2, column: 18 },
      ],
    },
    {
      name: 'Expo public prefix',
      filename: f('expo-app/app/(tabs)/chat.tsx'),
      code: `export const key = process.env.EXPO_PUBLIC_OPENAI_KEY;`,
      errors: [{ messageId: 'publicPrefixSecret', line: 1, column: 20 }],
    },
    // ---------- SvelteKit / Astro / Nuxt / Remix ----------
    {
      name: 'SvelteKit universal load imports private env',
      filename: f('sveltekit-app/src/routes/+page.ts'),
      code: `import { STRIPE_SECRET_KEY } from '$env/static/private';\nexport const load = () => STRIPE_SECRET_KEY;`,
      errors: [{ messageId: 'privateEnvModule', line: 1, column: 35, data: { source: '$env/static/private', reason: 'a universal `+page.ts` module, whose `load` also runs in the browser', framework: 'SvelteKit', serverPlace: 'a `+page.server.ts`, `+server.ts` or `$lib/server` module' } }],
    },
    {
      // The script of a `+page.svelte` (as svelte-eslint-parser hands it over): a component, which has no `load`.
      name: 'SvelteKit +page.svelte imports private env',
      filename: f('sveltekit-app/src/routes/+page.svelte'),
      code: `import { STRIPE_SECRET_KEY } from '$env/static/private';\nexport const price = STRIPE_SECRET_KEY.length;`,
      errors: [{ messageId: 'privateEnvModule', line: 1, column: 35, data: { source: '$env/static/private', reason: 'a Svelte component', framework: 'SvelteKit', serverPlace: 'a `+page.server.ts`, `+server.ts` or `$lib/server` module' } }],
    },
    {
      name: 'SvelteKit component importing $lib/server and dynamic private env',
      filename: f('sveltekit-app/src/routes/dashboard/+layout.js'),
      code: `import { db } from '$lib/server/db';\nimport { env } from '$env/dynamic/private';`,
      errors: [
        { messageId: 'privateEnvModule', line: 1, column: 20 },
        { messageId: 'privateEnvModule', line: 2, column: 21 },
      ],
    },
    {
      name: 'SvelteKit: clientFiles opts $lib into client code',
      filename: f('sveltekit-app/src/lib/openai.ts'),
      code: `import { OPENAI_API_KEY } from '$env/static/private';`,
      options: [{ clientFiles: ['src/lib/**'], serverFiles: ['src/lib/server/**'] }],
      errors: [{ messageId: 'privateEnvModule', line: 1, column: 32 }],
    },
    {
      name: 'SvelteKit public env module with a secret name',
      filename: f('sveltekit-app/src/routes/+page.ts'),
      code: `import { PUBLIC_STRIPE_SECRET_KEY } from '$env/static/public';`,
      errors: [{ messageId: 'publicPrefixSecret', line: 1, column: 10 }],
    },
    {
      name: 'PUBLIC_ prefix in an Astro project',
      filename: f('astro-app/src/lib/payments.ts'),
      code: `export const key = import.meta.env.PUBLIC_STRIPE_SECRET_KEY;`,
      errors: [{ messageId: 'publicPrefixSecret', line: 1, column: 20, data: { name: 'PUBLIC_STRIPE_SECRET_KEY', kind: 'Stripe secret key', prefix: 'PUBLIC_', tool: 'Astro' } }],
    },
    {
      name: 'Astro client script imports server env',
      filename: f('astro-app/src/scripts/menu.ts'),
      code: `import { API_SECRET } from 'astro:env/server';`,
      errors: [{ messageId: 'privateEnvModule', line: 1, column: 28 }],
    },
    {
      name: 'Nuxt composable reads a secret',
      filename: f('nuxt-app/composables/usePayments.ts'),
      code: `export const usePayments = () => pay(process.env.STRIPE_SECRET_KEY);`,
      errors: [{ messageId: 'secretInClient', line: 1, column: 38 }],
    },
    {
      name: 'Remix route component',
      filename: f('remix-app/app/routes/_index.tsx'),
      code: `export async function loader() { return null; }\nexport default function Index() { return process.env.SESSION_SECRET; }`,
      errors: [{ messageId: 'secretInClient', line: 2, column: 42 }],
    },
    // ---------- build configuration ----------
    {
      name: 'next.config env entry with a secret name',
      filename: f('next-app/next.config.mjs'),
      code: `export default {\n  env: {\n    SITE_URL: process.env.SITE_URL,\n    STRIPE_SECRET_KEY: process.env.STRIPE_SECRET_KEY,\n  },\n};`,
      errors: [
        {
          messageId: 'configInlinesSecret',
          line: 4,
          column: 5,
          data: { name: 'STRIPE_SECRET_KEY', kind: 'Stripe secret key', where: '`env` in next.config' },
          suggestions: [
            {
              messageId: 'removeEntry',
              data: { name: 'STRIPE_SECRET_KEY', where: '`env` in next.config' },
              output: `export default {\n  env: {\n    SITE_URL: process.env.SITE_URL,\n  },\n};`,
            },
          ],
        },
      ],
    },
    {
      name: 'next.config env entry fed a secret, on one line',
      filename: f('next-app/next.config.js'),
      code: `module.exports = { env: { aiKey: process.env.OPENAI_API_KEY, site: process.env.SITE_URL } };`,
      errors: [
        {
          messageId: 'configInlinesSecret',
          line: 1,
          column: 27,
          data: { name: 'OPENAI_API_KEY', kind: 'OpenAI API key', where: '`env` in next.config' },
          suggestions: [
            {
              messageId: 'removeEntry',
              output: `module.exports = { env: { site: process.env.SITE_URL } };`,
            },
          ],
        },
      ],
    },
    {
      name: 'next.config publicRuntimeConfig is sent to the browser',
      filename: f('next-app/next.config.js'),
      code: `module.exports = { publicRuntimeConfig: { apiUrl: process.env.API_URL, adminToken: process.env.ADMIN_TOKEN } };`,
      errors: [
        {
          messageId: 'configInlinesSecret',
          line: 1,
          column: 72,
          data: { name: 'adminToken', kind: 'token', where: '`publicRuntimeConfig` in next.config' },
          suggestions: [{ messageId: 'removeEntry', output: `module.exports = { publicRuntimeConfig: { apiUrl: process.env.API_URL } };` }],
        },
      ],
    },
    {
      name: 'DefinePlugin in the client branch of a next.config webpack hook',
      filename: f('next-app/next.config.js'),
      code: `module.exports = { webpack(config, { isServer }) { if (!isServer) config.plugins.push(new webpack.DefinePlugin({ __KEY__: JSON.stringify(process.env.STRIPE_SECRET_KEY) })); return config; } };`,
      errors: [
        {
          messageId: 'configInlinesSecret',
          line: 1,
          column: 114,
          suggestions: [
            {
              messageId: 'removeEntry',
              output: `module.exports = { webpack(config, { isServer }) { if (!isServer) config.plugins.push(new webpack.DefinePlugin({  })); return config; } };`,
            },
          ],
        },
      ],
    },
    {
      name: 'next.config env with the whole environment',
      filename: f('next-app/next.config.js'),
      code: `module.exports = { env: { ...process.env } };`,
      errors: [{ messageId: 'configInlinesEnv', line: 1, column: 27, suggestions: [] }],
    },
    {
      name: 'Nuxt runtimeConfig.public secret',
      filename: f('nuxt-app/nuxt.config.ts'),
      code: `export default defineNuxtConfig({\n  runtimeConfig: {\n    public: {\n      apiBase: '/api',\n      stripeSecretKey: process.env.STRIPE_SECRET_KEY,\n    },\n  },\n});`,
      errors: [
        {
          messageId: 'configInlinesSecret',
          line: 5,
          column: 7,
          suggestions: [
            {
              messageId: 'removeEntry',
              output: `export default defineNuxtConfig({\n  runtimeConfig: {\n    public: {\n      apiBase: '/api',\n    },\n  },\n});`,
            },
          ],
        },
      ],
    },
    {
      name: 'Vite define with process.env',
      filename: f('vite-app/vite.config.ts'),
      code: `export default defineConfig({ define: { 'process.env': process.env } });`,
      errors: [{ messageId: 'configInlinesEnv', line: 1, column: 41, data: { where: 'Vite `define`' }, suggestions: [] }],
    },
    {
      name: 'Vite define with a secret from loadEnv(mode, dir, "")',
      filename: f('vite-app/vite.config.ts'),
      code: `export default defineConfig(({ mode }) => {\n  const env = loadEnv(mode, process.cwd(), '');\n  return {\n    define: {\n      'process.env.OPENAI_API_KEY': JSON.stringify(env.OPENAI_API_KEY),\n    },\n  };\n});`,
      errors: [
        {
          messageId: 'configInlinesSecret',
          line: 5,
          column: 7,
          suggestions: [
            {
              messageId: 'removeEntry',
              output: `export default defineConfig(({ mode }) => {\n  const env = loadEnv(mode, process.cwd(), '');\n  return {\n    define: {\n    },\n  };\n});`,
            },
            {
              messageId: 'restrictLoadEnvPrefix',
              output: `export default defineConfig(({ mode }) => {\n  const env = loadEnv(mode, process.cwd(), 'VITE_');\n  return {\n    define: {\n      'process.env.OPENAI_API_KEY': JSON.stringify(env.OPENAI_API_KEY),\n    },\n  };\n});`,
            },
          ],
        },
      ],
    },
    {
      name: 'Vite define with the whole loadEnv(mode, dir, "") result',
      filename: f('vite-app/vite.config.mts'),
      code: `export default defineConfig(({ mode }) => {\n  const env = loadEnv(mode, process.cwd(), "");\n  return { define: { "process.env": JSON.stringify(env) } };\n});`,
      errors: [
        {
          messageId: 'configInlinesEnv',
          line: 3,
          column: 22,
          suggestions: [
            {
              messageId: 'restrictLoadEnvPrefix',
              output: `export default defineConfig(({ mode }) => {\n  const env = loadEnv(mode, process.cwd(), "VITE_");\n  return { define: { "process.env": JSON.stringify(env) } };\n});`,
            },
          ],
        },
      ],
    },
    {
      name: 'Vite define with a secret read',
      filename: f('vite-app/vite.config.js'),
      code: `export default { define: { __KEY__: JSON.stringify(process.env.STRIPE_SECRET_KEY), __V__: '1' } };`,
      errors: [
        {
          messageId: 'configInlinesSecret',
          line: 1,
          column: 28,
          suggestions: [{ messageId: 'removeEntry', output: `export default { define: { __V__: '1' } };` }],
        },
      ],
    },
    {
      name: 'Vite envPrefix ""',
      filename: f('vite-app/vite.config.ts'),
      code: `export default defineConfig({ envPrefix: '' });`,
      errors: [
        {
          messageId: 'emptyEnvPrefix',
          line: 1,
          column: 42,
          suggestions: [{ messageId: 'useVitePrefix', output: `export default defineConfig({ envPrefix: 'VITE_' });` }],
        },
      ],
    },
    {
      name: 'Vite envPrefix with "" among others',
      filename: f('sveltekit-app/vite.config.ts'),
      code: `export default defineConfig({ envPrefix: ['VITE_', ''] });`,
      errors: [
        {
          messageId: 'emptyEnvPrefix',
          line: 1,
          column: 52,
          suggestions: [{ messageId: 'removeEntry', output: `export default defineConfig({ envPrefix: ['VITE_'] });` }],
        },
      ],
    },
    {
      name: 'webpack DefinePlugin with the whole environment',
      filename: f('webpack-app/webpack.config.js'),
      code: `module.exports = { plugins: [new webpack.DefinePlugin({ 'process.env': JSON.stringify(process.env) })] };`,
      errors: [{ messageId: 'configInlinesEnv', line: 1, column: 57, data: { where: 'webpack `DefinePlugin`' } }],
    },
    {
      name: 'webpack DefinePlugin nested process.env object',
      filename: f('webpack-app/webpack.config.js'),
      code: `new DefinePlugin({ 'process.env': { API_SECRET: JSON.stringify(process.env.API_SECRET), NODE_ENV: '"production"' } });`,
      errors: [
        {
          messageId: 'configInlinesSecret',
          line: 1,
          column: 37,
          suggestions: [{ messageId: 'removeEntry', output: `new DefinePlugin({ 'process.env': { NODE_ENV: '"production"' } });` }],
        },
      ],
    },
    {
      name: 'webpack EnvironmentPlugin with a secret name',
      filename: f('webpack-app/webpack.config.js'),
      code: `new webpack.EnvironmentPlugin(['NODE_ENV', 'API_SECRET']);`,
      errors: [
        {
          messageId: 'configInlinesSecret',
          line: 1,
          column: 44,
          data: { name: 'API_SECRET', kind: 'secret', where: 'webpack `EnvironmentPlugin`' },
          suggestions: [{ messageId: 'removeEntry', output: `new webpack.EnvironmentPlugin(['NODE_ENV']);` }],
        },
      ],
    },
    {
      name: 'webpack EnvironmentPlugin object form',
      filename: f('webpack-app/webpack.config.js'),
      code: `new EnvironmentPlugin({ NODE_ENV: 'production', SENTRY_AUTH_TOKEN: '' });`,
      errors: [
        {
          messageId: 'configInlinesSecret',
          line: 1,
          column: 49,
          suggestions: [{ messageId: 'removeEntry', output: `new EnvironmentPlugin({ NODE_ENV: 'production' });` }],
        },
      ],
    },
    // ---------- options ----------
    {
      name: 'clientFiles makes webpack app code client code',
      filename: f('webpack-app/src/index.js'),
      code: `export const key = process.env.API_SECRET;`,
      options: [{ clientFiles: ['src/**'] }],
      errors: [{ messageId: 'secretInClient', line: 1, column: 20, data: { name: 'API_SECRET', kind: 'secret', reason: 'it matches `clientFiles` pattern `src/**`', framework: 'webpack', serverPlace: 'your backend' } }],
    },
    {
      name: 'framework option overrides detection',
      filename: f('node-service/pages/index.jsx'),
      code: `export default function Home() { return process.env.ADMIN_PASSWORD; }`,
      options: [{ framework: 'next' }],
      errors: [{ messageId: 'secretInClient', line: 1, column: 41 }],
    },
    {
      name: 'sensitiveNames and publicPrefixes',
      filename: f('node-service/src/chain.ts'),
      code: `export const a = process.env.APP_PUBLIC_DB_PASSWORD;\nexport const b = process.env.NEXT_PUBLIC_ALCHEMY_ID;`,
      options: [{ publicPrefixes: ['APP_PUBLIC_'], sensitiveNames: ['^ALCHEMY_'] }],
      errors: [
        { messageId: 'publicPrefixSecret', line: 1, column: 18, data: { name: 'APP_PUBLIC_DB_PASSWORD', kind: 'password', prefix: 'APP_PUBLIC_', tool: 'your bundler' } },
        { messageId: 'publicPrefixSecret', line: 2, column: 18 },
      ],
    },
  ],
});
