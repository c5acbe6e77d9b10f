/**
 * AWS: Secrets Manager, SSM Parameter Store (with decryption) and STS, in SDK v3 (commands sent with
 * `client.send`), SDK v2 and v3's aggregated clients (methods, with promise, `.promise()` and callback forms),
 * and Lambda Powertools' parameter utilities.
 */
import type { Shape, SourceModel, SourceRule, TagRule } from '../../types.js';

const SM = '@aws-sdk/client-secrets-manager';
const SSM = '@aws-sdk/client-ssm';
const STS = '@aws-sdk/client-sts';
const PT_SECRETS = '@aws-lambda-powertools/parameters/secrets';
const PT_SSM = '@aws-lambda-powertools/parameters/ssm';

const SECRET_VALUE: Shape = { SecretString: 'secret', SecretBinary: 'secret' };
const STS_CREDENTIALS: Shape = { Credentials: { SecretAccessKey: 'secret', SessionToken: 'secret' } };
const PARAMETERS: Shape = { Parameters: { '*': { Value: 'secret' } } };

/** An SDK v3 command: `new GetSecretValueCommand(…)` is tagged `aws3:<tag>`, matched at `send(command)`. */
const command = (module: string, name: string, tag = name, flag?: string): TagRule => ({
  from: `module:${module}#${name}`,
  via: 'new',
  to: `aws3:${tag}`,
  ...(flag ? { argFlag: { index: 0, property: flag } } : {}),
});

/** `client.send(command)` with a command of this tag. */
const sent = (tag: string, shape: Shape, label: string): SourceRule => ({
  via: 'call',
  method: 'send',
  argTag: { index: 0, tag: `aws3:${tag}` },
  shape,
  label,
});

/** An SDK v2 (or v3 aggregated client) method; its result also reaches a callback's second parameter. */
const v2 = (client: string, method: string, shape: Shape, label: string, flag?: string): SourceRule => ({
  via: 'call',
  tag: `aws2:${client}#${method}`,
  shape,
  label,
  callbackResult: true,
  ...(flag ? { argFlag: { index: 0, property: flag } } : {}),
});

const STS_COMMANDS = [
  'AssumeRoleCommand',
  'AssumeRoleWithWebIdentityCommand',
  'AssumeRoleWithSAMLCommand',
  'GetSessionTokenCommand',
  'GetFederationTokenCommand',
];

export const aws: SourceModel = {
  name: 'AWS Secrets Manager, SSM, STS and Lambda Powertools',
  clients: [
    // SDK v3 commands: the client is not needed, any `.send(command)` is matched by the command's tag
    command(SM, 'GetSecretValueCommand'),
    command(SM, 'BatchGetSecretValueCommand'),
    command(SSM, 'GetParameterCommand', 'GetParameterCommand', 'WithDecryption'),
    command(SSM, 'GetParametersCommand', 'GetParametersCommand', 'WithDecryption'),
    command(SSM, 'GetParametersByPathCommand', 'GetParametersByPathCommand', 'WithDecryption'),
    ...STS_COMMANDS.map((c) => command(STS, c, 'StsCredentialsCommand')),
    // SDK v2 clients and v3 aggregated clients share the method names
    { from: 'module:aws-sdk#SecretsManager', via: 'new', to: 'aws2:SecretsManager' },
    { from: 'module:aws-sdk/clients/secretsmanager', via: 'new', to: 'aws2:SecretsManager' },
    { from: `module:${SM}#SecretsManager`, via: 'new', to: 'aws2:SecretsManager' },
    { from: 'module:aws-sdk#SSM', via: 'new', to: 'aws2:SSM' },
    { from: 'module:aws-sdk/clients/ssm', via: 'new', to: 'aws2:SSM' },
    { from: `module:${SSM}#SSM`, via: 'new', to: 'aws2:SSM' },
    { from: 'module:aws-sdk#STS', via: 'new', to: 'aws2:STS' },
    { from: 'module:aws-sdk/clients/sts', via: 'new', to: 'aws2:STS' },
    { from: `module:${STS}#STS`, via: 'new', to: 'aws2:STS' },
    // Lambda Powertools providers
    { from: `module:${PT_SECRETS}#SecretsProvider`, via: 'new', to: 'pt:SecretsProvider' },
    { from: `module:${PT_SSM}#SSMProvider`, via: 'new', to: 'pt:SSMProvider' },
  ],
  sources: [
    // SDK v3
    sent('GetSecretValueCommand', SECRET_VALUE, 'a GetSecretValueCommand response'),
    sent('BatchGetSecretValueCommand', { SecretValues: { '*': SECRET_VALUE } }, 'a BatchGetSecretValueCommand response'),
    sent('GetParameterCommand', { Parameter: { Value: 'secret' } }, 'a GetParameterCommand response with decryption'),
    sent('GetParametersCommand', PARAMETERS, 'a GetParametersCommand response with decryption'),
    sent('GetParametersByPathCommand', PARAMETERS, 'a GetParametersByPathCommand response with decryption'),
    sent('StsCredentialsCommand', STS_CREDENTIALS, 'an STS credentials response'),
    // SDK v2 (also v3 aggregated clients)
    v2('SecretsManager', 'getSecretValue', SECRET_VALUE, 'a getSecretValue response'),
    v2('SecretsManager', 'batchGetSecretValue', { SecretValues: { '*': SECRET_VALUE } }, 'a batchGetSecretValue response'),
    v2('SSM', 'getParameter', { Parameter: { Value: 'secret' } }, 'a getParameter response with decryption', 'WithDecryption'),
    v2('SSM', 'getParameters', PARAMETERS, 'a getParameters response with decryption', 'WithDecryption'),
    v2('SSM', 'getParametersByPath', PARAMETERS, 'a getParametersByPath response with decryption', 'WithDecryption'),
    v2('STS', 'assumeRole', STS_CREDENTIALS, 'an assumeRole response'),
    v2('STS', 'getSessionToken', STS_CREDENTIALS, 'a getSessionToken response'),
    // Lambda Powertools
    { via: 'call', tag: `module:${PT_SECRETS}#getSecret`, shape: 'secret', label: 'the secret returned by getSecret' },
    { via: 'call', tag: 'pt:SecretsProvider#get', shape: 'secret', label: 'the secret returned by SecretsProvider.get' },
    {
      via: 'call',
      tag: `module:${PT_SSM}#getParameter`,
      argFlag: { index: 1, property: 'decrypt' },
      shape: 'secret',
      label: 'the parameter returned by getParameter with decryption',
    },
    {
      via: 'call',
      tag: `module:${PT_SSM}#getParameters`,
      argFlag: { index: 1, property: 'decrypt' },
      shape: { '*': 'secret' },
      label: 'the parameters returned by getParameters with decryption',
    },
    {
      via: 'call',
      tag: 'pt:SSMProvider#get',
      argFlag: { index: 1, property: 'decrypt' },
      shape: 'secret',
      label: 'the parameter returned by SSMProvider.get with decryption',
    },
  ],
};
