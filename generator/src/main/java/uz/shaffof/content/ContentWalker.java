package uz.shaffof.content;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uz.shaffof.problem.Problems;
import uz.shaffof.problem.SourcePos;
import uz.shaffof.project.ProjectFiles;

/**
 * Lists the files of {@code content/} in sorted order and decides what kind each one is, enforcing the path
 * rules: no symbolic links, on the way to content/ or inside it, and no special files ({@link ProjectFiles}), lower-case
 * ASCII names, no two names equal but for letter case, no unknown files or folders.
 *
 * <pre><code>List&lt;ContentFile&gt; files = new ContentWalker(root).walk(root.resolve("content"), problems);</code></pre>
 */
final class ContentWalker {
    private final ProjectFiles files;

    ContentWalker(Path projectRoot) {
        this.files = new ProjectFiles(projectRoot);
    }

    /** Every acceptable file, sorted by path; every rule broken is added to {@code problems}. */
    List<ContentFile> walk(Path contentDir, Problems problems) {
        Path dir = contentDir.toAbsolutePath().normalize();
        List<ContentFile> out = new ArrayList<>();
        ProjectFiles.FolderState state = files.folder(dir, problems);
        if (state == ProjectFiles.FolderState.REFUSED) return out;
        if (state == ProjectFiles.FolderState.MISSING) {
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
        for (ProjectFiles.Entry e : files.list(dir, problems)) {
            Path entry = e.path();
            String name = e.name();
            String path = e.display();
            String other = seenCase.putIfAbsent(ContentNames.caseKey(name), name);
            if (other != null) {
                problems.error(SourcePos.file(path), "\"" + ContentNames.printable(name) + "\" differs from \""
                        + ContentNames.printable(other) + "\" only by letter case; Windows and macOS checkouts cannot "
                        + "hold both: rename or remove one");
                continue;
            }
            String refused = e.whyRefused();
            if (refused != null) {
                problems.error(SourcePos.file(path), refused);
            } else if (e.isFolder()) {
                visitFolder(entry, name, folder, path, out, problems);
            } else {
                visitFile(entry, name, folder, path, out, problems);
            }
        }
    }

    private void visitFolder(Path entry, String name, String folder, String path, List<ContentFile> out,
                             Problems problems) {
        String why = ContentNames.whyBadFolderName(name);
        if (why != null) {
            problems.error(ProjectFiles.namePos(path, rel(entry.getParent())), why);
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
            problems.error(ProjectFiles.namePos(path, rel(entry.getParent())), why);
            return;
        }
        FileKind kind = ContentLayout.kindOf(folder, name);
        if (kind == null) {
            problems.error(SourcePos.file(path), "unknown file: " + ContentLayout.expectedIn(folder));
            return;
        }
        out.add(new ContentFile(entry, path, kind));
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

    /** The path relative to the project root with {@code /}, as every message prints it. */
    String rel(Path p) {
        return files.display(p);
    }

    /** The project's files, as this walker reads them. */
    ProjectFiles files() {
        return files;
    }
}
