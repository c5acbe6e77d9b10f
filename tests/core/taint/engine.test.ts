import { describe, expect, it } from 'vitest';
import type { SinkChecker } from '../../../src/core/taint/index.js';
import { findings, summarize, testSinks } from './harness.js';

const AWS = `import { SecretsManagerClient, GetSecretValueCommand } from '@aws-sdk/client-secrets-manager';
const client = new SecretsManagerClient({});
const response = await client.send(new GetSecretValueCommand({ SecretId: 'app' }));
`;

describe('taint engine: AWS SDK v3 property-level taint', () => {
  it.each([
    ['sink(response.SecretString)', ['4: the SecretString of a GetSecretValueCommand response']],
    ['sink(response)', ['4: a GetSecretValueCommand response']],
    ['sink(JSON.parse(response.SecretString))', ['4: the SecretString of a GetSecretValueCommand response']],
    ['sink(JSON.parse(response.SecretString).password)', ['4: the SecretString of a GetSecretValueCommand response']],
    ['sink(response.ARN, response.Name, response.VersionId, response.$metadata)', []],
    ['sink(response.SecretString.length)', []],
    ['sink(typeof response.SecretString)', []],
    ['sink(!!response.SecretString)', []],
    ['sink(response.SecretString === "x")', []],
  ])('%s', (line, expected) => {
    expect(summarize(`${AWS}${line};`)).toEqual(expected);
  });
});

describe('taint engine: propagation', () => {
  const S = `${AWS}const s = response.SecretString;\n`;
  const hit = ['5: the SecretString of a GetSecretValueCommand response'];
  it.each([
    ['sink(`value: ${s}`)', hit],
    ["sink('value: ' + s)", hit],
    ['sink(String(s))', hit],
    ['sink(s.toString())', hit],
    ['sink(Buffer.from(s, "base64").toString("utf8"))', hit],
    ['sink(JSON.stringify({ s }))', hit],
    ['sink(JSON.stringify(response))', ['5: a GetSecretValueCommand response']],
    ['sink({ ...{ s } })', hit],
    ['sink(s.trim().toUpperCase())', hit],
    ['const { SecretString } = response; sink(SecretString)', hit],
    ['const { SecretString: v } = response; sink(v)', hit],
    ['const { ARN } = response; sink(ARN)', []],
    ['const o = {}; o.value = s; sink(o)', hit],
    ['const o = {}; sink(o); o.value = s;', []],
    ['let x = s; x = "clean"; sink(x)', []],
    ['let x = "clean"; if (cond) x = s; sink(x)', hit],
    ['const arr = []; arr.push(s); sink(arr)', hit],
    ['const o = Object.assign({}, { s }); sink(o)', hit],
    ['sink(s.length, s.slice(0, 4), s.replace(/./g, "*"))', []],
    ['sink(redact(s), maskSecret(s), hashPassword(s))', []],
    ['sink(Object.keys(JSON.parse(s)))', []],
    ['sink(s ? "set" : "unset")', []],
    ['sink(unknownFunction(s))', []],
  ])('%s', (line, expected) => {
    expect(summarize(`${S}${line};`)).toEqual(expected);
  });

  it('follows .then callbacks', () => {
    const code = `import { SecretsManagerClient, GetSecretValueCommand } from '@aws-sdk/client-secrets-manager';
const client = new SecretsManagerClient({});
client.send(new GetSecretValueCommand({ SecretId: 'app' })).then((res) => {
  sink(res.SecretString);
  sink(res.ARN);
});`;
    expect(summarize(code)).toEqual(['4: the SecretString of a GetSecretValueCommand response']);
  });

  it('follows the return value of a local helper', () => {
    const code = `import { SecretsManagerClient, GetSecretValueCommand } from '@aws-sdk/client-secrets-manager';
const client = new SecretsManagerClient({});
async function getSecret(id) {
  const res = await client.send(new GetSecretValueCommand({ SecretId: id }));
  return JSON.parse(res.SecretString);
}
export async function handler() {
  const secret = await getSecret('db');
  sink(secret.password);
  sink(secret.password.length);
}`;
    expect(summarize(code)).toEqual(['9: the SecretString of a GetSecretValueCommand response']);
  });
});

