import { describe, expect, it } from 'vitest';
import { escapeHtml, layoutNotice, linkify, paragraphs } from './layout';

describe('escapeHtml', () => {
  it('escapes the five characters that can open markup or end an attribute', () => {
    expect(escapeHtml(`<b class="x">Ö & 'å'</b>`)).toBe('&lt;b class=&quot;x&quot;&gt;Ö &amp; &#39;å&#39;&lt;/b&gt;');
  });
});

describe('linkify', () => {
  it('makes an address clickable and leaves the sentence’s full stop outside it', () => {
    expect(linkify('Öppna https://insikt.example.se/konto.')).toBe(
      'Öppna <a href="https://insikt.example.se/konto">https://insikt.example.se/konto</a>.',
    );
  });
  it('escapes the text around a link and an ampersand in it', () => {
    expect(linkify('<x> http://a.se/?a=1&b=2 (se)')).toBe(
      '&lt;x&gt; <a href="http://a.se/?a=1&amp;b=2">http://a.se/?a=1&amp;b=2</a> (se)',
    );
  });
  it('does not make a link of a javascript: address or of text that only looks like one', () => {
    expect(linkify('javascript:alert(1) och www.exempel.se')).toBe('javascript:alert(1) och www.exempel.se');
  });
  it('ends an address at a quote, so it cannot break out of the attribute', () => {
    expect(linkify('https://a.se/"onmouseover="x')).toBe(
      '<a href="https://a.se/">https://a.se/</a>&quot;onmouseover=&quot;x',
    );
  });
});

describe('paragraphs', () => {
  it('splits on blank lines (also Windows line ends) and drops empty ones', () => {
    expect(paragraphs('Hej!\r\n\r\nRad ett\nrad två\n\n\n  \nSlut  ')).toEqual(['Hej!', 'Rad ett\nrad två', 'Slut']);
  });
});

describe('layoutNotice', () => {
  const message = layoutNotice({
    subject: '  Ny avvikelse\n 2024-7 ',
    text: 'En ny avvikelse har rapporterats.\n\nLäs den: https://insikt.se/a/1',
    footer: 'Du får detta eftersom du handlägger avvikelser.\nÄndra: https://insikt.se/konto',
    locale: 'sv',
  });

  it('keeps the subject on one line (a line break there would start a new header)', () => {
    expect(message.subject).toBe('Ny avvikelse 2024-7');
  });
  it('ends the text with the footer after the conventional signature separator', () => {
    expect(message.text).toBe(
      'En ny avvikelse har rapporterats.\n\nLäs den: https://insikt.se/a/1\n\n-- \n' +
        'Du får detta eftersom du handlägger avvikelser.\nÄndra: https://insikt.se/konto\n',
    );
  });
  it('derives the HTML: one paragraph per paragraph, links clickable, the footer below a rule', () => {
    expect(message.html).toContain('<html lang="sv">');
    expect(message.html).toContain('<title>Ny avvikelse 2024-7</title>');
    expect(message.html).toContain('>En ny avvikelse har rapporterats.</p>');
    expect(message.html).toContain('>Läs den: <a href="https://insikt.se/a/1">https://insikt.se/a/1</a></p>');
    expect(message.html).toMatch(
      /<hr[^>]*>\n<p[^>]*>Du får detta eftersom du handlägger avvikelser\.<br>\nÄndra: <a href="https:\/\/insikt\.se\/konto">/,
    );
    expect(message.html.match(/<p /g)).toHaveLength(3);
  });
  it('escapes whatever a caller’s text holds', () => {
    const hostile = layoutNotice({ subject: '<s>', text: '<script>x</script>', footer: 'f', locale: 'en' });
    expect(hostile.html).not.toContain('<script>');
    expect(hostile.html).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(hostile.html).toContain('<title>&lt;s&gt;</title>');
  });
});
