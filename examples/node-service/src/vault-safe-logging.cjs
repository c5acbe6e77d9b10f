// The fixed version of vault-leaky-logging.cjs: log the lease and the policies, not the data or the token.
const vault = require('node-vault')({ endpoint: process.env.VAULT_ADDR });
const winston = require('winston');

const logger = winston.createLogger({ transports: [new winston.transports.Console()] });

async function readDatabaseConfig() {
  const result = await vault.read('secret/data/database');
  logger.info('database config read', { version: result.data.metadata.version, keys: Object.keys(result.data.data) });
  return result.data.data;
}

async function login(roleId, secretId) {
  const auth = await vault.approleLogin({ role_id: roleId, secret_id: secretId });
  logger.debug('logged in', { policies: auth.auth.policies, ttl: auth.auth.lease_duration });
  vault.token = auth.auth.client_token;
}

module.exports = { readDatabaseConfig, login };
