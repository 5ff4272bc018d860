package uz.shaffof.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TileLinksTest {
    private static final String SVG = "<svg role=\"img\" aria-label=\"Map\" viewBox=\"0 0 320 300\">"
            + "<path d=\"M0 0\" fill=\"#440154\" data-ec-series-index=\"0\" data-ec-data-index=\"0\" data-ec-ssr-type=\"chart\"></path>"
            + "<path d=\"M1 1\" fill=\"#d9d9d9\" data-ec-series-index=\"1\" data-ec-data-index=\"0\" data-ec-ssr-type=\"chart\"></path>"
            + "<text>Andijon</text></svg>";
    private static final String OPTION = "{\"series\":[{\"data\":[{\"code\":\"UZ-AN\",\"text\":\"630 000 nafardan ortiq\"}]},"
            + "{\"data\":[{\"code\":\"UZ-XX\",\"text\":\"ma\\u02bclumot yo\\u02bbq\"}]}]}";

    @Test
    void tilesOfKnownRegionsBecomeNamedLinksResolvedPerPage() {
        String marked = TileLinks.mark(SVG, OPTION, code -> code.equals("UZ-AN")
                ? Optional.of(new TileLinks.Target("regions/andijon/", "Andijon \"viloyati\""))
                : Optional.empty());
        assertTrue(marked.startsWith("<svg role=\"group\""), marked);
        assertFalse(marked.contains(" href=\""), "not a link before it is resolved for a page: " + marked);
        String page = TileLinks.resolve(marked, "../../uz/");
        assertTrue(page.contains("<a href=\"../../uz/regions/andijon/\" aria-label=\"Andijon &quot;viloyati&quot;: "
                + "630 000 nafardan ortiq\"><path d=\"M0 0\""), page);
        assertEquals(1, page.split("<a ", -1).length - 1, "only the known region's tile is a link: " + page);
    }

    @Test
    void aPictureWithoutTilesOfKnownRegionsIsLeftAsItIs() {
        assertEquals(SVG, TileLinks.mark(SVG, OPTION, code -> Optional.empty()));
        assertEquals(SVG, TileLinks.resolve(SVG, "../"));
    }
}
