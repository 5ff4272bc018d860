package uz.shaffof.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CspGateTest {
    private static final String GOOD_POLICY = "default-src 'self'; script-src 'self'";
    private final CspGate gate = new CspGate();

    private List<String> check(String head) {
        return SiteFixture.lines(gate.check(SiteFixture.site(
                "-- index.html --\n<!DOCTYPE html>\n<html lang=\"uz-Latn\">\n<head>\n" + head
                        + "\n</head>\n<body><p>x</p></body>\n</html>\n")));
    }

    private static String csp(String policy) {
        return "<meta http-equiv=\"Content-Security-Policy\" content=\"" + policy + "\">";
    }

    @Test
    void acceptsPolicyFirstOrRightAfterCharset() {
        assertEquals(List.of(), check(csp(GOOD_POLICY) + "\n<meta charset=\"utf-8\">\n<title>x</title>"));
        assertEquals(List.of(), check("<meta charset=\"utf-8\">\n" + csp(GOOD_POLICY) + "\n<title>x</title>"));
    }

    @Test
    void reportsMissingPolicy() {
        assertEquals(List.of("site/index.html:3:1: no <meta http-equiv=\"Content-Security-Policy\"> in <head>"),
                check("<meta charset=\"utf-8\">\n<title>x</title>"));
    }

    @Test
    void reportsPolicyThatComesTooLate() {
        assertEquals(List.of(
                "site/index.html:4:1: <head> must start with <meta charset> or the Content-Security-Policy <meta>,"
                        + " not <title>",
                "site/index.html:6:1: the Content-Security-Policy <meta> must be the first element of <head>, or the"
                        + " second after <meta charset>: a meta policy does not cover what comes before it"),
                check("<title>x</title>\n<meta charset=\"utf-8\">\n" + csp(GOOD_POLICY)));
        assertEquals(List.of(
                "site/index.html:6:1: the Content-Security-Policy <meta> must be the first element of <head>, or the"
                        + " second after <meta charset>: a meta policy does not cover what comes before it"),
                check("<meta charset=\"utf-8\">\n<link rel=\"stylesheet\" href=\"/a.css\">\n" + csp(GOOD_POLICY)));
    }

    @Test
    void reportsUnsafeKeywordsAndDirectivesIgnoredInMeta() {
        assertEquals(List.of(
                "site/index.html:5:1: Content-Security-Policy allows 'unsafe-eval'",
                "site/index.html:5:1: Content-Security-Policy allows 'unsafe-inline'",
                "site/index.html:5:1: Content-Security-Policy has frame-ancestors, which browsers ignore in a <meta>"
                        + " policy",
                "site/index.html:5:1: Content-Security-Policy has no default-src",
                "site/index.html:5:1: Content-Security-Policy has report-uri, which browsers ignore in a <meta>"
                        + " policy",
                "site/index.html:5:1: Content-Security-Policy has sandbox, which browsers ignore in a <meta> policy"),
                check("<meta charset=\"utf-8\">\n" + csp("script-src 'self' 'UNSAFE-INLINE'; style-src 'self' "
                        + "unsafe-eval; frame-ancestors 'none'; report-uri /csp; sandbox")));
    }

    @Test
    void cleanSitePasses() {
        assertEquals(List.of(), SiteFixture.lines(gate.check(SiteFixture.cleanSite())));
    }
}
