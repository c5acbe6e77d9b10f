/**
 * Server components passing secrets to `"use client"` components: the rule reads the imported file's head,
 * so these cases lint files placed in a temporary project.
 */
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/no-secret-exposure.js';
import { startsWithUseClient } from '../../src/util/ast/index.js';
import { runWithBothParsers } from '../rule-tester.js';

const root = mkdtempSync(path.join(tmpdir(), 'secrets-exposure-'));
mkdirSync(path.join(root, 'app', 'components'), { recursive: true });
writeFileSync(path.join(root, 'app', 'components', 'chat.tsx'), "'use client';\nexport function Chat(props) { return null; }\n");
writeFileSync(
  path.join(root, 'app', 'components', 'map.tsx'),
  '// A client map widget\n/* eslint-disable */\n"use client"\nexport default function Map() { return null; }\n',
);
writeFileSync(path.join(root, 'app', 'components', 'server-card.tsx'), 'export function Card(props) { return null; }\n');
const page = path.join(root, 'app', 'page.tsx');

describe('startsWithUseClient', () => {
  it.each([
    ["'use client';\nexport {}", true],
    ['"use client"', true],
    ['// comment\n/* block */\n"use strict";\n"use client";', true],
    ["import x from 'y';\n'use client';", false],
    ["'use server';", false],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(startsWithUseClient(text)).toBe(expected);
  });
});

runWithBothParsers('no-secret-exposure (client props)', rule, {
  valid: [
    // a server component rendering a server component
    { code: "import { Card } from './components/server-card';\nexport default function Page() { return <Card apiKey={process.env.OPENAI_API_KEY} />; }", filename: page },
    // a non-secret or public value
    { code: "import { Chat } from './components/chat';\nexport default function Page() { return <Chat model={process.env.OPENAI_MODEL} siteKey={process.env.NEXT_PUBLIC_RECAPTCHA_SITE_KEY} />; }", filename: page },
    // the importing file is client code already
    { code: "'use client';\nimport { Chat } from './components/chat';\nexport default function Page() { return <Chat apiKey={process.env.OPENAI_API_KEY} />; }", filename: page },
    // a package import is not resolved
    { code: "import { Chat } from 'chat-ui';\nexport default function Page() { return <Chat apiKey={process.env.OPENAI_API_KEY} />; }", filename: page },
    { code: "import { Chat } from './components/chat';\nexport default function Page() { return <Chat apiKey={process.env.OPENAI_API_KEY} />; }", filename: page, options: [{ responses: false }] },
  ],
  invalid: [
    {
      code: "import { Chat } from './components/chat';\nexport default function Page() {\n  return <Chat model=\"gpt\" apiKey={process.env.OPENAI_API_KEY} />;\n}",
      filename: page,
      errors: [
        {
          messageId: 'exposedInResponse',
          data: {
            secret: 'process.env.OPENAI_API_KEY (line 3)',
            sink: 'prop `apiKey` of the "use client" component <Chat>, serialised into the page',
          },
          line: 3,
          column: 36,
        },
      ],
    },
    {
      code: "import Map from './components/map';\nconst token = process.env.MAPS_SERVER_SECRET;\nexport default function Page() { return <Map token={token} />; }",
      filename: page,
      errors: [
        {
          messageId: 'exposedInResponse',
          data: {
            secret: 'process.env.MAPS_SERVER_SECRET (line 2)',
            sink: 'prop `token` of the "use client" component <Map>, serialised into the page',
          },
          line: 3,
        },
      ],
    },
  ],
});

const withClient = { secrets: { secretsClient: { importFrom: '@acme/config', importName: 'lookup' } } };
runWithBothParsers('no-secret-exposure (client props): the configured secrets client', rule, {
  valid: [
    // without the setting, `lookup` is a function like any other
    { code: "import { lookup } from '@acme/config';\nimport Map from './components/map';\nexport default async function Page() {\n  const token = await lookup('MAPS_KEY');\n  return <Map token={token} />;\n}", filename: page },
    // a server component takes the secret: it stays on the server
    {
      code: "import { lookup } from '@acme/config';\nimport { Card } from './components/server-card';\nexport default async function Page() {\n  return <Card token={await lookup('MAPS_KEY')} />;\n}",
      filename: page,
      settings: withClient,
    },
  ],
  invalid: [
    {
      code: "import { lookup } from '@acme/config';\nimport Map from './components/map';\nexport default async function Page() {\n  const token = await lookup('MAPS_KEY');\n  return <Map token={token} />;\n}",
      filename: page,
      settings: withClient,
      errors: [
        {
          messageId: 'exposedInResponse',
          data: {
            secret: "await lookup('MAPS_KEY') (line 4)",
            sink: 'prop `token` of the "use client" component <Map>, serialised into the page',
          },
          line: 5,
        },
      ],
    },
    {
      code: "import { lookup } from '@acme/config';\nimport { Chat } from './components/chat';\nexport default async function Page() {\n  return <Chat apiKey={await lookup('OPENAI_API_KEY')} />;\n}",
      filename: page,
      settings: withClient,
      errors: [{ messageId: 'exposedInResponse', line: 4, column: 24 }],
    },
  ],
});
