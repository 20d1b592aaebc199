/** What replaces a secret in logs and messages. */
export const REDACTED = '[REDACTED]';

/** Headers whose values are secrets: credentials, cookies and any Apify header naming a token. */
const SECRET_HEADER = /^(authorization|proxy-authorization|cookie|set-cookie)$|^x-apify-.*token/i;
/** `token=…` in any URL or text (also `apiToken=`), up to the next separator. */
const TOKEN_PARAM = /(token=)[^&#\s"'<>]*/gi;
const BEARER = /(bearer\s+)[^\s"',;]+/gi;

/** Removes secrets from strings, headers and log data before they leave the transport. */
export interface Redactor {
  /** The text with the configured token, `token=` values and Bearer credentials replaced. */
  text(value: string): string;
  /** A copy of the headers with secret values replaced. */
  headers(headers: Readonly<Record<string, string>>): Record<string, string>;
}

/** Builds the redactor for a client; `token` is the configured API token (every occurrence is replaced). */
export function createRedactor(token: string | undefined): Redactor {
  const text = (value: string): string => {
    const withoutToken = token ? value.split(token).join(REDACTED) : value;
    return withoutToken.replace(TOKEN_PARAM, `$1${REDACTED}`).replace(BEARER, `$1${REDACTED}`);
  };
  const headers = (input: Readonly<Record<string, string>>): Record<string, string> => {
    const out: Record<string, string> = {};
    for (const name in input) out[name] = SECRET_HEADER.test(name) ? REDACTED : text(input[name] as string);
    return out;
  };
  return { text, headers };
}
