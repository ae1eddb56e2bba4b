import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';

export class IdempotencyRecords1764160000000 implements MigrationInterface {
  name = 'IdempotencyRecords1764160000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'idempotency_records',
        columns: [
          { name: 'id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'requestHash', type: 'varchar', length: '64' },
          { name: 'status', type: 'integer', isNullable: true },
          { name: 'responseBody', type: 'text', isNullable: true },
          { name: 'location', type: 'varchar', length: '2048', isNullable: true },
          { name: 'createdAt', type: 'varchar', length: '24' },
        ],
        indices: [{ name: 'IDX_idempotency_records_created_at', columnNames: ['createdAt'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('idempotency_records');
  }
}
