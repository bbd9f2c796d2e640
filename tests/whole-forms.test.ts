import {describe, expect, it} from 'vitest'
import {WholeForms} from '../src/text/whole-forms.js'
import {escapeRegExp} from '../src/text/normalize.js'

const forms = ['Korea', 'South Korea', 'Korean', 'Seoul', 'Guinea', 'Guinea-Bissau', 'Bissau', 'São Tomé', 'I', 'al-Quds']

/** What one pattern of every form finds: the behaviour WholeForms keeps. */
function byPattern(list: readonly string[], text: string): string[] {
  const pattern = new RegExp(`(?<![\\p{L}])(?:${[...list].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![\\p{L}])`, 'gu')
  return [...text.matchAll(pattern)].map((match) => match[0])
}

describe('whole forms in a text', () => {
  const whole = new WholeForms(forms)

  it('takes the longest form at a place, and no form inside it', () => {
    expect(whole.in('South Korea and Guinea-Bissau met.')).toEqual(['South Korea', 'Guinea-Bissau'])
  })

  it('takes a shorter form where the longer one runs into a letter', () => {
    expect(whole.in('South Koreans, Koreans and a Korean')).toEqual(['Korean'])
    expect(whole.in('Guinea-Bissaus')).toEqual(['Guinea'])
  })

  it('finds forms only as whole words, letters outside ASCII and outside the BMP included', () => {
    expect(whole.in('Seouls éSeoul Seoulé 𝐀Seoul Seoul𝐀 (Seoul) Seoul.')).toEqual(['Seoul', 'Seoul'])
    expect(whole.in('São Tomé, São Toméan, I, Iran, al-Quds')).toEqual(['São Tomé', 'I', 'al-Quds'])
  })

  it('finds what one pattern of all the forms finds', () => {
    const texts = [
      'In Seoul, South Korea’s capital, Koreans said Korea-Japan ties… I agree.',
      forms.join(' ') + ' ' + forms.join(''),
      forms.map((form) => `${form}s ${form}’s -${form}- ${form}é`).join(' '),
      '𝐀I I𝐀 Iİ ıI'
    ]
    for (const text of texts) expect(whole.in(text)).toEqual(byPattern(forms, text))
  })

  it('finds nothing with no forms', () => {
    expect(new WholeForms([]).in('Korea')).toEqual([])
  })
})
