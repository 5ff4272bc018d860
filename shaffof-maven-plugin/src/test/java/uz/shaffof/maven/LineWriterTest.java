package uz.shaffof.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineWriterTest {

    @Test
    void handsOnWholeLinesAndDropsProgressRedrawnWithCarriageReturns() {
        List<String> lines = new ArrayList<>();
        try (PrintWriter w = new PrintWriter(new LineWriter(lines::add))) {
            w.print("pages: 130/224\rpages: 224/224\r              \r");
            w.print("Built 112 pages");
            w.println(" in 4.1 s");
            w.print("\u001b[2K\n");
            w.print("last line without a break");
        }
        assertEquals(List.of("Built 112 pages in 4.1 s", "last line without a break"), lines);
    }
}
