import { describe, expect, it } from 'vitest';
import { summarize } from './harness.js';

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