describe('taint engine: Vault KV v1 and v2 responses', () => {
  const VAULT = `const vault = require('node-vault')();\nconst result = await vault.read('secret/data/app');\n`;
  it.each([
    ['sink(result.data.data)', ['3: the data.data of a Vault read response']],
    ['sink(result.data)', ['3: the data of a Vault read response']],
    ['sink(result.data.password)', ['3: `password` of the data of a Vault read response']],
    ['sink(result.data.metadata.version, result.data.url, result.lease_duration)', []],
  ])('%s', (line, expected) => {
    expect(summarize(`${VAULT}${line};`)).toEqual(expected);
  });
});

describe('taint engine: control flow', () => {
  const S = `import { SecretsManagerClient, GetSecretValueCommand } from '@aws-sdk/client-secrets-manager';
const client = new SecretsManagerClient({});
const s = (await client.send(new GetSecretValueCommand({ SecretId: 'a' }))).SecretString;
`;
  const hit = (line: number) => [`${line}: the SecretString of a GetSecretValueCommand response`];
  it.each([
    ['let x; for (let i = 0; i < 3; i++) { sink(x); x = s; }', hit(4)],
    ['let x; while (cond) { sink(x); x = s; }', hit(4)],
    ['for (const part of s.split(",")) sink(part);', hit(4)],
    ['let x = "a"; switch (k) { case 1: x = s; break; default: x = "b"; } sink(x);', hit(4)],
    ['let x = "a"; switch (k) { case 1: x = s; break; case 2: x = "b"; } sink(x);', hit(4)],
    ['let x = "a"; try { x = s; } catch { x = "b"; } sink(x);', hit(4)],
    ['let x = s; if (c) { x = "a"; } else { x = "b"; } sink(x);', []],
    ['const parts = [s, "b"]; parts.forEach((p) => sink(p));', hit(4)],
    ['const cfg = JSON.parse(s); Object.entries(cfg).forEach(([key, value]) => { sink(key); sink(value); });', hit(4)],
    ['const cfg = JSON.parse(s); sink(Object.values(cfg));', hit(4)],
    ['const lens = [s].map((v) => v.length); sink(lens);', []],
    ['const copies = [s].map((v) => v.trim()); sink(copies);', hit(4)],
    ['const m = new Map(); m.set("db", s); sink(m);', hit(4)],
    ['const label = s && "configured"; sink(typeof s, s == null);', []],
  ])('%s', (line, expected) => {
    expect(summarize(`${S}${line}`)).toEqual(expected);
  });

  it('follows this.x across methods (second pass)', () => {
    const code = `${S}class Service {
  async init() { this.secret = s; }
  show() { sink(this.secret); sink(this.name); }
}`;
    expect(summarize(code)).toEqual(hit(6));
  });

  it('sees a class field and a constructor assignment in methods', () => {
    const code = `${S}class Service {
  key = s;
  constructor() { this.copy = s + "!"; }
  show() { sink(this.key, this.copy); }
}`;
    expect(summarize(code).length).toBe(2);
  });
});

