import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';

/** API keys: only the SHA-256 of each key is stored (unique, the lookup path), never the key. */
export class ApiKeys1764180000000 implements MigrationInterface {
  name = 'ApiKeys1764180000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'api_keys',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'name', type: 'varchar', length: '100' },
          { name: 'role', type: 'varchar', length: '10' },
          { name: 'prefix', type: 'varchar', length: '8' },
          { name: 'keyHash', type: 'varchar', length: '64' },
          { name: 'createdAt', type: 'varchar', length: '24' },
          { name: 'lastUsedAt', type: 'varchar', length: '24', isNullable: true },
          { name: 'revokedAt', type: 'varchar', length: '24', isNullable: true },
        ],
        indices: [{ name: 'UQ_api_keys_key_hash', columnNames: ['keyHash'], isUnique: true }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('api_keys');
  }
}
