package uz.shaffof.translit;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks a text once, in one direction: author markers, then glossary phrases, protected tokens, and
 * words (dictionary, then letter rules). Everything that is not a word of the source script is copied.
 */
final class TextConverter {
    private final WordRules rules;
    private final Lexicon dictionary;
    /** Dictionary names of several hyphen-joined parts (Sent-Lyusiya), matched from their first part. */
    private final Lexicon hyphenated;
    private final Lexicon glossary;
    private final Script source;
    private final Script target;
    /** Whether the Latin alphabet in use writes a hyphen after a date numeral (see {@link DateNumerals}). */
    private final boolean dateHyphens;
    /** Each thread's buffers and recently converted words (see {@link Workspace}, {@link WordMemo}). */
    private final ThreadLocal<Workspace> workspaces;

    TextConverter(WordRules rules, Lexicon dictionary, Lexicon hyphenated, Lexicon glossary, ApostropheStyle style,
            Orthography orthography) {
        this.rules = rules;
        this.dateHyphens = orthography.hyphenAfterDateNumerals();
        this.dictionary = dictionary;
        this.hyphenated = hyphenated;
        this.glossary = glossary;
        this.source = rules.source();
        this.target = source.other();
        ApostropheStyle written = target == Script.LATIN ? style : ApostropheStyle.UNICODE;
        this.workspaces = ThreadLocal.withInitial(() -> new Workspace(written));
    }

    /** The text in the target script, in NFC. */
    String convert(String input) {
        return convert(input, workspaces.get(), false);
    }

    /** {@link #convert}, with the guesses the rules made. */
    Conversion convertWithWarnings(String input) {
        Workspace w = workspaces.get();
        String text = convert(input, w, true, null);
        return new Conversion(text, w.output.warnings());
    }

    /**
     * {@link #convertWithWarnings} of a part of a longer text, as the part is converted inside it: what the engine
     * decides from the whole text (its dominant script, whether it has markers) comes from {@code whole}. The part
     * must begin and end where nothing the engine reads crosses ({@link StreamCuts}).
     */
    Conversion convertPart(String part, TextFacts whole) {
        Workspace w = workspaces.get();
        String text = convert(part, w, true, whole);
        return new Conversion(text, w.output.warnings());
    }

    /**
     * Whether a glossary phrase that starts in {@code s[from, n)} may go on past {@code n} (see
     * {@link Lexicon#phraseMayCross}).
     */
    boolean phraseMayCross(char[] s, int from, int n) {
        return glossary.phraseMayCross(s, from, n, source);
    }

    private String convert(String input, Workspace w, boolean collectWarnings) {
        return convert(input, w, collectWarnings, null);
    }

    /** {@code whole}: the facts of the text {@code input} is part of; null when {@code input} is the whole text. */
    private String convert(String input, Workspace w, boolean collectWarnings, TextFacts whole) {
        String s = input;
        char[] chars = w.read(s);
        TextSurvey survey = w.survey;
        // The dominant script is asked only when converting to Cyrillic a text that is not a part of another.
        boolean countLetters = target == Script.CYRILLIC && whole == null;
        survey.take(chars, s.length(), countLetters);
        if (!survey.isNfcStable()) {
            // Not known to be in NFC (a decomposed й, say): normalised, and read again.
            s = Nfc.normalize(s);
            chars = w.read(s);
            survey.take(chars, s.length(), countLetters);
        }
        if (!survey.hasMarkers() && !survey.hasLettersOf(source) && (glossary.isEmpty() || !survey.hasLetters())) {
            // Nothing to convert: every character would be copied as it is (a glossary phrase starts with a letter).
            // No guess either: the last call's warnings must not be returned as this one's.
            if (collectWarnings) {
                w.output.start(0, true);
            }
            return s;
        }
        int n = s.length();
        Output out = w.output;
        out.start(n + (n >> 2) + 16, collectWarnings);
        // Text that is already mostly Cyrillic keeps its Latin words: they are brands and codes (ASKDOCTOR,
        // DVBT-2, Дневник.ru), just as Latin words in Cyrillic text pass through to the Latin edition.
        // Asked only in that direction: counting the letters of text with both scripts is a pass over all of it.
        boolean keepLatinWords = target == Script.CYRILLIC
                && (whole == null ? survey.dominantScript() : whole.dominantScript()) == Script.CYRILLIC;
        // A guess is warned about at its place in this text, so with warnings every word is converted afresh.
        write(chars, n, out, w.scratch, collectWarnings ? null : w.memo, keepLatinWords);
        return composed(out, survey, whole == null ? survey.hasMarkers() : whole.markers());
    }

