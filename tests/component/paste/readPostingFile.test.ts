// A saved job page read as text, or refused with a message saying what to do instead.
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, readPostingFile } from '../../../renderer/src/features/paste/readPostingFile';

const file = (content: BlobPart, name: string, type = '') => new File([content], name, { type });

describe('readPostingFile', () => {
  it('reads .txt and .html pages as UTF-8, without the byte order mark', async () => {
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

  it('says a file could not be read, not that it is not UTF-8, when reading it fails', async () => {
    const gone = file('Intern', 'moved.txt');
    gone.arrayBuffer = () => Promise.reject(new Error('The file was moved.'));
    expect(await readPostingFile(gone)).toEqual({
      ok: false,
      error: "'moved.txt' could not be read: The file was moved.",
    });
  });

  it('refuses text that is not UTF-8, binary content and an empty file', async () => {
    const latin1 = file(new Uint8Array([0x4e, 0x65, 0x73, 0x74, 0x6c, 0xe9]), 'nestle.txt');
    expect(await readPostingFile(latin1)).toMatchObject({ ok: false, error: expect.stringContaining('not UTF-8') });
    expect(await readPostingFile(file('MZ\u0000\u0000', 'setup.txt'))).toMatchObject({
      ok: false,
      error: "'setup.txt' is not text, even though its name says so.",
    });
    expect(await readPostingFile(file(' \n', 'empty.txt'))).toEqual({ ok: false, error: "'empty.txt' is empty." });
  });
});
