package uz.shaffof.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextEncodingTest {
    private static final String TEXT = "Ҳудуд;2019\nФарғона вилояти;85,7\n";
    private static final String TEXT_1251 = "Худуд;2019\nФаргона вилояти;85,7\nТошкент шахри;1\n";

    @Test
    void validUtf8IsUtf8() {
        TextEncoding.Decoded d = TextEncoding.decode(TEXT.getBytes(StandardCharsets.UTF_8), null);
        assertEquals(StandardCharsets.UTF_8, d.charset());
        assertEquals(TEXT, d.text());
    }

    @Test
    void excelsByteOrderMarkIsDroppedFromTheText() {
        byte[] body = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        TextEncoding.Decoded d = TextEncoding.decode(bytes, null);
        assertTrue(d.byteOrderMark());
        assertEquals(TEXT, d.text());
    }

    @Test
    void anythingElseIsWindows1251() {
        TextEncoding.Decoded d = TextEncoding.decode(TEXT_1251.getBytes(TextEncoding.WINDOWS_1251), null);
        assertEquals(TextEncoding.WINDOWS_1251, d.charset());
        assertEquals(TEXT_1251, d.text());
    }

    @Test
    void theEditorCanSayWhichEncoding() {
        byte[] latin = "Hudud;2019\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(TextEncoding.WINDOWS_1251, TextEncoding.decode(latin, TextEncoding.WINDOWS_1251).charset());
    }

    @Test
    void theSeparatorIsTheOneThatGivesOneTableWidthEvenWithDecimalCommas() {
        assertEquals(';', CsvGridReader.separatorOf("Title\nHudud;2019;2020\nAndijon;85,7;86,1\nBuxoro;1,5;2,5\n"));
        assertEquals(',', CsvGridReader.separatorOf("Hudud,2019,2020\nAndijon,\"85,7\",86.1\nBuxoro,1.5,2.5\n"));
        assertEquals('\t', CsvGridReader.separatorOf("Hudud\t2019\t2020\nAndijon\t85,7\t86,1\n"));
    }
}
