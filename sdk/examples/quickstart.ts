import { createDcscoreClient } from '@dcscore/sdk';

const dcscore = createDcscoreClient({ baseUrl: 'http://localhost:3000', apiKey: process.env.DCSCORE_API_KEY });
const provider = await dcscore.providers.create({ name: 'Northwind Colocation' });
await dcscore.facilities.create({ providerId: provider.id, name: 'Harbor SEA1', address: { city: 'Seattle', country: 'US' } });
for await (const facility of dcscore.facilities.list({ country: 'US' })) console.log(facility.name, facility.power?.upsRedundancy);
