import { type MigrationInterface, type QueryRunner, Table, type TableColumnOptions } from 'typeorm';

/**
 * Written with TypeORM's schema builder rather than raw SQL so the same migration runs on
 * SQLite and PostgreSQL. Only column types both support are used (varchar, text, integer,
 * boolean, double precision, date, json).
 */
const id = (): TableColumnOptions => ({ name: 'id', type: 'varchar', length: '36', isPrimary: true });
const ref = (name: string, isPrimary = false): TableColumnOptions => ({ name, type: 'varchar', length: '36', isPrimary });
const varchar = (name: string, length: number, isNullable = true): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: String(length),
  isNullable,
});
const typed = (name: string, type: string, isNullable = true): TableColumnOptions => ({ name, type, isNullable });
const versioned: TableColumnOptions[] = [
  typed('version', 'integer', false),
  varchar('createdAt', 24, false),
  varchar('updatedAt', 24, false),
];
const cascadeTo = (column: string, table: string) => ({
  columnNames: [column],
  referencedTableName: table,
  referencedColumnNames: ['id'],
  onDelete: 'CASCADE',
});

export class InitialSchema1764150000000 implements MigrationInterface {
  name = 'InitialSchema1764150000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'providers',
        columns: [
          id(),
          varchar('name', 200, false),
          varchar('nameKey', 200, false),
          varchar('website', 2048),
          varchar('headquartersCountry', 2),
          typed('notes', 'text'),
          ...versioned,
        ],
        indices: [{ name: 'UQ_providers_name_key', columnNames: ['nameKey'], isUnique: true }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'carriers',
        columns: [id(), varchar('name', 200, false), varchar('nameKey', 200, false), varchar('website', 2048), ...versioned],
        indices: [{ name: 'UQ_carriers_name_key', columnNames: ['nameKey'], isUnique: true }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'facilities',
        columns: [
          id(),
          ref('providerId'),
          varchar('name', 200, false),
          varchar('nameKey', 200, false),
          varchar('code', 50),
          varchar('addressLine1', 200),
          varchar('addressLine2', 200),
          varchar('city', 100),
          varchar('region', 100),
          varchar('postalCode', 20),
          varchar('country', 2, false),
          typed('latitude', 'double precision'),
          typed('longitude', 'double precision'),
          varchar('status', 20, false),
          typed('verifiedAt', 'date'),
          varchar('networkModel', 30),
          typed('power', 'json'),
          typed('network', 'json'),
          typed('climate', 'json'),
          typed('security', 'json'),
          typed('remoteHands', 'json'),
          typed('sla', 'json'),
          typed('pricing', 'json'),
          ...versioned,
        ],
        foreignKeys: [cascadeTo('providerId', 'providers')],
        indices: [
          { name: 'IDX_facilities_provider_id', columnNames: ['providerId'] },
          { name: 'IDX_facilities_name_key', columnNames: ['nameKey'] },
          { name: 'IDX_facilities_city', columnNames: ['city'] },
          { name: 'IDX_facilities_country', columnNames: ['country'] },
          { name: 'IDX_facilities_status', columnNames: ['status'] },
          { name: 'IDX_facilities_network_model', columnNames: ['networkModel'] },
          { name: 'IDX_facilities_updated_at', columnNames: ['updatedAt'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'facility_carriers',
        columns: [ref('facilityId', true), ref('carrierId', true)],
        foreignKeys: [cascadeTo('facilityId', 'facilities'), cascadeTo('carrierId', 'carriers')],
        indices: [{ name: 'IDX_facility_carriers_carrier_id', columnNames: ['carrierId'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'compliance_reports',
        columns: [
          id(),
          ref('providerId'),
          varchar('framework', 20, false),
          varchar('reportType', 20, false),
          varchar('standard', 20),
          typed('periodStart', 'date'),
          typed('periodEnd', 'date'),
          typed('issuedAt', 'date'),
          varchar('auditor', 200),
          varchar('opinion', 20),
          typed('exceptionsCount', 'integer'),
          typed('trustServicesCriteria', 'json'),
          typed('ndaRequired', 'boolean'),
          typed('bridgeLetterThrough', 'date'),
          ...versioned,
        ],
        foreignKeys: [cascadeTo('providerId', 'providers')],
        indices: [{ name: 'IDX_compliance_reports_provider_id', columnNames: ['providerId'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'report_facilities',
        columns: [ref('reportId', true), ref('facilityId', true)],
        foreignKeys: [cascadeTo('reportId', 'compliance_reports'), cascadeTo('facilityId', 'facilities')],
        indices: [{ name: 'IDX_report_facilities_facility_id', columnNames: ['facilityId'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'profiles',
        columns: [
          id(),
          varchar('name', 200, false),
          varchar('nameKey', 200, false),
          typed('description', 'text'),
          typed('weights', 'json', false),
          typed('requirements', 'json', false),
          typed('footprint', 'json'),
          typed('budget', 'json'),
          ...versioned,
        ],
        indices: [{ name: 'UQ_profiles_name_key', columnNames: ['nameKey'], isUnique: true }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'profiles',
      'report_facilities',
      'compliance_reports',
      'facility_carriers',
      'facilities',
      'carriers',
      'providers',
    ]) {
      await queryRunner.dropTable(table);
    }
  }
}
