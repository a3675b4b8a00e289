import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../common/errors.js';
import { sendProblem, toProblem } from '../common/problem.filter.js';

/**
 * The answers Fastify and Node give themselves, before any route, hook or Nest filter runs, made
 * RFC 9457 problem details like every other error.
 */

const badUrl = (message: string) => new DomainError('validation_failed', `url: ${message}`, { errors: [{ field: 'url', message }] });

/** Fastify's `frameworkErrors`: what the router refuses (bad percent-encoding, an over-long path segment). */
export function frameworkErrors(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  sendProblem(reply, toProblem(mapFrameworkError(error)));
}

export function mapFrameworkError(error: FastifyError): unknown {
  switch (error.code) {
    case 'FST_ERR_BAD_URL':
      return badUrl('has a malformed percent-escape, or one that is not UTF-8 (e.g. %ff)');
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return new DomainError('uri_too_long', 'A path segment is longer than the router accepts.');
    default:
      return error;
  }
}

/** What Node's HTTP parser refused, as a problem (status and detail). */
export function clientErrorProblem(error: NodeJS.ErrnoException) {
  switch (error.code) {
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return toProblem(new DomainError('request_timeout', 'The request did not arrive in time.'));
    case 'HPE_HEADER_OVERFLOW':
      return toProblem(new DomainError('header_fields_too_large', 'The request line and headers are larger than 16 KB (a very long URL?).'));
    case 'HPE_INVALID_URL':
      return toProblem(badUrl('may hold printable ASCII only: percent-encode other characters as UTF-8 (ß is %C3%9F)'));
    default:
      return toProblem(new DomainError('validation_failed', 'The request is not well-formed HTTP/1.1.', {
        errors: [{ field: 'request', message: 'is not well-formed HTTP/1.1' }],
      }));
  }
}

/**
 * Fastify's `clientErrorHandler`: Node found the request malformed, so there is no request or
 * reply object, only the socket; the answer is written by hand, as Fastify's default does.
 */
export function clientErrorHandler(error: NodeJS.ErrnoException, socket: Socket): void {
  // a reset connection has no one left to answer
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  if (socket.writable) {
    const problem = clientErrorProblem(error);
    const body = JSON.stringify(problem);
    socket.write(
      `HTTP/1.1 ${problem.status} ${problem.title}\r\nContent-Type: application/problem+json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
