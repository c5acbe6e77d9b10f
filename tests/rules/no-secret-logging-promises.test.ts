/**
 * `no-secret-logging`: AWS SDK v2 secrets through a hand-written Promise (issue 13). What `resolve(x)` of a
 * `new Promise` executor gets, also from the SDK's callback inside it, is what `await` of the promise, of a
 * wrapper function returning it, or its `.then` callback sees; `.promise()` is the SDK's own form.
 */
import rule from '../../src/rules/no-secret-logging.js';
import { invalid } from '../helpers/logging.js';
import { runWithBothParsers } from '../rule-tester.js';

const V2 = "const AWS = require('aws-sdk');\nconst sm = new AWS.SecretsManager({ region: 'eu-west-1' });\n";
const WRAPPER = `${V2}function getSecret(id) {
  return new Promise((resolve, reject) => sm.getSecretValue({ SecretId: id }, (e, d) => (e ? reject(e) : resolve(d.SecretString))));
}
`;
const SECRET_STRING = 'The SecretString of a getSecretValue response (line 4)';

runWithBothParsers('no-secret-logging (promises)', rule, {
  valid: [
    // the promise resolves with metadata only
    `${V2}function arnOf(id) {\n  return new Promise((resolve) => sm.getSecretValue({ SecretId: id }, (e, d) => resolve(d.ARN)));\n}\nexport async function main() { console.log(await arnOf('x')); }`,
    // two promises: only the one resolved with the secret carries it
    `${WRAPPER}export async function main() {\n  const secret = await getSecret('x');\n  const ready = await new Promise((resolve) => setTimeout(() => resolve('ready'), 10));\n  console.log(ready, secret.length);\n}`,
    // the rejection error and a derived flag
    `${WRAPPER}getSecret('x').then((s) => console.log('loaded', !!s)).catch((e) => console.error(e));`,
    // a promise resolved with a constant
    "export const wait = () => new Promise((resolve) => setTimeout(resolve, 100));\nwait().then((v) => console.log(v));",
  ],
  invalid: [
    // await of the wrapper
    invalid(`${WRAPPER}export async function main() {\n  const s = await getSecret('db');\n  console.log(s);\n}`, 's', SECRET_STRING, 'console.log', 'console.log('),
    // the wrapper's .then
    invalid(`${WRAPPER}getSecret('db').then((value) => console.log('secret', value));`, 'value', SECRET_STRING, 'console.log', "'secret', "),
    // await of the promise itself, with if/else in a function callback
    invalid(
      `${V2}export async function main() {\n  const t = await new Promise(function (resolve, reject) {\n    sm.getSecretValue({ SecretId: 'y' }, function (err, data) {\n      if (err) reject(err);\n      else resolve(data.SecretString);\n    });\n  });\n  console.log(t);\n}`,
      't',
      'The SecretString of a getSecretValue response (line 5)',
      'console.log',
      'console.log(',
    ),
    // the whole response resolved, its secret read later (ESM import of the client)
    invalid(
      "import { SecretsManager } from 'aws-sdk';\nconst sm = new SecretsManager();\nconst read = (id) => new Promise((resolve, reject) => {\n  sm.getSecretValue({ SecretId: id }, (err, data) => (err ? reject(err) : resolve(data)));\n});\nexport async function main() {\n  const out = await read('x');\n  console.log(out.SecretString);\n}",
      'out.SecretString',
      'The SecretString of a getSecretValue response (line 4)',
      'console.log',
    ),
    // the SDK's own `.promise()` form
    invalid(
      `${V2}export async function main() {\n  const d = await sm.getSecretValue({ SecretId: 'x' }).promise();\n  console.info(d.SecretString);\n}`,
      'd.SecretString',
      'The SecretString of a getSecretValue response (line 4)',
      'console.info',
    ),
  ],
});
