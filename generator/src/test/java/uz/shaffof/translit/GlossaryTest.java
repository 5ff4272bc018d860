package uz.shaffof.translit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GlossaryTest {
    private static Transliterator with(String tsv) throws GlossaryException {
        return Transliterator.builder().glossary(Glossary.parse(tsv, "test.tsv")).build();
    }

    @Test
    void glossaryBeatsDictionary() throws GlossaryException {
        assertEquals("цирк", Transliterator.standard().toCyrillic("sirk"));
        Transliterator t = with("sirk\tсирк\tstem\tan editor's (wrong) choice wins\n");
        assertEquals("сирк", t.toCyrillic("sirk"));
        assertEquals("сиркда", t.toCyrillic("sirkda"));
        assertEquals("sirk", t.toLatin("сирк"));
    }

    @Test
    void glossaryBeatsRules() throws GlossaryException {
        Transliterator t = with("Payariq\tПайариқ\tstem\n");
        assertEquals("Паяриқ", Transliterator.standard().toCyrillic("Payariq"));
        assertEquals("Пайариқ тумани", t.toCyrillic("Payariq tumani"));
        assertEquals("Пайариқда", t.toCyrillic("Payariqda"));
    }

    @Test
    void wordScopeDoesNotMatchInsideLongerWords() throws GlossaryException {
        Transliterator t = with("Pop\tПоп\tword\n");
        assertEquals("Поп", t.toCyrillic("Pop"));
        assertEquals("Попда", t.toCyrillic("Popda")); // rules give the same; the entry did not match
        Transliterator u = with("sirk\tсирк\tword\n");
        assertEquals("сирк", u.toCyrillic("sirk"));
        assertEquals("циркда", u.toCyrillic("sirkda"), "word scope: the dictionary stem applies to the suffixed form");
    }

    @Test
    void stemScopeRequiresASuffixChain() throws GlossaryException {
        Transliterator t = with("kon\tконь\tstem\tthe kodchi bug, as an entry\n");
        assertEquals("конь", t.toCyrillic("kon"));
        assertEquals("концерт", t.toCyrillic("konsert"), "sert is no suffix chain");
        assertEquals("конлар", t.toCyrillic("konlar"), "ь dropped before a suffix");
    }

    @Test
    void multiWordEntriesMatchAcrossAnyWhiteSpace() throws GlossaryException {
        Transliterator t = with("Elektron hukumat loyihalarini boshqarish markazi\tЭлектрон ҳукумат лойиҳаларини бошқариш маркази\tstem\n");
        assertEquals("«Электрон ҳукумат лойиҳаларини\nбошқариш маркази»да",
                t.toCyrillic("«Elektron hukumat loyihalarini\nboshqarish markazi»da"));
    }

    @Test
    void caseIsCarriedOverUnlessWrittenAsTheEntry() throws GlossaryException {
        Transliterator t = with("ASKDOCTOR\tASKDOCTOR\tword\nDnevnik.ru\tДневник.ru\tword\nNukus\tНукус\tstem\n");
        assertEquals("ASKDOCTOR", t.toCyrillic("ASKDOCTOR"));
        assertEquals("Дневник.ru", t.toCyrillic("Dnevnik.ru"));
        assertEquals("Dnevnik.ru", t.toLatin("Дневник.ru"));
        assertEquals("НУКУС", t.toCyrillic("NUKUS"));
        assertEquals("нукусда", t.toCyrillic("nukusda"));
    }

    @Test
    void apostropheLookAlikesMatch() throws GlossaryException {
        Transliterator t = with("Oʻzsanoatqurilishbank\tЎзсаноатқурилишбанк\tstem\n");
        assertEquals("Ўзсаноатқурилишбанк", t.toCyrillic("O'zsanoatqurilishbank"));
        assertEquals("Ўзсаноатқурилишбанкка", t.toCyrillic("O‘zsanoatqurilishbankka"));
    }

    @Test
    void glossaryDoesNotReachIntoUrls() throws GlossaryException {
        Transliterator t = with("Nukus\tНукус\tstem\n");
        assertEquals("https://nukus.uz/nukus ва Нукус", t.toCyrillic("https://nukus.uz/nukus va Nukus"));
    }

    @Test
    void errorsNameFileLineAndColumn() {
        GlossaryException e = assertThrows(GlossaryException.class,
                () -> Glossary.parse("# c\nToshkent\tТошкент\tstem\nNukus\tНукус\tmaybe\n", "g.tsv"));
        assertEquals("g.tsv", e.path());
        assertEquals(3, e.line());
        assertEquals(13, e.column());
        assertEquals("g.tsv:3:13: scope must be word or stem, found 'maybe'", e.getMessage());
    }

    @Test
    void errorsForColumnsEmptyFormsSwappedColumnsAndDuplicates() {
        assertEquals(1, assertThrows(GlossaryException.class, () -> Glossary.parse("Nukus Нукус stem\n", "g")).line());
        assertEquals(2, assertThrows(GlossaryException.class, () -> Glossary.parse("#\n\tНукус\tstem\n", "g")).line());
        GlossaryException swapped = assertThrows(GlossaryException.class, () -> Glossary.parse("Нукус\tNukus\tstem\n", "g"));
        assertTrue(swapped.detail().contains("columns swapped"), swapped.detail());
        GlossaryException dup = assertThrows(GlossaryException.class,
                () -> Glossary.parse("Nukus\tНукус\tstem\nNUKUS\tНукус\tword\n", "g"));
        assertEquals(2, dup.line());
        assertTrue(dup.detail().contains("line 1"), dup.detail());
    }

    @Test
    void projectGlossaryParsesAndCoversTheUnits() {
        Glossary g = ProjectGlossary.load();
        assertTrue(g.size() >= 40, "entries: " + g.size());
        Transliterator t = Transliterator.builder().glossary(g).build();
        assertEquals("Қорақалпоғистон Республикаси", t.toCyrillic("Qoraqalpogʻiston Respublikasi"));
        assertEquals("Toshkent viloyati", t.toLatin("Тошкент вилояти"));
        assertEquals("DVBT-2", t.toCyrillic("DVBT-2"));
        assertEquals(0, Glossary.empty().size());
    }
}
