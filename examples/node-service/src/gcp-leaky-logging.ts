// Google Secret Manager: the official sample prints the payload under a "do not print the secret" comment.
// The correct version is in gcp-safe-logging.ts.
import { SecretManagerServiceClient } from '@google-cloud/secret-manager';

const client = new SecretManagerServiceClient();

export async function accessSecretVersion(name: string) {
  const [version] = await client.accessSecretVersion({ name });
  const payload = version.payload?.data?.toString();
  // WARNING: Do not print the secret in a production environment.
  console.info(`Payload: ${payload}`);
  return payload;
}
