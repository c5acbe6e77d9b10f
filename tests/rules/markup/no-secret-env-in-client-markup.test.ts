/**
 * no-secret-env-in-client in component markup, with the real parsers. Vue and Svelte components are browser
 * code, their template expressions included; an Astro component runs on the server, but what its markup
 * outputs (text, HTML attributes, `client:*` island props, `define:vars`) reaches the page.
 */
import rule from '../../../src/rules/no-secret-env-in-client.js';
import { runWithMarkupParser } from '../../rule-tester.js';

const nuxt = { secrets: { framework: 'nuxt' } };
const sveltekit = { secrets: { framework: 'sveltekit' } };

runWithMarkupParser('vue', 'no-secret-env-in-client in Vue templates', rule, {
  valid: [
    '<template><p v-if="import.meta.env.DEV">{{ import.meta.env.VITE_API_URL }}</p></template>',
    '<template><input v-model="password" type="password" :placeholder="apiKeyPlaceholder"></template>',
    // a Nuxt server component renders on the server only
    { code: '<template><p>{{ process.env.STRIPE_SECRET_KEY ? "on" : "off" }}</p></template>', filename: 'components/Status.server.vue', settings: nuxt },
    { code: '<template><p>{{ process.env.STRIPE_SECRET_KEY }}</p></template>', filename: 'server/components/Og.vue', settings: nuxt },
  ],
  invalid: [
    {
      name: 'a secret read in an interpolation',
      code: '<template><p>{{ process.env.STRIPE_SECRET_KEY }}</p></template>',
      errors: [
        {
          messageId: 'secretInClient',
          line: 1,
          column: 17,
          endColumn: 46,
          data: {
            name: 'STRIPE_SECRET_KEY',
            kind: 'Stripe secret key',
            reason: 'a Vue single-file component, compiled for the browser',
            framework: 'Vue',
            serverPlace: 'server code',
          },
        },
      ],
    },
    {
      name: 'a secret read in a bound attribute, Nuxt by settings',
      code: '<template><Map :api-key="import.meta.env.MAPS_SECRET_KEY" /></template>',
      filename: 'app/components/Map.vue',
      settings: nuxt,
      errors: [
        {
          messageId: 'secretInClient',
          line: 1,
          column: 26,
          endColumn: 57,
          data: {
            name: 'MAPS_SECRET_KEY',
            kind: 'API key',
            reason: 'the Nuxt `components/` directory, which is bundled for the browser',
            framework: 'Nuxt',
            serverPlace: '`server/` through private `runtimeConfig`',
          },
        },
      ],
    },
    {
      name: 'the script of the component as before',
      code: '<script setup>\nconst key = import.meta.env.OPENAI_API_KEY;\n</script>\n<template><p/></template>',
      errors: [{ messageId: 'secretInClient', line: 2, column: 13 }],
    },
  ],
});

runWithMarkupParser('svelte', 'no-secret-env-in-client in Svelte markup', rule, {
  valid: [
    '<p>{import.meta.env.VITE_API_URL}</p>',
    '<input type="password" bind:value={password} />',
    { code: '<p>{data.user}</p>', filename: 'src/lib/components/Profile.svelte', settings: sveltekit },
  ],
  invalid: [
    {
      name: 'a secret read in a mustache tag',
      code: '<p>{process.env.STRIPE_SECRET_KEY}</p>',
      errors: [{ messageId: 'secretInClient', line: 1, column: 5, endColumn: 34 }],
    },
    {
      name: 'a private env module imported by a `$lib` component',
      code: "<script>\n  import { env } from '$env/dynamic/private';\n</script>\n<p>{env.PUBLIC_NAME}</p>",
      filename: 'src/lib/components/Pay.svelte',
      settings: sveltekit,
      errors: [{ messageId: 'privateEnvModule', line: 2, column: 23 }],
    },
  ],
});

runWithMarkupParser('astro', 'no-secret-env-in-client in Astro markup', rule, {
  valid: [
    // frontmatter runs on the server
    '---\nconst stripe = new Stripe(import.meta.env.STRIPE_SECRET_KEY);\nconst plans = await stripe.prices.list();\n---\n<ul>{plans.data.map((p) => <li>{p.nickname}</li>)}</ul>',
    // a test of the value is not the value
    '<p>{import.meta.env.STRIPE_SECRET_KEY ? "Payments on" : "Payments off"}</p>',
    '---\nconst key = import.meta.env.STRIPE_SECRET_KEY;\n---\n{key && <p>Payments on</p>}',
    // a server-rendered component keeps its props on the server
    '---\nconst key = import.meta.env.MAPS_SECRET_KEY;\n---\n<StaticMap apiKey={key} />',
    "---\nimport { STRIPE_SECRET_KEY } from 'astro:env/server';\nconst session = await createSession(STRIPE_SECRET_KEY);\n---\n<Checkout client:load sessionId={session.id} />",
    // public variables
    '<Map client:load apiUrl={import.meta.env.PUBLIC_API_URL} />',
    // a `<script>` body is linted by eslint-plugin-astro's processor, as `Component.astro/0_0.ts`
    '<script>console.log(1)</script>',
  ],
  invalid: [
    {
      name: 'a secret rendered as text',
      code: '---\nconst key = import.meta.env.STRIPE_SECRET_KEY;\n---\n<p>{key}</p>',
      errors: [{ messageId: 'secretRendered', line: 4, column: 5, endColumn: 8 }],
    },
    {
      name: 'a secret in an attribute of an HTML element',
      code: '<img src={`https://maps.example.com/static?key=${import.meta.env.MAPS_SECRET_KEY}`} />',
      errors: [{ messageId: 'secretRendered', line: 1, column: 50, endColumn: 81 }],
    },
    {
      name: 'a prop of a client island',
      code: '<Map client:load apiKey={import.meta.env.MAPS_SECRET_KEY} />',
      errors: [
        {
          messageId: 'secretRendered',
          line: 1,
          column: 26,
          endColumn: 57,
          data: {
            name: 'MAPS_SECRET_KEY',
            kind: 'API key',
            how: 'is passed to a `client:load` island, whose props Astro serialises into the page for hydration',
            serverPlace: 'component frontmatter or an endpoint',
          },
        },
      ],
    },
    {
      name: 'a private astro:env import passed to a client island',
      code: "---\nimport { STRIPE_SECRET_KEY } from 'astro:env/server';\n---\n<Checkout client:visible options={{ secret: STRIPE_SECRET_KEY }} />",
      errors: [{ messageId: 'secretRendered', line: 4, column: 45, endColumn: 62 }],
    },
    {
      name: 'define:vars hands a secret to a script',
      code: '---\nconst { GITHUB_TOKEN } = import.meta.env;\n---\n<script define:vars={{ token: GITHUB_TOKEN }}>fetch("/x", { headers: { authorization: token } });</script>',
      errors: [{ messageId: 'secretRendered', line: 4, column: 31, endColumn: 43 }],
    },
  ],
});
