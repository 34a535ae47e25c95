import { useState } from 'react';
import type { ClaimStatus } from '../../api/client.js';
import { label } from '../session.js';
import { statusesOf } from './moves.js';

// The moves without a button of their own, chosen from a list.

export function MoveForm({ moves, onMove }: { moves: ClaimStatus[]; onMove: (to: ClaimStatus) => void }) {
  const [moveTo, setMoveTo] = useState<ClaimStatus | ''>('');
  return (
    <form className="row" onSubmit={(event) => { event.preventDefault(); if (moveTo !== '') onMove(moveTo); }}>
      <div>
        <label htmlFor="move-to">Move to</label>
        <select id="move-to" value={moveTo} onChange={(event) => setMoveTo(statusesOf([event.target.value])[0] ?? '')}>
          <option value="">choose a status</option>
          {moves.map((to) => <option key={to} value={to}>{label(to)}</option>)}
        </select>
      </div>
      <button type="submit" className="secondary">Move</button>
    </form>
  );
}