describe('taint engine: sanitizers', () => {
  const S = `import { SecretsManagerClient, GetSecretValueCommand } from '@aws-sdk/client-secrets-manager';
import { createHash, createHmac } from 'node:crypto';
import bcrypt from 'bcrypt';
import argon2 from 'argon2';
const client = new SecretsManagerClient({});
const s = (await client.send(new GetSecretValueCommand({ SecretId: 'a' }))).SecretString;
`;
  it.each([
    'sink(createHash("sha256").update(s).digest("hex"))',
    'sink(createHmac("sha256", s).update("body").digest("base64"))',
    'sink(await bcrypt.hash(s, 10), await argon2.hash(s))',
    'sink(encrypt(s), censor(s), obfuscateValue(s), sanitize(s))',
    's.replaceAll(/./g, "•")',
    'sink(s.slice(-4), s.substring(0, 4))',
    'sink(Object.keys(JSON.parse(s)), Boolean(s), !s, s.length > 10)',
  ])('%s', (line) => {
    expect(summarize(`${S}${line.startsWith('sink') ? line : `sink(${line})`}`)).toEqual([]);
  });

  it('a user sanitizer name', () => {
    expect(summarize(`${S}sink(scramble(s).trim())`, { sanitizers: ['scramble'] })).toEqual([]);
  });

  it('a masking replace that does not mask everything still leaks', () => {
    expect(summarize(`${S}sink(s.replace("a", "*"))`)).toEqual(['7: the SecretString of a GetSecretValueCommand response']);
  });
});

describe('taint engine: more source families', () => {
  it.each([
    [
      `import { SSMClient, GetParametersByPathCommand } from '@aws-sdk/client-ssm';
const out = await new SSMClient({}).send(new GetParametersByPathCommand({ Path: '/app', WithDecryption: true }));
for (const p of out.Parameters) sink(p.Name, p.Value);`,
      ['3: the Parameters[].Value of a GetParametersByPathCommand response with decryption'],
    ],
    [
      `const AWS = require('aws-sdk');
const sts = new AWS.STS();
sts.assumeRole({ RoleArn: arn }, (err, data) => sink(data.Credentials.SessionToken, data.AssumedRoleUser));`,
      ['3: the Credentials.SessionToken of an assumeRole response'],
    ],
    [
      `import { SSMProvider } from '@aws-lambda-powertools/parameters/ssm';
const provider = new SSMProvider();
sink(await provider.get('/a', { decrypt: true }), await provider.get('/b'));`,
      ['3: the parameter returned by SSMProvider.get with decryption'],
    ],
    [
      `import Vault from 'hashi-vault-js';
const v = new Vault({});
const login = await v.loginWithAppRole(roleId, secretId);
sink(login.client_token);`,
      ['4: the client_token of a Vault loginWithAppRole response'],
    ],
    [
      `import { InfisicalClient } from '@infisical/sdk';
const c = new InfisicalClient({});
const list = await c.listSecrets({});
sink(list[0].secretValue, list[0].secretKey);`,
      ['4: the secretValue of an Infisical secrets list'],
    ],
    [
      `import { BitwardenClient } from '@bitwarden/sdk-napi';
const bw = new BitwardenClient();
const res = await bw.secrets().getByIds([id]);
sink(res.data[0].value, res.data[0].key);`,
      ['4: the data[].value of Bitwarden secrets'],
    ],
    [
      `import { config } from 'dotenv';
const env = config().parsed;
sink(env.PORT, env.SESSION_SECRET);`,
      ['3: `SESSION_SECRET` of the variables loaded by dotenv'],
    ],
    [`sink(getApiKey(), fetchToken(), getName(), nextToken(), apiKeyHeader())`, ['1: the result of fetchToken()', '1: the result of getApiKey()']],
    [`sink(sourceCode.getFirstToken(node), fetchToken(), tokens[0], token)`, []],
  ])('%#', (code, expected) => {
    expect(summarize(code)).toEqual(expected);
  });
});

describe('taint engine: bounded work', () => {
  it('handles a long, deeply nested and wide file without throwing', () => {
    const deep = `${'if (a) {'.repeat(600)} sink(process.env.API_KEY); ${'}'.repeat(600)}`;
    expect(() => summarize(deep, {}, 'espree')).not.toThrow();
    const wide = Array.from({ length: 4000 }, (_, i) => `let v${i} = process.env.API_KEY + v${i - 1 < 0 ? 0 : i - 1};`).join('\n');
    const start = Date.now();
    expect(summarize(`${wide}\nsink(v3999);`).length).toBeLessThanOrEqual(1);
    expect(Date.now() - start).toBeLessThan(10_000);
    const chain = `let x = process.env.API_KEY;\n${'x = x + "a" + x;\n'.repeat(2000)}sink(x);`;
    expect(() => summarize(chain, { budget: 5000 })).not.toThrow();
  });
});

