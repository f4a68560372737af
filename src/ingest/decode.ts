import chardet from 'chardet';
import iconv from 'iconv-lite';

/** The text of a file and the encoding it was decoded from. */
export interface DecodedText {
  readonly text: string;
  readonly encoding: string;
}

const UTF8_STRICT = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Decodes bytes of unknown encoding: strict UTF-8 first (most input), then the charset the
 * document declares (HTML meta, XML prolog), then a statistical guess by chardet.
 * ISO-8859-1 is read as windows-1252, as browsers do: Dutch archives labelled Latin-1 are
 * nearly always 1252 and use its curly quotes and euro sign. Decoding goes through iconv-lite
 * because Node 20's own windows-1252 decoder maps 0x80-0x9F to control characters.
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  try {
    return { text: stripBom(UTF8_STRICT.decode(bytes)), encoding: 'utf-8' };
  } catch {
    const encoding = normaliseEncoding(declaredCharset(bytes) ?? detectEncoding(bytes));
    return { text: stripBom(iconv.decode(Buffer.from(bytes), encoding)), encoding };
  }
}

/** The best guess of a byte sample's encoding, for streams decoded piece by piece. */
export function sniffEncoding(sample: Uint8Array): string {
  if (isUtf8Prefix(sample)) return 'utf-8';
  return normaliseEncoding(declaredCharset(sample) ?? detectEncoding(sample));
}

function detectEncoding(bytes: Uint8Array): string {
  const guess = chardet.detect(bytes);
  return guess ?? 'windows-1252';
}

const CHARSET_DECLARATION = /<meta[^>]+charset\s*=\s*["']?([\w-]+)|<\?xml[^>]+encoding\s*=\s*["']([\w-]+)/i;

function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  const match = CHARSET_DECLARATION.exec(head);
  const charset = match?.[1] ?? match?.[2];
  return charset && iconv.encodingExists(charset) ? charset : null;
}

function normaliseEncoding(encoding: string): string {
  const lower = encoding.toLowerCase();
  if (lower === 'iso-8859-1' || lower === 'latin1' || lower === 'ascii' || lower === 'us-ascii') {
    return 'windows-1252';
  }
  return iconv.encodingExists(lower) ? lower : 'windows-1252';
}

/** UTF-8 that is only cut off at the end of the sample still counts as UTF-8. */
function isUtf8Prefix(sample: Uint8Array): boolean {
  for (let cut = 0; cut < 4 && cut < sample.length; cut++) {
    try {
      UTF8_STRICT.decode(sample.subarray(0, sample.length - cut));
      return true;
    } catch {
      // try a shorter prefix: a multi-byte character may be split at the sample's end
    }
  }
  return sample.length === 0;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
