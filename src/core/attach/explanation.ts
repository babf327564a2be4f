/**
 * The messages of attachment and status, in one catalogue: each has a key and parameters (so the
 * interface can show it in its language) and its English text (the condition message a
 * controller would write, and the diagnostic message).
 */
const templates = {
  // Route parentRefs
  parentNotFound: '{parent} is not in the documents',
  parentKindUnsupported:
    'parentRef names kind {kind} of group "{group}": a route attaches to a Gateway or a ListenerSet (group gateway.networking.k8s.io) or, in a mesh, to a Service (group "")',
  parentCoreGroup:
    'parentRef names kind Service of group "core": write group "" for a mesh parent (the conformance suite does; "core" is not an API group)',
  parentNoListeners: '{parent} has no listeners',
  noListenerNamed: '{parent} has no listener named {section}',
  listenerOfListenerSet:
    '{parent} has no listener named {section}: that listener belongs to {owner}, and a Gateway parentRef does not reach ListenerSet listeners',
  noListenerOnPort: '{parent} has no listener on port {port}',
  listenerNotOnPort: 'listener {section} of {parent} is on port {listenerPort}, not port {port}',
  listenerSetNotAttached: '{parent} is not attached to its Gateway: {why}',
  kindNotAllowed: 'listener {listener} of {parent} accepts {kinds}, not {routeKind}',
  namespaceNotSame:
    'listener {listener} of {parent} allows routes from namespace {namespace} only, and {route} is in namespace {routeNamespace}',
  namespaceNotSelected:
    'listener {listener} of {parent} allows routes from namespaces matching {selector} only; namespace {routeNamespace} has labels {labels}',
  hostnameNoIntersection:
    'no hostname of {route} ({hostnames}) matches the hostname {listenerHostname} of listener {listener} of {parent}',
  hostnameNoIntersectionMany:
    'no hostname of {route} ({hostnames}) matches the hostname of any listener of {parent}: {listeners}',
  serviceExternalName: '{parent} is of type ExternalName, which cannot be a mesh parent',
  serviceHeadless: '{parent} is headless (clusterIP: None), which cannot be a mesh parent',
  serviceNoPorts: '{parent} declares no ports',
  serviceNoPort: '{parent} has no port {port}',
  serviceNoPortNamed: '{parent} has no port named {section}',
  servicePortMismatch: 'port {section} of {parent} is port {actual}, not port {port}',
  meshConflicted:
    '{winner} takes port {ports} of {parent}: only one route kind applies to a Service port (GRPCRoute, then HTTPRoute, TLSRoute, TCPRoute)',
  allRulesDropped: 'every rule of {route} is invalid: {why}',
  // Rules
  invalidRegex: '{field} is not a valid RE2 regular expression ({error})',
  droppedRule: 'Dropped Rule {rule}: {why}',
  // Backends
  backendInvalidKind:
    'backendRef {target} is a {kind} of group "{group}": only core Services (group "", kind Service) are supported backends',
  backendExternalName: '{target} is of type ExternalName, which is not supported as a backend',
  backendRefNotPermitted:
    '{route} may not refer to {target}: no ReferenceGrant in namespace {namespace} allows {routeKind} from namespace {routeNamespace}',
  backendNotFound: '{target} is not in the documents',
  backendPortNotFound: '{target} has no port {port}',
  // Listeners
  unsupportedProtocol:
    'listener {listener} of {owner}: protocol {protocol} is not supported (HTTP, HTTPS, TLS, TCP, UDP)',
  invalidRouteKind:
    'listener {listener} of {owner}: route kind {kind} of group "{group}" cannot attach to a listener of protocol {protocol}',
  hostnameConflict:
    'listener {listener} of {owner} has the same port ({port}) and hostname ({hostname}) as listener {other} of {otherOwner}',
  hostnameConflictPrecedence:
    'listener {listener} of {owner} has the same port ({port}) and hostname ({hostname}) as listener {other} of {otherOwner}, which takes precedence',
  protocolConflict:
    'listener {listener} of {owner} ({protocol}) shares port {port} with listener {other} of {otherOwner} ({otherProtocol})',
  protocolConflictPrecedence:
    'listener {listener} of {owner} ({protocol}) shares port {port} with listener {other} of {otherOwner} ({otherProtocol}), which takes precedence',
  certificateMissing: 'listener {listener} of {owner}: a {protocol} listener needs certificateRefs',
  certificateKind:
    'listener {listener} of {owner}: certificateRef {name} is a {kind} of group "{group}"; only core Secrets are supported',
  certificateRefNotPermitted:
    'listener {listener} of {owner} may not use {target}: no ReferenceGrant in namespace {namespace} allows {ownerKind} from namespace {ownerNamespace}',
  certificateNotFound: 'listener {listener} of {owner}: {target} is not in the documents',
  // ListenerSets and Gateways
  listenerSetsNotAllowed:
    '{gateway} does not allow ListenerSets (spec.allowedListeners.namespaces.from is None, the default)',
  listenerSetsSameOnly: '{gateway} allows ListenerSets from namespace {namespace} only',
  listenerSetsNotSelected:
    '{gateway} allows ListenerSets from namespaces matching {selector} only; namespace {namespace} has labels {labels}',
  listenerSetParentKind:
    'spec.parentRef names kind {kind} of group "{group}": a ListenerSet attaches to a Gateway',
  parentGatewayNotAccepted: '{gateway} is not accepted: none of its listeners is valid',
  listenersNotValid: 'listeners not valid: {listeners}',
  noListenerValid: 'no listener is valid: {listeners}',
  noListenerProgrammed: 'no listener is programmed: {listeners}',
  gatewayClassMissing:
    'GatewayClass {gatewayClass} is not in the documents; this status is what a conformant controller would write',
  gatewayClassMissingShort: 'GatewayClass {gatewayClass} of {gateway} is not in the documents',
} as const;

/** The message keys. */
export type ExplanationKey = keyof typeof templates;

/** A message: its key and parameters, for translation, and its English text. */
export interface Explanation {
  readonly key: string;
  readonly params: Readonly<Record<string, string | number>>;
  readonly text: string;
}

/**
 * Builds a message of the catalogue.
 *
 * @param key - Which message.
 * @param params - The values of its `{placeholders}`.
 * @returns The message with its English text.
 */
export function explain(
  key: ExplanationKey,
  params: Readonly<Record<string, string | number>>,
): Explanation {
  const text = templates[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
  return { key: `attach.${key}`, params, text };
}

/**
 * Joins several messages into one (a condition has one message): the English texts joined with
 * `; `, the key and parameters of the first one plus how many others there are.
 *
 * @param explanations - At least one message.
 * @returns One message.
 */
export function joinExplanations(explanations: readonly Explanation[]): Explanation {
  const [first, ...rest] = explanations;
  if (!first) return { key: 'attach.none', params: {}, text: '' };
  if (rest.length === 0) return first;
  return {
    key: first.key,
    params: { ...first.params, others: rest.length },
    text: explanations.map((explanation) => explanation.text).join('; '),
  };
}

/**
 * Lists values for a message: `a, b and c`.
 *
 * @param values - The values.
 */
export function listText(values: readonly string[]): string {
  if (values.length <= 1) return values[0] ?? '';
  return `${values.slice(0, -1).join(', ')} and ${values[values.length - 1] ?? ''}`;
}
