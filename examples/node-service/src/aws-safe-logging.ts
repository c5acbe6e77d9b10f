// The fixed versions of aws-leaky-logging.ts: log what was fetched, never the value.
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { GetParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import pino from 'pino';

const logger = pino();
const secrets = new SecretsManagerClient({});
const ssm = new SSMClient({});

export async function loadDatabaseCredentials(secretId: string) {
  const response = await secrets.send(new GetSecretValueCommand({ SecretId: secretId }));
  const secret = JSON.parse(response.SecretString ?? '{}');
  console.log('Retrieved secret', response.Name, 'version', response.VersionId, 'keys', Object.keys(secret));
  return secret;
}

export async function describeSecret(secretId: string) {
  const response = await secrets.send(new GetSecretValueCommand({ SecretId: secretId }));
  logger.debug({ arn: response.ARN, version: response.VersionId, requestId: response.$metadata.requestId }, 'fetched secret');
}

export async function connectToQueue() {
  const { Parameter } = await ssm.send(new GetParameterCommand({ Name: '/queue/url', WithDecryption: true }));
  logger.info({ parameter: Parameter?.Name, version: Parameter?.Version }, 'connecting to queue');
}

export async function checkApiKey(secretId: string, presented: string) {
  const { SecretString } = await secrets.send(new GetSecretValueCommand({ SecretId: secretId }));
  if (!SecretString) throw new Error(`secret ${secretId} is empty`);
  if (presented.length !== SecretString.length) {
    throw new Error('API key mismatch');
  }
}
