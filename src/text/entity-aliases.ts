/**
 * Names of countries, capitals and institutions in German and English, grouped by the entity
 * they stand for. Pure data; the lookup lives in entities.ts.
 *
 * - `names`: proper names. German genitive "-s" forms are derived ("Russlands", "Chinas").
 * - `adjectives`: German stems take the endings -e/-en/-er/-es/-em ("russisch" → "russischen");
 *   English forms are listed as written ("Russian").
 * - `people`: demonyms ("Russen", "Russians").
 * Forms of one to three capital letters ("US", "EU", "UN") match upper case only, so the English
 * pronoun "us" never becomes the United States.
 */
export interface AliasGroup {
  label: string;
  kind: 'country' | 'city' | 'organisation';
  forms: string[];
}

export interface EntityAliases {
  /** Stable term id, as contentTerms emits it. */
  id: string;
  /** ISO 3166 alpha-2 code, or null for international bodies. */
  country: string | null;
  names: AliasGroup[];
  /** Label of the adjective in English ("Russian"; "U.S." for the United States). */
  adjectiveLabel?: string;
  adjectives?: { de: string[]; en: string[] };
  people?: string[];
}

export const ENTITY_ALIASES: EntityAliases[] = [
  {
    id: 'ent_ru', country: 'RU',
    names: [
      { label: 'Russia', kind: 'country', forms: ['Russland', 'Russia', 'Russische Föderation', 'Russischen Föderation', 'Russian Federation'] },
      { label: 'Moscow', kind: 'city', forms: ['Moskau', 'Moscow'] },
      { label: 'Kremlin', kind: 'organisation', forms: ['Kreml', 'Kremls', 'Kremlin'] },
    ],
    adjectiveLabel: 'Russian',
    adjectives: { de: ['russisch'], en: ['Russian'] },
    people: ['Russe', 'Russen', 'Russin', 'Russians'],
  },
  {
    id: 'ent_cn', country: 'CN',
    names: [
      { label: 'China', kind: 'country', forms: ['China', 'Volksrepublik China', "People's Republic of China", 'PRC'] },
      { label: 'Beijing', kind: 'city', forms: ['Peking', 'Beijing'] },
    ],
    adjectiveLabel: 'Chinese',
    adjectives: { de: ['chinesisch'], en: ['Chinese'] },
    people: ['Chinese', 'Chinesen', 'Chinesin'],
  },
  {
    id: 'ent_us', country: 'US',
    names: [
      { label: 'United States', kind: 'country', forms: ['USA', 'US', 'U.S.', 'U.S.A.', 'Vereinigte Staaten', 'Vereinigten Staaten', 'United States', 'Amerika', 'America'] },
      { label: 'Washington', kind: 'city', forms: ['Washington'] },
    ],
    adjectiveLabel: 'U.S.',
    adjectives: { de: ['amerikanisch'], en: ['American'] },
    people: ['Amerikaner', 'Amerikanerin', 'Americans'],
  },
  {
    id: 'ent_ua', country: 'UA',
    names: [
      { label: 'Ukraine', kind: 'country', forms: ['Ukraine'] },
      { label: 'Kyiv', kind: 'city', forms: ['Kiew', 'Kyiv', 'Kiev'] },
    ],
    adjectiveLabel: 'Ukrainian',
    adjectives: { de: ['ukrainisch'], en: ['Ukrainian'] },
    people: ['Ukrainer', 'Ukrainerin', 'Ukrainians'],
  },
  {
    id: 'ent_kp', country: 'KP',
    names: [
      { label: 'North Korea', kind: 'country', forms: ['Nordkorea', 'North Korea', 'DPRK'] },
      { label: 'Pyongyang', kind: 'city', forms: ['Pjöngjang', 'Pyongyang'] },
    ],
    adjectiveLabel: 'North Korean',
    adjectives: { de: ['nordkoreanisch'], en: ['North Korean'] },
    people: ['Nordkoreaner', 'North Koreans'],
  },
  {
    id: 'ent_kr', country: 'KR',
    names: [
      { label: 'South Korea', kind: 'country', forms: ['Südkorea', 'South Korea'] },
      { label: 'Seoul', kind: 'city', forms: ['Seoul'] },
    ],
    adjectiveLabel: 'South Korean',
    adjectives: { de: ['südkoreanisch'], en: ['South Korean'] },
  },
  {
    id: 'ent_de', country: 'DE',
    names: [
      { label: 'Germany', kind: 'country', forms: ['Deutschland', 'Germany', 'Bundesrepublik'] },
      { label: 'Berlin', kind: 'city', forms: ['Berlin'] },
    ],
    adjectiveLabel: 'German',
    adjectives: { de: ['deutsch'], en: ['German'] },
  },
  {
    id: 'ent_fr', country: 'FR',
    names: [
      { label: 'France', kind: 'country', forms: ['Frankreich', 'France'] },
      { label: 'Paris', kind: 'city', forms: ['Paris'] },
    ],
    adjectiveLabel: 'French',
    adjectives: { de: ['französisch'], en: ['French'] },
  },
  {
    id: 'ent_gb', country: 'GB',
    names: [
      { label: 'United Kingdom', kind: 'country', forms: ['Großbritannien', 'Vereinigtes Königreich', 'Britain', 'Great Britain', 'United Kingdom', 'UK', 'U.K.'] },
      { label: 'London', kind: 'city', forms: ['London'] },
    ],
    adjectiveLabel: 'British',
    adjectives: { de: ['britisch'], en: ['British'] },
    people: ['Briten', 'Britons'],
  },
  {
    id: 'ent_pl', country: 'PL',
    names: [
      { label: 'Poland', kind: 'country', forms: ['Polen', 'Poland'] },
      { label: 'Warsaw', kind: 'city', forms: ['Warschau', 'Warsaw'] },
    ],
    adjectiveLabel: 'Polish',
    adjectives: { de: ['polnisch'], en: ['Polish'] },
  },
  {
    id: 'ent_by', country: 'BY',
    names: [
      { label: 'Belarus', kind: 'country', forms: ['Belarus', 'Weißrussland'] },
      { label: 'Minsk', kind: 'city', forms: ['Minsk'] },
    ],
    adjectiveLabel: 'Belarusian',
    adjectives: { de: ['belarussisch'], en: ['Belarusian'] },
  },
  {
    id: 'ent_ir', country: 'IR',
    names: [
      { label: 'Iran', kind: 'country', forms: ['Iran'] },
      { label: 'Tehran', kind: 'city', forms: ['Teheran', 'Tehran'] },
    ],
    adjectiveLabel: 'Iranian',
    adjectives: { de: ['iranisch'], en: ['Iranian'] },
  },
  {
    id: 'ent_tr', country: 'TR',
    names: [
      { label: 'Turkey', kind: 'country', forms: ['Türkei', 'Turkey', 'Türkiye'] },
      { label: 'Ankara', kind: 'city', forms: ['Ankara'] },
    ],
    adjectiveLabel: 'Turkish',
    adjectives: { de: ['türkisch'], en: ['Turkish'] },
  },
  {
    id: 'ent_jp', country: 'JP',
    names: [
      { label: 'Japan', kind: 'country', forms: ['Japan'] },
      { label: 'Tokyo', kind: 'city', forms: ['Tokio', 'Tokyo'] },
    ],
    adjectiveLabel: 'Japanese',
    adjectives: { de: ['japanisch'], en: ['Japanese'] },
  },
  {
    id: 'ent_in', country: 'IN',
    names: [
      { label: 'India', kind: 'country', forms: ['Indien', 'India'] },
      { label: 'New Delhi', kind: 'city', forms: ['Neu-Delhi', 'New Delhi'] },
    ],
    adjectiveLabel: 'Indian',
    adjectives: { de: ['indisch'], en: ['Indian'] },
  },
  {
    id: 'ent_tw', country: 'TW',
    names: [
      { label: 'Taiwan', kind: 'country', forms: ['Taiwan'] },
      { label: 'Taipei', kind: 'city', forms: ['Taipeh', 'Taipei'] },
    ],
    adjectiveLabel: 'Taiwanese',
    adjectives: { de: ['taiwanisch'], en: ['Taiwanese'] },
  },
  {
    id: 'ent_fi', country: 'FI',
    names: [
      { label: 'Finland', kind: 'country', forms: ['Finnland', 'Finland'] },
      { label: 'Helsinki', kind: 'city', forms: ['Helsinki'] },
    ],
    adjectiveLabel: 'Finnish',
    adjectives: { de: ['finnisch'], en: ['Finnish'] },
  },
  {
    id: 'ent_lt', country: 'LT',
    names: [
      { label: 'Lithuania', kind: 'country', forms: ['Litauen', 'Lithuania'] },
      { label: 'Vilnius', kind: 'city', forms: ['Vilnius', 'Wilna'] },
    ],
    adjectiveLabel: 'Lithuanian',
    adjectives: { de: ['litauisch'], en: ['Lithuanian'] },
  },
  {
    id: 'ent_ml', country: 'ML',
    names: [
      { label: 'Mali', kind: 'country', forms: ['Mali'] },
      { label: 'Bamako', kind: 'city', forms: ['Bamako'] },
    ],
    adjectiveLabel: 'Malian',
    adjectives: { de: ['malisch'], en: ['Malian'] },
  },
  {
    id: 'ent_th', country: 'TH',
    names: [
      { label: 'Thailand', kind: 'country', forms: ['Thailand'] },
      { label: 'Bangkok', kind: 'city', forms: ['Bangkok'] },
    ],
    adjectiveLabel: 'Thai',
    adjectives: { de: ['thailändisch'], en: ['Thai'] },
  },
  {
    id: 'ent_mm', country: 'MM',
    names: [
      { label: 'Myanmar', kind: 'country', forms: ['Myanmar', 'Burma', 'Birma'] },
      { label: 'Naypyidaw', kind: 'city', forms: ['Naypyidaw'] },
    ],
    adjectiveLabel: 'Myanmar',
    adjectives: { de: ['myanmarisch'], en: ['Burmese'] },
  },
  {
    id: 'ent_il', country: 'IL',
    names: [{ label: 'Israel', kind: 'country', forms: ['Israel'] }],
    adjectiveLabel: 'Israeli',
    adjectives: { de: ['israelisch'], en: ['Israeli'] },
  },
  {
    id: 'ent_sy', country: 'SY',
    names: [
      { label: 'Syria', kind: 'country', forms: ['Syrien', 'Syria'] },
      { label: 'Damascus', kind: 'city', forms: ['Damaskus', 'Damascus'] },
    ],
    adjectiveLabel: 'Syrian',
    adjectives: { de: ['syrisch'], en: ['Syrian'] },
  },
  {
    id: 'ent_nato', country: null,
    names: [{ label: 'NATO', kind: 'organisation', forms: ['NATO', 'Nato', 'Nordatlantikpakt', 'North Atlantic Treaty Organization'] }],
  },
  {
    id: 'ent_eu', country: null,
    names: [
      { label: 'EU', kind: 'organisation', forms: ['EU', 'Europäische Union', 'Europäischen Union', 'European Union'] },
      { label: 'European Commission', kind: 'organisation', forms: ['European Commission', 'Europäische Kommission', 'Europäischen Kommission', 'EU-Kommission'] },
    ],
  },
  {
    id: 'ent_un', country: null,
    names: [{ label: 'United Nations', kind: 'organisation', forms: ['UN', 'UNO', 'U.N.', 'Vereinte Nationen', 'Vereinten Nationen', 'United Nations'] }],
  },
  {
    id: 'ent_pentagon', country: 'US',
    names: [{ label: 'Pentagon', kind: 'organisation', forms: ['Pentagon', 'Pentagons'] }],
  },
  {
    id: 'ent_white_house', country: 'US',
    names: [{ label: 'White House', kind: 'organisation', forms: ['Weißes Haus', 'Weißen Haus', 'Weißen Hauses', 'Weiße Haus', 'White House'] }],
  },
  {
    id: 'ent_cia', country: 'US',
    names: [{ label: 'CIA', kind: 'organisation', forms: ['CIA'] }],
  },
];
