/**
 * The kinds of equipment the quantity rules count under one measure (`equipment`): tanks, drones,
 * aircraft … The measure says "equipment"; two figures of it count the same thing only when they
 * count the same kind, so "300 tanks" never meets "40 drones". Kinds meet across German and English;
 * a German compound counts as its last part ("Kampfpanzer", "Kampfdrohnen").
 * Pure: no framework, no database.
 */
import type { Language } from './quantity.js';

const KINDS: Array<{ kind: string; en: string[]; de: string[] }> = [
  { kind: 'tank', en: ['tank', 'tanks'], de: ['panzer', 'panzern'] },
  { kind: 'drone', en: ['drone', 'drones'], de: ['drohne', 'drohnen'] },
  { kind: 'aircraft', en: ['aircraft', 'jet', 'jets', 'plane', 'planes', 'warplane', 'warplanes'], de: ['flugzeug', 'flugzeuge', 'flugzeugen', 'kampfjet', 'kampfjets', 'jets'] },
  { kind: 'helicopter', en: ['helicopter', 'helicopters'], de: ['hubschrauber', 'hubschraubern', 'helikopter', 'helikoptern'] },
  { kind: 'artillery', en: ['howitzer', 'howitzers', 'artillery'], de: ['haubitze', 'haubitzen', 'geschütz', 'geschütze', 'geschützen', 'artilleriesysteme', 'artilleriesystemen'] },
  { kind: 'launcher', en: ['launcher', 'launchers'], de: ['werfer', 'raketenwerfer', 'raketenwerfern'] },
  { kind: 'vehicle', en: ['vehicle', 'vehicles'], de: ['fahrzeug', 'fahrzeuge', 'fahrzeugen'] },
];

const KIND_OF: Record<Language, Map<string, string>> = { de: new Map(), en: new Map() };
for (const k of KINDS) {
  for (const w of k.en) KIND_OF.en.set(w, k.kind);
  for (const w of k.de) KIND_OF.de.set(w, k.kind);
}
/** German compound endings, longest first, so "Raketenwerfer" is a launcher before it is anything else. */
const DE_ENDINGS = [...KIND_OF.de.entries()].sort((a, b) => b[0].length - a[0].length);

/** The kind of equipment a noun names ("Kampfpanzer" → tank, "drones" → drone), or null. */
export function equipmentKind(word: string, lang: Language): string | null {
  const lower = word.toLowerCase();
  const direct = KIND_OF[lang].get(lower);
  if (direct) return direct;
  if (lang === 'de') for (const [ending, kind] of DE_ENDINGS) if (lower.endsWith(ending) && lower.length > ending.length + 2) return kind;
  return null;
}
