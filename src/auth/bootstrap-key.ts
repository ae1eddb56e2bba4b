import type { INestApplication } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { ApiKeysService } from './api-keys.service.js';

/**
 * First start without DCSCORE_ADMIN_KEY on an empty key table: creates an admin key, stores its
 * hash and prints the key once, so the first user can begin. Later starts find a key and print
 * nothing. Called by main.ts only, not by tests' or scripts' app instances.
 */
export async function announceBootstrapKey(
  app: INestApplication,
  config: AppConfig,
  print: (line: string) => void = (line) => console.log(line),
): Promise<boolean> {
  if (config.adminKey) return false;
  const key = await app.get(ApiKeysService).createBootstrapKeyIfEmpty();
  if (!key) return false;
  print(
    [
      '',
      '  No API keys yet: created this admin key. It is shown only now; only its hash is stored.',
      `    ${key}`,
      '  Send it as "Authorization: Bearer <key>". Create other keys with POST /v1/api-keys,',
      '  and revoke this one (DELETE /v1/api-keys/<id>) if this output is kept anywhere.',
      '',
    ].join('\n'),
  );
  return true;
}
