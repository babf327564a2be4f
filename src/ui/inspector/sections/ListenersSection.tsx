import type { ResourceEntry } from '../../../core/index.ts';
import { useT } from '../../i18n/useT.ts';
import { addListenerTo, deleteElementOf } from '../../canvas/elementActions.ts';
import { ChoiceField } from '../fields/ChoiceField.tsx';
import { StringListField } from '../fields/StringListField.tsx';
import { TextField } from '../fields/TextField.tsx';
import { checkHostname, checkPort, checkSectionName } from '../fieldValidation.ts';
import { listOf, readField, textOf } from '../readField.ts';
import { ProblemList } from '../fields/ProblemList.tsx';
import { useFieldProblems } from '../fields/useFieldProblems.ts';

const PROTOCOLS = ['HTTP', 'HTTPS', 'TLS', 'TCP', 'UDP'].map((value) => ({ value }));
const TLS_MODES = ['Terminate', 'Passthrough'].map((value) => ({ value }));
const FROM = ['Same', 'All', 'Selector'].map((value) => ({ value }));

/** The listeners of a Gateway or ListenerSet: one group of fields each, add and delete. */
export function ListenersSection({ entry }: { readonly entry: ResourceEntry }) {
  const t = useT();
  const listeners = listOf(readField(entry.raw, ['spec', 'listeners']));
  return (
    <div className="sy-section" data-path="spec.listeners">
      <h3>{t('inspector.listeners')}</h3>
      {listeners.map((listener, index) => (
        <Listener key={index} entry={entry} index={index} listener={listener} />
      ))}
      <button type="button" onClick={() => addListenerTo(entry.key, 'inspector')}>
        {t('inspector.addListener')}
      </button>
    </div>
  );
}

function Listener({
  entry,
  index,
  listener,
}: {
  readonly entry: ResourceEntry;
  readonly index: number;
  readonly listener: unknown;
}) {
  const t = useT();
  const base = ['spec', 'listeners', index] as const;
  const name = textOf(readField(listener, ['name']));
  const protocol = textOf(readField(listener, ['protocol']));
  const tls = protocol === 'HTTPS' || protocol === 'TLS';
  const own = useFieldProblems(base, true);
  return (
    <fieldset className="sy-group" data-path={`spec.listeners[${index}]`}>
      <legend>{t('inspector.listener', { name: name || index + 1 })}</legend>
      <ProblemList problems={own} />
      <TextField
        label={t('inspector.name')}
        path={[...base, 'name']}
        value={name}
        check={checkSectionName}
      />
      <ChoiceField
        label={t('inspector.protocol')}
        path={[...base, 'protocol']}
        value={protocol}
        options={PROTOCOLS}
      />
      <TextField
        label={t('inspector.port')}
        path={[...base, 'port']}
        value={textOf(readField(listener, ['port']))}
        numeric
        check={checkPort}
      />
      <TextField
        label={t('inspector.hostname')}
        path={[...base, 'hostname']}
        value={textOf(readField(listener, ['hostname']))}
        optional
        check={checkHostname}
        placeholder="*.example.com"
      />
      {tls && (
        <>
          <ChoiceField
            label={t('inspector.tlsMode')}
            path={[...base, 'tls', 'mode']}
            value={textOf(readField(listener, ['tls', 'mode']))}
            options={TLS_MODES}
            optional
          />
          <StringListField
            label={t('inspector.certificates')}
            itemLabel={(n) => t('inspector.certificate', { n })}
            path={[...base, 'tls', 'certificateRefs']}
            items={listOf(readField(listener, ['tls', 'certificateRefs'])).map((ref) =>
              readField(ref, ['name']),
            )}
            itemPath={(i) => [...base, 'tls', 'certificateRefs', i, 'name']}
            newItem={(name) => ({ name })}
          />
        </>
      )}
      <ChoiceField
        label={t('inspector.allowedFrom')}
        path={[...base, 'allowedRoutes', 'namespaces', 'from']}
        value={textOf(readField(listener, ['allowedRoutes', 'namespaces', 'from']))}
        options={FROM}
        optional
      />
      <button
        type="button"
        className="sy-danger"
        onClick={() => deleteElementOf(entry.key, { type: 'listener', listener: index })}
      >
        {t('inspector.deleteListener', { name: name || index + 1 })}
      </button>
    </fieldset>
  );
}
