/**
 * Secret sources, sanitizers and propagators as data (see docs: shared/reference/detection.md §3).
 *
 * SDK clients are recognised by their imports: an import or `require` of module `M` gives the binding the
 * tag `module:M`, a named export `x` the tag `module:M#x`; `new`/calls of tagged values give instance tags
 * through {@link SOURCE_TAG_RULES}; a method read on an instance tagged `T` is tagged `T#method`; and
 * {@link SOURCE_RULES} say which calls return secrets and in which properties.
 */
import type { Shape, SourceRule, TagRule } from './types.js';

const AWS3_SM = '@aws-sdk/client-secrets-manager';
const AWS3_SSM = '@aws-sdk/client-ssm';
const AWS3_STS = '@aws-sdk/client-sts';
const PT_SECRETS = '@aws-lambda-powertools/parameters/secrets';
const PT_SSM = '@aws-lambda-powertools/parameters/ssm';
const GCP_SM = '@google-cloud/secret-manager';
const AZ_KV = '@azure/keyvault-secrets';

/** Modules whose presence in a file makes the analysis worth running (checked as plain substrings). */
export const SOURCE_MODULE_HINTS: readonly string[] = [
  '@aws-sdk/client-secrets-manager',
  '@aws-sdk/client-ssm',
  '@aws-sdk/client-sts',
  'aws-sdk',
  '@aws-lambda-powertools/parameters',
  '@google-cloud/secret-manager',
  '@azure/keyvault-secrets',
  'node-vault',
  'hashi-vault-js',
  '@dopplerhq/',
  '@infisical/sdk',
  '@1password/sdk',
  '@bitwarden/sdk',
  'dotenv',
];

const SECRET_VALUE: Shape = { SecretString: 'secret', SecretBinary: 'secret' };
const STS_CREDENTIALS: Shape = { Credentials: { SecretAccessKey: 'secret', SessionToken: 'secret' } };

