import { useEffect, useState } from 'react';
import { CLAIM_KINDS, CLAIM_STATUSES } from '../../../../src/domain/claim/status.js';
import { serviceLevelDue } from '../../../../src/domain/policy/deadlines.js';
import type { Policy } from '../../../../src/domain/policy/document.js';
import type { Claim } from '../../api/client.js';
import { navigate } from '../../shared/router.js';
import { label, useConsole } from '../session.js';

// What the store's policy made of the claim — the rule that decided it, its queue and flags,
// the service level it is due for — and the customer's other claims, so a pattern shows.

export function PolicyFacts({ claim }: { claim: Claim }) {
  const { api } = useConsole();
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
  return (
    <section className="card" aria-labelledby="policy-facts">
      <h2 id="policy-facts">Policy and history</h2>
      <dl className="facts">
        <dt>Decided by</dt>
        <dd data-testid="automatic-decision">{decision === null ? 'nobody yet (no rule decided it)' : `rule ${decision.rule_id}: ${label(decision.action)}${decision.reason ? ` (${decision.reason})` : ''}, ${new Date(decision.decided_at).toLocaleString()}`}</dd>
        <dt>Queue</dt><dd>{claim.queue ?? '—'}</dd>
        <dt>Flags</dt><dd>{claim.risk_flags.length === 0 ? '—' : claim.risk_flags.map((flag) => <span key={flag} className="badge flag">{label(flag)}</span>)}</dd>
        <dt>Due</dt>
        <dd>{due === undefined ? '—' : <span className={due.overdue ? 'overdue' : undefined}>{label(due.level)} {due.overdue ? 'was due' : 'due'} {due.dueAt.toLocaleString()}</span>}</dd>
        <dt>Other claims</dt>
        <dd>{others.length === 0 ? 'none' : others.map((other, index) => (
          <span key={other.id}>{index > 0 ? ', ' : ''}<a href={`/console/claims/${other.id}`} onClick={(event) => { event.preventDefault(); navigate(`/console/claims/${other.id}`); }}>{other.number}</a> ({label(other.status)})</span>
        ))}</dd>
      </dl>
    </section>
  );
}
