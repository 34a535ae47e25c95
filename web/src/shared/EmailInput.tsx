import type { InputHTMLAttributes } from 'react';

// An email field the browser does not judge. Its type=email refuses legal internationalised
// addresses (a dotless ı before the @, as in sofia.yılmaz.99@example.com), so the field is
// text that phones still type as an address, and the server's own validation decides.

export function EmailInput(props: Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'inputMode'>) {
  return <input {...props} type="text" inputMode="email" autoCapitalize="none" spellCheck={false} />;
}
