import type { DemoDataset } from './demo-data.types.js';

export const DEMO_DATASET: DemoDataset = {
  providers: [{ key: 'harbor', name: 'Harbor Data Centers', headquartersCountry: 'US' }],
  carriers: [{ key: 'meridian', name: 'Meridian Fiber' }],
  facilities: [
    {
      key: 'harbor-sea1',
      providerKey: 'harbor',
      name: 'Harbor SEA1',
      address: { city: 'Seattle', country: 'US' },
      carrierKeys: ['meridian'],
      network: { model: 'carrier-neutral' },
    },
  ],
  reports: [{ providerKey: 'harbor', framework: 'SOC2', reportType: 'type2', periodEndDaysAgo: 60 }],
};
