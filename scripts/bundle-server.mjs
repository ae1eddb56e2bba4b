/**
 * Bundles the compiled server (dist/main.js, from tsc) into one ES module, dist/server.mjs,
 * which `npm run start:prod` runs: Node then reads and compiles one file instead of ~2,400
 * (module loading was ~85 % of start-up). Runs after tsc in `npm run build`; bundling the
 * JavaScript that tsc emitted keeps its decorator metadata (design:paramtypes) as is.
 *
 * Stays outside the bundle, loaded from node_modules at run time: native and database driver
 * packages (typeorm loads the one configured, with require()), optional packages Nest or
 * Fastify load only when used, swagger-ui-dist (files served from its directory), and
 * class-validator / class-transformer (Nest's mapped types load them with require(); a
 * second, bundled copy would split their metadata from the one the DTOs register into).
 */
import { build } from 'rolldown';

const EXTERNAL = [
  'better-sqlite3', 'pg', 'pg-native', 'pg-query-stream', 'mysql', 'mysql2', 'oracledb', 'mssql', 'sql.js', 'sqlite3',
  'mongodb', 'redis', 'ioredis', 'hdb-pool', '@sap', 'typeorm-aurora-data-api-driver', 'react-native-sqlite-storage',
  '@google-cloud/spanner', 'expo-sqlite', '@capacitor-community/sqlite', 'sql-highlight', '@nestjs/microservices',
  '@nestjs/websockets', '@nestjs/platform-express', '@fastify/view', '@fastify/static', 'swagger-ui-dist',
  '@fastify/multipart', 'pino-pretty', 'class-validator', 'class-transformer',
];
const isExternal = (id) => EXTERNAL.some((name) => id === name || id.startsWith(`${name}/`));

/**
 * @nestjs/typeorm looks up exports removed in TypeORM 1 (Connection, AbstractRepository) with a
 * run-time require('typeorm'): in the bundle that would load a second TypeORM, ~300 files, from
 * node_modules. Points it at the bundled one instead; fails if the code it replaces changed.
 */
const typeormCompat = {
  name: 'nestjs-typeorm-compat',
  transform(code, id) {
    if (!id.replaceAll('\\', '/').endsWith('/@nestjs/typeorm/dist/common/typeorm-compat.js')) return null;
    const call = "const typeorm = require('typeorm');";
    if (!code.includes(call)) throw new Error(`${id}: "${call}" not found; check how it loads typeorm now`);
    return `import * as bundledTypeorm from 'typeorm';\n${code.replace(call, 'const typeorm = bundledTypeorm;')}`;
  },
};

const problems = [];
const started = performance.now();
await build({
  input: 'dist/main.js',
  platform: 'node',
  external: isExternal,
  plugins: [typeormCompat],
  // Swagger schema names, TypeORM's default table names and Nest's log contexts come from
  // class names: no renaming when two modules declare the same name.
  output: { file: 'dist/server.mjs', format: 'esm', codeSplitting: false, keepNames: true },
  onLog(level, log) {
    // An import the bundler cannot resolve would fail only at run time: fail the build instead.
    if (level === 'warn' && log.code === 'UNRESOLVED_IMPORT') problems.push(/Could not resolve '[^']+' in \S+/.exec(log.message)?.[0] ?? log.message);
  },
  logLevel: 'warn',
});
if (problems.length > 0) {
  console.error(`dist/server.mjs: unresolved imports (add them to EXTERNAL if optional):\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`dist/server.mjs bundled in ${Math.round(performance.now() - started)} ms`);
