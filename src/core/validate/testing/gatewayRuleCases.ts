/**
 * Test data: a failing and a passing `spec` for every CEL rule of Gateway and ListenerSet, keyed
 * by the rule's message.
 */
import type { Json, RuleCase } from './ruleCase.ts';

const http: Json = { name: 'http', port: 80, protocol: 'HTTP' };
const certificate: Json = { certificateRefs: [{ name: 'cert' }] };
const https = (tls: Json): Json => ({ name: 'https', port: 443, protocol: 'HTTPS', tls });
const gateway = (extra: Record<string, Json>, listeners: Json[] = [http]): Json => ({
  gatewayClassName: 'class',
  listeners,
  ...extra,
});
const address = (type: string, value: string): Json => ({ type, value });
const caRefs: Json = { caCertificateRefs: [{ group: '', kind: 'ConfigMap', name: 'ca' }] };
const perPort = (ports: number[]): Json =>
  gateway({
    tls: {
      frontend: {
        default: { validation: caRefs },
        perPort: ports.map((port) => ({ port, tls: { validation: caRefs } })),
      },
    },
  });

const listenerCases = (kind: 'Gateway' | 'ListenerSet'): RuleCase[] => {
  const spec = (listeners: Json[]): Json =>
    kind === 'Gateway' ? gateway({}, listeners) : { parentRef: { name: 'gw' }, listeners };
  const listener = (
    name: string,
    port: number,
    protocol: string,
    extra: Record<string, Json> = {},
  ): Json => ({
    name,
    port,
    protocol,
    ...extra,
  });
  const cases: [string, Json[], Json[]][] = [
    [
      "tls must not be specified for protocols ['HTTP', 'TCP', 'UDP']",
      [listener('http', 80, 'HTTP', { tls: certificate })],
      [listener('http', 80, 'HTTP')],
    ],
    [
      'tls mode must be Terminate for protocol HTTPS',
      [https({ mode: 'Passthrough' })],
      [https({ mode: 'Terminate', ...(certificate as Record<string, Json>) })],
    ],
    [
      'tls mode must be set for protocol TLS',
      [listener('tls', 443, 'TLS')],
      [listener('tls', 443, 'TLS', { tls: { mode: 'Passthrough' } })],
    ],
    [
      "hostname must not be specified for protocols ['TCP', 'UDP']",
      [listener('tcp', 5000, 'TCP', { hostname: 'a.example.com' })],
      [listener('tcp', 5000, 'TCP')],
    ],
    [
      'Listener name must be unique within the Gateway',
      [listener('web', 80, 'HTTP'), listener('web', 8080, 'HTTP')],
      [listener('web', 80, 'HTTP'), listener('web-alt', 8080, 'HTTP')],
    ],
    [
      'Combination of port, protocol and hostname must be unique for each listener',
      [listener('a', 80, 'HTTP'), listener('b', 80, 'HTTP')],
      [listener('a', 80, 'HTTP'), listener('b', 80, 'HTTP', { hostname: 'b.example.com' })],
    ],
    [
      'certificateRefs or options must be specified when mode is Terminate',
      [https({ certificateRefs: [], options: {} })],
      [https(certificate)],
    ],
  ];
  return cases.map(([message, failing, passing]) => ({
    kind,
    channel: 'standard',
    message,
    failing: spec(failing),
    passing: spec(passing),
  }));
};

const infrastructure = (field: 'labels' | 'annotations', key: string): Json =>
  gateway({ infrastructure: { [field]: { [key]: 'v' } } });
const longPrefix = `${'a'.repeat(250)}.com/name`;

/** Every Gateway and ListenerSet case. */
export const gatewayRuleCases: readonly RuleCase[] = [
  ...listenerCases('Gateway'),
  ...listenerCases('ListenerSet'),
  {
    kind: 'Gateway',
    channel: 'standard',
    message: 'IPAddress values must be unique',
    failing: gateway({
      addresses: [address('IPAddress', '10.0.0.1'), address('IPAddress', '10.0.0.1')],
    }),
    passing: gateway({
      addresses: [address('IPAddress', '10.0.0.1'), address('IPAddress', '10.0.0.2')],
    }),
  },
  {
    kind: 'Gateway',
    channel: 'standard',
    message: 'Hostname values must be unique',
    failing: gateway({
      addresses: [address('Hostname', 'a.example.com'), address('Hostname', 'a.example.com')],
    }),
    passing: gateway({
      addresses: [address('Hostname', 'a.example.com'), address('Hostname', 'b.example.com')],
    }),
  },
  {
    kind: 'Gateway',
    channel: 'standard',
    message:
      'Hostname value must be empty or contain only valid characters (matching ^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$)',
    failing: gateway({ addresses: [address('Hostname', 'Bad_Host')] }),
    passing: gateway({ addresses: [address('Hostname', '*.example.com')] }),
  },
  {
    kind: 'Gateway',
    channel: 'standard',
    message:
      'Annotation keys must be in the form of an optional DNS subdomain prefix followed by a required name segment of up to 63 characters.',
    failing: infrastructure('annotations', 'example.com/-bad'),
    passing: infrastructure('annotations', 'example.com/good'),
  },
  {
    kind: 'Gateway',
    channel: 'standard',
    message:
      "If specified, the annotation key's prefix must be a DNS subdomain not longer than 253 characters in total.",
    failing: infrastructure('annotations', longPrefix),
    passing: infrastructure('annotations', 'example.com/name'),
  },
  {
    kind: 'Gateway',
    channel: 'standard',
    message:
      'Label keys must be in the form of an optional DNS subdomain prefix followed by a required name segment of up to 63 characters.',
    failing: infrastructure('labels', 'bad key'),
    passing: infrastructure('labels', 'team'),
  },
  {
    kind: 'Gateway',
    channel: 'standard',
    message:
      "If specified, the label key's prefix must be a DNS subdomain not longer than 253 characters in total.",
    failing: infrastructure('labels', longPrefix),
    passing: infrastructure('labels', 'example.com/team'),
  },
  {
    kind: 'Gateway',
    channel: 'standard',
    message: 'Port for TLS configuration must be unique within the Gateway',
    failing: perPort([8443, 8443]),
    passing: perPort([8443, 9443]),
  },
];
