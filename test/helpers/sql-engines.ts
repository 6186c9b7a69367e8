/**
 * The two databases the SQL entry point is tested against, in process and without a server: DuckDB through
 * @duckdb/node-api and PostgreSQL through PGlite (its WebAssembly build). One instance of each per test file: PGlite
 * takes seconds to start.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { PGlite } from '@electric-sql/pglite';
import type { SqlDialect } from 'vn-learning-society/sql';

export type SqlValue = string | number | boolean | null;

/** One database: run a statement (with values bound as parameters) and read its rows as plain objects. */
export interface Engine {
  readonly dialect: SqlDialect;
  run(sql: string, params?: readonly SqlValue[]): Promise<void>;
  rows(sql: string, params?: readonly SqlValue[]): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

/** A value as JSON would carry it: bigints and decimals as their text, so that no figure goes through a float. */
function plain(v: unknown): unknown {
  if (typeof v === 'bigint') return v.toString();
  if (v !== null && typeof v === 'object' && 'toString' in v && !(v instanceof Date)) return String(v);
  return v;
}

export async function duckdb(): Promise<Engine> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection: DuckDBConnection = await instance.connect();
  return {
    dialect: 'duckdb',
    async run(sql, params) {
      await connection.run(sql, params === undefined ? undefined : ([...params] as never));
    },
    async rows(sql, params) {
      const reader = await connection.runAndReadAll(sql, params === undefined ? undefined : ([...params] as never));
      return reader.getRowObjects().map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, plain(v)])));
    },
    async close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

export async function pglite(): Promise<Engine> {
  const db = await PGlite.create();
  return {
    dialect: 'postgres',
    async run(sql, params) {
      if (params === undefined || params.length === 0) await db.exec(sql);
      else await db.query(sql, [...params]);
    },
    async rows(sql, params) {
      const r = await db.query<Record<string, unknown>>(sql, params === undefined ? [] : [...params]);
      return r.rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, plain(v)])));
    },
    async close() {
      await db.close();
    },
  };
}
