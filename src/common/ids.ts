import { v7 as uuidv7 } from 'uuid';

/**
 * Opaque ids; UUIDs as the contract allows. Version 7 is time-ordered, so new rows land at the end
 * of every id index instead of at random pages (measurably cheaper inserts in SQLite).
 */
export const newId = (): string => uuidv7();
