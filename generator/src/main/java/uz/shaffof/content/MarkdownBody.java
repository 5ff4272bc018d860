package uz.shaffof.content;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Locale;
import uz.shaffof.problem.BuildFailure;
import uz.shaffof.problem.Problem;
import uz.shaffof.problem.Problems;
import uz.shaffof.problem.SourcePos;
import uz.shaffof.project.ProjectFiles;

/**
 * The Markdown body of a report or page, read again from its file each time it is asked for. Loading checks every
 * file (its problems are reported then, at their line and column) and keeps of each body only where it is and a
 * SHA-256 of the file's bytes: the text of a site's reports is most of what it loads (120 MB for 10 000 reports), and
 * a body is needed only while its two pages are rendered. The text given is the one loading checked: the same bytes
 * go through the same decoding, front-matter split and NFC; a file whose bytes are no longer those (edited or
 * removed while the site is built) stops the build with a message to build again, never a page of unchecked text.
 *
 * <p>Thread-safe and immutable.
 */
public final class MarkdownBody {
    private static final SourceDecoder DECODER = new SourceDecoder();

    private final ProjectFiles files;
    private final Path file;
    private final String path;
    private final byte[] sha256;

    private MarkdownBody(ProjectFiles files, Path file, String path, byte[] sha256) {
        this.files = files;
        this.file = file;
        this.path = path;
        this.sha256 = sha256;
    }

    /** The body of {@code file}, whose bytes (as loaded and checked) are {@code bytes}. */
    static MarkdownBody of(ProjectFiles files, Path file, String path, byte[] bytes) {
        return new MarkdownBody(files, file, path, sha256(bytes));
    }

    /** The file's path for messages, relative to the project root. */
    public String path() {
        return path;
    }

    /**
     * The body as loaded: the Markdown after the front matter, in NFC.
     *
     * @throws BuildFailure (stage "pages") when the file cannot be read or its bytes are not those loaded
     */
    public String text() {
        Problems problems = new Problems();
        String text = textOrNull(problems);
        if (text != null) return text;
        Problem why = problems.hasErrors() ? problems.sorted().get(0) : Problem.error(SourcePos.file(path),
                "this file changed while the site was being built, after its content was checked: build again");
        throw BuildFailure.of("pages", why);
    }

    /** The body as loaded, or null when the file cannot be read or has changed since (for messages only). */
    public String textIfUnchanged() {
        return textOrNull(new Problems());
    }

    private String textOrNull(Problems problems) {
        ContentFormat format = ContentFormat.MARKDOWN;
        byte[] bytes = files.read(file, format.maxBytes(), format.name().toLowerCase(Locale.ROOT) + " content files",
                problems);
        if (bytes == null || !Arrays.equals(sha256(bytes), sha256)) return null;
        // The bytes loading checked, so decoding and splitting them report nothing and give what they gave then.
        Problems none = new Problems();
        String decoded = DECODER.decode(path, bytes, format, none);
        SplitDocument doc = decoded == null ? null : FrontMatterSplitter.split(path, decoded, none);
        return doc == null ? null : Fields.nfc(doc.body());
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * The same project path with the same bytes: a body is its file's text, and the same bytes give the same text
     * (two copies of a project load equal content).
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof MarkdownBody b && b.path.equals(path) && Arrays.equals(b.sha256, sha256);
    }

    @Override
    public int hashCode() {
        return path.hashCode() * 31 + Arrays.hashCode(sha256);
    }

    @Override
    public String toString() {
        return "MarkdownBody[" + path + "]";
    }
}
