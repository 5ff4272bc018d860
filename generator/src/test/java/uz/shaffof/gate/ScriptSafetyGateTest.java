package uz.shaffof.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptSafetyGateTest {
    private final ScriptSafetyGate gate = new ScriptSafetyGate();

    private List<String> check(String txtar) {
        return SiteFixture.lines(gate.check(SiteFixture.site(txtar)));
    }

    @Test
    void reportsInlineScriptsButAllowsJsonDataBlocks() {
        assertEquals(List.of(
                "site/index.html:1:1: inline <script> is not allowed: only type=\"application/json\" or"
                        + " \"application/ld+json\" may be inline",
                "site/index.html:2:1: inline <script type=\"module\"> is not allowed: only type=\"application/json\""
                        + " or \"application/ld+json\" may be inline"),
                check("""
                        -- index.html --
                        <script>alert(1)</script>
                        <script type="module">import "./x.js"</script>
                        <script type="application/json">{"a":1}</script>
                        <script type=" Application/LD+JSON ">{}</script>
                        <script src="/assets/app.js"></script>
                        """));
    }

    @Test
    void reportsEventHandlersStylesAndSrcdoc() {
        assertEquals(List.of(
                "site/index.html:1:1: event-handler attribute onerror on <img> is not allowed",
                "site/index.html:2:1: style attribute on <p> is not allowed: the CSP forbids inline styles",
                "site/index.html:3:1: <style> element is not allowed: the CSP forbids inline styles",
                "site/index.html:4:1: srcdoc attribute on <iframe> is not allowed: its inline HTML would escape"
                        + " these checks",
                "site/index.html:5:6: event-handler attribute onload on <svg> is not allowed"),
                check("""
                        -- index.html --
                        <img src="x.png" OnError="alert(1)" alt="">
                        <p style="color: red">x</p>
                        <style>p { color: red }</style>
                        <iframe srcdoc="<script>alert(1)</script>"></iframe>
                        <div><svg onload="alert(1)"></svg></div>
                        """));
    }

    @Test
    void reportsScriptUrlsEvenWhenDisguised() {
        assertEquals(List.of(
                "site/index.html:1:1: javascript: URL in <a href> is not allowed",
                "site/index.html:2:1: javascript: URL in <a href> is not allowed",
                "site/index.html:3:1: javascript: URL in <a href> is not allowed",
                // The \n in the text block puts a real newline inside the third URL, so it spans lines 3-4.
                "site/index.html:5:1: data: URL in <img src> is not allowed",
                "site/index.html:6:1: vbscript: URL in <form action> is not allowed",
                "site/index.html:7:6: javascript: URL in <a xlink:href> is not allowed",
                "site/index.html:8:1: javascript: URL in <button formaction> is not allowed"),
                check("""
                        -- index.html --
                        <a href="JavaScript:alert(1)">a</a>
                        <a href=" java&#x09;script&colon;alert(1)">b</a>
                        <a href="&#1;java\nscript:alert(1)">c</a>
                        <img src="data:image/svg+xml,<svg onload=alert(1)>" alt="">
                        <form action="vbscript:x"></form>
                        <svg><a xlink:href="javascript:alert(1)"><text>t</text></a></svg>
                        <button formaction="javascript:alert(1)">go</button>
                        """));
    }

    @Test
    void requiresNoopenerAndNoreferrerOnBlankTargets() {
        assertEquals(List.of(
                "site/index.html:1:1: <a target=\"_blank\"> needs rel=\"noopener noreferrer\"",
                "site/index.html:2:1: <a target=\"_blank\"> needs rel=\"noopener noreferrer\" (has rel=\"noopener\")"),
                check("""
                        -- index.html --
                        <a href="https://lex.uz/" target="_blank">a</a>
                        <a href="https://lex.uz/" target="_BLANK" rel="noopener">b</a>
                        <a href="https://lex.uz/" target="_blank" rel="NoReferrer external noopener">c</a>
                        <a href="https://lex.uz/" target="_self">d</a>
                        """));
    }

    @Test
    void reportsScriptsAndHandlersInSvgFiles() {
        assertEquals(List.of(
                "site/assets/chart.svg:2:3: <script> in an SVG file is not allowed",
                "site/assets/chart.svg:3:3: event-handler attribute onclick on <rect> is not allowed",
                "site/assets/chart.svg:4:3: javascript: URL in <a xlink:href> is not allowed"),
                check("""
                        -- assets/chart.svg --
                        <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
                          <script>alert(1)</script>
                          <rect onclick="alert(1)" width="1" height="1" style="fill: red"/>
                          <a xlink:href="javascript:alert(1)"><text>t</text></a>
                        </svg>
                        """));
    }

    @Test
    void findsTheSchemeBehindWhitespaceControlsAndCase() {
        assertEquals("javascript:", ScriptSafetyGate.activeScheme("\u0001 JaVa\tScRiPt\n:alert(1)"));
        assertEquals("data:", ScriptSafetyGate.activeScheme("DATA:text/html,x"));
        assertNull(ScriptSafetyGate.activeScheme("/uz/javascript:notes/"));
        assertNull(ScriptSafetyGate.activeScheme("https://example.org/?javascript:"));
    }

    @Test
    void cleanSitePasses() {
        assertEquals(List.of(), SiteFixture.lines(gate.check(SiteFixture.cleanSite())));
    }
}
