package uz.shaffof.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ThirdPartyGateTest {
    private final ThirdPartyGate gate = new ThirdPartyGate();

    private List<String> check(String txtar) {
        return SiteFixture.lines(gate.check(SiteFixture.site(txtar)));
    }

    @Test
    void reportsSubresourcesFromOtherOrigins() {
        assertEquals(List.of(
                "site/index.html:1:1: third-party request: <script src=\"https://cdn.example.org/echarts.js\"> loads"
                        + " from another origin",
                "site/index.html:2:1: third-party request: <img src=\"//tracker.example.org/p.gif\"> loads from"
                        + " another origin",
                "site/index.html:3:1: third-party request: <img srcset=\"http://img.example.org/b.png\"> loads from"
                        + " another origin",
                "site/index.html:4:1: third-party request: <video poster=\"https://img.example.org/p.png\"> loads"
                        + " from another origin",
                "site/index.html:5:1: third-party request: <link href=\"https://fonts.example.org/css\"> loads from"
                        + " another origin",
                "site/index.html:6:1: third-party request: <link href=\"https://cdn.example.org\"> loads from"
                        + " another origin",
                "site/index.html:7:1: third-party request: <link href=\"\\\\evil.example.org/x.css\"> loads from"
                        + " another origin",
                "site/index.html:8:6: third-party request: <image href=\"https://img.example.org/x.png\"> loads"
                        + " from another origin"),
                check("""
                        -- index.html --
                        <script src="https://cdn.example.org/echarts.js"></script>
                        <img src="//tracker.example.org/p.gif" alt="">
                        <img src="a.png" srcset="a.png 1x, http://img.example.org/b.png 2x" alt="">
                        <video poster="https://img.example.org/p.png"></video>
                        <link rel="stylesheet" href="https://fonts.example.org/css">
                        <link rel="dns-prefetch preconnect" href="https://cdn.example.org">
                        <link rel="stylesheet" href="\\\\evil.example.org/x.css">
                        <svg><image href="https://img.example.org/x.png"/></svg>
                        """));
    }

    @Test
    void allowsNavigationLinksAndOwnOrigin() {
        assertEquals(List.of(), check("""
                -- index.html --
                <a href="https://lex.uz/" target="_blank" rel="noopener noreferrer">law</a>
                <link rel="canonical" href="https://example.org/">
                <link rel="alternate" hreflang="uz-Cyrl" href="https://example.org/oz/">
                <script src="https://shaffof.uz/assets/app.js"></script>
                <img src="//shaffof.uz/a.png" alt="">
                <svg><a href="https://lex.uz/"><text>t</text></a></svg>
                """));
    }

    @Test
    void reportsOffSiteUrlsAndImportsInStylesheets() {
        assertEquals(List.of(
                "site/assets/site.css:1:1: third-party request: @import \"https://fonts.example.org/inter.css\" loads"
                        + " from another origin",
                "site/assets/site.css:3:8: third-party request: url(//fonts.example.org/inter.woff2) loads from"
                        + " another origin",
                "site/assets/site.css:5:20: third-party request: url(https://img.example.org/bg.png) loads from"
                        + " another origin",
                "site/assets/site.css:6:12: third-party request: url(https://img.example.org/escaped.png) loads"
                        + " from another origin"),
                check("""
                        -- assets/site.css --
                        @import "https://fonts.example.org/inter.css";
                        @font-face { font-family: Inter;
                          src: url('//fonts.example.org/inter.woff2'); }
                        /* url(https://img.example.org/in-a-comment.png) */
                        body { background: url( https://img.example.org/bg.png ) }
                        .x { mask: url(ht\\74ps://img.example.org/escaped.png) }
                        .y { content: "url(https://img.example.org/in-a-string.png)"; background: url(fonts/a.png) }
                        """));
    }

    @Test
    void reportsOffSiteReferencesInSvgFiles() {
        assertEquals(List.of(
                "site/assets/chart.svg:2:3: third-party request: <image xlink:href=\"https://img.example.org/x.png\">"
                        + " loads from another origin",
                "site/assets/chart.svg:3:3: third-party request: url(https://fonts.example.org/f.woff2) loads from"
                        + " another origin"),
                check("""
                        -- assets/chart.svg --
                        <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
                          <image xlink:href="https://img.example.org/x.png"/><use href="#a"/>
                          <style>@font-face { src: url(https://fonts.example.org/f.woff2) }</style>
                        </svg>
                        """));
    }

    @Test
    void cleanSitePasses() {
        assertEquals(List.of(), SiteFixture.lines(gate.check(SiteFixture.cleanSite())));
    }
}
