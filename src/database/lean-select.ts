import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata.js';

/** IN lists are chunked so a 10,000-row read stays under every database's parameter limit. */
export const IN_CHUNK = 500;

interface Shape {
  columns: ColumnMetadata[];
  selectList: string;
  table: string;
  create: () => ObjectLiteral;
  column: (property: string) => string;
}

/**
 * Lean reads for hot paths: plain SQL through `manager.query` (prepared and cached by the
 * better-sqlite3 driver), each row hydrated column by column with the driver's own
 * conversions (JSON, dates, booleans), so the entities equal what `find*` returns on SQLite
 * and PostgreSQL. On these paths TypeORM's query building and entity transformation cost
 * more than the database itself (see BENCHMARKS.md); writes, filters and anything complex
 * stay with TypeORM. Runs on the given manager: inside a transaction it reads that
 * transaction's rows.
 */
export class LeanSelect<E extends ObjectLiteral> {
  private readonly shapes = new WeakMap<DataSource, Shape>();

  /** `properties`: read only these columns (the others stay undefined on the entities). */
  constructor(
    private readonly target: EntityTarget<E>,
    private readonly properties?: ReadonlyArray<keyof E & string>,
  ) {}

  /** Entities whose `property` is one of `values`, in no particular order. */
  async whereIn(manager: EntityManager, property: keyof E & string, values: readonly unknown[]): Promise<E[]> {
    const shape = this.shape(manager);
    const rows: E[] = [];
    for (let i = 0; i < values.length; i += IN_CHUNK) {
      const chunk = values.slice(i, i + IN_CHUNK);
      const sql = `SELECT ${shape.selectList} FROM ${shape.table} WHERE ${shape.column(property)} IN (${bindList(manager, chunk.length)})`;
      for (const raw of (await manager.query(sql, chunk as unknown[])) as ObjectLiteral[]) {
        rows.push(this.hydrate(manager, shape, raw));
      }
    }
    return rows;
  }

  private shape(manager: EntityManager): Shape {
    const dataSource = manager.connection;
    let shape = this.shapes.get(dataSource);
    if (!shape) {
      const metadata = dataSource.getMetadata(this.target);
      const { driver } = dataSource;
      const wanted = this.properties ? new Set<string>(this.properties) : undefined;
      const columns = metadata.columns.filter((c) => !c.isVirtual && (!wanted || wanted.has(c.propertyName)));
      shape = {
        columns,
        selectList: columns.map((c) => driver.escape(c.databaseName)).join(', '),
        table: driver.escape(metadata.tableName),
        create: () => metadata.create() as ObjectLiteral,
        column: (property) => driver.escape(metadata.findColumnWithPropertyName(property)!.databaseName),
      };
      this.shapes.set(dataSource, shape);
    }
    return shape;
  }

  private hydrate(manager: EntityManager, shape: Shape, raw: ObjectLiteral): E {
    const { driver } = manager.connection;
    const entity = shape.create();
    for (const column of shape.columns) {
      entity[column.propertyName] = driver.prepareHydratedValue(raw[column.databaseName], column);
    }
    return entity as E;
  }
}

/** `?, ?, ?` on SQLite, `$1, $2, $3` on PostgreSQL. */
export function bindList(manager: EntityManager, count: number, offset = 0): string {
  const { driver } = manager.connection;
  const list: string[] = new Array(count);
  for (let i = 0; i < count; i++) list[i] = driver.createParameter(`p${offset + i}`, offset + i);
  return list.join(', ');
}