    /**
     * The output in NFC. A letter mapped on its own can meet a combining mark that had nothing to compose with in
     * the source (ы + U+0306 becomes i + U+0306, which composes to ĭ; found by fuzzing). Text with author markers
     * is left as it is, so that a -{...}- span comes out byte for byte as written.
     */
    private static String composed(Output out, TextSurvey survey, boolean markers) {
        // Known stable without a scan for almost all text; else Output.isNfcStable, as the JDK's check costs several
        // times more per character.
        if (survey.isNfcStable() && out.unstableGenerated() == 0 || markers || out.isNfcStable()) {
            return out.text();
        }
        String text = out.text();
        if (Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            return text;
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** Converts the text {@code s[0, n)} into {@code out}; {@code memo} is null when every word is converted afresh. */
    private void write(char[] s, int n, Output out, Scratch sc, WordMemo memo, boolean keepLatinWords) {
        boolean codeTokens = target == Script.CYRILLIC;
        int i = 0;
        while (i < n) {
            char c = s[i];
            if (c == '-' && i + 1 < n && s[i + 1] == '{') {
                int j = Markers.write(s, n, i, target, out);
                if (j > i) {
                    i = j;
                    continue;
                }
            }
            boolean letter = Letters.isLetter(c);
            boolean alnum = Letters.isLetterOrDigit(c);
            boolean alnumStart = alnum && (i == 0 || !Letters.isLetterOrDigit(s[i - 1]));
            if (dateHyphens && !alnum && !keepLatinWords && i > 0 && Letters.isAsciiDigit(s[i - 1])
                    && DateNumerals.isDateSeparator(s, n, i, source)) {
                out.generated(DateNumerals.separatorIn(target)); // 2016-yil ⇄ 2016 йил
                i++;
                continue;
            }
            if (!letter && !alnumStart) {
                out.verbatim(c);
                i++;
                continue;
            }
            int end = letter ? rules.wordEnd(s, n, i) : -1; // the word's end, found once
            // A word followed by what no token has next is none: the scan for a token is left out for most words.
            int protectedEnd = alnumStart && c < 0x80 && !(letter && ProtectedTokens.endsPlainly(s, n, end))
                    ? ProtectedTokens.end(s, n, i, codeTokens) : -1;
            boolean wordStart = letter && (i == 0 || !Letters.isLetter(s[i - 1]));
            if (wordStart && !glossary.isEmpty()) {
                int entry = glossary.matchPhrase(s, n, i, source, p -> rules.wordEnd(s, n, p), sc);
                if (entry != CharTrie.NONE && sc.matchEnd >= protectedEnd) {
                    i = writeEntry(s, n, i, sc.matchEnd, glossary.entry(entry), out);
                    continue;
                }
            }
            if (wordStart && !keepLatinWords && !hyphenated.isEmpty() && protectedEnd < 0) {
                if (end + 1 < n && s[end] == '-' && Letters.isLetter(s[end + 1])) {
                    int entry = hyphenated.matchPhrase(s, n, i, source, p -> rules.wordEnd(s, n, p), sc);
                    if (entry != CharTrie.NONE && (!hyphenated.entry(entry).isProperName() || Character.isUpperCase(c))) {
                        i = writeEntry(s, n, i, sc.matchEnd, hyphenated.entry(entry), out);
                        continue;
                    }
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
            int kept = wordStart ? keptName(s, n, i, end) : -1;
            if (kept > i) {
                out.verbatim(s, i, kept);
                i = kept;
                continue;
            }
            if (keepLatinWords) {
                out.verbatim(s, i, end);
            } else {
                writeWord(s, n, i, end, out, sc, memo);
            }
            i = end;
        }
    }

    /**
     * End of a name that both editions keep as written, starting at the word start {@code i}, or -1: a domain
     * whose labels mix scripts (Дневник.ru) and, in Latin text, a single capital letter of a document code,
     * the letter of a format directive (%s), the name of a markup tag (&lt;b&gt;) and a file path (~/Desktop).
     * The glossary still wins: it is looked up before this.
     */
    private int keptName(char[] s, int n, int i, int wordEnd) {
        int k = wordEnd;
        while (k < n && s[k] == '-' && k + 1 < n && Letters.isLetterOrDigit(s[k + 1])) {
            k++; // a label with a hyphen: Электрон-ҳукумат.uz
            while (k < n && Letters.isLetterOrDigit(s[k])) {
                k++;
            }
        }
        // A domain's first label is the letters up to k (or ends before k, at a sign that is not a full stop): it is a
        // domain only when a full stop and a letter or digit follow, so a sentence's full stop is answered without a scan.
        if (k + 1 < n && s[k] == '.' && Letters.isLetterOrDigit(s[k + 1])) {
            int end = ProtectedTokens.mixedScriptDomainEnd(s, n, i);
            if (end > 0) {
                return end;
            }
        }
        if (source != Script.LATIN) {
            return -1; // in Cyrillic text Latin letters are kept anyway
        }
        int code = wordEnd == i + 1 ? ProtectedTokens.codeLetterEnd(s, n, i) : -1;
        if (code < 0 && i > 0 && (s[i - 1] == '%' || s[i - 1] == '$' || Letters.isAsciiDigit(s[i - 1]))) {
            code = ProtectedTokens.formatDirectiveEnd(s, i, wordEnd);
        }
        if (code < 0 && i > 0 && (s[i - 1] == '<' || s[i - 1] == '/')) {
            code = ProtectedTokens.tagNameEnd(s, n, i, wordEnd);
        }
        if (code < 0 && i > 0 && s[i - 1] == '/') {
            code = ProtectedTokens.filePathEnd(s, n, i);
        }
        return code;
    }

    /** Writes a glossary or hyphenated dictionary entry matched at {@code s[start, end)} and the suffixes after it. */
    private int writeEntry(char[] s, int n, int start, int end, LexiconEntry entry, Output out) {
        boolean continued = end < n && Letters.isLetter(s[end]) && Letters.isLetter(s[end - 1]);
        String form = entry.output(target, continued);
        String sourceForm = source == Script.LATIN ? entry.latin() : entry.cyrillic();
        boolean asWritten = CaseShape.sameCasePattern(s, start, end, sourceForm);
        out.generated(keepSpacing(s, start, end, asWritten ? form : CaseShape.of(s, start, end).apply(form)));
        if (!continued) {
            return end;
        }
        int wordEnd = rules.wordEnd(s, n, end);
        rules.convert(s, start, wordEnd, end, out);
        return wordEnd;
    }

    /**
     * A multi-word entry matched across a line break or several spaces keeps the text's own spacing when
     * the output has as many gaps as the match.
     */
    static String keepSpacing(char[] s, int start, int end, String form) {
        List<String> gaps = new ArrayList<>();
        int i = start;
        while (i < end) {
            if (Letters.isSpace(s[i])) {
                int j = i;
                while (j < end && Letters.isSpace(s[j])) {
                    j++;
                }
                gaps.add(new String(s, i, j - i));
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
    private void writeWord(char[] s, int n, int start, int end, Output out, Scratch sc, WordMemo memo) {
        if (memo == null || end - start < 2 || end - start > WordMemo.MAX_LENGTH || touchesHyphen(s, n, start, end)) {
            convertWord(s, n, start, end, out, sc);
            return;
        }
        int hash = WordMemo.hash(s, start, end);
        if (memo.find(s, start, end, hash, out)) return;
        int before = out.length();
        int unstable = out.unstableGenerated();
        convertWord(s, n, start, end, out, sc);
        if (out.unstableGenerated() != unstable) {
            return; // not remembered: copied from the memo, its characters would escape Output.unstableGenerated
        }
        memo.put(s, start, end, hash, out.buffer(), before, out.length());
    }

    /**
     * A capitalised part of a hyphenated word: its form may depend on the other parts (see {@link HyphenatedNames}),
     * so it is not taken from the memo. Lower-case parts (чора-тадбир) depend on their own letters only.
     */
    private static boolean touchesHyphen(char[] s, int n, int start, int end) {
        return (end < n && s[end] == '-' || start > 0 && s[start - 1] == '-') && Letters.isUpperCase(s[start]);
    }

    private void convertWord(char[] s, int n, int start, int end, Output out, Scratch sc) {
        if (!rules.hasSourceLetters(s, start, end) || rules.isProtectedWord(s, n, start, end)) {
            out.verbatim(s, start, end);
            return;
        }
        int entry = dictionary.matchWord(s, start, end, source, sc);
        if (entry != CharTrie.NONE && !dictionary.entry(entry).matchesCase(s[start])) {
            entry = CharTrie.NONE; // a name in lower case is a common word: mali is not Mali
        }
        if (entry != CharTrie.NONE && !dictionary.entry(entry).isProperName()
                && HyphenatedNames.isPartOfProperName(s, n, start, end)) {
            entry = CharTrie.NONE; // Sent-Pyer is one name, not the coin цент and Pyer
        }
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
