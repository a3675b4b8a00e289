import { isMalformedQuery, parseQueryString } from './request-target.js';

describe('parseQueryString', () => {
  it('decodes UTF-8 escapes and plus signs, and keeps repeated keys, as the default parser does', () => {
    const query = parseQueryString('q=Au%C3%9Fenministerium&limit=5&tag=a&tag=b&x=two+words');
    expect({ ...query }).toEqual({ q: 'Außenministerium', limit: '5', tag: ['a', 'b'], x: 'two words' });
    expect(isMalformedQuery(query)).toBe(false);
  });

  it('marks a query whose escapes are malformed or not UTF-8, without adding a visible field', () => {
    for (const text of ['q=%ff', 'q=%', 'q=%E0%A4', '%e9=x', 'a=1&b=%zz']) {
      const query = parseQueryString(text);
      expect([text, isMalformedQuery(query)]).toEqual([text, true]);
      expect(Object.keys(query)).toEqual(text.startsWith('a=') ? ['a', 'b'] : [text.split('=')[0].startsWith('%') ? '%e9' : 'q']);
    }
  });
});
