import { readFileSync } from 'node:fs';
import { CLAIMANT_LEXICON_FILE, LexiconError, parseClaimantLexicon, type ClaimantLexicon } from './claimant-lexicon.js';

/** ISO 3166-1 alpha-2, officially assigned codes. */
const ISO_3166 = new Set('AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'.split(' '));

/** Forms that two entries share on purpose, with the entries that share them. */
const INTENDED_SHARED = new Map<string, string[]>([]);

const raw = JSON.parse(readFileSync(CLAIMANT_LEXICON_FILE, 'utf8'));
const lexicon: ClaimantLexicon = parseClaimantLexicon(raw, CLAIMANT_LEXICON_FILE);

function owners(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (form: string, owner: string): void => {
    const list = out.get(form) ?? [];
    if (!list.includes(owner)) list.push(owner);
    out.set(form, list);
  };
  for (const o of lexicon.organisations) for (const f of o.forms) add(f, `organisation ${o.key}`);
  for (const r of lexicon.roles) for (const f of r.forms) add(f, `role ${r.key}`);
  for (const p of lexicon.people) for (const f of p.forms) add(f.toLowerCase(), `person ${p.name}`);
  for (const b of lexicon.bodies) for (const f of b.forms) add(f.toLowerCase(), `body ${b.key}`);
  for (const c of lexicon.capitals) for (const f of c.forms) add(f, `capital ${c.country}`);
  for (const r of lexicon.regions) for (const f of [...r.names, ...(r.adjectives ?? [])]) add(f, `region ${r.key}`);
  return out;
}

describe('the claimant lexicon data file', () => {
  it('gives every country as an ISO 3166 alpha-2 code or not at all', () => {
    const countries = [
      ...lexicon.organisations.map((o) => [o.key, o.country]),
      ...lexicon.people.map((p) => [p.name, p.country]),
      ...lexicon.bodies.map((b) => [b.key, b.country]),
      ...lexicon.capitals.map((c) => [c.forms[0], c.country]),
      ...lexicon.regions.map((r) => [r.key, r.country]),
      ...Object.keys(lexicon.orgNamesByCountry).map((c) => ['orgNamesByCountry', c]),
    ].filter(([, c]) => c !== undefined && c !== null);
    expect(countries.filter(([, c]) => !ISO_3166.has(c as string))).toEqual([]);
  });

  it('writes the forms of organisations, roles and words in lower case', () => {
    const forms = [
      ...lexicon.organisations.flatMap((o) => [...o.forms, ...(o.prefixes ?? [])]),
      ...lexicon.roles.flatMap((r) => r.forms),
      ...lexicon.capitals.flatMap((c) => c.forms),
      ...lexicon.regions.flatMap((r) => [...r.names, ...(r.adjectives ?? [])]),
      ...Object.keys(lexicon.qualifiers),
      ...lexicon.audienceWords, ...lexicon.titles, ...lexicon.documentWords,
    ];
    expect(forms.filter((f) => f !== f.toLowerCase() || f.trim() !== f)).toEqual([]);
  });

  it('gives no form to two entries unless that is intended', () => {
    const shared = [...owners()].filter(([form, who]) => who.length > 1 && !INTENDED_SHARED.has(form));
    expect(shared).toEqual([]);
  });

  it('gives every body a kind of organisation the lexicon has, and a capital only its own country', () => {
    const keys = new Set(lexicon.organisations.map((o) => o.key));
    expect(lexicon.bodies.filter((b) => b.org !== undefined && !keys.has(b.org)).map((b) => b.key)).toEqual([]);
    expect(new Set(lexicon.capitals.map((c) => c.country)).size).toBe(lexicon.capitals.length);
  });

  it('lists no form twice within one entry', () => {
    const twice = [...lexicon.organisations, ...lexicon.roles, ...lexicon.bodies].filter((e) => new Set(e.forms).size !== e.forms.length).map((e) => e.key);
    expect(twice).toEqual([]);
  });
});

describe('parseClaimantLexicon', () => {
  const copy = (): Record<string, unknown> => JSON.parse(JSON.stringify(raw));

  it('names the entry whose country is no code', () => {
    const bad = copy();
    (bad.organisations as Array<Record<string, unknown>>)[2].country = 'USA';
    expect(() => parseClaimantLexicon(bad, 'claimants.json')).toThrow(LexiconError);
    expect(() => parseClaimantLexicon(bad, 'claimants.json')).toThrow(/claimants\.json: organisations\[2\] "state_department"\.country/);
  });

  it('names the role that points at an organisation the lexicon lacks', () => {
    const bad = copy();
    const roles = bad.roles as Array<Record<string, unknown>>;
    roles[0] = { ...roles[0], org: 'no_such_org' };
    expect(() => parseClaimantLexicon(bad)).toThrow(/roles\[0\] "spokesperson"\.org: no organisation has the key "no_such_org"/);
  });

  it('refuses a section that is missing', () => {
    const bad = copy();
    delete bad.people;
    expect(() => parseClaimantLexicon(bad)).toThrow(/people: missing or not an array/);
  });

  it('names the body whose country is missing (an international body says null)', () => {
    const bad = copy();
    const bodies = bad.bodies as Array<Record<string, unknown>>;
    delete bodies[0].country;
    expect(() => parseClaimantLexicon(bad)).toThrow(/bodies\[0\] "bundeswehr"\.country/);
  });

  it('refuses an entry without forms', () => {
    const bad = copy();
    (bad.people as Array<Record<string, unknown>>)[0].forms = [];
    expect(() => parseClaimantLexicon(bad)).toThrow(/people\[0\] "Dmitry Peskov"\.forms/);
  });
});
