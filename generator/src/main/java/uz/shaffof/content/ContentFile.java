package uz.shaffof.content;

import java.nio.file.Path;

/**
 * One file found under {@code content/}: where it is on disk, its path for messages (relative to the project root,
 * with {@code /}), and what kind of content it holds.
 */
record ContentFile(Path file, String path, FileKind kind) {

    /** The file name without its extension: the id or slug the file stands for. */
    String slug() {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
