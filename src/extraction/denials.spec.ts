import { findDenial } from './denials.js';

describe('findDenial: German denials', () => {
  it.each([
    ['China bestritt, dass Russland um Hilfe gebeten habe.', 'verb', 'bestritt'],
    ['Der Kreml dementierte den Bericht.', 'verb', 'dementierte'],
    ['Das Ministerium wies die Vorwürfe am Montag entschieden zurück.', 'verb', 'wies zurück'],
    ['Der Sprecher verneinte eine Verletzung des Luftraums.', 'verb', 'verneinte'],
    ['Die Regierung hat die Darstellung zurückgewiesen.', 'verb', 'hat zurückgewiesen'],
    ['Peking sprach von Desinformation.', 'verb', 'sprach von Desinformation'],
    ['Moskau sprach von westlicher Propaganda.', 'verb', 'sprach von Propaganda'],
    ['Der Minister nannte die Berichte Falschnachrichten.', 'verb', 'nannte Falschnachrichten'],
    ['Die Botschaft bezeichnete den Artikel als frei erfunden.', 'verb', 'bezeichnete frei erfunden'],
    ['„Nein“, sagte Peskow auf die Frage nach Drohnen.', 'quote', 'Nein'],
    ['„Das ist Propaganda“, sagte der Sprecher.', 'quote', 'Propaganda'],
    ['„Die USA verbreiten gezielt Desinformation über unser Land und seine Politik in Asien“, sagte Zhao.', 'quote', 'Desinformation'],
    ['Ein Sprecher sagte, die Berichte seien haltlos.', 'predicate', 'haltlos'],
    ['Der Bauernverband hält die Zahlen für übertrieben.', 'verb', 'hält für übertrieben'],
    ['Die Reederei hielt das für frei erfunden.', 'verb', 'hielt für frei erfunden'],
    ['Es gebe keine Beweise dafür, sagte der Bürgermeister.', 'predicate', 'keine Beweise dafür'],
    ['Es gebe keinerlei Belege für diese Vorwürfe, sagte die Anwältin.', 'predicate', 'keinerlei Belege für'],
    ['„Es gibt keine Beweise für das“, sagte ein Gewerkschafter.', 'predicate', 'keine Beweise für'],
    ['Das stimmt so nicht, sagte die Bürgermeisterin.', 'predicate', 'Das stimmt so nicht'],
    ['„Das ist schlicht unzutreffend“, erklärte der Hafenbetreiber.', 'predicate', 'Das ist schlicht unzutreffend'],
    ['Dies treffe nicht zu, teilte die Bahn mit.', 'predicate', 'Dies treffe nicht zu'],
    ['Die Reederei wies zurück die Vorwürfe der Gewerkschaft.', 'verb', 'wies zurück'],
    ['Der Betreiber bestritt die Zahlen am Freitag.', 'verb', 'bestritt'],
  ])('%s', (sentence, kind, text) => {
    expect(findDenial(sentence, 'de')).toMatchObject({ kind, text });
  });

  it.each([
    'Der Kreml lehnte eine Stellungnahme ab.',
    'Das Ministerium wollte den Bericht nicht bestätigen.',
    'Ein Sprecher wollte sich dazu nicht äußern.',
    'Die Regierung hat die Angaben weder bestätigt noch dementiert.',
    'Der Konzern bestritt die Zahlen nicht.',
    'Der Minister hat den Bericht nicht bestritten.',
    'Die Nato warnte vor russischer Desinformation.',
    'Der Sprecher sprach von 300 Toten.',
    'Das Ministerium bestätigte den Angriff.',
    'Die Regierung nannte keine Zahlen.',
    '„Wir sind bereit“, sagte der Minister.',
    'Die Gewerkschaft hält es für möglich, dass der Streik länger dauert.',
    'Der Verband hält den Neubau für übertrieben teuer.',
    'Die Polizei fand keine Beweise für einen Einbruch, sagte ein Sprecher.',
    'Die Reaktion der Stadt sei übertrieben, sagte der Wirt.',
  ])('%s is no denial', (sentence) => {
    expect(findDenial(sentence, 'de')).toBeNull();
  });
});

describe('findDenial: English denials', () => {
  it.each([
    ['The Kremlin denied the report.', 'verb', 'denied'],
    ['China denies that it sent troops.', 'verb', 'denies'],
    ['The ministry rejected the allegations on Monday.', 'verb', 'rejected'],
    ['The company dismissed the claims as baseless.', 'verb', 'dismissed'],
    ['The general refuted the figures.', 'verb', 'refuted'],
    ['Beijing called the report disinformation.', 'verb', 'called disinformation'],
    ['The embassy called it "groundless".', 'verb', 'called groundless'],
    ['The minister described the story as fake news.', 'verb', 'described fake news'],
    ['"No," Peskov told reporters.', 'quote', 'No'],
    ['"This is pure propaganda," the spokesman said.', 'quote', 'propaganda'],
    ['"That is not true," she said.', 'quote', 'not true'],
    ['A spokesman said the reports were false.', 'predicate', 'false'],
    ['The farmers\' union considers the figures exaggerated.', 'verb', 'considers exaggerated'],
    ['The port authority regarded the claims as baseless.', 'verb', 'regarded baseless'],
    ['There is no evidence for that, the mayor said.', 'predicate', 'no evidence for'],
    ['The lawyer said there was no proof to support the allegations.', 'predicate', 'no proof to support'],
  ])('%s', (sentence, kind, text) => {
    expect(findDenial(sentence, 'en')).toMatchObject({ kind, text });
  });

  it.each([
    'The Pentagon declined to comment.',
    'The ministry did not confirm the figure.',
    'Officials would neither confirm nor deny the report.',
    'The spokesman did not deny that talks took place.',
    'The company has not denied the report.',
    'He was denied entry at the border.',
    'The president dismissed his defence minister.',
    'The council rejected the proposal.',
    'NATO warned of Russian disinformation campaigns.',
    'The White House did not respond to a request for comment.',
    '"We are ready," the minister said.',
    'The union considered the offer exaggerated.',
    'The council considers it likely that the bridge will reopen.',
    'Police said they found no evidence of a break-in.',
    'The mayor said the reaction of the city was exaggerated.',
  ])('%s is no denial', (sentence) => {
    expect(findDenial(sentence, 'en')).toBeNull();
  });
});
