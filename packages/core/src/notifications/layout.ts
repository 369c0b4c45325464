/**
 * The layout of every e-mail: callers write plain text, and the HTML is derived from it here, so
 * the two never say different things and no caller writes markup (issue 15 §5).
 */

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

// An address ends at white space or a character that cannot be part of one in running text.
const LINK = /https?:\/\/[^\s<>"']+/g;
// Punctuation that ends a sentence after a link belongs to the sentence, not to the address.
const TRAILING = /[.,;:!?)\]]+$/;

/** One line of text as HTML: escaped, with http(s) addresses as links. */
export function linkify(line: string): string {
  let html = '';
  let at = 0;
  for (const match of line.matchAll(LINK)) {
    const url = match[0].replace(TRAILING, '');
    html += escapeHtml(line.slice(at, match.index));
    html += `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`;
    at = match.index + url.length;
  }
  return html + escapeHtml(line.slice(at));
}

/** Paragraphs are separated by blank lines; single line breaks stay line breaks. */
export function paragraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

export interface NoticeLayoutInput {
  subject: string;
  text: string;
  /** Why the recipient got the message and where to change that. */
  footer: string;
  locale: 'sv' | 'en';
}

/** The message as sent: the text with its footer, and the HTML derived from both. */
export function layoutNotice(input: NoticeLayoutInput): { subject: string; text: string; html: string } {
  const subject = input.subject.replace(/\s+/g, ' ').trim();
  const body = paragraphs(input.text);
  const footer = paragraphs(input.footer);
  const text = `${body.join('\n\n')}\n\n-- \n${footer.join('\n\n')}\n`;
  const toHtml = (p: string, style: string) =>
    `<p style="${style}">${p
      .split('\n')
      .map((line) => linkify(line))
      .join('<br>\n')}</p>`;
  const html = [
    '<!doctype html>',
    `<html lang="${input.locale}">`,
    `<head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family: Arial, Helvetica, sans-serif; font-size: 16px; line-height: 1.5; color: #1e2b3c;">',
    ...body.map((p) => toHtml(p, 'margin: 0 0 1em 0;')),
    '<hr style="border: 0; border-top: 1px solid #c9d1dc; margin: 2em 0 1em 0;">',
    ...footer.map((p) => toHtml(p, 'margin: 0 0 0.5em 0; font-size: 14px; color: #4b5a6b;')),
    '</body>',
    '</html>',
    '',
  ].join('\n');
  return { subject, text, html };
}
