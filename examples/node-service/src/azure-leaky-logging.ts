// Azure Key Vault: logging the fetched secret's value. The correct version is in azure-safe-logging.ts.
import { DefaultAzureCredential } from '@azure/identity';
import { SecretClient } from '@azure/keyvault-secrets';

const client = new SecretClient('https://example-vault.vault.azure.net', new DefaultAzureCredential());

export async function getConnectionString(secretName: string) {
  const secret = await client.getSecret(secretName);
  console.log(`Secret value for ${secretName}: ${secret.value}`);
  return secret.value;
}
