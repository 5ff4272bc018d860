package uz.shaffof.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uz.shaffof.translit.Script;
import uz.shaffof.translit.Transliterator;

class WarmStartTest {
    @Test
    void givesTheEnginesABuildWouldHaveMadeItself() throws Exception {
        WarmStart warm = WarmStart.begin();
        Transliterator t = warm.transliterator();
        assertSame(t, warm.transliterator(), "made once");
        assertEquals(Transliterator.standard().convert("Ўзбекистон Республикаси", Script.LATIN),
                t.convert("Ўзбекистон Республикаси", Script.LATIN));
        Map<String, Object> model = Map.of("lang", "uz", "siteTitle", "Sayt", "title", "Sahifa", "nav", List.of(),
                "lead", "", "charts", List.of(), "tables", List.of(), "links", List.of());
        assertEquals(BenchTemplates.engine().render("table.ftlh", model), warm.templates().render("table.ftlh", model));
        ObjectMapper yaml = warm.frontMatter();
        assertSame(yaml, warm.frontMatter(), "made once");
        assertEquals(CorpusReader.frontMatterMapper().readTree("title: \"a\"\ntags: [x]\n"),
                yaml.readTree("title: \"a\"\ntags: [x]\n"));
        assertThrows(JsonProcessingException.class, () -> yaml.readTree("title: a\ntitle: b\n"),
                "a key given twice is an error, as with the reader's own mapper");
    }
}
