import {dataPath} from './root.js'
import {readWordList} from './word-list.js'

// Closed lists the name matching in src/names/ is written around, read once
// when first imported: the gazetteer's index and the name spans use them
// before any bundle exists.

/** Connecting words that stay lowercase inside a name ("Bank of Korea"; dictionaries/name-connectors.txt). */
export const nameConnectors: ReadonlySet<string> = new Set(readWordList(dataPath('dictionaries/name-connectors.txt')))

/** Words that join a given name to the father's in one name ("bin", "ibn"; dictionaries/patronymic-connectors.txt). */
export const patronymicConnectors: ReadonlySet<string> = new Set(readWordList(dataPath('dictionaries/patronymic-connectors.txt')))

/** Generational suffixes after a name ("Jr", "III"), lowercase (dictionaries/name-suffixes.txt). */
export const nameSuffixes: ReadonlySet<string> = new Set(readWordList(dataPath('dictionaries/name-suffixes.txt')))

/** Two-letter initials of one Cyrillic letter ("Ts", "Kh"): "Ts.Nyamdorj" is an initial and a name (dictionaries/patronymic-initials.txt). */
export const patronymicInitials: ReadonlySet<string> = new Set(readWordList(dataPath('dictionaries/patronymic-initials.txt')))

/** Honorifics a given name follows on second reference ("Sir Keir"; dictionaries/given-name-honorifics.txt). */
export const givenNameHonorifics: ReadonlySet<string> = new Set(readWordList(dataPath('dictionaries/given-name-honorifics.txt')))

/** Heads of Arabic compound given names written joined or apart ("Abdul Aziz", "Abdulaziz"; dictionaries/compound-name-heads.txt). */
export const compoundNameHeads: readonly string[] = readWordList(dataPath('dictionaries/compound-name-heads.txt'))

/** Particles joined to a name by a hyphen or apostrophe ("al-Shaibani"; dictionaries/name-particles.txt). */
export const nameParticles: readonly string[] = readWordList(dataPath('dictionaries/name-particles.txt'))

/** Endings of a patronymic after the given name ("Askhanovich"; dictionaries/patronymic-endings.txt). */
export const patronymicEndings: readonly string[] = readWordList(dataPath('dictionaries/patronymic-endings.txt'))

/** Particles a romanization may join to the name as one word ("Alzayani" for Al Zayani; dictionaries/joined-particles.txt). */
export const joinedParticles: readonly string[] = readWordList(dataPath('dictionaries/joined-particles.txt'))

/** A particle joined to a capitalized name ("al-Awak", "d'Estaing"): a name word, though it starts in lowercase. */
export const particleJoinedName = new RegExp(`^(?:${nameParticles.join('|')})[-'’]\\p{Lu}`, 'u')
