/**
 * Creates a SQLite database for a benchmark: the app's own migrations, then the generated
 * rows inserted through TypeORM with the app's entities, in one transaction (seconds, not the
 * minutes that one request per facility would take). Needs `npm run build` (imports dist/).
 *
 *   node bench/lib/seed.mjs <file.sqlite> <facilities>
 */
import { rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { DataSource } from 'typeorm';
import { generateDataset } from './generate.mjs';

const dist = new URL('../../dist/', import.meta.url);

export async function seedDatabase(path, facilityCount) {
  const { dataSourceOptions } = await import(new URL('database/data-source-options.js', dist).href);
  const { ProviderEntity } = await import(new URL('providers/provider.entity.js', dist).href);
  const { CarrierEntity } = await import(new URL('carriers/carrier.entity.js', dist).href);
  const { FacilityEntity } = await import(new URL('facilities/facility.entity.js', dist).href);
  const { FacilityCarrierEntity } = await import(new URL('facilities/facility-carrier.entity.js', dist).href);
  const { ComplianceReportEntity } = await import(new URL('compliance/compliance-report.entity.js', dist).href);
  const { ReportFacilityEntity } = await import(new URL('compliance/report-facility.entity.js', dist).href);

  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
  const dataSource = new DataSource(dataSourceOptions({ kind: 'sqlite', path }));
  await dataSource.initialize();
  await dataSource.runMigrations();
  const data = generateDataset(facilityCount);
  await dataSource.transaction(async (manager) => {
    const insert = async (entity, rows, chunk = 200) => {
      for (let i = 0; i < rows.length; i += chunk) await manager.insert(entity, rows.slice(i, i + chunk));
    };
    await insert(ProviderEntity, data.providers);
    await insert(CarrierEntity, data.carriers);
    await insert(FacilityEntity, data.facilities, 100);
    await insert(FacilityCarrierEntity, data.facilityCarriers, 500);
    await insert(ComplianceReportEntity, data.reports);
    await insert(ReportFacilityEntity, data.reportFacilities, 500);
  });
  await dataSource.query('PRAGMA wal_checkpoint(TRUNCATE)');
  await dataSource.destroy();
  return {
    facilityIds: data.facilities.map((f) => f.id),
    counts: {
      providers: data.providers.length,
      carriers: data.carriers.length,
      facilities: data.facilities.length,
      carrierLinks: data.facilityCarriers.length,
      reports: data.reports.length,
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [path, count] = process.argv.slice(2);
  const started = performance.now();
  const { counts } = await seedDatabase(path, Number(count ?? 1000));
  console.log(JSON.stringify({ ...counts, ms: Math.round(performance.now() - started) }));
}
