// The same config as leaky-hardcoded-config.ts, with every credential read at run time from AWS Secrets
// Manager through a small client (what `secretsClient: { importFrom, importName }` makes --fix produce),
// or from the environment. Names, ids, hosts and public values stay in code.
import crypto from 'node:crypto';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import jwt from 'jsonwebtoken';
import nodemailer from 'nodemailer';
import { Pool } from 'pg';

const client = new SecretsManagerClient({});

/** Reads one secret by name; `secretName` is a name, not a credential, so it is fine in code. */
export async function getSecret(secretName: string): Promise<string> {
  const result = await client.send(new GetSecretValueCommand({ SecretId: `prod/orders/${secretName}` }));
  if (result.SecretString === undefined) throw new Error(`Secret ${secretName} has no string value`);
  return result.SecretString;
}

export const DATABASE_URL = `postgres://orders:${await getSecret('DATABASE_PASSWORD')}@db.prod.internal:5432/orders`;

export const pool = new Pool({ host: 'db.prod.internal', user: 'orders', password: await getSecret('DATABASE_PASSWORD') });

export const mailer = nodemailer.createTransport({
  host: 'smtp.acme.dev',
  auth: { user: 'orders@acme.dev', pass: await getSecret('SMTP_PASSWORD') },
});

// No fallback: a missing secret fails at start-up instead of silently using a known value.
const jwtSecret = process.env.JWT_SECRET;
if (!jwtSecret) throw new Error('JWT_SECRET is not set');

export function issueToken(userId: string): string {
  return jwt.sign({ sub: userId }, jwtSecret as string, { expiresIn: '1h' });
}

const webhookSecret = await getSecret('WEBHOOK_SIGNING_SECRET');

export function signWebhook(body: string): string {
  return crypto.createHmac('sha256', webhookSecret).update(body).digest('hex');
}

export const partnerApi = {
  baseUrl: 'https://partner.example.dev/v2',
  apiKey: await getSecret('PARTNER_API_KEY'),
};
