// Credentials pasted into the service's config: every value below is reported by
// secrets/no-hardcoded-secrets (the values are fake, but shaped like real ones).
import crypto from 'node:crypto';
import jwt from 'jsonwebtoken';
import nodemailer from 'nodemailer';
import { Pool } from 'pg';

// A password inside a connection URL: the fix keeps the URL and reads only the password at run time.
export const DATABASE_URL = 'postgres://orders:vT7qLm2Zx9Wp4Ns8@db.prod.internal:5432/orders';

export const pool = new Pool({ host: 'db.prod.internal', user: 'orders', password: 'vT7qLm2Zx9Wp4Ns8' });

export const mailer = nodemailer.createTransport({
  host: 'smtp.acme.dev',
  auth: { user: 'orders@acme.dev', pass: 'Rq5wN9zT3kV7xL2m' },
});

// A fallback "just for local dev" ends up in production the day the variable is missing.
const jwtSecret = process.env.JWT_SECRET ?? 'mZ8kQ2vR7xW4nT9pL3sY6bHd';

export function issueToken(userId: string): string {
  return jwt.sign({ sub: userId }, jwtSecret, { expiresIn: '1h' });
}

export function signWebhook(body: string): string {
  return crypto.createHmac('sha256', 'Tz4mQ8vK2xR7nW3pL9sY5bHc').update(body).digest('hex');
}

export const partnerApi = {
  baseUrl: 'https://partner.example.dev/v2',
  apiKey: 'q7Rk2XvP9mLw4TzN8bYc3HdF',
};
