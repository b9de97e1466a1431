/** Reads `expect: <ruleId>` markers embedded in fixture lines (markdownlint/gixy style). */
import { readFileSync } from 'node:fs';

export interface Expectation {
  line: number;
  ruleId: string;
}

const MARKER = /expect:\s*([a-z]+\/[a-z0-9-]+)/g;

export function readExpectations(filePath: string): Expectation[] {
  const expectations: Expectation[] = [];
  readFileSync(filePath, 'latin1')
    .split('\n')
    .forEach((text, index) => {
      for (const match of text.matchAll(MARKER)) expectations.push({ line: index + 1, ruleId: match[1]! });
    });
  return expectations;
}

export const asKeys = (items: readonly { line: number; ruleId: string }[]): string[] =>
  items.map((item) => `${item.line} ${item.ruleId}`).sort();
