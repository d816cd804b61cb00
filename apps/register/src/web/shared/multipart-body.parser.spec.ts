import { parseMultipartBody } from './multipart-body.parser';

const BOUNDARY = 'register-boundary';
const TYPE = `multipart/form-data; boundary=${BOUNDARY}`;

function body(parts: readonly { name: string; fileName?: string; content: string }[]): Buffer {
  const lines = parts.flatMap(({ name, fileName, content }) => [
    `--${BOUNDARY}`,
    `Content-Disposition: form-data; name="${name}"${fileName === undefined ? '' : `; filename="${fileName}"`}`,
    ...(fileName === undefined ? [] : ['Content-Type: text/csv']),
    '',
    content,
  ]);
  return Buffer.from([...lines, `--${BOUNDARY}--`, ''].join('\r\n'), 'utf8');
}

describe('parseMultipartBody', () => {
  it('gives each text field once and each file field as its list of files', async () => {
    const fields = await parseMultipartBody(
      body([{ name: '_csrf', content: 'token' }, { name: 'bestand', fileName: 'mandaten.csv', content: 'nummer\r\nm-1' }, { name: 'bestand', fileName: 'functies.csv', content: 'id' }]),
      '/inlezen',
      TYPE,
    );
    expect(fields?._csrf).toBe('token');
    expect((fields?.bestand as { name: string; bytes: Buffer }[]).map(({ name, bytes }) => [name, bytes.toString('utf8')])).toEqual([
      ['mandaten.csv', 'nummer\r\nm-1'],
      ['functies.csv', 'id'],
    ]);
  });

  it('refuses a form with more files than it reads rather than dropping the rest', async () => {
    const files = Array.from({ length: 21 }, (_, n) => ({ name: 'bestand', fileName: `blad-${n}.csv`, content: 'x' }));
    await expect(parseMultipartBody(body(files), '/inlezen', TYPE)).rejects.toMatchObject({ message: expect.any(String) });
    await expect(parseMultipartBody(body(files.slice(0, 20)), '/inlezen', TYPE)).resolves.toBeDefined();
  });
});
