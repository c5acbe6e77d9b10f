/**
 * secrets/no-hardcoded-secrets in configuration files, under the real parsers: YAML (yaml-eslint-parser) and
 * JSON / JSONC (@eslint/json). Fake credentials are built at run time.
 */
import type { Rule } from 'eslint';
import rule from '../../src/rules/no-hardcoded-secrets.js';
import { AWS_DOC_ACCESS_KEY_ID, AWS_DOC_SECRET_ACCESS_KEY, fakeGithubToken, fakeUuid, randomChars } from '../helpers/fake-tokens.js';
import { jsoncRuleTester, jsonRuleTester, yamlRuleTester } from '../rule-tester.js';

const y = (lines: string[]): string => `${lines.join('\n')}\n`;
const password = `${randomChars(18, undefined, 11)}`;
const token = randomChars(32, undefined, 12);
const githubToken = fakeGithubToken('p', 5);
const b64 = (text: string): string => Buffer.from(text).toString('base64');
const asRule = rule as unknown as Rule.RuleModule;
const uuid = fakeUuid(21);
/** An AWS API documentation example, as botocore and the AWS SDK for JavaScript v2 ship them. */
const awsDocExample = JSON.stringify(
  {
    examples: {
      ChangePassword: [{ input: { NewPassword: password, OldPassword: `${randomChars(14, undefined, 13)}!` }, comments: {} }],
      CreateGrant: [{ output: { GrantToken: randomChars(120, undefined, 14), GrantId: randomChars(64, undefined, 15) } }],
      GetSessionToken: [{ output: { Credentials: { AccessKeyId: AWS_DOC_ACCESS_KEY_ID, SecretAccessKey: AWS_DOC_SECRET_ACCESS_KEY } } }],
    },
  },
  null,
  2,
);
/** Placeholder UUIDs under credential names: nil, all-x, made-up and repeated-block ones. */
const placeholderUuids = {
  apiKey: '00000000-0000-0000-0000-000000000000',
  api_key: 'xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx',
  license_key: 'XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX',
  secret: '12345678-1234-1234-1234-123456789012',
  webhookSecret: '11111111-2222-3333-4444-555555555555',
  clientSecret: '12345678-90ab-cdef-1234-567890abcdef',
  token: '1a2b3c4d-1a2b-3c4d-1a2b-3c4d1a2b3c4d',
};

