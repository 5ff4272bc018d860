package uz.shaffof.output;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every path an OutputFile accepts stays inside the output directory, whatever the name was made of. */
class SitePathsProperties {
    private static final Path OUT = Path.of("/srv/out").toAbsolutePath().normalize();

    @Property(tries = 5000)
    void anyAcceptedPathStaysInsideTheOutputDirectory(@ForAll("hostileNames") String name) {
        if (SitePaths.whyUnsafe(name) == null) {
            Path resolved = OUT.resolve(name).normalize();
            assertTrue(resolved.startsWith(OUT), name + " resolved to " + resolved);
            assertFalse(resolved.equals(OUT), name);
        }
    }

    @Property(tries = 2000)
    void anyGeneratedUnicodeTitleIsRejectedOrContained(@ForAll String title) {
        String why = SitePaths.whyUnsafe(title);
        if (why == null) assertTrue(OUT.resolve(title).normalize().startsWith(OUT), title);
    }

    @Example
    void rejectsTheKnownBadNames() {
        for (String bad : List.of("../x", "a/../../b", "/etc/passwd", "..\\x", "x\0y", "．．/x", "CON", "aux.html",
                "", ".", "..", "a".repeat(300), "Uz/index.html", "uz//index.html", "uz/./index.html")) {
            assertNotNull(SitePaths.whyUnsafe(bad), "should reject: " + bad);
        }
    }

    @Provide
    Arbitrary<String> hostileNames() {
        Arbitrary<String> segment = Arbitraries.oneOf(
                Arbitraries.of("..", ".", "", "~", "con", "CON", "aux.html", "．．", "a\0b", "\\", "uz", "index.html"),
                Arbitraries.strings().withChars("a-z0-9./\\-_．%:").ofMinLength(0).ofMaxLength(12),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(6));
        return segment.list().ofMinSize(1).ofMaxSize(6).map(parts -> String.join("/", parts));
    }
}
