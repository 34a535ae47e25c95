// What the body check may set aside when it compares Recourse's answer with the reference's:
// only what differs by nature between two answers. Refunds v2 wraps every answer in an
// envelope with a fresh `responseId` (a random UUID) and the `timestamp` of the answer;
// both are blanked (their shape is kept). Nothing else is normalised.

const ENVELOPE = /^\{"responseId":"[0-9a-f-]{36}","timestamp":"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z",/;

export function comparable(body: string): string {
  return body.replace(ENVELOPE, '{"responseId":"…","timestamp":"…",');
}

/** The first place two bodies differ, with some context, or undefined when they are the same bytes (after `comparable`). */
export function firstDifference(recourse: string, reference: string): string | undefined {
  const a = comparable(recourse);
  const b = comparable(reference);
  if (a === b) return undefined;
  let at = 0;
  while (at < a.length && at < b.length && a[at] === b[at]) at += 1;
  const from = Math.max(0, at - 80);
  return `bodies differ at byte ${at} (lengths ${a.length} and ${b.length}):\n  recourse:  …${a.slice(from, at + 80)}…\n  reference: …${b.slice(from, at + 80)}…`;
}
