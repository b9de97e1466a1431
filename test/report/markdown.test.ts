import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { blobUrl, clampText, codeSpan, escapeInlineMarkdown, escapeMarkdown } from '../../src/report/markdown.js';

// CommonMark with raw HTML on (GitHub allows a subset; on is the stricter test).
const md = new MarkdownIt({ html: true, linkify: false });
const decode = (html: string): string =>
  html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
const textOf = (markdown: string): string => decode(md.renderInline(`x ${markdown}`).slice(2)).replace(/\u200b/g, '');

// Strings made of the characters that start markup, plus letters and digits.
const hostile = fc.string({ unit: fc.constantFrom(...'<>&@#[]()!*_`~|\\$-+.:/ "\'=aZ09\n\t'.split('')), maxLength: 80 });

describe('escapeMarkdown', () => {
  it('renders as exactly the text it was given: no tags, no markup, no pings', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const rendered = md.renderInline(`x ${escapeMarkdown(text)}`);
        expect(rendered.slice(2)).not.toMatch(/<[a-z!/]/i);
        expect(textOf(escapeMarkdown(text))).toBe(clampText(text, 500));
        expect(escapeMarkdown(text)).not.toMatch(/@[A-Za-z0-9]/);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps KB code spans as code and nothing else as markup', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const rendered = md.renderInline(`x ${escapeInlineMarkdown(text)}`);
        expect(rendered.replace(/<\/?code>/g, '').slice(2)).not.toMatch(/<[a-z!/]/i);
      }),
      { numRuns: 500 },
    );
    expect(md.renderInline(escapeInlineMarkdown('Run `nginx -t` then <b>reload</b>'))).toBe('Run <code>nginx -t</code> then &lt;b&gt;reload&lt;/b&gt;');
  });

  it('fences code spans longer than any backtick run inside', () => {
    expect(codeSpan('a ``` b')).toBe('````a ``` b````');
    expect(md.renderInline(codeSpan('`<script>`'))).toBe('<code>`&lt;script&gt;`</code>');
  });

  it('cuts 100 kB lines and builds blob links that cannot end early', () => {
    expect(escapeMarkdown('x'.repeat(100_000), 50)).toHaveLength(50);
    expect(blobUrl({ owner: 'o', repo: 'r', sha: 'abc' }, 'seeds/a (b)/c d.md')).toBe('https://github.com/o/r/blob/abc/seeds/a%20%28b%29/c%20d.md');
  });
});
