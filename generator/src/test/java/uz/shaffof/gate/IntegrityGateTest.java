package uz.shaffof.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntegrityGateTest {
    private static final String APP_JS = "console.log(1);\n";
    private static final String APP_SRI = "sha384-" + IntegrityGate.sha384(APP_JS.getBytes(StandardCharsets.UTF_8));
    private final IntegrityGate gate = new IntegrityGate();

    private List<String> check(String page) {
        return SiteFixture.lines(gate.check(SiteFixture.site(
                "-- uz/index.html --\n" + page + "-- assets/app.js --\n" + APP_JS + "-- assets/site.css --\np{}\n")));
    }

    @Test
    void hashesTheFileBytesAsBase64Sha384() {
        // openssl dgst -sha384 -binary <(printf 'console.log(1);\n') | base64
        assertEquals("sha384-05ppHfj5uUjTrkhigMzhTN1E3gbaEYzbkhXj9PeB826jenLRpBDHbtzVoINFRCvL", APP_SRI);
    }

    @Test
    void acceptsMatchingSha384() {
        assertEquals(List.of(), check("<script src=\"/assets/app.js\" integrity=\"" + APP_SRI + "\"></script>\n"
                + "<script src=\"../assets/app.js\" integrity=\" " + APP_SRI + "?ignored-option \"></script>\n"));
    }

    @Test
    void reportsMissingIntegrity() {
        assertEquals(List.of("site/uz/index.html:2:1: <link rel=\"stylesheet\" href=\"/assets/site.css\"> has no"
                        + " integrity; expected integrity=\"sha384-"
                        + IntegrityGate.sha384("p{}\n".getBytes(StandardCharsets.UTF_8)) + "\""),
                check("<link rel=\"icon\" href=\"/assets/app.js\">\n<link rel=\"Stylesheet\" href=\"/assets/site.css\">\n"));
    }

    @Test
    void reportsIntegrityThatDoesNotMatchTheFile() {
        String stale = "sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC";
        assertEquals(List.of("site/uz/index.html:1:1: <script src=\"/assets/app.js\"> integrity does not match"
                        + " assets/app.js; expected integrity=\"" + APP_SRI + "\""),
                check("<script src=\"/assets/app.js\" integrity=\"" + stale + "\"></script>\n"));
    }

    @Test
    void reportsOtherAlgorithmsThatTheBrowserWouldPreferUnchecked() {
        assertEquals(List.of("site/uz/index.html:1:1: <script src=\"/assets/app.js\"> integrity must use sha384"
                        + " only, not \"sha512-abc\"; expected integrity=\"" + APP_SRI + "\""),
                check("<script src=\"/assets/app.js\" integrity=\"" + APP_SRI + " sha512-abc\"></script>\n"));
    }

    @Test
    void leavesMissingAndOffSiteFilesToTheirOwnGates() {
        assertEquals(List.of(), check("<script src=\"/assets/gone.js\"></script>\n"
                + "<script src=\"https://cdn.example.org/x.js\"></script>\n"));
    }

    @Test
    void cleanSitePasses() {
        assertEquals(List.of(), SiteFixture.lines(gate.check(SiteFixture.cleanSite())));
    }
}
