/**
 * The English templates of the simulator's explanation steps (`simulate.step.*`) and of the parts
 * steps are built from (`simulate.part.*`, and the list separators `simulate.list.*`). A step's
 * `i18n` names one of these keys; the interface translates each of them.
 *
 * Placeholders are `{name}`. A placeholder may stand for a part: then the step's parameters hold
 * the part's key and its own parameters (see `stepText.ts`). Letters in parentheses, such as (A4),
 * name the sections of the Gateway API reference (semantics.md) a sentence relies on.
 *
 * @see https://gateway-api.sigs.k8s.io/reference/spec/
 */
export const stepTemplates = {
  // Separators of lists of parts.
  'simulate.list.comma': ', ',
  'simulate.list.semicolon': '; ',

  // Entry into a Gateway (A1, B4, F10).
  'simulate.step.noGateway': 'There is no Gateway {gateway} in the documents: 404',
  'simulate.step.enters': '{request}{hostNote} enters Gateway {gateway} on port {port}',
  'simulate.part.hostHeader': ' (Host header {host})',
  'simulate.step.listenerRejected': 'Not {listener}: {reason}',
  'simulate.part.listener': 'listener {name}{owner} ({protocol} port {port}, {hostname})',
  'simulate.part.listenerSetOwner': ' of ListenerSet {name}',
  'simulate.part.protocolMismatch': 'its protocol {protocol} does not take {scheme} requests',
  'simulate.part.listenerConflicted':
    'it is Conflicted, and a conflicted listener never receives traffic (F10)',
  'simulate.part.listenerNotReady': 'it is not accepted or programmed',
  'simulate.step.noListenerForHost':
    'No {protocol} listener on port {port} matches host {host}: 404',
  'simulate.step.noListenerOnPort':
    'Gateway {gateway} has no {protocol} listener on port {port} (ports: {ports}): 404',
  'simulate.step.listenerTakes':
    '{listener} takes the request: the most specific listener hostname matching {by} (A1)',
  'simulate.part.byServerName': 'TLS server name {name}',
  'simulate.part.byHost': 'host {name}',
  'simulate.step.alsoMatching':
    'Also matching but less specific: {listeners}; only routes attached to the chosen listener are candidates (listener isolation)',
  'simulate.step.misdirected':
    'Host {host} belongs to another listener than the one the TLS server name chose: 421 Misdirected Request (B4)',

  // Entry into a Service in the mesh (E2–E8).
  'simulate.step.unknownService':
    '{request} from namespace {from}: {host} is not {what} in the documents. A real client would fail to resolve or connect; the simulator answers 503',
  'simulate.part.namedService': 'Service {service}',
  'simulate.part.anyService':
    'a Service (expected name, name.namespace, name.namespace.svc or name.namespace.svc.cluster.local)',
  'simulate.step.meshEntry':
    '{request} from namespace {from} goes to Service {service} port {port}: mesh routes are chosen by destination, not by Host header (E2)',
  'simulate.step.serviceNoPort': 'Service {service} has no port {port} (ports: {ports}): 503',
  'simulate.step.noMeshRoute':
    'No route is bound to Service {service} port {port} for this caller: the Service sends to its own endpoints as usual (E3)',
  'simulate.step.consumerRoutes':
    'Consumer routes of namespace {from} apply (they replace the producer routes for callers in {from}, E5): {routes}',
  'simulate.step.producerRoutes':
    "Producer routes apply (routes in the Service's namespace, for every caller, E5): {routes}",
  'simulate.step.meshConflicted':
    '{routes} lose the port to GRPCRoutes: only one route kind applies, GRPCRoute before HTTPRoute (E7)',
  'simulate.step.meshHostnamesIgnored':
    'Route hostnames are ignored for mesh routes (E8): {routes}',

  // Candidate routes and matches (A3–A6, G1, G4).
  'simulate.step.grpcOnly':
    'A gRPC call: only GRPCRoutes for this host compete; HTTPRoutes and GRPCRoutes are never merged (G1)',
  'simulate.step.grpcAsHttp':
    'A gRPC call, but no GRPCRoute serves this host: HTTPRoutes route it as an HTTP/2 request (G4 lets implementations choose)',
  'simulate.step.notForHost': 'Not for host {host}: {routes}',
  'simulate.part.routeHostnames': '{route} ({hostnames})',
  'simulate.step.noMatch': '{match} ({conditions}) does not match: {reason}',
  'simulate.step.moreNoMatch': '{count} more matches of higher precedence do not match',
  'simulate.step.moreLosers': '{count} more matches also match but lose on precedence',
  'simulate.step.wins': '{match} wins: {conditions}',
  'simulate.step.regexSemantics':
    'The RegularExpression is matched against the whole path with RE2 syntax; the spec leaves regular expressions to implementations',
  'simulate.step.loses': '{match} ({conditions}) also matches but loses: {reason}',
  'simulate.part.loseHostname': "the winner's hostname {winner} is more specific than {loser} (A3)",
  'simulate.part.loseMoreSpecificHostname': 'the winner has a more specific hostname (A3)',
  'simulate.part.loseExactPath': 'an Exact path match beats any other path match (A4)',
  'simulate.part.loseRegexPath':
    "a RegularExpression path match ranks before every PathPrefix match: the spec leaves this to implementations (A4), and this is the simulator's choice",
  'simulate.part.losePrefixLength':
    'its prefix {prefix} ({length}) is shorter than {winnerPrefix} ({winnerLength}) (A4)',
  'simulate.part.loseRegexLength':
    "its RegularExpression is shorter; longer patterns rank first, the simulator's choice (A4)",
  'simulate.part.loseMethod':
    'the winner also matches the method, which ranks next after the path (A4)',
  'simulate.part.loseHeaders':
    'it matches {count}, the winner {winnerCount} (more header matches win)',
  'simulate.part.loseQueryParams':
    'it matches {count}, the winner {winnerCount} (more query parameter matches win)',
  'simulate.part.loseGrpcService': 'the winner matches a longer service name (G1)',
  'simulate.part.loseGrpcMethod': 'the winner matches a longer method name (G1)',
  'simulate.part.loseAgeDraft':
    "{route} is older: a route without creationTimestamp counts as newer than one with it (the simulator's choice for drafts, A5)",
  'simulate.part.loseAge': '{route} is older (oldest creationTimestamp wins ties, A5)',
  'simulate.part.loseName': 'equal precedence and age; {winner} sorts before {loser} (A5)',
  'simulate.part.loseRuleOrder': 'equal precedence; rule {rule} comes first in the route (A6)',
  'simulate.part.characters.one': '{count} character',
  'simulate.part.characters.other': '{count} characters',
  'simulate.part.headers.one': '{count} header',
  'simulate.part.headers.other': '{count} headers',
  'simulate.part.queryParams.one': '{count} query parameter',
  'simulate.part.queryParams.other': '{count} query parameters',

  // Names and conditions of matches.
  'simulate.part.rule': '{route} rule {rule}',
  'simulate.part.ruleNamed': '{route} rule {rule} ({name})',
  'simulate.part.ruleMatch': '{route} rule {rule} match {match}',
  'simulate.part.ruleNamedMatch': '{route} rule {rule} ({name}) match {match}',
  'simulate.part.defaultMatch': '{conditions} (no matches: the default)',
  'simulate.part.everyCall': 'every call (no matches)',
  'simulate.part.regexMatch': '{conditions} (RegularExpression)',
  'simulate.part.method': 'method {method}',
  'simulate.part.service': 'service {service}',
  'simulate.part.headerCondition': 'header {condition}',
  'simulate.part.queryCondition': 'query {condition}',

  // Why a match does not hold.
  'simulate.part.ruleDropped': 'its rule has a pattern RE2 rejects, so a controller drops the rule',
  'simulate.part.pathNotExact': 'path {path} is not exactly {value}',
  'simulate.part.pathNotUnderPrefix': 'path {path} is not under prefix {value} (element-wise)',
  'simulate.part.pathNotRegex': 'path {path} does not match the RegularExpression {value}',
  'simulate.part.methodNot': 'method {actual} is not {expected}',
  'simulate.part.notGrpc': 'the request is not a gRPC call',
  'simulate.part.serviceNot': 'service {actual} is not {expected}',
  'simulate.part.noValue': '(none)',
  'simulate.part.headerMissing': 'header {name} is missing',
  'simulate.part.queryMissing': 'query parameter {name} is missing',
  'simulate.part.headerValue': 'header {name} is "{actual}", not "{expected}"',
  'simulate.part.queryValue': 'query parameter {name} is "{actual}", not "{expected}"',

  // Filters (D1–D7).
  'simulate.step.requestHeaderModifier': 'RequestHeaderModifier: {changes}',
  'simulate.step.responseHeaderModifier': 'ResponseHeaderModifier: {changes}',
  'simulate.part.headerSet': 'set {name}: {value}',
  'simulate.part.headerAdd': 'add {name}: {value}',
  'simulate.part.headerRemove': 'remove {name}',
  'simulate.part.noChange': 'no change',
  'simulate.step.redirect': 'RequestRedirect answers {status} with Location {location}',
  'simulate.step.rewriteNoPrefix':
    'URLRewrite: ReplacePrefixMatch needs the rule to match by one PathPrefix; the path is left unchanged',
  'simulate.step.rewrite': 'URLRewrite: {changes}',
  'simulate.part.rewriteHost': 'host {host}',
  'simulate.part.rewritePath': 'path {path}',
  'simulate.step.mirror':
    'RequestMirror: {percent}% of requests are copied to {backend}; its responses are ignored. The copy carries the request as the filters before the mirror left it (the spec does not say, D4)',
  'simulate.step.corsNoOrigin': 'CORS: no Origin header, so the filter does nothing',
  'simulate.step.corsAllowed':
    'CORS: the origin is allowed; CORS headers are added to the response',
  'simulate.step.corsNotAllowed': 'CORS: the origin is not allowed; no CORS headers are added',
  'simulate.step.corsPreflight': 'CORS: the gateway answers the preflight with {status}',
  'simulate.step.corsPreflightRejected':
    'CORS: the origin is not allowed; the gateway answers the preflight with {status} (the spec also allows 200 or 204 without CORS headers)',
  'simulate.step.extensionMissing': 'ExtensionRef {target} does not exist: the gateway answers 500',
  'simulate.step.extensionNotSimulated':
    'ExtensionRef {target}: its effect is implementation-specific and not simulated',
  'simulate.step.externalAuth':
    'ExternalAuth: the authorization service is not simulated; the request is assumed to be allowed',

  // Backends (C1–C4), timeouts and retries (D8, D9).
  'simulate.step.split': 'Rule {rule} splits traffic: {parts}',
  'simulate.part.splitZero': '{backend} weight 0 gets no traffic (C2)',
  'simulate.part.splitShare': '{backend} weight {weight} ({share})',
  'simulate.part.splitInvalid':
    '{backend} weight {weight} ({share}, invalid ({reason}): its share gets 500 (C4))',
  'simulate.step.everyRequest': 'Every request goes to {backend}',
  'simulate.step.drawn': 'This request was drawn for {backend} ({share} of requests)',
  'simulate.step.invalidBackend': '{backend} is invalid ({reason}): its share of traffic gets 500',
  'simulate.part.unresolved': 'unresolved',
  'simulate.step.ruleNoBackends':
    'Rule {rule} has no backendRefs: every request it matches gets 500',
  'simulate.step.ruleFiltersNoBackends':
    'Rule {rule} has filters but no backendRefs: the spec does not say what happens; the simulator answers 500',
  'simulate.step.allWeightsZero':
    'Every backendRef of rule {rule} has weight 0: v1.6.1 leaves this undefined (C3); the simulator answers 500 (gRPC UNAVAILABLE), as the open conformance proposal expects',
  'simulate.step.timeouts':
    'Timeouts {timeouts}: a backend slower than that would make the gateway answer 504 ("0s" disables a timeout, D8). The simulated backend answers at once, so no timeout fires',
  'simulate.part.timeoutRequest': 'request {duration}',
  'simulate.part.timeoutBackendRequest': 'backendRequest {duration}',
  'simulate.step.retry':
    'Retry: up to {attempts} retries on {codes}{backoff}; when they run out the client gets the last error (D9). The simulated backend answers 200, so nothing is retried',
  'simulate.part.backoff': ', backoff {duration}',

  // What the client sees (A7, G3).
  'simulate.step.forwarded': '{status}: forwarded to {backend} as {request}',
  'simulate.step.redirected': '{status}: redirect to {location}',
  'simulate.step.noRoute': '{status}: no route matches the request ({sections})',
  'simulate.step.answered': '{status}: answered by the gateway',
  'simulate.part.none': 'none',
  'simulate.part.anyHost': 'any host',
  'simulate.part.andMore': '{items} and {more} more',
} as const;

/** The key of a step template or of a part. */
export type StepTextKey = keyof typeof stepTemplates;
