import { createDcscoreClient, type Facility } from '@dcscore/sdk';

const dcscore = createDcscoreClient({ baseUrl: 'http://localhost:3000' });

// Every item: pages are fetched one after another as the loop goes.
for await (const facility of dcscore.facilities.list({ status: 'active', limit: 100 })) {
  console.log(facility.name);
}

// Whole pages, with the total.
for await (const page of dcscore.providers.list().pages()) {
  console.log(`${page.items.length} of ${page.total}`);
}

// Everything at once, or one page at a time by hand.
const all: Facility[] = await dcscore.facilities.list({ country: 'NL' }).toArray();
const first = await dcscore.facilities.listPage({ limit: 20 });
const second = first.nextCursor ? await dcscore.facilities.listPage({ limit: 20, cursor: first.nextCursor }) : undefined;
console.log(all.length, first.items.length, second?.items.length ?? 0);
