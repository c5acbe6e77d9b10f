// The fixed version of gcp-leaky-logging.ts: print which version was read, not what it holds.
import { SecretManagerServiceClient } from '@google-cloud/secret-manager';

const client = new SecretManagerServiceClient();

export async function accessSecretVersion(name: string) {
  const [version] = await client.accessSecretVersion({ name });
  const payload = version.payload?.data?.toString();
  console.info(`Read ${version.name} (${payload?.length ?? 0} bytes)`);
  return payload;
}
