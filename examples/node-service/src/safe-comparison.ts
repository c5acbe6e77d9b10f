// The same checks as leaky-comparison.ts, comparing in constant time with crypto.timingSafeEqual.
import { createHmac, timingSafeEqual } from 'node:crypto';
import express from 'express';

const app = express();

/** Constant-time string comparison; false for missing values and different lengths. */
function safeEqual(a: unknown, b: unknown): boolean {
  if (typeof a !== 'string' || typeof b !== 'string') return false;
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

app.post('/webhooks/github', express.raw({ type: 'application/json' }), (req, res) => {
  const signature = req.headers['x-hub-signature-256'];
  const expected = `sha256=${createHmac('sha256', process.env.GITHUB_WEBHOOK_SECRET ?? '').update(req.body).digest('hex')}`;
  if (!safeEqual(signature, expected)) {
    res.status(401).send('invalid signature');
    return;
  }
  res.sendStatus(204);
});

app.use('/internal', (req, res, next) => {
  // A presence check reveals nothing about the value.
  if (!process.env.INTERNAL_API_KEY) {
    res.status(503).send('not configured');
    return;
  }
  if (safeEqual(req.headers['x-api-key'], process.env.INTERNAL_API_KEY)) {
    next();
    return;
  }
  res.sendStatus(401);
});

export default app;
