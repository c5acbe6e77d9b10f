// The same service with every secret read at run time; a missing variable stops the service instead of
// falling back to a value everyone can read.
import crypto from 'node:crypto';
import express from 'express';
import session from 'express-session';
import jwt from 'jsonwebtoken';
import { Pool } from 'pg';

function required(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === '') throw new Error(`${name} is not set`);
  return value;
}

const app = express();

app.use(session({ secret: required('SESSION_SECRET'), resave: false, saveUninitialized: false }));

const JWT_SECRET = required('JWT_SECRET');

export function issueToken(userId: string): string {
  return jwt.sign({ sub: userId }, JWT_SECRET, { expiresIn: '1h' });
}

export const pool = new Pool({ host: 'db.internal', user: 'orders', password: process.env.DATABASE_PASSWORD });

export function verifyWebhook(body: string, signature: string): boolean {
  const expected = crypto.createHmac('sha256', required('WEBHOOK_SECRET')).update(body).digest();
  return crypto.timingSafeEqual(expected, Buffer.from(signature, 'hex'));
}

export default app;
