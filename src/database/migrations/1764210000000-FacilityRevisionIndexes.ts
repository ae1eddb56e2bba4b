import { type MigrationInterface, type QueryRunner, TableIndex } from 'typeorm';

/**
 * Every facility read first asks for the current revision (id, version, updatedAt) of the rows
 * it wants, to check the representation cache (facility-reads.ts); a ranking asks it of every
 * active facility. Those columns sit after the JSON blocks in a wide row, so the reads walked
 * the table: 37 ms for 10,000 facilities on SQLite. Indexes that hold the revision answer them
 * from the index alone: 14 ms (the rest is building the rows in JavaScript; BENCHMARKS.md).
 * The list indexes gain the revision too, for the same reason; they serve everything the
 * narrower ones did, so they replace them.
 */
const REPLACED = [
  { old: { name: 'IDX_facilities_name_key_id', columnNames: ['nameKey', 'id'] }, name: 'IDX_facilities_name_key_revision', columnNames: ['nameKey', 'id', 'version', 'updatedAt'] },
  { old: { name: 'IDX_facilities_updated_at_id', columnNames: ['updatedAt', 'id'] }, name: 'IDX_facilities_updated_at_revision', columnNames: ['updatedAt', 'id', 'version'] },
];
const REVISION = new TableIndex({ name: 'IDX_facilities_revision', columnNames: ['id', 'status', 'version', 'updatedAt'] });

export class FacilityRevisionIndexes1764210000000 implements MigrationInterface {
  name = 'FacilityRevisionIndexes1764210000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex('facilities', REVISION);
    for (const { old, name, columnNames } of REPLACED) {
      await queryRunner.createIndex('facilities', new TableIndex({ name, columnNames }));
      await queryRunner.dropIndex('facilities', old.name);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const { old, name } of [...REPLACED].reverse()) {
      await queryRunner.createIndex('facilities', new TableIndex(old));
      await queryRunner.dropIndex('facilities', name);
    }
    await queryRunner.dropIndex('facilities', REVISION);
  }
}
