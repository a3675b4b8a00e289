import { inspectJson } from './json-structure.js';

const nested = (depth: number, leaf: unknown = 1): unknown => {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
};

describe('inspectJson', () => {
  it('accepts ordinary bodies', () => {
    expect(inspectJson({ text: 'Zwischen 5.000 und 9.000', claimant: { name: 'U.S. officials' }, tags: ['a', 'b'], n: null })).toBeNull();
    expect(inspectJson('a string')).toBeNull();
    expect(inspectJson(42)).toBeNull();
    expect(inspectJson(nested(32))).toBeNull();
  });

  it('refuses structures deeper than the limit, naming the top-level field, without recursion', () => {
    expect(inspectJson({ claimant: nested(40) })).toEqual({ field: 'claimant', message: 'nests deeper than 32 levels' });
    expect(inspectJson(nested(33))).toEqual({ field: 'a', message: 'nests deeper than 32 levels' });
    // far past any stack: a recursive walk would throw RangeError here
    let deep: unknown = 0;
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(inspectJson({ x: deep })).toEqual({ field: 'x', message: 'nests deeper than 32 levels' });
    expect(inspectJson(nested(5, []), { maxDepth: 3, maxValues: 100 })?.message).toBe('nests deeper than 3 levels');
  });

  it('refuses bodies with more values than the limit', () => {
    expect(inspectJson({ tags: new Array(9_998).fill('x') })).toBeNull();
    expect(inspectJson({ tags: new Array(10_000).fill('x') })).toEqual({ field: 'body', message: 'holds more than 10000 values' });
    expect(inspectJson({ a: 1, b: 2, c: 3 }, { maxDepth: 32, maxValues: 3 })?.field).toBe('body');
  });

  it('refuses lone surrogates in any string or field name, naming the field', () => {
    expect(inspectJson({ text: 'emoji 😀 is fine' })).toBeNull();
    expect(inspectJson({ text: 'a\ud800b' })?.field).toBe('text');
    expect(inspectJson({ claimant: { name: 'x\udc00' } })?.field).toBe('claimant.name');
    expect(inspectJson({ evidence: [{ note: 'ok' }, { note: '\ud83d' }] })?.field).toBe('evidence.1.note');
    expect(inspectJson({ claimant: { '\ud800': 'x' } })).toMatchObject({ field: 'claimant', message: expect.stringMatching(/^has a field name/) });
    expect(inspectJson('\udfff')?.field).toBe('body');
  });
});