describe('taint engine: budget and loops (issue 15)', () => {
  const nest = (depth: number, body: string): string => {
    let code = body;
    for (let d = 0; d < depth; d++) code = `for (let i${d} = 0; i${d} < n; i${d}++) { ${code} }`;
    return code;
  };

  it('a leak after code that spends the budget is still reported, in another function', () => {
    const wide = Array.from({ length: 300 }, (_, i) => `let w${i} = a${i} + b${i};`).join(' ');
    const hot = `function hot(x, y, n) { ${wide} ${nest(16, 'x = x + y; y = String(x) + z;')} return x; }`;
    const code = `${hot}\nfunction leak() { sink(process.env.STRIPE_SECRET_KEY); }`;
    expect(summarize(code, { budget: 500 })).toEqual(['2: process.env.STRIPE_SECRET_KEY']);
  });

  it('a leak after the budget ran out inside the same block is still reported', () => {
    const code = `function main(n) {\n${Array.from({ length: 400 }, (_, i) => `  let v${i} = f(v${i}, n);`).join('\n')}\n  sink(process.env.STRIPE_SECRET_KEY);\n}\nmain(1);`;
    expect(summarize(code, { budget: 300 })).toEqual(['402: process.env.STRIPE_SECRET_KEY']);
  });

  it('a value still flows around a loop, and through nested loops', () => {
    expect(summarize(`let a; for (const x of xs) { sink(a); a = process.env.API_KEY; }`)).toEqual(['1: process.env.API_KEY']);
    expect(summarize(`let a, b; ${nest(6, 'sink(b); b = a; a = process.env.API_KEY;')}`)).toEqual(['1: process.env.API_KEY']);
  });

  it('a nest of 24 loops whose body changes nothing runs each body once (no budget needed)', () => {
    const code = `function hot(x, n) { ${nest(24, 'x = x + 1;')} }\nsink(process.env.API_KEY);`;
    expect(summarize(code, { budget: 2000 })).toEqual(['2: process.env.API_KEY']);
  });

  it('hundreds of property writes (past the bound of kept names) keep the leak', () => {
    const writes = Array.from({ length: 400 }, (_, i) => `o.p${i} = process.env.SVC_${i}_SECRET_KEY;`).join('\n');
    expect(summarize(`const o = {};\n${writes}\nsink(o);`)).toEqual(['402: process.env.SVC_0_SECRET_KEY']);
    expect(summarize(`const o = {};\n${writes}\nsink(o.p5);`)).toEqual(['402: process.env.SVC_5_SECRET_KEY']);
    const literal = `const o = {\n${Array.from({ length: 400 }, (_, i) => `k${i}: process.env.SVC_${i}_SECRET_KEY,`).join('\n')}\n};`;
    expect(summarize(`${literal}\nsink(o.k7);`)).toEqual(['403: process.env.SVC_7_SECRET_KEY']);
    expect(summarize(`const o = { a: 1, ...x };\nsink(o.a);`)).toEqual([]);
  });
});

describe('taint engine: name-only files analyse the functions around the names', () => {
  it('follows a renamed secret into a nested callback', () => {
    const code = `function login(password) {
  const p = password;
  setTimeout(() => sink(p), 10);
}
function unrelated(x) { sink(x); }`;
    expect(summarize(code)).toEqual(['3: parameter `password`']);
  });

  it('still sees loggers set up in a constructor from a method with a sensitive name', () => {
    const code = `class Auth {
  constructor() { this.out = { write: sink }; }
  login(apiKey) { sink(apiKey.length); sink(\`key \${apiKey}\`); }
}`;
    expect(summarize(code)).toEqual(['3: parameter `apiKey`']);
  });
});

