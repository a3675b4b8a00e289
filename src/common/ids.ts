import { randomUUID } from 'node:crypto';

/** Opaque ids; UUIDs as the contract allows. */
export const newId = (): string => randomUUID();

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const looksLikeId = (value: string): boolean => UUID.test(value);
