import type { TimeRange } from '../../domain/claim/claim-filter.js';
import { DrfInvalidPage } from './drf-errors.js';
import type { MessageParams, Say } from './drf-messages.js';
import { DRF_LIMIT_DEFAULT, DRF_LIMIT_MAX, type PageRequest } from './drf-page.js';
import { parseCommaList, parseDateTime, QueryValueError, single } from './query.js';

// A list's query string read as django-filter and DRF's page-number pagination read it, for
// the DRF doors: each known parameter once, unknown ones ignored, empty values skipped, the
// filters' errors collected per field in the door's words and raised together (400) when
// the pagination is read, last.

export interface DrfQueryWords<M> {
  say: Say<M>;
  /** The door's 400 for the collected field errors. */
  invalid: (fields: Record<string, M[]>) => Error;
}

export class DrfQueryReader<M> {
  private readonly errors: Record<string, M[]> = {};

  constructor(private readonly query: Record<string, unknown>, private readonly words: DrfQueryWords<M>) {}

  /** The value, or undefined when absent or empty (django-filter skips empty values). */
  value(name: string): string | undefined {
    const value = single(this.query[name]);
    return value === undefined || value.trim() === '' ? undefined : value.trim();
  }

  private fail(name: string, msgid: string, params?: MessageParams): undefined {
    (this.errors[name] ??= []).push(this.words.say(msgid, params));
    return undefined;
  }

  /** The parsed value; a QueryValueError from `parse` is the field's error, in its own sentence. */
  parsed<T>(name: string, parse: (name: string, value: string) => T): T | undefined {
    const value = this.value(name);
    if (value === undefined) return undefined;
    try {
      return parse(name, value);
    } catch (error) {
      if (error instanceof QueryValueError) return this.fail(name, error.message);
      throw error;
    }
  }

  text(name: string): string[] | undefined {
    const value = this.value(name);
    return value === undefined ? undefined : [value];
  }

  integer(name: string): number | undefined {
    return this.parsed(name, (_, value) => wholeNumber(name, value));
  }

  integers(name: string): number[] | undefined {
    return this.parsed(name, (_, value) => parseCommaList(value).map((item) => wholeNumber(name, item)));
  }

  choice<T extends string>(name: string, allowed: readonly T[]): T | undefined {
    const value = this.value(name);
    if (value === undefined) return undefined;
    return allowed.find((candidate) => candidate === value) ?? this.invalidChoice(name, value);
  }

  /** A comma-separated `…__in` list, in the order of `allowed`. */
  choices<T extends string>(name: string, allowed: readonly T[]): T[] | undefined {
    const value = this.value(name);
    if (value === undefined) return undefined;
    const items = parseCommaList(value);
    const unknown = items.find((item) => !(allowed as readonly string[]).includes(item));
    if (unknown !== undefined) return this.invalidChoice(name, unknown);
    return allowed.filter((candidate) => items.includes(candidate));
  }

  private invalidChoice(name: string, value: string): undefined {
    return this.fail(name, 'Select a valid choice. {value} is not one of the available choices.', { value });
  }

  dateTime(name: string): Date | undefined {
    return this.parsed(name, parseDateTime);
  }

  /** `name`, `name__gte` and `name__lte`. */
  range(name: string): TimeRange | undefined {
    const range: TimeRange = { eq: this.dateTime(name), gte: this.dateTime(`${name}__gte`), lte: this.dateTime(`${name}__lte`) };
    return range.eq === undefined && range.gte === undefined && range.lte === undefined ? undefined : range;
  }

  /**
   * `limit` and `page`, read after every filter: the filters' errors and a bad `limit` are
   * raised together (400) before a bad page (404), as DRF filters before it paginates.
   */
  pagination(): { page: number; size: number } {
    const size = this.size();
    this.finish();
    return { page: this.page(), size };
  }

  /** The same, where DRF's `last` is a page too. */
  paginationOrLast(): { page: PageRequest; size: number } {
    const size = this.size();
    this.finish();
    return { page: this.value('page') === 'last' ? 'last' : this.page(), size };
  }

  /** `limit`: the page size, at most DRF_LIMIT_MAX. */
  private size(): number {
    const value = this.value('limit');
    if (value === undefined) return DRF_LIMIT_DEFAULT;
    if (!/^\d{1,9}$/.test(value)) return this.fail('limit', 'A valid integer is required.') ?? DRF_LIMIT_DEFAULT;
    const size = Number(value);
    if (size < 1) return this.fail('limit', 'Ensure this value is greater than or equal to {min}.', { min: 1 }) ?? DRF_LIMIT_DEFAULT;
    return Math.min(size, DRF_LIMIT_MAX);
  }

  private finish(): void {
    if (Object.keys(this.errors).length > 0) throw this.words.invalid(this.errors);
  }

  private page(): number {
    const value = this.value('page');
    if (value === undefined) return 1;
    if (!/^\d{1,9}$/.test(value) || Number(value) < 1) throw new DrfInvalidPage();
    return Number(value);
  }
}

function wholeNumber(name: string, value: string): number {
  if (!/^\d{1,15}$/.test(value)) throw new QueryValueError(name, 'Enter a whole number.');
  return Number(value);
}
