package uz.shaffof.translit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Latin and mixed-script names in a Cyrillic source come back as they were after a round trip through the Latin
 * edition, with no marker: codes, domains whose labels mix scripts, a single capital of a document code.
 */
class KeptNamesTest {
    private static final Transliterator T = Transliterator.standard();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "«Дневник.ru» тизими асосида мослаштирилган эди.",
        "Ҳужжатлар Электрон-ҳукумат.uz порталида эълон қилинади.",
        "Вазирликнинг A-12 сонли буйруғи ва 12-B сонли иловаси ижро этилди.",
        "DVB-T2 стандартида ишловчи узаткич ва MP3 форматидаги ёзувлар.",
        "Мурожаатлар my.gov.uz порталида қабул қилинади."})
    void comeBackAsTheyWere(String cyrillic) {
        String latin = T.toLatin(cyrillic);
        assertEquals(cyrillic, T.toCyrillic(latin), "through " + latin);
    }
}
