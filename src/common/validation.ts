import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { ValidateBy, ValidateIf, type ValidationOptions } from 'class-validator';
import { DomainError, type FieldError } from './errors.js';

const NOT_NULL = 'isNotNull';

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const e of errors) {
    const field = parent ? `${parent}.${e.property}` : e.property;
    // a null says all there is to say; "must be a string, must be shorter than ..." would only add noise
    const constraints = e.constraints?.[NOT_NULL] ? { [NOT_NULL]: e.constraints[NOT_NULL] } : (e.constraints ?? {});
    for (const message of Object.values(constraints)) {
      // class-validator words an unknown field as "property x should not exist"
      out.push({ field, message: message.replace(/^property (\S+) should not exist$/, 'is not a known field') });
    }
    if (e.children?.length) out.push(...flatten(e.children, field));
  }
  return out;
}

/**
 * Instead of `@IsOptional()` for a field that may be left out but not sent as null: `@IsOptional()`
 * lets null through, and a PATCH would then try to clear a NOT NULL column (a 500) or a create
 * would store it. The field's other validators run only when it is present.
 */
export function IsOptionalNonNull(options?: ValidationOptions): PropertyDecorator {
  const present = ValidateIf((_object: object, value: unknown) => value !== undefined);
  const notNull = ValidateBy(
    { name: NOT_NULL, validator: { validate: (value: unknown) => value !== null, defaultMessage: (args) => `${args?.property} must not be null` } },
    options,
  );
  return (target: object, property: string | symbol) => {
    present(target, property);
    notNull(target, property);
  };
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
