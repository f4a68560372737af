import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { assertReadableFile, readTextInput } from '../../../src/cli/common.ts';
import { tempDir } from '../../helpers/workspace.ts';

describe('the text input of kroniek analyze', () => {
  const dir = tempDir();

  it('decodes as ingest does: UTF-8 without its byte-order mark, windows-1252 curly quotes', async () => {
    const utf8 = join(dir, 'utf8.txt');
    writeFileSync(utf8, '\ufeffLoekasjenko erkent het.');
    expect(await readTextInput(utf8)).toBe('Loekasjenko erkent het.');
    const legacy = join(dir, 'cp1252.txt');
    writeFileSync(legacy, iconv.encode('Hij zei: “Oké, dat klopt.”', 'windows-1252'));
    expect(await readTextInput(legacy)).toBe('Hij zei: “Oké, dat klopt.”');
  });

  it('refuses what is not a readable text file, naming it', async () => {
    const binary = join(dir, 'binary.bin');
    writeFileSync(binary, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01]));
    await expect(readTextInput(binary)).rejects.toThrow(`${binary}: this is a binary file, not text`);
    const big = join(dir, 'big.txt');
    writeFileSync(big, 'woord '.repeat(100));
    await expect(readTextInput(big, 100)).rejects.toThrow(`${big}: the file is 600 bytes; the limit is 100`);
    expect(() => assertReadableFile(join(dir, 'missing.txt'))).toThrow(`${join(dir, 'missing.txt')}: no such file`);
    expect(() => assertReadableFile(dir)).toThrow(`${dir}: this is not a file`);
  });
});
