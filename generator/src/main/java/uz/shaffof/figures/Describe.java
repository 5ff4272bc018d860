package uz.shaffof.figures;

import java.math.BigDecimal;

/** How figures and places are named in problem messages (English, for editors and CI logs). */
final class Describe {
    private Describe() {}

    /** A region code, or "the whole country" for national figures. */
    static String region(String code) {
        return code == null ? "the whole country" : code;
    }

    /** A number exactly as written, never in exponent form. */
    static String number(BigDecimal value) {
        return value == null ? "no value" : value.toPlainString();
    }

    /** A signed number: "+8.2", "-3", "0". */
    static String signed(BigDecimal value) {
        return value.signum() > 0 ? "+" + value.toPlainString() : value.toPlainString();
    }
}
