/**
 * Uzbek script engine: Cyrillic and Latin editions of the same text under the official 1995 rules,
 * an exception dictionary and the editors' glossary. Start at {@link uz.shaffof.translit.Transliterator}.
 */
package uz.shaffof.translit;
