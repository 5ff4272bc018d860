package uz.shaffof.scaffold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;

/** Writes a starter, never over an existing file: the check and the creation are one step ({@code CREATE_NEW}). */
public final class StarterWriter {
    private StarterWriter() {}

    /** Writes {@code starter}; throws {@link FileAlreadyExistsException} when its file exists. */
    public static void write(Starter starter) throws IOException {
        Files.createDirectories(starter.file().toAbsolutePath().getParent());
        byte[] bytes = starter.text().getBytes(StandardCharsets.UTF_8);
        try (var out = Files.newOutputStream(starter.file(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            out.write(bytes);
        }
    }
}
