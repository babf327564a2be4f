/**
 * The name formats of `k8s.io/apimachinery/pkg/util/validation`, with the API server's own
 * messages (double space before "or" included), so a finding reads exactly as `kubectl` shows it.
 * Each function returns the list of problems, empty when the value is valid.
 */

const dns1123LabelFmt = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const dns1123SubdomainFmt = `${dns1123LabelFmt}(\\.${dns1123LabelFmt})*`;
const dns1035LabelFmt = '[a-z]([-a-z0-9]*[a-z0-9])?';
const qualifiedNameFmt = '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]';
const labelValueFmt = `(${qualifiedNameFmt})?`;

const qualifiedNameErrMsg =
  "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";

// Hand-written equivalents of the anchored formats above: linear, and much cheaper than a regex
// engine for a check that runs on every resource name.
function isLowerAlphanumeric(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
}

function isAlphanumeric(code: number): boolean {
  return isLowerAlphanumeric(code) || (code >= 0x41 && code <= 0x5a);
}

/** Whether a text is `first (inner)* last` or a single `first ∧ last` character. */
function shaped(
  value: string,
  first: (code: number) => boolean,
  inner: (code: number) => boolean,
  last: (code: number) => boolean,
): boolean {
  const end = value.length - 1;
  if (end < 0 || !first(value.charCodeAt(0)) || !last(value.charCodeAt(end))) return false;
  for (let i = 1; i < end; i++) if (!inner(value.charCodeAt(i))) return false;
  return true;
}

const dashOrLowerAlphanumeric = (code: number): boolean =>
  code === 0x2d || isLowerAlphanumeric(code);
const isLowerLetter = (code: number): boolean => code >= 0x61 && code <= 0x7a;
const nameCharacter = (code: number): boolean =>
  isAlphanumeric(code) || code === 0x2d || code === 0x5f || code === 0x2e;

function isDns1123Label(value: string): boolean {
  return shaped(value, isLowerAlphanumeric, dashOrLowerAlphanumeric, isLowerAlphanumeric);
}

function isDns1123Subdomain(value: string): boolean {
  return value.split('.').every(isDns1123Label);
}

function isDns1035Label(value: string): boolean {
  return shaped(value, isLowerLetter, dashOrLowerAlphanumeric, isLowerAlphanumeric);
}

function isQualifiedNamePart(value: string): boolean {
  return shaped(value, isAlphanumeric, nameCharacter, isAlphanumeric);
}

function maxLenError(length: number): string {
  return `must be no more than ${length} characters`;
}

function regexError(message: string, format: string, ...examples: string[]): string {
  if (examples.length === 0) return `${message} (regex used for validation is '${format}')`;
  const shown = examples.map((example, i) => `${i > 0 ? ' or ' : ''}'${example}', `).join('');
  return `${message} (e.g. ${shown}regex used for validation is '${format}')`;
}

/**
 * A DNS-1123 label (namespace names, most `name` fields of references): at most 63 characters.
 *
 * @param value - The text.
 */
export function dns1123LabelErrors(value: string): string[] {
  const errors: string[] = [];
  if (value.length > 63) errors.push(maxLenError(63));
  if (!isDns1123Label(value)) {
    errors.push(
      isDns1123Subdomain(value)
        ? 'must not contain dots'
        : regexError(
            "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character",
            dns1123LabelFmt,
            'my-name',
            '123-abc',
          ),
    );
  }
  return errors;
}

/**
 * A DNS-1123 subdomain (custom resource names): at most 253 characters.
 *
 * @param value - The text.
 */
export function dns1123SubdomainErrors(value: string): string[] {
  const errors: string[] = [];
  if (value.length > 253) errors.push(maxLenError(253));
  if (!isDns1123Subdomain(value)) {
    errors.push(
      regexError(
        "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character",
        dns1123SubdomainFmt,
        'example.com',
      ),
    );
  }
  return errors;
}

/**
 * A DNS-1035 label (Service names): starts with a letter, at most 63 characters.
 *
 * @param value - The text.
 */
export function dns1035LabelErrors(value: string): string[] {
  const errors: string[] = [];
  if (value.length > 63) errors.push(maxLenError(63));
  if (!isDns1035Label(value)) {
    errors.push(
      regexError(
        "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character",
        dns1035LabelFmt,
        'my-name',
        'abc-123',
      ),
    );
  }
  return errors;
}

/**
 * A qualified name (label and annotation keys): an optional DNS subdomain prefix and `/`, then a
 * name of at most 63 characters.
 *
 * @param value - The text.
 */
export function qualifiedNameErrors(value: string): string[] {
  const errors: string[] = [];
  const parts = value.split('/');
  const nameMessage = regexError(
    qualifiedNameErrMsg,
    qualifiedNameFmt,
    'MyName',
    'my.name',
    '123-abc',
  );
  if (parts.length > 2) {
    return [
      `a qualified name ${nameMessage} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`,
    ];
  }
  const name = parts.length === 2 ? (parts[1] ?? '') : value;
  if (parts.length === 2) {
    const prefix = parts[0] ?? '';
    if (prefix === '') errors.push('prefix part must be non-empty');
    else errors.push(...dns1123SubdomainErrors(prefix).map((message) => `prefix part ${message}`));
  }
  if (name === '') errors.push('name part must be non-empty');
  else if (name.length > 63) errors.push(`name part ${maxLenError(63)}`);
  if (!isQualifiedNamePart(name)) errors.push(`name part ${nameMessage}`);
  return errors;
}

/**
 * A label value: empty, or a name of at most 63 characters.
 *
 * @param value - The text.
 */
export function labelValueErrors(value: string): string[] {
  const errors: string[] = [];
  if (value.length > 63) errors.push(maxLenError(63));
  if (value !== '' && !isQualifiedNamePart(value)) {
    errors.push(
      regexError(
        "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
        labelValueFmt,
        'MyValue',
        'my_value',
        '12345',
      ),
    );
  }
  return errors;
}
