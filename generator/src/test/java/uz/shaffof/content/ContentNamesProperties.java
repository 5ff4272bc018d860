package uz.shaffof.content;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** RELIABILITY row 8: a name the loader accepts is always a plain slug that stays inside its folder. */
class ContentNamesProperties {
    private static final Path ROOT = Path.of("/srv/content/charts").normalize();

    @Property(tries = 2000)
    void anAcceptedFileNameIsASafeSlug(@ForAll("names") String name) {
        if (ContentNames.whyBadFileName(name) != null) return;
        assertTrue(name.matches("[a-z0-9]+(-[a-z0-9]+)*\\.(json|md|tsv)"), name);
        Path resolved = ROOT.resolve(name).normalize();
        assertTrue(resolved.getParent().equals(ROOT), name + " escapes to " + resolved);
    }

    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> random = Arbitraries.strings().withChars("aAzZ09-._/\\ \u0000．ўу\u0306ЁjsonmdCON").ofMaxLength(24);
        Arbitrary<String> slugs = Arbitraries.strings().withChars("abcxyz0189-").ofMinLength(1).ofMaxLength(12)
                .map(s -> s + ".json");
        return Arbitraries.oneOf(random, slugs, Arbitraries.strings().ofMaxLength(30));
    }

    @Test
    void fixedBadNamesAreRejected() {
        List<String> bad = List.of("../x.json", "a/../../b.json", "/etc/passwd", "..\\x.json", "x\0y.json",
                "．．/x.json", "CON.json", "con.json", "aux.md", "nul.tsv", "lpt1.json", "", ".", "..",
                "a".repeat(300) + ".json", "Users.json", "users.JSON", "users.txt", "users", "-users.json",
                "users-.json", "us--ers.json", "us_ers.json", "my chart.json", ".gitkeep", "у\u0306.json", "ўзбек.json");
        for (String name : bad) assertNotNull(ContentNames.whyBadFileName(name), "accepted \"" + name + "\"");
    }
}
