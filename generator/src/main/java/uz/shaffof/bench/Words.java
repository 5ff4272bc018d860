package uz.shaffof.bench;

import java.math.BigDecimal;
import java.util.Map;
import uz.shaffof.content.Text;
import uz.shaffof.i18n.Edition;
import uz.shaffof.i18n.UzbekFormat;
import uz.shaffof.translit.Script;
import uz.shaffof.translit.Transliterator;

/**
 * The words of the structured case in each edition: the generated content and the bench's own labels are
 * written in Latin, and the Cyrillic edition gets them through the transliterator (timed as
 * {@link Stage#TRANSLIT}). Numbers are written the Uzbek way ({@link UzbekFormat}).
 */
final class Words {
    private final Transliterator translit;
    private final Map<String, Text> units;
    private final StageClock clock;

    Words(Transliterator translit, Map<String, Text> units, StageClock clock) {
        this.translit = translit;
        this.units = Map.copyOf(units);
        this.clock = clock;
    }

    /** A Latin label in the edition's script. */
    String get(String latin, BenchEdition ed) {
        if (ed.script() == Script.LATIN) return latin;
        return clock.time(Stage.TRANSLIT, () -> translit.convert(latin, Script.CYRILLIC));
    }

    /** A content text in the edition's script: its own form for the edition when hand-written, else converted. */
    String text(Text text, BenchEdition ed) {
        if (text == null) return "";
        if (text.isHandWritten()) return ed.script() == Script.LATIN ? text.latn() : text.cyrl();
        return clock.time(Stage.TRANSLIT, () -> translit.convert(text.written(), ed.script()));
    }

    String unit(String key, BenchEdition ed) {
        Text t = units.get(key);
        return t == null ? key : text(t, ed);
    }

    static String number(BigDecimal value) {
        return value == null ? "—" : UzbekFormat.number(value);
    }

    static Edition edition(BenchEdition ed) {
        return ed.script() == Script.LATIN ? Edition.LATN : Edition.CYRL;
    }
}
