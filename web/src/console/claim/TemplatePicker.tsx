import { useCallback } from 'react';
import { fillTemplate, type TemplateKind } from '../../../../src/domain/claim/reply-template.js';
import type { Claim, components } from '../../api/client.js';
import { useT } from '../i18n/index.js';
import { useConsole } from '../session.js';
import { useLoadedList } from '../useLoadedList.js';

// The store's templates of one kind, offered where the agent writes: picking one puts its
// words, filled with this claim's facts, into the box, where the agent can still change them.
// A store without templates (or a list that cannot be read) shows no picker at all.

type Template = components['schemas']['ReplyTemplate'];

export function TemplatePicker({ kind, claim, id, onPick }: { kind: TemplateKind; claim: Claim; id: string; onPick: (text: string) => void }) {
  const { api, session } = useConsole();
  const { t } = useT();
  const templates = useLoadedList<Template>(useCallback(() => api.GET('/v1/reply-templates', { params: { query: { kind } } }), [api, kind]));
  const usable = templates.items.filter((template) => template.kind === kind);
  if (usable.length === 0) return null;
  const facts = {
    customer_first_name: claim.customer.first_name, customer_name: `${claim.customer.first_name} ${claim.customer.last_name}`.trim(),
    claim_number: claim.number, order_number: claim.order.number, store_name: session.store.name,
  };
  return (
    <div>
      <label htmlFor={id}>{t('claim.useTemplate')}</label>
      <select id={id} value="" onChange={(event) => {
        const template = usable.find((candidate) => candidate.id === event.target.value);
        if (template !== undefined) onPick(fillTemplate(template.body, facts));
      }}>
        <option value="">{t('claim.chooseTemplate')}</option>
        {usable.map((template) => <option key={template.id} value={template.id}>{template.name}</option>)}
      </select>
    </div>
  );
}
