/** The config as nginx sees it: includes spliced in place, each node knowing its file, position and parent. */
import { columnOf, type NginxDirective, type NginxPayload } from './payload.js';
import type { Location } from '../finding.js';

export interface ConfNode {
  name: string;
  args: string[];
  /** Repo-relative path of the file the directive is written in. */
  path: string;
  line: number;
  column: number;
  parent: ConfNode | undefined;
  children: ConfNode[] | undefined;
}

export interface ConfTree {
  /** Top-level directives of the main file, includes expanded. */
  roots: ConfNode[];
  /** Every node in document order. */
  all: ConfNode[];
  /** Every node named `name`, in document order (rules look directives up by name instead of walking `all`). */
  named(name: string): readonly ConfNode[];
}

/** Caps a tree built from a file included many times over (each include is a full copy, as in nginx). */
const MAX_NODES = 2_000_000;
const NONE: ConfNode[] = [];

/** A copy without the spare slots push reserved: every node of the tree lives until the run ends. */
const exactSize = <T>(list: T[]): T[] => (list.length > 0 ? list.slice() : list);

export function buildTree(payload: NginxPayload, toPath: (file: string) => string): ConfTree {
  const all: ConfNode[] = [];
  const byName = new Map<string, ConfNode[]>();
  const paths = payload.config.map((config) => toPath(config.file));
  const expand = (list: NginxDirective[], fileIndex: number, parent: ConfNode | undefined, active: Set<number>): ConfNode[] => {
    const out: ConfNode[] = [];
    for (const statement of list) {
      if (all.length >= MAX_NODES) break;
      if (statement.directive === '#') continue;
      if (statement.includes) {
        for (const index of statement.includes) {
          if (active.has(index)) continue; // include cycle: reported by the parser
          active.add(index);
          for (const spliced of expand(payload.config[index]!.parsed, index, parent, active)) out.push(spliced);
          active.delete(index);
        }
        continue;
      }
      // Every node gets every key in one literal: one hidden class keeps the rules' property reads monomorphic.
      const node: ConfNode = {
        name: statement.directive,
        args: statement.args,
        path: paths[fileIndex]!,
        line: statement.line,
        column: columnOf(statement),
        parent,
        children: undefined,
      };
      all.push(node);
      const sameName = byName.get(node.name);
      if (sameName) sameName.push(node);
      else byName.set(node.name, [node]);
      if (statement.block) node.children = exactSize(expand(statement.block, fileIndex, node, active));
      out.push(node);
    }
    return out;
  };
  const roots = payload.config.length > 0 ? expand(payload.config[0]!.parsed, 0, undefined, new Set([0])) : [];
  return { roots, all, named: (name) => byName.get(name) ?? NONE };
}

export function locate(node: ConfNode): Location {
  return { path: node.path, line: node.line, column: node.column };
}

export function where(node: ConfNode): string {
  return `${node.path}:${node.line}`;
}

/** Per long children list: directive name -> the children of that name, built once on first lookup. */
const childrenByName = new WeakMap<readonly ConfNode[], Map<string, ConfNode[]>>();
/** Below this length a scan is cheaper than building (and keeping) an index. */
const INDEX_FROM = 16;

/**
 * Children of `node` (or the top level) named `name`. Scope lookups ask this of every enclosing level for
 * every directive, and an `http` block can hold 10,000 servers: filtering per call was O(n²) on large
 * configs (7.5 s at 200,000 lines), so long lists are indexed once. Short ones (a location's few
 * directives) are scanned: most lookups find nothing there, and a Map per block was the larger cost.
 */
export function childrenNamed(children: readonly ConfNode[] | undefined, name: string): readonly ConfNode[] {
  if (!children || children.length === 0) return NONE;
  if (children.length < INDEX_FROM) {
    let found: ConfNode[] | undefined;
    for (const child of children) if (child.name === name) (found ??= []).push(child);
    return found ?? NONE;
  }
  let index = childrenByName.get(children);
  if (!index) {
    index = new Map();
    for (const child of children) {
      const list = index.get(child.name);
      if (list) list.push(child);
      else index.set(child.name, [child]);
    }
    childrenByName.set(children, index);
  }
  return index.get(name) ?? NONE;
}

/**
 * The `name` directives that apply to `node`: nginx inherits an unset directive from the nearest enclosing
 * level that sets it, and array directives (`proxy_set_header`, `resolver`) all-or-nothing from one level.
 */
export function inScope(node: ConfNode, name: string, roots: readonly ConfNode[]): readonly ConfNode[] {
  for (let level = node.parent; level; level = level.parent) {
    const found = childrenNamed(level.children, name);
    if (found.length > 0) return found;
  }
  return childrenNamed(roots, name);
}

/** The value of the nearest `name` directive in scope, or undefined when nginx's default applies. */
export function scopedValue(node: ConfNode, name: string, roots: readonly ConfNode[]): ConfNode | undefined {
  const found = inScope(node, name, roots);
  return found[found.length - 1];
}
