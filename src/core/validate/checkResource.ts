import { ownField } from '../util/object.ts';
import { formatPath } from '../yaml/fieldPath.ts';
import type { ResourceEntry } from '../yaml/workspace.ts';
import { evaluateRules } from './evaluateRules.ts';
import { type FieldError, type FieldErrorType, formatFieldError } from './fieldError.ts';
import type { Finding } from './finding.ts';
import { schemaData } from './generated/crdSchemas.ts';
import { type NameFormat, checkObjectMeta } from './objectMeta.ts';
import { lookupKind } from './schemaCatalog.ts';
import type { Channel, KindSchema } from './schemaData.ts';
import { walkSchema } from './schemaWalk.ts';

/** What the API server would say about one resource. */
export interface ResourceCheck {
  /** False when the API server rejects the resource (it then does not exist for controllers). */
  readonly admitted: boolean;
  readonly findings: readonly Finding[];
}

// Field errors after which the API server does not run CEL rules (`hasBlockingErr`).
const blocking: ReadonlySet<FieldErrorType> = new Set([
  'NotSupported',
  'Required',
  'TooLong',
  'TooMany',
  'TypeInvalid',
]);

function nameFormatOf(kind: KindSchema): NameFormat {
  if (kind.group !== '') return 'dns1123Subdomain';
  return kind.kind === 'Service' ? 'dns1035Label' : 'dns1123Label';
}

function schemaFinding(error: FieldError): Finding {
  return {
    severity: 'error',
    code: 'SchemaViolation',
    message: formatFieldError(error),
    path: error.path,
    params: { path: formatPath(error.path), type: error.type, detail: error.detail },
  };
}

/**
 * Checks a resource as the API server admits it: the kind and version must be served by the
 * channel's CRDs; then `metadata`, the CRD's OpenAPI schema (after defaulting and pruning) and
 * the CRD's CEL rules. Unknown fields are warnings (kubectl's strict field validation).
 *
 * @param entry - The resource.
 * @param channel - Which Gateway API channel's CRDs are installed.
 * @returns Whether it is admitted, and the findings.
 */
export function checkResource(entry: ResourceEntry, channel: Channel): ResourceCheck {
  const lookup = lookupKind(channel, entry.apiVersion, entry.id.kind);
  switch (lookup.type) {
    case 'notCovered':
      return { admitted: true, findings: [] };
    case 'unknownKind':
    case 'unservedVersion': {
      const code = lookup.type === 'unknownKind' ? 'UnknownKind' : 'UnservedVersion';
      const path = lookup.type === 'unknownKind' ? ['kind'] : ['apiVersion'];
      const params = { apiVersion: entry.apiVersion, kind: entry.id.kind, channel };
      return {
        admitted: false,
        findings: [{ severity: 'error', code, message: lookup.message, path, params }],
      };
    }
    case 'served':
      break;
  }
  const { kind, version } = lookup;
  const findings: Finding[] = [];
  if (version.deprecated) {
    findings.push({
      severity: 'warning',
      code: 'DeprecatedVersion',
      message: version.deprecationWarning ?? `${entry.apiVersion} ${kind.kind} is deprecated`,
      path: ['apiVersion'],
      params: { apiVersion: entry.apiVersion, kind: kind.kind },
    });
  }
  const meta = checkObjectMeta(
    ownField(entry.raw, 'metadata'),
    nameFormatOf(kind),
    kind.scope === 'Namespaced',
  );
  // The API server resets `status` on create when it is a subresource: it is not checked.
  const skip = new Set(kind.statusSubresource ? ['metadata', 'status'] : ['metadata']);
  const walk = walkSchema(schemaData, entry.raw, version.schema, skip);
  const errors = [...meta.errors, ...walk.errors];
  findings.push(...errors.map(schemaFinding));
  for (const path of [...meta.unknownFields, ...walk.unknownFields]) {
    const field = formatPath(path);
    findings.push({
      severity: 'warning',
      code: 'UnknownField',
      message: `unknown field "${field}"`,
      path,
      params: { field },
    });
  }
  if (errors.some((error) => blocking.has(error.type))) {
    if (walk.ruleSites.length > 0) {
      findings.push({
        severity: 'info',
        code: 'CELNotChecked',
        message:
          'some validation rules were not checked because the object was invalid; correct the existing errors to complete validation',
        path: null,
        params: {},
      });
    }
  } else {
    for (const failure of evaluateRules(schemaData, walk.ruleSites)) {
      const unsupported = failure.outcome === 'unsupported';
      findings.push({
        severity: unsupported ? 'warning' : 'error',
        code: unsupported ? 'CELNotEvaluated' : 'CELViolation',
        message: failure.message,
        path: failure.path,
        params: { path: formatPath(failure.path), rule: failure.rule.rule },
      });
    }
  }
  return { admitted: !findings.some((finding) => finding.severity === 'error'), findings };
}
