import type { Refusal } from '../refusal.js';

// A reply template: a message or a rejection reason a store's agents send again and again,
// with placeholders for the claim's facts. Filling is pure and happens where the agent
// writes (the console), so the agent sees and may change the words before they are sent;
// the server keeps templates, never sends them on its own.

export const TEMPLATE_KINDS = ['message', 'rejection'] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

export interface ReplyTemplate {
  id: number;
  uuid: string;
  storeId: number;
  kind: TemplateKind;
  name: string;
  body: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface TemplateFields {
  kind: TemplateKind;
  name: string;
  body: string;
}

/** What a placeholder stands for. */
export const PLACEHOLDERS = ['customer_first_name', 'customer_name', 'claim_number', 'order_number', 'store_name'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
export type TemplateFacts = Record<Placeholder, string>;

const PLACEHOLDER = /\{\{\s*([a-z_]+)\s*\}\}/g;

function isPlaceholder(name: string): name is Placeholder {
  return PLACEHOLDERS.some((known) => known === name);
}

/** Refuses a body naming a placeholder nobody fills: it would reach the customer as braces. */
export function templateBodyRefusal(body: string): Refusal | undefined {
  for (const match of body.matchAll(PLACEHOLDER)) {
    const name = match[1] ?? '';
    if (!isPlaceholder(name)) {
      return { code: 'invalid_input', message: `unknown placeholder {{${name}}}; known: ${PLACEHOLDERS.map((known) => `{{${known}}}`).join(', ')}`, path: '/body/body' };
    }
  }
  return undefined;
}

/** The template's words for this claim. */
export function fillTemplate(body: string, facts: TemplateFacts): string {
  return body.replace(PLACEHOLDER, (whole, name: string) => (isPlaceholder(name) ? facts[name] : whole));
}
