import { defineMessages } from '../i18n/defineMessages.ts';

/**
 * Messages of the Examples gallery: its dialog and each built-in example's title and description.
 * English; the Chinese translations (`examplesTranslations.ts`) load on demand.
 */
export const examplesMessages = defineMessages({
  'examples.button': 'Examples',
  'examples.buttonHint':
    'Open a built-in example (your current work stays in the history: Undo returns to it)',
  'examples.title': 'Examples',
  'examples.intro':
    'Each example is a small, complete set of resources. Opening one replaces the documents; Undo brings your work back.',
  'examples.open': 'Open',
  'examples.present': 'Present',
  'examples.presentNamed': 'Present {title} as a demo',
  'examples.close': 'Close',
  'examples.loading': 'Loading the examples…',
  'examples.unavailable': 'The examples could not be loaded: {detail}',
  'examples.notFound': 'There is no built-in example named “{id}”.',
  'examples.openFailed': 'The example “{id}” could not be opened: {detail}',
  'examples.preview': 'Preview of {title}',
  'examples.canary.title': 'Canary release',
  'examples.canary.description':
    'A Gateway takes requests for www.example.com and one HTTPRoute splits them by weight: 90 % to the stable version, 10 % to the canary. Send traffic to watch the split, then move the weights to roll the canary forward.',
  'examples.mesh-canary.title': 'Canary in the mesh',
  'examples.mesh-canary.description':
    'The same 90 / 10 split, east-west: an HTTPRoute attached to the Service echo-service (its frontend) splits the calls other workloads make to it between echo-v1 and echo-v2.',
  'examples.split-across-rules.title': 'Weights in separate rules',
  'examples.split-across-rules.description':
    'A common mistake: the weights sit in two rules that match the same requests, so the first rule wins every time — 100 % to echo-v1, 0 % to echo-v2. The Problems panel explains why and how to fix it.',
  'examples.blue-green.title': 'Blue-green deployment',
  'examples.blue-green.description':
    'Production goes to blue while green waits at weight 0; testers reach green with a header. Swap the two weights to switch every request at once, and swap them back to roll back.',
  'examples.header-routing.title': 'Routing by header, method and query',
  'examples.header-routing.description':
    'One host and four rules: beta testers by header, writes by method, consistent reads by query parameter, everything else to the replicas. The most specific match wins, whatever the order.',
  'examples.grpc-methods.title': 'gRPC methods',
  'examples.grpc-methods.description':
    'A GRPCRoute on a mesh Service sends the method EchoTwo to one version and every other method of the service to another; a service it does not know gets UNIMPLEMENTED.',
  'examples.ingress-and-mesh.title': 'Ingress and mesh together',
  'examples.ingress-and-mesh.description':
    'Shoppers enter through a Gateway (north-south); the storefront then calls the inventory Service (east-west), split 80 / 20 — except for callers from the reports namespace, whose own route keeps them on v1.',
  'examples.cross-namespace.title': 'Across namespaces',
  'examples.cross-namespace.description':
    'A shared Gateway in infra admits routes from labelled namespaces; the shop team’s route sends /checkout to a Service in payments, which a ReferenceGrant there permits.',
  'examples.https-redirect.title': 'HTTP to HTTPS redirect',
  'examples.https-redirect.description':
    'Port 80 answers every request with a permanent redirect to https://; the HTTPS listener terminates TLS and serves the site.',
});
