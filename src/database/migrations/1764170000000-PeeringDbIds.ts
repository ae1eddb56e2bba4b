import { type MigrationInterface, type QueryRunner, TableColumn, TableIndex } from 'typeorm';

/**
 * PeeringDB ids on the records the PeeringDB import creates or adopts, so that a re-import
 * updates them instead of adding duplicates. Nullable (records entered by hand have none) and
 * unique per table; both SQLite and PostgreSQL let a unique index hold any number of NULLs.
 * Schema builder only, like the initial migration, so it runs on both databases.
 */
const TABLES = ['providers', 'facilities', 'carriers'] as const;

export class PeeringDbIds1764170000000 implements MigrationInterface {
  name = 'PeeringDbIds1764170000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      await queryRunner.addColumn(table, new TableColumn({ name: 'peeringdbId', type: 'integer', isNullable: true }));
      await queryRunner.createIndex(
        table,
        new TableIndex({ name: `UQ_${table}_peeringdb_id`, columnNames: ['peeringdbId'], isUnique: true }),
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...TABLES].reverse()) {
      await queryRunner.dropIndex(table, `UQ_${table}_peeringdb_id`);
      await queryRunner.dropColumn(table, 'peeringdbId');
    }
  }
}
