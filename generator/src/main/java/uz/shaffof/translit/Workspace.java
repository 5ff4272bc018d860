package uz.shaffof.translit;

/**
 * One thread's working memory for one {@link TextConverter}, fetched with a single thread-local lookup per call so
 * that a call allocates nothing but its result: the input copied into a char array, its survey, the output buffer,
 * the lexicon scratch and the word memo.
 *
 * <p>The engine reads the input from an array rather than from the String: under C1, which runs cold builds, each
 * {@code String.charAt} is several calls and checks (coder, bounds, Latin-1 or UTF-16 load), and it was a fifth of
 * the engine's time.
 */
final class Workspace {
    /** Buffers up to this many characters are kept between calls; a longer text gets its own, dropped after. */
    static final int KEEP = 1 << 16;

    final TextSurvey survey = new TextSurvey();
    final Scratch scratch = new Scratch();
    final WordMemo memo = new WordMemo();
    final Output output;
    private char[] input = new char[256];

    Workspace(ApostropheStyle style) {
        this.output = new Output(style);
    }

    /** The characters of {@code s} at the start of an array, valid until the next call. */
    char[] read(String s) {
        int n = s.length();
        char[] chars = input;
        if (n > chars.length) {
            chars = new char[Math.max(n, 2 * chars.length)];
            if (chars.length <= KEEP) {
                input = chars;
            }
        }
        s.getChars(0, n, chars, 0);
        return chars;
    }
}
