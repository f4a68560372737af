/** Languages (and dialects) that CLDR's two-letter codes leave out or name differently. */
export const EXTRA_LANGUAGES = `
Vlaams; West-Vlaams; Oost-Vlaams; Limburgs; Brabants; Fries; Zeeuws; Nedersaksisch; Gronings; Twents; Waals; Afrikaans; Papiaments; Sranantongo; Sranan; Jiddisch; Latijn; Oudgrieks; Hebreeuws; Berbers; Tamazight; Esperanto; Amerikaans-Engels; Brits-Engels; Nederduits; Hoogduits; Zwitserduits; Kantonees; Mandarijn; Hindi; Urdu; Swahili; Koerdisch; Tsjetsjeens; Gebarentaal; Vlaamse Gebarentaal; Nederlandse Gebarentaal
`;
