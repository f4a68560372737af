/** The interface languages; Dutch is the default. */
export type Language = 'nl' | 'en';

/** The BCP 47 locale for dates and numbers. */
export function locale(language: Language): string {
  return language === 'nl' ? 'nl-NL' : 'en-GB';
}
