/**
 * no-hardcoded-secrets in component markup, with the real parsers: static attribute values, bound
 * expressions, interpolations and HTML comments of Vue templates, Svelte markup and Astro markup. Vue and
 * Svelte components are client code (`secretInClient`); an Astro component runs on the server. Markup findings
 * carry no `process.env` suggestion (markup has no place for one); server-side scripts keep theirs.
 */
import rule from '../../../src/rules/no-hardcoded-secrets.js';
import { FAKE_PROVIDER_TOKENS } from '../../helpers/fake-tokens.js';
import { runWithMarkupParser } from '../../rule-tester.js';

const generic = 'a8F3KD92jf83NF02mx7QP1zl';
const stripe = (FAKE_PROVIDER_TOKENS['stripe-secret-key'] as () => string)();
const github = (FAKE_PROVIDER_TOKENS['github-pat'] as () => string)();

/** Near misses every markup language shares: form fields, labels, placeholders, ids, classes, icons. */
const nearMisses = {
  vue: [
    '<template><input type="password" v-model="password" name="api_key" autocomplete="current-password"></template>',
    `<template><input :placeholder="'Enter your API key'" aria-label="Secret key" :type="showPassword ? 'text' : 'password'"></template>`,
    '<template><Map :secret-key="secretKey" :token="auth.token" /></template>',
    `<template><p>{{ $t('settings.apiKeyDescription') }}</p><Icon name="i-heroicons-key-20-solid" /></template>`,
    '<template><div class="bg-[#123456] text-sm" :key="token.id">{{ token.name }}</div></template>',
    '<template><!-- the secret key goes in .env as STRIPE_SECRET_KEY --><p/></template>',
    '<template><input name="password" value="" placeholder="Password"></template>',
    '<template><p>Paste your secret key (it starts with sk_live_) into the field below.</p></template>',
    '<template><code>STRIPE_SECRET_KEY=your-secret-key-here</code></template>',
  ],
  svelte: [
    '<input type="password" bind:value={password} name="api_key" autocomplete="current-password">',
    `<input placeholder="Enter your API key" aria-label="Secret key" type={show ? 'text' : 'password'}>`,
    '<Map secretKey={secretKey} token={auth.token} />',
    `<p>{$t('settings.apiKeyDescription')}</p><Icon name="key-20-solid" class="bg-[#123456]" />`,
    '<!-- the secret key goes in .env as STRIPE_SECRET_KEY --><p></p>',
    '{#each tokens as token (token.id)}<li>{token.name}</li>{/each}',
    '<p>Paste your secret key (it starts with sk_live_) into the field below.</p>',
  ],
  astro: [
    '<input type="password" name="api_key" autocomplete="current-password" />',
    `<input placeholder="Enter your API key" aria-label="Secret key" type={show ? 'text' : 'password'} />`,
    '---\nconst { secretKey } = Astro.props;\n---\n<Map secretKey={secretKey} />',
    '<!-- the secret key goes in .env as STRIPE_SECRET_KEY --><p></p>',
    '<div class="bg-[#123456] text-sm">{token.name}</div>',
    '<p>Your API token is shown once, after you create it.</p>',
  ],
};

runWithMarkupParser('vue', 'no-hardcoded-secrets in Vue templates', rule, {
  valid: [...nearMisses.vue, { code: `<template><!-- ${stripe} --><p/></template>`, options: [{ checkComments: false }] }],
  invalid: [
    {
      name: 'a static attribute named like a credential',
      code: `<template><Map secret-key="${generic}" /></template>`,
      errors: [{ messageId: 'secretInClient', line: 1, column: 27, endColumn: 53, suggestions: [] }],
    },
    {
      name: 'a bound attribute (`:token`) holding a literal',
      code: `<template><Map :token="'${generic}'" /></template>`,
      errors: [{ messageId: 'secretInClient', line: 1, column: 24, endColumn: 50, suggestions: [] }],
    },
    {
      name: 'a provider token in an interpolation',
      code: `<template><p>{{ '${stripe}' }}</p></template>`,
      errors: [{ messageId: 'secretInClient', line: 1, column: 17, suggestions: [] }],
    },
    {
      name: 'a provider token in a static attribute, whatever its name',
      code: `<template><GitHubCard data="${github}" /></template>`,
      errors: [{ messageId: 'secretInClient', line: 1, column: 28, suggestions: [] }],
    },
    {
      name: 'an HTML comment holding a key',
      code: `<template>\n  <!-- old key: ${stripe} -->\n  <p/>\n</template>`,
      errors: [
        {
          messageId: 'commentSecret',
          line: 2,
          column: 17,
          suggestions: [{ messageId: 'redactComment', output: '<template>\n  <!-- old key: <redacted> -->\n  <p/>\n</template>' }],
        },
      ],
    },
    {
      name: 'a provider token in the text of the template, reported where it is written, with no suggestion',
      code: `<template>\n  <p>Key: &nbsp;${stripe}</p>\n</template>`,
      errors: [{ messageId: 'textSecret', line: 2, column: 17, endColumn: 17 + stripe.length, suggestions: [] }],
    },
    {
      // a component is client code: no `process.env` suggestion, which would ship the value all the same
      name: 'the script of a single-file component is client code too',
      code: `<script setup>\nconst apiKey = '${generic}';\n</script>\n<template><p/></template>`,
      errors: [{ messageId: 'secretInClient', line: 2, column: 16, suggestions: [] }],
    },
  ],
});

