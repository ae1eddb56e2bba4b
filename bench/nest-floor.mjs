/**
 * The framework's floor: a bare NestJS 12 application on the Fastify adapter (what dcscore is
 * built on) with one route answering a fixed JSON document, and nothing else: no database, no
 * guards, pipes, hooks, logs or headers of ours. The gap between it and raw node:http is the
 * stack's; the gap between it and the app is ours.
 *
 *   node bench/nest-floor.mjs <port> <file.json>     (serves it at GET /facility)
 */
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';

const [port, file] = process.argv.slice(2);
// Parsed, as the app's handlers return objects that Fastify serializes.
const document = JSON.parse(readFileSync(file, 'utf8'));

class FloorController {
  facility() {
    return document;
  }
}
Reflect.decorate([Get('facility')], FloorController.prototype, 'facility', Object.getOwnPropertyDescriptor(FloorController.prototype, 'facility'));
const Floor = Reflect.decorate([Module({ controllers: [Reflect.decorate([Controller()], FloorController)] })], class {});

const app = await NestFactory.create(Floor, new FastifyAdapter(), { logger: false });
await app.listen(Number(port), '127.0.0.1');
process.on('SIGTERM', () => app.close().then(() => process.exit(0)));
