package uz.shaffof.translit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * Walks a text once, in one direction: author markers, then glossary phrases, protected tokens, and
 * words (dictionary, then letter rules). Everything that is not a word of the source script is copied.
 */
final class TextConverter {
    private final WordRules rules;
    private final Lexicon dictionary;
    private final Lexicon glossary;
    private final Script target;
    private final ApostropheStyle style;
    /** Each thread's recently converted words (see {@link WordMemo}); not used when warnings are collected. */
    private final ThreadLocal<WordMemo> memos = ThreadLocal.withInitial(WordMemo::new);

    TextConverter(WordRules rules, Lexicon dictionary, Lexicon glossary, ApostropheStyle style) {
        this.rules = rules;
        this.dictionary = dictionary;
        this.glossary = glossary;
        this.target = rules.source().other();
        this.style = style;
    }

    Conversion convert(String input, boolean collectWarnings) {
        String s = Nfc.normalize(input);
        int n = s.length();
        Output out = new Output(n + (n >> 2) + 16, target == Script.LATIN ? style : ApostropheStyle.UNICODE,
                collectWarnings);
        Scratch sc = new Scratch();
        // A guess is warned about at its place in this text, so with warnings every word is converted afresh.
        WordMemo memo = collectWarnings ? null : memos.get();
        IntUnaryOperator wordEndFrom = p -> rules.wordEnd(s, p);
        boolean codeTokens = target == Script.CYRILLIC;
        // Text that is already mostly Cyrillic keeps its Latin words: they are brands and codes (ASKDOCTOR,
        // DVBT-2, Дневник.ru), just as Latin words in Cyrillic text pass through to the Latin edition.
        boolean keepLatinWords = target == Script.CYRILLIC && Transliterator.dominantScript(s) == Script.CYRILLIC;
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '-' && i + 1 < n && s.charAt(i + 1) == '{') {
                int j = Markers.write(s, i, target, out);
                if (j > i) {
                    i = j;
                    continue;
                }
            }
            boolean letter = Letters.isLetter(c);
            boolean digit = c < 0x80 ? Letters.isAsciiDigit(c) : Character.isDigit(c);
            boolean alnumStart = (letter || digit) && (i == 0 || !Letters.isLetterOrDigit(s.charAt(i - 1)));
            if (!letter && !alnumStart) {
                out.verbatim(c);
                i++;
                continue;
            }
            int protectedEnd = alnumStart && c < 0x80 ? ProtectedTokens.end(s, i, codeTokens) : -1;
            boolean wordStart = letter && (i == 0 || !Letters.isLetter(s.charAt(i - 1)));
            if (wordStart && !glossary.isEmpty()) {
                int entry = glossary.matchPhrase(s, i, rules.source(), wordEndFrom, sc);
                if (entry != CharTrie.NONE && sc.matchEnd >= protectedEnd) {
                    i = writeGlossary(s, i, sc.matchEnd, glossary.entry(entry), out);
                    continue;
                }
            }
            if (protectedEnd > i) {
                out.verbatim(s, i, protectedEnd);
                i = protectedEnd;
                continue;
            }
            if (!letter) {
                out.verbatim(c);
                i++;
                continue;
            }
            int end = rules.wordEnd(s, i);
            if (keepLatinWords) {
                out.verbatim(s, i, end);
            } else {
                writeWord(s, i, end, out, sc, memo);
            }
            i = end;
        }
        return new Conversion(out.text(), out.warnings());
    }

    private int writeGlossary(String s, int start, int end, LexiconEntry entry, Output out) {
        boolean continued = end < s.length() && Letters.isLetter(s.charAt(end)) && Letters.isLetter(s.charAt(end - 1));
        String form = entry.output(target, continued);
        String sourceForm = rules.source() == Script.LATIN ? entry.latin() : entry.cyrillic();
        boolean asWritten = CaseShape.sameCasePattern(s, start, end, sourceForm);
        out.generated(keepSpacing(s, start, end, asWritten ? form : CaseShape.of(s, start, end).apply(form)));
        if (!continued) {
            return end;
        }
        int wordEnd = rules.wordEnd(s, end);
        rules.convert(s, start, wordEnd, end, out);
        return wordEnd;
    }

    /**
     * A multi-word entry matched across a line break or several spaces keeps the text's own spacing when
     * the output has as many gaps as the match.
     */
    static String keepSpacing(String s, int start, int end, String form) {
        List<String> gaps = new ArrayList<>();
        int i = start;
        while (i < end) {
            if (Letters.isSpace(s.charAt(i))) {
                int j = i;
                while (j < end && Letters.isSpace(s.charAt(j))) {
                    j++;
                }
                gaps.add(s.substring(i, j));
                i = j;
            } else {
                i++;
            }
        }
        if (gaps.isEmpty() || gaps.stream().allMatch(" "::equals)) {
            return form;
        }
        String[] words = form.split(" ", -1);
        if (words.length != gaps.size() + 1) {
            return form;
        }
        StringBuilder b = new StringBuilder(words[0]);
        for (int k = 0; k < gaps.size(); k++) {
            b.append(gaps.get(k)).append(words[k + 1]);
        }
        return b.toString();
    }

    /**
     * Writes a word, from the memo when it was met before: the form of a word of two letters or more depends on its
     * own characters only. (A one-letter word does not: I is a Roman numeral, but "I." before a name an initial.)
     */
    private void writeWord(String s, int start, int end, Output out, Scratch sc, WordMemo memo) {
        if (memo == null || end - start < 2 || end - start > WordMemo.MAX_LENGTH) {
            convertWord(s, start, end, out, sc);
            return;
        }
        int hash = WordMemo.hash(s, start, end);
        if (memo.find(s, start, end, hash, out)) return;
        int before = out.length();
        convertWord(s, start, end, out, sc);
        memo.put(s, start, end, hash, out.buffer(), before, out.length());
    }

    private void convertWord(String s, int start, int end, Output out, Scratch sc) {
        if (!rules.hasSourceLetters(s, start, end) || rules.isProtectedWord(s, start, end)) {
            out.verbatim(s, start, end);
            return;
        }
        int entry = dictionary.matchWord(s, start, end, rules.source(), sc);
        if (entry != CharTrie.NONE) {
            int stemEnd = sc.matchEnd;
            CaseShape shape = CaseShape.of(s, start, stemEnd);
            out.generated(shape.apply(dictionary.entry(entry).output(target, stemEnd < end)));
            if (stemEnd < end) {
                rules.convert(s, start, end, stemEnd, out);
            }
            return;
        }
        rules.convert(s, start, end, start, out);
        if (out.wantsWarnings()) {
            rules.warnGuesses(s, start, end, out);
        }
    }
}