yamlRuleTester.run('no-hardcoded-secrets (YAML)', asRule, {
  valid: [
    // placeholder UUIDs under credential names
    { filename: 'config/settings.yaml', code: y(['heroku:', ...Object.entries(placeholderUuids).map(([k, v]) => `  ${k}: ${v}`)]) },
    // a key typed by a person in an example manifest (kubernetes/examples' sysdig agent), a spelled-out URL in a comment
    {
      filename: 'sysdig-daemonset.yaml',
      code: y([
        'env:',
        '- name: ACCESS_KEY                 #REQUIRED - replace with your Sysdig Cloud access key',
        '  value: 8312341g-5678-abcd-4a2b2c-33bcsd655',
        '#- name: ADDITIONAL_CONF',
        '#  value: "k8s_uri: https://myacct:mypass@localhost:4430"',
      ]),
      options: [{ minConfidence: 'low' }],
    },
    // request and concurrency tokens are not credentials (AWS CloudFormation and SDK parameters)
    { filename: 'deploy/params.yml', code: y(['ClientRequestToken: ' + uuid, 'IdempotencyToken: ' + uuid, 'ChangeToken: ' + uuid]) },
    // references, placeholders, dictionary passwords
    {
      filename: 'docker-compose.yml',
      code: y([
        'services:',
        '  db:',
        '    environment:',
        '      POSTGRES_PASSWORD: postgres',
        '      MYSQL_ROOT_PASSWORD: example',
        '      REDIS_PASSWORD: ${REDIS_PASSWORD}',
        '      API_TOKEN: ${API_TOKEN:?set it}',
        '  api:',
        '    environment:',
        '      - DB_PASSWORD=${DB_PASSWORD}',
        '      - LOG_LEVEL=debug',
        '      - SESSION_SECRET',
      ]),
    },
    {
      filename: '.github/workflows/ci.yml',
      code: y([
        'on: push',
        'jobs:',
        '  a:',
        '    runs-on: ubuntu-latest',
        '    services:',
        '      postgres:',
        '        env:',
        '          POSTGRES_PASSWORD: postgres',
        '    steps:',
        '      - uses: docker/login-action@v3',
        '        with:',
        '          password: ${{ secrets.DOCKER_PASSWORD }}',
        '      - run: npm publish',
        '        env:',
        '          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}',
      ]),
    },
    // Kubernetes: secretKeyRef, non-secret env, ids and hashes; Secret data of a username
    {
      filename: 'k8s/app.yaml',
      code: y([
        'kind: Deployment',
        'spec:',
        '  template:',
        '    spec:',
        '      containers:',
        '        - name: app',
        '          image: acme/app@sha256:2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae',
        '          env:',
        '            - name: DB_PASSWORD',
        '              valueFrom: { secretKeyRef: { name: db, key: password } }',
        '            - name: REQUEST_ID',
        '              value: 123e4567-e89b-12d3-a456-426614174000',
        '---',
        'kind: Secret',
        'data:',
        `  username: ${b64('admin-user')}`,
      ]),
    },
    // secret names and ARNs, CloudFormation references, public keys
    {
      filename: 'template.yaml',
      code: y([
        'Resources:',
        '  Fn:',
        '    Properties:',
        '      Environment:',
        '        Variables:',
        '          SECRET_NAME: prod/api/stripe-secret-key',
        '          SECRET_ARN: arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/api',
        '          DB_PASSWORD: !Ref DbPassword',
        '          STRIPE_PUBLISHABLE_KEY: pk_live_placeholder',
      ]),
    },
    // keys are not values; a long identifier is not a secret
    { filename: 'config.yml', code: y([`${token}: 1`, 'password_reset_template: PasswordResetNotificationTemplate']) },
  ],
  invalid: [
    {
      name: 'docker-compose: a password in a mapping and a token in a KEY=value list',
      filename: 'docker-compose.yml',
      code: y(['services:', '  db:', '    environment:', `      POSTGRES_PASSWORD: ${password}`, '  api:', '    environment:', `      - API_TOKEN=${token}`]),
      errors: [
        { messageId: 'genericSecret', line: 4, column: 26, endColumn: 26 + password.length, data: { kind: 'password', where: '"POSTGRES_PASSWORD"', preview: `"${password.slice(0, 4)}…", 18 characters`, secretName: 'POSTGRES_PASSWORD' } },
        { messageId: 'genericSecret', line: 7, column: 19, endColumn: 19 + token.length, data: { kind: 'token', where: '"API_TOKEN"', preview: `"${token.slice(0, 4)}…", 32 characters`, secretName: 'API_TOKEN' } },
      ],
    },
    {
      name: 'Kubernetes: env name/value pairs and base64 Secret data',
      filename: 'k8s/app.yaml',
      code: y([
        'kind: Deployment',
        'spec:',
        '  containers:',
        '    - name: app',
        '      env:',
        '        - name: DB_PASSWORD',
        `          value: "${password}"`,
        '---',
        'kind: Secret',
        'data:',
        `  api-key: ${b64(token)}`,
      ]),
      errors: [
        { messageId: 'genericSecret', line: 7, column: 19, data: { kind: 'password', where: '"DB_PASSWORD"', preview: `"${password.slice(0, 4)}…", 18 characters`, secretName: 'DB_PASSWORD' } },
        { messageId: 'genericSecret', line: 11, column: 12 },
      ],
    },
    {
      name: 'provider tokens anywhere, in run scripts and comments; inline assignments in commands',
      filename: '.github/workflows/ci.yml',
      code: y([
        'on: push',
        `# old token: ${githubToken}`,
        'jobs:',
        '  a:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - run: |',
        `          curl -H "Authorization: token ${githubToken}" https://api.github.com`,
        `          DEPLOY_TOKEN=${token} ./deploy.sh --password ${password}`,
      ]),
      errors: [
        { messageId: 'commentSecret', line: 2, column: 14 },
        { messageId: 'providerSecret', line: 8, column: 41, endColumn: 41 + githubToken.length },
        { messageId: 'genericSecret', line: 9, column: 24, data: { kind: 'token', where: '"DEPLOY_TOKEN"', preview: `"${token.slice(0, 4)}…", 32 characters`, secretName: 'DEPLOY_TOKEN' } },
        { messageId: 'genericSecret', line: 9, data: { kind: 'password', where: '"password"', preview: `"${password.slice(0, 4)}…", 18 characters`, secretName: 'PASSWORD' } },
      ],
    },
    {
      name: 'a key that names a secret with the key holding it',
      filename: 'config/app.yml',
      code: y(['jwt:', `  key: ${token}`, 'smtp:', `  pass: ${password}`]),
      errors: [
        { messageId: 'genericSecret', line: 2, data: { kind: 'private key', where: '"jwt.key"', preview: `"${token.slice(0, 4)}…", 32 characters`, secretName: 'JWT_KEY' } },
        { messageId: 'genericSecret', line: 4, data: { kind: 'password', where: '"pass"', preview: `"${password.slice(0, 4)}…", 18 characters`, secretName: 'SMTP_PASSWORD' } },
      ],
    },
  ],
});

