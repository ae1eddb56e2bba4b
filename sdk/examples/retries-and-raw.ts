import { createDcscoreClient } from '@dcscore/sdk';

// 429 and 503 are retried (Retry-After is honoured); tune it, or pass `retry: false`.
const dcscore = createDcscoreClient({
  baseUrl: 'http://localhost:3000',
  retry: { retries: 5, baseDelayMs: 500, maxRetryAfterMs: 30_000 },
});

// Every path of the API, typed, through the underlying openapi-fetch client.
const { data, error, response } = await dcscore.raw.GET('/v1/facilities/{id}', {
  params: { path: { id: '1b4e28ba-2fa1-41d2-883f-0016d3cca427' } },
});
if (error) console.error(response.status, error.title);
else console.log(data.name);
