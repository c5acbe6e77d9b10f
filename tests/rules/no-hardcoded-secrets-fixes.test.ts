/**
 * secrets/no-hardcoded-secrets with `secretsClient`: `eslint --fix` rewrites to `await getSecret("NAME")`
 * where `await` is valid and adds the import exactly once; elsewhere the rewrite is a suggestion (making the
 * enclosing function async) or, where `await` can never go, a `process.env` suggestion.
 */
import rule from '../../src/rules/no-hardcoded-secrets.js';
import { fakeGithubToken } from '../helpers/fake-tokens.js';
import type { TestLanguageOptions } from '@typescript-eslint/rule-tester';
import { runWithBothParsers } from '../rule-tester.js';

/** ESLint honours `sourceType`/`ecmaVersion` per test case; the rule tester's type omits them. */
const lang = (o: { sourceType?: 'commonjs' | 'script' | 'module'; ecmaVersion?: number }): TestLanguageOptions =>
  o as TestLanguageOptions;

const gh = fakeGithubToken('p', 21);
const generic = 'a8F3KD92jf83NF02mx7QP1zl';
const other = 'lZ1PQ7xm20FN38fj29DK3F8a';
const dbPassword = 'vT7qLm2Zx9Wp4Ns8';
const client = { secretsClient: { importFrom: '~/lib/secrets', importName: 'getSecret' } };
const options = [client] as const;

const multiFixed = `import express from "express";
import { db } from "./db";
import { getSecret } from "~/lib/secrets";

const apiKey = await getSecret("API_KEY");

export async function handler(req) {
  const token = await getSecret("GITHUB_TOKEN");
  return fetch(\`https://api.acme.dev/?key=\${apiKey}\`, { headers: { authorization: token } });
}
`;

const cjsFixed = `"use strict";
const express = require("express");
const { getSecret } = require("~/lib/secrets");

async function connect() {
  return new Pool({ password: await getSecret("DATABASE_PASSWORD") });
}
module.exports = { connect };
`;

