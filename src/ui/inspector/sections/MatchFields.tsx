import type { FieldPath } from '../../../core/index.ts';
import { useT } from '../../i18n/useT.ts';
import { ChoiceField } from '../fields/ChoiceField.tsx';
import { HeaderListField } from '../fields/HeaderListField.tsx';
import { TextField } from '../fields/TextField.tsx';
import { checkPath, checkRegex } from '../fieldValidation.ts';
import { listOf, readField, textOf } from '../readField.ts';

const PATH_TYPES = ['PathPrefix', 'Exact', 'RegularExpression'].map((value) => ({ value }));
const METHODS = [
  'GET',
  'HEAD',
  'POST',
  'PUT',
  'DELETE',
  'CONNECT',
  'OPTIONS',
  'TRACE',
  'PATCH',
].map((value) => ({ value }));
const METHOD_MATCH_TYPES = ['Exact', 'RegularExpression'].map((value) => ({ value }));

/** The conditions of one HTTPRoute match: path, method, headers and query parameters. */
export function HttpMatchFields({
  path,
  value,
}: {
  readonly path: FieldPath;
  readonly value: unknown;
}) {
  const t = useT();
  const pathType = textOf(readField(value, ['path', 'type']));
  const regex = pathType === 'RegularExpression';
  return (
    <>
      <ChoiceField
        label={t('inspector.pathType')}
        path={[...path, 'path', 'type']}
        value={pathType}
        options={PATH_TYPES}
        optional
      />
      <TextField
        label={t('inspector.path')}
        path={[...path, 'path', 'value']}
        value={textOf(readField(value, ['path', 'value']))}
        optional
        placeholder="/"
        check={regex ? checkRegex : checkPath}
      />
      <ChoiceField
        label={t('inspector.method')}
        path={[...path, 'method']}
        value={textOf(readField(value, ['method']))}
        options={METHODS}
        optional
      />
      <HeaderListField
        label={t('inspector.headers')}
        path={[...path, 'headers']}
        items={listOf(readField(value, ['headers']))}
        matchType
      />
      <HeaderListField
        label={t('inspector.queryParams')}
        path={[...path, 'queryParams']}
        items={listOf(readField(value, ['queryParams']))}
        matchType
      />
    </>
  );
}

/** The conditions of one GRPCRoute match: service and method, and headers. */
export function GrpcMatchFields({
  path,
  value,
}: {
  readonly path: FieldPath;
  readonly value: unknown;
}) {
  const t = useT();
  return (
    <>
      <ChoiceField
        label={t('inspector.methodMatchType')}
        path={[...path, 'method', 'type']}
        value={textOf(readField(value, ['method', 'type']))}
        options={METHOD_MATCH_TYPES}
        optional
      />
      <TextField
        label={t('inspector.grpcService')}
        path={[...path, 'method', 'service']}
        value={textOf(readField(value, ['method', 'service']))}
        optional
        placeholder="echo.EchoService"
      />
      <TextField
        label={t('inspector.grpcMethod')}
        path={[...path, 'method', 'method']}
        value={textOf(readField(value, ['method', 'method']))}
        optional
        placeholder="Echo"
      />
      <HeaderListField
        label={t('inspector.headers')}
        path={[...path, 'headers']}
        items={listOf(readField(value, ['headers']))}
        matchType
      />
    </>
  );
}
