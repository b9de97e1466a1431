/** The block structure of a KB body, read from markdown-it tokens (their line maps) and the source lines. */
import MarkdownIt from 'markdown-it';

export interface Heading {
  level: number;
  /** 0-based line index in the file. */
  index: number;
  /** Source text after the `#`s. */
  text: string;
  /** 1-based column of the heading text. */
  textColumn: number;
}

export interface ListBlock {
  ordered: boolean;
  /** 0-based first line index. */
  index: number;
  /** Half-open line ranges [start, end) of each top-level item. */
  items: [number, number][];
}

export interface FenceBlock {
  index: number;
  column: number;
  lang: string;
  value: string;
}

export interface TableBlock {
  index: number;
  end: number;
}

export interface BodyBlocks {
  headings: Heading[];
  lists: ListBlock[];
  fences: FenceBlock[];
  tables: TableBlock[];
}

// Inline parsing is never needed (titles are kept as source slices), so those core rules are switched off for speed.
const markdown = new MarkdownIt('default', { html: false, linkify: false, typographer: false });
markdown.core.ruler.disable(['inline', 'linkify', 'replacements', 'smartquotes', 'text_join'], true);

const HEADING_TEXT = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;

/**
 * `lines` are the whole file's lines; parsing starts at `bodyStart` so line indexes stay file-relative.
 * `bodyText` is those lines already joined, when the caller has it (saves a copy of every file).
 */
export function readBodyBlocks(lines: readonly string[], bodyStart: number, bodyText?: string): BodyBlocks {
  const tokens = markdown.parse(bodyText ?? lines.slice(bodyStart).join('\n'), {});
  const blocks: BodyBlocks = { headings: [], lists: [], fences: [], tables: [] };
  let openList: ListBlock | undefined;
  for (const token of tokens) {
    const map = token.map;
    if (!map) {
      if (token.level === 0 && (token.type === 'bullet_list_close' || token.type === 'ordered_list_close')) openList = undefined;
      continue;
    }
    const start = map[0] + bodyStart;
    const end = map[1] + bodyStart;
    if (token.type === 'heading_open') {
      const source = lines[start] ?? '';
      const match = HEADING_TEXT.exec(source);
      const text = match?.[2] ?? '';
      const textColumn = match ? source.indexOf(text, match[1]!.length + source.indexOf('#')) + 1 : 1;
      blocks.headings.push({ level: Number(token.tag.slice(1)), index: start, text, textColumn: text === '' ? source.length + 1 : textColumn });
    } else if ((token.type === 'bullet_list_open' || token.type === 'ordered_list_open') && token.level === 0) {
      openList = { ordered: token.type === 'ordered_list_open', index: start, items: [] };
      blocks.lists.push(openList);
    } else if (token.type === 'list_item_open' && token.level === 1 && openList) {
      openList.items.push([start, end]);
    } else if (token.type === 'fence') {
      const source = lines[start] ?? '';
      blocks.fences.push({
        index: start,
        column: source.search(/\S/) + 1,
        lang: token.info.trim().split(/\s+/)[0] ?? '',
        value: token.content.replace(/\n$/, ''),
      });
    } else if (token.type === 'table_open' && token.level === 0) {
      blocks.tables.push({ index: start, end });
    }
  }
  return blocks;
}
