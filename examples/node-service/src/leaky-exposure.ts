// Secrets that leave the service: in a response, in a URL, in error monitoring.
// The correct versions are in safe-exposure.ts.
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import * as Sentry from '@sentry/node';
import express from 'express';

const app = express();
const secrets = new SecretsManagerClient({});

// A debug endpoint that returns the fetched secret along with its metadata.
app.get('/internal/secrets/:id', async (req, res) => {
  const secret = await secrets.send(new GetSecretValueCommand({ SecretId: req.params.id }));
  res.json({ arn: secret.ARN, version: secret.VersionId, value: secret.SecretString });
});

// The API key in the query string ends up in every proxy and access log on the way.
app.get('/weather/:city', async (req, res) => {
  const response = await fetch(
    `https://api.weather.example/v1/current?city=${encodeURIComponent(req.params.city)}&api_key=${process.env.WEATHER_API_KEY}`,
  );
  res.json(await response.json());
});

// The whole payment configuration, key included, is attached to every error report.
Sentry.setContext('payments', { provider: 'stripe', key: process.env.STRIPE_SECRET_KEY });

export default app;
