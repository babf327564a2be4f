import type { ResourceEntry } from '../../../core/index.ts';
import { useT } from '../../i18n/useT.ts';
import { deleteFieldOf, setFieldOf } from '../../canvas/elementActions.ts';
import { ChoiceField } from '../fields/ChoiceField.tsx';
import { KeyValueField } from '../fields/KeyValueField.tsx';
import { TextField } from '../fields/TextField.tsx';
import { checkInteger, checkPort } from '../fieldValidation.ts';
import { entriesOf, listOf, readField, textOf } from '../readField.ts';

const TYPES = ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'].map((value) => ({ value }));
const PROTOCOLS = ['TCP', 'UDP', 'SCTP'].map((value) => ({ value }));

function targetPortValue(text: string): string | number {
  return /^\d+$/.test(text) ? Number(text) : text;
}

/** A Service: type, address, ports (the frontend a mesh route attaches to) and selector. */
export function ServiceSection({ entry }: { readonly entry: ResourceEntry }) {
  const t = useT();
  const ports = listOf(readField(entry.raw, ['spec', 'ports']));
  const type = textOf(readField(entry.raw, ['spec', 'type']));
  const usedPorts = new Set(ports.map((port) => readField(port, ['port'])));
  let free = 8080;
  while (usedPorts.has(free)) free++;
  return (
    <div className="sy-section" data-path="spec">
      <h3>{t('inspector.service')}</h3>
      <ChoiceField
        label={t('inspector.serviceType')}
        path={['spec', 'type']}
        value={type}
        options={TYPES}
        optional
      />
      {type === 'ExternalName' ? (
        <TextField
          label={t('inspector.externalName')}
          path={['spec', 'externalName']}
          value={textOf(readField(entry.raw, ['spec', 'externalName']))}
        />
      ) : (
        <TextField
          label={t('inspector.clusterIP')}
          path={['spec', 'clusterIP']}
          value={textOf(readField(entry.raw, ['spec', 'clusterIP']))}
          optional
        />
      )}
      <fieldset className="sy-list" data-path="spec.ports">
        <legend>{t('inspector.ports')}</legend>
        {ports.map((port, index) => {
          const base = ['spec', 'ports', index] as const;
          const number = textOf(readField(port, ['port']));
          return (
            <div className="sy-group" key={index} data-path={`spec.ports[${index}]`}>
              <TextField
                label={t('inspector.portName')}
                path={[...base, 'name']}
                value={textOf(readField(port, ['name']))}
                optional
              />
              <TextField
                label={t('inspector.port')}
                path={[...base, 'port']}
                value={number}
                numeric
                check={checkPort}
              />
              <TextField
                label={t('inspector.targetPort')}
                path={[...base, 'targetPort']}
                value={textOf(readField(port, ['targetPort']))}
                optional
                check={(text) => (/^\d+$/.test(text) ? checkInteger(text, 1, 65535) : null)}
                commit={(text) =>
                  text === ''
                    ? deleteFieldOf(entry.key, [...base, 'targetPort'])
                    : setFieldOf(entry.key, [...base, 'targetPort'], targetPortValue(text))
                }
              />
              <ChoiceField
                label={t('inspector.protocol')}
                path={[...base, 'protocol']}
                value={textOf(readField(port, ['protocol']))}
                options={PROTOCOLS}
                optional
              />
              <TextField
                label={t('inspector.appProtocol')}
                path={[...base, 'appProtocol']}
                value={textOf(readField(port, ['appProtocol']))}
                optional
                placeholder="kubernetes.io/h2c"
              />
              <button
                type="button"
                className="sy-danger"
                onClick={() => deleteFieldOf(entry.key, [...base])}
              >
                {t('inspector.removePort', { port: number || index + 1 })}
              </button>
            </div>
          );
        })}
        <button
          type="button"
          onClick={() =>
            setFieldOf(entry.key, ['spec', 'ports', ports.length], {
              name: `port-${free}`,
              port: free,
              targetPort: free,
            })
          }
        >
          {t('inspector.addPort')}
        </button>
      </fieldset>
      <KeyValueField
        label={t('inspector.selector')}
        path={['spec', 'selector']}
        entries={entriesOf(readField(entry.raw, ['spec', 'selector']))}
      />
    </div>
  );
}
