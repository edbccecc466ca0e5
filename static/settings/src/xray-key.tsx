/**
 * The project's Xray Cloud API key on the settings page: what is saved (masked: the region and the
 * client id's last four characters, never the secret), and for administrators a form to save a new
 * one (checked with Xray before it is kept) or to remove it. The secret field is a password field
 * that is emptied once saved; nothing typed is sent anywhere but saveXrayKey.
 */
import Button from '@atlaskit/button/new';
import { ErrorMessage, HelperMessage, Label } from '@atlaskit/form';
import Heading from '@atlaskit/heading';
import Select from '@atlaskit/select';
import SectionMessage from '@atlaskit/section-message';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import { useState } from 'react';
import type { XrayKeyView } from '../../../src/contracts/metrics';
import { XRAY_REGION_LABELS, XRAY_REGIONS, type XrayRegion } from '../../../src/contracts/vocabulary';

export interface XrayKeyActions {
  view: XrayKeyView;
  save(key: { clientId: string; clientSecret: string; region: XrayRegion }): Promise<void>;
  remove(): Promise<void>;
}

interface RegionChoice { label: string; value: XrayRegion }
const REGION_CHOICES: RegionChoice[] = XRAY_REGIONS.map((region) => ({ label: XRAY_REGION_LABELS[region], value: region }));
const gap = token('space.200', '16px');

export function XrayKeyPanel({ actions, readOnly }: { actions: XrayKeyActions; readOnly: boolean }) {
  const { view } = actions;
  const [editing, setEditing] = useState(!view.saved);
  const [clientId, setClientId] = useState('');
  const [clientSecret, setClientSecret] = useState('');
  const [region, setRegion] = useState<XrayRegion>(view.region ?? 'global');
  const [busy, setBusy] = useState<'save' | 'remove' | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  const run = (kind: 'save' | 'remove', action: () => Promise<void>, after: () => void) => {
    setBusy(kind);
    setProblem(null);
    setSaved(false);
    action().then(
      () => { setBusy(null); after(); },
      (e: unknown) => { setBusy(null); setProblem(e instanceof Error ? e.message : String(e)); },
    );
  };
  const submit = () => {
    if (!clientId.trim() || !clientSecret.trim()) {
      setProblem('Enter both the client id and the client secret of the API key.');
      return;
    }
    run('save', () => actions.save({ clientId: clientId.trim(), clientSecret: clientSecret.trim(), region }), () => {
      setClientSecret('');
      setClientId('');
      setEditing(false);
      setSaved(true);
    });
  };

  return (
    <div data-testid="xray-key" style={{ display: 'grid', gap, padding: gap, border: `1px solid ${token('color.border', '#091E4224')}`, borderRadius: token('radius.small', '3px') }}>
      <div>
        <Heading size="xsmall" as="h3">Xray Cloud API key</Heading>
        <p data-testid="xray-key-state" style={{ margin: `${token('space.050', '4px')} 0 0` }}>
          {view.saved
            ? <>Saved: client id ending in <code>{view.clientIdEnd}</code>, {view.region ? XRAY_REGION_LABELS[view.region] : ''}. The secret is kept in Forge’s secret storage and never shown again.</>
            : 'No key is saved. A Jira administrator creates one in Xray’s Global Settings, API Keys.'}
        </p>
      </div>
      {saved ? <SectionMessage appearance="success" testId="xray-key-saved"><p>Xray accepted the key; it is saved.</p></SectionMessage> : null}
      {!readOnly && editing ? (
        <div style={{ display: 'grid', gap }}>
          <div style={{ display: 'flex', flexWrap: 'wrap', gap }}>
            <div style={{ flex: '1 1 240px' }}>
              <Label htmlFor="xray-client-id">Client id</Label>
              <Textfield id="xray-client-id" name="xrayClientId" value={clientId} autoComplete="off" onChange={(e) => setClientId(e.currentTarget.value)} />
            </div>
            <div style={{ flex: '1 1 240px' }}>
              <Label htmlFor="xray-client-secret">Client secret</Label>
              <Textfield id="xray-client-secret" name="xrayClientSecret" type="password" value={clientSecret} autoComplete="new-password" onChange={(e) => setClientSecret(e.currentTarget.value)} />
            </div>
          </div>
          <div>
            <Label htmlFor="xray-region">Region of the Xray host</Label>
            <Select<RegionChoice> inputId="xray-region" options={REGION_CHOICES} value={REGION_CHOICES.find((c) => c.value === region) ?? null}
              onChange={(choice) => setRegion(choice?.value ?? 'global')} />
            <HelperMessage>Where Xray keeps this site’s data; Global unless Xray says otherwise.</HelperMessage>
          </div>
          {problem ? <ErrorMessage testId="xray-key-problem">{problem}</ErrorMessage> : null}
          <div style={{ display: 'flex', gap: token('space.100', '8px'), justifyContent: 'flex-end' }}>
            {view.saved ? <Button appearance="subtle" onClick={() => { setEditing(false); setProblem(null); }}>Cancel</Button> : null}
            <Button appearance="primary" isLoading={busy === 'save'} onClick={submit} testId="xray-key-save">Check and save the key</Button>
          </div>
        </div>
      ) : null}
      {!readOnly && !editing && view.saved ? (
        <div style={{ display: 'grid', gap: token('space.100', '8px') }}>
          {problem ? <ErrorMessage testId="xray-key-problem">{problem}</ErrorMessage> : null}
          <div style={{ display: 'flex', gap: token('space.100', '8px') }}>
            <Button onClick={() => { setEditing(true); setSaved(false); }} testId="xray-key-replace">Replace the key</Button>
            <Button appearance="subtle" isLoading={busy === 'remove'} onClick={() => run('remove', actions.remove, () => setEditing(true))} testId="xray-key-remove">Remove the key</Button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
