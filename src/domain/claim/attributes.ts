import type { Refusal } from '../refusal.js';

// A claim's `attributes`: free-form JSON a door or an integration keeps on the claim. What a
// customer sets (a customer key, a portal session) is capped, so one customer cannot store
// a mebibyte per claim, any number of times. Staff and integrations keep the body limit.

export const CUSTOMER_ATTRIBUTES_BYTES_MAX = 8 * 1024;
export const CUSTOMER_ATTRIBUTES_DEPTH_MAX = 5;

/** How deep a JSON value nests (a scalar is 0, `{}` is 1), walked without recursion. */
function depthOf(value: unknown, stopAfter: number): number {
  let deepest = 0;
  const pending: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  while (pending.length > 0) {
    const next = pending.pop()!;
    if (next.value === null || typeof next.value !== 'object') continue;
    const depth = next.depth + 1;
    deepest = Math.max(deepest, depth);
    if (deepest > stopAfter) return deepest;
    for (const child of Object.values(next.value)) pending.push({ value: child, depth });
  }
  return deepest;
}

/** Whether a customer may set these attributes: a refusal naming the limit, or undefined. */
export function checkCustomerAttributes(attributes: Record<string, unknown>, path = '/attributes'): Refusal | undefined {
  if (depthOf(attributes, CUSTOMER_ATTRIBUTES_DEPTH_MAX) > CUSTOMER_ATTRIBUTES_DEPTH_MAX) {
    return { code: 'invalid_input', message: `attributes set by a customer may nest at most ${CUSTOMER_ATTRIBUTES_DEPTH_MAX} levels deep`, path };
  }
  const bytes = new TextEncoder().encode(JSON.stringify(attributes)).length;
  if (bytes > CUSTOMER_ATTRIBUTES_BYTES_MAX) {
    return { code: 'invalid_input', message: `attributes set by a customer may take at most ${CUSTOMER_ATTRIBUTES_BYTES_MAX} bytes as JSON, not ${bytes}`, path };
  }
  return undefined;
}
