import { createDcscoreClient } from '@dcscore/sdk';

const dcscore = createDcscoreClient({ baseUrl: 'http://localhost:3000', apiKey: process.env.DCSCORE_API_KEY });

const profile = await dcscore.profiles.create({ name: 'Payments platform', weights: { power: 3, compliance: 2, network: 2 } });
const ranking = await dcscore.rankings.create({ profileId: profile.id, filter: { country: 'US', status: 'active' } });
for (const item of ranking.items) console.log(item.rank, item.facilityName, item.overall, item.eligible);

const [first, second] = ranking.items;
if (first && second) {
  const scorecard = await dcscore.scorecards.get(first.facilityId, { profileId: profile.id });
  console.log(scorecard.categories.power?.score, scorecard.unmetRequirements);
  const comparison = await dcscore.comparisons.get({ facilityIds: [first.facilityId, second.facilityId], profileId: profile.id });
  console.log(comparison.differences.length);
}
