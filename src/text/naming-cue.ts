/**
 * "known as Mtskhetoba", "a festival called Eid al-Ghadir", "dubbed the
 * Iron Lady": a name a story introduces with a verb of naming is a name of
 * its own, as deliberate as its spelling, however near another it is.
 */
const cue = /(?:^|[^\p{L}])(?:known as|called|dubbed|nicknamed|named|renamed|styled|aka|a\.k\.a\.) (?:the )?["“‘']?$/iu

/** Whether the word at `start` follows a verb of naming. */
export function afterNamingCue(value: string, start: number): boolean {
  return cue.test(value.slice(Math.max(0, start - 24), start))
}
