import type { LoggerService } from '@nestjs/common';
import { pino, type Level, type Logger } from 'pino';
import type { Settings } from './config/settings.js';

/**
 * The one pino logger: Fastify logs requests through it and Nest's Logger writes to it.
 * Nothing that can hold a secret or claim text is logged: no headers, no bodies, no query strings.
 */
export function createRootLogger(settings: Settings, stream?: NodeJS.WritableStream): Logger {
  const options = { level: settings.log.level, base: { pid: process.pid } };
  return stream ? pino(options, stream as pino.DestinationStream) : pino(options);
}

/**
 * Nest's logger interface written to the root pino logger. Written here, not taken from nestjs-pino,
 * because every nestjs-pino release that accepts NestJS 12 declares Node 22.12 or later, and this
 * service runs on Node 20; the adapter is all we used of it (no per-request logger, no middleware).
 */
export class NestPinoLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  verbose(message: unknown, ...rest: unknown[]): void { this.write('trace', message, rest); }
  debug(message: unknown, ...rest: unknown[]): void { this.write('debug', message, rest); }
  log(message: unknown, ...rest: unknown[]): void { this.write('info', message, rest); }
  warn(message: unknown, ...rest: unknown[]): void { this.write('warn', message, rest); }
  error(message: unknown, ...rest: unknown[]): void { this.write('error', message, rest); }
  fatal(message: unknown, ...rest: unknown[]): void { this.write('fatal', message, rest); }

  /** Nest passes the context name last; its exception handlers pass (message, stack, context). */
  private write(level: Level, message: unknown, rest: unknown[]): void {
    if (!this.logger.isLevelEnabled(level)) return;
    const fields: Record<string, unknown> = {};
    const params = [...rest];
    if (params.length > 0 && typeof params[params.length - 1] === 'string') fields.context = params.pop();
    if (message instanceof Error) {
      fields.err = message;
      this.logger[level](fields, message.message);
    } else if (typeof message === 'object' && message !== null) {
      // `logger.warn({ claimId }, 'check failed')` through Nest's Logger: fields first, then the text
      const text = typeof params[0] === 'string' ? params[0] : undefined;
      this.logger[level]({ ...fields, ...message }, text);
    } else if (level === 'error' && typeof params[0] === 'string' && params[0].includes('\n    at ')) {
      const err = new Error(String(message));
      err.stack = params[0];
      this.logger.error({ ...fields, err }, String(message));
    } else {
      this.logger[level](fields, String(message));
    }
  }
}
