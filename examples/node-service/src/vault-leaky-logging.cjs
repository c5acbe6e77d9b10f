// HashiCorp Vault (node-vault): a read and an AppRole login, both logged. The correct version is in
// vault-safe-logging.cjs.
const vault = require('node-vault')({ endpoint: process.env.VAULT_ADDR });
const winston = require('winston');

const logger = winston.createLogger({ transports: [new winston.transports.Console()] });

async function readDatabaseConfig() {
  const result = await vault.read('secret/data/database');
  logger.info('database config', result.data.data);
  return result.data.data;
}

async function login(roleId, secretId) {
  const auth = await vault.approleLogin({ role_id: roleId, secret_id: secretId });
  logger.debug(`logged in with token ${auth.auth.client_token}`);
  vault.token = auth.auth.client_token;
}

module.exports = { readDatabaseConfig, login };
