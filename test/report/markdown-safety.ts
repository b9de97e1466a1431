/** Renders our markdown the way a viewer would (markdown-it, raw HTML on) to check what survives. */
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: true, linkify: true });

export function renderHtml(markdown: string): string {
  return md.render(markdown);
}

/** Hostile text of every kind the issue lists. */
export const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '@org/team and @octocat please look',
  '<!-- gatewatch:sticky -->',
  '![tracker](https://evil.example/pixel.png)',
  '[click](javascript:alert(1))',
  '`code` | broken | table',
  'closes #1',
].join(' ');
