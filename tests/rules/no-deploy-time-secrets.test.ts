/**
 * secrets/no-deploy-time-secrets on TypeScript/JavaScript infrastructure code (AWS CDK, Pulumi, SST,
 * serverless.ts), with both parsers.
 */
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/no-deploy-time-secrets.js';
import { runWithBothParsers } from '../rule-tester.js';

const CDK_IMPORTS = [
  "import * as cdk from 'aws-cdk-lib';",
  "import * as lambda from 'aws-cdk-lib/aws-lambda';",
  "import * as ecs from 'aws-cdk-lib/aws-ecs';",
  "import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';",
].join('\n');
const PULUMI_IMPORTS = ["import * as pulumi from '@pulumi/pulumi';", "import * as aws from '@pulumi/aws';"].join('\n');
const lines = (...parts: string[]): string => parts.join('\n');

runWithBothParsers('no-deploy-time-secrets', rule, {
  valid: [
    // not infrastructure code: no listener at all
    "const environment = { API_KEY: secret.secretValue.unsafeUnwrap() };",
    // CDK: ARNs and names, grants, ECS secrets, SecretValues where CloudFormation keeps them secret
    lines(
      CDK_IMPORTS,
      "const secret = secretsmanager.Secret.fromSecretNameV2(this, 'S', 'prod/api');",
      "const fn = new lambda.Function(this, 'Fn', { environment: { API_SECRET_ARN: secret.secretArn, SECRET_NAME: 'prod/api', TABLE: table.tableName } });",
      'secret.grantRead(fn);',
      "taskDefinition.addContainer('app', { environment: { LOG_LEVEL: 'info' }, secrets: { API_KEY: ecs.Secret.fromSecretsManager(secret, 'key') } });",
      "new rds.DatabaseInstance(this, 'Db', { credentials: rds.Credentials.fromPassword('admin', secret.secretValueFromJson('password')) });",
      "new cdk.CfnOutput(this, 'SecretArn', { value: secret.secretArn });",
      "new cdk.Stack(app, 'S', { env: { account: '123456789012', region: 'eu-west-1' } });",
      "Tags.of(this).add('team', 'payments');",
    ),
    // Pulumi: plain config, ARNs, secret outputs that stay secret
    lines(
      PULUMI_IMPORTS,
      'const config = new pulumi.Config();',
      "const region = config.require('region');",
      "const version = aws.secretsmanager.getSecretVersionOutput({ secretId: 'prod/api' });",
      "new aws.lambda.Function('api', { role, environment: { variables: { REGION: region, SECRET_ARN: version.arn } } });",
      "export const dbPassword = config.requireSecret('dbPassword');",
    ),
    // SST: linking the secret is the run-time way
    lines("const secret = new sst.Secret('StripeSecret');", "new sst.aws.Function('Fn', { handler: 'src/api.handler', link: [secret], environment: { STAGE: $app.stage } });"),
    // serverless.ts: non-secret parameters
    {
      code: lines(
        "import type { AWS } from '@serverless/typescript';",
        "const config: AWS = { service: 'api', provider: { name: 'aws', environment: { TABLE_NAME: '${ssm:/api/table-name}', SECRET_ID: 'prod/db' } } };",
      ),
      tsOnly: true,
    },
  ],
  invalid: [
    {
      name: 'CDK: an unwrapped SecretValue in a Lambda environment, with the ARN-and-grant suggestion',
      code: lines(
        CDK_IMPORTS,
        "const stripe = secretsmanager.Secret.fromSecretNameV2(this, 'Stripe', 'prod/stripe');",
        'const fn = new lambda.Function(this, "Api", {',
        '  environment: { STRIPE_KEY: stripe.secretValue.unsafeUnwrap(), TABLE: "orders" },',
        '});',
      ),
      errors: [
        {
          messageId: 'functionEnvironment',
          line: 7,
          column: 30,
          endColumn: 63,
          data: { what: 'The value of a Secrets Manager secret', grant: ' (secret.grantRead(fn))' },
          suggestions: [
            {
              messageId: 'passSecretArn',
              data: { envName: 'STRIPE_KEY_SECRET_ARN', grant: 'stripe.grantRead(fn);' },
              output: lines(
                CDK_IMPORTS,
                "const stripe = secretsmanager.Secret.fromSecretNameV2(this, 'Stripe', 'prod/stripe');",
                'const fn = new lambda.Function(this, "Api", {',
                '  environment: { STRIPE_KEY_SECRET_ARN: stripe.secretArn, TABLE: "orders" },',
                '});',
                'stripe.grantRead(fn);',
              ),
            },
          ],
        },
      ],
    },
    {
      name: 'CDK: toString(), templates, SecretValue factories, secretValueFromJson (no suggestion for a field)',
      code: lines(
        CDK_IMPORTS,
        "new lambda.Function(this, 'Fn', { environment: {",
        '  A: secret.secretValue.toString(),',
        '  B: `Bearer ${secret.secretValue}`,',
        "  C: cdk.SecretValue.ssmSecure('/api/key').unsafeUnwrap(),",
        "  D: db.secret!.secretValueFromJson('password').unsafeUnwrap(),",
        "  E: ssm.StringParameter.valueForSecureStringParameter(this, '/api/key', 1),",
        '} });',
      ),
      errors: [
        { messageId: 'functionEnvironment', line: 6, suggestions: [] },
        { messageId: 'functionEnvironment', line: 7 },
        { messageId: 'functionEnvironment', line: 8, data: { what: 'A SecretValue.ssmSecure(…) value', grant: ' (secret.grantRead(fn))' } },
        { messageId: 'functionEnvironment', line: 9, data: { what: 'The field "password" of a Secrets Manager secret', grant: ' (secret.grantRead(fn))' } },
        { messageId: 'functionEnvironment', line: 10 },
      ],
      tsOnly: true,
    },
    {
      name: 'CDK: ECS container environment, with the move to secrets as a suggestion',
      code: lines(
        CDK_IMPORTS,
        "taskDefinition.addContainer('app', {",
        '  image,',
        "  environment: { LOG_LEVEL: 'info', DB_PASSWORD: db.secret!.secretValueFromJson('password').unsafeUnwrap() },",
        '});',
      ),
      errors: [
        {
          messageId: 'containerEnvironment',
          line: 7,
          suggestions: [
            {
              messageId: 'moveToEcsSecrets',
              output: lines(
                CDK_IMPORTS,
                "taskDefinition.addContainer('app', {",
                '  image,',
                "  environment: { LOG_LEVEL: 'info' }, secrets: { DB_PASSWORD: ecs.Secret.fromSecretsManager(db.secret!, 'password') },",
                '});',
              ),
            },
          ],
        },
      ],
      tsOnly: true,
    },
    {
      name: 'CDK: ecs-patterns taskImageOptions with an existing secrets object',
      code: lines(
        CDK_IMPORTS,
        "new ecsPatterns.ApplicationLoadBalancedFargateService(this, 'Svc', { taskImageOptions: {",
        '  environment: { API_KEY: apiSecret.secretValue.unsafeUnwrap() },',
        "  secrets: { DB_PASSWORD: ecs.Secret.fromSecretsManager(dbSecret, 'password') },",
        '} });',
      ),
      errors: [
        {
          messageId: 'containerEnvironment',
          line: 6,
          suggestions: [
            {
              messageId: 'moveToEcsSecrets',
              output: lines(
                CDK_IMPORTS,
                "new ecsPatterns.ApplicationLoadBalancedFargateService(this, 'Svc', { taskImageOptions: {",
                '  environment: {  },',
                "  secrets: { DB_PASSWORD: ecs.Secret.fromSecretsManager(dbSecret, 'password'), API_KEY: ecs.Secret.fromSecretsManager(apiSecret) },",
                '} });',
              ),
            },
          ],
        },
      ],
    },
    {
      name: 'CDK: user data, outputs, tags, addEnvironment',
      code: lines(
        CDK_IMPORTS,
        'const value = secret.secretValue.unsafeUnwrap();',
        'userData.addCommands(`echo ${value} > /etc/app/key`);',
        "new cdk.CfnOutput(this, 'Key', { value });",
        "cdk.Tags.of(this).add('key', value);",
        "fn.addEnvironment('API_KEY', value);",
      ),
      errors: [
        { messageId: 'userData', line: 6 },
        { messageId: 'stackOutput', line: 7 },
        { messageId: 'tag', line: 8 },
        { messageId: 'functionEnvironment', line: 9 },
      ],
    },
    {
      name: 'Pulumi: secret config, secret versions, RandomPassword into Lambda, ECS and Kubernetes environments',
      code: lines(
        PULUMI_IMPORTS,
        "import * as random from '@pulumi/random';",
        'const config = new pulumi.Config();',
        "const dbPassword = config.requireSecret('dbPassword');",
        "const version = aws.secretsmanager.getSecretVersionOutput({ secretId: 'prod/api' });",
        "const generated = new random.RandomPassword('pw', { length: 24 });",
        "new aws.lambda.Function('api', { role, environment: { variables: { DB_PASSWORD: dbPassword, API_KEY: version.secretString, PW: generated.result } } });",
        "new awsx.ecs.FargateService('svc', { taskDefinitionArgs: { container: { name: 'app', environment: [{ name: 'DB_PASSWORD', value: dbPassword }, { name: 'STAGE', value: 'prod' }] } } });",
        "new aws.ecs.TaskDefinition('td', { containerDefinitions: pulumi.all([dbPassword, region]).apply(([pw, r]) => JSON.stringify([{ name: 'app', environment: [{ name: 'PW', value: pw }, { name: 'REGION', value: r }] }])) });",
        "new k8s.apps.v1.Deployment('web', { spec: { template: { spec: { containers: [{ name: 'web', env: [{ name: 'TOKEN', value: pulumi.interpolate`${dbPassword}` }] }] } } } });",
        'export const leaked = pulumi.unsecret(dbPassword);',
      ),
      errors: [
        { messageId: 'functionEnvironment', line: 8, data: { what: 'The Pulumi secret config value "dbPassword"', grant: '' } },
        { messageId: 'functionEnvironment', line: 8, data: { what: 'The value of a Secrets Manager secret version', grant: '' } },
        { messageId: 'functionEnvironment', line: 8, data: { what: "A RandomPassword's result", grant: '' } },
        { messageId: 'containerEnvironment', line: 9 },
        { messageId: 'containerEnvironment', line: 10 },
        { messageId: 'kubernetesEnvironment', line: 11 },
        { messageId: 'stackOutput', line: 12 },
      ],
    },
    {
      name: 'Pulumi: destructured getSecretVersion and apply callbacks',
      code: lines(
        PULUMI_IMPORTS,
        "const { secretString } = await aws.secretsmanager.getSecretVersion({ secretId: 'prod/db' });",
        "new aws.lambda.Function('a', { environment: { variables: { DB: secretString } } });",
        "const token = aws.secretsmanager.getSecretVersionOutput({ secretId: 'x' }).apply((v) => JSON.parse(v.secretString).token);",
        "new aws.lambda.Function('b', { environment: { variables: { TOKEN: token } } });",
      ),
      errors: [{ messageId: 'functionEnvironment', line: 4 }, { messageId: 'functionEnvironment', line: 6 }],
    },
    {
      name: 'SST: secret.value and Resource.X.value in environment',
      code: lines(
        "import { Resource } from 'sst';",
        "const secret = new sst.Secret('StripeSecret');",
        "new sst.aws.Function('Fn', { handler: 'src/api.handler', environment: { STRIPE: secret.value, OTHER: Resource.OtherSecret.value } });",
      ),
      errors: [
        { messageId: 'functionEnvironment', line: 3, data: { what: 'The value of an SST secret', grant: '' } },
        { messageId: 'functionEnvironment', line: 3, data: { what: 'The SST secret OtherSecret', grant: '' } },
      ],
    },
    {
      name: 'serverless.ts: decrypting references in provider and function environments',
      code: lines(
        "import type { AWS } from '@serverless/typescript';",
        'const config: AWS = {',
        "  service: 'api',",
        "  provider: { name: 'aws', environment: { DB_PASSWORD: '${ssm:/aws/reference/secretsmanager/prod/db}', API_TOKEN: '${ssm:/api/token}' } },",
        "  functions: { hello: { handler: 'h.main', environment: { KEY: '{{resolve:secretsmanager:prod/key}}' } } },",
        '};',
      ),
      errors: [
        { messageId: 'functionEnvironment', line: 4, data: { what: 'The Secrets Manager secret "prod/db"', grant: '' } },
        { messageId: 'functionEnvironment', line: 4, data: { what: 'The SSM parameter "/api/token"', grant: '' } },
        { messageId: 'functionEnvironment', line: 5 },
      ],
      tsOnly: true,
    },
  ],
});

describe('listeners', () => {
  /** The listeners the rule registers for a file (ESLint calls create once per file). */
  function listenersFor(code: string, filename: string): string[] {
    let keys: string[] = [];
    const spy = {
      meta: rule.meta,
      create(context: never) {
        const listeners = rule.create(context);
        keys = Object.keys(listeners);
        return listeners;
      },
    };
    new Linter({ configType: 'flat' }).verify(code, [{ files: ['**/*.{js,ts}'], plugins: { t: { rules: { spy } } }, rules: { 't/spy': 'error' } }] as never, filename);
    return keys;
  }

  it('registers none in a file that cannot hold infrastructure code', () => {
    expect(listenersFor("const environment = { API_KEY: process.env.API_KEY };\nexport default environment;\n", 'src/app.js')).toEqual([]);
  });

  it('registers its listeners in CDK, Pulumi and SST files', () => {
    expect(listenersFor("import * as cdk from 'aws-cdk-lib';\n", 'lib/stack.js')).toContain('Property');
    expect(listenersFor("import * as aws from '@pulumi/aws';\n", 'index.js')).toContain('Property');
    expect(listenersFor("new sst.aws.Function('F', {});\n", 'sst.config.js')).toContain('Property');
  });
});
