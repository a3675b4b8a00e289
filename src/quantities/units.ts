/**
 * Scale words, percent words and currencies of German and English, as data.
 * Phrases are written as they appear in text; matching is by lower-cased token sequence.
 */
import type { Language } from './quantity.js';

export interface ScaleWord {
  form: string;
  /** Power of ten. */
  exponent: number;
  /** Compared as written ("M" is a million, "m" may be metres). */
  caseSensitive?: boolean;
  /** Abbreviation that may carry a full stop ("Mio.", "Mrd."). */
  abbreviation?: boolean;
  /** Only right after digits ("10k", "2.5 bn"), never after number words or alone. */
  afterDigits?: boolean;
  /** Must touch the digits ("1.2b"). */
  attached?: boolean;
  /** Only when a currency is written next to it ("$5m", "5m euros"): "5m" alone is five metres. */
  needsCurrency?: boolean;
}

const SHARED_ABBREVIATIONS: ScaleWord[] = [
  { form: 'k', exponent: 3, afterDigits: true },
  { form: 'bn', exponent: 9, afterDigits: true },
  { form: 'bln', exponent: 9, afterDigits: true },
  { form: 'mn', exponent: 6, afterDigits: true },
  { form: 'mln', exponent: 6, afterDigits: true },
  { form: 'M', exponent: 6, afterDigits: true, caseSensitive: true },
  { form: 'MM', exponent: 6, afterDigits: true, caseSensitive: true },
  { form: 'm', exponent: 6, afterDigits: true, caseSensitive: true, needsCurrency: true },
  { form: 'mio', exponent: 6, afterDigits: false, abbreviation: true },
  { form: 'mrd', exponent: 9, afterDigits: false, abbreviation: true },
  { form: 'tsd', exponent: 3, afterDigits: false, abbreviation: true },
];

export const SCALE_WORDS: Record<Language, ScaleWord[]> = {
  en: [
    { form: 'thousand', exponent: 3 }, { form: 'thousands', exponent: 3 },
    { form: 'million', exponent: 6 }, { form: 'millions', exponent: 6 },
    { form: 'billion', exponent: 9 }, { form: 'billions', exponent: 9 },
    { form: 'trillion', exponent: 12 }, { form: 'trillions', exponent: 12 },
    { form: 'lakh', exponent: 5 }, { form: 'lakhs', exponent: 5 },
    { form: 'crore', exponent: 7 }, { form: 'crores', exponent: 7 },
    { form: 'mil', exponent: 6, afterDigits: true },
    { form: 'b', exponent: 9, afterDigits: true, attached: true },
    { form: 'tn', exponent: 12, afterDigits: true },
    { form: 'tln', exponent: 12, afterDigits: true },
    { form: 'trn', exponent: 12, afterDigits: true },
    ...SHARED_ABBREVIATIONS,
  ],
  de: [
    { form: 'tausend', exponent: 3 },
    { form: 'million', exponent: 6 }, { form: 'millionen', exponent: 6 },
    { form: 'milliarde', exponent: 9 }, { form: 'milliarden', exponent: 9 },
    // German "Billion" is 10^12, the English "trillion".
    { form: 'billion', exponent: 12 }, { form: 'billionen', exponent: 12 },
    ...SHARED_ABBREVIATIONS,
  ],
};

/**
 * Words that on their own state a lower bound: "Tausende", "hundreds of thousands".
 * Longest phrases first is not needed: the matcher tries every phrase and keeps the longest.
 */
export const LOWER_BOUND_WORDS: Record<Language, Array<{ phrase: string; exponent: number; dozen?: boolean }>> = {
  en: [
    { phrase: 'dozens', exponent: 0, dozen: true },
    { phrase: 'hundreds', exponent: 2 },
    { phrase: 'thousands', exponent: 3 },
    { phrase: 'tens of thousands', exponent: 4 },
    { phrase: 'hundreds of thousands', exponent: 5 },
    { phrase: 'millions', exponent: 6 },
    { phrase: 'tens of millions', exponent: 7 },
    { phrase: 'hundreds of millions', exponent: 8 },
    { phrase: 'billions', exponent: 9 },
  ],
  de: [
    { phrase: 'dutzende', exponent: 0, dozen: true },
    { phrase: 'dutzenden', exponent: 0, dozen: true },
    { phrase: 'hunderte', exponent: 2 },
    { phrase: 'hunderten', exponent: 2 },
    { phrase: 'tausende', exponent: 3 },
    { phrase: 'tausenden', exponent: 3 },
    { phrase: 'zehntausende', exponent: 4 },
    { phrase: 'zehntausenden', exponent: 4 },
    { phrase: 'hunderttausende', exponent: 5 },
    { phrase: 'hunderttausenden', exponent: 5 },
    { phrase: 'millionen', exponent: 6 },
    { phrase: 'milliarden', exponent: 9 },
  ],
};