runWithBothParsers('no-hardcoded-secrets (secretsClient fixes)', rule, {
  valid: [
    // a second --fix pass changes nothing
    { code: multiFixed, options },
    { code: cjsFixed, options },
  ],
  invalid: [
    {
      // Every fix carries its import (the editor applies one alone); ESLint applies overlapping fixes in passes.
      name: 'several secrets in one ES module: one import, each fix complete on its own',
      code: `import express from "express";
import { db } from "./db";

const apiKey = "${generic}";

export async function handler(req) {
  const token = "${gh}";
  return fetch(\`https://api.acme.dev/?key=\${apiKey}\`, { headers: { authorization: token } });
}
`,
      options,
      output: [
        `import express from "express";
import { db } from "./db";
import { getSecret } from "~/lib/secrets";

const apiKey = await getSecret("API_KEY");

export async function handler(req) {
  const token = "${gh}";
  return fetch(\`https://api.acme.dev/?key=\${apiKey}\`, { headers: { authorization: token } });
}
`,
        multiFixed,
      ],
      errors: [
        { messageId: 'genericSecret', line: 4, column: 16 },
        { messageId: 'providerSecret', line: 7, column: 17 },
      ],
    },
    {
      name: 'an existing (aliased) import is reused',
      code: `import { getSecret as readSecret } from "~/lib/secrets";\nexport async function load() { return { apiKey: "${generic}" }; }`,
      options,
      output: `import { getSecret as readSecret } from "~/lib/secrets";\nexport async function load() { return { apiKey: await readSecret("API_KEY") }; }`,
      errors: [{ messageId: 'genericSecret' }],
    },
    {
      name: 'CommonJS file: require added after the last require, no top-level await',
      code: `"use strict";
const express = require("express");
const adminPassword = "${dbPassword}";

async function connect() {
  return new Pool({ password: "${dbPassword}" });
}
module.exports = { connect };
`,
      options,
      output: `"use strict";
const express = require("express");
const { getSecret } = require("~/lib/secrets");
const adminPassword = "${dbPassword}";

async function connect() {
  return new Pool({ password: await getSecret("DATABASE_PASSWORD") });
}
module.exports = { connect };
`,
      errors: [
        {
          messageId: 'genericSecret',
          line: 3,
          suggestions: [
            {
              messageId: 'useEnv',
              output: `"use strict";
const express = require("express");
const adminPassword = process.env.ADMIN_PASSWORD;

async function connect() {
  return new Pool({ password: "${dbPassword}" });
}
module.exports = { connect };
`,
            },
          ],
        },
        { messageId: 'genericSecret', line: 6 },
      ],
    },
    {
      name: 'sourceType commonjs',
      code: `async function f() { const apiKey = "${generic}"; }`,
      options,
      languageOptions: lang({ sourceType: 'commonjs' }),
      output: `const { getSecret } = require("~/lib/secrets");\nasync function f() { const apiKey = await getSecret("API_KEY"); }`,
      errors: [{ messageId: 'genericSecret' }],
    },
    {
      name: 'script files have no top-level await',
      code: `var apiKey = "${generic}";`,
      options,
      languageOptions: lang({ sourceType: 'script' }),
      output: null,
      errors: [{ messageId: 'genericSecret', suggestions: [{ messageId: 'useEnv', output: 'var apiKey = process.env.API_KEY;' }] }],
    },
    {
      name: 'ES2020 modules have no top-level await',
      code: `const apiKey = "${generic}";`,
      options,
      languageOptions: lang({ ecmaVersion: 2020 }),
      output: null,
      errors: [{ messageId: 'genericSecret', suggestions: [{ messageId: 'useEnv', output: 'const apiKey = process.env.API_KEY;' }] }],
    },
    {
      name: "'use client' file: browser code, no fix and no suggestion that reads a secret there",
      code: `"use client";\nconst apiKey = "${generic}";`,
      options,
      output: null,
      errors: [{ messageId: 'secretInClient', suggestions: [] }],
    },
    {
      name: "'use server' file without imports: import after the directive",
      code: `"use server";\nconst apiKey = "${generic}";`,
      options,
      output: `"use server";\nimport { getSecret } from "~/lib/secrets";\nconst apiKey = await getSecret("API_KEY");`,
      errors: [{ messageId: 'genericSecret' }],
    },
    {
      name: 'file without imports or directives: import first',
      code: `// config\nconst apiKey = "${generic}";`,
      options,
      output: `// config\nimport { getSecret } from "~/lib/secrets";\nconst apiKey = await getSecret("API_KEY");`,
      errors: [{ messageId: 'genericSecret' }],
    },
    {
      name: 'non-async function: suggestion makes it async',
      code: `function load() { return { token: "${gh}" }; }`,
      options,
      output: null,
      errors: [
        {
          messageId: 'providerSecret',
          suggestions: [
            {
              messageId: 'useSecretsClientAsync',
              output: `import { getSecret } from "~/lib/secrets";\nasync function load() { return { token: await getSecret("GITHUB_TOKEN") }; }`,
            },
          ],
        },
      ],
    },
    {
      name: 'non-async arrow nested in an async function',
      code: `async function f() { return items.map((item) => ({ ...item, apiKey: "${generic}" })); }`,
      options,
      output: null,
      errors: [
        {
          messageId: 'genericSecret',
          suggestions: [
            {
              messageId: 'useSecretsClientAsync',
              output: `import { getSecret } from "~/lib/secrets";\nasync function f() { return items.map(async (item) => ({ ...item, apiKey: await getSecret("API_KEY") })); }`,
            },
          ],
        },
      ],
    },
    {
      name: 'class method and object method',
      code: `class Api { static load() { return "${gh}"; } }\nconst o = { *keys() { yield "${gh}"; } };`,
      options,
      output: null,
      errors: [
        {
          messageId: 'providerSecret',
          line: 1,
          suggestions: [
            {
              messageId: 'useSecretsClientAsync',
              output: `import { getSecret } from "~/lib/secrets";\nclass Api { static async load() { return await getSecret("GITHUB_TOKEN"); } }\nconst o = { *keys() { yield "${gh}"; } };`,
            },
          ],
        },
        {
          messageId: 'providerSecret',
          line: 2,
          suggestions: [
            {
              messageId: 'useSecretsClientAsync',
              output: `import { getSecret } from "~/lib/secrets";\nclass Api { static load() { return "${gh}"; } }\nconst o = { async *keys() { yield await getSecret("GITHUB_TOKEN"); } };`,
            },
          ],
        },
      ],
    },
    {
      name: 'class fields, getters and default parameters cannot await: process.env suggestion',
      code: `class A { apiKey = "${generic}"; get token() { return "${gh}"; } }\nasync function f(password = "${dbPassword}") {}`,
      options,
      output: null,
      errors: [
        { messageId: 'genericSecret', suggestions: [{ messageId: 'useEnv', output: `class A { apiKey = process.env.API_KEY; get token() { return "${gh}"; } }\nasync function f(password = "${dbPassword}") {}` }] },
        { messageId: 'providerSecret', suggestions: [{ messageId: 'useEnv', output: `class A { apiKey = "${generic}"; get token() { return process.env.GITHUB_TOKEN; } }\nasync function f(password = "${dbPassword}") {}` }] },
        { messageId: 'genericSecret', suggestions: [{ messageId: 'useEnv', output: `class A { apiKey = "${generic}"; get token() { return "${gh}"; } }\nasync function f(password = process.env.PASSWORD) {}` }] },
      ],
    },
    {
      name: 'the client name is taken by a local function: the import is renamed',
      code: `function getSecret(name) { return name; }\nconst apiKey = "${generic}";`,
      options,
      output: `import { getSecret as getSecret_1 } from "~/lib/secrets";\nfunction getSecret(name) { return name; }\nconst apiKey = await getSecret_1("API_KEY");`,
      errors: [{ messageId: 'genericSecret' }],
    },
    {
      name: 'a local binding shadows the existing import at the fix site: an aliased import is added',
      code: `import { getSecret } from "~/lib/secrets";\nexport async function f(getSecret) { return { apiKey: "${generic}" }; }`,
      options,
      output: `import { getSecret, getSecret as getSecret_1 } from "~/lib/secrets";\nexport async function f(getSecret) { return { apiKey: await getSecret_1("API_KEY") }; }`,
      errors: [{ messageId: 'genericSecret' }],
    },
    ...[
      ['a const in the function', 'const getSecret = () => 1;'],
      ['a class', 'class getSecret {}'],
      ['a hoisted var', 'if (x) { var getSecret = 1; }'],
      ['a catch clause', 'try {} catch (getSecret) {}'],
    ].map(([what, declaration]) => ({
      name: `the client name is taken by ${what as string}: the import is renamed`,
      code: `export async function f() { ${declaration as string} return { apiKey: "${generic}" }; }`,
      options,
      output: `import { getSecret as getSecret_1 } from "~/lib/secrets";\nexport async function f() { ${declaration as string} return { apiKey: await getSecret_1("API_KEY") }; }`,
      errors: [{ messageId: 'genericSecret' as const }],
    })),
    {
      name: 'a CommonJS require of another module under the client name: the require is renamed',
      code: `const getSecret = require("./other");\nasync function f() { return { apiKey: "${generic}" }; }\nmodule.exports = f;`,
      options,
      languageOptions: lang({ sourceType: 'commonjs' }),
      output: `const getSecret = require("./other");\nconst { getSecret: getSecret_1 } = require("~/lib/secrets");\nasync function f() { return { apiKey: await getSecret_1("API_KEY") }; }\nmodule.exports = f;`,
      errors: [{ messageId: 'genericSecret' }],
    },
    {
      name: 'a URL password: only that part is rewritten',
      code: `export async function connect() { return new Client("postgres://app:${dbPassword}@db.internal:5432/shop"); }`,
      options,
      output: `import { getSecret } from "~/lib/secrets";\nexport async function connect() { return new Client(\`postgres://app:\${await getSecret("DATABASE_PASSWORD")}@db.internal:5432/shop\`); }`,
      errors: [{ messageId: 'providerSecret' }],
    },
    {
      name: 'a URL password: escaped lone surrogates elsewhere in the string stay escaped, pairs stay as written',
      code: `export async function connect() { return new Client("\\uD800 \u{1F600} postgres://app:${dbPassword}@db.internal:5432/shop"); }`,
      options,
      output: `import { getSecret } from "~/lib/secrets";\nexport async function connect() { return new Client(\`\\ud800 \u{1F600} postgres://app:\${await getSecret("DATABASE_PASSWORD")}@db.internal:5432/shop\`); }`,
      errors: [{ messageId: 'providerSecret' }],
    },
    {
      name: 'await gets parentheses where needed',
      code: `export const token = "${gh}".trim();`,
      options,
      output: `import { getSecret } from "~/lib/secrets";\nexport const token = (await getSecret("GITHUB_TOKEN")).trim();`,
      errors: [{ messageId: 'providerSecret' }],
    },
    {
      name: 'JSX attribute in an async server component',
      code: `export default async function Page() { return <Map apiKey="${generic}" />; }`,
      options,
      output: `import { getSecret } from "~/lib/secrets";\nexport default async function Page() { return <Map apiKey={await getSecret("API_KEY")} />; }`,
      errors: [{ messageId: 'genericSecret' }],
    },
    {
      name: 'env fallback: the fallback reads the store',
      code: `const apiKey = process.env.API_KEY ?? "${generic}";`,
      options,
      output: `import { getSecret } from "~/lib/secrets";\nconst apiKey = process.env.API_KEY ?? await getSecret("API_KEY");`,
      errors: [{ messageId: 'genericSecret' }],
    },
    {
      name: 'two secrets in one statement',
      code: `export const keys = { apiKey: "${generic}", clientSecret: "${other}" };`,
      options,
      output: [
        `import { getSecret } from "~/lib/secrets";\nexport const keys = { apiKey: await getSecret("API_KEY"), clientSecret: "${other}" };`,
        `import { getSecret } from "~/lib/secrets";\nexport const keys = { apiKey: await getSecret("API_KEY"), clientSecret: await getSecret("CLIENT_SECRET") };`,
      ],
      errors: [{ messageId: 'genericSecret' }, { messageId: 'genericSecret' }],
    },
  ],
});
