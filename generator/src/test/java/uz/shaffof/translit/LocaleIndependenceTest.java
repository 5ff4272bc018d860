package uz.shaffof.translit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The engine must not depend on the default locale (Turkish dotless ı would break I/i). Instead of
 * changing the default in this JVM (global state shared with other tests), a child JVM runs the checks
 * with a Turkish default, and a scan keeps locale-dependent calls out of the sources.
 */
class LocaleIndependenceTest {
    @Test
    void checksPassInAJvmWithTurkishDefaultLocale() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Duser.language=tr", "-Duser.country=TR", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), TurkishLocaleCheck.class.getName());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        assertEquals(0, p.exitValue(), output);
        assertEquals("ok tr", output.strip());
    }

    @Test
    void sourcesUseNoDefaultLocaleCaseMappingAndNeverSetTheDefault() throws IOException {
        List<String> offences = new ArrayList<>();
        for (Path dir : List.of(Path.of("src/main/java/uz/shaffof/translit"), Path.of("src/test/java/uz/shaffof/translit"),
                Path.of("src/main/java/uz/shaffof/cli/TranslitCommand.java"))) {
            if (!Files.exists(dir)) {
                continue; // run from another directory: the child-JVM test still covers behaviour
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : (Iterable<Path>) files.filter(x -> x.toString().endsWith(".java"))::iterator) {
                    String src = Files.readString(f);
                    for (String banned : new String[] {"toLowerCase()", "toUpperCase()", "Locale.setDefault", "String.format(\""}) {
                        if (src.contains(banned) && !f.getFileName().toString().equals("LocaleIndependenceTest.java")) {
                            offences.add(f.getFileName() + ": " + banned);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), offences);
    }
}
