/** How the client retries responses that ask it to come back later (429, 503). */
export interface RetryOptions {
  /** Retries after the first attempt (default 3; 0 turns retrying off). */
  retries?: number;
  /** Statuses that are retried (default 429 and 503). */
  statuses?: readonly number[];
  /** First backoff delay when the response has no `Retry-After` (default 250 ms); doubles each retry. */
  baseDelayMs?: number;
  /** Upper bound of one backoff delay (default 10 s). */
  maxDelayMs?: number;
  /**
   * A `Retry-After` longer than this is not waited for: the error is thrown at once
   * (default 60 s), so a caller is never stuck behind a long maintenance window.
   */
  maxRetryAfterMs?: number;
  /** Randomise backoff delays between 50 % and 100 % so that clients spread out (default true). */
  jitter?: boolean;
  /** Injected for tests: waits `ms` milliseconds. */
  sleep?: (ms: number) => Promise<void>;
}

type FetchFn = (input: Request) => Promise<Response>;

const DEFAULTS = {
  retries: 3,
  statuses: [429, 503] as readonly number[],
  baseDelayMs: 250,
  maxDelayMs: 10_000,
  maxRetryAfterMs: 60_000,
  jitter: true,
};

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** `Retry-After` as milliseconds: delta-seconds or an HTTP date; undefined when absent or invalid. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * Wraps `fetch` with retries: a retried status is re-sent after `Retry-After` when the server
 * gives one, otherwise after an exponential backoff. The request is cloned before each attempt
 * because a body can be read only once. The last response is returned whatever its status.
 */
export function withRetry(fetchFn: FetchFn, options: RetryOptions | false | undefined): FetchFn {
  if (options === false) return fetchFn;
  const config = { ...DEFAULTS, ...options };
  if (config.retries <= 0) return fetchFn;
  const sleep = options?.sleep ?? defaultSleep;

  return async (request: Request) => {
    for (let attempt = 0; ; attempt++) {
      const response = await fetchFn(attempt < config.retries ? request.clone() : request);
      if (attempt >= config.retries || !config.statuses.includes(response.status)) return response;

      const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
      if (retryAfter !== undefined && retryAfter > config.maxRetryAfterMs) return response;
      let delay = retryAfter ?? Math.min(config.maxDelayMs, config.baseDelayMs * 2 ** attempt);
      if (retryAfter === undefined && config.jitter) delay = delay / 2 + Math.random() * (delay / 2);

      await response.body?.cancel().catch(() => undefined);
      if (request.signal.aborted) return response;
      await sleep(delay);
    }
  };
}
