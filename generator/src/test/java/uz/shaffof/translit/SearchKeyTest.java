package uz.shaffof.translit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class SearchKeyTest {
    @Test
    void sameKeyAcrossScriptsAndCase() {
        String key = SearchKey.of("Toshkent");
        assertEquals(key, SearchKey.of("Тошкент"));
        assertEquals(key, SearchKey.of("TOSHKENT"));
        assertEquals(key, SearchKey.of("ТОШКЕНТ"));
        assertEquals("toshkent", key);
    }

    @Test
    void apostropheVariantsAreUnified() {
        String key = SearchKey.of("Oʻzbekiston");
        for (String v : new String[] {"O'zbekiston", "O`zbekiston", "O‘zbekiston", "O’zbekiston", "Ўзбекистон", "ЎЗБЕКИСТОН"}) {
            assertEquals(key, SearchKey.of(v), v);
        }
        assertEquals(SearchKey.of("maʼlumot"), SearchKey.of("маълумот"));
    }

    @Test
    void differentWordsStayDifferent() {
        assertNotEquals(SearchKey.of("Toshkent"), SearchKey.of("Termiz"));
    }

    @Test
    void dottedCapitalIDoesNotLeakALocale() {
        assertEquals("istiqlol", SearchKey.of("ISTIQLOL"));
        assertEquals(SearchKey.of("ISTIQLOL"), SearchKey.of("Истиқлол"));
    }
}
