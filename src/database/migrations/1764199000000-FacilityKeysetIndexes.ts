import { type MigrationInterface, type QueryRunner, TableIndex } from 'typeorm';

/**
 * Facility lists page by (nameKey, id) or (updatedAt, id) (keyset pagination, id as the
 * tie-break). Indexes on the sort column alone made both databases sort every row sharing a
 * sort value to find a page: a list sorted by `updatedAt` over 10,000 facilities imported in
 * one batch (one timestamp) took ~30 ms of SQL per page instead of under 1 ms (BENCHMARKS.md).
 * The composite indexes serve every query the single-column ones did, so they replace them.
 */
const REPLACED = [
  { old: 'IDX_facilities_name_key', name: 'IDX_facilities_name_key_id', columnNames: ['nameKey', 'id'] },
  { old: 'IDX_facilities_updated_at', name: 'IDX_facilities_updated_at_id', columnNames: ['updatedAt', 'id'] },
];

export class FacilityKeysetIndexes1764199000000 implements MigrationInterface {
  name = 'FacilityKeysetIndexes1764199000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const { old, name, columnNames } of REPLACED) {
      await queryRunner.createIndex('facilities', new TableIndex({ name, columnNames }));
      await queryRunner.dropIndex('facilities', old);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const { old, name, columnNames } of [...REPLACED].reverse()) {
      await queryRunner.createIndex('facilities', new TableIndex({ name: old, columnNames: [columnNames[0]] }));
      await queryRunner.dropIndex('facilities', name);
    }
  }
}
