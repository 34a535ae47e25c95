import { useState } from 'react';
import type { ClaimStatus } from '../../api/client.js';
import { useT } from '../i18n/index.js';
import { statusesOf } from './moves.js';

// The moves without a button of their own, chosen from a list.

export function MoveForm({ moves, onMove }: { moves: ClaimStatus[]; onMove: (to: ClaimStatus) => void }) {
  const { t, tn } = useT();
  const [moveTo, setMoveTo] = useState<ClaimStatus | ''>('');
  return (
    <form className="row" onSubmit={(event) => { event.preventDefault(); if (moveTo !== '') onMove(moveTo); }}>
      <div>
        <label htmlFor="move-to">{t('claim.moveToLabel')}</label>
        <select id="move-to" value={moveTo} onChange={(event) => setMoveTo(statusesOf([event.target.value])[0] ?? '')}>
          <option value="">{t('claim.chooseStatus')}</option>
          {moves.map((to) => <option key={to} value={to}>{tn('common.status_', to)}</option>)}
        </select>
      </div>
      <button type="submit" className="secondary">{t('claim.move')}</button>
    </form>
  );
}
