import type { FieldError } from '../common/errors.js';

declare global {
  interface String {
    /** ES2024, in Node since 20; the project's TypeScript lib predates it. */
    isWellFormed(): boolean;
  }
}

/**
 * Limits on the shape of a JSON body, checked before class-transformer sees it: the transformer
 * recurses once per level (about 5,000 levels exhaust the stack, after seconds of CPU) and copies
 * every value, known field or not, before the whitelist refuses the unknown ones.
 */
export interface JsonLimits {
  /** Containers (objects, arrays) inside one another; the deepest DTO here needs about 4. */
  maxDepth: number;
  /** Values of any kind in the whole body (the body itself counts as one). */
  maxValues: number;
}

export const JSON_LIMITS: JsonLimits = { maxDepth: 32, maxValues: 10_000 };

const LONE_SURROGATE = 'contains a lone UTF-16 surrogate (an unpaired \\ud800-\\udfff escape); send well-formed Unicode';

/** One container being walked: its values, its keys (objects only) and where it sits in its parent. */
interface Frame {
  values: unknown[];
  keys: string[] | null;
  next: number;
  parent: Frame | null;
  /** The key or index of this container in its parent ('' for the body itself). */
  key: string;
}

const open = (container: object, parent: Frame | null, key: string): Frame =>
  Array.isArray(container)
    ? { values: container, keys: null, next: 0, parent, key }
    : { values: Object.values(container), keys: Object.keys(container), next: 0, parent, key };

/** The dotted field name (`evidence.0.note`), as the validation errors name fields. */
function pathOf(frame: Frame, key: string): string {
  const parts = [key];
  for (let f: Frame | null = frame; f && f.parent; f = f.parent) parts.push(f.key);
  return parts.reverse().join('.');
}

/**
 * The first thing wrong with the shape of a parsed JSON value, or null. One pass without
 * recursion (a hostile body cannot exhaust the stack here either), stopping at the first fault;
 * strings and field names are checked for lone surrogates in the same pass.
 */
export function inspectJson(value: unknown, limits: JsonLimits = JSON_LIMITS): FieldError | null {
  if (typeof value === 'string') return value.isWellFormed() ? null : { field: 'body', message: LONE_SURROGATE };
  if (value === null || typeof value !== 'object') return null;
  let frame: Frame | null = open(value, null, '');
  let depth = 1;
  let count = 1;
  while (frame) {
    if (frame.next === frame.values.length) {
      frame = frame.parent;
      depth--;
      continue;
    }
    const index = frame.next++;
    const key = frame.keys ? frame.keys[index] : String(index);
    if (frame.keys && !key.isWellFormed()) {
      return { field: frame.parent ? pathOf(frame.parent, frame.key) : 'body', message: `has a field name that ${LONE_SURROGATE}` };
    }
    if (++count > limits.maxValues) {
      return { field: 'body', message: `holds more than ${limits.maxValues} values` };
    }
    const child = frame.values[index];
    if (typeof child === 'string') {
      if (!child.isWellFormed()) return { field: pathOf(frame, key), message: LONE_SURROGATE };
    } else if (child !== null && typeof child === 'object') {
      if (depth === limits.maxDepth) {
        // the top-level field is enough to find it; the full path of a hostile body is kilobytes long
        let top: Frame = frame;
        while (top.parent && top.parent.parent) top = top.parent;
        return { field: top.parent ? top.key : key, message: `nests deeper than ${limits.maxDepth} levels` };
      }
      frame = open(child, frame, key);
      depth++;
    }
  }
  return null;
}
