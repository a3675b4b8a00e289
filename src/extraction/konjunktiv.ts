import type { SentenceTokens } from './sentence-tokens.js';

// Forms of the German Konjunktiv I (and the Konjunktiv II forms that stand in for it) that mark
// reported speech. Only forms that differ from the indicative in the third person are listed,
// so "sei" counts and "haben" does not.
const KONJUNKTIV = new Set(
  ('sei seien habe werde könne müsse solle wolle dürfe gebe liege stehe gehe komme wisse verfüge brauche plane ' +
    'handle bleibe zeige fehle arbeite lasse halte sehe trage beginne bestehe lehne fordere unterstütze erwarte bestreite ' +
    'kenne glaube rechne prüfe liefere greife erhalte setze stelle führe zahle kämpfe gelte sichere verliere ' +
    'hätten wären würden lägen gäbe kämen').split(' '),
);

/** True when a German sentence is reported speech by its verb mood ("Moskau habe nicht um Hilfe gebeten"). */
export function isIndirectSpeech(s: SentenceTokens): boolean {
  for (let i = 0; i < s.tokens.length; i++) {
    if (!s.quoted[i] && KONJUNKTIV.has(s.lower[i])) return true;
  }
  return false;
}
