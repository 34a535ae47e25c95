import type { FastifyRequest } from 'fastify';

// Django REST Framework conventions shared by the Akinon-style doors (Seller Center and
// Omnitron): the page-number envelope, absolute next/previous links and the error bodies.

export interface DrfPage<T> {
  count: number;
  next: string | null;
  previous: string | null;
  results: T[];
}

export const DRF_LIMIT_DEFAULT = 10;
export const DRF_LIMIT_MAX = 100;

/** The absolute URL of the same endpoint with every query parameter kept and `page` replaced. */
export function pageUrl(request: FastifyRequest, page: number): string {
  const url = new URL(request.url, `${request.protocol}://${request.host}`);
  url.searchParams.set('page', String(page));
  return url.toString();
}

export function drfPage<T>(request: FastifyRequest, page: { number: number; size: number; count: number }, results: T[]): DrfPage<T> {
  const last = Math.max(1, Math.ceil(page.count / page.size));
  return {
    count: page.count,
    next: page.number < last ? pageUrl(request, page.number + 1) : null,
    previous: page.number > 1 ? pageUrl(request, page.number - 1) : null,
    results,
  };
}

/** DRF answers a page past the end with 404 {"detail": "Invalid page."}; page 1 of nothing is fine. */
export function isPastTheEnd(page: { number: number; size: number; count: number }): boolean {
  return page.number > 1 && (page.number - 1) * page.size >= page.count;
}

export interface DrfDetailError {
  detail: string;
  code: string;
}

export type DrfFieldErrors = Record<string, string[] | string> & { code?: string };

export function detailError(detail: string, code: string): DrfDetailError {
  return { detail, code };
}

export function fieldErrors(errors: Record<string, string[]>, code = 'invalid'): DrfFieldErrors {
  return { ...errors, code };
}

export function nonFieldErrors(messages: string[], code = 'invalid'): DrfFieldErrors {
  return { non_field_errors: messages, code };
}

/** Fastify/Ajv validation issues as DRF field errors: {"field": ["message"]}. */
export function validationFieldErrors(issues: ReadonlyArray<{ instancePath: string; keyword: string; params: Record<string, unknown>; message?: string }>): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of issues) {
    const path = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
    const field = issue.keyword === 'required' ? String(issue.params.missingProperty)
      : issue.keyword === 'additionalProperties' ? String(issue.params.additionalProperty)
        : path === '' ? 'non_field_errors' : path;
    const message = issue.keyword === 'required' ? 'This field is required.'
      : issue.keyword === 'additionalProperties' ? 'Unknown field.'
        : `${issue.message ?? 'Invalid value'}.`;
    (errors[field] ??= []).push(message);
  }
  return errors;
}
