// A saved job page read as text, or refused with a message saying what to do instead.
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, readPostingFile } from '../../../renderer/src/features/paste/readPostingFile';

const file = (content: BlobPart, name: string, type = '') => new File([content], name, { type });

describe('readPostingFile', () => {
  it('reads .txt and .html pages in UTF-8, without the byte order mark', async () => {
    expect(await readPostingFile(file('Nestlé — Stagiaire', 'nestle.txt'))).toEqual({
      ok: true,
      text: 'Nestlé — Stagiaire',
    });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<p>Intern</p>')]);
    expect(await readPostingFile(file(bom, 'Job.HTML'))).toEqual({ ok: true, text: '<p>Intern</p>' });
    expect(await readPostingFile(file('Intern', 'posting', 'text/plain'))).toEqual({ ok: true, text: 'Intern' });
  });

  it('refuses other kinds of file by name and type', async () => {
    expect(await readPostingFile(file('%PDF-1.7', 'offer.pdf', 'application/pdf'))).toEqual({
      ok: false,
      error:
        "'offer.pdf' is not a text or HTML file. Save the job page as .txt or .html, or copy the page and paste it here.",
    });
  });

  it('refuses a file over the size limit, saying how big it is', async () => {
    const big = file(new Uint8Array(MAX_FILE_BYTES + 1), 'page.html');
    expect(await readPostingFile(big)).toEqual({
      ok: false,
      error:
        "'page.html' is 5.1 MB; a saved job page can be up to 5 MB. Copy the page's text and paste it here instead.",
    });
  });

  it('says a file could not be read, not that it is not text, when reading it fails', async () => {
    const gone = file('Intern', 'moved.txt');
    gone.arrayBuffer = () => Promise.reject(new Error('The file was moved.'));
    expect(await readPostingFile(gone)).toEqual({
      ok: false,
      error: "'moved.txt' could not be read: The file was moved.",
    });
  });

  it('reads a page saved in UTF-16 or in an older Windows encoding', async () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from('Zürich', (c) => [c.charCodeAt(0), 0]).flat()]);
    expect(await readPostingFile(file(utf16, 'zurich.txt'))).toEqual({ ok: true, text: 'Zürich' });
    // "Nestlé – €2,100" in Windows-1252: é is 0xe9, the dash 0x96, the euro sign 0x80.
    const windows = new Uint8Array([
      0x4e, 0x65, 0x73, 0x74, 0x6c, 0xe9, 0x20, 0x96, 0x20, 0x80, 0x32, 0x2c, 0x31, 0x30, 0x30,
    ]);
    expect(await readPostingFile(file(windows, 'nestle.txt'))).toEqual({ ok: true, text: 'Nestlé – €2,100' });
  });

  it('reads an HTML page in the encoding it declares', async () => {
    const head = new TextEncoder().encode('<meta charset="windows-1251"><p>');
    const page = new Uint8Array([...head, 0xcf, 0xf0, 0xe0, 0xea, 0xf2, 0xe8, 0xea, 0xe0]);
    expect(await readPostingFile(file(page, 'yandex.html'))).toEqual({
      ok: true,
      text: '<meta charset="windows-1251"><p>Практика',
    });
  });

  it('refuses binary content and an empty file', async () => {
    expect(await readPostingFile(file('MZ\u0000\u0000', 'setup.txt'))).toMatchObject({
      ok: false,
      error: "'setup.txt' is not text, even though its name says so.",
    });
    expect(await readPostingFile(file(' \n', 'empty.txt'))).toEqual({ ok: false, error: "'empty.txt' is empty." });
  });
});
