import { Catch, HttpException, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, problemFor, type ErrorCode } from './errors.js';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  [extension: string]: unknown;
}

const typeUri = (code: string) => `urn:claimdesk:problem:${code}`;

const STATUS_CODES: Partial<Record<number, ErrorCode>> = {
  400: 'validation_failed',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  408: 'request_timeout',
  409: 'conflict',
  412: 'precondition_failed',
  413: 'payload_too_large',
  414: 'uri_too_long',
  415: 'unsupported_media_type',
  422: 'idempotency_mismatch',
  429: 'rate_limited',
  431: 'header_fields_too_large',
  503: 'dependency_unavailable',
};

/** Where unexpected errors are reported: the request's own pino logger (it carries the request id). */
export interface ErrorLog {
  error(details: object, message: string): void;
}

/** Maps anything thrown (domain errors, Nest and Fastify errors) to RFC 9457 problem details. */
export function toProblem(error: unknown, logger?: ErrorLog): Problem {
  if (error instanceof DomainError) {
    const { status, title } = problemFor(error.code);
    return { type: typeUri(error.code), title, status, detail: error.message, ...error.extra };
  }
  const status =
    error instanceof HttpException
      ? error.getStatus()
      : typeof (error as { statusCode?: unknown })?.statusCode === 'number'
        ? (error as { statusCode: number }).statusCode
        : 500;
  if (status >= 500 && status !== 503) {
    logger?.error({ err: error }, 'unhandled error');
    return { type: typeUri('internal'), title: 'Internal server error', status: 500, detail: 'Something went wrong on our side.' };
  }
  const code = STATUS_CODES[status];
  const title = code ? problemFor(code).title : 'Request failed';
  let detail = error instanceof Error ? error.message : 'Request failed';
  // Nest wraps Fastify's own errors in an HttpException; their code is on the cause
  const fastifyCode = (error as { code?: string })?.code ?? ((error as { cause?: { code?: unknown } })?.cause?.code as string | undefined);
  if (fastifyCode === 'FST_ERR_CTP_BODY_TOO_LARGE') detail = 'The request body is larger than the configured limit.';
  if (fastifyCode === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError) {
    detail = 'The request body is not valid JSON.';
  }
  if (fastifyCode === 'FST_ERR_CTP_EMPTY_JSON_BODY') detail = 'The request body is empty but declared as JSON.';
  if (fastifyCode === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') detail = 'Send JSON (Content-Type: application/json).';
  if (status === 404 && error instanceof HttpException && /^Cannot /.test(detail)) detail = `No route: ${detail.slice(7)}`;
  const problem: Problem = { type: typeUri(code ?? `http_${status}`), title, status, detail };
  if (status === 400 && !problem.errors) problem.errors = [{ field: 'body', message: detail }];
  return problem;
}

export function sendProblem(reply: FastifyReply, problem: Problem): void {
  if (problem.status === 429 && !reply.getHeader('retry-after')) reply.header('Retry-After', '60');
  void reply.status(problem.status).header('Content-Type', 'application/problem+json; charset=utf-8').send(problem);
}

@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problem');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const reply = ctx.getResponse<FastifyReply>();
    const request = ctx.getRequest<FastifyRequest | undefined>();
    const log: ErrorLog = request?.log ?? { error: (details, message) => this.logger.error(details, message) };
    sendProblem(reply, toProblem(exception, log));
  }
}
