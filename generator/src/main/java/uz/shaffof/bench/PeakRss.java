package uz.shaffof.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The process's peak resident set size, {@code VmHWM} in {@code /proc/self/status}: the figure
 * {@code /usr/bin/time} reports as {@code %M}. Linux only; elsewhere it is unknown (-1).
 */
final class PeakRss {
    private static final Path STATUS = Path.of("/proc/self/status");

    private PeakRss() {}

    /** Peak RSS in kibibytes, or -1 when the system does not tell. */
    static long kib() {
        try {
            for (String line : Files.readAllLines(STATUS, StandardCharsets.US_ASCII)) {
                if (line.startsWith("VmHWM:")) return parseKib(line);
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    /** {@code "VmHWM:    123456 kB"} → 123456. */
    static long parseKib(String line) {
        String digits = line.substring(line.indexOf(':') + 1).replace("kB", "").strip();
        return Long.parseLong(digits);
    }
}
