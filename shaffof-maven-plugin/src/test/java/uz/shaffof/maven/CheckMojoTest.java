package uz.shaffof.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckMojoTest {

    @Test
    void aFigureTypedAsTextFailsWithItsPosition(@TempDir Path dir) throws Exception {
        SiteFixture.copyInto(dir);
        Path indicator = dir.resolve("content/indicators/internet-users.json");
        String text = Files.readString(indicator, StandardCharsets.UTF_8);
        Files.writeString(indicator, text.replace("\"value\": 630000", "\"value\": \"630000\""), StandardCharsets.UTF_8);
        CheckMojo mojo = SiteFixture.configure(new CheckMojo(), dir);

        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);

        assertTrue(failure.getMessage().lines().anyMatch(l -> l.matches(
                "content/indicators/internet-users\\.json:\\d+:\\d+: /observations/0/value: string found, number expected")),
                failure.getMessage());
    }

    @Test
    void strictIsPassedOnAndNothingIsWritten() {
        CheckMojo mojo = new CheckMojo();
        mojo.root = Path.of("/srv/site").toFile();
        mojo.out = Path.of("/srv/site/public").toFile();
        mojo.strict = true;
        assertEquals(List.of("check", "--root", "/srv/site", "--strict"), mojo.arguments(),
                "check takes no --out (it writes nothing)");
    }
}
