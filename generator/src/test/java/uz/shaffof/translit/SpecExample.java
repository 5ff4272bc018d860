package uz.shaffof.translit;

/**
 * One pair of spec.txt.
 *
 * @param section the section it belongs to (the rule it shows)
 * @param number 1-based position within the section
 * @param line 1-based line in spec.txt
 * @param cyrillic the Cyrillic side
 * @param latin the Latin side
 * @param direction which conversions the pair asserts
 * @param apostrophes the apostrophe style of the section
 */
record SpecExample(String section, int number, int line, String cyrillic, String latin, Direction direction,
        ApostropheStyle apostrophes) {

    enum Direction {
        BOTH("⇄"),
        TO_LATIN("→"),
        TO_CYRILLIC("←");

        final String marker;

        Direction(String marker) {
            this.marker = marker;
        }

        boolean toLatin() {
            return this != TO_CYRILLIC;
        }

        boolean toCyrillic() {
            return this != TO_LATIN;
        }
    }

    String name() {
        return "spec.txt §" + section + " example " + number;
    }
}
