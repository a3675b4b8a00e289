/**
 * Domain errors: services throw these with a code; one exhaustive switch maps codes to HTTP,
 * so a new code that is not mapped fails to compile.
 */
export type ErrorCode =
  | 'validation_failed'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'invalid_transition'
  | 'precondition_failed'
  | 'precondition_required'
  | 'idempotency_mismatch'
  | 'payload_too_large'
  | 'uri_too_long'
  | 'header_fields_too_large'
  | 'request_timeout'
  | 'rate_limited'
  | 'unsupported_media_type'
  | 'dependency_unavailable';

export interface FieldError {
  field: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extra: { errors?: FieldError[]; allowedActions?: string[]; [key: string]: unknown } = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export interface ProblemShape {
  status: number;
  title: string;
}

export function problemFor(code: ErrorCode): ProblemShape {
  switch (code) {
    case 'validation_failed':
      return { status: 400, title: 'Validation failed' };
    case 'unauthenticated':
      return { status: 401, title: 'Unauthenticated' };
    case 'forbidden':
      return { status: 403, title: 'Forbidden' };
    case 'not_found':
      return { status: 404, title: 'Not found' };
    case 'conflict':
      return { status: 409, title: 'Conflict' };
    case 'invalid_transition':
      return { status: 409, title: 'Invalid workflow transition' };
    case 'precondition_failed':
      return { status: 412, title: 'Precondition failed' };
    case 'precondition_required':
      return { status: 428, title: 'Precondition required' };
    case 'idempotency_mismatch':
      return { status: 422, title: 'Idempotency key reused with a different body' };
    case 'payload_too_large':
      return { status: 413, title: 'Payload too large' };
    case 'uri_too_long':
      return { status: 414, title: 'URI too long' };
    case 'header_fields_too_large':
      return { status: 431, title: 'Request header fields too large' };
    case 'request_timeout':
      return { status: 408, title: 'Request timeout' };
    case 'rate_limited':
      return { status: 429, title: 'Too many requests' };
    case 'unsupported_media_type':
      return { status: 415, title: 'Unsupported media type' };
    case 'dependency_unavailable':
      return { status: 503, title: 'Service unavailable' };
    default: {
      const unmapped: never = code;
      throw new Error(`unmapped error code ${String(unmapped)}`);
    }
  }
}

export const notFound = (what: string, id: string) => new DomainError('not_found', `${what} ${id} does not exist`);

/** A 400 that names one field, as validation failures do. */
export const fieldError = (field: string, message: string) =>
  new DomainError('validation_failed', `${field}: ${message}`, { errors: [{ field, message }] });
