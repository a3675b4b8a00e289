import { countedFigures } from './counted-figures.js';
import { eventLabel, eventOf, isEventWord } from './figure-events.js';

const eventsOf = (text: string, lang: 'de' | 'en') => countedFigures(text, lang).map((f) => f.event);

describe('eventOf: what was done with the things a figure counts', () => {
  it('tells drones launched from drones shot down in one sentence (English)', () => {
    expect(eventsOf('Russia launched 40 drones overnight, and 12 drones were shot down.', 'en')).toEqual(['e:launched', 'e:shot_down']);
    expect(eventsOf('The army launched 40 drones and shot down 12 drones.', 'en')).toEqual(['e:launched', 'e:shot_down']);
  });

  it('reads the German verb at the end of the clause', () => {
    expect(eventsOf('Die Armee hat 40 Drohnen gestartet, 12 Drohnen wurden abgeschossen.', 'de')).toEqual(['e:launched', 'e:shot_down']);
    expect(eventsOf('In Passau wurden 1.200 Menschen evakuiert und 30 Menschen verletzt.', 'de')).toEqual(['e:evacuated', 'e:injured']);
  });

  it('meets across languages for known events', () => {
    expect(eventOf(' were evacuated', '', 'en')).toBe(eventOf(' evakuiert', '', 'de'));
    expect(eventOf(' Panzer geliefert', '', 'de')).toBe('e:delivered');
    expect(eventOf(' tanks', 'Germany has delivered', 'en')).toBe('e:delivered');
  });

  it('keeps another verb as its stem, and takes no reporting verb for an event', () => {
    expect(eventOf(' boats were repainted', '', 'en')).toBe('en:repaint');
    expect(eventOf(' Boote', 'Die Behörde hat gesagt,', 'de')).toBeNull();
    expect(eventOf(' people', 'Officials said', 'en')).toBeNull();
  });

  it('words events for an explanation and knows their verbs', () => {
    expect(eventLabel('e:shot_down')).toBe('shot down');
    expect(eventLabel('en:repaint')).toBe('repaint');
    expect(isEventWord('caused')).toBe(true);
    expect(isEventWord('verursacht')).toBe(true);
    expect(isEventWord('insured')).toBe(false);
  });
});
