import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import type { DatabaseConfig } from '../config/app-config.js';
import { CarrierEntity } from '../carriers/carrier.entity.js';
import { ComplianceReportEntity } from '../compliance/compliance-report.entity.js';
import { ReportFacilityEntity } from '../compliance/report-facility.entity.js';
import { FacilityCarrierEntity } from '../facilities/facility-carrier.entity.js';
import { FacilityEntity } from '../facilities/facility.entity.js';
import { ProfileEntity } from '../profiles/profile.entity.js';
import { ProviderEntity } from '../providers/provider.entity.js';
import { IdempotencyRecordEntity } from '../common/idempotency/idempotency-record.entity.js';
import { InitialSchema1764150000000 } from './migrations/1764150000000-InitialSchema.js';
import { IdempotencyRecords1764160000000 } from './migrations/1764160000000-IdempotencyRecords.js';
import { PeeringDbIds1764170000000 } from './migrations/1764170000000-PeeringDbIds.js';
import { ApiKeys1764180000000 } from './migrations/1764180000000-ApiKeys.js';
import { FacilityKeysetIndexes1764199000000 } from './migrations/1764199000000-FacilityKeysetIndexes.js';
import { FacilityRevisionIndexes1764210000000 } from './migrations/1764210000000-FacilityRevisionIndexes.js';
import { ApiKeyEntity } from '../auth/api-key.entity.js';

export const ENTITIES = [
  ProviderEntity,
  CarrierEntity,
  FacilityEntity,
  FacilityCarrierEntity,
  ComplianceReportEntity,
  ReportFacilityEntity,
  ProfileEntity,
  IdempotencyRecordEntity,
  ApiKeyEntity,
];

export const MIGRATIONS = [
  InitialSchema1764150000000,
  IdempotencyRecords1764160000000,
  PeeringDbIds1764170000000,
  ApiKeys1764180000000,
  FacilityKeysetIndexes1764199000000,
  FacilityRevisionIndexes1764210000000,
];

/** Migrations run at start; the schema is never synchronised from the entities. */
export function dataSourceOptions(database: DatabaseConfig): DataSourceOptions {
  const common = {
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: true,
    synchronize: false,
    logging: false,
  } as const;
  if (database.kind === 'postgres') {
    return { ...common, type: 'postgres', url: database.url };
  }
  if (database.path !== ':memory:') mkdirSync(dirname(database.path), { recursive: true });
  return {
    ...common,
    type: 'better-sqlite3',
    database: database.path,
    // WAL lets readers proceed during a write; the busy timeout queues concurrent writers
    // (e.g. a backup) instead of failing; SQLite leaves foreign keys off unless asked.
    prepareDatabase: (db: { pragma(sql: string): unknown }) => {
      if (database.path !== ':memory:') db.pragma('journal_mode = WAL');
      db.pragma('busy_timeout = 5000');
      db.pragma('foreign_keys = ON');
    },
  };
}