describe('taint engine: sinks are asked only where a value holds a secret', () => {
  const code = `
    import { SecretsManagerClient, GetSecretValueCommand } from '@aws-sdk/client-secrets-manager';
    const client = new SecretsManagerClient({});
    export async function main(id: string) {
      const response = await client.send(new GetSecretValueCommand({ SecretId: id }));
      const secret = response.SecretString;
      sink('starting', id);
      sink(response.ARN);
      sink({ value: secret });
      if (secret === id) throw new Error(secret);
      if (!id) throw secret;
      return secret;
    }
  `;

  it('skips calls, throws and returns with only clean values', () => {
    const seen: string[] = [];
    const spy: SinkChecker = (event) => {
      const node = event.type === 'call' ? event.node.callee : event.node;
      seen.push(`${event.type}@${node.loc.start.line}`);
      return testSinks(event);
    };
    const result = findings(code, { sinks: spy });
    // Line 7's and 8's sink calls and the SDK calls pass only clean values: never asked. Nor is the throw
    // of line 10: the Error object is not the secret (its message is, at the \`new Error\` call).
    for (const clean of ['call@5', 'call@7', 'call@8', 'throw@10']) expect(seen).not.toContain(clean);
    // A holder of the secret, an error built from it, a throw and a return of it are; comparisons are no events.
    expect(seen).toEqual(expect.arrayContaining(['call@9', 'call@10', 'throw@11', 'return@12']));
    expect(seen.filter((s) => s.endsWith('@10'))).toEqual(['call@10']);
    expect(result.map((f) => f.culprit.loc.start.line)).toEqual([9]);
  });
});

describe('taint engine: SvelteKit private environment modules', () => {
  it('a sensitive import of $env/static/private is a secret, others are not', () => {
    expect(
      summarize(`import { DB_PASSWORD, DB_HOST, STRIPE_SECRET_KEY as key } from '$env/static/private';
sink(DB_PASSWORD);
sink(DB_HOST);
sink(\`Bearer \${key}\`);`),
    ).toEqual(['2: DB_PASSWORD from $env/static/private', '4: STRIPE_SECRET_KEY from $env/static/private']);
  });

  it('env of $env/dynamic/private holds the environment, like process.env', () => {
    expect(
      summarize(`import { env } from '$env/dynamic/private';
sink(env.API_TOKEN);
sink(env.PORT);
sink(env);`),
    ).toEqual(['2: `API_TOKEN` of env from $env/dynamic/private', '4: env from $env/dynamic/private']);
  });

  it('the public modules are not sources', () => {
    expect(
      summarize(`import { PUBLIC_API_KEY } from '$env/static/public';
import { env } from '$env/dynamic/public';
sink(PUBLIC_API_KEY, env.PUBLIC_TOKEN);`),
    ).toEqual([]);
  });
});

describe('taint engine: environment names are judged like every other rule judges them', () => {
  it.each([
    // vendor keys only an env name makes secret
    ['sink(process.env.OPENAI_KEY)', ['1: process.env.OPENAI_KEY']],
    ['sink(import.meta.env.ANTHROPIC_KEY)', ['1: import.meta.env.ANTHROPIC_KEY']],
    ['sink(process.env.SUPABASE_SERVICE_ROLE_KEY)', ['1: process.env.SUPABASE_SERVICE_ROLE_KEY']],
    ['sink(process.env.DATABASE_URL, process.env.STRIPE_SECRET_KEY)', ['1: process.env.DATABASE_URL', '1: process.env.STRIPE_SECRET_KEY']],
    // public by design, and not secrets
    ['sink(process.env.GOOGLE_MAPS_API_KEY, process.env.STRIPE_PUBLISHABLE_KEY)', []],
    ['sink(import.meta.env.VITE_SUPABASE_ANON_KEY, process.env.NEXT_PUBLIC_FIREBASE_API_KEY)', []],
    ['sink(process.env.NODE_ENV, process.env.PORT, process.env.KEY_PREFIX)', []],
  ])('%s', (line, expected) => {
    expect(summarize(line)).toEqual(expected);
  });

  it('judges SvelteKit private env imports and dotenv variables the same way', () => {
    expect(
      summarize(`import { OPENAI_KEY, GOOGLE_MAPS_API_KEY } from '$env/static/private';
import dotenv from 'dotenv';
const { parsed } = dotenv.config();
sink(OPENAI_KEY, GOOGLE_MAPS_API_KEY);
sink(parsed.RESEND_KEY, parsed.MAPS_API_KEY);`),
    ).toEqual(['4: OPENAI_KEY from $env/static/private', '5: `RESEND_KEY` of the variables loaded by dotenv']);
  });
});

