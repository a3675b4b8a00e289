import { subjectOfText } from './figure-subject.js';

describe('subjectOfText: where or whom a claim\'s figures are about', () => {
  it('reads the place a claim names (English)', () => {
    expect(subjectOfText('About 60,000 hens were culled at a farm in Cloppenburg.', 'en')).toBe('place:cloppenburg');
    expect(subjectOfText('The storm caused damage in the Austrian province of Carinthia.', 'en')).toBe('place:carinthia');
    expect(subjectOfText('Water was cut off to 12,000 homes in northern Hesse.', 'en')).toBe('place:hesse');
    expect(subjectOfText('A fire on the Greek island of Evia burned 12,000 hectares.', 'en')).toBe('place:evia');
  });

  it('reads the place a claim names (German)', () => {
    expect(subjectOfText('Im Landkreis Cloppenburg wurden 45.000 Hennen getötet.', 'de')).toBe('place:cloppenburg');
    expect(subjectOfText('Der Sturm hat im Bundesland Kärnten Schäden von 300 Millionen Euro verursacht.', 'de')).toBe('place:kärnten');
    expect(subjectOfText('An den Kliniken im Land Nordrhein-Westfalen streikten 3.000 Beschäftigte.', 'de')).toBe('place:nordrhein westfalen');
    expect(subjectOfText('In Passau wurden 1.200 Menschen evakuiert.', 'de')).toBe('place:passau');
  });

  it('meets across languages for countries and capitals', () => {
    expect(subjectOfText('Ukraine shipped 4 million tonnes of grain.', 'en')).toBe('UA');
    expect(subjectOfText('Die Ukraine hat 2 Millionen Tonnen Getreide exportiert.', 'de')).toBe('UA');
    expect(subjectOfText('In Moskau wurden 300 Menschen festgenommen.', 'de')).toBe(subjectOfText('In Moscow 300 people were arrested.', 'en'));
  });

  it('gives no subject for times, common nouns, adjectives of who speaks, or two places', () => {
    expect(subjectOfText('Im Oktober wurden in der Ostsee drei Kabel beschädigt.', 'de')).toBeNull();
    expect(subjectOfText('Nach Angaben der estnischen Marine wurden drei Kabel beschädigt.', 'de')).toBeNull();
    expect(subjectOfText('Two cables between Finland and Estonia were damaged.', 'en')).toBeNull();
    expect(subjectOfText('In Passau and in Deggendorf 3,000 people were evacuated.', 'en')).toBeNull();
    expect(subjectOfText('On Tuesday 3,000 people were evacuated.', 'en')).toBeNull();
    // German nouns are capitalised: a plural after a bare preposition is no place, nor is a time
    expect(subjectOfText('Bei Angriffen wurden 12 Menschen getötet.', 'de')).toBeNull();
    expect(subjectOfText('In Kliniken streikten 3.000 Beschäftigte.', 'de')).toBeNull();
    expect(subjectOfText('Über Nacht wurden 40 Drohnen abgeschossen.', 'de')).toBeNull();
  });
});
