package uz.shaffof.content;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uz.shaffof.problem.Problems;
import uz.shaffof.problem.SourcePos;

/**
 * Lists the files of {@code content/} in sorted order and decides what kind each one is, enforcing the path
 * rules: no symbolic links (a link inside content/ can point anywhere on the build machine; see Jekyll
 * CVE-2018-17567), lower-case ASCII names, no two names equal but for letter case, no unknown files or folders.
 *
 * <pre><code>List&lt;ContentFile&gt; files = new ContentWalker(root).walk(root.resolve("content"), problems);</code></pre>
 */
final class ContentWalker {
    private final Path projectRoot;

    ContentWalker(Path projectRoot) {
        this.projectRoot = projectRoot.toAbsolutePath().normalize();
    }

    /** Every acceptable file, sorted by path; every rule broken is added to {@code problems}. */
    List<ContentFile> walk(Path contentDir, Problems problems) {
        Path dir = contentDir.toAbsolutePath().normalize();
        List<ContentFile> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            problems.error(SourcePos.file(rel(dir)), "content folder not found: expected a folder with site.json, "
                    + "regions.json, sources.json and the content folders");
            return out;
        }
        walkFolder(dir, null, out, problems);
        checkRequired(dir, out, problems);
        return out;
    }

    private void walkFolder(Path dir, String folder, List<ContentFile> out, Problems problems) {
        Map<String, String> seenCase = new HashMap<>();
        for (Path entry : sortedEntries(dir, problems)) {
            String name = entry.getFileName().toString();
            String path = rel(entry);
            BasicFileAttributes attrs = attributes(entry, path, problems);
            if (attrs == null) continue;
            String other = seenCase.putIfAbsent(ContentNames.caseKey(name), name);
            if (other != null) {
                problems.error(SourcePos.file(path), "\"" + ContentNames.printable(name) + "\" differs from \""
                        + ContentNames.printable(other) + "\" only by letter case; Windows and macOS checkouts cannot "
                        + "hold both: rename or remove one");
                continue;
            }
            if (attrs.isSymbolicLink()) {
                problems.error(SourcePos.file(path), "symbolic link: content/ must hold real files and folders only "
                        + "(a link can point outside the project); replace the link with the file it points to");
            } else if (attrs.isDirectory()) {
                visitFolder(entry, name, folder, path, out, problems);
            } else if (attrs.isRegularFile()) {
                visitFile(entry, name, folder, path, out, problems);
            } else {
                problems.error(SourcePos.file(path), "not a regular file or folder (a device, pipe or socket)");
            }
        }
    }

    private void visitFolder(Path entry, String name, String folder, String path, List<ContentFile> out,
                             Problems problems) {
        String why = ContentNames.whyBadFolderName(name);
        if (why != null) {
            problems.error(badNamePos(entry, path), why);
        } else if (folder != null) {
            problems.error(SourcePos.file(path), "unexpected folder: " + ContentLayout.expectedIn(folder));
        } else if (!ContentLayout.isFolder(name)) {
            problems.error(SourcePos.file(path), "unknown folder \"" + name + "\": content/ has only the folders "
                    + ContentLayout.knownFolders());
        } else {
            walkFolder(entry, name, out, problems);
        }
    }

    private void visitFile(Path entry, String name, String folder, String path, List<ContentFile> out,
                           Problems problems) {
        String why = ContentNames.whyBadFileName(name);
        if (why != null) {
            problems.error(badNamePos(entry, path), why);
            return;
        }
        FileKind kind = ContentLayout.kindOf(folder, name);
        if (kind == null) {
            problems.error(SourcePos.file(path), "unknown file: " + ContentLayout.expectedIn(folder));
            return;
        }
        out.add(new ContentFile(entry, path, kind));
    }

    /**
     * Where to report a bad name: the entry itself, unless its path could not be printed as one
     * {@code path:line:col} token (white space or control characters), then its folder; the message quotes the name.
     */
    private SourcePos badNamePos(Path entry, String path) {
        boolean printable = path.codePoints().noneMatch(cp -> Character.isWhitespace(cp) || Character.isISOControl(cp)
                || Character.isSpaceChar(cp));
        return SourcePos.file(printable ? path : rel(entry.getParent()));
    }

    private void checkRequired(Path dir, List<ContentFile> found, Problems problems) {
        for (String required : ContentLayout.REQUIRED) {
            Path file = dir.resolve(required);
            boolean present = found.stream().anyMatch(f -> f.file().equals(file));
            if (!present && !Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                problems.error(SourcePos.file(rel(file)), "required file is missing: every site needs content/"
                        + required + " (see docs/CONTENT.md)");
            }
        }
    }

    private List<Path> sortedEntries(Path dir, Problems problems) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            stream.forEach(entries::add);
        } catch (IOException | RuntimeException e) {
            problems.error(SourcePos.file(rel(dir)), "cannot list folder: " + e.getClass().getSimpleName());
        }
        // Sorted by name as a String: the same order on every machine, whatever the file system returns.
        entries.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        return entries;
    }

    private BasicFileAttributes attributes(Path entry, String path, Problems problems) {
        try {
            return Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            problems.error(SourcePos.file(path), "cannot read file attributes: " + e.getClass().getSimpleName());
            return null;
        }
    }

    /** The path relative to the project root with {@code /}, as every message prints it. */
    String rel(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path r = abs.startsWith(projectRoot) ? projectRoot.relativize(abs) : abs;
        return r.toString().replace('\\', '/');
    }
}