export const DOZEN_WORDS: Record<Language, string[]> = {
  en: ['dozen', 'dozens', 'dz', 'dzs', 'doz', 'dozs'],
  de: ['dutzend'],
};

export const PERCENT_PHRASES: Record<Language, string[]> = {
  en: ['%', 'percent', 'per cent', 'percentage', 'percents', 'pct'],
  de: ['%', 'prozent', 'vh'],
};

/** Percentage points are a difference of two percentages, not a percentage. */
export const PERCENTAGE_POINT_PHRASES: Record<Language, string[]> = {
  en: ['percentage points', 'percentage point', 'percent points', 'per cent points'],
  de: ['prozentpunkte', 'prozentpunkten', 'prozentpunkt'],
};

export const PERCENT_UNIT = 'percent';
export const PERCENTAGE_POINT_UNIT = 'percentage_point';
export const COUNT_UNIT = 'count';
export const RATIO_UNIT = 'ratio';

export interface Currency {
  code: string;
  /** Written before or after the number: "$", "€", "US$", "USD". */
  signs?: string[];
  /** Written after the number: "Euro", "US dollars". */
  names?: { de?: string[]; en?: string[] };
  /** Names that are currency only after a scale word ("5 million pounds"; "5 pounds" may be weight). */
  namesAfterScale?: { de?: string[]; en?: string[] };
  /** Signs compared as written: "US $" (not "give us $5"), "TRY" (not "try"). */
  caseSensitiveSigns?: string[];
}

/**
 * ISO 4217 codes, plus BTC by convention. "$" and "Dollar" without a country are US dollars;
 * ambiguous names ("Franken" without "Schweizer", "rupees" without a country) are left out.
 */
