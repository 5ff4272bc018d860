package uz.shaffof.translit;

/**
 * What the engine decides from a whole text rather than from the place it is converting: which script most letters
 * are in (text that is mostly Cyrillic keeps its Latin words when converted to Cyrillic) and whether the text has an
 * author marker {@code -{} (then the output is left as written, not composed to NFC). A text read in parts adds each
 * part ({@link Counter}) and converts the parts with the facts of the whole.
 *
 * @param cyrillicLetters letters in the Cyrillic script
 * @param latinLetters letters in the Latin script
 * @param markers whether {@code -{} occurs
 */
public record TextFacts(long cyrillicLetters, long latinLetters, boolean markers) {
    /** As {@link Transliterator#dominantScript}: LATIN on a tie. */
    public Script dominantScript() {
        return cyrillicLetters > latinLetters ? Script.CYRILLIC : Script.LATIN;
    }

    /** Adds up the facts of a text given in parts, in order (a {@code -{} split between two parts counts). */
    public static final class Counter {
        private long cyrillic;
        private long latin;
        private boolean markers;
        private char last;

        /** Adds {@code s[from, to)}, the next characters of the text. */
        public void add(CharSequence s, int from, int to) {
            for (int i = from; i < to; i++) {
                char c = s.charAt(i);
                int script = TextSurvey.scriptOfLetter(c);
                cyrillic += script == 1 ? 1 : 0;
                latin += script == 2 ? 1 : 0;
                markers |= last == '-' && c == '{';
                last = c;
            }
        }

        public TextFacts facts() {
            return new TextFacts(cyrillic, latin, markers);
        }
    }
}
