// Guessable secrets: none of these values looks random, and each is exactly what an attacker tries first.
// secrets/no-hardcoded-secrets reports every one, because each is written where an API takes a credential.
import crypto from 'node:crypto';
import express from 'express';
import session from 'express-session';
import jwt from 'jsonwebtoken';
import { Pool } from 'pg';

const app = express();

// The secret of express-session's README: anyone can sign a session cookie with it.
app.use(session({ secret: 'keyboard cat', resave: false, saveUninitialized: false }));

// A fallback "for local development" runs in production the day the variable is missing.
const JWT_SECRET = process.env.JWT_SECRET || 'dev-secret-change-me';

export function issueToken(userId: string): string {
  return jwt.sign({ sub: userId }, JWT_SECRET, { expiresIn: '1h' });
}

export const pool = new Pool({ host: 'db.internal', user: 'orders', password: 'postgres' });

export function verifyWebhook(body: string, signature: string): boolean {
  const expected = crypto.createHmac('sha256', 'webhook-signing-key').update(body).digest();
  return crypto.timingSafeEqual(expected, Buffer.from(signature, 'hex'));
}

export default app;