jsonRuleTester.run('no-hardcoded-secrets (JSON)', asRule, {
  valid: [
    {
      filename: 'config/production.json',
      code: JSON.stringify({
        database: { host: 'db.internal', password: '${DB_PASSWORD}', passwordFile: '/run/secrets/db' },
        secretName: 'prod/api',
        integrity: 'sha512-9xNa8Mpy2kQ5qL0aCqZ0Z8Hh4oD2o4b2F4X1uY8t3W5q6Jk7Lm8Nn9Oo0Pp1Qq2Rr3Ss4Tt5Uu6Vv7Ww8Xx9Yy0Zz==',
        version: '1.2.3',
      }),
    },
    { filename: 'package.json', code: JSON.stringify({ name: 'acme', scripts: { build: 'tsc -p .', release: 'NPM_TOKEN=$NPM_TOKEN npm publish', test: 'vitest --reporter=verbose' } }) },
    // AWS API documentation examples shipped as SDK data: botocore and the AWS SDK for JavaScript v2
    { filename: 'vendor/botocore/data/iam/2010-05-08/examples-1.json', code: awsDocExample },
    { filename: 'node_modules/aws-sdk/apis/kms-2014-11-01.examples.json', code: awsDocExample },
    // placeholder UUIDs under credential names
    { filename: 'config/default.json', code: JSON.stringify({ heroku: placeholderUuids }) },
    // request, concurrency and DNS tokens in API responses (botocore's test data)
    {
      filename: 'data/responses/waf.json',
      code: JSON.stringify({ input: { ChangeToken: uuid }, output: { ChangeToken: uuid }, ClientRequestToken: uuid, LifecycleActionToken: uuid, DkimTokens: [randomChars(32, 'abcdefghijklmnopqrstuvwxyz234567', 16)] }),
    },
  ],
  invalid: [
    {
      name: 'near misses of SDK examples: a file that only ends in examples.json, and a known format in an examples file',
      filename: 'config/iam-examples.json',
      code: awsDocExample,
      errors: [
        { messageId: 'genericSecret', line: 6, data: { kind: 'password', where: '"NewPassword"', preview: `"${password.slice(0, 4)}…", 18 characters`, secretName: 'NEW_PASSWORD' } },
        { messageId: 'genericSecret', line: 7 },
      ],
    },
    {
      name: 'a provider token in an SDK examples file is still reported',
      filename: 'vendor/botocore/data/iam/2010-05-08/examples-1.json',
      code: JSON.stringify({ examples: { X: [{ input: { Token: githubToken } }] } }),
      errors: [{ messageId: 'providerSecret', line: 1 }],
    },
    {
      name: 'a random UUID under an API key name is one (Heroku), and a token read from a request still is one',
      filename: 'config/default.json',
      code: JSON.stringify({ heroku: { apiKey: uuid }, clientToken: uuid }, null, 2),
      errors: [
        { messageId: 'genericSecret', line: 3, data: { kind: 'API key', where: '"apiKey"', preview: `"${uuid.slice(0, 4)}…", 36 characters`, secretName: 'HEROKU_API_KEY' } },
        { messageId: 'genericSecret', line: 5 },
      ],
    },
    {
      name: 'appsettings.json: a connection string password, Jwt.Key, ClientSecret',
      filename: 'appsettings.json',
      code: JSON.stringify({
        ConnectionStrings: { Default: `Server=db;Database=app;User Id=app;Password=${password};` },
        Jwt: { Key: token, Issuer: 'acme' },
        AzureAd: { ClientSecret: password },
      }),
      errors: [
        { messageId: 'providerSecret', line: 1 },
        { messageId: 'genericSecret', line: 1, data: { kind: 'private key', where: '"Jwt.Key"', preview: `"${token.slice(0, 4)}…", 32 characters`, secretName: 'JWT_KEY' } },
        { messageId: 'genericSecret', line: 1, data: { kind: 'secret', where: '"ClientSecret"', preview: `"${password.slice(0, 4)}…", 18 characters`, secretName: 'AZURE_AD_CLIENT_SECRET' } },
      ],
    },
    {
      name: 'package.json scripts with inline tokens, and ECS-style name/value entries',
      filename: 'package.json',
      code: `{\n  "scripts": { "release": "NPM_TOKEN=${token} npm publish" },\n  "containerDefinitions": [{ "environment": [{ "name": "API_KEY", "value": "${token}" }] }]\n}\n`,
      errors: [
        { messageId: 'genericSecret', line: 2, column: 38, endColumn: 38 + token.length },
        { messageId: 'genericSecret', line: 3, data: { kind: 'API key', where: '"API_KEY"', preview: `"${token.slice(0, 4)}…", 32 characters`, secretName: 'API_KEY' } },
      ],
    },
  ],
});

jsoncRuleTester.run('no-hardcoded-secrets (JSONC)', asRule, {
  valid: [{ filename: '.vscode/settings.json', code: '{\n  // no secrets here\n  "editor.tabSize": 2\n}\n' }],
  invalid: [
    {
      name: '.vscode/settings.json: a password in a connection, a token in a comment',
      filename: '.vscode/settings.json',
      code: `{\n  // ${githubToken}\n  "sqltools.connections": [{ "name": "db", "password": "${password}" }]\n}\n`,
      errors: [
        { messageId: 'commentSecret', line: 2, column: 6 },
        { messageId: 'genericSecret', line: 3, data: { kind: 'password', where: '"password"', preview: `"${password.slice(0, 4)}…", 18 characters`, secretName: 'SQLTOOLS_CONNECTIONS_PASSWORD' } },
      ],
    },
  ],
});
