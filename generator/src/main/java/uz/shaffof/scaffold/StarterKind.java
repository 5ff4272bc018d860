package uz.shaffof.scaffold;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What {@code shaffof new} can start: three content files, and a spreadsheet to fill in for {@code shaffof import}. */
public enum StarterKind {
    REPORT, INDICATOR, CHART, REGION_DATA;

    /** The name on the command line: {@code report}, {@code region-data}. */
    public String commandName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<StarterKind> ofCommandName(String name) {
        return Arrays.stream(values()).filter(k -> k.commandName().equals(name)).findFirst();
    }
}
