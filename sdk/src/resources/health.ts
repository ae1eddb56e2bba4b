import type { Health } from '../models.js';
import { type RawClient, unwrap } from '../request.js';

export function healthResource(raw: RawClient) {
  return {
    /** Resolves when the service and its database answer; throws `DcscoreError` (503) otherwise. */
    get: (): Promise<Health> => unwrap(raw.GET('/health')),
  };
}
