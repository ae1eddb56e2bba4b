/**
 * Experiment for start-up time: bundles the built server (dist/main.js) into one ES module
 * with rolldown (already installed with vitest), so Node resolves and compiles one file
 * instead of ~2,000. Native and optional packages stay external, and so do class-validator
 * and class-transformer: Nest's mapped types load them with require(), and two copies would
 * split their metadata. Then: `npm run bench -- --entry=bench/.tmp/bundle/main.mjs`.
 *
 *   npm run build && node bench/bundle.mjs
 */
import { build } from 'rolldown';

const EXTERNAL = [
  'better-sqlite3', 'pg', 'pg-native', 'pg-query-stream', 'mysql', 'mysql2', 'oracledb', 'mssql', 'sql.js', 'sqlite3',
  'mongodb', 'redis', 'ioredis', 'hdb-pool', '@sap', 'typeorm-aurora-data-api-driver', 'react-native-sqlite-storage',
  '@google-cloud/spanner', 'expo-sqlite', '@capacitor-community/sqlite', 'sql-highlight', '@nestjs/microservices',
  '@nestjs/websockets', '@nestjs/platform-express', '@fastify/view', '@fastify/static', 'swagger-ui-dist',
  'pino-pretty', 'class-validator', 'class-transformer',
];
const external = (id) => EXTERNAL.some((name) => id === name || id.startsWith(`${name}/`));

const started = performance.now();
await build({
  input: 'dist/main.js',
  platform: 'node',
  external,
  output: { file: 'bench/.tmp/bundle/main.mjs', format: 'esm', codeSplitting: false },
  logLevel: 'silent',
});
console.log(`bench/.tmp/bundle/main.mjs in ${Math.round(performance.now() - started)} ms`);
