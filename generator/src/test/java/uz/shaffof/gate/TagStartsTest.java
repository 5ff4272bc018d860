package uz.shaffof.gate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class TagStartsTest {
    private final TagStarts tags = new TagStarts("<p>\n<a\n  href=\"x\">t</a> text\n");

    @Test
    void walksBackFromTheClosingBracketToTheOpeningOne() {
        assertArrayEquals(new int[] {1, 1}, tags.startOf(1, 3));
        assertArrayEquals(new int[] {2, 1}, tags.startOf(3, 11));
        assertArrayEquals(new int[] {3, 13}, tags.startOf(3, 16));
    }

    @Test
    void keepsPositionsThatAreNotTheEndOfATag() {
        assertArrayEquals(new int[] {3, 19}, tags.startOf(3, 19));
        assertArrayEquals(new int[] {9, 1}, tags.startOf(9, 1));
        assertArrayEquals(new int[] {1, 99}, tags.startOf(1, 99));
    }
}
