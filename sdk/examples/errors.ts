import { createDcscoreClient, DcscoreError } from '@dcscore/sdk';

const dcscore = createDcscoreClient({ baseUrl: 'http://localhost:3000' });

try {
  await dcscore.facilities.update('1b4e28ba-2fa1-41d2-883f-0016d3cca427', { power: { utilityFeeds: -1 } });
} catch (error) {
  if (!(error instanceof DcscoreError)) throw error; // network failures are not API errors
  console.error(error.status, error.title, error.detail); // 400 Validation failed The request has 1 invalid field.
  for (const { field, message } of error.fieldErrors) console.error(`${field}: ${message}`); // power.utilityFeeds: ...
  if (error.status === 404) console.error('No such facility');
}