/** Tag rules of the SDK clients: which constructors and factories make a client. */
export const SOURCE_TAG_RULES: readonly TagRule[] = [
  // AWS SDK v3 commands (the client is not needed: any `.send(command)` is matched by the command's tag)
  ...['GetSecretValueCommand', 'BatchGetSecretValueCommand'].map(
    (c): TagRule => ({ from: `module:${AWS3_SM}#${c}`, via: 'new', to: `aws3:${c}` }),
  ),
  ...['GetParameterCommand', 'GetParametersCommand', 'GetParametersByPathCommand'].map(
    (c): TagRule => ({
      from: `module:${AWS3_SSM}#${c}`,
      via: 'new',
      to: `aws3:${c}`,
      argFlag: { index: 0, property: 'WithDecryption' },
    }),
  ),
  ...['AssumeRoleCommand', 'AssumeRoleWithWebIdentityCommand', 'AssumeRoleWithSAMLCommand', 'GetSessionTokenCommand', 'GetFederationTokenCommand'].map(
    (c): TagRule => ({ from: `module:${AWS3_STS}#${c}`, via: 'new', to: 'aws3:StsCredentialsCommand' }),
  ),
  // AWS SDK v2 clients and v3 aggregated clients share the method names
  { from: 'module:aws-sdk#SecretsManager', via: 'new', to: 'aws2:SecretsManager' },
  { from: 'module:aws-sdk/clients/secretsmanager', via: 'new', to: 'aws2:SecretsManager' },
  { from: `module:${AWS3_SM}#SecretsManager`, via: 'new', to: 'aws2:SecretsManager' },
  { from: 'module:aws-sdk#SSM', via: 'new', to: 'aws2:SSM' },
  { from: 'module:aws-sdk/clients/ssm', via: 'new', to: 'aws2:SSM' },
  { from: `module:${AWS3_SSM}#SSM`, via: 'new', to: 'aws2:SSM' },
  { from: 'module:aws-sdk#STS', via: 'new', to: 'aws2:STS' },
  { from: 'module:aws-sdk/clients/sts', via: 'new', to: 'aws2:STS' },
  { from: `module:${AWS3_STS}#STS`, via: 'new', to: 'aws2:STS' },
  // Lambda Powertools providers
  { from: `module:${PT_SECRETS}#SecretsProvider`, via: 'new', to: 'pt:SecretsProvider' },
  { from: `module:${PT_SSM}#SSMProvider`, via: 'new', to: 'pt:SSMProvider' },
  // Google Secret Manager
  { from: `module:${GCP_SM}#SecretManagerServiceClient`, via: 'new', to: 'gcp:SecretManager' },
  { from: `module:${GCP_SM}#v1.SecretManagerServiceClient`, via: 'new', to: 'gcp:SecretManager' },
  // Azure Key Vault
  { from: `module:${AZ_KV}#SecretClient`, via: 'new', to: 'azure:SecretClient' },
  // HashiCorp Vault
  { from: 'module:node-vault', via: 'call', to: 'vault:node' },
  { from: 'module:hashi-vault-js', via: 'new', to: 'vault:hvjs' },
  // Doppler, Infisical, 1Password, Bitwarden
  { from: 'module:@dopplerhq/node-sdk', via: 'new', to: 'doppler' },
  { from: 'module:@dopplerhq/node-sdk#DopplerSDK', via: 'new', to: 'doppler' },
  { from: 'doppler', via: 'member', name: 'secrets', to: 'doppler:secrets' },
  { from: 'module:@infisical/sdk#InfisicalSDK', via: 'new', to: 'infisical' },
  { from: 'module:@infisical/sdk#InfisicalClient', via: 'new', to: 'infisical:legacy' },
  { from: 'infisical#secrets', via: 'call', to: 'infisical:secrets' },
  { from: 'module:@1password/sdk#createClient', via: 'call', to: 'onepassword' },
  { from: 'module:@1password/sdk#Client.create', via: 'call', to: 'onepassword' },
  { from: 'onepassword', via: 'member', name: 'secrets', to: 'onepassword:secrets' },
  { from: 'module:@bitwarden/sdk-napi#BitwardenClient', via: 'new', to: 'bitwarden' },
  { from: 'module:@bitwarden/sdk-wasm#BitwardenClient', via: 'new', to: 'bitwarden' },
  { from: 'bitwarden#secrets', via: 'call', to: 'bitwarden:secrets' },
  // Node crypto: hashing consumes its input
  { from: 'module:crypto#createHash', via: 'call', to: 'hasher' },
  { from: 'module:crypto#createHmac', via: 'call', to: 'hasher' },
  { from: 'hasher#update', via: 'call', to: 'hasher' },
];

const v2 = (tag: string, method: string, shape: Shape, label: string, flag?: string): SourceRule => ({
  via: 'call',
  tag: `${tag}#${method}`,
  shape,
  label,
  callbackResult: true,
  ...(flag ? { argFlag: { index: 0, property: flag } } : {}),
});

