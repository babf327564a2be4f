import type { ResourceEntry } from '../../../core/index.ts';
import { useT } from '../../i18n/useT.ts';
import { ChoiceField } from '../fields/ChoiceField.tsx';
import { StringListField } from '../fields/StringListField.tsx';
import { TextField } from '../fields/TextField.tsx';
import { checkHostname } from '../fieldValidation.ts';
import { listOf, readField, textOf } from '../readField.ts';

/** A GatewayClass: its controller and description. */
export function GatewayClassSection({ entry }: { readonly entry: ResourceEntry }) {
  const t = useT();
  return (
    <div className="sy-section" data-path="spec">
      <h3>{t('inspector.gatewayClass')}</h3>
      <TextField
        label={t('inspector.controllerName')}
        path={['spec', 'controllerName']}
        value={textOf(readField(entry.raw, ['spec', 'controllerName']))}
        placeholder="example.com/gateway-controller"
      />
      <TextField
        label={t('inspector.description')}
        path={['spec', 'description']}
        value={textOf(readField(entry.raw, ['spec', 'description']))}
        optional
      />
    </div>
  );
}

/** A ListenerSet's parent Gateway. */
export function ListenerSetParentSection({ entry }: { readonly entry: ResourceEntry }) {
  const t = useT();
  const base = ['spec', 'parentRef'] as const;
  return (
    <div className="sy-section" data-path="spec.parentRef">
      <h3>{t('inspector.parentGateway')}</h3>
      <TextField
        label={t('inspector.name')}
        path={[...base, 'name']}
        value={textOf(readField(entry.raw, [...base, 'name']))}
      />
      <TextField
        label={t('inspector.namespace')}
        path={[...base, 'namespace']}
        value={textOf(readField(entry.raw, [...base, 'namespace']))}
        optional
      />
    </div>
  );
}

/** A route's hostnames (HTTP, gRPC and TLS routes). */
export function HostnamesSection({ entry }: { readonly entry: ResourceEntry }) {
  const t = useT();
  return (
    <div className="sy-section" data-path="spec.hostnames">
      <StringListField
        label={t('inspector.hostnames')}
        itemLabel={(n) => t('inspector.hostnameN', { n })}
        path={['spec', 'hostnames']}
        items={listOf(readField(entry.raw, ['spec', 'hostnames']))}
        check={checkHostname}
        placeholder="www.example.com"
      />
    </div>
  );
}

const WELL_KNOWN = [{ value: 'System' }];

/** A BackendTLSPolicy: the Services it applies to and how the backend's certificate is checked. */
export function BackendTLSPolicySection({ entry }: { readonly entry: ResourceEntry }) {
  const t = useT();
  const targets = listOf(readField(entry.raw, ['spec', 'targetRefs']));
  const validation = ['spec', 'validation'] as const;
  return (
    <div className="sy-section" data-path="spec">
      <h3>{t('inspector.policy')}</h3>
      <StringListField
        label={t('inspector.targets')}
        itemLabel={(n) => t('inspector.targetN', { n })}
        path={['spec', 'targetRefs']}
        items={targets.map((target) => readField(target, ['name']))}
        itemPath={(i) => ['spec', 'targetRefs', i, 'name']}
        newItem={(name) => ({ group: '', kind: 'Service', name })}
      />
      <TextField
        label={t('inspector.hostname')}
        path={[...validation, 'hostname']}
        value={textOf(readField(entry.raw, [...validation, 'hostname']))}
        check={checkHostname}
      />
      <ChoiceField
        label={t('inspector.wellKnownCA')}
        path={[...validation, 'wellKnownCACertificates']}
        value={textOf(readField(entry.raw, [...validation, 'wellKnownCACertificates']))}
        options={WELL_KNOWN}
        optional
      />
      <StringListField
        label={t('inspector.caCertificates')}
        itemLabel={(n) => t('inspector.certificate', { n })}
        path={[...validation, 'caCertificateRefs']}
        items={listOf(readField(entry.raw, [...validation, 'caCertificateRefs'])).map((ref) =>
          readField(ref, ['name']),
        )}
        itemPath={(i) => [...validation, 'caCertificateRefs', i, 'name']}
        newItem={(name) => ({ group: '', kind: 'ConfigMap', name })}
      />
    </div>
  );
}
