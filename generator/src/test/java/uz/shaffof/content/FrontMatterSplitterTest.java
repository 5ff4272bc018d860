package uz.shaffof.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import uz.shaffof.problem.Problems;

class FrontMatterSplitterTest {
    @Test
    void splitsAndKeepsTheBodyLine() {
        Problems p = new Problems();
        SplitDocument d = FrontMatterSplitter.split("content/pages/a.md", "---  \ntitle: x\norder: 1\n---\n\n# H\n", p);
        assertEquals("title: x\norder: 1\n", d.yaml());
        assertEquals(2, d.yamlLine());
        assertEquals("\n# H\n", d.body());
        assertEquals(5, d.bodyLine());
    }

    @Test
    void aThematicBreakInTheBodyIsNotAFence() {
        Problems p = new Problems();
        SplitDocument d = FrontMatterSplitter.split("content/pages/a.md", "---\ntitle: x\n---\nA\n\n---\n\nB\n", p);
        assertEquals("A\n\n---\n\nB\n", d.body());
    }

    @Test
    void reportsAnUnclosedFrontMatter() {
        Problems p = new Problems();
        assertNull(FrontMatterSplitter.split("content/pages/a.md", "---\ntitle: x\n\n# H\n", p));
        assertEquals("content/pages/a.md:1:1: front matter opened on line 1 is never closed: add a line '---' after the "
                + "last field", p.sorted().get(0).toString());
    }
}
