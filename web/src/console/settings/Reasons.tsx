import { useCallback, useState } from 'react';
import type { Reason } from '../../api/client.js';
import { useT } from '../i18n/index.js';
import { ListTable } from '../ListTable.js';
import { useConsole } from '../session.js';
import { useLoadedList } from '../useLoadedList.js';
import { ReasonForm } from './ReasonForm.js';
import { SettingsCard } from './SettingsCard.js';

// The store's reasons with their translations and what each requires, changed, switched on and off.

export function Reasons() {
  const { api, canAct } = useConsole();
  const { t, tn } = useT();
  const reasons = useLoadedList<Reason>(useCallback(() => api.GET('/v1/reasons'), [api]));
  const [editing, setEditing] = useState<number | undefined>();
  const toggle = (reason: Reason) => reasons.run(() => api.PATCH('/v1/reasons/{id}', { params: { path: { id: reason.id } }, body: { active: !reason.active } }));
  return (
    <SettingsCard name="reasons" title={t('settings.reasons')} notices={[reasons.notice]}>
      <ListTable name={t('settings.reasons')} columns={[t('settings.kind'), t('settings.subject'), t('settings.translations'), t('settings.needs'), t('settings.activeColumn')]}>
        {reasons.items.map((reason) => (
          <tr key={reason.id}>
            <td>{tn('common.kind_', reason.kind)}</td><td>{reason.subject}</td>
            <td>{Object.entries(reason.translations).map(([language, text]) => `${language}: ${text}`).join(' · ')}</td>
            <td>{[reason.requires_description ? t('settings.needsDescriptionShort') : '', reason.requires_evidence ? t('settings.needsPhotosShort') : ''].filter(Boolean).join(', ') || '—'}</td>
            <td>{canAct ? (
              <>
                <button type="button" className="secondary" aria-label={t('settings.editNamed', { name: reason.subject })} onClick={() => setEditing(reason.id)}>{t('common.edit')}</button>{' '}
                <button type="button" className="secondary" onClick={() => void toggle(reason)}>{reason.active ? t('settings.deactivate') : t('settings.activate')}</button>
              </>
            ) : reason.active ? t('settings.yes') : t('settings.no')}</td>
          </tr>
        ))}
      </ListTable>
      {canAct && editing !== undefined ? (() => {
        const reason = reasons.items.find((candidate) => candidate.id === editing);
        return reason === undefined ? null : <ReasonForm key={reason.id} run={reasons.run} reason={reason} onDone={() => setEditing(undefined)} />;
      })() : null}
      {canAct ? <ReasonForm run={reasons.run} /> : null}
    </SettingsCard>
  );
}
