import type { FastifyRequest } from 'fastify';
import { DrfInvalidPage } from './drf-errors.js';
import { publicLink } from '../../http/public-origin.js';

// Django REST Framework's page-number pagination, shared by the Akinon-style doors (Seller
// Center and Omnitron): which page to serve, and the envelope with absolute next/previous links.

export interface DrfPage<T> {
  count: number;
  next: string | null;
  previous: string | null;
  results: T[];
}

export const DRF_LIMIT_DEFAULT = 10;
export const DRF_LIMIT_MAX = 100;

/** A page number, or DRF's `last`. */
export type PageRequest = number | 'last';

/** The page number to serve, or 404 "Invalid page." past the end (page 1 of nothing is an empty page). */
export function pageNumberOf(requested: PageRequest, count: number, size: number): number {
  const last = Math.max(1, Math.ceil(count / size));
  if (requested === 'last') return last;
  if (requested > last) throw new DrfInvalidPage();
  return requested;
}

/** The absolute URL of the same endpoint with every query parameter kept and `page` replaced. */
export function pageUrl(request: FastifyRequest, page: number): string {
  const url = publicLink(request, request.url);
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
