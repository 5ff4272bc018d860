package uz.shaffof.translit;

import java.util.Objects;

/**
 * Converts Uzbek text between the Cyrillic and the Latin alphabet under the official rules (alphabet of
 * 6 May 1995, Cabinet of Ministers resolution No. 339 of 24.08.1995 and its appendix), with a built-in
 * exception dictionary and an optional project glossary that wins over both.
 *
 * <pre>{@code
 * Transliterator t = Transliterator.builder().glossary(glossary).build(); // build once, share freely
 * t.toLatin("Ўзбекистон Республикаси");   // "Oʻzbekiston Respublikasi"
 * t.toCyrillic("ketsa, sirk, oktabrda");   // "кетса, цирк, октябрда"
 * Conversion c = t.convertWithWarnings(latinText, Script.CYRILLIC); // guesses to review
 * }</pre>
 *
 * <p>Plain text in, plain text out. URLs, e-mail, domains, numbers, Roman numerals, Latin brand names
 * in Cyrillic text and {@code -{...}-} spans pass through; {@code -{uz-latn:...;uz-cyrl:...}-} gives each
 * edition its own text. Input is NFC-normalised first. Instances are immutable and thread-safe.
 */
public final class Transliterator {
    private final TextConverter toLatin;
    private final TextConverter toCyrillic;
    private final String dictionaryVersion;

    private Transliterator(Builder b) {
        BuiltInDictionary dictionary = BuiltInDictionary.get();
        Lexicon glossary = b.glossary.lexicon();
        this.toLatin = new TextConverter(new CyrillicToLatin(b.orthography), dictionary.lexicon(), dictionary.hyphenated(),
                glossary, b.apostrophes, b.orthography);
        this.toCyrillic = new TextConverter(new LatinToCyrillic(), dictionary.lexicon(), dictionary.hyphenated(),
                glossary, b.apostrophes, b.orthography);
        this.dictionaryVersion = dictionary.version();
    }

    /** Built-in dictionary, default options (U+02BB/U+02BC, LATIN_1995), no glossary. */
    public static Transliterator standard() {
        return Standard.INSTANCE;
    }

    private static final class Standard {
        static final Transliterator INSTANCE = builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Cyrillic to Latin; Latin parts pass through unchanged. */
    public String toLatin(String text) {
        return convert(text, Script.LATIN);
    }

    /** Latin to Cyrillic; Cyrillic parts pass through unchanged. */
    public String toCyrillic(String text) {
        return convert(text, Script.CYRILLIC);
    }

    public String convert(String text, Script target) {
        Objects.requireNonNull(text, "text must not be null");
        return converter(target).convert(text);
    }

    /** Like {@link #convert}, with the guesses the rules made (mostly for Latin-authored text). */
    public Conversion convertWithWarnings(String text, Script target) {
        Objects.requireNonNull(text, "text must not be null");
        return converter(target).convertWithWarnings(text);
    }

    /** The {@code @version} of the built-in exception dictionary. */
    public String dictionaryVersion() {
        return dictionaryVersion;
    }

    TextConverter converter(Script target) {
        return Objects.requireNonNull(target, "target must not be null") == Script.LATIN ? toLatin : toCyrillic;
    }

    /** The script most letters of {@code text} are in; LATIN when there are no letters or a tie. */
    public static Script dominantScript(String text) {
        Objects.requireNonNull(text, "text must not be null");
        long cyrillic = 0;
        long latin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                latin += Letters.isAsciiLetter(c) ? 1 : 0;
            } else if (Letters.isCyrillic(c)) {
                cyrillic += Letters.isLetter(c) ? 1 : 0;
            } else if (Letters.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                latin++;
            }
        }
        return cyrillic > latin ? Script.CYRILLIC : Script.LATIN;
    }

    /**
     * The text as the engine reads it: NFC outside {@code -{...}-} spans (which stay byte for byte).
     * Warning offsets refer to this text; callers mapping offsets to lines normalise with this first.
     */
    public static String normalize(String text) {
        return Nfc.normalize(Objects.requireNonNull(text, "text must not be null"));
    }

    /** Options for a {@link Transliterator}; every option has a default. */
    public static final class Builder {
        private Glossary glossary = Glossary.empty();
        private ApostropheStyle apostrophes = ApostropheStyle.UNICODE;
        private Orthography orthography = Orthography.LATIN_1995;

        private Builder() {}

        /** The project glossary; its entries win over the dictionary and the rules. */
        public Builder glossary(Glossary glossary) {
            this.glossary = Objects.requireNonNull(glossary, "glossary must not be null");
            return this;
        }

        /** Signs written in Latin output; UNICODE (ʻ ʼ) by default. */
        public Builder apostrophes(ApostropheStyle apostrophes) {
            this.apostrophes = Objects.requireNonNull(apostrophes, "apostrophes must not be null");
            return this;
        }

        public Builder orthography(Orthography orthography) {
            this.orthography = Objects.requireNonNull(orthography, "orthography must not be null");
            return this;
        }

        public Transliterator build() {
            return new Transliterator(this);
        }
    }
}
