import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CarriersService } from '../carriers/carriers.service.js';
import { ComplianceService } from '../compliance/compliance.service.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { FacilitiesService } from '../facilities/facilities.service.js';
import { ProviderEntity } from '../providers/provider.entity.js';
import { ProvidersService } from '../providers/providers.service.js';
import { DEMO_DATASET } from './demo-data.js';
import type { DemoDataset } from './demo-data.types.js';

const DAY_MS = 86_400_000;

export function daysBefore(today: Date, days: number): string {
  return new Date(today.getTime() - days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Loads the demo dataset into an empty database at start-up (DCSCORE_SEED=demo, the default).
 * One transaction through the same services the API uses: all of it lands or none of it, and
 * a database that holds any provider is never touched.
 */
@Injectable()
export class DemoSeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoSeed');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly providers: ProvidersService,
    private readonly carriers: CarriersService,
    private readonly facilities: FacilitiesService,
    private readonly compliance: ComplianceService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.seed !== 'demo') return;
    const loaded = await this.seedIfEmpty(DEMO_DATASET, new Date());
    if (loaded) this.logger.log(`Loaded the demo dataset (${DEMO_DATASET.facilities.length} facilities)`);
  }

  async seedIfEmpty(dataset: DemoDataset, today: Date): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      if ((await manager.count(ProviderEntity)) > 0) return false;
      const providerIds = new Map<string, string>();
      for (const { key, ...dto } of dataset.providers) {
        providerIds.set(key, (await this.providers.create(dto, manager)).id);
      }
      const carrierIds = new Map<string, string>();
      for (const { key, ...dto } of dataset.carriers) {
        carrierIds.set(key, (await this.carriers.create(dto, manager)).id);
      }
      const facilityIds = new Map<string, string>();
      for (const { key, providerKey, verifiedDaysAgo, carrierKeys, network, power, ...dto } of dataset.facilities) {
        const { lastLoadTestDaysAgo, ...powerFields } = power ?? {};
        const created = await this.facilities.create(
          {
            ...dto,
            providerId: lookup(providerIds, providerKey),
            ...(verifiedDaysAgo !== undefined && { verifiedAt: daysBefore(today, verifiedDaysAgo) }),
            ...(power && {
              power: {
                ...powerFields,
                ...(lastLoadTestDaysAgo !== undefined && { lastLoadTestAt: daysBefore(today, lastLoadTestDaysAgo) }),
              },
            }),
            ...((network || carrierKeys) && {
              network: { ...network, carrierIds: (carrierKeys ?? []).map((k) => lookup(carrierIds, k)) },
            }),
          },
          manager,
        );
        facilityIds.set(key, created.facility.id);
      }
      for (const report of dataset.reports) {
        const {
          providerKey,
          facilityKeys,
          periodEndDaysAgo,
          periodLengthDays = 365,
          issuedDaysAfterPeriodEnd = 45,
          bridgeLetterDays,
          ...dto
        } = report;
        await this.compliance.create(
          {
            ...dto,
            providerId: lookup(providerIds, providerKey),
            facilityIds: (facilityKeys ?? []).map((k) => lookup(facilityIds, k)),
            periodStart: daysBefore(today, periodEndDaysAgo + periodLengthDays),
            periodEnd: daysBefore(today, periodEndDaysAgo),
            issuedAt: daysBefore(today, Math.max(0, periodEndDaysAgo - issuedDaysAfterPeriodEnd)),
            ...(bridgeLetterDays !== undefined && { bridgeLetterThrough: daysBefore(today, periodEndDaysAgo - bridgeLetterDays) }),
          },
          manager,
        );
      }
      return true;
    });
  }
}

function lookup(ids: Map<string, string>, key: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`Demo dataset refers to unknown key "${key}"`);
  return id;
}