/** Calls whose results hold secrets, and where. */
export const SOURCE_RULES: readonly SourceRule[] = [
  // AWS SDK v3
  {
    via: 'call',
    method: 'send',
    argTag: { index: 0, tag: 'aws3:GetSecretValueCommand' },
    shape: SECRET_VALUE,
    label: 'a GetSecretValueCommand response',
  },
  {
    via: 'call',
    method: 'send',
    argTag: { index: 0, tag: 'aws3:BatchGetSecretValueCommand' },
    shape: { SecretValues: { '*': SECRET_VALUE } },
    label: 'a BatchGetSecretValueCommand response',
  },
  {
    via: 'call',
    method: 'send',
    argTag: { index: 0, tag: 'aws3:GetParameterCommand' },
    shape: { Parameter: { Value: 'secret' } },
    label: 'a GetParameterCommand response with decryption',
  },
  ...['GetParametersCommand', 'GetParametersByPathCommand'].map(
    (c): SourceRule => ({
      via: 'call',
      method: 'send',
      argTag: { index: 0, tag: `aws3:${c}` },
      shape: { Parameters: { '*': { Value: 'secret' } } },
      label: `a ${c} response with decryption`,
    }),
  ),
  {
    via: 'call',
    method: 'send',
    argTag: { index: 0, tag: 'aws3:StsCredentialsCommand' },
    shape: STS_CREDENTIALS,
    label: 'an STS credentials response',
  },
  // AWS SDK v2 (also v3 aggregated clients): promise, `.promise()` and callback forms
  v2('aws2:SecretsManager', 'getSecretValue', SECRET_VALUE, 'a getSecretValue response'),
  v2('aws2:SecretsManager', 'batchGetSecretValue', { SecretValues: { '*': SECRET_VALUE } }, 'a batchGetSecretValue response'),
  v2('aws2:SSM', 'getParameter', { Parameter: { Value: 'secret' } }, 'a getParameter response with decryption', 'WithDecryption'),
  v2('aws2:SSM', 'getParameters', { Parameters: { '*': { Value: 'secret' } } }, 'a getParameters response with decryption', 'WithDecryption'),
  v2('aws2:SSM', 'getParametersByPath', { Parameters: { '*': { Value: 'secret' } } }, 'a getParametersByPath response with decryption', 'WithDecryption'),
  v2('aws2:STS', 'assumeRole', STS_CREDENTIALS, 'an assumeRole response'),
  v2('aws2:STS', 'getSessionToken', STS_CREDENTIALS, 'a getSessionToken response'),
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
  // Google Secret Manager: `const [version] = await client.accessSecretVersion({ name })`
  {
    via: 'call',
    tag: 'gcp:SecretManager#accessSecretVersion',
    shape: { '*': { payload: { data: 'secret' } } },
    label: 'an accessSecretVersion response',
  },
  // Azure Key Vault
  { via: 'call', tag: 'azure:SecretClient#getSecret', shape: { value: 'secret' }, label: 'a Key Vault secret' },
  { via: 'call', tag: 'azure:SecretClient#getDeletedSecret', shape: { value: 'secret' }, label: 'a deleted Key Vault secret' },
  // HashiCorp Vault: node-vault
  // KV v2 answers `{ data: { data, metadata } }`, KV v1 `{ data: { <key>: <secret> } }`
  {
    via: 'call',
    tag: 'vault:node#read',
    shape: { data: { data: 'secret', $names: 'env' } },
    label: 'a Vault read response',
  },
  ...['approleLogin', 'userpassLogin', 'kubernetesLogin', 'awsIamLogin', 'ldapLogin', 'githubLogin', 'tokenCreate', 'tokenCreateOrphan'].map(
    (m): SourceRule => ({
      via: 'call',
      tag: `vault:node#${m}`,
      shape: { auth: { client_token: 'secret' } },
      label: `a Vault ${m} response`,
    }),
  ),
  // hashi-vault-js
  ...['readKVSecret', 'readKVEngineSecret'].map(
    (m): SourceRule => ({ via: 'call', tag: `vault:hvjs#${m}`, shape: { data: 'secret' }, label: `a Vault ${m} response` }),
  ),
  ...['loginWithAppRole', 'loginWithUserpass', 'loginWithK8s', 'loginWithLdap', 'loginWithCert', 'createToken'].map(
    (m): SourceRule => ({ via: 'call', tag: `vault:hvjs#${m}`, shape: { client_token: 'secret' }, label: `a Vault ${m} response` }),
  ),
  // Doppler
  { via: 'call', tag: 'doppler:secrets#get', shape: { value: 'secret' }, label: 'a Doppler secret' },
  { via: 'call', tag: 'doppler:secrets#list', shape: { secrets: 'secret' }, label: 'a Doppler secrets list' },
  { via: 'call', tag: 'doppler:secrets#download', shape: 'secret', label: 'downloaded Doppler secrets' },
  // Infisical
  { via: 'call', tag: 'infisical:secrets#getSecret', shape: { secretValue: 'secret' }, label: 'an Infisical secret' },
  {
    via: 'call',
    tag: 'infisical:secrets#listSecrets',
    shape: { secrets: { '*': { secretValue: 'secret' } } },
    label: 'an Infisical secrets list',
  },
  { via: 'call', tag: 'infisical:legacy#getSecret', shape: { secretValue: 'secret' }, label: 'an Infisical secret' },
  { via: 'call', tag: 'infisical:legacy#listSecrets', shape: { '*': { secretValue: 'secret' } }, label: 'an Infisical secrets list' },
  // 1Password
  { via: 'call', tag: 'onepassword:secrets#resolve', shape: 'secret', label: 'a 1Password secret' },
  { via: 'call', tag: 'onepassword:secrets#resolveAll', shape: { '*': 'secret' }, label: '1Password secrets' },
  // Bitwarden Secrets Manager
  { via: 'call', tag: 'bitwarden:secrets#get', shape: { value: 'secret' }, label: 'a Bitwarden secret' },
  { via: 'call', tag: 'bitwarden:secrets#getByIds', shape: { data: { '*': { value: 'secret' } } }, label: 'Bitwarden secrets' },
  // dotenv
  { via: 'call', tag: 'module:dotenv#config', shape: { parsed: 'env' }, label: 'the variables loaded by dotenv' },
  { via: 'call', tag: 'module:dotenv#parse', shape: 'env', label: 'the variables parsed by dotenv' },
];