describe('taint engine: what string methods add to a string', () => {
  const S = `${AWS}const s = response.SecretString;\n`;
  const hit = ['5: the SecretString of a GetSecretValueCommand response'];
  it.each([
    // the secret is put into a clean string
    ["sink('Bearer {key}'.replace('{key}', s))", hit],
    ["sink(''.concat('key=', s))", hit],
    ["sink('x'.padStart(40, s))", hit],
    // the secret is what is taken out (redaction), or only the pattern
    ["sink(message.replace(s, '[REDACTED]'))", []],
    ["sink(message.replaceAll(s, '***'))", []],
    // a secret receiver still carries through
    ["sink(s.replace('-', '_'))", hit],
    ["sink(s.replace(/./g, '*'))", []],
  ])('%s', (line, expected) => {
    expect(summarize(`${S}${line};`)).toEqual(expected);
  });
});

describe('taint engine: Azure Key Vault (the example of CONTRIBUTING.md)', () => {
  const KV = `import { SecretClient } from '@azure/keyvault-secrets';
const client = new SecretClient(url, credential);
const s = await client.getSecret('db');
`;
  it.each([
    ['sink(s.value)', ['4: the value of a Key Vault secret']],
    ['sink(s)', ['4: a Key Vault secret']],
    ['sink(s.name, s.properties.version)', []],
  ])('%s', (line, expected) => {
    expect(summarize(`${KV}${line};`)).toEqual(expected);
  });
});

describe('taint engine: every env read the env module knows', () => {
  it.each([
    ['sink(Bun.env.DATABASE_URL, Bun.env.PORT)', ['1: Bun.env.DATABASE_URL']],
    ['sink(Deno.env.get("STRIPE_SECRET_KEY"), Deno.env.get("PORT"), Deno.env.get("GOOGLE_MAPS_API_KEY"))', ['1: Deno.env.get("STRIPE_SECRET_KEY")']],
    // a local `Deno` is not the runtime's
    ['const Deno = { env: new Map() }; sink(Deno.env.get("STRIPE_SECRET_KEY"))', []],
  ])('%s', (line, expected) => {
    expect(summarize(line)).toEqual(expected);
  });

  it('a private env module of any framework: astro:env/server', () => {
    expect(
      summarize(`import { API_SECRET, SITE_NAME } from 'astro:env/server';
import { PUBLIC_API_KEY } from 'astro:env/client';
sink(API_SECRET, SITE_NAME, PUBLIC_API_KEY);`),
    ).toEqual(['3: API_SECRET from astro:env/server']);
  });
});

describe('taint engine: operator assignments', () => {
  const S = `${AWS}const s = response.SecretString;\n`;
  const hit = ['5: the SecretString of a GetSecretValueCommand response'];
  it.each([
    ['let x = "k="; x += s; sink(x)', hit],
    ['let x; x ??= s; sink(x)', hit],
    ['let x = cached; x ||= s; sink(x)', hit],
    ['let n = 0; n += s.length; n *= 2; sink(n)', []],
  ])('%s', (line, expected) => {
    expect(summarize(`${S}${line};`)).toEqual(expected);
  });
});

