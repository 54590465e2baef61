module.exports = ({ env }) => ({
  auth: { secret: env('ADMIN_JWT_SECRET', 'newsroom-demo-admin-jwt-secret') },
  apiToken: { salt: env('API_TOKEN_SALT', 'newsroom-demo-api-token-salt') },
  transfer: { token: { salt: env('TRANSFER_TOKEN_SALT', 'newsroom-demo-transfer-salt') } },
  secrets: { encryptionKey: env('ENCRYPTION_KEY', 'newsroom-demo-encryption-key-32b') },
  flags: { nps: false, promoteEE: false },
  // On by default; the browser tests log the same people in more than five times in five minutes.
  rateLimit: { enabled: env.bool('ADMIN_RATE_LIMIT', true) },
});
