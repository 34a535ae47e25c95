import { useCallback, useState } from 'react';
import { PLACEHOLDERS, TEMPLATE_KINDS, type TemplateKind } from '../../../../src/domain/claim/reply-template.js';
import type { components } from '../../api/client.js';
import { ListTable } from '../ListTable.js';
import { useConsole } from '../session.js';
import { useLoadedList, type Run } from '../useLoadedList.js';
import { SettingsCard, SettingsForm } from './SettingsCard.js';

// The store's reply templates: messages and rejection reasons agents pick on the claim page,
// with placeholders the page fills from the claim. Added, changed and deleted here.

type Template = components['schemas']['ReplyTemplate'];
const KIND_LABELS: Record<TemplateKind, string> = { message: 'Message', rejection: 'Rejection reason' };

function TemplateForm({ run, template, onDone }: { run: Run; template?: Template; onDone?: () => void }) {
  const { api } = useConsole();
  const [kind, setKind] = useState<TemplateKind>(template?.kind === 'rejection' ? 'rejection' : 'message');
  const [name, setName] = useState(template?.name ?? '');
  const [body, setBody] = useState(template?.body ?? '');
  const prefix = template === undefined ? 'template' : `template-${template.id}`;
  const save = async () => {
    const saved = template === undefined
      ? await run(() => api.POST('/v1/reply-templates', { body: { kind, name, body } }), { done: 'Template added.' })
      : await run(() => api.PATCH('/v1/reply-templates/{id}', { params: { path: { id: template.id } }, body: { kind, name, body } }), { done: 'Template saved.' });
    if (!saved) return;
    if (template === undefined) [setName, setBody].forEach((clear) => clear(''));
    onDone?.();
  };
  return (
    <SettingsForm title={template === undefined ? 'Add a template' : `Change ${template.name}`} onSubmit={save}>
      <div className="row">
        <div><label htmlFor={`${prefix}-kind`}>Used for</label>
          <select id={`${prefix}-kind`} value={kind} onChange={(event) => setKind(event.target.value === 'rejection' ? 'rejection' : 'message')}>
            {TEMPLATE_KINDS.map((value) => <option key={value} value={value}>{KIND_LABELS[value]}</option>)}
          </select></div>
        <div><label htmlFor={`${prefix}-name`}>Template name</label><input id={`${prefix}-name`} required maxLength={100} value={name} onChange={(event) => setName(event.target.value)} /></div>
      </div>
      <label htmlFor={`${prefix}-body`}>Text</label>
      <textarea id={`${prefix}-body`} required maxLength={10_000} value={body} onChange={(event) => setBody(event.target.value)} style={{ width: '100%' }} />
      <p className="muted">Placeholders: {PLACEHOLDERS.map((placeholder) => `{{${placeholder}}}`).join(' ')}</p>
      <p className="row">
        <button type="submit">{template === undefined ? 'Add template' : 'Save template'}</button>
        {onDone === undefined ? null : <button type="button" className="secondary" onClick={onDone}>Cancel</button>}
      </p>
    </SettingsForm>
  );
}

export function Templates() {
  const { api, canAct } = useConsole();
  const templates = useLoadedList<Template>(useCallback(() => api.GET('/v1/reply-templates'), [api]));
  const [editing, setEditing] = useState<string | undefined>();
  const remove = (template: Template) => {
    if (!window.confirm(`Delete the template ${template.name}?`)) return;
    void templates.run(() => api.DELETE('/v1/reply-templates/{id}', { params: { path: { id: template.id } } }), { done: 'Template deleted.' });
  };
  const edited = templates.items.find((template) => template.id === editing);
  return (
    <SettingsCard name="templates" title="Reply templates" notices={[templates.notice]}>
      <ListTable name="Templates" testId="templates" columns={['Used for', 'Name', 'Text', <span key="actions" className="sr-only">Actions</span>]}>
        {templates.items.map((template) => (
          <tr key={template.id}>
            <td>{template.kind === 'rejection' ? KIND_LABELS.rejection : KIND_LABELS.message}</td><td>{template.name}</td>
            <td className="email-text">{template.body}</td>
            <td>{canAct ? (
              <>
                <button type="button" className="secondary" aria-label={`Edit ${template.name}`} onClick={() => setEditing(template.id)}>Edit</button>{' '}
                <button type="button" className="secondary" aria-label={`Delete ${template.name}`} onClick={() => remove(template)}>Delete</button>
              </>
            ) : null}</td>
          </tr>
        ))}
      </ListTable>
      {templates.items.length === 0 ? <p className="muted">No templates yet.</p> : null}
      {canAct && edited !== undefined ? <TemplateForm key={edited.id} run={templates.run} template={edited} onDone={() => setEditing(undefined)} /> : null}
      {canAct ? <TemplateForm run={templates.run} /> : null}
    </SettingsCard>
  );
}
