// The same endpoints as leaky-exposure.ts without letting the secrets out.
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import * as Sentry from '@sentry/node';
import express from 'express';

const app = express();
const secrets = new SecretsManagerClient({});

// Metadata only: the ARN and version identify the secret without revealing it.
app.get('/internal/secrets/:id', async (req, res) => {
  const secret = await secrets.send(new GetSecretValueCommand({ SecretId: req.params.id }));
  res.json({ arn: secret.ARN, version: secret.VersionId, length: secret.SecretString?.length ?? 0 });
});

// The API key travels in a header, which proxies do not log.
app.get('/weather/:city', async (req, res) => {
  const response = await fetch(`https://api.weather.example/v1/current?city=${encodeURIComponent(req.params.city)}`, {
    headers: { 'X-API-Key': process.env.WEATHER_API_KEY ?? '' },
  });
  res.json(await response.json());
});

// Whether payments are configured is enough to debug an error.
Sentry.setContext('payments', { provider: 'stripe', configured: Boolean(process.env.STRIPE_SECRET_KEY) });

export default app;
