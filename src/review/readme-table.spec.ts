import { readFileSync } from 'node:fs';
import { renderTransitionTableMarkdown } from './workflow.js';

describe('README workflow table', () => {
  it('is the table the code generates', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const match = /<!-- workflow-table:start -->\n([\s\S]*?)<!-- workflow-table:end -->/.exec(readme);
    expect(match).not.toBeNull();
    expect(match![1].trim()).toBe(renderTransitionTableMarkdown().trim());
  });
});
