/**
 * secrets/no-hardcoded-secrets fixes by where the file runs (src/core/framework): the `secretsClient`
 * rewrite is an autofix only in server code; in browser code there is no fix and no suggestion that reads a
 * secret there (it would be a new finding of no-secret-env-in-client), and the message says to move the call
 * behind a server endpoint; in code the conventions do not place, the rewrites are suggestions.
 * Filenames point into tests/fixtures/env-in-client/<app>, whose package.json names the framework.
 */
import * as path from 'node:path';
import * as tsParser from '@typescript-eslint/parser';
import { RuleTester } from '@typescript-eslint/rule-tester';
import * as espree from 'espree';
import svelteParser from 'svelte-eslint-parser';
import vueParser from 'vue-eslint-parser';
import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/no-hardcoded-secrets.js';
import { SecretsClientImport } from '../../src/rules/no-hardcoded-secrets/fixes.js';
import { runWithBothParsers } from '../rule-tester.js';

const FIXTURES = path.resolve(__dirname, '../fixtures/env-in-client');
const f = (relative: string): string => path.join(FIXTURES, relative);
const generic = 'a8F3KD92jf83NF02mx7QP1zl';
const options = [{ secretsClient: { importFrom: '~/lib/secrets', importName: 'getSecret' } }] as const;

runWithBothParsers('no-hardcoded-secrets: fixes by place', rule, {
  valid: [],
  invalid: [
    {
      name: 'Next.js "use client" component: no fix, no suggestion, a message about the browser',
      filename: f('next-app/app/checkout/pay-button.tsx'),
      code: `"use client";\nexport async function pay() { return fetch("/api", { headers: { "x-api-key": "${generic}" } }); }`,
      options,
      output: null,
      errors: [
        {
          messageId: 'secretInClient',
          data: {
            kind: 'API key',
            preview: '"a8F3…", 24 characters',
            secretName: 'X_API_KEY',
            reason: 'a "use client" file, bundled for the browser',
            serverPlace: 'a Server Component, Route Handler or Server Action',
          },
          suggestions: [],
        },
      ],
    },
    {
      name: 'Next.js "use client" component without options: not even the process.env suggestion',
      filename: f('next-app/app/checkout/pay-button.tsx'),
      code: `"use client";\nconst apiKey = "${generic}";`,
      errors: [{ messageId: 'secretInClient', suggestions: [] }],
    },
    {
      name: 'a fallback in client code can still be removed (the env read was there already)',
      filename: f('next-app/app/checkout/pay-button.tsx'),
      code: `"use client";\nconst apiKey = process.env.NEXT_PUBLIC_API_KEY ?? "${generic}";`,
      options,
      output: null,
      errors: [{ messageId: 'secretInClient', suggestions: [{ messageId: 'removeFallback', output: '"use client";\nconst apiKey = process.env.NEXT_PUBLIC_API_KEY;' }] }],
    },
    {
      name: 'Pages Router page: browser code',
      filename: f('next-app/pages/billing.tsx'),
      code: `export default function Billing() { return <Checkout stripeKey="${generic}" />; }`,
      options,
      output: null,
      errors: [{ messageId: 'secretInClient', suggestions: [] }],
    },
    {
      name: 'Vite src/: browser code',
      filename: f('vite-app/src/lib/api.ts'),
      code: `export const api = { apiKey: "${generic}" };`,
      options,
      output: null,
      errors: [{ messageId: 'secretInClient', suggestions: [] }],
    },
    {
      name: 'SvelteKit universal load: browser code',
      filename: f('sveltekit-app/src/routes/dashboard/+page.ts'),
      code: `export async function load({ fetch }) { return fetch("/x", { headers: { authorization: "Bearer ${generic}" } }); }`,
      options,
      output: null,
      errors: [{ messageId: 'secretInClient', suggestions: [] }],
    },
    {
      name: 'Next.js Server Component: the autofix',
      filename: f('next-app/app/dashboard/page.tsx'),
      code: `export default async function Page() { const apiKey = "${generic}"; return apiKey; }`,
      options,
      output: `import { getSecret } from "~/lib/secrets";\nexport default async function Page() { const apiKey = await getSecret("API_KEY"); return apiKey; }`,
      errors: [{ messageId: 'genericSecret' }],
    },
    {
      name: 'SvelteKit server load: the autofix',
      filename: f('sveltekit-app/src/routes/dashboard/+page.server.ts'),
      code: `export async function load() { return { token: "${generic}" }; }`,
      options,
      output: `import { getSecret } from "~/lib/secrets";\nexport async function load() { return { token: await getSecret("TOKEN") }; }`,
      errors: [{ messageId: 'genericSecret' }],
    },
    {
      name: 'Nuxt server route: the autofix',
      filename: f('nuxt-app/server/api/pay.ts'),
      code: `export default defineEventHandler(async () => { const apiKey = "${generic}"; return apiKey; });`,
      options,
      output: `import { getSecret } from "~/lib/secrets";\nexport default defineEventHandler(async () => { const apiKey = await getSecret("API_KEY"); return apiKey; });`,
      errors: [{ messageId: 'genericSecret' }],
    },
    {
      name: 'a Node.js service (no client-side framework): the autofix',
      filename: f('node-service/src/db.ts'),
      code: `export async function connect() { return new Pool({ password: "keyboard-cat" }); }`,
      options,
      output: `import { getSecret } from "~/lib/secrets";\nexport async function connect() { return new Pool({ password: await getSecret("DATABASE_PASSWORD") }); }`,
      errors: [{ messageId: 'guessableSecret' }],
    },
    {
      name: 'shared code of a Next.js app (lib/, could be imported by a client component): suggestions only',
      filename: f('next-app/lib/stripe.ts'),
      code: `export const apiKey = "${generic}";`,
      options,
      output: null,
      errors: [
        {
          messageId: 'genericSecret',
          suggestions: [
            { messageId: 'useSecretsClient', output: `import { getSecret } from "~/lib/secrets";\nexport const apiKey = await getSecret("API_KEY");` },
            { messageId: 'useEnv', output: 'export const apiKey = process.env.API_KEY;' },
          ],
        },
      ],
    },
    {
      name: 'files a Node.js service serves as they are (public/): suggestions only',
      filename: f('node-service/public/app.js'),
      code: `export const apiKey = "${generic}";`,
      options,
      output: null,
      errors: [{ messageId: 'genericSecret', suggestions: [{ messageId: 'useSecretsClient', output: `import { getSecret } from "~/lib/secrets";\nexport const apiKey = await getSecret("API_KEY");` }, { messageId: 'useEnv', output: 'export const apiKey = process.env.API_KEY;' }] }],
    },
  ],
});