describe('taint engine: helpers in the same file', () => {
  const S = `${AWS}const s = response.SecretString;\n`;
  const hit = ['6: the SecretString of a GetSecretValueCommand response'];
  it.each([
    // both parsers: each case runs with @typescript-eslint/parser and espree
    ['function h(a) { sink(a); }\nh(s)', hit],
    ['function h(a, b) { sink(b); }\nh(s, 1)', []],
    ['function h(...xs) { sink(...xs); }\nh(1, s)', hit],
    ['function h(o) { sink(o.value); }\nh({ value: s })', hit],
    ['function h(o) { sink(o.id); }\nh({ value: s, id: 1 })', []],
    ['const h = (a) => sink(a.length);\nh(s)', []],
    ['function id(a) { return a; }\nsink(id(s))', hit],
    ['function first(a, b) { return b; }\nsink(first(s, 1))', []],
    ['function h() { sink.apply(null, arguments); }\nh(s)', []],
    ['function rec(a) { rec(a); sink(a); }\nrec(s)', hit],
  ])('%s', (line, expected) => {
    expect(summarize(`${S}${line};`)).toEqual(expected);
    expect(summarize(`${S}${line};`, {}, 'espree')).toEqual(expected);
  });

  it('reports at the call site, naming the helper and the sink inside it', () => {
    const [finding] = findings(`${S}function log(...args) { sink('x', ...args); }\nlog('loaded', s);`);
    expect(finding?.sink.label).toBe('sink in log()');
    expect(finding?.through?.helper).toBe('log');
    expect(finding?.culprit.loc.start.line).toBe(6);
  });

  it('summarises a helper once: 5,000 calls give 5,000 findings', () => {
    const calls = Array.from({ length: 5000 }, (_, i) => `log('n${i}', s);`).join('\n');
    expect(findings(`${S}function log(...args) { sink(...args); }\n${calls}`)).toHaveLength(5000);
  });
});

describe('taint engine: request credentials and secrets made in code', () => {
  it.each([
    ['export function h(req) { sink(req.headers.authorization, req.headers["user-agent"]); }', ['1: the authorization header of `req`']],
    ['export function h(req) { sink(req.header("x-api-key"), req.get("content-type")); }', ['1: the x-api-key header of the request']],
    ['export function h(req) { sink(req.cookies.sid, req.cookies.theme); }', ['1: the cookie `req.cookies.sid`']],
    ['export function h(options) { sink(options.headers.Authorization); }', ['1: `options.headers.Authorization`']],
    ['import { randomBytes } from "crypto"; const apiKey = randomBytes(16).toString("hex"); sink(apiKey);', ['1: variable `apiKey`']],
    ['import { randomBytes } from "crypto"; const nonce = randomBytes(16).toString("hex"); sink(nonce);', []],
    ['const secretKey = crypto.scryptSync(pw, salt, 32); sink(secretKey);', ['1: variable `secretKey`']],
    ['const password = decrypt(blob); sink(password);', ['1: variable `password`']],
  ])('%s', (line, expected) => {
    expect(summarize(line)).toEqual(expected);
    expect(summarize(line, {}, 'espree')).toEqual(expected);
  });
});

