/** ALB access-log lines written from AWS's documented field list (docs/gateways.md §1.1): one builder, named fields. */

export interface AlbFields {
  type: string;
  time: string;
  elb: string;
  client: string;
  target: string;
  requestProcessingTime: string;
  targetProcessingTime: string;
  responseProcessingTime: string;
  elbStatus: string;
  targetStatus: string;
  receivedBytes: string;
  sentBytes: string;
  request: string;
  userAgent: string;
  sslCipher: string;
  sslProtocol: string;
  targetGroupArn: string;
  traceId: string;
  domainName: string;
  chosenCertArn: string;
  matchedRulePriority: string;
  requestCreationTime: string;
  actionsExecuted: string;
  redirectUrl: string;
  errorReason: string;
  targetPortList: string;
  targetStatusCodeList: string;
  classification: string;
  classificationReason: string;
  connTraceId: string;
}

export const TG_ARN = 'arn:aws:elasticloadbalancing:us-east-2:123456789012:targetgroup/my-targets/73e2d6bc24d8a067';

const BASE: AlbFields = {
  type: 'https',
  time: '2024-06-01T10:00:00.500000Z',
  elb: 'app/my-loadbalancer/50dc6c495c0c9188',
  client: '192.168.131.39:2817',
  target: '10.0.0.1:80',
  requestProcessingTime: '0.000',
  targetProcessingTime: '0.001',
  responseProcessingTime: '0.000',
  elbStatus: '200',
  targetStatus: '200',
  receivedBytes: '34',
  sentBytes: '366',
  request: 'GET https://www.example.com:443/api/orders?id=1 HTTP/1.1',
  userAgent: 'Mozilla/5.0 (X11; Linux x86_64) curl/8.5.0',
  sslCipher: 'ECDHE-RSA-AES128-GCM-SHA256',
  sslProtocol: 'TLSv1.2',
  targetGroupArn: TG_ARN,
  traceId: 'Root=1-58337281-1d84f3d73c47ec4e58577259',
  domainName: 'www.example.com',
  chosenCertArn: 'arn:aws:acm:us-east-2:123456789012:certificate/12345678-1234-1234-1234-123456789012',
  matchedRulePriority: '1',
  requestCreationTime: '2024-06-01T10:00:00.499000Z',
  actionsExecuted: 'forward',
  redirectUrl: '-',
  errorReason: '-',
  targetPortList: '10.0.0.1:80',
  targetStatusCodeList: '200',
  classification: '-',
  classificationReason: '-',
  connTraceId: 'TID_1234abcd5678ef90',
};

const QUOTED = new Set<keyof AlbFields>([
  'request', 'userAgent', 'traceId', 'domainName', 'chosenCertArn', 'actionsExecuted', 'redirectUrl', 'errorReason',
  'targetPortList', 'targetStatusCodeList', 'classification', 'classificationReason',
]);

const ORDER = Object.keys(BASE) as (keyof AlbFields)[];

/** One line with the 30 documented fields, plus any extra trailing fields a newer ALB may append. */
export function albLine(overrides: Partial<AlbFields> = {}, extra: string[] = []): string {
  const fields = { ...BASE, ...overrides };
  return [...ORDER.map((key) => (QUOTED.has(key) ? `"${fields[key]}"` : fields[key])), ...extra].join(' ');
}

/** A load-balancer-generated failure: target status `-`, all three processing times -1. */
export function lbFailure(elbStatus: string, elapsedMs: number, overrides: Partial<AlbFields> = {}): string {
  const created = Date.parse('2024-06-01T10:00:00.000Z');
  return albLine({
    elbStatus,
    targetStatus: '-',
    targetStatusCodeList: '-',
    requestProcessingTime: '-1',
    targetProcessingTime: '-1',
    responseProcessingTime: '-1',
    requestCreationTime: new Date(created).toISOString().replace('Z', '000Z'),
    time: new Date(created + elapsedMs).toISOString().replace('Z', '123Z'),
    ...overrides,
  });
}
