import { useEffect, useState } from 'react';
import { CLAIM_KINDS, CLAIM_STATUSES } from '../../../../src/domain/claim/status.js';
import { serviceLevelDue } from '../../../../src/domain/policy/deadlines.js';
import type { Policy } from '../../../../src/domain/policy/document.js';
import type { Claim } from '../../api/client.js';
import { navigate } from '../../shared/router.js';
import { useT } from '../i18n/index.js';
import { useConsole } from '../session.js';

// What the store's policy made of the claim — the rule that decided it, its queue and flags,
// the service level it is due for — and the customer's other claims, so a pattern shows.

export function PolicyFacts({ claim }: { claim: Claim }) {
  const { api } = useConsole();
  const { t, tn, locale } = useT();
  const [policy, setPolicy] = useState<Policy | undefined>();
  const [others, setOthers] = useState<Claim[]>([]);
  useEffect(() => { void api.GET('/v1/policy').then(({ data }) => setPolicy(data?.policy)); }, [api]);
  useEffect(() => {
    void api.GET('/v1/claims', { params: { query: { customer_email: claim.customer.email, limit: 11 } } })
      .then(({ data }) => setOthers((data?.data ?? []).filter((other) => other.id !== claim.id).slice(0, 10)));
  }, [api, claim.customer.email, claim.id]);
  const kind = CLAIM_KINDS.find((candidate) => candidate === claim.kind);
  const status = CLAIM_STATUSES.find((candidate) => candidate === claim.status);
  const answered = claim.messages.some((message) => message.sender_type !== 'customer' && !message.internal);
  const due = policy === undefined || kind === undefined || status === undefined ? undefined
    : serviceLevelDue(policy, { kind, status, createdAt: new Date(claim.created_at), answered }, new Date());
  const decision = claim.automatic_decision;
  const decided = decision === null ? t('claim.decidedByNobody') : t(decision.reason ? 'claim.decidedByRuleBecause' : 'claim.decidedByRule', {
    rule: decision.rule_id, action: tn('claim.decision_', decision.action), reason: decision.reason ?? '', at: new Date(decision.decided_at).toLocaleString(locale),
  });
  return (
    <section className="card" aria-labelledby="policy-facts">
      <h2 id="policy-facts">{t('claim.policyAndHistory')}</h2>
      <dl className="facts">
        <dt>{t('claim.decidedBy')}</dt>
        <dd data-testid="automatic-decision">{decided}</dd>
        <dt>{t('claim.queue')}</dt><dd>{claim.queue ?? '—'}</dd>
        <dt>{t('claim.flags')}</dt><dd>{claim.risk_flags.length === 0 ? '—' : claim.risk_flags.map((flag) => <span key={flag} className="badge flag">{tn('claim.flag_', flag)}</span>)}</dd>
        <dt>{t('claim.due')}</dt>
        <dd>{due === undefined ? '—' : <span className={due.overdue ? 'overdue' : undefined}>{t(due.overdue ? 'claim.wasDueAt' : 'claim.dueAt', { level: tn('claim.level_', due.level), at: due.dueAt.toLocaleString(locale) })}</span>}</dd>
        <dt>{t('claim.otherClaims')}</dt>
        <dd>{others.length === 0 ? t('common.none') : others.map((other, index) => (
          <span key={other.id}>{index > 0 ? ', ' : ''}<a href={`/console/claims/${other.id}`} onClick={(event) => { event.preventDefault(); navigate(`/console/claims/${other.id}`); }}>{other.number}</a> ({tn('common.status_', other.status)})</span>
        ))}</dd>
      </dl>
    </section>
  );
}