describe('taint engine: objects with many properties keep every name', () => {
  // 200 keys, most holding values the engine tracks (flags), one an env secret: a read of any other key is
  // clean however many keys come before it (names past 128 were once folded into `*`, so a clean key read
  // as the join of every folded value, the secret included).
  const value = (i: number): string => (i === 170 ? 'process.env.DB_PASSWORD' : i % 5 === 0 ? "'v'" : i % 2 === 0 ? 'true' : 'false');
  const literal = `const config = { ${Array.from({ length: 200 }, (_, i) => `k${i}: ${value(i)},`).join(' ')} };\n`;
  const writes = `const config = {};\n${Array.from({ length: 200 }, (_, i) => `config.k${i} = ${value(i)};`).join('\n')}\n`;
  const line = (code: string): number => code.split('\n').length;
  describe.each([
    ['an object literal', literal],
    ['200 property writes', writes],
  ])('%s', (_, code) => {
    const hit = [`${line(code)}: process.env.DB_PASSWORD`];
    it.each([
      ['sink(config.k150, config.k151, config.k199, config.k0, config.missing)', []],
      ['sink(config.k170)', hit],
      ['sink(config)', hit],
      ['const copy = Object.assign({}, config); sink(copy.k150, copy.k199)', []],
      ['const copy = Object.assign({}, config); sink(copy.k170)', hit],
      ['const copy = { ...config, extra: 1 }; sink(copy.k150, copy.k199, copy.extra)', []],
      ['const copy = { ...config }; sink(copy.k170)', hit],
      ['const { k150, k199 } = config; sink(k150, k199)', []],
      ['const { k170: password } = config; sink(password)', hit],
      ['const { k170, ...rest } = config; sink(rest.k150)', []],
      ['config.k150 = process.env.API_SECRET; sink(config.k151)', []],
    ])('%s', (sinkLine, expected) => {
      expect(summarize(`${code}${sinkLine};`)).toEqual(expected);
    });
  });

  it('names the secret a key holds among 150 secrets, and reads the clean keys after them as clean', () => {
    const code = `const config = {\n${Array.from({ length: 150 }, (_, i) => `  k${i}: process.env.SVC_${i}_SECRET_KEY,`).join('\n')}\n  port: '8080',\n  debug: true,\n};\n`;
    const last = code.split('\n').length;
    expect(summarize(`${code}sink(config.port, config.debug);`)).toEqual([]);
    expect(summarize(`${code}sink(config.k140);`)).toEqual([`${last}: process.env.SVC_140_SECRET_KEY`]);
    expect(summarize(`${code}sink(config);`)).toEqual([`${last}: process.env.SVC_0_SECRET_KEY`]);
  });

  it('joins the branches of an if: each branch’s write is possible after it, the others stay clean', () => {
    const code = `${writes}if (cond) config.k150 = process.env.API_SECRET; else config.k151 = process.env.STRIPE_SECRET_KEY;\n`;
    const last = code.split('\n').length;
    expect(summarize(`${code}sink(config.k150, config.k151, config.k152);`)).toEqual([
      `${last}: process.env.API_SECRET`,
      `${last}: process.env.STRIPE_SECRET_KEY`,
    ]);
  });
});

describe('taint engine: names headed by `token` in files about lexical tokens', () => {
  // `tokenize(` marks a lexer file; a secret env read lets the whole file through the pre-check without a
  // scan of its identifiers, and the engine then asks whether the file is a lexer's only when it meets such a
  // name. `process.env.NODE_ENV` alone does not: the file goes the way of names.
  const lexer = 'const parts = tokenize(source);\n';
  const env = 'const key = process.env.STRIPE_SECRET_KEY;\n';
  it.each([
    ['names only, lexer file', `${lexer}function f(token) { sink(token); }`, []],
    ['names only, other file', `function f(token) { sink(token); }`, ['1: parameter `token`']],
    ['env hint, lexer file', `${env}${lexer}function f(token) { sink(token); }`, []],
    ['env hint, other file', `${env}function f(token) { sink(token); }`, ['2: parameter `token`']],
    ['env hint, lexer file, not token-headed', `${env}${lexer}function f(password) { sink(password); }`, ['3: parameter `password`']],
    ['a non-secret env read, lexer file', `const mode = process.env.NODE_ENV;\n${lexer}function f(token) { sink(token); }`, []],
    ['a non-secret env read, other file', `const mode = process.env.NODE_ENV;\nfunction f(token) { sink(token); }`, ['2: parameter `token`']],
  ])('%s', (_name, code, expected) => {
    expect(summarize(code)).toEqual(expected);
  });
});
