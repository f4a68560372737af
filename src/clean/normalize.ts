/**
 * Text after Unicode and white-space normalisation, with a map back to the input so every
 * removal can still name its position in the original.
 */
export interface NormalizedText {
  readonly text: string;
  /** The input index of `text[i]`; for `i === text.length`, the input length. */
  inputIndex(i: number): number;
}

/** Invisible characters that only break words apart for search and analysis. */
const INVISIBLE = new Set([0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);
/** Horizontal spaces of every width, the no-break space among them, read as one space. */
const HORIZONTAL_SPACE = /[ \t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/;
const COMBINING_MARK = /\p{M}/u;
/** Characters normalisation always changes. */
const CHANGED_CHARACTERS = /[\r\t\f\v\u00a0\u00ad\u1680\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff]/;
/** Spacing normalisation changes; plain substring searches are much faster than one regex. */
const CHANGED_SPACING = ['  ', ' \n', '\n ', '\n\n\n'];

/** Whether normalisation would change anything; most article text needs nothing. */
function needsWork(input: string): boolean {
  if (input === '') return false;
  if (/\s/.test(input[0]!) || /\s/.test(input[input.length - 1]!)) return true;
  return CHANGED_SPACING.some((spacing) => input.includes(spacing)) || CHANGED_CHARACTERS.test(input);
}

/**
 * NFC, line breaks as `\n`, runs of spaces as one, spaces trimmed at line ends, soft hyphens
 * and zero-width characters dropped, and at most one blank line between paragraphs.
 *
 * @example normalizeText('Oekrai\u0308ne  ligt\r\n').text // 'Oekraïne ligt'
 */
export function normalizeText(input: string): NormalizedText {
  if (!needsWork(input) && input.normalize('NFC') === input) return { text: input, inputIndex: (i) => i };
  const out = new Builder(input.length);
  let pendingSpace = -1;
  let pendingBreaks = 0;
  let pendingBreakAt = -1;

  for (let i = 0; i < input.length; ) {
    const code = input.charCodeAt(i);
    if (INVISIBLE.has(code)) {
      i += 1;
      continue;
    }
    if (code === 0x0a || code === 0x0d) {
      if (pendingBreaks === 0) pendingBreakAt = i;
      pendingBreaks += 1;
      pendingSpace = -1;
      i += code === 0x0d && input.charCodeAt(i + 1) === 0x0a ? 2 : 1;
      continue;
    }
    if (HORIZONTAL_SPACE.test(input[i]!)) {
      if (pendingSpace < 0) pendingSpace = i;
      i += 1;
      continue;
    }
    if (out.length > 0) {
      if (pendingBreaks > 0) out.push(pendingBreaks > 1 ? '\n\n' : '\n', pendingBreakAt);
      else if (pendingSpace >= 0) out.push(' ', pendingSpace);
    }
    pendingBreaks = 0;
    pendingSpace = -1;
    if (code < 0x80 && !(input.charCodeAt(i + 1) >= 0x0300)) {
      out.pushVerbatim(input[i]!, i); // ASCII with no combining mark after it: already NFC
      i += 1;
      continue;
    }
    const end = clusterEnd(input, i);
    const cluster = input.slice(i, end);
    const composed = cluster.normalize('NFC');
    if (composed === cluster) out.pushVerbatim(cluster, i);
    else out.push(composed, i);
    i = end;
  }
  return out.finish(input.length);
}

/** A character with the combining marks after it, so NFC can compose them (e + ̈ = ë). */
function clusterEnd(input: string, start: number): number {
  let end = start + (isHighSurrogate(input.charCodeAt(start)) ? 2 : 1);
  while (end < input.length && input.charCodeAt(end) >= 0x0300 && COMBINING_MARK.test(input[end]!)) end += 1;
  return end;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

class Builder {
  private readonly parts: string[] = [];
  private origin: Int32Array;
  length = 0;

  constructor(capacity: number) {
    this.origin = new Int32Array(capacity + 1);
  }

  /** Appends `piece`, every character of it mapped to input index `from`. */
  push(piece: string, from: number): void {
    this.append(piece, from, 0);
  }

  /** Appends input characters unchanged, each mapped to its own input index. */
  pushVerbatim(piece: string, from: number): void {
    this.append(piece, from, 1);
  }

  private append(piece: string, from: number, step: number): void {
    if (this.length + piece.length + 1 > this.origin.length) {
      const grown = new Int32Array((this.length + piece.length + 1) * 2);
      grown.set(this.origin);
      this.origin = grown;
    }
    this.parts.push(piece);
    for (let k = 0; k < piece.length; k++) this.origin[this.length + k] = from + k * step;
    this.length += piece.length;
  }

  finish(inputLength: number): NormalizedText {
    this.origin[this.length] = inputLength;
    const origin = this.origin.slice(0, this.length + 1);
    return { text: this.parts.join(''), inputIndex: (i) => origin[i] ?? inputLength };
  }
}
