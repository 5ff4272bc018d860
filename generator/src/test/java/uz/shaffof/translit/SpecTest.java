package uz.shaffof.translit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every pair of spec.txt in every direction it is marked for, with the project glossary. */
class SpecTest {
    private static final Transliterator UNICODE = ProjectGlossary.transliterator();
    private static final Transliterator QUOTES = Transliterator.builder()
            .glossary(ProjectGlossary.load()).apostrophes(ApostropheStyle.QUOTES).build();

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (SpecExample e : SpecExampleReader.read()) {
            if (e.direction().toLatin()) {
                cases.add(Arguments.of(e.name() + " (Cyrillic→Latin, line " + e.line() + ")", e, Script.LATIN));
            }
            if (e.direction().toCyrillic()) {
                cases.add(Arguments.of(e.name() + " (Latin→Cyrillic, line " + e.line() + ")", e, Script.CYRILLIC));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void example(String name, SpecExample e, Script target) {
        Transliterator t = e.apostrophes() == ApostropheStyle.QUOTES ? QUOTES : UNICODE;
        String input = target == Script.LATIN ? e.cyrillic() : e.latin();
        String expected = target == Script.LATIN ? e.latin() : e.cyrillic();
        assertEquals(expected, t.convert(input, target), name);
    }

    @Test
    void holdsAtLeast800Pairs() {
        assertTrue(SpecExampleReader.read().size() >= 800, "spec.txt has " + SpecExampleReader.read().size() + " pairs");
    }

    @Test
    void everySectionNamesItsSourceAndHasPairs() {
        Map<String, String> sources = SpecExampleReader.sources();
        List<SpecExample> examples = SpecExampleReader.read();
        for (var s : sources.entrySet()) {
            assertFalse(s.getValue().isBlank(), "section " + s.getKey() + " has no source: line");
            assertTrue(examples.stream().anyMatch(e -> e.section().equals(s.getKey())), "section " + s.getKey() + " is empty");
        }
    }

    @Test
    void coversEveryRuleOfTheIssue() {
        List<String> required = List.of("Alphabet", "E-ye", "Yo-yu-ya", "Ts-at-word-start", "Ts-after-consonant",
                "Ts-at-word-end", "Ts-after-prefix", "Ts-after-vowel", "Ts-in-native-verbs", "Hard-sign", "Soft-sign",
                "S-h", "Yo-with-sign", "Shch-and-yery", "Capitals", "Apostrophe-look-alikes", "Apostrophes-as-quotes",
                "Dictionary", "Pass-through", "Punctuation-and-quotes", "Numbers-and-dates", "Peer-failures",
                "Territorial-units", "Centres", "Cities", "Seed-000", "Seed-002", "CLDR-names", "Hyphenated-names",
                "Y-plus-vowel-in-names", "Latin-and-mixed-names-kept");
        assertTrue(SpecExampleReader.sources().keySet().containsAll(required),
                "missing sections: " + required.stream().filter(r -> !SpecExampleReader.sources().containsKey(r)).toList());
        long districts = SpecExampleReader.read().stream().filter(e -> e.section().startsWith("Districts-")).count();
        assertTrue(districts >= 170, "only " + districts + " districts");
        assertEquals(14, SpecExampleReader.sources().keySet().stream().filter(s -> s.startsWith("Districts-")).count());
    }

    @Test
    void readerRejectsALineWithoutMarker() {
        var error = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> SpecExampleReader.parse("## S\nsource: x\nшаҳар = shahar\n"));
        assertTrue(error.getMessage().startsWith("spec.txt:3:"), error.getMessage());
    }
}
