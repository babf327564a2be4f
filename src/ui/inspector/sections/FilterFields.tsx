import type { FieldPath } from '../../../core/index.ts';
import { useT } from '../../i18n/useT.ts';
import { ChoiceField } from '../fields/ChoiceField.tsx';
import { HeaderListField } from '../fields/HeaderListField.tsx';
import { StringListField } from '../fields/StringListField.tsx';
import { TextField } from '../fields/TextField.tsx';
import {
  checkHeaderName,
  checkHostname,
  checkInteger,
  checkPath,
  checkPort,
} from '../fieldValidation.ts';
import { listOf, readField, textOf } from '../readField.ts';

const SCHEMES = ['http', 'https'].map((value) => ({ value }));
const STATUS_CODES = ['301', '302', '303', '307', '308'].map((value) => ({ value }));
const PATH_TYPES = ['ReplaceFullPath', 'ReplacePrefixMatch'].map((value) => ({ value }));
const BOOLEANS = ['true', 'false'].map((value) => ({ value }));

/** The fields of one filter, by its type (every HTTPRoute and GRPCRoute filter type). */
export function FilterFields({
  path,
  type,
  value,
}: {
  readonly path: FieldPath;
  readonly type: string;
  readonly value: unknown;
}) {
  const t = useT();
  const read = (...at: (string | number)[]) => readField(value, at);
  switch (type) {
    case 'RequestHeaderModifier':
    case 'ResponseHeaderModifier': {
      const field =
        type === 'RequestHeaderModifier' ? 'requestHeaderModifier' : 'responseHeaderModifier';
      return (
        <>
          <HeaderListField
            label={t('inspector.headers.set')}
            path={[...path, field, 'set']}
            items={listOf(read(field, 'set'))}
          />
          <HeaderListField
            label={t('inspector.headers.add')}
            path={[...path, field, 'add']}
            items={listOf(read(field, 'add'))}
          />
          <StringListField
            label={t('inspector.headers.remove')}
            itemLabel={(n) => t('inspector.headerN', { n })}
            path={[...path, field, 'remove']}
            items={listOf(read(field, 'remove'))}
            check={checkHeaderName}
          />
        </>
      );
    }
    case 'RequestRedirect':
      return (
        <>
          <ChoiceField
            label={t('inspector.scheme')}
            path={[...path, 'requestRedirect', 'scheme']}
            value={textOf(read('requestRedirect', 'scheme'))}
            options={SCHEMES}
            optional
          />
          <TextField
            label={t('inspector.hostname')}
            path={[...path, 'requestRedirect', 'hostname']}
            value={textOf(read('requestRedirect', 'hostname'))}
            optional
            check={checkHostname}
          />
          <TextField
            label={t('inspector.port')}
            path={[...path, 'requestRedirect', 'port']}
            value={textOf(read('requestRedirect', 'port'))}
            optional
            numeric
            check={checkPort}
          />
          <ChoiceField
            label={t('inspector.statusCode')}
            path={[...path, 'requestRedirect', 'statusCode']}
            value={textOf(read('requestRedirect', 'statusCode'))}
            options={STATUS_CODES}
            optional
            parse={Number}
          />
          <PathModifier
            path={[...path, 'requestRedirect', 'path']}
            value={read('requestRedirect', 'path')}
          />
        </>
      );
    case 'URLRewrite':
      return (
        <>
          <TextField
            label={t('inspector.hostname')}
            path={[...path, 'urlRewrite', 'hostname']}
            value={textOf(read('urlRewrite', 'hostname'))}
            optional
            check={checkHostname}
          />
          <PathModifier path={[...path, 'urlRewrite', 'path']} value={read('urlRewrite', 'path')} />
        </>
      );
    case 'RequestMirror':
      return (
        <>
          <TextField
            label={t('inspector.service')}
            path={[...path, 'requestMirror', 'backendRef', 'name']}
            value={textOf(read('requestMirror', 'backendRef', 'name'))}
          />
          <TextField
            label={t('inspector.namespace')}
            path={[...path, 'requestMirror', 'backendRef', 'namespace']}
            value={textOf(read('requestMirror', 'backendRef', 'namespace'))}
            optional
          />
          <TextField
            label={t('inspector.port')}
            path={[...path, 'requestMirror', 'backendRef', 'port']}
            value={textOf(read('requestMirror', 'backendRef', 'port'))}
            optional
            numeric
            check={checkPort}
          />
          <TextField
            label={t('inspector.percent')}
            path={[...path, 'requestMirror', 'percent']}
            value={textOf(read('requestMirror', 'percent'))}
            optional
            numeric
            check={(text) => checkInteger(text, 0, 100)}
          />
        </>
      );
    case 'CORS':
      return (
        <>
          {(['allowOrigins', 'allowMethods', 'allowHeaders', 'exposeHeaders'] as const).map(
            (field) => (
              <StringListField
                key={field}
                label={t(`inspector.cors.${field}`)}
                itemLabel={(n) => t('inspector.itemN', { name: t(`inspector.cors.${field}`), n })}
                path={[...path, 'cors', field]}
                items={listOf(read('cors', field))}
              />
            ),
          )}
          <ChoiceField
            label={t('inspector.cors.allowCredentials')}
            path={[...path, 'cors', 'allowCredentials']}
            value={textOf(read('cors', 'allowCredentials'))}
            options={BOOLEANS}
            optional
            parse={(text) => text === 'true'}
          />
          <TextField
            label={t('inspector.cors.maxAge')}
            path={[...path, 'cors', 'maxAge']}
            value={textOf(read('cors', 'maxAge'))}
            optional
            numeric
            check={(text) => checkInteger(text, 1, 2_147_483_647)}
          />
        </>
      );
    case 'ExtensionRef':
      return (
        <>
          <TextField
            label={t('inspector.group')}
            path={[...path, 'extensionRef', 'group']}
            value={textOf(read('extensionRef', 'group'))}
          />
          <TextField
            label={t('inspector.kind')}
            path={[...path, 'extensionRef', 'kind']}
            value={textOf(read('extensionRef', 'kind'))}
          />
          <TextField
            label={t('inspector.name')}
            path={[...path, 'extensionRef', 'name']}
            value={textOf(read('extensionRef', 'name'))}
          />
        </>
      );
    default:
      return <p className="sy-hint">{t('inspector.editInYaml')}</p>;
  }
}

function PathModifier({ path, value }: { readonly path: FieldPath; readonly value: unknown }) {
  const t = useT();
  const type = textOf(readField(value, ['type']));
  const field = type === 'ReplacePrefixMatch' ? 'replacePrefixMatch' : 'replaceFullPath';
  return (
    <>
      <ChoiceField
        label={t('inspector.pathRewrite')}
        path={[...path, 'type']}
        value={type}
        options={PATH_TYPES}
        optional
      />
      {type !== '' && (
        <TextField
          label={t('inspector.pathValue')}
          path={[...path, field]}
          value={textOf(readField(value, [field]))}
          check={checkPath}
        />
      )}
    </>
  );
}
