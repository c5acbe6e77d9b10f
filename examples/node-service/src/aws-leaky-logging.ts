// Secrets from AWS that end up in logs. The correct versions are in aws-safe-logging.ts.
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { GetParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import pino from 'pino';

const logger = pino();
const secrets = new SecretsManagerClient({});
const ssm = new SSMClient({});

// The AWS sample: fetch, parse, print.
export async function loadDatabaseCredentials(secretId: string) {
  const response = await secrets.send(new GetSecretValueCommand({ SecretId: secretId }));
  const secret = JSON.parse(response.SecretString ?? '{}');
  console.log('Retrieved secret:', secret);
  return secret;
}

// Logging the whole response prints SecretString with the metadata.
export async function describeSecret(secretId: string) {
  const response = await secrets.send(new GetSecretValueCommand({ SecretId: secretId }));
  logger.debug({ response }, 'fetched secret');
}

// A decrypted SecureString parameter interpolated into a log line.
export async function connectToQueue() {
  const { Parameter } = await ssm.send(new GetParameterCommand({ Name: '/queue/url', WithDecryption: true }));
  logger.info(`connecting to ${Parameter?.Value}`);
}

// The secret ends up in an error message, and from there in logs and crash reports.
export async function checkApiKey(secretId: string, presented: string) {
  const { SecretString } = await secrets.send(new GetSecretValueCommand({ SecretId: secretId }));
  if (!SecretString) throw new Error('secret is empty');
  if (presented.length !== SecretString.length) {
    throw new Error(`API key mismatch: expected ${SecretString}`);
  }
}
