import type { MessageKey } from '../i18n/translate.ts';

/** What a field check finds: nothing (null), or the message to show and its parameters. */
export type FieldProblem = {
  readonly key: MessageKey;
  readonly params?: Readonly<Record<string, string | number>>;
} | null;

const dns1123Subdomain = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const dns1123Label = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const dns1035Label = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
// Gateway API `Hostname`: an RFC 1123 name, optionally with one leading `*.` label.
const hostname = /^(\*\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
// GEP-2257 durations: 1 to 4 parts of up to 5 digits with h, m, s or ms.
const duration = /^([0-9]{1,5}(h|m|s|ms)){1,4}$/;
// RFC 7230 token characters (HTTPHeaderName).
const headerName = /^[A-Za-z0-9!#$%&'*+\-.^_`|~]+$/;
const sectionName = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/**
 * Checks a resource name as the API server would: Services take an RFC 1035 label, Namespaces
 * an RFC 1123 label, other kinds an RFC 1123 subdomain.
 *
 * @param kind - The resource kind.
 * @param value - The name typed.
 */
export function checkName(kind: string, value: string): FieldProblem {
  if (value === '') return { key: 'inspector.check.required' };
  if (kind === 'Service') {
    return value.length <= 63 && dns1035Label.test(value)
      ? null
      : { key: 'inspector.check.serviceName' };
  }
  if (kind === 'Namespace') {
    return value.length <= 63 && dns1123Label.test(value) ? null : { key: 'inspector.check.label' };
  }
  return value.length <= 253 && dns1123Subdomain.test(value)
    ? null
    : { key: 'inspector.check.subdomain' };
}

/**
 * Checks a whole number in a range.
 *
 * @param value - The text typed.
 * @param min - The smallest value allowed.
 * @param max - The largest value allowed.
 */
export function checkInteger(value: string, min: number, max: number): FieldProblem {
  if (value.trim() === '') return { key: 'inspector.check.required' };
  if (!/^-?\d+$/.test(value.trim())) return { key: 'inspector.check.integer' };
  const number = Number(value);
  return number >= min && number <= max
    ? null
    : { key: 'inspector.check.range', params: { min, max } };
}

/** Checks a port number (1–65535). */
export function checkPort(value: string): FieldProblem {
  return checkInteger(value, 1, 65535);
}

/** Checks a backend weight (0–1,000,000). */
export function checkWeight(value: string): FieldProblem {
  return checkInteger(value, 0, 1_000_000);
}

/** Checks a Gateway API hostname (`www.example.com`, `*.example.com`; no IP, no port). */
export function checkHostname(value: string): FieldProblem {
  if (value === '') return { key: 'inspector.check.required' };
  if (value.length > 253 || !hostname.test(value)) return { key: 'inspector.check.hostname' };
  if (/^[0-9.]+$/.test(value)) return { key: 'inspector.check.hostnameIp' };
  return null;
}

/** Checks a GEP-2257 duration such as `10s`, `1m30s` or `500ms`. */
export function checkDuration(value: string): FieldProblem {
  return duration.test(value) ? null : { key: 'inspector.check.duration' };
}

/** Checks an HTTP header (or query parameter) name. */
export function checkHeaderName(value: string): FieldProblem {
  if (value === '') return { key: 'inspector.check.required' };
  return value.length <= 256 && headerName.test(value)
    ? null
    : { key: 'inspector.check.headerName' };
}

/** Checks a path value: it starts with `/` (Exact and PathPrefix matches, redirects, rewrites). */
export function checkPath(value: string): FieldProblem {
  if (!value.startsWith('/')) return { key: 'inspector.check.path' };
  return value.length <= 1024 ? null : { key: 'inspector.check.tooLong', params: { max: 1024 } };
}

/** Checks a listener or section name (an RFC 1123 subdomain). */
export function checkSectionName(value: string): FieldProblem {
  if (value === '') return { key: 'inspector.check.required' };
  return value.length <= 253 && sectionName.test(value)
    ? null
    : { key: 'inspector.check.subdomain' };
}

/** Checks a regular expression (as RE2 would read it, approximately: it must compile). */
export function checkRegex(value: string): FieldProblem {
  try {
    new RegExp(value);
    return null;
  } catch {
    return { key: 'inspector.check.regex' };
  }
}
