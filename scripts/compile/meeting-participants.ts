// Who a meeting word brings together: the kind of cue ("met" joins its subject and object, "hosted" needs a guest,
// "spoke with" is a call unless the text puts the two in one place), and which persons after it are its objects.
import type { PersonMention } from './context.ts';
import { isTitleWord } from './person-titles.ts';

/**
 * "symmetric": "A met B", "A and B met", "their meeting"; "host": "A hosted / welcomed / received B" (a guest is
 * needed: "the leaders welcomed the signing" is no meeting); "speech": "spoke", a call unless told otherwise.
 */
export type CueKind = 'symmetric' | 'host' | 'speech' | 'joint';

/**
 * Cues beyond the lexicon's meeting verbs: "sat down with", and what two leaders do together in one room
 * ("Prime Minister Carney and Korean President Lee Jae Myung announced the new … Partnership").
 */
export const EXTRA_CUES =
  'sat down with|sits down with|sit down with|summit with|conversation with|had dinner with|dined with|had lunch with|announced|signed|unveiled|released a joint statement|issued a joint statement';

export function cueKind(cue: string): CueKind {
  const word = cue.toLowerCase();
  if (/^(?:announced|signed|unveiled|released a joint statement|issued a joint statement)$/.test(word)) return 'joint';
  if (/^(?:hosts?|hosted|hosting|welcomed|welcomes|received)$/.test(word)) return 'host';
  if (/^(?:spoke|speaks|speak|talked|conversation with)$/.test(word)) return 'speech';
  return 'symmetric';
}

/** Verbs (not nouns) whose single subject meets each of several objects separately. */
export function isVerbCue(cue: string): boolean {
  return /^(?:meets|meet|met|hosts?|hosted|welcomed|welcomes|received)$/i.test(cue);
}

/** A telephone or video call: "spoke with … by phone", "a phone call with", "held a call". */
const CALL =
  /\b(?:by (?:tele)?phone|(?:tele)?phone call|video ?call|video ?conference|teleconference|virtual(?:ly)? (?:meeting|call)|call with|held a call|(?:over|on) the (?:tele)?phone)\b/i;
/** What puts two speakers in one room: a margin, a summit, a city. */
const IN_PERSON =
  /\b(?:on the (?:margins|sidelines)|in person|face-to-face|at the [A-Z]|during (?:a|the|his|her) (?:visit|trip))\b/;

/**
 * Whether a "spoke" or "meeting" report is a call, not a meeting: the call words, or "spoke with" with nothing
 * that puts both in one place (a government readout titles its calls "speaks with").
 */
export function isCallReport(sentence: string, cue: string, cueEnd: number, placed: boolean): boolean {
  if (CALL.test(sentence)) return !IN_PERSON.test(sentence);
  if (cueKind(cue) !== 'speech') return false;
  // "Carney and Trump spoke on Monday": a call, unless the sentence puts them somewhere ("spoke in Ottawa").
  return !IN_PERSON.test(sentence) && !placed;
}

/** Lower-case little words allowed between a meeting word and its object; title words ("prime minister") too, by isTitleWord. */
const GAP_WORDS = new Set(
  'with by the a an her his their its counterpart counterparts between and formally briefly of for both leader leaders then then-'.split(
    ' ',
  ),
);

/**
 * The text between a meeting word and a person is only titles, names and their "of" phrases: "met with the Prime
 * Minister of Malaysia, Anwar Ibrahim", "met with the President of China, Xi Jinping, the Premier of China, Li Qiang".
 */
export function isObjectGap(gap: string): boolean {
  return gap
    .split(/[\s,]+/)
    .filter((w) => w.length > 0)
    .every(
      (w) => GAP_WORDS.has(w.toLowerCase()) || isTitleWord(w) || /^[A-Z][\w.'’-]*$/.test(w) || /^\(?[A-Z]+\)?$/.test(w),
    );
}

/** The persons a meeting word takes as objects: after it, before the next clause, each reached through an object gap. */
export function objectsAfter(
  text: string,
  people: readonly PersonMention[],
  from: number,
  to: number,
  dateSpans: readonly { start: number; end: number }[] = [],
  placeSpans: readonly { start: number; end: number }[] = [],
): PersonMention[] {
  // "meet Xi on Friday and Premier Li Qiang on Thursday": a date phrase between two objects does not part them;
  // nor does a place ("meet Anwar in Kuala Lumpur on Sunday and … Wong in Singapore").
  let blanked = text;
  for (const span of [
    ...dateSpans,
    ...placeSpans.filter((p) => /\b(?:in|at)\s+$/.test(text.slice(Math.max(0, p.start - 4), p.start))),
  ]) {
    const lead = blanked.slice(0, span.start).match(/\b(?:on|in|at)\s+$/)?.[0].length ?? 0;
    blanked = blanked.slice(0, span.start - lead) + ' '.repeat(span.end - span.start + lead) + blanked.slice(span.end);
  }
  // "meet … Takaichi, who took office this week, and … Lee Jae-myung": a relative clause parts no objects.
  blanked = blanked.replace(/,\s+who\s[^,;.]*,/g, (m) => ' '.repeat(m.length));
  // "welcomed Carney's visit": a possessive names what is welcomed, not a guest.
  // "talks with her counterpart, Wang Yi": a possessive pronoun qualifies the object, it is none.
  const possessivePronoun = (p: PersonMention) =>
    p.via === 'pronoun' && /^(?:his|her|their|its)$/i.test(text.slice(p.start, p.end));
  return people.filter(
    (p) =>
      p.start >= from &&
      p.end <= to &&
      !possessivePronoun(p) &&
      isObjectGap(blanked.slice(from, p.start)) &&
      !/^['’]s\b/.test(text.slice(p.end)),
  );
}

/** Whether an article reports a call anywhere: its leaders' joint announcements may then come from the call. */
export function articleReportsCall(sentences: readonly string[]): boolean {
  return sentences.some(
    (text) => (CALL.test(text) || /\b(?:spoke|speaks|talked) with\b/.test(text)) && !IN_PERSON.test(text),
  );
}

/** "a meeting of the Joint Economic and Trade Commission": a body's meeting, not a meeting between people. */
export function isMeetingOfBody(text: string, cueEnd: number): boolean {
  return /^s? of (?:the )?[A-Z]/.test(text.slice(cueEnd));
}