export const CURRENCIES: Currency[] = [
  {
    code: 'USD',
    signs: ['$', 'usd', 'us$', 'usd$', 'u.s.$', 'u.s $', 'u.s. $', 'us-$'],
    caseSensitiveSigns: ['US $', 'US-$'],
    names: {
      en: ['dollar', 'dollars', 'us dollar', 'us dollars', 'u.s. dollar', 'u.s. dollars', 'american dollars', 'united states dollars'],
      de: ['dollar', 'us-dollar', 'us dollar', 'amerikanische dollar', 'amerikanischen dollar'],
    },
  },
  { code: 'EUR', signs: ['€', 'eur'], names: { en: ['euro', 'euros'], de: ['euro', 'euros'] } },
  {
    code: 'GBP',
    signs: ['£', 'gbp'],
    names: { en: ['pounds sterling', 'pound sterling', 'sterling', 'british pounds'], de: ['pfund sterling', 'britische pfund', 'britischen pfund'] },
    namesAfterScale: { en: ['pounds'], de: ['pfund'] },
  },
  { code: 'JPY', signs: ['jpy'], names: { en: ['yen', 'japanese yen'], de: ['yen', 'japanische yen', 'japanischen yen'] } },
  { code: 'CNY', signs: ['cny', 'rmb', '元'], names: { en: ['yuan', 'chinese yuan', 'renminbi', 'rmb'], de: ['yuan', 'chinesische yuan', 'chinesischen yuan', 'renminbi'] } },
  { code: 'CHF', signs: ['chf'], names: { en: ['swiss francs', 'swiss franc'], de: ['schweizer franken'] } },
  { code: 'CAD', signs: ['cad', 'c$', 'c $', 'cad$', 'can$'], names: { en: ['canadian dollars', 'canadian dollar'], de: ['kanadische dollar', 'kanadischen dollar'] } },
  { code: 'AUD', signs: ['aud', 'au$', 'aud$'], names: { en: ['australian dollars', 'australian dollar'], de: ['australische dollar', 'australischen dollar'] } },
  { code: 'NZD', signs: ['nzd', 'nz$', 'nzd$'], names: { en: ['new zealand dollars', 'new zealand dollar'], de: ['neuseeländische dollar', 'neuseeländischen dollar'] } },
  { code: 'HKD', signs: ['hkd', 'hk$', 'hk $'], names: { en: ['hong kong dollars', 'hong kong dollar'], de: ['hongkong-dollar'] } },
  { code: 'MXN', signs: ['mxn', 'mxn$', 'mex$', 'mex $'], names: { en: ['mexican pesos', 'mexican peso'], de: ['mexikanische peso', 'mexikanischen peso'] } },
  { code: 'INR', signs: ['inr', '₹'], names: { en: ['indian rupees', 'indian rupee'], de: ['indische rupien', 'indischen rupien', 'indische rupie'] } },
  { code: 'RUB', signs: ['rub', '₽'], names: { en: ['roubles', 'rubles', 'rouble', 'ruble', 'russian roubles', 'russian rubles'], de: ['rubel', 'russische rubel', 'russischen rubel'] } },
  { code: 'UAH', signs: ['uah', '₴'], names: { en: ['hryvnias', 'hryvnia', 'hryvnyas', 'hryvnya'], de: ['hrywnja', 'hrywnjas', 'hrywnja', 'griwna'] } },
  { code: 'TRY', signs: ['₺'], caseSensitiveSigns: ['TRY'], names: { en: ['turkish lira', 'turkish liras'], de: ['türkische lira', 'türkischen lira'] } },
  { code: 'PLN', signs: ['pln', 'zł'], names: { en: ['zloty', 'zlotys', 'złoty'], de: ['zloty', 'złoty'] } },
  { code: 'KRW', signs: ['krw', '₩'], names: { en: ['south korean won'], de: ['südkoreanische won', 'südkoreanischen won'] } },
  { code: 'ILS', signs: ['ils', '₪'], names: { en: ['shekels', 'shekel', 'new israeli shekels'], de: ['schekel', 'neue schekel'] } },
  { code: 'SEK', signs: ['sek'], names: { en: ['swedish kronor', 'swedish krona'], de: ['schwedische kronen', 'schwedischen kronen'] } },
  { code: 'NOK', signs: ['nok'], names: { en: ['norwegian kroner', 'norwegian krone'], de: ['norwegische kronen', 'norwegischen kronen'] } },
  { code: 'DKK', signs: ['dkk'], names: { en: ['danish kroner', 'danish krone'], de: ['dänische kronen', 'dänischen kronen'] } },
  { code: 'KHR', signs: ['khr'], names: { en: ['cambodian riel', 'riel'], de: ['kambodschanische riel', 'kambodschanischen riel', 'riel'] } },
  { code: 'CRC', signs: ['crc', '₡'] },
  { code: 'GEL', signs: ['₾'], caseSensitiveSigns: ['GEL'], names: { en: ['georgian lari', 'lari'], de: ['georgische lari', 'lari'] } },
  { code: 'LAK', signs: ['lak', '₭'], names: { en: ['lao kip'] } },
  // Not ISO 4217, but the code every exchange uses.
  { code: 'BTC', signs: ['btc', '₿'], names: { en: ['bitcoins', 'bitcoin'], de: ['bitcoins', 'bitcoin'] } },
  // Historic currencies still quoted in archives and older reports.
  { code: 'FIM', names: { en: ['finnish markka', 'finnish markkaa'], de: ['finnische mark', 'finnischen mark'] } },
  { code: 'ESP', names: { en: ['pesetas', 'peseta', 'spanish pesetas'], de: ['peseten', 'peseta', 'spanische peseten'] } },
  { code: 'NLG', names: { en: ['dutch guilders', 'dutch guilder'], de: ['niederländische gulden', 'niederländischen gulden'] } },
  { code: 'DEM', signs: ['dm'], names: { en: ['deutsche marks', 'deutschmarks', 'german marks'], de: ['d-mark', 'deutsche mark'] } },
  { code: 'FRF', names: { en: ['french francs', 'french franc'], de: ['französische franc', 'französischen franc'] } },
];

/** Sub-units: "15 Dollar und 15 Cent". Alone ("50 cents") they are not a currency we can name. */
export const SUBUNIT_WORDS: Record<Language, string[]> = {
  en: ['cent', 'cents', 'ct', 'pence', 'penny', 'pennies', 'p'],
  de: ['cent', 'cents', 'ct', 'pence', 'penny'],
};

/**
 * Physical units: a number with one of them ("155-mm", "5 km", "20 Tonnen") is a measurement we
 * do not model, and reporting it as a count would invite comparisons with unrelated counts.
 */
export const MEASUREMENT_UNITS: Record<Language, RegExp> = {
  de: /^(?:km|cm|mm|kg|mg|ml|kmh|kw|mw|gw|kwh|mwh|gwh|gb|mb|tb|hz|khz|mhz|ghz|kilometer|kilometern|meter|metern|zentimeter|millimeter|kilogramm|gramm|tonnen|tonne|liter|litern|grad|quadratkilometer|quadratkilometern|hektar|seemeilen|meilen)$/i,
  en: /^(?:km|cm|mm|kg|mg|ml|kmh|mph|ft|lbs|kw|mw|gw|kwh|mwh|gwh|gb|mb|tb|hz|khz|mhz|ghz|kilometres|kilometers|kilometre|kilometer|metres|meters|metre|meter|miles|mile|kilograms|kilogram|grams|tonnes|tonne|tons|ton|litres|liters|degrees|feet|foot|inches|inch|acres|hectares|square)$/i,
};
