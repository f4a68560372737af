import { createHash } from 'node:crypto';
import type { PublishedDate } from './types.ts';

/** Stable document id: 16 hex digits of SHA-256 over the source identity. */
export function documentId(sourceKey: string): string {
  return sha256(`source\u0000${sourceKey}`).slice(0, 16);
}

/** Hash of what a reader sees of an article; equal hashes mean nothing changed. */
export function contentHash(title: string | null, published: PublishedDate | null, text: string): string {
  return sha256([title ?? '', published?.value ?? '', published?.precision ?? '', text].join('\u0000'));
}

function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
