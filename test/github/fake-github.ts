/**
 * A loopback stand-in for the GitHub REST API endpoints gatewatch uses, following GitHub's documented
 * behaviour: `Link` pagination (`per_page` ≤ 100), 403 "Resource not accessible by integration" on
 * writes with a read-only (fork) token, 422 for a comment body over 65,536 characters, a secondary
 * rate limit as 403 with `retry-after`, and injectable 502s. Payloads are typed with @octokit/types.
 * Each token acts as one identity: comments it creates are authored by it, GraphQL `viewer { login }`
 * answers it, and REST `GET /user` answers an installation token (`ghs_…`, what GITHUB_TOKEN is) with
 * 403 "Resource not accessible by integration", as GitHub does.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Endpoints } from '@octokit/types';

type IssueComment = Endpoints['GET /repos/{owner}/{repo}/issues/{issue_number}/comments']['response']['data'][number];
type PullFile = Endpoints['GET /repos/{owner}/{repo}/pulls/{pull_number}/files']['response']['data'][number];
type SimpleUser = NonNullable<IssueComment['user']>;
type PullRequest = Endpoints['GET /repos/{owner}/{repo}/pulls/{pull_number}']['response']['data'];
/** The fields of "Get a pull request" that gatewatch reads. */
type PullRequestHead = Pick<PullRequest, 'number' | 'state' | 'url' | 'html_url'> & {
  head: Pick<PullRequest['head'], 'sha' | 'ref'> & { repo: { full_name: string } | null };
};

export const MAX_BODY = 65_536;

export interface RecordedRequest {
  method: string;
  path: string;
  status: number;
  bodyLength?: number;
}

export interface FakeGitHubOptions {
  /** Writes answer 403 "Resource not accessible by integration" (a fork PR's read-only GITHUB_TOKEN). */
  readOnly?: boolean;
  /** `METHOD /path` keys answered once with 502 Bad Gateway, then normally. */
  fail502Once?: string[];
  /** `METHOD /path` keys answered once with a secondary rate limit (403 + retry-after). */
  secondaryLimitOnce?: string[];
  /** Seconds in that retry-after header (default 1). */
  retryAfter?: number;
  /** Before the next comment is created, another run creates one (run id given): a race. */
  raceRunId?: number;
  /** Every request answers 502 Bad Gateway (GitHub unavailable). */
  down?: boolean;
  /** The PR files endpoint answers 500 every time. */
  filesBroken?: boolean;
}

function user(login: string, type: 'Bot' | 'User', id: number): SimpleUser {
  return {
    login,
    id,
    node_id: `U_${id}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${id}`,
    gravatar_id: '',
    url: `https://api.github.com/users/${login}`,
    html_url: `https://github.com/${login}`,
    followers_url: '',
    following_url: '',
    gists_url: '',
    starred_url: '',
    subscriptions_url: '',
    organizations_url: '',
    repos_url: '',
    events_url: '',
    received_events_url: '',
    type,
    site_admin: false,
  };
}

