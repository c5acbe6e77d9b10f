// The fixed version of azure-leaky-logging.ts: the secret's name and version identify it well enough.
import { DefaultAzureCredential } from '@azure/identity';
import { SecretClient } from '@azure/keyvault-secrets';

const client = new SecretClient('https://example-vault.vault.azure.net', new DefaultAzureCredential());

export async function getConnectionString(secretName: string) {
  const secret = await client.getSecret(secretName);
  console.log(`Fetched ${secret.name}, version ${secret.properties.version}`);
  return secret.value;
}
