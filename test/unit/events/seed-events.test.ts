import { beforeAll, describe, expect, it } from 'vitest';
import type { EventSpan } from '../../../src/annotate/events/event-span.ts';
import type { MentionSpan } from '../../../src/annotate/entities/mention.ts';
import { DocumentBuilder } from '../../../src/annotate/document-builder.ts';
import { DEFAULT_SETTINGS } from '../../../src/config/settings.ts';
import type { Document } from '../../../src/doc/types.ts';
import { readInputs } from '../../../src/ingest/read-inputs.ts';
import { SEEDS } from '../../helpers/paths.ts';

const documents = new Map<string, Document>();

beforeAll(async () => {
  const builder = await DocumentBuilder.create(DEFAULT_SETTINGS);
  for await (const result of readInputs([SEEDS], DEFAULT_SETTINGS)) {
    if (result.kind === 'article') documents.set(result.article.sourceKey.split('/').pop()!, builder.build(result.article));
  }
});

const eventsOf = (name: string): EventSpan[] => documents.get(name)!.layers.events as EventSpan[];

describe('events of the seeds', () => {
  it('finds both Merkel–Loekasjenko phone calls with both sides, each naming a mention', () => {
    const document = documents.get('000_faece3e3765e0fbd.txt')!;
    const mentions = document.layers.mentions as MentionSpan[];
    const calls = eventsOf('000_faece3e3765e0fbd.txt').filter((event) => event.predicate === 'telefoongesprek');
    expect(calls).toHaveLength(2);
    for (const call of calls) {
      expect(call.type).toBe('communicate');
      const sides = [call.agent!.text, call.patient!.text].sort();
      expect(sides).toEqual(['Loekasjenko', 'Merkel']);
      expect(mentions[call.agent!.mention!]!.text).toBe(call.agent!.text);
      expect(mentions[call.patient!.mention!]!.text).toBe(call.patient!.text);
    }
  });

  it('finds Loekasjenko travelling to Moscow, the EU sanctions and the arrests', () => {
    const trip = eventsOf('004_4dc42ba45d74617b.txt').find((event) => event.trigger.text === 'reist')!;
    expect(trip).toMatchObject({ type: 'meet', predicate: 'reizen' });
    expect(trip.place?.text).toBe('Moskou');
    const sanctions = eventsOf('003_8cc9d30fe68c87ab.txt').find((event) => event.type === 'sanction')!;
    expect(sanctions.agent?.text).toContain('EU-lidstaten');
    expect(sanctions.modality).toBe('want');
    const arrest = eventsOf('003_8cc9d30fe68c87ab.txt').find((event) => event.type === 'arrest')!;
    expect(arrest.agent?.text).toBe('de oproerpolitie');
    expect(arrest.patient?.text).toBe('Duizenden demonstranten');
  });

  it('keeps every span and argument a true slice of the text, with the producer', () => {
    expect(documents.size).toBe(5);
    for (const document of documents.values()) {
      const mentions = document.layers.mentions as MentionSpan[];
      for (const event of document.layers.events as EventSpan[]) {
        expect(document.text.slice(event.start, event.end)).toBe(event.trigger.text);
        expect(document.text.slice(event.trigger.start, event.trigger.end)).toBe(event.trigger.text);
        expect(event.producer).toBe('kroniek-nl-event-rules');
        for (const argument of [event.agent, event.patient, event.recipient, event.place]) {
          if (!argument) continue;
          expect(document.text.slice(argument.start, argument.end)).toBe(argument.text);
          if (argument.mention !== null) {
            const mention = mentions[argument.mention]!;
            expect(mention.start >= argument.start && mention.end <= argument.end || mention.start <= argument.start && mention.end >= argument.end).toBe(true);
          }
        }
      }
    }
  });
});
