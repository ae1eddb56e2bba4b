import { createApp } from './app.setup.js';
import { announceBootstrapKey } from './auth/bootstrap-key.js';
import { ConfigError, loadConfig } from './config/app-config.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const app = await createApp(config);
  await announceBootstrapKey(app, config);
  await app.listen({ port: config.port, host: config.host });
  console.log(`dcscore listening on http://localhost:${config.port} (docs at /docs)`);
}

void main();
