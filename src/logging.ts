import { pino, type Logger } from 'pino';
import type { Settings } from './config/settings.js';

/**
 * The one pino logger: Fastify logs requests through it and Nest's Logger writes to it.
 * Nothing that can hold a secret or claim text is logged: no headers, no bodies, no query strings.
 */
export function createRootLogger(settings: Settings, stream?: NodeJS.WritableStream): Logger {
  const options = { level: settings.log.level, base: { pid: process.pid } };
  return stream ? pino(options, stream as pino.DestinationStream) : pino(options);
}
