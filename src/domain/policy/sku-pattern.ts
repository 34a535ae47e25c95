// SKU patterns: `*` stands for any run of characters, `?` for exactly one; everything else
// is literal and case-sensitive. Matched without building a regular expression, so a
// pattern cannot be made to backtrack for long.

export function isSkuPattern(pattern: string): boolean {
  return pattern.length > 0 && pattern.length <= 100;
}

export function matchesSku(pattern: string, sku: string): boolean {
  let p = 0;
  let s = 0;
  let star = -1;
  let resume = 0;
  while (s < sku.length) {
    if (p < pattern.length && (pattern[p] === '?' || pattern[p] === sku[s])) {
      p += 1;
      s += 1;
    } else if (p < pattern.length && pattern[p] === '*') {
      star = p;
      resume = s;
      p += 1;
    } else if (star !== -1) {
      p = star + 1;
      resume += 1;
      s = resume;
    } else {
      return false;
    }
  }
  while (p < pattern.length && pattern[p] === '*') p += 1;
  return p === pattern.length;
}

export function matchesAnySku(patterns: readonly string[], sku: string): boolean {
  return patterns.some((pattern) => matchesSku(pattern, sku));
}
