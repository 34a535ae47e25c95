import { useCallback, useEffect, useState } from 'react';
import { problemOf, type Balances, type Claim, type ClaimEvent } from '../../api/client.js';
import { useT } from '../i18n/index.js';
import { noticeAfter, type Answer, type Notice } from '../notice.js';
import { useConsole } from '../session.js';

// One claim as its page shows it: the claim, what is still claimable and refundable, and its
// events, loaded together and again after every action. An action that meets a newer
// version (412) marks the page stale instead of saying it failed.

/** Runs one action on the claim, named in the page's language; true when it went through (the claim is then loaded again). */
export type Act = (what: string, call: () => Promise<Answer>) => Promise<boolean>;

export interface LoadedClaim {
  claim: Claim | undefined;
  balances: Balances | undefined;
  events: ClaimEvent[];
  stale: boolean;
  notice: Notice | undefined;
  reload: () => Promise<void>;
  act: Act;
}

export function useClaim(id: string): LoadedClaim {
  const { api } = useConsole();
  const { t } = useT();
  const [claim, setClaim] = useState<Claim | undefined>();
  const [balances, setBalances] = useState<Balances | undefined>();
  const [events, setEvents] = useState<ClaimEvent[]>([]);
  const [stale, setStale] = useState(false);
  const [notice, setNotice] = useState<Notice | undefined>();

  const reload = useCallback(async () => {
    const path = { params: { path: { id } } };
    const [found, balance, history] = await Promise.all([
      api.GET('/v1/claims/{id}', path),
      api.GET('/v1/claims/{id}/balances', path),
      api.GET('/v1/claims/{id}/events', { params: { path: { id }, query: { limit: 500 } } }),
    ]);
    if (found.data === undefined) return setNotice({ kind: 'error', text: problemOf(found.error, found.response).detail });
    setClaim(found.data);
    setBalances(balance.data);
    setEvents(history.data?.data ?? []);
    setStale(false);
  }, [api, id]);
  useEffect(() => { void reload(); }, [reload]);

  const act = useCallback<Act>(async (what, call) => {
    setNotice(undefined);
    const answer = await call();
    if (answer.response.status === 412) {
      setStale(true);
      return false;
    }
    setNotice(noticeAfter(answer, { what }, t));
    if (!answer.response.ok) return false;
    await reload();
    return true;
  }, [reload, t]);

  return { claim, balances, events, stale, notice, reload, act };
}

/** The claim's path parameter, as every claim action takes it. */
export function claimPath(claim: Claim) {
  return { path: { id: String(claim.id) } };
}

/** The version shown, so a claim changed by someone else meanwhile is refused (412). */
export function ifMatch(claim: Claim) {
  return { 'if-match': `"${claim.version}"` };
}
