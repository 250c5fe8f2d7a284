package ru.kogalym.civic.eventstore.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Secrets a first start writes into the data directory (the first users' passwords, the checkpoint key): readable
 * and writable by the owner only from the moment the file exists, and never seen half-written, since the content is
 * written to a private temporary file first and then put in place.
 */
public final class OwnerOnlyFiles {

    private OwnerOnlyFiles() {
    }

    /** Writes {@code content} to {@code path}, replacing what was there. */
    public static Path write(Path path, String content) {
        Path temporary = temporaryBeside(path, content);
        try {
            Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return path;
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new UncheckedIOException("could not write " + path, e);
        }
    }

    /**
     * Writes {@code content} to {@code path} unless the file exists; returns whether it was written. Two processes
     * racing to create it cannot both win: the file is put in place with a hard link, which fails if the name is taken.
     */
    public static boolean create(Path path, String content) {
        if (Files.exists(path)) {
            return false;
        }
        Path temporary = temporaryBeside(path, content);
        try {
            Files.createLink(path, temporary);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (UnsupportedOperationException | IOException e) {
            // no hard links on this file system: a plain move, which may lose a race it would have lost anyway
            try {
                Files.move(temporary, path);
                return true;
            } catch (FileAlreadyExistsException taken) {
                return false;
            } catch (IOException moveFailed) {
                throw new UncheckedIOException("could not write " + path, moveFailed);
            }
        } finally {
            deleteQuietly(temporary);
        }
    }

    private static Path temporaryBeside(Path path, String content) {
        Path directory = path.toAbsolutePath().getParent();
        try {
            Files.createDirectories(directory);
            Path temporary;
            if (directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                temporary = Files.createTempFile(directory, ".tmp-", "",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                temporary = Files.createTempFile(directory, ".tmp-", "");
                temporary.toFile().setReadable(false, false);
                temporary.toFile().setReadable(true, true);
                temporary.toFile().setWritable(false, false);
                temporary.toFile().setWritable(true, true);
            }
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            return temporary;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write a file in " + directory, e);
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // a temporary file left behind holds what the real one holds, and is as private
        }
    }
}
