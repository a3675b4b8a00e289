import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { DomainError, type FieldError } from './errors.js';

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const e of errors) {
    const field = parent ? `${parent}.${e.property}` : e.property;
    for (const message of Object.values(e.constraints ?? {})) {
      // class-validator words an unknown field as "property x should not exist"
      out.push({ field, message: message.replace(/^property (\S+) should not exist$/, 'is not a known field') });
    }
    if (e.children?.length) out.push(...flatten(e.children, field));
  }
  return out;
}

export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const fieldErrors = flatten(errors);
      return new DomainError(
        'validation_failed',
        fieldErrors.map((e) => `${e.field}: ${e.message}`).join('; '),
        { errors: fieldErrors },
      );
    },
  });
}
