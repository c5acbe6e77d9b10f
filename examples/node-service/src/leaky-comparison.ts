// Webhook and API-key checks that compare secrets with `===`/`!==`: each comparison returns at the first
// differing character, so an attacker can recover the expected value one character at a time by timing.
// The correct versions are in safe-comparison.ts.
import { createHmac } from 'node:crypto';
import express from 'express';

const app = express();

app.post('/webhooks/github', express.raw({ type: 'application/json' }), (req, res) => {
  const signature = req.headers['x-hub-signature-256'];
  const expected = `sha256=${createHmac('sha256', process.env.GITHUB_WEBHOOK_SECRET ?? '').update(req.body).digest('hex')}`;
  if (signature !== expected) {
    res.status(401).send('invalid signature');
    return;
  }
  res.sendStatus(204);
});

app.use('/internal', (req, res, next) => {
  if (req.headers['x-api-key'] === process.env.INTERNAL_API_KEY) {
    next();
    return;
  }
  res.sendStatus(401);
});

export default app;
