import { IsIn, IsNumberString, IsOptional, IsString, IsUrl, Matches, MinLength } from 'class-validator';

/** The environment variables the service reads; validated once at boot. */
export class EnvironmentVariables {
  @IsOptional() @IsNumberString({ no_symbols: true }) PORT?: string;
  @IsOptional() @IsString() HOST?: string;
  @IsOptional() @IsString() DATABASE_PATH?: string;
  @IsOptional() @IsIn(['true', 'false']) DATABASE_CREATE?: string;
  @IsOptional() @Matches(/^(rediss?|unix):\/\/|^$/, { message: 'REDIS_URL must start with redis://, rediss:// or unix://' })
  REDIS_URL?: string;
  @IsOptional() @IsString() REDIS_DATA_DIR?: string;
  @IsOptional() @Matches(/^[A-Za-z0-9_.:-]+$/, { message: 'QUEUE_PREFIX may hold letters, digits and _.:- only' })
  QUEUE_PREFIX?: string;
  @IsOptional() @IsString() @MinLength(16, { message: 'ADMIN_API_KEY must be at least 16 characters' })
  ADMIN_API_KEY?: string;
  @IsOptional() @IsIn(['true', 'false']) WEBHOOK_ALLOW_PRIVATE_TARGETS?: string;
  @IsOptional() @IsIn(['true', 'false']) WEBHOOK_ALLOW_HTTP?: string;
  @IsOptional() @IsString() @MinLength(16, { message: 'WEBHOOK_SECRET_KEY must be at least 16 characters of random data' })
  WEBHOOK_SECRET_KEY?: string;
  @IsOptional() @IsNumberString({ no_symbols: true }) RATE_LIMIT?: string;
  // empty means unset; no spaces, since the token travels as one Bearer word
  @IsOptional() @Matches(/^(\S{16,})?$/, { message: 'METRICS_TOKEN must be at least 16 characters without spaces (e.g. openssl rand -hex 24)' })
  METRICS_TOKEN?: string;
  @IsOptional() @IsIn(['true', 'false']) RUN_WORKERS?: string;
  @IsOptional() @Matches(/^([0-9]|1[0-6])$/, { message: 'WORKER_PROCESSES must be a whole number from 0 to 16' }) WORKER_PROCESSES?: string;
  @IsOptional() @Matches(/^([0-9]|1[0-9])$/, { message: 'WORKER_NICE must be a whole number from 0 to 19' }) WORKER_NICE?: string;
  @IsOptional() @Matches(/^([0-9]|1[0-6])$/, { message: 'BURST_WORKER_PROCESSES must be a whole number from 0 to 16' }) BURST_WORKER_PROCESSES?: string;
  @IsOptional() @Matches(/^[0-9]{1,9}$/, { message: 'BURST_BACKLOG_OPEN must be a whole number of jobs' }) BURST_BACKLOG_OPEN?: string;
  @IsOptional() @Matches(/^[0-9]{1,9}$/, { message: 'BURST_BACKLOG_CLOSE must be a whole number of jobs' }) BURST_BACKLOG_CLOSE?: string;
  @IsOptional() @IsIn(['true', 'false']) READ_CACHE?: string;
  @IsOptional() @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']) LOG_LEVEL?: string;
  @IsOptional() @IsString() NODE_ENV?: string;
  @IsOptional() @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true }) PUBLIC_BASE_URL?: string;
  @IsOptional() @IsString() ORGANIZATION_NAME?: string;
  @IsOptional() @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true }) ORGANIZATION_URL?: string;
}