/** Single-file components, with their own parsers and the TypeScript or the default script parser. */
describe('no-hardcoded-secrets in .vue and .svelte components', () => {
  for (const [label, scriptParser] of [
    ['typescript-eslint', tsParser],
    ['espree', espree],
  ] as const) {
    const vue = new RuleTester({ languageOptions: { parser: vueParser, parserOptions: { parser: scriptParser, ecmaVersion: 'latest', sourceType: 'module' } } });
    vue.run(`vue (${label})`, rule, {
      valid: [],
      invalid: [
        {
          name: 'a Nuxt component: browser code, no fix',
          filename: f('nuxt-app/components/Checkout.vue'),
          code: `<template><button @click="pay">Pay</button></template>\n<script setup>\nconst apiKey = "${generic}";\n</script>\n`,
          options,
          output: null,
          errors: [{ messageId: 'secretInClient', line: 3, suggestions: [] }],
        },
        {
          name: 'a Vue component in a package without a framework is browser code too',
          filename: f('node-service/src/Widget.vue'),
          code: `<script>\nexport default { data() { return { apiKey: "${generic}" }; } };\n</script>\n`,
          options,
          output: null,
          errors: [{ messageId: 'secretInClient', suggestions: [] }],
        },
      ],
    });
    const svelte = new RuleTester({ languageOptions: { parser: svelteParser, parserOptions: { parser: scriptParser, ecmaVersion: 'latest', sourceType: 'module' } } });
    svelte.run(`svelte (${label})`, rule, {
      valid: [],
      invalid: [
        {
          name: 'a SvelteKit component: browser code, no fix',
          filename: f('sveltekit-app/src/routes/checkout/+page.svelte'),
          code: `<script>\n  const apiKey = "${generic}";\n</script>\n\n<h1>Checkout</h1>\n`,
          options,
          output: null,
          errors: [{ messageId: 'secretInClient', line: 2, suggestions: [] }],
        },
      ],
    });
  }
});

/** Where the import of the secrets client would go in a component, were a rewrite ever offered there. */
describe('SecretsClientImport in single-file components', () => {
  const client = { importFrom: '~/lib/secrets', importName: 'getSecret' };
  const insertText = (code: string, parse: (code: string) => { ast: unknown }): string | undefined => {
    const program = parse(code).ast;
    // importFix reads only the program; `at` (not called here) needs the scope manager of a real SourceCode
    const imports = new SecretsClientImport({ ast: program } as ConstructorParameters<typeof SecretsClientImport>[0], client, false, true);
    if (!imports.canImport) return undefined;
    let out: string | undefined;
    const fixer = {
      insertTextAfter: (node: { range: [number, number] }, text: string) => (out = code.slice(0, node.range[1]) + text + code.slice(node.range[1])),
      insertTextBefore: (node: { range: [number, number] }, text: string) => (out = code.slice(0, node.range[0]) + text + code.slice(node.range[0])),
      insertTextAfterRange: (range: [number, number], text: string) => (out = code.slice(0, range[1]) + text + code.slice(range[1])),
    };
    imports.importFix(fixer as never, 'getSecret');
    return out;
  };
  const svelte = (code: string) => svelteParser.parseForESLint(code, { ecmaVersion: 'latest', sourceType: 'module' });
  const vue = (code: string) => vueParser.parseForESLint(code, { ecmaVersion: 'latest', sourceType: 'module' });

  it('goes inside the Svelte <script>, after its imports, even when markup comes first', () => {
    expect(insertText('<h1>x</h1>\n<script>\n  import a from "a";\n  const k = 1;\n</script>\n', svelte)).toBe(
      '<h1>x</h1>\n<script>\n  import a from "a";\nimport { getSecret } from "~/lib/secrets";\n  const k = 1;\n</script>\n',
    );
    expect(insertText('<script>\n  const k = 1;\n</script>\n<p>{k}</p>\n', svelte)).toBe(
      '<script>\n  import { getSecret } from "~/lib/secrets";\nconst k = 1;\n</script>\n<p>{k}</p>\n',
    );
  });

  it('goes inside the Vue <script>, and nowhere in a component without a script', () => {
    expect(insertText('<template><div/></template>\n<script setup>\nconst k = 1;\n</script>\n', vue)).toBe(
      '<template><div/></template>\n<script setup>\nimport { getSecret } from "~/lib/secrets";\nconst k = 1;\n</script>\n',
    );
    expect(insertText('<template><div/></template>\n', vue)).toBeUndefined();
    expect(insertText('<h1>static</h1>\n', svelte)).toBeUndefined();
  });
});
