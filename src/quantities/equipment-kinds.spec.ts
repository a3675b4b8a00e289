import { equipmentKind } from './equipment-kinds.js';

describe('equipmentKind', () => {
  it('names the kind in English and German, German compounds by their last part', () => {
    expect(equipmentKind('tanks', 'en')).toBe('tank');
    expect(equipmentKind('Panzer', 'de')).toBe('tank');
    expect(equipmentKind('Kampfpanzern', 'de')).toBe('tank');
    expect(equipmentKind('Kampfdrohnen', 'de')).toBe(equipmentKind('drones', 'en'));
    expect(equipmentKind('Raketenwerfer', 'de')).toBe('launcher');
  });

  it('names no kind for other nouns', () => {
    expect(equipmentKind('boats', 'en')).toBeNull();
    expect(equipmentKind('Menschen', 'de')).toBeNull();
  });
});