/** The author of comments made with a workflow's GITHUB_TOKEN. */
export const ACTIONS_BOT = user('github-actions[bot]', 'Bot', 41898282);
export const HUMAN = user('octocat', 'User', 583231);
export const OTHER_BOT = user('dependabot[bot]', 'Bot', 49699333);

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly comments = new Map<number, IssueComment & { issue: number }>();
  files: string[] = [];
  /** Head commit of each pull request number, for "Get a pull request". */
  pullHeads = new Map<number, string>();
  /** Head repository and branch of each pull request (default: this repository, branch `changes`). */
  pullHeadRefs = new Map<number, { repo: string | null; ref: string }>();
  /** Who each token is; a token not listed acts as github-actions[bot] (a GITHUB_TOKEN). */
  identities = new Map<string, SimpleUser>();
  options: FakeGitHubOptions;
  private nextId = 1000;
  private server: Server;
  private failed = new Set<string>();

  constructor(options: FakeGitHubOptions = {}) {
    this.options = options;
    this.server = createServer((request, response) => {
      void this.handle(request, response);
    });
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return this.url;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private identityOf(request: IncomingMessage): SimpleUser {
    const token = /^(?:token|Bearer) (\S+)/.exec(request.headers.authorization ?? '')?.[1] ?? '';
    return this.identities.get(token) ?? ACTIONS_BOT;
  }

  /** Adds a comment as if someone posted it earlier. */
  addComment(issue: number, body: string, author: SimpleUser = ACTIONS_BOT): number {
    const id = this.nextId++;
    const now = new Date(Date.UTC(2026, 10, 27, 7, 0, 0) + id * 1000).toISOString();
    this.comments.set(id, {
      issue,
      id,
      node_id: `IC_${id}`,
      url: `${this.url}/repos/o/r/issues/comments/${id}`,
      html_url: `https://github.com/o/r/pull/${issue}#issuecomment-${id}`,
      issue_url: `${this.url}/repos/o/r/issues/${issue}`,
      body,
      user: author,
      created_at: now,
      updated_at: now,
      author_association: author.type === 'Bot' ? 'NONE' : 'OWNER',
    });
    return id;
  }

  commentsOn(issue: number): (IssueComment & { issue: number })[] {
    return [...this.comments.values()].filter((comment) => comment.issue === issue).sort((a, b) => Number(a.id) - Number(b.id));
  }

  count(method: string, pattern: RegExp): number {
    return this.requests.filter((request) => request.method === method && pattern.test(request.path)).length;
  }

  private send(response: ServerResponse, record: RecordedRequest, status: number, data?: unknown, headers: Record<string, string> = {}): void {
    record.status = status;
    this.requests.push(record);
    response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    response.end(data === undefined ? undefined : JSON.stringify(data));
  }

  /** GitHub's `Link` header: next/last (and prev/first past page 1), keeping the other query parameters. */
  private page<T>(url: URL, items: T[]): { data: T[]; headers: Record<string, string> } {
    const perPage = Math.min(Math.max(Number(url.searchParams.get('per_page') ?? 30) || 30, 1), 100);
    const page = Math.max(Number(url.searchParams.get('page') ?? 1) || 1, 1);
    const last = Math.max(Math.ceil(items.length / perPage), 1);
    const link = (n: number, rel: string): string => {
      const target = new URL(url.href);
      target.searchParams.set('page', String(n));
      target.searchParams.set('per_page', String(perPage));
      return `<${this.url}${target.pathname}${target.search}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page > 1) links.push(link(page - 1, 'prev'));
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) links.push(link(1, 'first'));
    return { data: items.slice((page - 1) * perPage, page * perPage), headers: links.length > 0 ? { link: links.join(', ') } : {} };
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(request.url ?? '/', this.url);
    const method = request.method ?? 'GET';
    const key = `${method} ${url.pathname}`;
    const record: RecordedRequest = { method, path: url.pathname, status: 0 };
    if (!/^(token|Bearer) \S+/.test(request.headers.authorization ?? '')) {
      this.send(response, record, 401, { message: 'Requires authentication', documentation_url: 'https://docs.github.com/rest' });
      return;
    }
    if (this.options.down || (this.options.fail502Once?.includes(key) && !this.failed.has(`502 ${key}`))) {
      this.failed.add(`502 ${key}`);
      record.status = 502;
      this.requests.push(record);
      response.writeHead(502, { 'content-type': 'text/html' });
      response.end('<html><body><h1>502 Bad Gateway</h1></body></html>');
      return;
    }
    if (this.options.secondaryLimitOnce?.includes(key) && !this.failed.has(`limit ${key}`)) {
      this.failed.add(`limit ${key}`);
      this.send(
        response,
        record,
        403,
        {
          message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
          documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
        },
        { 'retry-after': String(this.options.retryAfter ?? 1) },
      );
      return;
    }
    const isWrite = method !== 'GET' && method !== 'HEAD';
    if (isWrite && this.options.readOnly) {
      this.send(response, record, 403, {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
        status: '403',
      });
      return;
    }
    this.route(method, url, raw, record, response, this.identityOf(request), request);
  }

  private route(method: string, url: URL, raw: string, record: RecordedRequest, response: ServerResponse, me: SimpleUser, request: IncomingMessage): void {
    if (url.pathname === '/graphql' && method === 'POST') {
      // Only the one query gatewatch sends; GitHub answers viewer with the token's login (github-actions[bot] for GITHUB_TOKEN).
      const query = (JSON.parse(raw || '{}') as { query?: string }).query ?? '';
      if (!/^\s*query\s*\{\s*viewer\s*\{\s*login\s*\}\s*\}\s*$/.test(query)) {
        this.send(response, record, 200, { errors: [{ message: 'fake-github answers only `query { viewer { login } }`' }] });
        return;
      }
      this.send(response, record, 200, { data: { viewer: { login: me.login } } });
      return;
    }
    if (url.pathname === '/user' && method === 'GET') {
      if (/^(?:token|Bearer) ghs_/.test(request.headers.authorization ?? '')) {
        this.send(response, record, 403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user', status: '403' });
        return;
      }
      this.send(response, record, 200, me);
      return;
    }
    const listOrCreate = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(url.pathname);
    const single = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname);
    const files = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/files$/.exec(url.pathname);
    if (listOrCreate && method === 'GET') {
      const { data, headers } = this.page(url, this.commentsOn(Number(listOrCreate[1])).map(({ issue: _issue, ...comment }) => comment));
      this.send(response, record, 200, data, headers);
      return;
    }
    if ((listOrCreate && method === 'POST') || (single && method === 'PATCH')) {
      const body = (JSON.parse(raw || '{}') as { body?: string }).body ?? '';
      record.bodyLength = body.length;
      if (body.length > MAX_BODY) {
        this.send(response, record, 422, {
          message: 'Validation Failed',
          errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: `body is too long (maximum is ${MAX_BODY} characters)` }],
          documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
          status: '422',
        });
        return;
      }
      if (listOrCreate) {
        const issue = Number(listOrCreate[1]);
        if (this.options.raceRunId !== undefined) {
          // A concurrent run saw no comment either and creates its own first.
          this.addComment(issue, `<!-- gatewatch:sticky -->\n<!-- gatewatch:run ${this.options.raceRunId} sha abcdef1 -->\nrace`);
          this.options.raceRunId = undefined;
        }
        const id = this.addComment(issue, body, me);
        const { issue: _issue, ...created } = this.comments.get(id)!;
        this.send(response, record, 201, created, { location: created.url });
        return;
      }
      const existing = this.comments.get(Number(single![1]));
      if (!existing) {
        this.send(response, record, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
        return;
      }
      if (existing.user?.login !== me.login) {
        // Only the author (or a repository admin, which a workflow token never is) may edit a comment.
        this.send(response, record, 403, { message: 'Resource not accessible by integration', status: '403' });
        return;
      }
      existing.body = body;
      existing.updated_at = new Date().toISOString();
      const { issue: _issue, ...updated } = existing;
      this.send(response, record, 200, updated);
      return;
    }
    if (single && method === 'DELETE') {
      const target = this.comments.get(Number(single[1]));
      if (target && target.user?.login !== me.login) {
        this.send(response, record, 403, { message: 'Resource not accessible by integration', status: '403' });
        return;
      }
      const deleted = this.comments.delete(Number(single[1]));
      this.send(response, record, deleted ? 204 : 404, deleted ? undefined : { message: 'Not Found' });
      return;
    }
    const pull = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)$/.exec(url.pathname);
    if (pull && method === 'GET') {
      const number = Number(pull[1]);
      const sha = this.pullHeads.get(number);
      if (!sha) {
        this.send(response, record, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/pulls/pulls#get-a-pull-request' });
        return;
      }
      const data: PullRequestHead = {
        number,
        state: 'open',
        url: `${this.url}${url.pathname}`,
        html_url: `https://github.com/o/r/pull/${number}`,
        head: { sha, ref: this.pullHeadRefs.get(number)?.ref ?? 'changes', repo: this.pullHeadRefs.has(number) ? (this.pullHeadRefs.get(number)!.repo ? { full_name: this.pullHeadRefs.get(number)!.repo! } : null) : { full_name: 'Codertocat/Hello-World' } },
      };
      this.send(response, record, 200, data);
      return;
    }
    if (files && method === 'GET') {
      if (this.options.filesBroken) {
        this.send(response, record, 500, { message: 'Server Error' });
        return;
      }
      const all: PullFile[] = this.files.map((filename, index) => ({
        sha: index.toString(16).padStart(40, '0'),
        filename,
        status: 'modified',
        additions: 1,
        deletions: 0,
        changes: 1,
        blob_url: `https://github.com/o/r/blob/0/${filename}`,
        raw_url: `https://github.com/o/r/raw/0/${filename}`,
        contents_url: `${this.url}/repos/o/r/contents/${filename}`,
      }));
      // GitHub lists at most 3,000 files for a PR.
      const { data, headers } = this.page(url, all.slice(0, 3000));
      this.send(response, record, 200, data, headers);
      return;
    }
    this.send(response, record, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
  }
}
