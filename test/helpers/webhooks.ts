/** Real GitHub webhook payloads from @octokit/webhooks-examples. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { WebhookEvent } from '@octokit/webhooks-types';

interface WebhookExamples {
  name: string;
  examples: WebhookEvent[];
}

const require = createRequire(`${process.cwd()}/package.json`);
const all = JSON.parse(readFileSync(require.resolve('@octokit/webhooks-examples'), 'utf8')) as WebhookExamples[];

/** The first example of event `name` that satisfies `predicate`; throws when the package has none. */
export function webhookExample(name: string, predicate: (payload: Record<string, unknown>) => boolean = () => true): Record<string, unknown> {
  const found = all.find((webhook) => webhook.name === name)?.examples.find((example) => predicate(example as unknown as Record<string, unknown>));
  if (!found) throw new Error(`no "${name}" example in @octokit/webhooks-examples`);
  return found as unknown as Record<string, unknown>;
}