runWithMarkupParser('svelte', 'no-hardcoded-secrets in Svelte markup', rule, {
  valid: nearMisses.svelte,
  invalid: [
    {
      name: 'a static attribute named like a credential',
      code: `<Map secretKey="${generic}" />`,
      errors: [{ messageId: 'secretInClient', line: 1, column: 17, endColumn: 41, suggestions: [] }],
    },
    {
      name: 'an attribute bound to a literal',
      code: `<Map token={'${generic}'} />`,
      errors: [{ messageId: 'secretInClient', line: 1, column: 13, endColumn: 39, suggestions: [] }],
    },
    {
      name: 'a provider token in a static part of an attribute',
      code: `<a href="/x?k=${stripe}&id={id}">x</a>`,
      errors: [{ messageId: 'secretInClient', line: 1, suggestions: [] }],
    },
    {
      name: 'a provider token in a mustache tag',
      code: `<p>{'${stripe}'}</p>`,
      errors: [{ messageId: 'secretInClient', line: 1, column: 5, suggestions: [] }],
    },
    {
      name: 'an HTML comment holding a key',
      code: `<!-- ${github} -->\n<p></p>`,
      errors: [{ messageId: 'commentSecret', line: 1, column: 6, suggestions: [{ messageId: 'redactComment', output: '<!-- <redacted> -->\n<p></p>' }] }],
    },
    {
      name: 'a provider token in the text of the markup',
      code: `<script>let a = 1;</script>\n<pre>token = ${github}</pre>`,
      errors: [{ messageId: 'textSecret', line: 2, column: 14, suggestions: [] }],
    },
    {
      name: 'the script of a component is client code too',
      code: `<script>\n  const apiKey = '${generic}';\n</script>\n<p></p>`,
      errors: [{ messageId: 'secretInClient', line: 2, suggestions: [] }],
    },
  ],
});

runWithMarkupParser('astro', 'no-hardcoded-secrets in Astro markup', rule, {
  valid: nearMisses.astro,
  invalid: [
    {
      name: 'a static attribute named like a credential',
      code: `<Map secret-key="${generic}" />`,
      errors: [{ messageId: 'genericSecret', line: 1, column: 17, endColumn: 43, suggestions: [] }],
    },
    {
      name: 'an attribute bound to a literal',
      code: `<Map token={'${generic}'} />`,
      errors: [{ messageId: 'genericSecret', line: 1, column: 13, suggestions: [] }],
    },
    {
      name: 'an HTML comment holding a key',
      code: `<!-- ${github} -->\n<p></p>`,
      errors: [{ messageId: 'commentSecret', line: 1, column: 6, suggestions: [{ messageId: 'redactComment', output: '<!-- <redacted> -->\n<p></p>' }] }],
    },
    {
      name: 'a provider token in the text of the markup',
      code: `---\nconst a = 1;\n---\n<code>${stripe}</code>`,
      errors: [{ messageId: 'textSecret', line: 4, column: 7, suggestions: [] }],
    },
    {
      name: 'the frontmatter keeps its suggestion',
      code: `---\nconst apiKey = '${generic}';\n---\n<p></p>`,
      errors: [
        {
          messageId: 'genericSecret',
          line: 2,
          suggestions: [{ messageId: 'useEnv', output: '---\nconst apiKey = process.env.API_KEY;\n---\n<p></p>' }],
        },
      ],
    },
  ],
});
