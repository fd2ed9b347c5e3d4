import { describe, expect, it } from 'vitest';
import { decodeEntities } from '@shared/posting/htmlEntities';

describe('decodeEntities', () => {
  it('decodes named, decimal and hexadecimal references', () => {
    expect(decodeEntities('&lt;b&gt; &quot;x&quot; &#39;y&#39; &#x27;z&#x27; &hellip;')).toBe("<b> \"x\" 'y' 'z' …");
  });

  it('decodes accented letters by name', () => {
    expect(decodeEntities('J&ouml;rg M&uuml;ller, Montr&eacute;al, &Ccedil;a, Espa&ntilde;a')).toBe(
      'Jörg Müller, Montréal, Ça, España',
    );
  });

  it('reads &#128;-&#159; as Windows-1252, as browsers do', () => {
    expect(decodeEntities('&#150; &#151; &#146; &#128;')).toBe('– — ’ €');
  });

  it('replaces impossible code points instead of failing', () => {
    expect(decodeEntities('&#0; &#xD800; &#x110000;')).toBe('\ufffd \ufffd \ufffd');
  });

  it('leaves unknown names and bare ampersands alone', () => {
    expect(decodeEntities('R&D, &unknown; AT&T')).toBe('R&D, &unknown; AT&T');
  });

  it('accepts the common names without a semicolon, and only those', () => {
    expect(decodeEntities('&amp &nbsp &eacute')).toBe('& \u00a0 &eacute');
  });
});
