package uz.shaffof.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@link AsciiSlug} against its plain definition: NFKD always, then the trailing dashes cut by a regex. */
class AsciiSlugProperties {
    @Property(tries = 3000)
    void sameSlugAsThePlainDefinition(@ForAll("headings") String text) {
        assertEquals(plain(text), AsciiSlug.of(text));
    }

    @Provide
    Arbitrary<String> headings() {
        Arbitrary<String> mixed = Arbitraries.strings()
                .withChars("aZz09- _.'ʻʼ‘’—éÉﬁ²ўЎқғҳ\u0301\u0306İı").ofMaxLength(40);
        Arbitrary<String> longAscii = Arbitraries.strings().withChars("ab- ").ofMinLength(70).ofMaxLength(100);
        return Arbitraries.oneOf(mixed, longAscii);
    }

    @Test
    void examples() {
        assertEquals("ozbekiston-iii-bob", AsciiSlug.of("Oʻzbekiston — III bob"));
        assertEquals("section", AsciiSlug.of("— —"));
        assertEquals("a".repeat(79), AsciiSlug.of("a".repeat(79) + " b"), "no dash left at the cut");
        assertEquals("cafe-fi", AsciiSlug.of("Café ﬁ"));
    }

    private static String plain(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        boolean dash = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (dash && out.length() > 0) out.append('-');
                out.append(c);
                dash = false;
            } else if (Character.getType(c) != Character.NON_SPACING_MARK && c != '\u02BB' && c != '\u02BC'
                    && c != '\'' && c != '\u2018' && c != '\u2019') {
                dash = true;
            }
        }
        String slug = (out.length() > 80 ? out.substring(0, 80) : out.toString()).replaceAll("-+$", "");
        return slug.isEmpty() ? "section" : slug;
    }
}