/**
 * Words in a called function's name that make its result safe to print (sanitizers):
 * `redact(x)`, `maskToken(x)`, `hashPassword(x)`, `encrypt(x)`, `bcrypt.hash(x)`, `obfuscate(x)`.
 */
export const SANITIZER_WORDS: ReadonlySet<string> = new Set([
  'redact',
  'redacted',
  'redaction',
  'mask',
  'masked',
  'censor',
  'censored',
  'obfuscate',
  'obfuscated',
  'hash',
  'hashed',
  'digest',
  'hmac',
  'encrypt',
  'encrypted',
  'sanitize',
  'sanitized',
  'scrub',
  'anonymize',
  'fingerprint',
]);

/** Global and module functions that copy their argument's content into their result. */
export const PROPAGATING_FUNCTIONS: ReadonlySet<string> = new Set([
  'global:String',
  'global:encodeURIComponent',
  'global:encodeURI',
  'global:decodeURIComponent',
  'global:decodeURI',
  'global:atob',
  'global:btoa',
  'global:escape',
  'global:unescape',
  'global:structuredClone',
  'global:Buffer#from',
  'module:buffer#Buffer.from',
  'global:Array#from',
  'global:Array#of',
  'global:Object#values',
  'global:Object#entries',
  'global:Object#fromEntries',
  'global:Object#freeze',
  'global:Promise#resolve',
  'global:Promise#all',
  'global:Promise#allSettled',
  'global:Promise#any',
  'global:Promise#race',
  'global:URLSearchParams',
  'global:URL',
  'module:querystring#stringify',
  'module:querystring#encode',
]);

/** Functions that serialise their whole argument, holders included. */
export const SERIALIZING_FUNCTIONS: ReadonlySet<string> = new Set([
  'global:JSON#stringify',
  'module:util#inspect',
  'module:util#format',
  'module:util#formatWithOptions',
]);

/** Functions that parse or decode a secret string into a secret object. */
export const PARSING_FUNCTIONS: ReadonlySet<string> = new Set(['global:JSON#parse']);

/** Methods whose result carries the receiver's content (string, array, buffer, promise methods). */
export const PROPAGATING_METHODS: ReadonlySet<string> = new Set([
  'toString',
  'valueOf',
  'toJSON',
  'trim',
  'trimStart',
  'trimEnd',
  'toUpperCase',
  'toLowerCase',
  'toLocaleUpperCase',
  'toLocaleLowerCase',
  'normalize',
  'split',
  'concat',
  'padStart',
  'padEnd',
  'repeat',
  'at',
  'charAt',
  'slice',
  'substring',
  'substr',
  'replace',
  'replaceAll',
  'join',
  'flat',
  'filter',
  'reverse',
  'sort',
  'toSorted',
  'toReversed',
  'values',
  'entries',
  'find',
  'findLast',
  'pop',
  'shift',
  'promise',
  'catch',
  'finally',
  'text',
  'json',
]);

/** Methods that add their arguments into their receiver. */
export const ADDING_METHODS: ReadonlySet<string> = new Set(['push', 'unshift', 'set', 'add', 'append']);

/** Methods that hand each element of the receiver to the callback's first parameter. */
export const ELEMENT_CALLBACK_METHODS: ReadonlySet<string> = new Set([
  'forEach',
  'map',
  'filter',
  'find',
  'findLast',
  'some',
  'every',
  'flatMap',
]);
