import { Environment, Optional } from '@marcbachmann/cel-js';
import { RE2_MATCHES, adaptRule } from './celRewrite.ts';
import { isCelIP } from './ipAddress.ts';
import {
  dns1035LabelErrors,
  dns1123LabelErrors,
  dns1123SubdomainErrors,
  labelValueErrors,
  qualifiedNameErrors,
} from './k8sNames.ts';
import { re2Find } from './re2.ts';

/**
 * The CEL environment of CRD validation rules, as the Kubernetes API server sets it up: the
 * variable `self`, and the Kubernetes libraries the Gateway API CRDs call (`isIP`, the `format`
 * library), with regular expressions in RE2. Programs are parsed and type-checked once.
 *
 * @see https://kubernetes.io/docs/reference/using-api/cel/
 */

/** A check of a named format: the problems of a value, none when it is valid. */
type FormatCheck = (value: string) => string[];

/** The `format` library object (`format.dns1123Label()`…): its named formats. */
class FormatLibrary {
  constructor(readonly formats: Readonly<Record<string, FormatCheck>>) {}
}

/** A named format of the `format` library; `validate` returns its problems. */
class NamedFormat {
  constructor(readonly check: FormatCheck) {}
}

const formats: Readonly<Record<string, FormatCheck>> = {
  dns1123Label: dns1123LabelErrors,
  dns1123Subdomain: dns1123SubdomainErrors,
  dns1035Label: dns1035LabelErrors,
  qualifiedName: qualifiedNameErrors,
  labelValue: labelValueErrors,
};

function createEnvironment(): Environment {
  const env = new Environment({ enableOptionalTypes: true })
    .registerVariable('self', 'dyn')
    .registerType('kubernetes.FormatLibrary', FormatLibrary)
    .registerType('kubernetes.NamedFormat', NamedFormat)
    .registerConstant('format', 'kubernetes.FormatLibrary', new FormatLibrary(formats))
    .registerFunction('isIP(string): bool', isCelIP)
    .registerFunction(`${RE2_MATCHES}(string, string): bool`, (text: string, pattern: string) => {
      const result = re2Find(pattern, text);
      if (result instanceof Error) throw new Error(`invalid regular expression: ${pattern}`);
      return result;
    })
    .registerFunction(
      'kubernetes.NamedFormat.validate(string): optional<list<string>>',
      (format: NamedFormat, value: string) => {
        const problems = format.check(value);
        return problems.length > 0 ? Optional.of(problems) : Optional.none();
      },
    )
    // NOTE: cel-go compiles `format.x().validate(v) == null` (XBackend's port name rule) and
    // evaluates it to false: an optional never equals null. The engine needs the overload spelt out.
    .registerOperator('optional<list<string>> == null', () => false);
  for (const name of Object.keys(formats)) {
    env.registerFunction(
      `kubernetes.FormatLibrary.${name}(): kubernetes.NamedFormat`,
      (library: FormatLibrary) => new NamedFormat(library.formats[name] ?? (() => [])),
    );
  }
  return env;
}

let environment: Environment | undefined;

/** A rule ready to run, or the reason the engine cannot run it. */
export type CelProgram =
  | { readonly ok: true; readonly run: (self: unknown) => unknown }
  | { readonly ok: false; readonly error: string };

const programs = new Map<string, CelProgram>();

/**
 * Parses and type-checks a CEL expression once; later calls return the same program.
 *
 * @param expression - The rule (or messageExpression) text, as the CRD writes it.
 * @returns The program, or why it cannot run.
 */
export function compileCel(expression: string): CelProgram {
  let program = programs.get(expression);
  if (!program) {
    program = build(expression);
    programs.set(expression, program);
  }
  return program;
}

function build(expression: string): CelProgram {
  environment ??= createEnvironment();
  try {
    const adapted = adaptRule(expression, environment.parse(expression).ast);
    const parsed = environment.parse(adapted);
    const checked = parsed.check();
    if (!checked.valid) return { ok: false, error: summary(checked.error) };
    return { ok: true, run: (self) => parsed({ self }) as unknown };
  } catch (error) {
    return { ok: false, error: summary(error) };
  }
}

/**
 * The one-line text of an engine error (the engine's messages add a source excerpt).
 *
 * @param error - What the engine threw.
 */
export function summary(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'summary' in error) {
    const text = error.summary;
    if (typeof text === 'string') return text;
  }
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}
