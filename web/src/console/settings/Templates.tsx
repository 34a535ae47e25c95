import { useCallback, useState } from 'react';
import { PLACEHOLDERS, TEMPLATE_KINDS, type TemplateKind } from '../../../../src/domain/claim/reply-template.js';
import type { components } from '../../api/client.js';
import { useT, type ConsoleKey } from '../i18n/index.js';
import { ListTable } from '../ListTable.js';
import { useConsole } from '../session.js';
import { useLoadedList, type Run } from '../useLoadedList.js';
import { SettingsCard, SettingsForm } from './SettingsCard.js';

// The store's reply templates: messages and rejection reasons agents pick on the claim page,
// with placeholders the page fills from the claim. Added, changed and deleted here.

type Template = components['schemas']['ReplyTemplate'];
const KIND_LABELS: Record<TemplateKind, ConsoleKey> = { message: 'settings.templateKind_message', rejection: 'settings.templateKind_rejection' };

function TemplateForm({ run, template, onDone }: { run: Run; template?: Template; onDone?: () => void }) {
  const { api } = useConsole();
  const { t } = useT();
  const [kind, setKind] = useState<TemplateKind>(template?.kind === 'rejection' ? 'rejection' : 'message');
  const [name, setName] = useState(template?.name ?? '');
  const [body, setBody] = useState(template?.body ?? '');
  const prefix = template === undefined ? 'template' : `template-${template.id}`;
  const save = async () => {
    const saved = template === undefined
      ? await run(() => api.POST('/v1/reply-templates', { body: { kind, name, body } }), { done: t('settings.templateAdded') })
      : await run(() => api.PATCH('/v1/reply-templates/{id}', { params: { path: { id: template.id } }, body: { kind, name, body } }), { done: t('settings.templateSaved') });
    if (!saved) return;
    if (template === undefined) [setName, setBody].forEach((clear) => clear(''));
    onDone?.();
  };
  return (
    <SettingsForm title={template === undefined ? t('settings.addATemplate') : t('settings.change', { name: template.name })} onSubmit={save}>
      <div className="row">
        <div><label htmlFor={`${prefix}-kind`}>{t('settings.usedFor')}</label>
          <select id={`${prefix}-kind`} value={kind} onChange={(event) => setKind(event.target.value === 'rejection' ? 'rejection' : 'message')}>
            {TEMPLATE_KINDS.map((value) => <option key={value} value={value}>{t(KIND_LABELS[value])}</option>)}
          </select></div>
        <div><label htmlFor={`${prefix}-name`}>{t('settings.templateName')}</label><input id={`${prefix}-name`} required maxLength={100} value={name} onChange={(event) => setName(event.target.value)} /></div>
      </div>
      <label htmlFor={`${prefix}-body`}>{t('settings.text')}</label>
      <textarea id={`${prefix}-body`} required maxLength={10_000} value={body} onChange={(event) => setBody(event.target.value)} style={{ width: '100%' }} />
      <p className="muted">{t('settings.placeholders', { list: PLACEHOLDERS.map((placeholder) => `{{${placeholder}}}`).join(' ') })}</p>
      <p className="row">
        <button type="submit">{template === undefined ? t('settings.addTemplate') : t('settings.saveTemplate')}</button>
        {onDone === undefined ? null : <button type="button" className="secondary" onClick={onDone}>{t('common.cancel')}</button>}
      </p>
    </SettingsForm>
  );
}

export function Templates() {
  const { api, canAct } = useConsole();
  const { t } = useT();
  const templates = useLoadedList<Template>(useCallback(() => api.GET('/v1/reply-templates'), [api]));
  const [editing, setEditing] = useState<string | undefined>();
  const remove = (template: Template) => {
    if (!window.confirm(t('settings.confirmDeleteTemplate', { name: template.name }))) return;
    void templates.run(() => api.DELETE('/v1/reply-templates/{id}', { params: { path: { id: template.id } } }), { done: t('settings.templateDeleted') });
  };
  const edited = templates.items.find((template) => template.id === editing);
  return (
    <SettingsCard name="templates" title={t('settings.replyTemplates')} notices={[templates.notice]}>
      <ListTable name={t('settings.templates')} testId="templates" columns={[t('settings.usedFor'), t('settings.name'), t('settings.text'), <span key="actions" className="sr-only">{t('settings.actions')}</span>]}>
        {templates.items.map((template) => (
          <tr key={template.id}>
            <td>{t(template.kind === 'rejection' ? KIND_LABELS.rejection : KIND_LABELS.message)}</td><td>{template.name}</td>
            <td className="email-text">{template.body}</td>
            <td>{canAct ? (
              <>
                <button type="button" className="secondary" aria-label={t('settings.editNamed', { name: template.name })} onClick={() => setEditing(template.id)}>{t('common.edit')}</button>{' '}
                <button type="button" className="secondary" aria-label={t('settings.deleteNamed', { name: template.name })} onClick={() => remove(template)}>{t('common.delete')}</button>
              </>
            ) : null}</td>
          </tr>
        ))}
      </ListTable>
      {templates.items.length === 0 ? <p className="muted">{t('settings.noTemplates')}</p> : null}
      {canAct && edited !== undefined ? <TemplateForm key={edited.id} run={templates.run} template={edited} onDone={() => setEditing(undefined)} /> : null}
      {canAct ? <TemplateForm run={templates.run} /> : null}
    </SettingsCard>
  );
}
