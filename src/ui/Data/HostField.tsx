import { useAppStore } from '../../state/appStore';
import { updateMapping } from '../../state/ingest';
import { EACH_HOST } from '../../state/ingestHosts';
import { NONE } from './mappingOptions';
import { SelectField } from '../components/SelectField';

/** Several hosts in one file: one dataset with a column per host and metric, one per host, or one host. */
export function HostField() {
  const hosts = useAppStore((state) => state.ingest.preview?.hosts);
  const host = useAppStore((state) => state.ingest.mapping?.host ?? null);
  if (!hosts || hosts.length < 2) return null;
  const options = [
    { value: NONE, label: `All ${hosts.length} hosts in one dataset, a column per host and metric` },
    { value: EACH_HOST, label: `One dataset per host (${hosts.length} datasets)` },
    ...hosts.map((name) => ({ value: name, label: `Only ${name}` })),
  ];
  return <SelectField label="Hosts" value={host ?? NONE} options={options} onChange={(value) => updateMapping({ host: value === NONE ? null : value })} />;
}
